"""A process killed (SIGKILL) mid-write leaves a store that opens, is consistent, and
keeps every checklist change the user saw as saved. Real subprocesses, real kills."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from audit.checklist import Checklist
from audit.model import Kind, Target
from audit.security.cipher import Cipher
from audit.store.store import Store
from test_store_fixtures import Src, import_run, item

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")

ROOT = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent("""
    import sys
    sys.path[:0] = [{root!r}, {tests!r}]
    from audit.model import Kind, Target
    from audit.security.cipher import Cipher
    from audit.store.store import Store
    from audit.store.sink import BATCH, StoreSink
    from audit.checklist import Checklist
    from audit import decisions
    from test_store_fixtures import Src, finding, item
    from audit.coverage import Coverage
    from audit.pipeline import SourceResult

    path, key, mode = sys.argv[1], bytes.fromhex(sys.argv[2]), sys.argv[3]
    st = Store.open(path, cipher=Cipher(key))
    if mode == "import":
        sink = StoreSink(st)
        src = SourceResult("x-big.zip", ["x-big.zip"], "x", "test", "json", Coverage("x"))
        sink.begin_source(src, None)
        i = 0
        while True:
            it = item("x", Kind.LIKE, 1 + i % 28, target=Target(handle=f"akun{{i % 300}}"), index=i,
                      text=f"teks {{i}}")
            sink.add(it, [finding(it)] if i % 7 == 0 else [])
            i += 1
            if i % BATCH == 0:
                print("batch", i, flush=True)
    else:
        run = st.latest_run().id
        cl = Checklist(st, run)
        ids = [f.id for f in cl.findings]
        for n, fid in enumerate(ids):
            if n % 10 == 9:
                d = decisions.remember_not_partisan(st, run, fid, scope=decisions.ITEM, reason_code="official_duty")
                print("decided", fid, d.id, flush=True)
            else:
                cl.set_state([fid], "done" if n % 3 else "cannot", None if n % 3 else "no_access")
                print("saved", fid, flush=True)
        print("finished", flush=True)
        import time
        time.sleep(60)
""")


def _spawn(tmp_path: Path, path: Path, key: bytes, mode: str) -> subprocess.Popen[str]:
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(root=str(ROOT), tests=str(ROOT / "tests")))
    return subprocess.Popen([sys.executable, str(script), str(path), key.hex(), mode],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _integrity(st: Store) -> None:
    assert st.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert st.conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("batches_before_kill", [1, 3])
def test_kill_during_import_discards_the_half_import_and_keeps_the_rest(tmp_path, batches_before_kill):
    key = Cipher.new_key()
    path = tmp_path / "s.db"
    with Store.open(path, cipher=Cipher(key)) as st:
        fb = Src("facebook", "fb.zip")
        fb.add(item("facebook", Kind.LIKE, 3, text="sebelumnya"))
        kept = import_run(st, [fb])
    child = _spawn(tmp_path, path, key, "import")
    assert child.stdout is not None
    seen = 0
    for line in child.stdout:
        if line.startswith("batch"):
            seen += 1
            if seen >= batches_before_kill:
                break
    assert seen >= batches_before_kill, child.stderr.read() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=20)
    assert child.returncode == -signal.SIGKILL
    with Store.open(path, cipher=Cipher(key)) as st:
        _integrity(st)
        assert [r.id for r in st.runs(complete_only=False)] == [kept]
        assert st.conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 1
        assert st.conn.execute("SELECT COUNT(*) FROM findings").fetchone()[0] == 1
        assert st.findings(kept)[0].text == "sebelumnya"


@pytest.mark.parametrize("kill_after", [7, 23])
def test_kill_during_checklist_edits_loses_nothing_the_user_saw_saved(tmp_path, kill_after):
    key = Cipher.new_key()
    path = tmp_path / "s.db"
    with Store.open(path, cipher=Cipher(key)) as st:
        src = Src("instagram", "ig.zip")
        for i in range(60):
            src.add(item("instagram", Kind.LIKE, 1 + i % 28, target=Target(handle=f"akun{i}"), index=i))
        run = import_run(st, [src])
    child = _spawn(tmp_path, path, key, "edit")
    assert child.stdout is not None
    saved: dict[int, str] = {}
    decided: dict[int, int] = {}
    lines = 0
    for line in child.stdout:
        parts = line.split()
        if parts[0] == "saved":
            saved[int(parts[1])] = "x"
        elif parts[0] == "decided":
            decided[int(parts[1])] = int(parts[2])
        lines += 1
        if lines >= kill_after:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=20)
    with Store.open(path, cipher=Cipher(key)) as st:
        _integrity(st)
        by_id = {f.id: f for f in st.findings(run)}
        for fid in saved:
            assert by_id[fid].state in ("done", "cannot"), fid
        for fid, did in decided.items():
            assert by_id[fid].state == "not_applicable" and by_id[fid].decided_by == did
        active = {d[0] for d in st.conn.execute("SELECT id FROM decisions WHERE revoked IS NULL")}
        assert set(decided.values()) <= active
        # Every journaled step is whole: a batch never lacks its journal rows.
        assert st.conn.execute("SELECT COUNT(*) FROM batches b WHERE NOT EXISTS "
                               "(SELECT 1 FROM journal j WHERE j.batch_id=b.id)").fetchone()[0] == 0
        # The store is still usable: undo works on what survived.
        cl = Checklist(st, run)
        assert cl.can_undo() and cl.undo()
