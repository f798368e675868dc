"""StoreSink: the pipeline streams items into the store through this.

Writes go in transactions of ``BATCH`` rows, so a 1M-item import is a few
hundred commits, and a crash loses at most the batch in flight. The run
stays ``importing`` until ``finish()``; an import killed before that is
discarded the next time the store opens (``Store.discard_unfinished``).
``finish()`` carries earlier checklist states over and compares each
archive with the previous one of the same account, in the same transaction
that marks the run complete.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from audit import __version__
from audit.archive.archive import Archive
from audit.findings import Finding
from audit.model import Item, Kind
from audit.pipeline import ScanResult, SourceResult
from audit.store import compare
from audit.store.store import NOT_APPLICABLE, TODO, Store, now_iso

BATCH = 5000


class StoreSink:
    """A ``ScanSink``. Opens its own connection lazily, in the thread that imports."""

    def __init__(self, store: Store, *, timezone_name: str | None = None) -> None:
        self._main = store
        self._tz = timezone_name
        self._store: Store | None = None
        self.run_id: int | None = None
        self._source_id: int | None = None
        self._src_owner: str | None = None
        self._src_items = 0
        self._src_findings = 0
        self._items: list[tuple[int, bytes]] = []
        self._rows: list[tuple[Any, ...]] = []
        self._decisions: dict[bytes, tuple[int, str | None, bytes | None]] = {}
        self._in_tx = False

    # ---- ScanSink protocol -------------------------------------------------------------------
    def begin_source(self, source: SourceResult, archive: Archive) -> None:
        st = self._ensure_run()
        self._flush()
        cur = st.conn.execute(
            "INSERT INTO sources (run_id, status, platform, generation, fmt, name) VALUES (?, 'importing', ?, ?, ?, ?)",
            (self.run_id, source.platform, source.generation or None, source.fmt or None, st.seal(source.name)))
        self._source_id = cur.lastrowid
        self._src_owner, self._src_items, self._src_findings = None, 0, 0

    def add(self, item: Item, findings: list[Finding]) -> None:
        st = self._store
        assert st is not None and self._source_id is not None, "begin_source first"
        fp = st.blinds.item(item.fingerprint())
        self._items.append((self._source_id, fp))
        self._src_items += 1
        if self._src_owner is None and item.kind is Kind.PROFILE:
            self._src_owner = _owner_of(item)
        if findings:
            self._finding_rows(item, fp, findings)
        if len(self._items) + len(self._rows) >= BATCH:
            self._flush()

    def add_findings(self, item: Item, findings: list[Finding]) -> None:
        """Findings that come later for an item already added (the photo step)."""
        st = self._store
        assert st is not None and self._source_id is not None, "begin_source first"
        self._finding_rows(item, st.blinds.item(item.fingerprint()), findings)
        if len(self._items) + len(self._rows) >= BATCH:
            self._flush()

    def _finding_rows(self, item: Item, fp: bytes, findings: list[Finding]) -> None:
        st = self._store
        assert st is not None
        b = st.blinds
        sid = self._source_id
        tk = b.target_of(item)
        ts = int(item.timestamp.timestamp()) if item.timestamp else None
        item_json = item.to_json()
        for f in findings:
            state, reason_code, reason, decided_by = TODO, None, None, None
            hit = self._decided(fp, tk.primary, tk.name)
            if hit is not None:
                decided_by, reason_code, reason = hit
                state = NOT_APPLICABLE
            elif f.action == "none":
                # Already undone in the archive itself (left the group, unfollowed, the post is
                # gone): shown for the record, with nothing left on the checklist to do.
                state, reason_code = NOT_APPLICABLE, "nothing_left"
            payload = st.seal_json({
                "id": f.id, "rule": f.rule, "entities": list(f.entities),
                "evidence": [[e.field, e.start, e.end, e.match] for e in f.evidence],
                "explanation": dict(f.explanation), "action_url": f.action_url, "phase": f.phase,
                "sanction": f.sanction, "undoable": f.undoable, "extra": f.extra, "item": item_json,
            })
            self._rows.append((
                self.run_id, sid, b.finding(f.id), fp, tk.primary, tk.name, item.platform.value,
                item.kind.value, ts, f.category, f.severity.value, f.action, state, reason_code,
                reason, decided_by, payload))
            self._src_findings += 1

    def end_source(self, source: SourceResult) -> None:
        st = self._store
        assert st is not None and self._source_id is not None
        self._flush()
        cov = source.coverage.to_json() if source.coverage else None
        st.conn.execute(
            "UPDATE sources SET status='complete', items_total=?, findings_total=?, date_min=?, date_max=?, "
            "unknown_date=?, files_read=?, files_skipped=?, coverage=?, account_key=?, kinds=? WHERE id=?",
            (self._src_items, self._src_findings,
             cov["date_range"]["first"] if cov else None, cov["date_range"]["last"] if cov else None,
             cov["unknown_date"] if cov else 0, len(cov["files_read"]) if cov else 0,
             len(cov["files_skipped"]) if cov else 0, st.seal_json(cov) if cov else None,
             st.blinds.account(source.platform or "", self._src_owner) if self._src_owner else None,
             json.dumps(cov["items_by_kind"] if cov else {}), self._source_id))
        self._source_id = None

    def abort(self) -> None:
        """Cancelled: nothing of this run is kept."""
        st = self._store
        if st is None:
            return
        if self._in_tx and st.conn.in_transaction:
            st.conn.execute("ROLLBACK")
        self._in_tx = False
        self._items.clear()
        self._rows.clear()
        if self.run_id is not None:
            st.delete_run(self.run_id)
        self.run_id = None
        self._close()

    # ---- completing a run ----------------------------------------------------------------
    def finish(self, result: ScanResult | None = None) -> int:
        """Mark the run complete (with its totals and unreadable inputs); returns its id."""
        st = self._ensure_run()
        self._flush()
        assert self.run_id is not None
        problems = [{"name": s.name, "code": s.error.code, "params": {k: str(v) for k, v in s.error.params.items()}}
                    for s in (result.problems if result else []) if s.error is not None]
        packs = getattr(getattr(result, "ruleset", None), "packs", None) or []
        rulesets = [{"id": getattr(p, "id", ""), "version": str(getattr(p, "version", ""))} for p in packs]
        with st.transaction() as c:
            items_total, findings_total = c.execute(
                "SELECT COALESCE(SUM(items_total),0), COALESCE(SUM(findings_total),0) FROM sources "
                "WHERE run_id=?", (self.run_id,)).fetchone()
            compare.carry_states(c, self.run_id)
            for (sid,) in c.execute("SELECT id FROM sources WHERE run_id=? ORDER BY id",
                                    (self.run_id,)).fetchall():
                compare.compare_with_previous(c, sid)
            c.execute("UPDATE runs SET status='complete', finished=?, items_total=?, findings_total=?, "
                      "manual_check=?, rulesets=?, problems=?, pid=NULL WHERE id=?",
                      (now_iso(), items_total, findings_total, result.manual_check_count if result else 0,
                       json.dumps(rulesets), st.seal_json(problems), self.run_id))
        run_id = self.run_id
        self._close()
        return run_id

    # ---- internals ---------------------------------------------------------------------------
    def _ensure_run(self) -> Store:
        if self._store is None:
            self._store = self._main.reconnect()
            # Import batches can be re-done: NORMAL durability is enough here and much faster.
            self._store.conn.execute("PRAGMA synchronous=NORMAL")
        if self.run_id is None:
            st = self._store
            cur = st.conn.execute("INSERT INTO runs (started, status, pid, tool_version, timezone) "
                                  "VALUES (?, 'importing', ?, ?, ?)", (now_iso(), os.getpid(), __version__, self._tz))
            self.run_id = cur.lastrowid
            self._load_decisions()
        return self._store

    def _load_decisions(self) -> None:
        st = self._store
        assert st is not None
        self._decisions = {
            key: (did, code, reason) for key, did, code, reason in st.conn.execute(
                "SELECT k.key, d.id, d.reason_code, d.reason FROM decision_keys k JOIN decisions d "
                "ON d.id = k.decision_id WHERE d.revoked IS NULL ORDER BY d.id")}

    def _decided(self, *keys: bytes | None) -> tuple[int, str | None, bytes | None] | None:
        if not self._decisions:
            return None
        for k in keys:
            if k is not None and k in self._decisions:
                return self._decisions[k]
        return None

    def _flush(self) -> None:
        st = self._store
        if st is None or (not self._items and not self._rows):
            return
        c = st.conn
        c.execute("BEGIN IMMEDIATE")
        self._in_tx = True
        try:
            if self._items:
                c.executemany("INSERT INTO items (source_id, fp) VALUES (?, ?)", self._items)
            if self._rows:
                c.executemany(
                    "INSERT INTO findings (run_id, source_id, fkey, item_fp, target_key, target_name_key, "
                    "platform, kind, ts, category, severity, action, state, reason_code, reason, decided_by, "
                    "payload) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self._rows)
            c.execute("COMMIT")
        except sqlite3.Error:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        finally:
            self._in_tx = False
        self._items.clear()
        self._rows.clear()

    def _close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _owner_of(profile: Item) -> str | None:
    """Whose archive this is, from its profile item (liked posts name other owners)."""
    owner = profile.extra.get("owner")
    if isinstance(owner, str) and owner.strip():
        return owner
    t = profile.target
    if t is not None:
        return t.id or t.handle or t.name
    return None


def scan_into_store(store: Store, paths: Iterable[str | Path], **scan_kwargs: Any) -> tuple[int, ScanResult]:
    """Run a scan that streams into ``store``; returns (run id, scan result)."""
    from audit.pipeline import scan

    sink = StoreSink(store, timezone_name=scan_kwargs.get("timezone_name"))
    scan_kwargs.setdefault("keep_findings", False)
    try:
        result = scan(paths, sink=sink, **scan_kwargs)
    except BaseException:
        sink.abort()
        raise
    return sink.finish(result), result
