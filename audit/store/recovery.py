"""A damaged, unreadable or read-only store: detect it at start, keep the damaged file, offer a way out.

The GUI/CLI call ``check_store(path)`` before ``Store.open``. When the
health is not OK they show ``health.message(lang)`` and offer, depending on
``health.status``:

* ``corrupt``  -> ``restore_backup(path, health.backups[0])`` (the newest good
  backup) or ``start_over(path)``; both first ``quarantine`` the damaged file
  (a copy next to it, never overwritten, never deleted by the app);
* ``read_only`` / ``unwritable`` -> nothing to repair: say where the data
  folder is and that it must be writable (or pick another data folder).

``make_backup(path)`` keeps a "last good" copy (the app calls it after a
successful open, at most once a day); ``db.migrate`` also leaves copies.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from audit.errors import StoreError

OK, MISSING, CORRUPT, UNREADABLE, READ_ONLY = "ok", "missing", "corrupt", "unreadable", "read_only"
SQLITE_MAGIC = b"SQLite format 3\x00"
KEEP_GOOD_BACKUPS = 3
_SIDE = ("-wal", "-shm", "-journal")


@dataclass
class StoreHealth:
    path: Path
    status: str                              # ok | missing | corrupt | unreadable | read_only
    detail: str = ""                         # sqlite's own words, for the log
    backups: list[Path] = field(default_factory=list)   # good backups, newest first

    @property
    def ok(self) -> bool:
        return self.status in (OK, MISSING)

    @property
    def code(self) -> str:
        return f"store.recovery.{self.status}"

    def message(self, lang: str = "id") -> str:
        from audit.i18n import tr
        return tr(self.code, lang, path=str(self.path), backups=len(self.backups))


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")


def quick_check(path: Path) -> tuple[bool, str]:
    """(healthy, detail) for one database file, opened read-only (nothing is written to it)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as e:
        return False, f"unreadable: {e.strerror or e}"
    if head != SQLITE_MAGIC:
        return False, "not an SQLite database (header)"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error as e:
        return False, str(e)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.DatabaseError as e:
        return False, str(e)
    finally:
        conn.close()
    if rows != [("ok",)]:
        return False, "; ".join(str(r[0]) for r in rows[:5])
    return True, "ok"


def list_backups(path: Path) -> list[Path]:
    """Good backups of the store at ``path`` (migration copies and "last good" copies), newest first."""
    cands = [p for p in path.parent.glob(f"{path.stem}.*.bak{path.suffix}") if p.is_file()]
    cands.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return [p for p in cands if quick_check(p)[0]]


def folder_writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
        return True
    except OSError:
        return False


def check_store(path: str | os.PathLike[str]) -> StoreHealth:
    """What state the store is in, before opening it. Never changes anything."""
    p = Path(path)
    if not folder_writable(p.parent):
        return StoreHealth(p, READ_ONLY, "folder not writable")
    if not p.exists():
        return StoreHealth(p, MISSING)
    if not os.access(p, os.W_OK):
        return StoreHealth(p, READ_ONLY, "file not writable")
    if p.stat().st_size == 0:
        return StoreHealth(p, MISSING, "empty file")  # created, never written: nothing to lose
    good, detail = quick_check(p)
    if good:
        return StoreHealth(p, OK, detail)
    status = UNREADABLE if detail.startswith("unreadable") else CORRUPT
    return StoreHealth(p, status, detail, list_backups(p))


def quarantine(path: str | os.PathLike[str]) -> Path:
    """Copy the damaged store (and its -wal/-shm) aside; returns the copy. The original is untouched."""
    p = Path(path)
    dest = p.with_name(f"{p.stem}.damaged-{_stamp()}{p.suffix}")
    try:
        shutil.copy2(p, dest)
        for side in _SIDE:
            sp = Path(str(p) + side)
            if sp.exists():
                shutil.copy2(sp, Path(str(dest) + side))
    except OSError as e:
        raise StoreError("store.recovery.cannot_keep_copy", path=str(p), reason=e.strerror or str(e)) from e
    return dest


def _remove_store_files(p: Path) -> None:
    for f in [p, *(Path(str(p) + s) for s in _SIDE)]:
        try:
            f.unlink()
        except FileNotFoundError:
            pass


def restore_backup(path: str | os.PathLike[str], backup: str | os.PathLike[str]) -> Path:
    """Keep a copy of the damaged store, then put ``backup`` in its place. Returns the kept copy."""
    p, b = Path(path), Path(backup)
    good, detail = quick_check(b)
    if not good:
        raise StoreError("store.recovery.bad_backup", path=str(b), reason=detail)
    kept = quarantine(p) if p.exists() else p
    tmp = p.with_name(p.name + ".restoring")
    try:
        shutil.copy2(b, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _remove_store_files(p)          # the damaged -wal must not be replayed over the backup
        os.replace(tmp, p)              # atomic: the store is the damaged one or the backup, never half
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise StoreError("store.recovery.failed", path=str(p), reason=e.strerror or str(e)) from e
    return kept


def start_over(path: str | os.PathLike[str]) -> Path | None:
    """Keep a copy of the damaged store, then remove it so that the next open starts empty."""
    p = Path(path)
    kept = quarantine(p) if p.exists() else None
    _remove_store_files(p)
    return kept


def make_backup(path: str | os.PathLike[str], keep: int = KEEP_GOOD_BACKUPS) -> Path | None:
    """A consistent "last good" copy of a healthy store (SQLite backup API); None if it is not healthy."""
    p = Path(path)
    if not p.exists() or not quick_check(p)[0]:
        return None
    dest = p.with_name(f"{p.stem}.good-{_stamp()}.bak{p.suffix}")
    src = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(dest))
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as e:
        dest.unlink(missing_ok=True)
        raise StoreError("store.recovery.failed", path=str(dest), reason=str(e)) from e
    finally:
        src.close()
    olds = sorted(p.parent.glob(f"{p.stem}.good-*.bak{p.suffix}"), key=lambda q: q.name, reverse=True)
    for old in olds[keep:]:
        old.unlink(missing_ok=True)
    return dest


def as_store_error(e: BaseException, path: str | os.PathLike[str]) -> StoreError:
    """The typed error for a failed write: full disk, read-only file/folder, damaged file.

    ``Store`` lets ``sqlite3`` errors out of a failed transaction (already rolled
    back, so nothing is half-written); the GUI/CLI wrap them with this to show a
    clear message instead of a traceback.
    """
    if isinstance(e, StoreError):
        return e
    text = str(e).lower()
    if "full" in text or getattr(e, "errno", None) == 28:   # SQLITE_FULL / ENOSPC
        code = "store.recovery.disk_full"
    elif "readonly" in text or "read-only" in text or isinstance(e, PermissionError):
        code = "store.recovery.read_only"
    elif "malformed" in text or "not a database" in text or "corrupt" in text:
        code = "store.recovery.corrupt"
    else:
        return StoreError("store.cannot_open", path=str(path), reason=str(e)[:200])
    err = StoreError(code, path=str(path), backups=0)
    err.__cause__ = e
    return err
