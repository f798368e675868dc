"""The local store: audit runs, their findings and the user's checklist work.

One SQLite file in the per-user data folder (``audit.paths.data_dir``). It
is opened with a ``Cipher`` (the key comes from ``audit.security`` key
management; tests pass a fresh one): content is sealed, structure is not.
Reopening is instant: findings are read back, never re-imported, and only
the findings are loaded (the items table holds blind fingerprints only).
"""

from __future__ import annotations

import contextlib

import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson
import sqlite_utils

from audit.errors import StoreError
from audit.security.cipher import Cipher
from audit.store import db as dbmod
from audit.store.blinds import Blinds

log = logging.getLogger(__name__)

TODO, DONE, NOT_APPLICABLE, CANNOT = "todo", "done", "not_applicable", "cannot"
STATES = (TODO, DONE, NOT_APPLICABLE, CANNOT)
RESOLVED = (DONE, NOT_APPLICABLE, CANNOT)
GONE, STILL_THERE, NEW = "gone", "still_there", "new"


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_iso(s: str | None) -> datetime | None:
    if not s:
        return None
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


@dataclass(slots=True)
class RunInfo:
    id: int
    started: datetime | None
    finished: datetime | None
    status: str
    items_total: int
    findings_total: int
    manual_check: int
    rulesets: list[dict[str, Any]]
    timezone: str | None
    problems: list[dict[str, Any]]


@dataclass(slots=True)
class SourceInfo:
    id: int
    run_id: int
    status: str
    name: str
    platform: str | None
    generation: str | None
    fmt: str | None
    items_total: int
    findings_total: int
    date_min: str | None
    date_max: str | None
    unknown_date: int
    files_read: int
    files_skipped: int
    coverage: dict[str, Any] | None
    compared_with: int | None


@dataclass(slots=True)
class StoredFinding:
    """A finding as the checklist and the report see it (content already opened)."""

    id: int                      # row id in the store (stable for this run)
    run_id: int
    source_id: int
    platform: str
    kind: str
    ts: datetime | None
    category: str
    severity: str
    action: str
    state: str
    reason_code: str | None
    reason: str | None
    state_at: str | None
    decided_by: int | None
    verify: str | None
    verified_by: int | None
    fkey: bytes
    item_fp: bytes
    target_key: bytes | None
    target_name_key: bytes | None
    content: dict[str, Any] = field(default_factory=dict)

    @property
    def finding_id(self) -> str:
        return str(self.content.get("id", ""))

    @property
    def item(self) -> dict[str, Any]:
        return self.content.get("item") or {}

    @property
    def target(self) -> dict[str, Any]:
        return self.item.get("target") or {}

    @property
    def target_label(self) -> str:
        t = self.target
        if t.get("name"):
            return str(t["name"])
        if t.get("handle"):
            return "@" + str(t["handle"])
        return str(t.get("url") or t.get("id") or "")

    @property
    def text(self) -> str:
        return str(self.item.get("text") or "")

    @property
    def url(self) -> str | None:
        return self.item.get("url")

    @property
    def action_url(self) -> str | None:
        return self.content.get("action_url")

    def explanation(self, lang: str) -> str:
        ex = self.content.get("explanation") or {}
        return str(ex.get(lang) or ex.get("id") or "")


_FINDING_COLS = ("id, run_id, source_id, platform, kind, ts, category, severity, action, state, reason_code, "
                 "reason, state_at, decided_by, verify, verified_by, fkey, item_fp, target_key, "
                 "target_name_key, payload")


def default_path() -> Path:
    from audit.paths import data_dir
    return data_dir() / dbmod.DB_NAME


