"""Checklist: tasks per platform/action/target, states with reasons, bulk, undo, decisions."""

from __future__ import annotations

import pytest

from audit import decisions
from audit.checklist import Checklist, ChecklistError, build_tasks, plain_steps
from audit.i18n import catalogue
from audit.model import Kind, Target
from test_store_fixtures import Src, import_run, item, new_store

PAGE_X = Target(name="Relawan Kota X", url="https://www.facebook.com/RelawanX/", type="page")
GROUP_Y = Target(name="Grup Pendukung Y", type="group")


def _store_with_run(tmp_path):
    st = new_store(tmp_path / "s.db")
    fb = Src("facebook", "fb.zip", owner="budi")
    for d in range(1, 15):                                  # 14 likes of one page
        fb.add(item("facebook", Kind.LIKE, d, target=PAGE_X, index=d))
    for d in (3, 4, 5):                                     # 3 own photos
        fb.add(item("facebook", Kind.PHOTO, d, text=f"foto {d}", index=100 + d), category="photo_campaign",
               severity="high")
    wa = Src("whatsapp", "WhatsApp Chat with Grup Pendukung Y.txt")
    wa.add(item("whatsapp", Kind.GROUP_MEMBERSHIP, 2, target=GROUP_Y), category="join_group")
    return st, import_run(st, [fb, wa])


def test_findings_become_concrete_tasks_in_both_languages(tmp_path):
    st, run = _store_with_run(tmp_path)
    cl = Checklist(st, run)
    titles_en = [t.title("en") for t in cl.tasks]
    assert titles_en == ["Delete 3 photos", "Unlike 14 posts of Relawan Kota X", "Leave Grup Pendukung Y"]
    assert [t.title("id") for t in cl.tasks] == ["Hapus 3 foto", "Batalkan suka pada 14 unggahan dari Relawan Kota X",
                                                 "Keluar dari Grup Pendukung Y"]
    photos, likes, group = cl.tasks
    assert photos.severity == "high" and likes.severity == "medium"
    assert likes.link == "https://www.facebook.com/RelawanX/"
    assert photos.link == "https://www.facebook.com/me/allactivity"
    assert group.link is None                    # WhatsApp: only in the app, and the steps say so
    assert any("WhatsApp" in s for s in group.steps("id")) and len(group.steps("en")) == 3
    assert [f.ts.day for f in likes.findings] == list(range(1, 15))


def test_every_platform_action_pair_has_steps_in_both_languages():
    for key, entry in catalogue().items():
        if key.startswith("checklist.steps."):
            assert entry.get("id") and entry.get("en"), key
            assert len(entry["id"].strip().splitlines()) == len(entry["en"].strip().splitlines()), key
    for platform in ("facebook", "instagram", "threads", "x", "tiktok", "telegram", "whatsapp", "youtube"):
        for action in ("delete", "unlike", "unfollow", "leave_group", "untag", "ask_owner", "review", "unsave",
                       "edit_profile", "archive", "none"):
            assert plain_steps(platform, action, "id") and plain_steps(platform, action, "en"), (platform, action)


def test_states_need_reasons_and_changes_are_saved_at_once(tmp_path):
    st, run = _store_with_run(tmp_path)
    cl = Checklist(st, run)
    fid = cl.tasks[1].findings[0].id
    with pytest.raises(ChecklistError):
        cl.set_state([fid], "not_applicable")                 # a reason is required
    with pytest.raises(ChecklistError):
        cl.set_state([fid], "cannot", "other", "  ")          # "other" needs words
    cl.set_state([fid], "cannot", "deleted_by_owner")
    assert st.finding(fid).state == "cannot" and st.finding(fid).reason_code == "deleted_by_owner"
    cl.set_state([fid], "todo")
    assert st.finding(fid).reason_code is None


def test_bulk_change_is_one_undo_step_and_redo_replays_it(tmp_path):
    st, run = _store_with_run(tmp_path)
    cl = Checklist(st, run)
    likes = cl.tasks[1]
    first = likes.findings[0].id
    cl.set_state([first], "done")
    cl.set_task_state(likes, "not_applicable", "official_duty")
    assert likes.progress.not_applicable == 14
    overall, per = cl.progress()
    assert (overall.total, overall.resolved, per["facebook"].resolved, per["whatsapp"].resolved) == (18, 14, 14, 0)
    assert cl.undo()
    assert st.finding(first).state == "done"
    assert [f.state for f in likes.findings[1:]] == ["todo"] * 13
    assert cl.redo()
    assert {f.state for f in likes.findings} == {"not_applicable"}
    assert cl.undo() and cl.undo()
    assert {st.finding(f.id).state for f in likes.findings} == {"todo"}
    assert not cl.undo() and cl.can_redo()
    cl.set_state([first], "done")          # a new edit drops the redo history
    assert not cl.can_redo()


