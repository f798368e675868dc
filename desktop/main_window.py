"""The main window: start page -> progress -> results (overview, findings, coverage,
checklist). Owns the worker, the settings and the local store connection."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (QApplication, QFileDialog, QHBoxLayout, QMainWindow, QPushButton,
                               QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from audit.demo import demo_archive_path
from audit.errors import AuditError
from audit.i18n import set_language, tr
from audit.paths import resource_path
from desktop import dialogs
from desktop.coverage_view import CoverageView
from desktop.crash_dialog import show_crash
from desktop.findings_view import FindingsView
from desktop.help_dialog import HelpDialog
from desktop.media import MediaLookup
from desktop.overview_view import OverviewView
from desktop.progress_page import ProgressPage
from desktop.lock_page import LockPage
from desktop.session import (ScanOutcome, ScanRequest, make_job, make_reopen_job, status_fn,
                             whatsapp_participants)
from desktop.settings import Settings
from desktop.welcome_page import LANG_NAMES, WelcomePage
from desktop.widgets import heading, plain_label
from desktop.worker import Worker

log = logging.getLogger(__name__)

TAB_OVERVIEW, TAB_FINDINGS, TAB_COVERAGE, TAB_CHECKLIST = range(4)


def demo_inputs() -> list[str]:
    """The demo's exports one by one: the folder also holds a README for humans."""
    folder = demo_archive_path()
    if not folder.is_dir():
        return [str(folder)]
    return [str(p) for p in sorted(folder.iterdir())
            if not p.name.startswith(".") and p.suffix.lower() != ".md"] or [str(folder)]


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("jejak-netral.svg", "jejak-netral-256.png"):
        p = resource_path("icons", name)
        if p.exists():
            icon.addFile(str(p))
    return icon


