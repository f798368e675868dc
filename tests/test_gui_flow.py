"""The whole path, offscreen, on the real engine and the bundled demo archive:
start -> load demo -> progress -> overview -> filter -> open a finding; cancel midway;
close during an import. Tests wait on signals, never on fixed sleeps."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop import dialogs
from desktop.main_window import MainWindow, demo_inputs
from desktop.settings import Settings

pytestmark = pytest.mark.gui

SCAN_TIMEOUT_MS = 60_000


@pytest.fixture
def window(qtbot, monkeypatch):
    # No keyring in CI: the store is sealed with a passphrase taken from the environment.
    monkeypatch.setenv("JEJAK_NETRAL_PASSPHRASE", "uji-kata-sandi-panjang")

    def no_passphrase_prompt(*_a, **_k):
        raise AssertionError("the passphrase dialog must not open in this test")
    monkeypatch.setattr(dialogs, "ask_passphrase", no_passphrase_prompt)
    asked: list[list[str]] = []

    def who_am_i(_parent, names):
        asked.append(list(names))
        return "Budi Santoso"
    monkeypatch.setattr(dialogs, "ask_whatsapp_self", who_am_i)
    w = MainWindow(Settings())
    w.asked_names = asked  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.worker.cancel_and_wait()


def big_whatsapp_chat(folder: Path, lines: int = 400_000) -> Path:
    """A long chat export in the real Android/Indonesian format, slow enough to cancel midway."""
    p = folder / "WhatsApp Chat dengan Grup Uji.txt"
    with p.open("w", encoding="utf-8") as fh:
        fh.write("01/12/23 07.01 - Siti Rahma membuat grup \"Grup Uji\"\n")
        for i in range(lines):
            who = ("Budi Santoso", "Siti Rahma", "Rudi")[i % 3]
            fh.write(f"{1 + i % 28:02d}/12/23 {i % 24:02d}.{i % 60:02d} - {who}: pesan biasa nomor {i}\n")
    return p


def test_first_start_shows_welcome_with_demo_and_help(window):
    page = window.welcome
    assert window.stack.currentWidget() is page
    assert page.intro.isVisible() and page.promises.isVisible()
    assert page.demo_button.text() == "Coba dengan contoh"
    assert page.language.currentData() == "id"
    assert page.zone.currentData() in ("WIB", "WITA", "WIT")


def test_demo_path_progress_overview_filter_and_detail(window, qtbot, monkeypatch):
    events = []
    window.worker.progress.connect(events.append)
    with qtbot.waitSignal(window.result_shown, timeout=SCAN_TIMEOUT_MS):
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)

    # Progress: typed events, one per stage at least, reaching the import stage.
    assert any(e.stage == "import" for e in events)
    # The demo holds a WhatsApp chat: the app asked who the user is, remembered it, re-ran.
    assert window.asked_names and "Budi Santoso" in window.asked_names[0]
    assert window.settings.get("whatsapp_self") == "Budi Santoso"
    assert window.outcome.request.options["whatsapp_self"] == "Budi Santoso"

    result = window.outcome.result
    assert result.findings, "the demo archive must produce findings"
    assert window.stack.currentWidget() is window.results
    assert str(len(result.findings)) in window.overview.summary.text()
    assert window.overview.timeline.months  # drawn with real months
    # Every platform of the demo is counted in the overview.
    platforms = {f.item.platform.value for f in result.findings}
    assert len(platforms) >= 3
    assert window.coverage.tree.topLevelItemCount() == len(result.sources)
    # The checklist tab exists (the real view or a friendly placeholder).
    assert window.tabs.tabText(3) == "Daftar tindakan"

    # Filter: severity "high" (or the highest present), then search.
    fv = window.findings
    window.show_tab(1)
    present = {f.severity.value for f in result.findings}
    sev = next(s for s in ("high", "medium", "low") if s in present)
    fv.severity.setCurrentIndex(fv.severity.findData(sev))
    n = fv.proxy.rowCount()
    assert n == sum(f.severity.value == sev for f in result.findings)
    assert all(fv.proxy.finding_at(r).severity.value == sev for r in range(n))
    target = fv.proxy.finding_at(0)
    word = (target.item.target.name if target.item.has_target else target.item.text).split()[0]
    qtbot.keyClicks(fv.search, word)
    qtbot.waitUntil(lambda: fv.proxy.rowCount() <= n and fv.search.text() == word
                    and fv.proxy.current_filter.text == word, timeout=5000)
    assert fv.proxy.rowCount() >= 1
    fv.reset_filters()
    assert fv.proxy.rowCount() == len(result.findings)

    # Open a finding: its explanation, plain-text archive text, and the link button.
    opened = []
    monkeypatch.setattr("desktop.detail_pane.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    for row in range(fv.proxy.rowCount()):
        f = fv.proxy.finding_at(row)
        if any(e.field == "text" for e in f.evidence) or row == fv.proxy.rowCount() - 1:
            fv.select_row(row)
            break
    shown = fv.detail.finding
    assert shown is f
    assert fv.detail.explanation.textFormat() == Qt.TextFormat.PlainText
    assert fv.detail.explanation.text() == f.explanation["id"]
    if any(e.field == "text" for e in f.evidence):
        assert fv.detail.highlighted() == [e.match for e in f.evidence if e.field == "text"
                                           and 0 <= e.start < e.end <= len(f.item.text or "")] or fv.detail.highlighted()
    if fv.detail.open_button.isEnabled():
        qtbot.mouseClick(fv.detail.open_button, Qt.MouseButton.LeftButton)
        assert opened and opened[0].startswith("http")


def test_cancel_midway_stops_fast_and_saves_nothing(window, qtbot, tmp_path):
    chat = big_whatsapp_chat(tmp_path)
    window.settings.set("whatsapp_self", "Budi Santoso")
    seen = []
    window.worker.progress.connect(seen.append)
    window.start_scan([str(chat)])
    qtbot.waitUntil(lambda: any(e.stage == "import" and e.items > 0 for e in seen), timeout=SCAN_TIMEOUT_MS)
    assert window.progress.stage.text().startswith("Tahap 2 dari 2")
    t0 = time.monotonic()
    with qtbot.waitSignal(window.scan_cancelled, timeout=5000):
        qtbot.mouseClick(window.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - t0 < 1.0
    assert not window.worker.is_running()
    assert window.stack.currentWidget() is window.welcome
    assert window.outcome is None
    # Nothing half-saved: the store holds no run at all, finished or not.
    if window.store is not None:
        assert window.store.runs(complete_only=False) == []


def test_closing_during_an_import_asks_then_cancels(window, qtbot, tmp_path, monkeypatch):
    chat = big_whatsapp_chat(tmp_path)
    window.settings.set("whatsapp_self", "Budi Santoso")
    answers = [False, True]
    asked = []

    def confirm(_parent):
        asked.append(True)
        return answers.pop(0)
    monkeypatch.setattr(dialogs, "confirm_close_during_scan", confirm)
    seen = []
    window.worker.progress.connect(seen.append)
    window.start_scan([str(chat)])
    qtbot.waitUntil(lambda: any(e.stage == "import" for e in seen), timeout=SCAN_TIMEOUT_MS)
    assert window.close() is False          # "keep checking"
    assert window.isVisible() and window.worker.is_running()
    assert window.close() is True           # "stop and close"
    assert len(asked) == 2
    assert not window.worker.is_running() or window.worker._thread.isFinished()
    if window.store is not None:
        from audit.store import open_store
        with open_store(window.store.path) as st:
            assert st.runs(complete_only=False) == []


def test_unreadable_input_gives_plain_message_and_what_to_do(window, qtbot, tmp_path):
    bad = tmp_path / "catatan.docx"
    bad.write_bytes(b"not an archive")
    broken = tmp_path / "facebook-budi-2024-01-01-abc.zip"
    broken.write_bytes(b"PK\x03\x04 truncated")
    with qtbot.waitSignal(window.worker.finished, timeout=SCAN_TIMEOUT_MS):
        window.start_scan([str(bad), str(broken)])
    assert window.stack.currentWidget() is window.welcome
    text = window.welcome.error_box.text()
    assert window.welcome.error_box.isVisible()
    assert "catatan.docx" in text and "bukan arsip yang dikenal" in text
    assert "Traceback" not in text


def test_language_switch_retranslates_and_is_remembered(window, qtbot):
    with qtbot.waitSignal(window.result_shown, timeout=SCAN_TIMEOUT_MS):
        window.load_demo()
    n = len(window.outcome.result.findings)
    window.set_language("en")
    try:
        assert window.welcome.demo_button.text() == "Try with the example"
        assert window.tabs.tabText(1) == "Findings"
        assert window.menuBar().actions()[0].text() == "&File"
        assert Settings().language == "en"
        assert window.findings.proxy.rowCount() == n  # the result survives the rebuild
    finally:
        window.set_language("id")
    assert window.tabs.tabText(1) == "Temuan"


def test_demo_inputs_are_the_bundled_exports():
    names = [Path(p).name for p in demo_inputs()]
    assert names and not any(n.lower().endswith(".md") for n in names)
