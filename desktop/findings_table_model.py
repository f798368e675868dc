"""Findings as a table model plus a filter proxy, fast at 100,000 rows.

Display strings and sort keys are computed once per finding, so ``data()``
is a tuple lookup. Filtering computes one accept flag per finding in a single
Python pass; the proxy only reads the flag. Sorting reorders the source rows
(the proxy itself does not sort), keeping selections through persistent indexes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QColor

from audit.findings import SEVERITY_ORDER, Finding
from audit.i18n import tr
from audit.timeutil import zone
from desktop.text import (N_, SEVERITY_COLORS, STATUS_KEYS, category_label, entity_label,
                          fmt_date, kind_label, one_line, platform_label, severity_label)

COL_SEVERITY, COL_DATE, COL_PLATFORM, COL_KIND, COL_TARGET, COL_CATEGORY, COL_TEXT, COL_STATUS = range(8)
COLUMN_KEYS = [N_("gui.col.severity"), N_("gui.col.date"), N_("gui.col.platform"), N_("gui.col.kind"),
               N_("gui.col.target"), N_("gui.col.category"), N_("gui.col.text"), N_("gui.col.status")]

FindingRole = Qt.ItemDataRole.UserRole + 1

StatusFn = Callable[[Finding], str]


def target_text(f: Finding) -> str:
    t = f.item.target
    if t is None:
        return ""
    if t.name:
        return one_line(t.name, 80)
    if t.handle:
        return "@" + one_line(t.handle, 80)
    return one_line(t.url or t.id or "", 80)


@dataclass(slots=True)
class _Row:
    uid: int                       # index in the findings list (stable across sorting)
    finding: Finding
    display: tuple[str, ...]
    sort_keys: tuple[Any, ...]
    day: date | None               # local date, for the date-range filter
    haystack: str                  # lower-cased text searched by the search box
    status: str


@dataclass
class FindingsFilter:
    platform: str | None = None
    kind: str | None = None
    severity: str | None = None
    category: str | None = None
    entity: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    # Internal: lower-cased search words, filled by ``prepared``.
    _words: list[str] = field(default_factory=list, repr=False)

    def prepared(self) -> "FindingsFilter":
        self._words = [w for w in self.text.lower().split() if w]
        return self

    def accepts(self, r: _Row) -> bool:
        f = r.finding
        if self.severity and f.severity.value != self.severity:
            return False
        if self.platform and f.item.platform.value != self.platform:
            return False
        if self.kind and f.item.kind.value != self.kind:
            return False
        if self.category and f.category != self.category:
            return False
        if self.entity and self.entity not in f.entities:
            return False
        if self.status and r.status != self.status:
            return False
        if self.date_from or self.date_to:
            if r.day is None:
                return False
            if self.date_from and r.day < self.date_from:
                return False
            if self.date_to and r.day > self.date_to:
                return False
        return all(w in r.haystack for w in self._words)


class FindingsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self.generation = 0            # bumped on every reload; the proxy's flags follow it
        self._sev_colors = {k: QColor(v) for k, v in SEVERITY_COLORS.items()}
        self.ruleset: Any = None

    # -- loading -------------------------------------------------------
    def set_findings(self, findings: Iterable[Finding], ruleset: Any = None, tz_name: str = "WIB",
                     status_fn: StatusFn | None = None) -> None:
        self.beginResetModel()
        self.ruleset = ruleset
        status_of = status_fn or (lambda _f: "open")
        tz = zone(tz_name)
        sev_text = {s: severity_label(s) for s in ("high", "medium", "low")}
        status_text = {k: tr(v) for k, v in STATUS_KEYS.items()}
        labels: dict[tuple[str, str], str] = {}

        def label(kind: str, code: str, fn: Callable[[str], str]) -> str:
            key = (kind, code)
            if key not in labels:
                labels[key] = fn(code)
            return labels[key]

        rows: list[_Row] = []
        for uid, f in enumerate(findings):
            it = f.item
            ts = it.timestamp
            local = ts.astimezone(tz) if ts else None
            status = status_of(f)
            tgt = target_text(f)
            text = one_line(it.text)
            plat = label("p", it.platform.value, platform_label)
            kind = label("k", it.kind.value, kind_label)
            cat = label("c", f.category, category_label)
            ents = " ".join(label("e", e, lambda e: entity_label(ruleset, e)) for e in f.entities)
            display = (sev_text[f.severity.value], fmt_date(ts, tz_name) if ts else tr("gui.date.unknown"),
                       plat, kind, tgt, cat, text, status_text.get(status, status))
            sort_keys = (-SEVERITY_ORDER[f.severity], ts.timestamp() if ts else float("-inf"),
                         plat, kind, tgt.lower(), cat, text.lower(), status)
            hay = " ".join((tgt, it.text or "", ents, cat, plat, kind,
                            " ".join(e.match for e in f.evidence))).lower()
            rows.append(_Row(uid, f, display, sort_keys, local.date() if local else None, hay, status))
        self._rows = rows
        self.generation += 1
        self.endResetModel()

    def set_status(self, finding_id: str, status: str) -> None:
        for i, r in enumerate(self._rows):
            if r.finding.id == finding_id:
                r.status = status
                r.display = r.display[:COL_STATUS] + (tr(STATUS_KEYS.get(status, status)),)
                idx = self.index(i, COL_STATUS)
                self.dataChanged.emit(idx, idx)

    # -- Qt model API --------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMN_KEYS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return r.display[col]
        if role == FindingRole:
            return r.finding
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SEVERITY:
            return self._sev_colors[r.finding.severity.value]
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TEXT, COL_TARGET):
            return r.display[col]
        return None

    def finding_at(self, row: int) -> Finding:
        return self._rows[row].finding

    def rows(self) -> list[_Row]:
        return self._rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._rows or not 0 <= column < len(COLUMN_KEYS):
            return
        self.layoutAboutToBeChanged.emit()
        old_pos = {id(r): i for i, r in enumerate(self._rows)}
        # Ties fall back to date then severity so the order is stable and meaningful.
        self._rows.sort(key=lambda r: (r.sort_keys[column], r.sort_keys[1], r.sort_keys[0]),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        new_pos = {old_pos[id(r)]: i for i, r in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_pos[p.row()], p.column()) for p in persistent])
        self.layoutChanged.emit()


class FindingsFilterProxy(QSortFilterProxyModel):
    """Filters by precomputed flags; sorting is delegated to the source model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._flags: bytearray = bytearray()
        self._flags_generation = -1
        self._filter = FindingsFilter()

    @property
    def current_filter(self) -> FindingsFilter:
        return self._filter

    def _src(self) -> FindingsTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def set_filter(self, flt: FindingsFilter) -> None:
        self._filter = flt.prepared()
        self._recompute()
        self.invalidateRowsFilter()

    def _recompute(self) -> None:
        src = self.sourceModel()
        if src is None:
            return
        rows = src.rows()
        flags = bytearray(len(rows))
        accepts = self._filter.accepts
        for r in rows:
            flags[r.uid] = accepts(r)
        self._flags = flags
        self._flags_generation = src.generation

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:  # noqa: N802
        src = self._src()
        if self._flags_generation != src.generation:
            self._recompute()  # the source was reloaded; flags are computed lazily, once
        rows = src.rows()
        return bool(self._flags[rows[source_row].uid]) if source_row < len(rows) else False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._src().sort(column, order)

    def finding_at(self, proxy_row: int) -> Finding:
        return self._src().finding_at(self.mapToSource(self.index(proxy_row, 0)).row())