class MainWindow(QMainWindow):
    result_shown = Signal()          # results are on screen (tests wait on this)
    scan_cancelled = Signal()        # a cancelled scan has fully stopped
    scan_started = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.worker = Worker(self)
        self.worker.progress.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_done)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.crashed.connect(self._on_crashed)
        self.outcome: ScanOutcome | None = None
        self.media: MediaLookup | None = None
        self.store: Any = None
        self._store_problem: str | None = None
        self._store_tried = False
        self._closing = False
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        self.resize(1280, 760)
        self.setMinimumSize(760, 480)  # 1366x768 at 150 % is 911x512 logical pixels
        self._locked = False
        self._lock_timer = QTimer(self)
        self._lock_timer.setSingleShot(True)
        self._lock_timer.timeout.connect(self.lock)
        self._build()
        self._try_store_quietly()
        self._apply_autolock()

    # ---- building (again, on a language switch) --------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(tr("gui.app.title"))
        self.menuBar().clear()
        self._build_menus()
        first = not self.settings.get("welcome_done")
        self.welcome = WelcomePage(self.settings.language, self.settings.timezone, first)
        self.welcome.open_files.connect(self.choose_files)
        self.welcome.open_folder.connect(self.choose_folder)
        self.welcome.try_demo.connect(self.load_demo)
        self.welcome.show_help.connect(self.show_help)
        self.welcome.language_chosen.connect(self.set_language)
        self.welcome.timezone_chosen.connect(self.set_timezone)
        self.welcome.photos_toggled.connect(lambda on: self.settings.set("check_photos", bool(on)))
        self.welcome.open_last.connect(self.open_last_results)
        self._init_photos_option()
        self._show_last_run()
        self.progress = ProgressPage()
        self.progress.cancel_requested.connect(self.cancel_scan)
        self.results = self._build_results()
        self.stack = QStackedWidget()
        self.lock_page = LockPage()
        self.lock_page.unlock_requested.connect(self.unlock)
        for page in (self.welcome, self.progress, self.results, self.lock_page):
            self.stack.addWidget(page)
        old = self.centralWidget()
        self.setCentralWidget(self.stack)
        if old is not None:
            old.deleteLater()
        self.statusBar().showMessage(tr("gui.statusbar.offline"))

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(tr("gui.menu.file"))
        self.act_open = self._action(file_menu, "gui.menu.open_files", self.choose_files, QKeySequence.StandardKey.Open)
        self._action(file_menu, "gui.menu.open_folder", self.choose_folder, QKeySequence("Ctrl+Shift+O"))
        self._action(file_menu, "gui.menu.demo", self.load_demo, QKeySequence("Ctrl+D"))
        self._action(file_menu, "gui.menu.home", self.go_home, QKeySequence("Ctrl+Home"))
        self._action(file_menu, "gui.menu.open_last", self.open_last_results)
        self._action(file_menu, "gui.menu.save_report", self.save_report, QKeySequence.StandardKey.Print)
        file_menu.addSeparator()
        self._action(file_menu, "gui.menu.lock", self.lock, QKeySequence("Ctrl+L"))
        file_menu.addSeparator()
        self._action(file_menu, "gui.menu.quit", self.close, QKeySequence.StandardKey.Quit)

        view = mb.addMenu(tr("gui.menu.view"))
        for i, key in enumerate(("gui.tab.overview", "gui.tab.findings", "gui.tab.coverage", "gui.tab.checklist")):
            self._action(view, key, lambda _=False, i=i: self.show_tab(i), QKeySequence(f"Ctrl+{i + 1}"))

        settings = mb.addMenu(tr("gui.menu.settings"))
        lang_menu = settings.addMenu(tr("gui.menu.language"))
        group = QActionGroup(self)
        for code, name in LANG_NAMES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == self.settings.language)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)
            lang_menu.addAction(act)
        zone_menu = settings.addMenu(tr("gui.menu.timezone"))
        zgroup = QActionGroup(self)
        from desktop.welcome_page import ZONE_KEYS
        for code, key in ZONE_KEYS.items():
            act = QAction(tr(key), self, checkable=True)
            act.setChecked(code == self.settings.timezone)
            act.triggered.connect(lambda _=False, c=code: self.set_timezone(c))
            zgroup.addAction(act)
            zone_menu.addAction(act)

        lock_menu = settings.addMenu(tr("gui.menu.autolock"))
        lgroup = QActionGroup(self)
        for minutes in (0, 5, 15, 30):
            label = tr("gui.autolock.off") if minutes == 0 else tr("gui.autolock.minutes", n=minutes)
            act = QAction(label, self, checkable=True)
            act.setChecked(minutes == self.settings.get("autolock_minutes"))
            act.triggered.connect(lambda _=False, m=minutes: self.set_autolock(m))
            lgroup.addAction(act)
            lock_menu.addAction(act)
        settings.addSeparator()
        self._action(settings, "gui.menu.wipe", self.wipe_all_data)

        help_menu = mb.addMenu(tr("gui.menu.help"))
        self._action(help_menu, "gui.menu.how_to_download", self.show_help, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, "gui.menu.about", self.show_about)

    def _action(self, menu: Any, key: str, slot: Any, shortcut: Any = None) -> QAction:
        act = QAction(tr(key), self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_results(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 0)
        self.results_title = plain_label(wrap=False)
        bar.addWidget(self.results_title, 1)
        self.photos_button = QPushButton(tr("gui.results.check_photos"))
        self.photos_button.setToolTip(tr("gui.welcome.check_photos"))
        self.photos_button.clicked.connect(self.rescan_with_photos)
        self.photos_button.setVisible(False)
        bar.addWidget(self.photos_button)
        self.report_button = QPushButton(tr("gui.menu.save_report"))
        self.report_button.clicked.connect(self.save_report)
        bar.addWidget(self.report_button)
        self.again_button = QPushButton(tr("gui.results.check_other"))
        self.again_button.clicked.connect(self.go_home)
        bar.addWidget(self.again_button)
        lay.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewView()
        self.overview.show_findings.connect(lambda: self.show_tab(TAB_FINDINGS))
        self.overview.show_coverage.connect(lambda: self.show_tab(TAB_COVERAGE))
        self.findings = FindingsView()
        self.coverage = CoverageView()
        self.tabs.addTab(self.overview, tr("gui.tab.overview"))
        self.tabs.addTab(self.findings, tr("gui.tab.findings"))
        self.tabs.addTab(self.coverage, tr("gui.tab.coverage"))
        self.tabs.addTab(self._placeholder_checklist(), tr("gui.tab.checklist"))
        lay.addWidget(self.tabs, 1)
        return page

    def _placeholder_checklist(self, reason: str | None = None) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(heading(tr("gui.checklist.title"), 1))
        lay.addWidget(plain_label(reason or tr("gui.checklist.unavailable")))
        lay.addStretch(1)
        return w

    def _make_checklist(self) -> QWidget:
        try:
            from desktop.checklist_view import ChecklistView  # written by the checklist helper
        except ImportError:
            return self._placeholder_checklist()
        if self.store is None or self.outcome is None or self.outcome.run_id is None:
            return self._placeholder_checklist(self._store_problem)
        view = ChecklistView(self.store, parent=None)
        view.changed.connect(self._checklist_changed)
        # The findings were read and decrypted on the worker thread (a big audit holds tens
        # of thousands): taken once, so a later tab rebuild reads fresh states from the store.
        stored, self.outcome.stored = self.outcome.stored, None
        checklist, self.outcome.checklist = self.outcome.checklist, None
        view.set_run(self.outcome.run_id, stored, checklist)
        return view

    def _checklist_changed(self) -> None:
        """A task marked in the checklist shows as handled in the Findings tab too."""
        if self.store is None or self.outcome is None or self.outcome.run_id is None:
            return
        from desktop.session import read_states
        states = read_states(self.store, self.outcome.run_id)
        self.outcome.states = states
        fn = status_fn(self.store, states)
        if fn is not None:
            self.findings.model.refresh_statuses(fn)
            if self.findings.status.currentData():
                self.findings.apply_filter()

    def _set_checklist_tab(self) -> None:
        old = self.tabs.widget(TAB_CHECKLIST)
        self.tabs.removeTab(TAB_CHECKLIST)
        old.deleteLater()
        self.tabs.insertTab(TAB_CHECKLIST, self._make_checklist(), tr("gui.tab.checklist"))

    # ---- settings ------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang == self.settings.language and self.windowTitle() == tr("gui.app.title", lang):
            return
        self.settings.set("language", lang)
        set_language(lang)
        app = QApplication.instance()
        if app is not None:
            from desktop.qt_strings import install_qt_indonesian
            install_qt_indonesian(app, lang)
        page = self.stack.currentIndex()
        tab = self.tabs.currentIndex()
        self._build()  # every string is rebuilt in the new language
        if self.outcome is not None:
            self._show_outcome(self.outcome, switch=False)
        self.stack.setCurrentIndex(page)
        self.tabs.setCurrentIndex(tab)

    def set_timezone(self, tz: str) -> None:
        self.settings.set("timezone", tz)
        if self.outcome is not None and self.stack.currentWidget() is self.results:
            self._show_outcome(self.outcome, switch=False)

    # ---- loading ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("gui.dialog.choose_files"), self.settings.get("last_folder"),
                                                tr("gui.dialog.file_filter"))
        if paths:
            self.settings.set("last_folder", str(Path(paths[0]).parent))
            self.start_scan(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("gui.dialog.choose_folder"), self.settings.get("last_folder"))
        if folder:
            self.settings.set("last_folder", folder)
            self.start_scan([folder])

    def load_demo(self) -> None:
        self.start_scan(demo_inputs(), demo=True)

    def open_from_other_start(self, paths: list[str]) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if paths and not self.worker.is_running():
            self.start_scan(paths)

    def _ensure_store(self) -> None:
        if self._store_tried:
            return
        self._store_tried = True
        from audit.security.keys import KeyUnavailable
        from audit.store import StoreHealthError, open_store
        try:
            self.store = open_store()
            return
        except StoreHealthError as e:
            self._recover_store(e)
            return
        except KeyUnavailable as e:
            problem = e.message()
        except (AuditError, OSError) as e:
            self._store_problem = tr("gui.checklist.store_problem", why=e.message() if isinstance(e, AuditError)
                                     else str(e))
            log.warning("local store unavailable")
            return
        passphrase = dialogs.ask_passphrase(self, problem)
        if passphrase:
            try:
                from audit.security.keys import open_cipher
                self.store = open_store(cipher=open_cipher(passphrase=passphrase))
                return
            except AuditError as e:
                self._store_problem = tr("gui.checklist.store_problem", why=e.message())
                return
        self._store_problem = tr("gui.checklist.no_passphrase")

    def start_scan(self, paths: list[str], demo: bool = False, options: dict[str, Any] | None = None) -> bool:
        if self.worker.is_running():
            self.statusBar().showMessage(tr("gui.statusbar.busy"))
            return False
        if not self.settings.get("welcome_done"):
            self.settings.set("welcome_done", True)
        if not self.settings.timezone_asked:
            self.settings.set("timezone", self.settings.timezone)  # the shown default counts as chosen
        opts = dict(options or {})
        me = self.settings.get("whatsapp_self")
        if me and "whatsapp_self" not in opts:
            opts["whatsapp_self"] = me
        self._ensure_store()
        photos = bool(self.settings.get("check_photos")) and self._photos_ok
        req = ScanRequest([str(p) for p in paths], self.settings.timezone, opts, demo, photos)
        self._return_page = self.stack.currentIndex()
        self.welcome.show_problem("")
        self.progress.reset()
        self.stack.setCurrentWidget(self.progress)
        self.progress.cancel_button.setFocus()
        self.worker.start(make_job(req, self.store))
        self.scan_started.emit()
        return True

    def rescan_with_photos(self) -> None:
        if self.outcome is None or not self.outcome.request.paths:
            return
        req = self.outcome.request
        self.settings.set("check_photos", True)
        self.start_scan(req.paths, req.is_demo, dict(req.options))

    def cancel_scan(self) -> None:
        self.worker.cancel()

    # ---- worker signals -----------------------------------------------------------------------
    def _on_progress(self, p: Any) -> None:
        self.progress.update_progress(p)

    def _on_cancelled(self) -> None:
        if self._closing:
            return
        back = self._return_page if self._return_page != self.stack.indexOf(self.progress) else 0
        if back == self.stack.indexOf(self.results) and self.outcome is None:
            back = 0
        self.stack.setCurrentIndex(back)
        self.statusBar().showMessage(tr("gui.statusbar.cancelled"))
        self.scan_cancelled.emit()

    def _on_crashed(self, text: str) -> None:
        self.stack.setCurrentWidget(self.welcome)
        show_crash(text, self)

    def _on_done(self, outcome: ScanOutcome) -> None:
        if self._closing:
            return
        result = outcome.result
        names = whatsapp_participants(result)
        if names and "whatsapp_self" not in outcome.request.options:
            me = dialogs.ask_whatsapp_self(self, names)
            if me:
                self.settings.set("whatsapp_self", me)
                if self.store is not None and outcome.run_id is not None:
                    self.store.delete_run(outcome.run_id)  # superseded by the run with the user's name
                req = outcome.request
                self.start_scan(req.paths, req.is_demo, {**req.options, "whatsapp_self": me})
                return
        if not result.readable:
            problems = "\n\n".join(s.error.message() for s in result.problems if s.error is not None)
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.show_problem(tr("gui.welcome.nothing_read") + "\n\n" + problems)
            self.statusBar().showMessage(tr("gui.statusbar.nothing_read"))
            self.welcome.error_box.setFocus()
            return
        self._show_outcome(outcome)

    def _show_outcome(self, outcome: ScanOutcome, switch: bool = True) -> None:
        if self.outcome is not outcome and self.media is not None:
            self.media.close()
            self.media = None
        self.outcome = outcome
        result = outcome.result
        tz = self.settings.timezone
        if self.media is None:
            self.media = MediaLookup(result.sources)
        names = ", ".join(s.name for s in result.sources)
        title = tr("gui.results.demo_title") if outcome.request.is_demo else tr("gui.results.title", names=names)
        self.results_title.setText(title)
        self.overview.set_result(result, tz)
        # Rows the job prepared are used once: later showings (language, time zone) rebuild them.
        prepared, outcome.prepared = outcome.prepared, None
        self.findings.set_result(result, tz, self.media, status_fn(self.store, outcome.states), prepared)
        self.coverage.set_result(result)
        self._set_checklist_tab()
        self.photos_button.setVisible(self._photos_ok and not outcome.request.photos
                                      and bool(outcome.request.paths))
        self._show_last_run()
        if switch:
            self.stack.setCurrentWidget(self.results)
            self.tabs.setCurrentIndex(TAB_OVERVIEW)
            self.tabs.setFocus()
            self.statusBar().showMessage(tr("gui.statusbar.done", n=len(result.findings)))
        self.result_shown.emit()

    # ---- local store: last results, report, wipe ---------------------------------------------
    def _try_store_quietly(self) -> None:
        """Open the store at start when it needs no question (keyring, or no data yet asks nothing)."""
        from audit.security.keys import KeyInfo
        from audit.paths import data_dir
        try:
            if KeyInfo.load(data_dir()) is None:
                return  # nothing stored yet: the first scan creates the key
        except AuditError:
            return
        from audit.security.keys import KeyUnavailable
        from audit.store import StoreHealthError, open_store
        try:
            self.store = open_store()
            self._store_tried = True
        except StoreHealthError as e:
            self._store_tried = True
            self._recover_store(e)
        except KeyUnavailable:
            return  # a passphrase store: asked for when the user opens results or scans
        except (AuditError, OSError) as e:
            self._store_problem = tr("gui.checklist.store_problem",
                                     why=e.message() if isinstance(e, AuditError) else str(e))
        self._show_last_run()

    def _recover_store(self, err: Any) -> None:
        """A damaged or unwritable store at start: keep the damaged file, offer a way out."""
        from audit.store import open_store
        from audit.store.recovery import CORRUPT, UNREADABLE, restore_backup, start_over
        health = err.health
        if health.status not in (CORRUPT, UNREADABLE):
            self._store_problem = err.message()   # read-only folder: nothing to repair here
            dialogs.show_info(self, tr("gui.recovery.title"), err.message())
            return
        choice = dialogs.ask_store_recovery(self, err.message(), bool(health.backups))
        try:
            if choice == "restore":
                restore_backup(health.path, health.backups[0])
            elif choice == "start_over":
                start_over(health.path)
            else:
                self._store_problem = err.message()
                return
            self.store = open_store()
        except AuditError as e:
            self._store_problem = e.message()
            dialogs.show_info(self, tr("gui.recovery.title"), e.message())

    def _show_last_run(self) -> None:
        if not hasattr(self, "welcome"):
            return
        run = None
        if self.store is not None:
            try:
                run = self.store.latest_run()
            except AuditError:
                run = None
        from desktop.text import fmt_datetime
        self.welcome.set_last_run(fmt_datetime(run.finished, self.settings.timezone) if run and run.finished
                                  else None, run.findings_total if run else 0)

    def open_last_results(self) -> None:
        if self.worker.is_running():
            return
        self._ensure_store()
        if self.store is None:
            self.statusBar().showMessage(self._store_problem or tr("gui.checklist.no_passphrase"))
            return
        run = self.store.latest_run()
        if run is None:
            self.statusBar().showMessage(tr("gui.statusbar.no_last_run"))
            return
        self._return_page = self.stack.currentIndex()
        self.progress.reset()
        self.stack.setCurrentWidget(self.progress)
        self.worker.start(make_reopen_job(self.store, run.id, self.settings.timezone))

    def _init_photos_option(self) -> None:
        from audit.photos import photos_available
        ok, key = photos_available()
        self._photos_ok = ok
        why = "" if ok else tr("gui.welcome.photos_unavailable", why=tr(key))
        self.welcome.set_photos(bool(self.settings.get("check_photos")), ok, why)

    def save_report(self) -> None:
        if self.store is None or self.outcome is None or self.outcome.run_id is None:
            dialogs.show_info(self, tr("gui.menu.save_report"), tr("gui.report.needs_results"))
            return
        from desktop.report_dialog import ReportDialog
        ReportDialog(self.store, self.outcome.run_id, self).exec()

    def wipe_all_data(self) -> None:
        if self.worker.is_running():
            self.statusBar().showMessage(tr("gui.statusbar.busy"))
            return
        if not dialogs.confirm_wipe(self):
            return
        from audit.paths import data_dir
        from audit.security.wipe import wipe_all
        if self.media is not None:
            self.media.close()
            self.media = None
        if self.store is not None:
            self.store.close()
            self.store = None
        self.outcome = None
        self._store_tried = False
        self._store_problem = None
        # Settings and the log live in the data folder too: let go of both files first
        # (Windows cannot delete a file that is still open).
        self.settings.release()
        root = logging.getLogger()
        for h in [h for h in root.handlers if getattr(h, "baseFilename", None)]:
            root.removeHandler(h)
            h.close()
        rep = wipe_all(data_dir(create=False))
        self.settings.reopen()
        text = tr("wipe.done", n=len(rep.removed))
        if rep.failed:
            text += "\n\n" + tr("wipe.partial", files=", ".join(p for p, _ in rep.failed))
        dialogs.show_info(self, tr("gui.menu.wipe"), text)
        self._build()
        self.stack.setCurrentWidget(self.welcome)

    # ---- lock ---------------------------------------------------------------------------------
    def set_autolock(self, minutes: int) -> None:
        self.settings.set("autolock_minutes", int(minutes))
        self._apply_autolock()

    def _apply_autolock(self) -> None:
        minutes = int(self.settings.get("autolock_minutes") or 0)
        app = QApplication.instance()
        if minutes > 0:
            self._lock_timer.setInterval(minutes * 60_000)
            self._lock_timer.start()
            if app is not None and not getattr(self, "_filter_on", False):
                app.installEventFilter(self)
                self._filter_on = True
        else:
            self._lock_timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        # Any keyboard or mouse use restarts the inactivity clock.
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                            QEvent.Type.Wheel) and self._lock_timer.interval() > 0 \
                and int(self.settings.get("autolock_minutes") or 0) > 0 and not self._locked:
            self._lock_timer.start()
        return False

    def lock(self) -> None:
        """Hide everything read from the archives until the user comes back."""
        if self._locked:
            return
        self._locked = True
        self._before_lock = self.stack.currentIndex()
        needs_pass = self._store_needs_passphrase()
        self.lock_page.prepare(needs_pass)
        self.stack.setCurrentWidget(self.lock_page)
        self.statusBar().showMessage(tr("gui.lock.title"))
        self.menuBar().setEnabled(False)
        self.lock_page.setFocus()

    def _store_needs_passphrase(self) -> bool:
        from audit.paths import data_dir
        from audit.security.keys import KeyInfo
        try:
            info = KeyInfo.load(data_dir(create=False))
        except AuditError:
            return False
        return info is not None and info.method == "passphrase"

    def unlock(self, passphrase: str) -> None:
        if self._store_needs_passphrase():
            from audit.security.keys import open_cipher
            try:
                open_cipher(passphrase=passphrase)
            except AuditError as e:
                self.lock_page.show_problem(e.message())
                return
        self._locked = False
        self.statusBar().showMessage(tr("gui.statusbar.offline"))
        self.menuBar().setEnabled(True)
        self.stack.setCurrentIndex(self._before_lock)
        self._apply_autolock()

    # ---- navigation -------------------------------------------------------------------------
    def show_tab(self, i: int) -> None:
        if self.outcome is not None:
            self.stack.setCurrentWidget(self.results)
            self.tabs.setCurrentIndex(i)

    def go_home(self) -> None:
        if not self.worker.is_running() and not self._locked:
            self.stack.setCurrentWidget(self.welcome)

    def show_help(self) -> None:
        HelpDialog(self).exec()

    def show_about(self) -> None:
        from audit import __version__
        dialogs.show_info(self, tr("gui.menu.about"), tr("gui.about.text", version=__version__))

    # ---- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, e: QDragEnterEvent) -> None:  # noqa: N802
        if e.mimeData().hasUrls() and any(u.isLocalFile() for u in e.mimeData().urls()):
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            e.acceptProposedAction()
            self.start_scan(paths)

    # ---- closing ------------------------------------------------------------------------------
    def closeEvent(self, e: QCloseEvent) -> None:  # noqa: N802
        if self.worker.is_running():
            if not dialogs.confirm_close_during_scan(self):
                e.ignore()
                return
            self._closing = True
            self.statusBar().showMessage(tr("gui.statusbar.stopping"))
            self.worker.cancel_and_wait()
        if self.media is not None:
            self.media.close()
        if self.store is not None:
            self.store.close()
        e.accept()
