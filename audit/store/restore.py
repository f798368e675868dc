"""Reopen a finished audit from the store as a ``ScanResult``, without re-importing anything.

The GUI shows results of any run this way ("Buka hasil terakhir"); only the
findings are decrypted (the store keeps each finding's item with it), so a
1M-item audit with a few thousand findings opens in well under a second.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from audit.coverage import Coverage
from audit.findings import Evidence, Finding, Severity
from audit.model import item_from_json
from audit.pipeline import ScanResult, SourceResult
from audit.store.store import Store


def coverage_from_json(d: dict[str, Any] | None, platform: str | None) -> Coverage:
    cov = Coverage(platform=platform or "")
    if not d:
        return cov
    cov.generation = d.get("generation") or ""
    cov.files_read = {r["file"]: r.get("items", 0) for r in d.get("files_read", [])}
    cov.files_skipped = {r["file"]: {"reason": r.get("reason", ""), "detail": r.get("detail", "")}
                         for r in d.get("files_skipped", [])}
    cov.counts = Counter(d.get("items_by_kind") or {})
    cov.unknown_date = d.get("unknown_date", 0)
    cov.unknown_target = d.get("unknown_target", 0)
    cov.no_text = d.get("no_text", 0)
    rng = d.get("date_range") or {}
    cov.date_min, cov.date_max = rng.get("first"), rng.get("last")
    cov.notes = list(d.get("notes") or [])
    return cov


def load_result(store: Store, run_id: int, ruleset: Any = None) -> ScanResult:
    run = store.run(run_id)
    res = ScanResult(ruleset=ruleset)
    if run.started:
        res.started = run.started
    res.finished = run.finished
    res.items_total = run.items_total
    res.manual_check_count = run.manual_check
    for s in store.sources(run_id):
        res.sources.append(SourceResult(s.name, [s.name], s.platform, s.generation or "", s.fmt or "",
                                        coverage_from_json(s.coverage, s.platform)))
    for p in run.problems:
        from audit.errors import InputError
        res.sources.append(SourceResult(p.get("name", ""), [p.get("name", "")], None,
                                        error=InputError(p.get("code", "archive.unreadable"),
                                                         **(p.get("params") or {}))))
    # One decrypted payload at a time: only the findings built from them are kept.
    for sf in store.iter_findings(run_id):
        c = sf.content
        item = item_from_json(c["item"])
        res.findings.append(Finding(
            id=c.get("id", ""), item=item, rule=c.get("rule", ""), category=sf.category,
            severity=Severity(sf.severity), entities=list(c.get("entities") or []),
            evidence=[Evidence(*e) for e in c.get("evidence") or []],
            explanation=dict(c.get("explanation") or {}), action=sf.action,
            action_url=c.get("action_url"), phase=c.get("phase"), sanction=c.get("sanction"),
            undoable=bool(c.get("undoable", True)), extra=dict(c.get("extra") or {})))
    return res
