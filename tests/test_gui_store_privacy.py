"""GUI: reopening saved results without re-reading archives, the report from the results page,
lock and unlock (passphrase store), "Hapus semua data", and the photo option."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from audit.paths import data_dir
from desktop import dialogs
from desktop.main_window import MainWindow
from desktop.settings import Settings

pytestmark = pytest.mark.gui
PASS = "uji-kata-sandi-panjang"
TIMEOUT = 60_000


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setenv("JEJAK_NETRAL_PASSPHRASE", PASS)
    monkeypatch.setattr(dialogs, "ask_whatsapp_self", lambda _p, names: "Budi Santoso")
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.worker.cancel_and_wait()


def _demo(window, qtbot):
    with qtbot.waitSignal(window.result_shown, timeout=TIMEOUT):
        window.load_demo()


def test_last_results_reopen_from_the_store_without_reading_archives(window, qtbot, monkeypatch):
    _demo(window, qtbot)
    first = sorted(f.id for f in window.outcome.result.findings)
    window.go_home()
    assert window.welcome.last_box.isVisibleTo(window.welcome)

    import audit.pipeline
    def no_scan(*a, **k):
        raise AssertionError("reopening must not read the archives again")
    monkeypatch.setattr(audit.pipeline, "scan", no_scan)
    with qtbot.waitSignal(window.result_shown, timeout=TIMEOUT):
        qtbot.mouseClick(window.welcome.last_button, Qt.MouseButton.LeftButton)
    assert sorted(f.id for f in window.outcome.result.findings) == first
    assert window.outcome.run_id is not None


def test_report_dialog_is_reachable_from_results(window, qtbot, monkeypatch):
    _demo(window, qtbot)
    opened = []
    import desktop.report_dialog as rd
    monkeypatch.setattr(rd.ReportDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1


def test_lock_hides_results_and_asks_the_passphrase_again(window, qtbot):
    _demo(window, qtbot)
    window.lock()
    assert window.stack.currentWidget() is window.lock_page
    assert not window.menuBar().isEnabled()
    assert window.lock_page.passphrase.isVisibleTo(window.lock_page)
    window.lock_page.passphrase.setText("salah-sekali")
    window.lock_page._unlock()
    assert window.stack.currentWidget() is window.lock_page
    assert window.lock_page.problem.text()
    window.lock_page.passphrase.setText(PASS)
    window.lock_page._unlock()
    assert window.stack.currentWidget() is window.results
    assert window.menuBar().isEnabled()


def test_autolock_after_idle(window, qtbot):
    _demo(window, qtbot)
    window.set_autolock(5)
    assert window._lock_timer.isActive() and window._lock_timer.interval() == 5 * 60_000
    window._lock_timer.setInterval(50)  # stand in for five idle minutes
    window._lock_timer.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_page, timeout=5000)
    window.set_autolock(0)


def test_wipe_removes_all_app_data_and_returns_to_start(window, qtbot, monkeypatch, tmp_path):
    _demo(window, qtbot)
    folder = data_dir()
    assert any(folder.rglob("*.db")) or any(folder.rglob("*.sqlite*"))
    monkeypatch.setattr(dialogs, "confirm_wipe", lambda _p: True)
    shown = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: shown.append(text))
    window.wipe_all_data()
    assert shown and "dihapus" in shown[0]
    leftovers = [p for p in folder.rglob("*") if p.is_file() and p.name != "settings.ini"
                 and p.name != ".jejak-netral-data"]
    assert leftovers == []
    assert window.stack.currentWidget() is window.welcome
    assert window.store is None and window.outcome is None


def test_photo_option_follows_availability(window, monkeypatch):
    import audit.photos
    monkeypatch.setattr(audit.photos, "photos_available", lambda: (False, "photos.unavailable.missing_extra"))
    window._init_photos_option()
    assert not window.welcome.photos_box.isEnabled()
    assert window.welcome.photos_note.text()
    monkeypatch.setattr(audit.photos, "photos_available", lambda: (True, "photos.available"))
    window._init_photos_option()
    assert window.welcome.photos_box.isEnabled()
    window.welcome.photos_box.setChecked(True)
    assert window.settings.get("check_photos") is True


def test_damaged_store_at_start_is_restored_from_backup_after_asking(qtbot, monkeypatch):
    monkeypatch.setenv("JEJAK_NETRAL_PASSPHRASE", PASS)
    from audit.store import open_store
    from audit.store.store import default_path
    from audit.security.keys import open_cipher
    open_store(cipher=open_cipher()).close()      # a good store + its daily backup
    path = default_path()
    damaged = b"SQLite format 3\x00" + b"\xee" * 8192
    path.write_bytes(damaged)
    asked = []
    monkeypatch.setattr(dialogs, "ask_store_recovery",
                        lambda _p, message, can_restore: asked.append((message, can_restore)) or "restore")
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    assert asked and asked[0][1] is True and "rusak" in asked[0][0]
    assert w.store is not None
    assert any(p.read_bytes() == damaged for p in path.parent.glob("jejak-netral.damaged-*.db"))
    w.store.close()
