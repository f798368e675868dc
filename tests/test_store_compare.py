"""Proof of cleanup: a newer archive of the same account against the earlier one."""

from __future__ import annotations

import copy

import pytest

from audit.checklist import Checklist, verification
from audit.findings import Finding, Severity
from audit.model import Item, Kind, Target
from audit.security.cipher import Cipher
from audit.store.compare import comparisons
from audit.store.sink import scan_into_store
from audit.store.store import Store
from test_store_fixtures import Src, import_run, item, new_store


class KeywordAuditor:
    """Stands in for the rule engine (written separately): flags a fixed, neutral keyword list."""

    WORDS = ("relawan", "tps")

    def __init__(self, ruleset: object) -> None:
        pass

    def audit(self, it: Item) -> list[Finding]:
        hay = " ".join(filter(None, [it.text, it.target.name if it.target else None])).casefold()
        if not any(w in hay for w in self.WORDS) or it.kind is Kind.PROFILE:
            return []
        action = {"like": "unlike", "page_like": "unfollow", "group_membership": "leave_group"}.get(
            it.kind.value, "delete")
        return [Finding(f"{it.fingerprint()}:kw", it, "kw", "support", Severity.MEDIUM, [], [],
                        {"id": "kata kunci", "en": "keyword"}, action, it.url)]

    def needs_manual_check(self, it: Item) -> bool:
        return False


@pytest.fixture
def keyword_engine(monkeypatch):
    import audit.engine as engine
    monkeypatch.setattr(engine, "Auditor", KeywordAuditor, raising=False)


def _fb_exports(tmp_path):
    from fixtures.facebook import build_facebook_export, sample_records
    old = sample_records()
    new = copy.deepcopy(old)
    # Cleaned up between the two downloads: the like of Relawan's post, and the page like.
    new["reactions"] = [r for r in new["reactions"] if "Relawan" not in r["title"]]
    new["page_likes"] = [p for p in new["page_likes"] if "Relawan" not in p["name"]]
    new["posts"].append({"timestamp": 1709000000, "data": [{"post": "Besok ke TPS bareng ya"}],
                         "title": "Budi Santoso updated his status."})
    a = build_facebook_export(tmp_path / "facebook-budi-2024-02-01.zip", "G4", old)[0]
    b = build_facebook_export(tmp_path / "facebook-budi-2024-03-05.zip", "G4", new)[0]
    return a, b


def test_two_real_shaped_archives_of_one_account(tmp_path, keyword_engine):
    old_zip, new_zip = _fb_exports(tmp_path)
    st = new_store(tmp_path / "s.db")
    run1, _ = scan_into_store(st, [old_zip], ruleset=object(), timezone_name="WIB")
    cl = Checklist(st, run1)
    by_label = {(f.kind, f.target_label or f.text): f for f in cl.findings}
    assert set(by_label) == {("like", "Relawan Contoh Kota"), ("comment", "Relawan Contoh Kota"),
                             ("page_like", "Relawan Contoh Kota"), ("group_membership", "Grup Relawan Contoh"),
                             ("post", "Jangan lupa datang ke TPS, gunakan hak pilih Anda!")}
    like, post = by_label[("like", "Relawan Contoh Kota")], by_label[("post", "Jangan lupa datang ke TPS, "
                                                                      "gunakan hak pilih Anda!")]
    cl.set_state([like.id, post.id], "done")

    run2, _ = scan_into_store(st, [new_zip], ruleset=object(), timezone_name="WIB")
    old = {f.id: f for f in st.findings(run1)}
    gone = {(f.kind, f.target_label) for f in old.values() if f.verify == "gone"}
    still = {(f.kind, f.target_label or f.text[:11]) for f in old.values() if f.verify == "still_there"}
    assert gone == {("like", "Relawan Contoh Kota"), ("page_like", "Relawan Contoh Kota")}
    assert still == {("comment", "Relawan Contoh Kota"), ("group_membership", "Grup Relawan Contoh"),
                     ("post", "Jangan lupa")}
    assert all(f.verified_by == run2 for f in old.values())
    new = st.findings(run2)
    assert {f.text for f in new if f.verify == "new"} == {"Besok ke TPS bareng ya"}
    assert sum(f.verify == "still_there" for f in new) == 4   # comment, joined + left, post
    # The done mark on the old like is proven; the one on the post is not (still there).
    assert verification(old[like.id], run1) == "checklist.verify.gone_done"
    assert verification(old[post.id], run1) == "checklist.verify.done_still_there"
    carried = next(f for f in new if f.kind == "post" and f.text.startswith("Jangan"))
    assert carried.state == "done" and verification(carried, run2) == "checklist.verify.seen_before"
    [cmp] = comparisons(st, run2)
    assert (cmp.gone, cmp.still_there, cmp.new, cmp.done_verified, cmp.done_still_there) == (2, 4, 1, 1, 1)
    assert {f.id for f in st.verified_gone(run2)} == {f.id for f in old.values() if f.verify == "gone"}