class Store:
    """One open store. Not shared between threads: each thread opens its own."""

    def __init__(self, conn: sqlite3.Connection, path: Path, cipher: Cipher) -> None:
        self.conn = conn
        self.path = path
        self.cipher = cipher
        self.blinds = Blinds(cipher)
        self._shared: dict[Any, Any] = {}   # see _share_repeats
        self.db = sqlite_utils.Database(conn)
        self.migrated_from_backup: Path | None = None

    # ---- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, cipher: Cipher,
             recover: bool = True) -> Store:
        """Open (create, migrate) the store. ``cipher`` is the seam for key management."""
        if not isinstance(cipher, Cipher):
            raise TypeError("Store.open needs a Cipher")
        p = Path(path) if path is not None else default_path()
        conn = dbmod.connect(p)
        try:
            backup = dbmod.migrate(conn, p)
        except BaseException:
            conn.close()
            raise
        store = cls(conn, p, cipher)
        store.migrated_from_backup = backup
        store._check_key()
        if recover:
            store.discard_unfinished()
        return store

    def reconnect(self) -> Store:
        """A second connection to the same file (for a worker thread)."""
        return Store.open(self.path, cipher=self.cipher, recover=False)

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:  # pragma: no cover - closing twice
            pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_key(self) -> None:
        """Fail early and clearly when the store was sealed with another key."""
        row = self.conn.execute("SELECT payload FROM findings LIMIT 1").fetchone()
        if row is None:
            row = self.conn.execute("SELECT name FROM sources WHERE name IS NOT NULL LIMIT 1").fetchone()
        if row is not None:
            self.cipher.open_bytes(row[0])  # raises StoreError("store.decrypt_failed")

    @contextlib.contextmanager
    def transaction(self) -> Any:
        """A write transaction; a full disk or a read-only file becomes a typed, clear error.

        The transaction is rolled back first, so nothing is half-written.
        """
        try:
            with dbmod.transaction(self.conn) as c:
                yield c
        except sqlite3.Error as e:
            from audit.store.recovery import as_store_error
            raise as_store_error(e, self.path) from e

    # ---- sealing ---------------------------------------------------------------------------
    def seal(self, value: str | None) -> bytes | None:
        return self.cipher.seal(value) if value is not None else None

    def seal_json(self, value: Any) -> bytes:
        sealed = self.cipher.seal(orjson.dumps(value, default=str))
        assert sealed is not None
        return sealed

    def open_text(self, blob: bytes | None) -> str | None:
        return self.cipher.open(blob) if blob is not None else None

    def open_json(self, blob: bytes | None) -> Any:
        raw = self.cipher.open_bytes(blob) if blob is not None else None
        return orjson.loads(raw) if raw is not None else None

    # ---- crash recovery ------------------------------------------------------------------
    def discard_unfinished(self) -> list[int]:
        """Drop imports that died half-way (their process is gone); returns their run ids."""
        rows = self.conn.execute("SELECT id, pid FROM runs WHERE status != 'complete'").fetchall()
        dead = [rid for rid, pid in rows if not _process_alive(pid)]
        for rid in dead:
            self.delete_run(rid)
            log.warning("discarded an unfinished import (run %d)", rid)
        return dead

    def delete_run(self, run_id: int) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM items WHERE source_id IN (SELECT id FROM sources WHERE run_id=?)", (run_id,))
            c.execute("UPDATE findings SET verify=NULL, verified_by=NULL WHERE verified_by=?", (run_id,))
            c.execute("UPDATE sources SET compared_with=NULL WHERE compared_with IN "
                      "(SELECT id FROM sources WHERE run_id=?)", (run_id,))
            c.execute("DELETE FROM findings WHERE run_id=?", (run_id,))
            c.execute("DELETE FROM sources WHERE run_id=?", (run_id,))
            c.execute("DELETE FROM batches WHERE run_id=?", (run_id,))
            c.execute("DELETE FROM runs WHERE id=?", (run_id,))

    # ---- runs and sources ----------------------------------------------------------------
    def runs(self, complete_only: bool = True) -> list[RunInfo]:
        q = "SELECT * FROM runs" + (" WHERE status='complete'" if complete_only else "") + " ORDER BY id"
        return [self._run(r) for r in self.db.query(q)]

    def run(self, run_id: int) -> RunInfo:
        rows = list(self.db.query("SELECT * FROM runs WHERE id=?", [run_id]))
        if not rows:
            raise StoreError("store.no_such_run", run=run_id)
        return self._run(rows[0])

    def latest_run(self) -> RunInfo | None:
        rows = list(self.db.query("SELECT * FROM runs WHERE status='complete' ORDER BY id DESC LIMIT 1"))
        return self._run(rows[0]) if rows else None

    def _run(self, r: dict[str, Any]) -> RunInfo:
        return RunInfo(r["id"], parse_iso(r["started"]), parse_iso(r["finished"]), r["status"],
                       r["items_total"], r["findings_total"], r["manual_check"],
                       json.loads(r["rulesets"] or "[]"), r["timezone"], self.open_json(r["problems"]) or [])

    def sources(self, run_id: int) -> list[SourceInfo]:
        out = []
        for r in self.db.query("SELECT * FROM sources WHERE run_id=? ORDER BY id", [run_id]):
            out.append(SourceInfo(
                r["id"], r["run_id"], r["status"], self.open_text(r["name"]) or "", r["platform"],
                r["generation"], r["fmt"], r["items_total"], r["findings_total"], r["date_min"],
                r["date_max"], r["unknown_date"], r["files_read"], r["files_skipped"],
                self.open_json(r["coverage"]), r["compared_with"]))
        return out

    # ---- findings --------------------------------------------------------------------------
    def findings(self, run_id: int, *, platform: str | None = None,
                 ids: Sequence[int] | None = None, content: bool = True) -> list[StoredFinding]:
        q = f"SELECT {_FINDING_COLS} FROM findings WHERE run_id=?"
        args: list[Any] = [run_id]
        if platform:
            q += " AND platform=?"
            args.append(platform)
        if ids is not None:
            out: list[StoredFinding] = []
            for chunk in _chunks(list(ids), 500):
                qq = q + f" AND id IN ({','.join('?' * len(chunk))}) ORDER BY id"
                out.extend(self._finding(r, content) for r in self.conn.execute(qq, args + chunk))
            return out
        return [self._finding(r, content) for r in self.conn.execute(q + " ORDER BY id", args)]

    def iter_findings(self, run_id: int) -> Iterator[StoredFinding]:
        """The run's findings with content, decrypted one at a time (for a caller that keeps
        only what it builds from each: a list of 78,000 decrypted payloads took ~550 MB)."""
        cur = self.conn.execute(f"SELECT {_FINDING_COLS} FROM findings WHERE run_id=? ORDER BY id", (run_id,))
        while True:
            rows = cur.fetchmany(500)
            if not rows:
                return
            for r in rows:
                yield self._finding(r, True)

    def finding(self, finding_id: int) -> StoredFinding:
        r = self.conn.execute(f"SELECT {_FINDING_COLS} FROM findings WHERE id=?", (finding_id,)).fetchone()
        if r is None:
            raise StoreError("store.no_such_finding", id=finding_id)
        return self._finding(r, True)

    def _finding(self, r: Sequence[Any], content: bool) -> StoredFinding:
        ts = datetime.fromtimestamp(r[5], timezone.utc) if r[5] is not None else None
        return StoredFinding(
            r[0], r[1], r[2], r[3], r[4], ts, r[6] or "", r[7] or "", r[8] or "review", r[9], r[10],
            self.open_text(r[11]), r[12], r[13], r[14], r[15], r[16], r[17], r[18], r[19],
            self._share_repeats(self.open_json(r[20])) if content else {})

    def _share_repeats(self, c: Any) -> Any:
        """One object for what thousands of payloads repeat word for word.

        Each finding's payload carries its own copy of the sanction texts (both languages)
        and of its file's path; decrypted side by side, a 78,000-finding audit held them
        78,000 times. Shared copies are never modified (findings are read-only once stored).
        """
        if not isinstance(c, dict):
            return c
        memo = self._shared
        if len(memo) > 4096:  # bounded: an audit has a handful of sanctions and files
            memo.clear()
        s = c.get("sanction")
        if isinstance(s, dict):
            try:
                c["sanction"] = memo.setdefault(("sanction", *sorted(s.items())), s)
            except TypeError:  # an unhashable value: this payload keeps its own copy
                pass
        item = c.get("item")
        src = item.get("source") if isinstance(item, dict) else None
        if isinstance(src, dict) and isinstance(src.get("file"), str):
            src["file"] = memo.setdefault(("file", src["file"]), src["file"])
        return c

    def state_counts(self, run_id: int) -> dict[str, dict[str, int]]:
        """{platform: {state: n}} straight from the structure columns (no decryption)."""
        out: dict[str, dict[str, int]] = {}
        for plat, state, n in self.conn.execute(
                "SELECT platform, state, COUNT(*) FROM findings WHERE run_id=? GROUP BY platform, state",
                (run_id,)):
            out.setdefault(plat, {s: 0 for s in STATES})[state] = n
        return out

    def verified_gone(self, run_id: int) -> list[StoredFinding]:
        """Findings of earlier archives that this run's archives prove gone."""
        rows = self.conn.execute(f"SELECT {_FINDING_COLS} FROM findings WHERE verified_by=? AND verify=? "
                                 "AND run_id != ? ORDER BY id", (run_id, GONE, run_id))
        return [self._finding(r, True) for r in rows]

    # ---- checklist edits (journaled) ------------------------------------------------------
    def set_state(self, run_id: int, ids: Iterable[int], state: str, reason_code: str | None = None,
                  reason: str | None = None, *, decided_by: int | None = None,
                  decision_id: int | None = None) -> int:
        """Change the state of findings as one undoable step; committed before returning."""
        if state not in STATES:
            raise ValueError(f"unknown state {state!r}")
        with self.transaction() as c:
            batch = self._new_batch(c, run_id, now_iso(), decision_id)
            self._apply(c, batch, ids, state, reason_code, reason, decided_by)
        return batch

    def _apply(self, c: sqlite3.Connection, batch: int, ids: Iterable[int], state: str,
               reason_code: str | None, reason: str | None, decided_by: int | None) -> None:
        """Journal then change; runs inside the caller's transaction."""
        id_list = sorted(set(int(i) for i in ids))
        if state == TODO:
            reason_code, reason, decided_by = None, None, None
        sealed = self.seal(reason) if reason else None
        at = now_iso()
        c.executemany(
            "INSERT INTO journal SELECT ?, id, state, reason_code, reason, decided_by, state_at, "
            "?, ?, ?, ?, ? FROM findings WHERE id=?",
            [(batch, state, reason_code, sealed, decided_by, at, i) for i in id_list])
        c.executemany("UPDATE findings SET state=?, reason_code=?, reason=?, decided_by=?, state_at=? "
                      "WHERE id=?", [(state, reason_code, sealed, decided_by, at, i) for i in id_list])

    def _new_batch(self, c: sqlite3.Connection, run_id: int, at: str, decision_id: int | None) -> int:
        # A new edit forgets what could have been redone, as every editor does.
        c.execute("DELETE FROM batches WHERE run_id=? AND undone=1", (run_id,))
        cur = c.execute("INSERT INTO batches (run_id, at, decision_id) VALUES (?, ?, ?)",
                        (run_id, at, decision_id))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def can_undo(self, run_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM batches WHERE run_id=? AND undone=0 LIMIT 1",
                                 (run_id,)).fetchone() is not None

    def can_redo(self, run_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM batches WHERE run_id=? AND undone=1 LIMIT 1",
                                 (run_id,)).fetchone() is not None

    def undo(self, run_id: int) -> list[int]:
        """Undo the last edit of this run's checklist; returns the finding ids it touched."""
        return self._replay(run_id, undo=True)

    def redo(self, run_id: int) -> list[int]:
        return self._replay(run_id, undo=False)

    def _replay(self, run_id: int, undo: bool) -> list[int]:
        with self.transaction() as c:
            row = c.execute("SELECT id, decision_id FROM batches WHERE run_id=? AND undone=? ORDER BY id "
                            + ("DESC" if undo else "ASC") + " LIMIT 1", (run_id, 0 if undo else 1)).fetchone()
            if row is None:
                return []
            batch, decision_id = row
            side = "old" if undo else "new"
            c.execute(f"UPDATE findings SET state=j.{side}_state, reason_code=j.{side}_reason_code, "
                      f"reason=j.{side}_reason, decided_by=j.{side}_decided_by, state_at=j.{side}_at "
                      "FROM journal AS j WHERE j.batch_id=? AND findings.id=j.finding_id", (batch,))
            if decision_id is not None:
                c.execute("UPDATE decisions SET revoked=? WHERE id=?", (now_iso() if undo else None, decision_id))
            c.execute("UPDATE batches SET undone=? WHERE id=?", (1 if undo else 0, batch))
            return [r[0] for r in c.execute("SELECT finding_id FROM journal WHERE batch_id=?", (batch,))]


def _chunks(seq: list[Any], n: int) -> Iterable[list[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _process_alive(pid: int | None) -> bool:
    if not pid:
        return False
    if pid == os.getpid():
        # Our own import still running on another connection of this process.
        return True
    if os.name != "posix":
        # One instance only on Windows (the GUI enforces it): another pid is a dead one.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
