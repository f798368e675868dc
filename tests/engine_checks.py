"""What the engine-rule tests share: one campaign date and the small questions they ask of
findings (flagged? which side?). The ``auditor`` fixture itself is in conftest.py."""

from __future__ import annotations

from datetime import datetime, timezone

from audit.findings import Severity
from audit.model import Item, Kind, Platform, SourceRef

CAMPAIGN = datetime(2024, 1, 10, 5, tzinfo=timezone.utc)
FLAGGED = (Severity.HIGH, Severity.MEDIUM)


def audit(auditor, text=None, kind=Kind.POST, ts=CAMPAIGN, target=None, platform=Platform.FACEBOOK):
    return auditor.audit(Item(platform, kind, ts, SourceRef("t", 0), target=target, text=text))


def flagged(findings) -> bool:
    return any(f.severity in FLAGGED for f in findings)


def high(findings) -> bool:
    return any(f.severity == Severity.HIGH for f in findings)


def side_of(auditor, findings) -> set[str]:
    """The pairs and parties the findings point at (a candidate or team counts as its pair)."""
    ents = auditor.ruleset.entities
    return {ents[e].pair or e if ents[e].type in ("candidate", "team") else e for f in findings for e in f.entities}


def pair_id(n: int) -> str:
    return f"pemilu2024.pair.{n:02d}"
