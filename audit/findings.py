"""Findings: why an item could be read as partisan, and what to do about it.

The rule engine turns an ``Item`` into zero or more ``Finding``s. The shape
here is what ``scan --json`` publishes (a public contract: only add fields).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from audit.model import Item, iso


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"        # "review": worth a look, probably fine


SEVERITY_ORDER = {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1}


@dataclass(frozen=True, slots=True)
class Evidence:
    field: str      # "text", "target.name", "target.handle", "target.url", "url", "media.ocr", ...
    start: int      # character offsets in that field's original value (-1 when not a span)
    end: int
    match: str      # the matched text as it stands in the item


@dataclass(slots=True)
class Finding:
    id: str                     # stable: item fingerprint + rule id
    item: Item
    rule: str                   # rule id, e.g. "support.entity-and-phrase"
    category: str               # joint-decree behaviour, e.g. "like_campaign", "post_campaign"
    severity: Severity
    entities: list[str]         # entity ids, e.g. ["pemilu2024.pair.02"]
    evidence: list[Evidence]
    explanation: dict[str, str]  # {"id": "...", "en": "..."}
    action: str                 # "delete", "unlike", "unfollow", "leave_group", "untag", "ask_owner", "review", "retract_vote"
    action_url: str | None
    phase: str | None = None    # election phase id the item's date falls in
    sanction: dict[str, str] | None = None  # {"table": "kode_etik"|"disiplin", "id":..., "en":...}
    undoable: bool = True       # False when the user cannot undo it (e.g. like on a deleted post)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self, lang: str = "id") -> dict[str, Any]:
        it = self.item
        d: dict[str, Any] = {
            "id": self.id,
            "platform": it.platform.value,
            "kind": it.kind.value,
            "timestamp": iso(it.timestamp),
            "target": it.target.to_json() if it.target else None,
            "url": it.url,
            "text": it.text,
            "source": {"file": it.source.file, "index": it.source.index},
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.value,
            "entities": list(self.entities),
            "evidence": [{"field": e.field, "start": e.start, "end": e.end, "match": e.match}
                         for e in self.evidence],
            "explanation": self.explanation.get(lang) or self.explanation.get("id", ""),
            "action": self.action,
            "action_url": self.action_url,
            # Added fields (the contract allows additions only):
            "explanation_i18n": dict(self.explanation),
            "phase": self.phase,
            "sanction": self.sanction,
            "undoable": self.undoable,
            "fingerprint": it.fingerprint(),
        }
        return d
