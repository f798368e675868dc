"""What one scan needs and gives back, kept apart from the widgets.

``run_scan`` runs on the worker thread: the engine's scan, streamed into the
local store when one is open (cancel rolls the store back: nothing half-saved).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from audit.errors import AuditError
from audit.findings import Finding

log = logging.getLogger(__name__)

WHATSAPP_SELF_NOTE = "whatsapp.self_unknown"


@dataclass
class ScanRequest:
    paths: list[str]
    timezone_name: str
    options: dict[str, Any] = field(default_factory=dict)
    is_demo: bool = False
    photos: bool = False


@dataclass
class ScanOutcome:
    request: ScanRequest
    result: Any                       # audit.pipeline.ScanResult
    run_id: int | None = None
    states: dict[bytes, str] = field(default_factory=dict)   # finding blind key -> checklist state
    stored: list[Any] | None = None   # the run's StoredFindings, read on the worker thread for the checklist
    prepared: Any = None              # findings list rows (PreparedRows), built on the worker thread
    checklist: Any = None             # the run's Checklist (tasks grouped), built on the worker thread


def make_job(req: ScanRequest, store: Any | None) -> Callable[..., ScanOutcome]:
    def job(*, progress: Callable[[Any], None], is_cancelled: Callable[[], bool]) -> ScanOutcome:
        # A full garbage collection stops both threads; with every object of the app, the rule
        # set and Qt in view, one took 80-170 ms on a big import (the window froze that long).
        # Frozen objects are left out of collections: only what the scan creates is looked at.
        # Full collections are also held back until the scan ends: the young generations are
        # still collected at each progress event (every 0.1 s, a millisecond or so each).
        gc.freeze()
        was_enabled = gc.isenabled()
        gc.disable()

        def progress_and_collect(p: Any) -> None:
            gc.collect(1)
            progress(p)
        try:
            return _run(progress_and_collect, is_cancelled)
        finally:
            # What the scan made and still holds (findings, items) stays out of full
            # collections too: a first full pass over it would freeze the results screen.
            # Refcounting still frees it all when the next scan replaces it. No collection
            # first: the findings just read for the checklist are hundreds of thousands of
            # young objects, and walking them held the GIL for 180 ms on a 1M-item import
            # (the window's longest freeze). The young generations were collected at every
            # progress event, so little cyclic garbage can be frozen with them.
            gc.freeze()
            if was_enabled:
                gc.enable()

    def _run(progress: Callable[[Any], None], is_cancelled: Callable[[], bool]) -> ScanOutcome:
        from audit.pipeline import scan
        sink = None
        if store is not None:
            from audit.store.sink import StoreSink
            sink = StoreSink(store, timezone_name=req.timezone_name)
        result = scan(req.paths, timezone_name=req.timezone_name, options=dict(req.options),
                      progress=progress, is_cancelled=is_cancelled, sink=sink, photos=req.photos)
        if is_cancelled():
            if sink is not None:
                sink.abort()
            from audit.errors import Cancelled
            raise Cancelled()
        run_id = sink.finish(result) if sink is not None and result.readable else None
        if sink is not None and run_id is None:
            sink.abort()
        states: dict[bytes, str] = {}
        stored = None
        if run_id is not None and store is not None:
            stored = read_findings(store, run_id)
            states = {sf.fkey: sf.state for sf in stored} if stored is not None else read_states(store, run_id)
        checklist = None
        if stored is not None and run_id is not None:
            from audit.checklist import Checklist
            checklist = Checklist(store, run_id, stored)   # groups tasks; reads nothing more
        return ScanOutcome(req, result, run_id, states, stored,
                           prepare_rows(result, req.timezone_name, store, states), checklist)
    return job


def make_reopen_job(store: Any, run_id: int, tz_name: str = "WIB") -> Callable[..., ScanOutcome]:
    """Reopen a finished run from the store: no archive is read again."""
    def job(*, progress: Callable[[Any], None], is_cancelled: Callable[[], bool]) -> ScanOutcome:
        from audit.rules import load_packs
        from audit.store.restore import load_result
        conn = store.reconnect()
        try:
            result = load_result(conn, run_id, ruleset=load_packs())
        finally:
            conn.close()
        req = ScanRequest([], "", {}, False)
        states = read_states(store, run_id)
        return ScanOutcome(req, result, run_id, states, prepared=prepare_rows(result, tz_name, store, states))
    return job


def read_findings(store: Any, run_id: int) -> list[Any] | None:
    """The run's findings with content, read on the calling (worker) thread; None if unreadable."""
    try:
        conn = store.reconnect()
    except AuditError:
        return None
    try:
        return conn.findings(run_id)
    except AuditError:
        return None
    finally:
        conn.close()


def read_states(store: Any, run_id: int) -> dict[bytes, str]:
    """Checklist states by finding key, without decrypting content (fast for big runs)."""
    try:
        conn = store.reconnect()
    except AuditError:
        return {}
    try:
        return {sf.fkey: sf.state for sf in conn.findings(run_id, content=False)}
    finally:
        conn.close()


def prepare_rows(result: Any, tz_name: str, store: Any | None, states: dict[bytes, str]) -> Any:
    """The findings list's rows, built by the job so the window does not freeze building them."""
    from desktop.findings_table_model import build_rows
    return build_rows(result.findings, result.ruleset, tz_name, status_fn(store, states))


def status_fn(store: Any | None, states: dict[bytes, str]) -> Callable[[Finding], str] | None:
    if store is None or not states:
        return None
    from audit.store.store import RESOLVED
    blinds = store.blinds

    def status(f: Finding) -> str:
        return "done" if states.get(blinds.finding(f.id)) in RESOLVED else "open"
    return status


def whatsapp_participants(result: Any) -> list[str]:
    """Names to choose from when a WhatsApp export does not say which one is the user."""
    names: list[str] = []
    for src in result.sources:
        cov = src.coverage
        for note in (cov.notes if cov else []):
            if note.get("code") == WHATSAPP_SELF_NOTE:
                for n in (note.get("params") or {}).get("participants") or []:
                    if isinstance(n, str) and n not in names:
                        names.append(n)
    return names
