"""A damaged store is detected at start, kept aside (never overwritten), and can be restored from
the last good backup or started afresh; a read-only folder or a full disk is a clear message
with nothing half-written."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from audit.errors import StoreError
from audit.security.cipher import Cipher
from audit.store import recovery
from audit.store.store import Store


def make_store(path: Path, cipher: Cipher, n_runs: int = 1) -> list[int]:
    """A store holding real findings: the demo archive scanned into it."""
    from audit.demo import demo_archive_path
    from audit.pipeline import scan
    from audit.store.sink import StoreSink
    paths = sorted(str(p) for p in demo_archive_path().iterdir() if p.suffix in (".zip", ".txt"))
    runs = []
    with Store.open(path, cipher=cipher) as st:
        for _ in range(n_runs):
            sink = StoreSink(st)
            runs.append(sink.finish(scan(paths, sink=sink)))
    return runs


def checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncate":
        data = data[: len(data) // 3]
    elif how == "header":
        data[:16] = b"garbage garbage!"
    elif how == "pages":
        # Overwrite the middle pages (b-tree pages of the findings): header intact, content not.
        for i in range(4096 * 2, min(len(data), 4096 * 12), 7):
            data[i] = 0xA5
    elif how == "zeros":
        data = bytearray(len(data))
    path.write_bytes(bytes(data))


@pytest.fixture
def store(tmp_path):
    cipher = Cipher(Cipher.new_key())
    path = tmp_path / "data" / "jejak-netral.db"
    runs = make_store(path, cipher)
    checkpoint(path)
    return path, cipher, runs


def test_a_healthy_store_is_ok_and_a_missing_one_is_not_an_error(store, tmp_path):
    path, _, _ = store
    assert recovery.check_store(path).status == recovery.OK
    h = recovery.check_store(tmp_path / "other" / "jejak-netral.db")
    assert h.status == recovery.MISSING and h.ok


@pytest.mark.parametrize("how", ["truncate", "header", "pages", "zeros"])
def test_damage_is_detected_and_the_damaged_file_is_never_changed(store, how):
    path, cipher, _ = store
    good = recovery.make_backup(path)
    assert good is not None
    damage(path, how)
    before = path.read_bytes()
    health = recovery.check_store(path)
    assert health.status == recovery.CORRUPT and not health.ok, health
    assert health.backups and health.backups[0] == good
    assert str(path) in health.message("id") and "rusak" in health.message("id")
    assert "damaged" in health.message("en")
    assert path.read_bytes() == before  # checking never writes


def test_restore_keeps_the_damaged_copy_and_brings_back_the_findings(store):
    path, cipher, runs = store
    with Store.open(path, cipher=cipher) as st:
        n = len(st.findings(runs[0]))
        st.set_state(runs[0], [st.findings(runs[0])[0].id], "done")
    checkpoint(path)
    backup = recovery.make_backup(path)
    damage(path, "pages")
    damaged = path.read_bytes()
    health = recovery.check_store(path)
    kept = recovery.restore_backup(path, health.backups[0])
    assert kept != path and kept.read_bytes() == damaged  # the damaged file is kept, byte for byte
    assert recovery.check_store(path).status == recovery.OK
    with Store.open(path, cipher=cipher) as st:
        fs = st.findings(runs[0])
        assert len(fs) == n and fs[0].state == "done"
    assert backup is not None and backup.exists()


def test_start_over_keeps_the_damaged_copy_and_opens_empty(store):
    path, cipher, _ = store
    damage(path, "header")
    damaged = path.read_bytes()
    kept = recovery.start_over(path)
    assert kept is not None and kept.read_bytes() == damaged
    assert recovery.check_store(path).status == recovery.MISSING
    with Store.open(path, cipher=cipher) as st:
        assert st.runs() == []
    # A second damage and start-over never overwrites the first kept copy.
    damage(path, "header")
    kept2 = recovery.start_over(path)
    assert kept2 != kept and kept.read_bytes() == damaged


def test_a_damaged_backup_is_not_offered_nor_restored(store):
    path, _, _ = store
    bak = recovery.make_backup(path)
    assert bak is not None
    damage(bak, "zeros")
    damage(path, "truncate")
    assert recovery.check_store(path).backups == []
    with pytest.raises(StoreError) as e:
        recovery.restore_backup(path, bak)
    assert e.value.code == "store.recovery.bad_backup"


def test_good_backups_are_rotated(store):
    path, _, _ = store
    made = [recovery.make_backup(path) for _ in range(5)]
    left = sorted(path.parent.glob("*.good-*.bak.db"))
    assert len(left) == recovery.KEEP_GOOD_BACKUPS and set(left) <= set(made)


def test_opening_a_damaged_store_raises_a_typed_error_not_a_traceback(store):
    path, cipher, _ = store
    damage(path, "header")
    with pytest.raises(StoreError):
        Store.open(path, cipher=cipher)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_is_reported_without_writing(store):
    path, _, _ = store
    os.chmod(path.parent, 0o500)
    try:
        h = recovery.check_store(path)
        assert h.status == recovery.READ_ONLY and not h.ok
        assert "tidak bisa ditulisi" in h.message("id")
    finally:
        os.chmod(path.parent, 0o700)


def test_read_only_store_file_is_reported(store):
    path, _, _ = store
    os.chmod(path, 0o400)
    try:
        h = recovery.check_store(path)
        if os.geteuid() != 0:
            assert h.status == recovery.READ_ONLY
        else:  # root can write anyway: then the store must still be healthy
            assert h.status == recovery.OK
    finally:
        os.chmod(path, 0o600)


def test_a_failing_write_rolls_back_the_whole_change(store, monkeypatch):
    """Disk full (SQLITE_FULL) in the middle of a checklist change: nothing half-written."""
    path, cipher, runs = store
    with Store.open(path, cipher=cipher) as st:
        ids = [f.id for f in st.findings(runs[0], content=False)][:6]
        before = [f.state for f in st.findings(runs[0], ids=ids, content=False)]
        # max_page_count is how SQLite itself reports a full disk: "database or disk is full".
        pages = st.conn.execute("PRAGMA page_count").fetchone()[0]
        st.conn.execute(f"PRAGMA max_page_count={pages}")
        big = "x" * 200_000
        could_undo = st.can_undo(runs[0])
        # The store itself turns SQLite's error into the typed, translated one.
        with pytest.raises(StoreError) as e:
            st.set_state(runs[0], ids, "not_applicable", "other", big)
        err = e.value
        assert isinstance(err.__cause__, sqlite3.OperationalError) and "full" in str(err.__cause__)
        assert err.code == "store.recovery.disk_full" and "penuh" in err.message("id")
        after = [f.state for f in st.findings(runs[0], ids=ids, content=False)]
        assert after == before
        assert not st.conn.in_transaction
        assert st.can_undo(runs[0]) == could_undo  # no journal batch left behind either
    assert recovery.check_store(path).status == recovery.OK


def test_sqlite_errors_map_to_clear_messages(tmp_path):
    p = tmp_path / "x.db"
    assert recovery.as_store_error(sqlite3.OperationalError("attempt to write a readonly database"), p).code \
        == "store.recovery.read_only"
    assert recovery.as_store_error(sqlite3.DatabaseError("database disk image is malformed"), p).code \
        == "store.recovery.corrupt"
    assert recovery.as_store_error(OSError(28, "No space left on device"), p).code == "store.recovery.disk_full"
