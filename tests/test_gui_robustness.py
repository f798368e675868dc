"""Crash dialog, single instance, worker cancel/crash, settings."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from audit.errors import Cancelled
from desktop.crash_dialog import CrashDialog
from desktop.settings import Settings
from desktop.single_instance import SingleInstance
from desktop.worker import Worker

pytestmark = pytest.mark.gui


def test_crash_dialog_copies_the_error_and_sends_nothing(qtbot):
    dlg = CrashDialog("Traceback (most recent call last):\nValueError: boom")
    qtbot.addWidget(dlg)
    assert "ValueError: boom" in dlg.details.toPlainText()
    assert dlg.details.isReadOnly()
    dlg.copy()
    assert "ValueError: boom" in QGuiApplication.clipboard().text()
    assert dlg.copy_button.text() == "Tersalin"


def test_one_instance_per_data_folder_and_paths_are_handed_over(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    second = SingleInstance(tmp_path)
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.message_received, timeout=5000) as sig:
            assert second.send(["/data/facebook.zip"])
        assert sig.args == [["/data/facebook.zip"]]
    finally:
        first.release()
    other = SingleInstance(tmp_path / "elsewhere")
    (tmp_path / "elsewhere").mkdir()
    try:
        assert other.acquire()  # another data folder is another instance
    finally:
        other.release()


def test_worker_relays_progress_result_and_cancel(qtbot):
    w = Worker()

    def job(*, progress, is_cancelled):
        for i in range(3):
            progress(type("P", (), {"stage": f"s{i}", "archive": ""})())
        return 42
    events = []
    w.progress.connect(events.append)
    with qtbot.waitSignal(w.succeeded, timeout=5000) as sig:
        w.start(job)
    assert sig.args == [42]
    qtbot.waitUntil(lambda: len(events) == 3, timeout=2000)
    assert not w.is_running()

    def endless(*, progress, is_cancelled):
        while True:
            if is_cancelled():
                raise Cancelled()
    with qtbot.waitSignal(w.cancelled, timeout=5000):
        w.start(endless)
        w.cancel()


def test_worker_hands_the_gil_back_quickly_while_a_job_runs(qtbot):
    # With the default 5 ms switch interval the window waited ~100 ms per turn during a big
    # import (benchmarks gui); the worker shortens it for the job and restores it afterwards.
    import sys

    from desktop.worker import JOB_SWITCH_INTERVAL
    before = sys.getswitchinterval()
    assert before > JOB_SWITCH_INTERVAL
    w = Worker()
    seen = []

    def job(*, progress, is_cancelled):
        seen.append(sys.getswitchinterval())
        return 1
    with qtbot.waitSignal(w.succeeded, timeout=5000):
        w.start(job)
    assert seen == [JOB_SWITCH_INTERVAL]
    assert sys.getswitchinterval() == before

    def broken(*, progress, is_cancelled):
        raise RuntimeError("kaput")
    with qtbot.waitSignal(w.crashed, timeout=5000):
        w.start(broken)
    assert sys.getswitchinterval() == before


def test_worker_reports_a_bug_as_text(qtbot):
    w = Worker()

    def broken(*, progress, is_cancelled):
        raise RuntimeError("kaput")
    with qtbot.waitSignal(w.crashed, timeout=5000) as sig:
        w.start(broken)
    assert "RuntimeError: kaput" in sig.args[0]


def test_settings_remember_language_and_survive_a_broken_file(tmp_path):
    s = Settings(tmp_path / "settings.ini")
    assert s.language == "id" and not s.timezone_asked
    s.set("language", "en")
    s.set("timezone", "WITA")
    again = Settings(tmp_path / "settings.ini")
    assert again.language == "en" and again.timezone == "WITA"
    with pytest.raises(KeyError):
        s.set("no_such_key", 1)