def test_not_partisan_on_a_whole_page_applies_now_and_to_future_scans(tmp_path):
    st, run = _store_with_run(tmp_path)
    cl = Checklist(st, run)
    likes = cl.tasks[1]
    did = cl.remember_not_partisan(likes.findings[0].id, whole_target=True, reason_code="official_duty")
    assert {f.state for f in cl.tasks[1].findings} == {"not_applicable"}
    assert {f.decided_by for f in cl.tasks[1].findings} == {did}
    assert {f.state for f in cl.tasks[0].findings} == {"todo"}      # photos untouched
    # A later archive: the same page spelt differently (mobile URL, other case) is covered too.
    fb2 = Src("facebook", "fb2.zip", owner="budi")
    fb2.add(item("facebook", Kind.COMMENT, 20, target=Target(name="relawan kota x"), text="mantap"))
    fb2.add(item("facebook", Kind.LIKE, 21, target=Target(name="Halaman Lain")))
    run2 = import_run(st, [fb2])
    later = {f.kind: f for f in st.findings(run2)}
    assert later["comment"].state == "not_applicable" and later["comment"].decided_by == did
    assert later["like"].state == "todo"
    [d] = decisions.list_decisions(st)
    assert d.label == "Relawan Kota X" and d.scope == "target" and d.applied == 15
    # Undone in one place: every finding it closed is open again, in both runs.
    reopened = decisions.revoke(st, did)
    assert len(reopened) == 15
    assert {f.state for f in st.findings(run)} == {"todo"} and later["comment"].id in reopened
    assert decisions.list_decisions(st) == [] and len(decisions.list_decisions(st, include_revoked=True)) == 1
    # A scan after revoking no longer applies it.
    fb3 = Src("facebook", "fb3.zip", owner="budi")
    fb3.add(item("facebook", Kind.COMMENT, 22, target=PAGE_X, text="lagi"))
    assert st.findings(import_run(st, [fb3]))[0].state == "todo"


def test_item_decision_and_undo_of_a_decision(tmp_path):
    st, run = _store_with_run(tmp_path)
    cl = Checklist(st, run)
    one = cl.tasks[1].findings[5]
    cl.remember_not_partisan(one.id, whole_target=False)
    assert [f.state for f in cl.tasks[1].findings].count("not_applicable") == 1
    assert cl.undo()                                              # the checklist's Undo takes it back
    assert decisions.list_decisions(st) == [] and st.finding(one.id).state == "todo"
    assert cl.redo() and len(decisions.list_decisions(st)) == 1
    with pytest.raises(decisions.DecisionError):
        cl.remember_not_partisan(cl.tasks[0].findings[0].id, whole_target=True)  # own photo: no page


def test_states_carry_over_to_a_rescan_of_the_same_archive(tmp_path):
    st, run = _store_with_run(tmp_path)
    cl = Checklist(st, run)
    cl.set_task_state(cl.tasks[0], "done")
    cl.set_state([cl.tasks[1].findings[0].id], "cannot", "other", "halaman sudah dihapus")
    st2, run2 = st, None
    fb = Src("facebook", "fb.zip", owner="budi")
    for d in (3, 4, 5):
        fb.add(item("facebook", Kind.PHOTO, d, text=f"foto {d}", index=100 + d), category="photo_campaign",
               severity="high")
    fb.add(item("facebook", Kind.LIKE, 1, target=PAGE_X, index=1))
    run2 = import_run(st2, [fb])
    states = sorted((f.kind, f.state, f.reason) for f in st.findings(run2))
    assert states == [("like", "cannot", "halaman sudah dihapus")] + [("photo", "done", None)] * 3


def test_build_tasks_is_pure():
    assert build_tasks([]) == []


def test_group_task_title_says_grup_once_and_already_undone_acts_need_nothing(tmp_path):
    """'Keluar dari grup Grup Relawan X' said "group" twice; a group the archive shows the user
    already left was a task counting 0/1 with nothing to do."""
    from audit.checklist import Task
    from audit.i18n import tr
    plain = Task("facebook", "leave_group", b"k", "Relawan Kota X", None)
    named = Task("facebook", "leave_group", b"k", "Grup Pendukung Y", None)
    assert plain.title("id") == tr("checklist.task.leave_group.target", "id", n=0, target="Relawan Kota X", noun="")
    assert named.title("id") == "Keluar dari Grup Pendukung Y"
    assert named.title("en") == "Leave Grup Pendukung Y"


def test_acts_already_undone_in_the_archive_start_as_nothing_left(tmp_path):
    from audit.checklist import Checklist, reason_text
    from audit.model import Kind
    from test_store_fixtures import Src, import_run, item, new_store
    store = new_store(tmp_path / "s.db")
    src = Src("facebook", "fb.zip")
    left = src.add(item("facebook", Kind.GROUP_MEMBERSHIP, 3, target=Target(name="Grup Relawan Z", type="group")),
                   action="none")
    src.add(item("facebook", Kind.GROUP_MEMBERSHIP, 4, target=Target(name="Grup Pendukung Y", type="group")))
    run_id = import_run(store, [src])
    cl = Checklist(store, run_id)
    by_action = {t.action: t for t in cl.tasks}
    done_already = by_action["none"].findings[0]
    assert done_already.state == "not_applicable" and done_already.reason_code == "nothing_left"
    assert "sudah keluar" in reason_text(done_already, "id")
    assert by_action["none"].progress.fraction == 1.0
    # What still needs doing still does.
    assert by_action["leave_group"].progress.todo == 1
    assert left.kind is Kind.GROUP_MEMBERSHIP
    store.close()
