"""A finished audit reopens from the store exactly as it was shown, without re-importing."""

from __future__ import annotations

from audit.demo import demo_archive_path
from audit.scan_json import scan_document
from audit.security.cipher import Cipher
from audit.store import Store
from audit.store.restore import load_result
from audit.store.sink import scan_into_store


def test_reopened_result_matches_the_scan(tmp_path):
    store = Store.open(tmp_path / "s.db", cipher=Cipher(Cipher.new_key()))
    run_id, live = scan_into_store(store, [demo_archive_path()], keep_findings=True)
    again = load_result(store, run_id, ruleset=live.ruleset)
    a = scan_document(live)
    b = scan_document(again)
    key = lambda f: f["id"]
    fa, fb = sorted(a["findings"], key=key), sorted(b["findings"], key=key)
    assert len(fa) == len(fb) > 0
    for x, y in zip(fa, fb):
        for field in ("id", "platform", "kind", "timestamp", "target", "url", "text", "rule", "category",
                      "severity", "entities", "evidence", "explanation", "action", "action_url", "phase"):
            assert x[field] == y[field], field
    assert [s["platform"] for s in a["sources"]] == [s["platform"] for s in b["sources"]]
    for sa, sb in zip(a["sources"], b["sources"]):
        assert sa["coverage"]["items_by_kind"] == sb["coverage"]["items_by_kind"]
        assert sa["coverage"]["files_skipped"] == sb["coverage"]["files_skipped"]
    assert again.items_total == live.items_total
    assert again.manual_check_count == live.manual_check_count
    store.close()


def test_reading_findings_shares_repeated_texts_and_streams_the_same_payloads(tmp_path):
    store = Store.open(tmp_path / "s.db", cipher=Cipher(Cipher.new_key()))
    run_id, live = scan_into_store(store, [demo_archive_path()], keep_findings=True)
    listed = store.findings(run_id)
    streamed = list(store.iter_findings(run_id))
    assert [(f.id, f.content) for f in listed] == [(f.id, f.content) for f in streamed]
    again = load_result(store, run_id, ruleset=live.ruleset)
    by_id = {f.id: f for f in live.findings}
    assert all(f.sanction == by_id[f.id].sanction for f in again.findings)
    # Equal sanction texts are one object, not one copy per finding (memory of big audits).
    groups: dict[str, list] = {}
    for f in again.findings:
        if f.sanction:
            groups.setdefault(str(sorted(f.sanction.items())), []).append(f.sanction)
    repeated = [g for g in groups.values() if len(g) > 1]
    assert repeated and all(all(s is g[0] for s in g) for g in repeated)
    store.close()
