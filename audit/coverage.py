"""Coverage: what was checked, what was not, and why.

Every file an archive holds is accounted for: read (with how many items it
gave), or skipped with a reason code (translated in ``resources/i18n``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# Reason codes for skipped files (keys under "coverage.reason." in the catalogue).
MEDIA = "media"                  # photo/video file: read only by the photo audit
NOT_RELEVANT = "not_relevant"    # a file that holds nothing about partisan acts (ads, logins...)
UNRECOGNISED = "unrecognised"    # a file this version does not know
UNREADABLE = "unreadable"        # malformed, truncated, wrong encoding
UNSAFE = "unsafe"                # refused by the safety checks (see detail)
CANCELLED = "cancelled"          # the scan was cancelled before this file
NOT_SUPPORTED = "not_supported"  # a known file this version cannot read yet (detail says why)


@dataclass
class Coverage:
    platform: str
    generation: str = ""
    files_read: dict[str, int] = field(default_factory=dict)
    files_skipped: dict[str, dict[str, str]] = field(default_factory=dict)  # path -> {reason, detail}
    counts: Counter[str] = field(default_factory=Counter)
    unknown_date: int = 0
    unknown_target: int = 0
    no_text: int = 0
    date_min: str | None = None
    date_max: str | None = None
    notes: list[dict[str, Any]] = field(default_factory=list)   # {"code":..., "params":{...}}

    def read(self, path: str, n_items: int = 0) -> None:
        self.files_read[path] = self.files_read.get(path, 0) + n_items
        self.files_skipped.pop(path, None)

    def skip(self, path: str, reason: str, detail: str = "") -> None:
        if path in self.files_read:
            return
        self.files_skipped[path] = {"reason": reason, "detail": detail}

    def fail(self, path: str, detail: str) -> None:
        """A file that was tried but could not be (fully) read; keeps items already read."""
        if path in self.files_read:
            self.notes.append({"code": "coverage.partial_file", "params": {"file": path, "detail": detail}})
        else:
            self.files_skipped[path] = {"reason": UNREADABLE, "detail": detail}

    def note(self, code: str, **params: Any) -> None:
        self.notes.append({"code": code, "params": params})

    def accounted(self, path: str) -> bool:
        return path in self.files_read or path in self.files_skipped

    def to_json(self) -> dict[str, Any]:
        reasons = Counter(v["reason"] for v in self.files_skipped.values())
        return {
            "platform": self.platform,
            "generation": self.generation,
            "files_read": [{"file": k, "items": v} for k, v in sorted(self.files_read.items())],
            "files_skipped": [{"file": k, **v} for k, v in sorted(self.files_skipped.items())],
            "skipped_by_reason": dict(sorted(reasons.items())),
            "items_by_kind": dict(sorted(self.counts.items())),
            "items_total": sum(self.counts.values()),
            "unknown_date": self.unknown_date,
            "unknown_target": self.unknown_target,
            "no_text": self.no_text,
            "date_range": {"first": self.date_min, "last": self.date_max},
            "notes": self.notes,
        }
