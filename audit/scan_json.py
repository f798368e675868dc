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
