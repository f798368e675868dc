"""Connection factory: WAL, durable commits, numbered migrations with a backup first.

Each thread opens its own connection (sqlite3 refuses to share one). The
connection is in autocommit mode; writers open explicit transactions with
``transaction()`` so that a crash at any point leaves either the whole batch
or none of it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from audit.errors import StoreError
from audit.store.schema import CURRENT_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

DB_NAME = "jejak-netral.db"


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path`` with the store's settings."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() and os.name == "posix":
        # Private from the first byte: the file holds sealed content but also dates and counts.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0)
    except sqlite3.Error as e:
        raise StoreError("store.cannot_open", path=str(path), reason=str(e)) from e
    try:
        conn.execute("PRAGMA journal_mode=WAL").fetchone()
        # FULL: a checklist change the user saw as saved survives a power cut, not just a crash.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.DatabaseError as e:
        conn.close()
        raise StoreError("store.corrupt", path=str(path)) from e
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the live database (WAL included) next to it before changing its schema."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    dest = path.with_name(f"{path.stem}.v{version}-{stamp}.bak{path.suffix}")
    n = 1
    while dest.exists():
        dest = path.with_name(f"{path.stem}.v{version}-{stamp}-{n}.bak{path.suffix}")
        n += 1
    target = sqlite3.connect(str(dest))
    try:
        conn.backup(target)
    finally:
        target.close()
    return dest


def migrate(conn: sqlite3.Connection, path: Path | None, target: int = CURRENT_VERSION) -> Path | None:
    """Bring the schema up to ``target``; returns the backup made first (None for a new file)."""
    current = schema_version(conn)
    if current > CURRENT_VERSION:
        raise StoreError("store.too_new", version=current, supported=CURRENT_VERSION)
    if current >= target:
        return None
    saved = backup(conn, path, current) if (current > 0 and path is not None) else None
    for version, sql in MIGRATIONS:
        if current < version <= target:
            try:
                # DDL is transactional in SQLite: each step lands whole or not at all.
                conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;")
            except sqlite3.Error as e:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise StoreError("store.migration_failed", version=version, reason=str(e)) from e
            log.info("store schema migrated to version %d", version)
    return saved


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
