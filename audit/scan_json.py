"""The ``scan --json`` document: a public contract other tools read.

Change it only by adding fields. ``SCHEMA`` (JSON Schema) is checked by the tests.
"""

from __future__ import annotations

from typing import Any

from audit import TOOL_NAME, __version__
from audit.model import iso
from audit.pipeline import ScanResult

SCHEMA_VERSION = 1


def scan_document(result: ScanResult, lang: str = "id") -> dict[str, Any]:
    rs = result.ruleset
    packs = getattr(rs, "packs", []) or []
    return {
        "tool": {"name": TOOL_NAME, "version": __version__},
        "schema_version": SCHEMA_VERSION,
        "started": iso(result.started),
        "finished": iso(result.finished),
        "rulepacks": [{"id": p.id, "version": str(p.version), "title": getattr(p, "title", None)}
                      for p in packs],
        "sources": [s.to_json() for s in result.sources],
        "findings": [f.to_json(lang) for f in result.findings],
        "summary": summary(result),
    }


def summary(result: ScanResult) -> dict[str, Any]:
    by_sev: dict[str, int] = {}
    by_cat: dict[str, int] = {}
    by_plat: dict[str, int] = {}
    for f in result.findings:
        by_sev[f.severity.value] = by_sev.get(f.severity.value, 0) + 1
        by_cat[f.category] = by_cat.get(f.category, 0) + 1
        by_plat[f.item.platform.value] = by_plat.get(f.item.platform.value, 0) + 1
    return {
        "items_total": result.items_total,
        "findings_total": len(result.findings),
        "by_severity": by_sev,
        "by_category": by_cat,
        "by_platform": by_plat,
        "manual_check": result.manual_check_count,
        "inputs_unreadable": len(result.problems),
    }


_TARGET = {"type": ["object", "null"],
           "properties": {k: {"type": ["string", "null"]} for k in ("name", "handle", "id", "url", "type")}}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["tool", "rulepacks", "sources", "findings"],
    "properties": {
        "tool": {"type": "object", "required": ["name", "version"],
                 "properties": {"name": {"type": "string"}, "version": {"type": "string"}}},
        "rulepacks": {"type": "array", "items": {
            "type": "object", "required": ["id", "version"],
            "properties": {"id": {"type": "string"}, "version": {"type": "string"}}}},
        "sources": {"type": "array", "items": {
            "type": "object", "required": ["path", "platform", "coverage"],
            "properties": {
                "platform": {"type": ["string", "null"]},
                "coverage": {"type": ["object", "null"],
                             "required": ["files_read", "files_skipped", "items_by_kind"]},
            }}},
        "findings": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "platform", "kind", "timestamp", "target", "url", "text", "source",
                         "rule", "category", "severity", "entities", "evidence", "explanation",
                         "action", "action_url"],
            "properties": {
                "id": {"type": "string"},
                "platform": {"type": "string"},
                "kind": {"type": "string"},
                "timestamp": {"type": ["string", "null"]},
                "target": _TARGET,
                "url": {"type": ["string", "null"]},
                "text": {"type": ["string", "null"]},
                "source": {"type": "object", "required": ["file", "index"],
                           "properties": {"file": {"type": "string"}, "index": {"type": "integer"}}},
                "rule": {"type": "string"},
                "category": {"type": "string"},
                "severity": {"enum": ["high", "medium", "low"]},
                "entities": {"type": "array", "items": {"type": "string"}},
                "evidence": {"type": "array", "items": {
                    "type": "object", "required": ["field", "start", "end", "match"],
                    "properties": {"field": {"type": "string"}, "start": {"type": "integer"},
                                   "end": {"type": "integer"}, "match": {"type": "string"}}}},
                "explanation": {"type": "string"},
                "action": {"type": "string"},
                "action_url": {"type": ["string", "null"]},
            }}},
    },
}


# -- streaming: findings written as they come, memory flat whatever the archive size ------------

_SEV_RANK = {"high": 3, "medium": 2, "low": 1}


