"""The findings list: filters, text search, a fast table and the detail pane."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from audit.findings import Finding
from audit.i18n import tr
from desktop.detail_pane import DetailPane
from desktop.findings_table_model import (COL_CATEGORY, COL_DATE, COL_KIND, COL_PLATFORM, COL_SEVERITY,
                                          COL_STATUS, COL_TARGET, COL_TEXT, FindingsFilter,
                                          FindingsFilterProxy, FindingsTableModel, StatusFn)
from desktop.media import MediaLookup
from desktop.text import (STATUS_KEYS, category_label, entity_label, fmt_count, kind_label, platform_label,
                          severity_label)
from desktop.widgets import plain_label

SEARCH_DELAY_MS = 250


class FindingsView(QWidget):
    finding_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsTableModel(self)
        self.proxy = FindingsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._total = 0

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("gui.filter.search_hint"))
        self.search.setAccessibleName(tr("gui.filter.search"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        search_label = QLabel(tr("gui.filter.search"))
        search_label.setBuddy(self.search)

        self.severity = self._combo("gui.filter.severity")
        self.platform = self._combo("gui.filter.platform")
        self.kind = self._combo("gui.filter.kind")
        self.category = self._combo("gui.filter.category")
        self.entity = self._combo("gui.filter.entity")
        self.status = self._combo("gui.filter.status")
        self.use_dates = QCheckBox(tr("gui.filter.dates"))
        self.date_from = QDateEdit(calendarPopup=True)
        self.date_to = QDateEdit(calendarPopup=True)
        for d, key in ((self.date_from, "gui.filter.date_from"), (self.date_to, "gui.filter.date_to")):
            d.setDisplayFormat("dd-MM-yyyy")
            d.setAccessibleName(tr(key))
            d.setEnabled(False)
            d.dateChanged.connect(self.apply_filter)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.reset = QPushButton(tr("gui.filter.reset"))
        self.reset.clicked.connect(self.reset_filters)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 3)
        top.addSpacing(12)
        top.addWidget(self.use_dates)
        top.addWidget(self.date_from)
        top.addWidget(QLabel("–"))
        top.addWidget(self.date_to)
        top.addSpacing(12)
        top.addWidget(self.reset)
        lay.addLayout(top)
        for i, (key, combo) in enumerate((("gui.filter.severity", self.severity),
                                          ("gui.filter.platform", self.platform),
                                          ("gui.filter.kind", self.kind),
                                          ("gui.filter.category", self.category),
                                          ("gui.filter.entity", self.entity),
                                          ("gui.filter.status", self.status))):
            lab = QLabel(tr(key))
            lab.setBuddy(combo)
            grid.addWidget(lab, 0, i)
            grid.addWidget(combo, 1, i)
            grid.setColumnStretch(i, 1)
        lay.addLayout(grid)

        self.count_label = plain_label()
        lay.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("gui.findings.table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.viewport().installEventFilter(self)

        self.detail = DetailPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 460])
        self.splitter.setChildrenCollapsible(False)
        lay.addWidget(self.splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self.setTabOrder(self.search, self.use_dates)
        self.setTabOrder(self.use_dates, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.reset)
        self.setTabOrder(self.reset, self.severity)
        for a, b in ((self.severity, self.platform), (self.platform, self.kind), (self.kind, self.category),
                     (self.category, self.entity), (self.entity, self.status), (self.status, self.table),
                     (self.table, self.detail.text), (self.detail.text, self.detail.open_button),
                     (self.detail.open_button, self.detail.copy_button)):
            self.setTabOrder(a, b)

    def _combo(self, key: str) -> QComboBox:
        c = QComboBox()
        c.setAccessibleName(tr(key))
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMinimumContentsLength(8)
        c.currentIndexChanged.connect(self.apply_filter)
        return c

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("gui.filter.all"), None)
        for code, label in entries:
            combo.addItem(label, code)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)

    # -- data ------------------------------------------------------------
    def set_result(self, result: Any, tz_name: str, media: MediaLookup | None = None,
                   status_fn: StatusFn | None = None, prepared: Any = None) -> None:
        findings: list[Finding] = result.findings
        rs = result.ruleset
        self._total = len(findings)
        self.detail.configure(rs, tz_name, media)
        self.model.set_findings(findings, rs, tz_name, status_fn, prepared)

        def counted(values: Counter[str], label: Any) -> list[tuple[str, str]]:
            return sorted(((k, f"{label(k)} ({fmt_count(n)})") for k, n in values.items()),
                          key=lambda kv: kv[1].lower())

        self._fill(self.severity, [(s, severity_label(s)) for s in ("high", "medium", "low")])
        self._fill(self.platform, counted(Counter(f.item.platform.value for f in findings), platform_label))
        self._fill(self.kind, counted(Counter(f.item.kind.value for f in findings), kind_label))
        self._fill(self.category, counted(Counter(f.category for f in findings), category_label))
        self._fill(self.entity, counted(Counter(e for f in findings for e in f.entities),
                                        lambda e: entity_label(rs, e)))
        self._fill(self.status, [(k, tr(v)) for k, v in STATUS_KEYS.items()])
        days = [f.item.timestamp for f in findings if f.item.timestamp]
        if days:
            lo, hi = min(days), max(days)
            for d in (self.date_from, self.date_to):
                d.blockSignals(True)
                d.setDateRange(QDate(lo.year, lo.month, lo.day).addDays(-1), QDate(hi.year, hi.month, hi.day).addDays(1))
            self.date_from.setDate(QDate(lo.year, lo.month, lo.day))
            self.date_to.setDate(QDate(hi.year, hi.month, hi.day).addDays(1))
            for d in (self.date_from, self.date_to):
                d.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.use_dates.blockSignals(True)
        self.use_dates.setChecked(False)
        self._dates_toggled(False, apply=False)
        self.use_dates.blockSignals(False)
        self.apply_filter()
        self._fit_columns()
        self.detail.show_finding(None)
        if self.proxy.rowCount():
            self.select_row(0)

    def _fit_columns(self) -> None:
        """Columns as wide as their content (sampled), capped so the text column keeps room."""
        fm = self.table.fontMetrics()
        hfm = self.table.horizontalHeader().fontMetrics()
        caps = {COL_TARGET: 11, COL_CATEGORY: 10, COL_KIND: 8, COL_DATE: 9}
        em = fm.horizontalAdvance("M")
        sample = min(self.model.rowCount(), 500)
        self._natural: dict[int, int] = {}
        self._least: dict[int, int] = {}
        for col in (COL_SEVERITY, COL_DATE, COL_PLATFORM, COL_KIND, COL_TARGET, COL_CATEGORY, COL_STATUS):
            widest = hfm.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal))) + 24
            self._least[col] = widest
            for row in range(sample):
                widest = max(widest, fm.horizontalAdvance(self.model.data(self.model.index(row, col)) or "") + 14)
            if col == COL_STATUS:
                # Every status word fits whole: "Belum ditang…" hid what the column is for.
                widest = max([widest] + [fm.horizontalAdvance(tr(k)) + 14 for k in STATUS_KEYS.values()])
            self._natural[col] = min(widest, int(caps[col] * em)) if col in caps else widest
        self._share_width()

    def _share_width(self) -> None:
        """On a narrow window (1366x768 at 125 %) the account and behaviour columns give way
        first (never narrower than their heading), so the text column, the one the user reads,
        keeps at least a quarter of the table."""
        natural = getattr(self, "_natural", None)
        if not natural:
            return
        em = self.table.fontMetrics().horizontalAdvance("M")
        room = self.table.viewport().width()
        widths = dict(natural)
        want_text = max(room // 4, 8 * em)
        for col in (COL_CATEGORY, COL_TARGET, COL_KIND):
            excess = sum(widths.values()) + want_text - room
            if excess <= 0:
                break
            widths[col] = max(self._least[col], widths[col] - excess)
        for col, w in widths.items():
            self.table.setColumnWidth(col, w)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(obj, event)

    def current_filter(self) -> FindingsFilter:
        def val(c: QComboBox) -> str | None:
            return c.currentData()

        use = self.use_dates.isChecked()
        return FindingsFilter(platform=val(self.platform), kind=val(self.kind), severity=val(self.severity),
                              category=val(self.category), entity=val(self.entity), status=val(self.status),
                              date_from=self.date_from.date().toPython() if use else None,
                              date_to=self.date_to.date().toPython() if use else None,
                              text=self.search.text())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        current = self.detail.finding
        self.proxy.set_filter(self.current_filter())
        shown = self.proxy.rowCount()
        self.count_label.setText(tr("gui.findings.count", shown=fmt_count(shown), total=fmt_count(self._total)))
        self.table.setAccessibleDescription(self.count_label.text())
        if shown == 0:
            # An empty list says why and what to do next, not "choose a finding".
            self.detail.placeholder.setText(tr("gui.findings.none_at_all") if self._total == 0
                                            else tr("gui.findings.no_match"))
            self.detail.show_finding(None)
            return
        self.detail.placeholder.setText(tr("gui.detail.placeholder"))
        if current is not None and not self._reselect(current):
            self.select_row(0)

    def _reselect(self, f: Finding) -> bool:
        row = self.proxy.row_of(f)
        if row is None or row < 0:
            return False
        self.select_row(row)
        return True

    def _dates_toggled(self, on: bool, apply: bool = True) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if apply:
            self.apply_filter()

    def reset_filters(self) -> None:
        for c in (self.severity, self.platform, self.kind, self.category, self.entity, self.status):
            c.blockSignals(True)
            c.setCurrentIndex(0)
            c.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.use_dates.blockSignals(True)
        self.use_dates.setChecked(False)
        self._dates_toggled(False, apply=False)
        self.use_dates.blockSignals(False)
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select_row(self, row: int) -> None:
        idx = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(idx)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        f = self.proxy.finding_at(current.row()) if current.isValid() else None
        self.detail.show_finding(f)
        self.finding_selected.emit(f)
