"""Coverage: what was checked, what could not be checked and why, per archive."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from audit.i18n import tr
from desktop.text import fmt_count, has_key, kind_label, platform_label
from desktop.widgets import heading, plain_label

MAX_FILES_LISTED = 300  # per reason; the count is always complete


def note_text(note: dict[str, Any]) -> str:
    code = str(note.get("code", ""))
    params = dict(note.get("params") or {})
    for k, v in list(params.items()):
        if isinstance(v, (list, tuple)):
            params[k] = ", ".join(str(x) for x in v)
    return tr(code, **params) if has_key(code) else tr("gui.coverage.note_unknown", code=code)


def _date(s: str | None) -> str:
    """An ISO day from the coverage record, written like the rest of the app (05 Des 2023)."""
    from desktop.text import month_names
    day = (s or "")[:10]
    try:
        y, m, d = (int(x) for x in day.split("-"))
        return f"{d:02d} {month_names()[m - 1]} {y}"
    except (ValueError, IndexError):
        return day or "—"


class CoverageView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(heading(tr("gui.coverage.title"), 1))
        lay.addWidget(plain_label(tr("gui.coverage.intro")))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(tr("gui.coverage.title"))
        lay.addWidget(self.tree, 1)
        self._to_expand: list[QTreeWidgetItem] = []

    def set_result(self, result: Any) -> None:
        self.tree.clear()
        # Qt ignores setExpanded() on an item that is not in a view yet: the items to open
        # are collected while building and opened once the tree holds them.
        self._to_expand = []
        for src in result.sources:
            self.tree.addTopLevelItem(self._source_item(src))
        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setExpanded(True)
        for item in self._to_expand:
            item.setExpanded(True)
        self._to_expand = []

    def _source_item(self, src: Any) -> QTreeWidgetItem:
        plat = platform_label(src.platform) if src.platform else tr("gui.coverage.unknown_platform")
        top = QTreeWidgetItem([tr("gui.coverage.source", name=src.name, platform=plat)])
        if src.error is not None:
            QTreeWidgetItem(top, [tr("gui.coverage.not_read", why=src.error.message())])
            return top
        cov = src.coverage
        if cov is None:
            return top
        total = sum(cov.counts.values())
        checked = QTreeWidgetItem(top, [tr("gui.coverage.checked", files=fmt_count(len(cov.files_read)),
                                           items=fmt_count(total))])
        self._to_expand.append(checked)
        for kind, n in sorted(cov.counts.items(), key=lambda kv: -kv[1]):
            QTreeWidgetItem(checked, [f"{kind_label(kind)}: {fmt_count(n)}"])
        QTreeWidgetItem(checked, [tr("gui.coverage.dates", first=_date(cov.date_min), last=_date(cov.date_max))])
        if cov.unknown_date or cov.unknown_target:
            QTreeWidgetItem(checked, [tr("gui.coverage.unknowns", date=fmt_count(cov.unknown_date),
                                         target=fmt_count(cov.unknown_target))])
        files = QTreeWidgetItem(checked, [tr("gui.coverage.files_read")])
        for path, n in sorted(cov.files_read.items()):
            QTreeWidgetItem(files, [tr("gui.coverage.file_items", file=path, items=fmt_count(n))])

        by_reason: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for path, info in sorted(cov.files_skipped.items()):
            by_reason[info.get("reason", "unrecognised")].append((path, info.get("detail", "")))
        if by_reason:
            skipped = QTreeWidgetItem(top, [tr("gui.coverage.not_checked",
                                               files=fmt_count(len(cov.files_skipped)))])
            for reason, entries in sorted(by_reason.items(), key=lambda kv: -len(kv[1])):
                why = tr(f"coverage.reason.{reason}") if has_key(f"coverage.reason.{reason}") else reason
                r_item = QTreeWidgetItem(skipped, [f"{why}: {fmt_count(len(entries))}"])
                for path, detail in entries[:MAX_FILES_LISTED]:
                    QTreeWidgetItem(r_item, [f"{path} ({detail})" if detail else path])
                if len(entries) > MAX_FILES_LISTED:
                    QTreeWidgetItem(r_item, [tr("gui.coverage.more", n=fmt_count(len(entries) - MAX_FILES_LISTED))])
            self._to_expand.append(skipped)
        if cov.notes:
            notes = QTreeWidgetItem(top, [tr("gui.coverage.notes", n=len(cov.notes))])
            for note in cov.notes:
                QTreeWidgetItem(notes, [note_text(note)])
            self._to_expand.append(notes)
        return top