class FindingsSpool:
    """A scan sink that spools each finding's JSON to an unnamed temporary file.

    With ``scan(..., sink=spool, keep_findings=False)`` a million-item scan
    keeps no findings in memory: only the summary counts and the ``keep``
    findings the console summary shows first (all when ``keep`` is None).
    ``write_document`` then writes exactly what ``scan_document`` would.
    """

    def __init__(self, lang: str = "id", keep: int | None = 50, spool_dir: str | None = None) -> None:
        import tempfile
        self.lang = lang
        self.keep = keep
        self.count = 0
        self.by_sev: dict[str, int] = {}
        self.by_cat: dict[str, int] = {}
        self.by_plat: dict[str, int] = {}
        self._top: list[tuple[tuple[int, str, int], Any]] = []
        # Unlinked at once on POSIX, deleted on close elsewhere; next to the output file.
        self._fh = tempfile.TemporaryFile(dir=spool_dir, prefix="jejak-netral-")

    # ScanSink protocol
    def begin_source(self, source: Any, archive: Any) -> None:
        pass

    def add(self, item: Any, findings: list[Any]) -> None:
        if findings:
            self.add_findings(item, findings)

    def add_findings(self, item: Any, findings: list[Any]) -> None:
        import orjson
        for f in findings:
            self._fh.write(orjson.dumps(f.to_json(self.lang), option=orjson.OPT_INDENT_2))
            self._fh.write(b"\x00")
            sev, cat, plat = f.severity.value, f.category, f.item.platform.value
            self.by_sev[sev] = self.by_sev.get(sev, 0) + 1
            self.by_cat[cat] = self.by_cat.get(cat, 0) + 1
            self.by_plat[plat] = self.by_plat.get(plat, 0) + 1
            self._top.append(((-_SEV_RANK.get(sev, 0), iso(f.item.timestamp) or "", self.count), f))
            self.count += 1
            if self.keep is not None and len(self._top) >= 4 * self.keep + 64:
                self._top.sort(key=lambda t: t[0])
                del self._top[self.keep:]

    def end_source(self, source: Any) -> None:
        pass

    def abort(self) -> None:
        self.close()

    # results
    def first_findings(self) -> list[Any]:
        """The findings the console shows first, in ``print_summary``'s order (severity, date)."""
        self._top.sort(key=lambda t: t[0])
        top = self._top if self.keep is None else self._top[:self.keep]
        return [f for _k, f in top]

    def summary(self, result: ScanResult) -> dict[str, Any]:
        return {
            "items_total": result.items_total,
            "findings_total": self.count,
            "by_severity": dict(self.by_sev),
            "by_category": dict(self.by_cat),
            "by_platform": dict(self.by_plat),
            "manual_check": result.manual_check_count,
            "inputs_unreadable": len(result.problems),
        }

    def write_document(self, result: ScanResult, out: Any) -> None:
        """Write the ``scan --json`` document (UTF-8, indent 2) to the binary stream ``out``."""
        import json
        doc = scan_document(result, self.lang)
        doc["findings"] = _MARK
        doc["summary"] = self.summary(result)
        head, tail = json.dumps(doc, ensure_ascii=False, indent=2).split(json.dumps(_MARK), 1)
        out.write(head.encode("utf-8"))
        if not self.count:
            out.write(b"[]")
        else:
            out.write(b"[")
            self._fh.seek(0)
            first = True
            for rec in _records(self._fh):
                out.write(b"\n    " if first else b",\n    ")
                first = False
                out.write(rec.replace(b"\n", b"\n    "))
            out.write(b"\n  ]")
        out.write(tail.encode("utf-8"))

    def close(self) -> None:
        try:
            self._fh.close()
        except OSError:  # pragma: no cover
            pass


_MARK = "\x00findings\x00"


def _records(fh: Any, chunk: int = 1 << 20) -> Any:
    """The NUL-separated records of the spool (NUL never occurs in JSON text)."""
    buf = b""
    while True:
        data = fh.read(chunk)
        if not data:
            break
        buf += data
        *done, buf = buf.split(b"\x00")
        yield from done
    if buf:
        yield buf
