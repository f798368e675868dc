"""One generic background worker: a function runs on a QThread, its progress
events, result, cancellation or crash come back as signals on the GUI thread.

The function receives ``progress`` (a callback) and ``is_cancelled`` (a poll);
the engine's ``scan`` takes exactly these. Widgets are never touched here.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from audit.errors import Cancelled

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.1  # seconds between progress signals: smooth, yet cheap

# While a job runs Python code on the worker thread, the window's thread needs the GIL for
# every timer, paint and slot. CPython hands it over only after the switch interval (5 ms by
# default), and a repaint takes the GIL many times over: the window could wait about 100 ms
# per turn during a big import. Half a millisecond keeps every turn short; the worker pays
# nothing measurable (the import took as long either way, `python -m benchmarks gui`).
JOB_SWITCH_INTERVAL = 0.0005


class _Job(QObject):
    progress = Signal(object)
    succeeded = Signal(object)
    cancelled = Signal()
    crashed = Signal(str)

    def __init__(self, fn: Callable[..., Any], cancel_flag: threading.Event) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = cancel_flag
        self._last = 0.0
        self._last_key: tuple[Any, ...] = ()

    def _on_progress(self, event: Any) -> None:
        # Stage or platform changes always go through; the rest is throttled.
        key = (getattr(event, "stage", None), getattr(event, "archive", None))
        now = time.monotonic()
        if key == self._last_key and now - self._last < PROGRESS_INTERVAL:
            return
        self._last, self._last_key = now, key
        # The engine mutates its event object; send a snapshot across threads.
        snap = dataclasses.replace(event) if dataclasses.is_dataclass(event) else event
        self.progress.emit(snap)

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(progress=self._on_progress, is_cancelled=self._cancel.is_set)
        except Cancelled:
            self.cancelled.emit()
            return
        except Exception:  # a bug: the crash dialog shows it, nothing is sent anywhere
            log.exception("background job failed")
            self.crashed.emit(traceback.format_exc())
            return
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)


class Worker(QObject):
    """Runs one job at a time. ``finished`` fires after every outcome."""

    progress = Signal(object)
    succeeded = Signal(object)
    cancelled = Signal()
    crashed = Signal(str)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job | None = None
        self._cancel = threading.Event()
        self._switch = sys.getswitchinterval()

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, fn: Callable[..., Any]) -> None:
        if self.is_running():
            raise RuntimeError("a job is already running")
        self._cancel = threading.Event()
        thread = QThread()
        thread.setObjectName("jejak-netral-worker")
        job = _Job(fn, self._cancel)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progress.connect(self._relay_progress)
        for sig, slot in ((job.succeeded, self._on_succeeded), (job.cancelled, self._on_cancelled),
                          (job.crashed, self._on_crashed)):
            sig.connect(slot)
        self._thread, self._job = thread, job
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, JOB_SWITCH_INTERVAL))
        thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def cancel_and_wait(self, timeout_ms: int = 10_000) -> bool:
        """For closing the window: stop the job and wait for its thread to end."""
        thread = self._thread
        if thread is None:
            return True
        self._cancel.set()
        thread.quit()
        return thread.wait(timeout_ms)

    @Slot(object)
    def _relay_progress(self, event: Any) -> None:
        if not self._cancel.is_set():
            self.progress.emit(event)

    def _end(self) -> None:
        thread, self._thread, self._job = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            sys.setswitchinterval(self._switch)

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self._end()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
        self.finished.emit()

    @Slot(str)
    def _on_crashed(self, text: str) -> None:
        self._end()
        self.crashed.emit(text)
        self.finished.emit()