def _account(name: str, owner: str | None, likes: range, comments: range = range(0)) -> Src:
    s = Src("instagram", name, owner=owner)
    for i in likes:
        s.add(item("instagram", Kind.LIKE, 1 + i, target=Target(handle=f"relawan{i}"), index=i))
    for i in comments:
        s.add(item("instagram", Kind.COMMENT, 1 + i, text=f"dukung nomor {i}", index=100 + i),
              category="comment_campaign")
    return s


def test_another_account_is_not_compared(tmp_path):
    st = new_store(tmp_path / "s.db")
    r1 = import_run(st, [_account("ig-a.zip", "akun_a", range(5))])
    import_run(st, [_account("ig-b.zip", "akun_b", range(2))])
    assert {f.verify for f in st.findings(r1)} == {None}
    r3 = import_run(st, [_account("ig-a2.zip", "akun_a", range(3))])
    assert [f.verify for f in st.findings(r1)] == ["still_there"] * 3 + ["gone"] * 2
    assert all(f.verify == "still_there" for f in st.findings(r3))


def test_a_partial_export_proves_nothing_about_what_it_leaves_out(tmp_path):
    st = new_store(tmp_path / "s.db")
    r1 = import_run(st, [_account("ig-full.zip", "akun_a", range(4), comments=range(4))])
    # Newer export: likes only, and only from day 3 on; it names no owner (no profile file).
    import_run(st, [_account("ig-likes.zip", None, range(2, 4))])
    verdict = {(f.kind, f.ts.day): f.verify for f in st.findings(r1)}
    assert verdict == {("like", 1): None, ("like", 2): None, ("like", 3): "still_there",
                       ("like", 4): "still_there", ("comment", 1): None, ("comment", 2): None,
                       ("comment", 3): None, ("comment", 4): None}
    r3 = import_run(st, [_account("ig-full2.zip", "akun_a", range(3, 4), comments=range(4))])
    # An archive that names the same owner is preferred over a newer anonymous one.
    assert comparisons(st, r3)[0].old_source == st.sources(r1)[0].id
    verdict = {(f.kind, f.ts.day): f.verify for f in st.findings(r1)}
    assert [verdict[("like", d)] for d in (1, 2, 3, 4)] == ["gone", "gone", "gone", "still_there"]
    assert {verdict[("comment", d)] for d in (1, 2, 3, 4)} == {"still_there"}


def test_discarded_run_leaves_no_verdicts_behind(tmp_path):
    st = new_store(tmp_path / "s.db")
    r1 = import_run(st, [_account("a.zip", "akun_a", range(3))])
    r2 = import_run(st, [_account("b.zip", "akun_a", range(1))])
    assert {f.verify for f in st.findings(r1)} == {"still_there", "gone"}
    st.delete_run(r2)
    assert {f.verify for f in st.findings(r1)} == {None}
    with Store.open(st.path, cipher=st.cipher) as again:
        assert [r.id for r in again.runs()] == [r1]


def test_same_key_needed_for_blinds_to_match(tmp_path):
    """Two stores with different keys share nothing: blinds are keyed."""
    a, b = new_store(tmp_path / "a.db"), new_store(tmp_path / "b.db", Cipher(Cipher.new_key()))
    ra, rb = import_run(a, [_account("x.zip", "o", range(2))]), import_run(b, [_account("x.zip", "o", range(2))])
    assert {f.item_fp for f in a.findings(ra)}.isdisjoint({f.item_fp for f in b.findings(rb)})
