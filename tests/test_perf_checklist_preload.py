"""Findings read on the worker thread give the checklist the GUI thread would have read itself."""

from __future__ import annotations

from audit.checklist import Checklist
from audit.demo import demo_archive_path
from audit.security.cipher import Cipher
from audit.store.sink import scan_into_store
from audit.store.store import Store
from desktop.session import read_findings


def test_preloaded_findings_make_the_same_checklist(tmp_path):
    store = Store.open(tmp_path / "s.db", cipher=Cipher(Cipher.new_key()))
    run_id, _result = scan_into_store(store, [demo_archive_path()])
    pre = read_findings(store, run_id)
    assert pre
    a = Checklist(store, run_id)
    b = Checklist(store, run_id, pre)
    assert [f.id for f in a.findings] == [f.id for f in b.findings]
    assert [(t.title("id"), [f.id for f in t.findings]) for t in a.tasks] == \
        [(t.title("id"), [f.id for f in t.findings]) for t in b.tasks]
    # Later edits go through the store as before.
    first = b.findings[0].id
    b.set_state([first], "done")
    assert Checklist(store, run_id)._by_id[first].state == "done"
    store.close()
