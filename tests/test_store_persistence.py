"""The store keeps states and decisions across restarts, seals content, and migrates safely."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from audit import decisions
from audit.checklist import Checklist
from audit.errors import StoreError
from audit.model import Kind, Target
from audit.security.cipher import Cipher
from audit.store import db as dbmod
from audit.store.schema import CURRENT_VERSION, MIGRATIONS
from audit.store.store import Store
from test_store_fixtures import Src, import_run, item, new_store

SECRET_TEXT = "Coblos nomor satu rahasia"
PAGE = "Relawan Rahasia Kota"


def _sample(store: Store) -> int:
    fb = Src("facebook", "facebook-budi.zip", owner="budi.contoh")
    page = Target(name=PAGE, url="https://www.facebook.com/RelawanRahasia/", type="page")
    for d in range(1, 6):
        fb.add(item("facebook", Kind.LIKE, d, target=page, index=d))
    fb.add(item("facebook", Kind.POST, 7, text=SECRET_TEXT, index=7), category="post_campaign", severity="high")
    fb.add(item("facebook", Kind.LIKE, 8, target=Target(name="Resep Nusantara"), index=8), flagged=False)
    return import_run(store, [fb])


def test_states_and_decisions_survive_a_restart(tmp_path):
    key = Cipher.new_key()
    path = tmp_path / "s.db"
    with Store.open(path, cipher=Cipher(key)) as st:
        run = _sample(st)
        cl = Checklist(st, run)
        likes = [f.id for f in cl.findings if f.kind == "like"]
        post = next(f.id for f in cl.findings if f.kind == "post")
        cl.set_state(likes[:2], "done")
        cl.set_state([post], "cannot", "other", "akun lama, sandi hilang")
        d = decisions.remember_not_partisan(st, run, likes[2], scope=decisions.ITEM, reason_code="official_duty")
    with Store.open(path, cipher=Cipher(key)) as st:
        assert [r.id for r in st.runs()] == [run]
        states = {f.id: f for f in st.findings(run)}
        assert [states[i].state for i in likes] == ["done", "done", "not_applicable", "todo", "todo"]
        assert states[post].state == "cannot" and states[post].reason == "akun lama, sandi hilang"
        assert states[likes[2]].decided_by == d.id and states[likes[2]].reason_code == "official_duty"
        assert states[post].text == SECRET_TEXT and states[likes[0]].target_label == PAGE
        assert [x.id for x in decisions.list_decisions(st)] == [d.id]
        # Undo history survives too: the last step (the decision) is undone after the restart.
        assert Checklist(st, run).undo()
        assert st.finding(likes[2]).state == "todo"
        assert decisions.list_decisions(st) == []


def test_content_is_never_in_clear_on_disk(tmp_path):
    path = tmp_path / "s.db"
    st = new_store(path)
    run = _sample(st)
    cl = Checklist(st, run)
    cl.set_state([cl.findings[0].id], "not_applicable", "other", "alasan pribadi sekali")
    decisions.remember_not_partisan(st, run, cl.findings[1].id, scope=decisions.TARGET)
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("s.db"))
    st.close()
    for secret in (SECRET_TEXT, PAGE, "RelawanRahasia", "alasan pribadi", "facebook-budi", "budi.contoh",
                   "pemilu2024", "Menyukai halaman"):
        assert secret.encode() not in raw, secret
    # Structure stays readable without the key.
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT COUNT(*), MIN(platform) FROM findings WHERE run_id=?", (run,)).fetchone()
    assert row == (6, "facebook")
    conn.close()


def test_wrong_key_is_a_clear_error(tmp_path):
    path = tmp_path / "s.db"
    with new_store(path) as st:
        _sample(st)
    with pytest.raises(StoreError) as e:
        Store.open(path, cipher=Cipher(Cipher.new_key()))
    assert e.value.code == "store.decrypt_failed"


def test_reopening_loads_from_the_store_without_reimport(tmp_path):
    key = Cipher.new_key()
    with Store.open(tmp_path / "s.db", cipher=Cipher(key)) as st:
        run = _sample(st)
        before = [(f.id, f.finding_id, f.kind, f.ts) for f in st.findings(run)]
    with Store.open(tmp_path / "s.db", cipher=Cipher(key)) as st:
        assert [(f.id, f.finding_id, f.kind, f.ts) for f in st.findings(run)] == before
        assert st.run(run).items_total == 8   # 7 items + the profile item
        src = st.sources(run)[0]
        assert src.name == "facebook-budi.zip" and src.coverage is not None
        assert src.coverage["files_skipped"][0]["reason"] == "not_relevant"


def _v1_database(path) -> None:
    """A store as version 1 of the schema wrote it, with data in every table."""
    conn = dbmod.connect(path)
    dbmod.migrate(conn, path, target=1)
    c = Cipher(KEY)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO runs (id, started, finished, status, items_total, findings_total) "
                 "VALUES (1, '2024-03-01T10:00:00Z', '2024-03-01T10:01:00Z', 'complete', 10, 2)")
    conn.execute("INSERT INTO sources (id, run_id, status, platform, items_total, name) VALUES "
                 "(1, 1, 'complete', 'x', 10, ?)", (c.seal("twitter-2024.zip"),))
    conn.execute("INSERT INTO items (source_id, fp) VALUES (1, x'00112233445566778899aabbccddeeff')")
    for fid, state in ((1, "done"), (2, "not_applicable")):
        conn.execute("INSERT INTO findings (id, run_id, source_id, fkey, item_fp, platform, kind, ts, category, "
                     "severity, action, state, reason_code, payload) VALUES (?, 1, 1, ?, ?, 'x', 'like', 1704100000, "
                     "'like_campaign', 'low', 'unlike', ?, ?, ?)",
                     (fid, bytes([fid]) * 16, bytes([fid]) * 16, state,
                      "official_duty" if state != "done" else None, c.seal('{"id": "f%d", "item": {}}' % fid)))
    conn.execute("INSERT INTO decisions (id, scope, platform, decision, reason_code, label, created) "
                 "VALUES (1, 'target', 'x', 'not_partisan', 'official_duty', ?, '2024-03-01T10:02:00Z')",
                 (c.seal("Akun Dinas"),))
    conn.execute("INSERT INTO decision_keys VALUES (1, x'ff')")
    conn.execute("INSERT INTO batches (id, run_id, at) VALUES (1, 1, '2024-03-01T10:03:00Z')")
    conn.execute("INSERT INTO journal (batch_id, finding_id, old_state, new_state) VALUES (1, 1, 'todo', 'done')")
    conn.execute("COMMIT")
    conn.close()


KEY = Cipher.new_key()


def test_migration_from_version_1_keeps_every_row_and_backs_up_first(tmp_path):
    path = tmp_path / "s.db"
    _v1_database(path)
    tables = ("runs", "sources", "items", "findings", "decisions", "decision_keys", "batches", "journal")
    conn = sqlite3.connect(path)
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    conn.close()
    with Store.open(path, cipher=Cipher(KEY)) as st:
        assert dbmod.schema_version(st.conn) == CURRENT_VERSION == 2
        bak = st.migrated_from_backup
        assert bak is not None and bak.exists() and ".v1-" in bak.name
        for t in tables:
            rows = st.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            assert [r[:len(before[t][0])] for r in rows] == before[t], t
        assert {f.id: f.state for f in st.findings(1)} == {1: "done", 2: "not_applicable"}
        assert st.sources(1)[0].name == "twitter-2024.zip"
        assert [d.label for d in decisions.list_decisions(st)] == ["Akun Dinas"]
        assert st.can_undo(1)
        cols = {c.name for c in st.db["findings"].columns}
        assert {"verify", "verified_by"} <= cols
    old = sqlite3.connect(bak)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT COUNT(*) FROM findings").fetchone()[0] == 2
    old.close()
    # Opening again: nothing left to migrate, no second backup.
    with Store.open(path, cipher=Cipher(KEY)) as st:
        assert st.migrated_from_backup is None


def test_every_migration_is_numbered_in_order():
    assert [v for v, _ in MIGRATIONS] == list(range(1, CURRENT_VERSION + 1))


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "s.db"
    new_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError) as e:
        new_store(path)
    assert e.value.code == "store.too_new"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION + 1
    conn.close()


def test_a_damaged_file_is_a_clear_error(tmp_path):
    path = tmp_path / "s.db"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError) as e:
        new_store(path)
    assert e.value.code == "store.corrupt"


def test_an_import_whose_process_died_is_discarded(tmp_path):
    key = Cipher.new_key()
    path = tmp_path / "s.db"
    with Store.open(path, cipher=Cipher(key)) as st:
        kept = _sample(st)
        done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
        dead_pid = int(done.stdout)
        st.conn.execute("INSERT INTO runs (id, started, status, pid) VALUES (99, '2024-01-01T00:00:00Z', "
                        "'importing', ?)", (dead_pid,))
        st.conn.execute("INSERT INTO sources (id, run_id, status, platform) VALUES (99, 99, 'importing', 'x')")
        st.conn.execute("INSERT INTO items VALUES (99, x'01')")
    with Store.open(path, cipher=Cipher(key)) as st:
        assert [r.id for r in st.runs(complete_only=False)] == [kept]
        assert st.conn.execute("SELECT COUNT(*) FROM items WHERE source_id=99").fetchone()[0] == 0


def test_default_path_is_in_the_data_folder(_isolated_data_and_language):
    with Store.open(cipher=Cipher(Cipher.new_key())) as st:
        assert st.path.parent == _isolated_data_and_language
        assert st.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
