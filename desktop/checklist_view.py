"""The checklist tab: tasks on the left, the chosen task's steps and findings on the right.

Every button press is saved in the store at once (``audit.checklist``); Undo
and Redo walk the store's journal, so they survive a restart. Archive text is
shown as plain text only (table models never interpret markup; labels are
set to ``Qt.PlainText``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMenu,
                               QMessageBox, QProgressBar, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from audit import decisions
from audit.checklist import CANNOT_REASONS, NA_REASONS, Checklist, Task, reason_text, verification
from audit.errors import AuditError
from audit.i18n import tr
from audit.store.store import Store, StoredFinding
from desktop.text import N_, fmt_date, kind_label, one_line, platform_label

TaskRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class TaskModel(QAbstractTableModel):
    COL_TITLE, COL_PLATFORM, COL_PROGRESS = range(3)
    HEADERS = [N_("checklist.gui.col.task"), N_("checklist.gui.col.platform"), N_("checklist.gui.col.progress")]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tasks: list[Task] = []

    def set_tasks(self, tasks: list[Task]) -> None:
        self.beginResetModel()
        self.tasks = tasks
        self.endResetModel()

    def refresh(self) -> None:
        if self.tasks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.tasks) - 1, 2))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        task = self.tasks[index.row()]
        if role == TaskRole:
            return task
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_TITLE:
            return one_line(task.title(), 400)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.COL_TITLE:
                return ("✓ " if task.done else "") + one_line(task.title(), 120)
            if index.column() == self.COL_PLATFORM:
                return platform_label(task.platform)
            p = task.progress
            return f"{p.resolved}/{p.total}"
        return None


class FindingModel(QAbstractTableModel):
    COL_DATE, COL_ITEM, COL_STATE, COL_NOTE = range(4)
    HEADERS = [N_("checklist.gui.col.date"), N_("checklist.gui.col.item"), N_("checklist.gui.col.state"),
               N_("checklist.gui.col.note")]

    def __init__(self, run_id: int = 0, tz: str = "WIB", parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[StoredFinding] = []
        self.run_id = run_id
        self.tz = tz

    def set_findings(self, findings: list[StoredFinding]) -> None:
        self.beginResetModel()
        self.findings = findings
        self.endResetModel()

    def refresh(self) -> None:
        if self.findings:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.findings) - 1, 3))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        f = self.findings[index.row()]
        if role == TaskRole:
            return f
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.COL_DATE:
                return fmt_date(f.ts, self.tz)
            if col == self.COL_ITEM:
                parts = [kind_label(f.kind)]
                if f.target_label:
                    parts.append(one_line(f.target_label, 60))
                if f.text:
                    parts.append("“" + one_line(f.text, 100) + "”")
                return " · ".join(parts)
            if col == self.COL_STATE:
                return tr(f"checklist.state.{f.state}")
            notes = [reason_text(f)]
            ver = verification(f, self.run_id)
            if ver:
                notes.append(tr(ver))
            return one_line(" · ".join(n for n in notes if n), 200)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_ITEM:
            from audit.i18n import language
            return one_line(f.explanation(language()), 400)
        return None


class DecisionsDialog(QDialog):
    """Every remembered "not partisan" decision, in one place, each one revocable."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("checklist.gui.decisions_title"))
        lay = QVBoxLayout(self)
        intro = QLabel(tr("checklist.gui.decisions_intro"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget()
        lay.addWidget(self.list)
        self.revoke_btn = QPushButton(tr("checklist.gui.revoke"))
        self.revoke_btn.clicked.connect(self.revoke_selected)
        buttons = QDialogButtonBox()
        buttons.addButton(self.revoke_btn, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(tr("checklist.gui.close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.changed = False
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for d in decisions.list_decisions(self.store):
            scope = tr(f"checklist.gui.scope.{d.scope}")
            reason = tr(f"checklist.reason.{d.reason_code}") if d.reason_code else ""
            text = f"{platform_label(d.platform)} · {scope}: {one_line(d.label, 100)} — {reason} " \
                   f"({tr('checklist.gui.applied', n=d.applied)})"
            item = QListWidgetItem(text)
            item.setData(TaskRole, d.id)
            self.list.addItem(item)
        self.revoke_btn.setEnabled(self.list.count() > 0)

    def revoke_selected(self) -> None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        if item is None:
            return
        decisions.revoke(self.store, int(item.data(TaskRole)))
        self.changed = True
        self.reload()


class ChecklistView(QWidget):
    """The checklist of one audit run. Embed as a tab; call ``set_run(run_id)``."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.checklist: Checklist | None = None
        self.current: Task | None = None
        self._platform = ""

        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.overall = QProgressBar()
        self.overall.setTextVisible(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.platform_filter = QComboBox()
        self.platform_filter.currentIndexChanged.connect(self._filter_changed)
        self.decisions_btn = QPushButton(tr("checklist.gui.decisions"))
        self.decisions_btn.clicked.connect(self.show_decisions)
        self.decisions_btn.setToolTip(tr("gui.checklist.decisions_hint"))
        top.addWidget(self.overall, 2)
        top.addWidget(self.platform_filter)
        top.addWidget(self.decisions_btn)
        root.addLayout(top)
        root.addWidget(self.summary)

        split = QSplitter()
        self.task_model = TaskModel(self)
        self.task_view = QTableView()
        self.task_view.setModel(self.task_model)
        self.task_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.task_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        th = self.task_view.horizontalHeader()
        th.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        th.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.task_view.setWordWrap(False)
        self.task_view.verticalHeader().hide()
        self.task_view.selectionModel().currentRowChanged.connect(self._task_chosen)
        split.addWidget(self.task_view)

        right = QWidget()
        rl = QVBoxLayout(right)
        self.task_title = QLabel()
        self.task_title.setTextFormat(Qt.TextFormat.PlainText)
        self.task_title.setWordWrap(True)
        f = self.task_title.font()
        f.setBold(True)
        self.task_title.setFont(f)
        self.steps = QLabel()
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.steps.setWordWrap(True)
        self.link_btn = QPushButton(tr("checklist.gui.open_link"))
        self.link_btn.clicked.connect(self.open_link)
        self.finding_model = FindingModel(parent=self)
        self.finding_view = QTableView()
        self.finding_view.setModel(self.finding_model)
        self.finding_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.finding_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        fh = self.finding_view.horizontalHeader()
        fh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        fh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.finding_view.setWordWrap(False)
        self.finding_view.verticalHeader().hide()
        rl.addWidget(self.task_title)
        rl.addWidget(self.steps)
        rl.addWidget(self.link_btn)
        rl.addWidget(self.finding_view, 1)

        buttons = QHBoxLayout()
        self.done_btn = QPushButton(tr("checklist.gui.mark_done"))
        self.done_btn.clicked.connect(lambda: self.apply_state("done"))
        self.todo_btn = QPushButton(tr("checklist.gui.mark_todo"))
        self.todo_btn.clicked.connect(lambda: self.apply_state("todo"))
        self.na_btn = QPushButton(tr("checklist.gui.mark_na"))
        self.na_btn.setMenu(self._reason_menu("not_applicable", NA_REASONS, with_remember=True))
        self.cannot_btn = QPushButton(tr("checklist.gui.mark_cannot"))
        self.cannot_btn.setMenu(self._reason_menu("cannot", CANNOT_REASONS))
        # Both open a list of reasons; the short label alone does not say so.
        self.na_btn.setToolTip(tr("gui.checklist.na_hint"))
        self.cannot_btn.setToolTip(tr("gui.checklist.cannot_hint"))
        self.undo_btn = QPushButton(tr("checklist.gui.undo"))
        self.undo_btn.clicked.connect(self.undo)
        self.redo_btn = QPushButton(tr("checklist.gui.redo"))
        self.redo_btn.clicked.connect(self.redo)
        for b in (self.done_btn, self.todo_btn, self.na_btn, self.cannot_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_btn)
        buttons.addWidget(self.redo_btn)
        rl.addLayout(buttons)
        self.hint = QLabel(tr("checklist.gui.selection_hint"))
        self.hint.setWordWrap(True)
        rl.addWidget(self.hint)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 680])
        root.addWidget(split, 1)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, activated=self.redo)
        self._update_buttons()

    # ---- loading ---------------------------------------------------------------------------------
    def set_run(self, run_id: int, findings: list[Any] | None = None, checklist: Checklist | None = None) -> None:
        """``findings``: the run's stored findings when already read off the GUI thread;
        ``checklist``: the run's checklist when already built there (grouping tens of thousands
        of findings into tasks is then not done while the window waits)."""
        if checklist is not None and checklist.run_id == run_id and checklist.store is self.store:
            self.checklist = checklist
        else:
            self.checklist = Checklist(self.store, run_id, findings)
        info = self.store.run(run_id)
        self.finding_model.run_id = run_id
        self.finding_model.tz = info.timezone or "WIB"
        self.platform_filter.blockSignals(True)
        self.platform_filter.clear()
        self.platform_filter.addItem(tr("checklist.gui.all_platforms"), "")
        for plat in dict.fromkeys(t.platform for t in self.checklist.tasks):
            self.platform_filter.addItem(platform_label(plat), plat)
        self.platform_filter.blockSignals(False)
        self._platform = ""
        self._show_tasks()

    def _visible_tasks(self) -> list[Task]:
        assert self.checklist is not None
        return [t for t in self.checklist.tasks if not self._platform or t.platform == self._platform]

    def _show_tasks(self, keep: tuple[str, str, bytes] | None = None) -> None:
        tasks = self._visible_tasks()
        self.task_model.set_tasks(tasks)
        row = next((i for i, t in enumerate(tasks) if keep is not None and t.key == keep), 0)
        if tasks:
            self.task_view.selectRow(row)
            self._task_chosen(self.task_model.index(row, 0))
        else:
            self._task_chosen(QModelIndex())
        self._update_progress()

    def _filter_changed(self) -> None:
        self._platform = self.platform_filter.currentData() or ""
        if self.checklist is not None:
            self._show_tasks()

    def _task_chosen(self, index: Index, _previous: Index | None = None) -> None:
        task = self.task_model.data(index, TaskRole) if index.isValid() else None
        self.current = task
        if task is None:
            self.task_title.setText(tr("checklist.gui.nothing") if self.checklist else "")
            self.steps.setText("")
            self.finding_model.set_findings([])
        else:
            self.task_title.setText(task.title())
            self.steps.setText("\n".join(f"{n}. {s}" for n, s in enumerate(task.steps(), 1)))
            self.finding_model.set_findings(task.findings)
        self._update_buttons()

    # ---- state changes -------------------------------------------------------------------------
    def selected_findings(self) -> list[StoredFinding]:
        rows = sorted({i.row() for i in self.finding_view.selectionModel().selectedRows()})
        if not rows and self.current is not None:
            return list(self.current.findings)   # nothing picked: the whole task
        return [self.finding_model.findings[r] for r in rows]

    def apply_state(self, state: str, reason_code: str | None = None, reason: str | None = None) -> None:
        if self.checklist is None:
            return
        ids = [f.id for f in self.selected_findings()]
        try:
            self.checklist.set_state(ids, state, reason_code, reason)
        except (AuditError, ValueError) as e:
            QMessageBox.warning(self, tr("checklist.gui.title"), tr(str(e)))
            return
        self._after_change()

    def _reason_menu(self, state: str, reasons: tuple[str, ...], with_remember: bool = False) -> QMenu:
        menu = QMenu(self)
        for code in reasons:
            act = menu.addAction(tr(f"checklist.reason.{code}"))
            act.triggered.connect(lambda _=False, c=code: self._with_reason(state, c))
        if with_remember:
            menu.addSeparator()
            act = menu.addAction(tr("checklist.gui.remember_item"))
            act.triggered.connect(lambda: self.remember(whole_target=False))
            act = menu.addAction(tr("checklist.gui.remember_target"))
            act.triggered.connect(lambda: self.remember(whole_target=True))
        return menu

    def _with_reason(self, state: str, code: str) -> None:
        reason = None
        if code == "other":
            text, ok = QInputDialog.getText(self, tr("checklist.gui.title"), tr("checklist.need_reason_text"))
            if not ok or not text.strip():
                return
            reason = text.strip()
        self.apply_state(state, code, reason)

    def remember(self, *, whole_target: bool, reason_code: str = "not_partisan") -> None:
        if self.checklist is None:
            return
        chosen = self.selected_findings()
        if not chosen:
            return
        keep = self.current.key if self.current else None
        try:
            for f in chosen[:1] if whole_target else chosen:
                self.checklist.remember_not_partisan(f.id, whole_target=whole_target, reason_code=reason_code)
        except AuditError as e:
            QMessageBox.information(self, tr("checklist.gui.title"), e.message())
        self._show_tasks(keep)
        self.changed.emit()

    def undo(self) -> None:
        if self.checklist is not None and self.checklist.undo():
            self._after_change()

    def redo(self) -> None:
        if self.checklist is not None and self.checklist.redo():
            self._after_change()

    def show_decisions(self) -> None:
        dlg = DecisionsDialog(self.store, self)
        dlg.exec()
        if dlg.changed and self.checklist is not None:
            keep = self.current.key if self.current else None
            self.checklist.reload()
            self._show_tasks(keep)
            self.changed.emit()

    def open_link(self) -> None:
        if self.current is not None and self.current.link:
            QDesktopServices.openUrl(QUrl(self.current.link))

    def _after_change(self) -> None:
        self.task_model.refresh()
        self.finding_model.refresh()
        self._update_progress()
        self._update_buttons()
        self.changed.emit()

    def _update_progress(self) -> None:
        if self.checklist is None:
            self.overall.setValue(0)
            self.summary.setText("")
            return
        overall, per = self.checklist.progress()
        self.overall.setRange(0, max(1, overall.total))
        self.overall.setValue(overall.resolved)
        self.overall.setFormat(tr("checklist.gui.progress", resolved=overall.resolved, total=overall.total,
                                  pct=int(round(overall.fraction * 100))))
        self.summary.setText("   ".join(
            tr("checklist.gui.platform_progress", platform=platform_label(p), resolved=v.resolved, total=v.total)
            for p, v in per.items()))

    def _update_buttons(self) -> None:
        has = self.current is not None
        for b in (self.done_btn, self.todo_btn, self.na_btn, self.cannot_btn):
            b.setEnabled(has)
        self.link_btn.setEnabled(bool(has and self.current is not None and self.current.link))
        cl = self.checklist
        self.undo_btn.setEnabled(bool(cl and cl.can_undo()))
        self.redo_btn.setEnabled(bool(cl and cl.can_redo()))
