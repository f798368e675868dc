"""The checklist tab and the report dialog, offscreen: buttons change the store at once."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from audit.model import Kind, Target
from audit.store.store import Store
from test_store_fixtures import Src, import_run, item, new_store

pytestmark = pytest.mark.gui


@pytest.fixture
def store_run(tmp_path):
    st = new_store(tmp_path / "s.db")
    fb = Src("facebook", "fb.zip", owner="budi")
    for d in range(1, 5):
        fb.add(item("facebook", Kind.LIKE, d, target=Target(name="Relawan <b>X</b>",
                                                             url="https://www.facebook.com/RelawanX"), index=d))
    wa = Src("whatsapp", "wa.txt")
    wa.add(item("whatsapp", Kind.GROUP_MEMBERSHIP, 2, target=Target(name="Grup Y")), category="join_group")
    run = import_run(st, [fb, wa])
    yield st, run
    st.close()


def test_marking_a_task_done_is_saved_and_undoable(qtbot, store_run):
    from desktop.checklist_view import ChecklistView
    st, run = store_run
    view = ChecklistView(st)
    qtbot.addWidget(view)
    view.set_run(run)
    assert view.task_model.rowCount() == 2
    assert view.task_title.text() == "Batalkan suka pada 4 unggahan dari Relawan <b>X</b>"
    assert view.task_title.textFormat().name == "PlainText"
    assert "1. Buka tautan unggahan" in view.steps.text() and view.link_btn.isEnabled()
    with qtbot.waitSignal(view.changed):
        view.done_btn.click()                       # nothing selected: the whole task
    assert {f.state for f in st.findings(run) if f.platform == "facebook"} == {"done"}
    assert view.overall.value() == 4 and view.overall.maximum() == 5
    assert view.task_model.data(view.task_model.index(0, 2)) == "4/4"
    # Only the picked rows change.
    view.finding_view.selectRow(1)
    view.apply_state("cannot", "deleted_by_owner")
    states = [f.state for f in st.findings(run) if f.platform == "facebook"]
    assert states == ["done", "cannot", "done", "done"]
    assert view.finding_model.data(view.finding_model.index(1, 2)) == "Tidak bisa dikerjakan"
    assert "dihapus pemiliknya" in view.finding_model.data(view.finding_model.index(1, 3))
    view.undo_btn.click()
    view.undo_btn.click()
    assert {f.state for f in st.findings(run)} == {"todo"} and view.overall.value() == 0
    assert view.redo_btn.isEnabled()


def test_platform_filter_and_remembered_decision_review(qtbot, store_run, monkeypatch):
    from desktop import checklist_view
    st, run = store_run
    view = checklist_view.ChecklistView(st)
    qtbot.addWidget(view)
    view.set_run(run)
    view.platform_filter.setCurrentIndex(view.platform_filter.findData("whatsapp"))
    assert view.task_model.rowCount() == 1 and view.task_title.text() == "Keluar dari Grup Y"
    assert not view.link_btn.isEnabled()
    view.remember(whole_target=True, reason_code="official_duty")
    assert st.findings(run, platform="whatsapp")[0].state == "not_applicable"
    dlg = checklist_view.DecisionsDialog(st)
    qtbot.addWidget(dlg)
    assert dlg.list.count() == 1 and "Grup Y" in dlg.list.item(0).text()
    dlg.list.setCurrentRow(0)
    dlg.revoke_btn.click()
    assert dlg.list.count() == 0 and dlg.changed
    assert st.findings(run, platform="whatsapp")[0].state == "todo"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_report_dialog_saves_where_the_user_chose(qtbot, store_run, tmp_path, monkeypatch):
    from desktop import report_dialog
    st, run = store_run
    target = tmp_path / "pilihan" / "laporan"
    target.parent.mkdir()
    monkeypatch.setattr(report_dialog.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    dlg = report_dialog.ReportDialog(st, run)
    qtbot.addWidget(dlg)
    dlg.lang.setCurrentIndex(dlg.lang.findData("en"))
    dlg.include_content.setChecked(False)
    dlg.save_btn.click()
    assert dlg.saved_path == target.with_suffix(".pdf") and dlg.saved_path.exists()
    text = " ".join(subprocess.run(["pdftotext", str(dlg.saved_path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Findings: 5 — done 0, to do 5" in text and "Relawan" not in text
    # HTML, Indonesian, with contents.
    monkeypatch.setattr(report_dialog.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "lap.html"), "")))
    dlg2 = report_dialog.ReportDialog(st, run)
    qtbot.addWidget(dlg2)
    dlg2.html.setChecked(True)
    dlg2.save_btn.click()
    html = (tmp_path / "lap.html").read_text(encoding="utf-8")
    assert "Relawan &lt;b&gt;X&lt;/b&gt;" in html and "Laporan Pribadi" in html


def test_view_reopens_from_the_store(qtbot, store_run):
    from desktop.checklist_view import ChecklistView
    st, run = store_run
    view = ChecklistView(st)
    qtbot.addWidget(view)
    view.set_run(run)
    view.done_btn.click()
    again = ChecklistView(Store.open(st.path, cipher=st.cipher))
    qtbot.addWidget(again)
    again.set_run(run)
    assert again.overall.value() == 4 and again.undo_btn.isEnabled()
    again.store.close()


def test_a_checklist_built_off_the_gui_thread_is_used_and_still_saves(qtbot, store_run):
    import threading

    from audit.checklist import Checklist
    from desktop.checklist_view import ChecklistView
    st, run = store_run
    box = {}
    found = st.findings(run)      # the app reads them on the worker with its own connection
    t = threading.Thread(target=lambda: box.setdefault("c", Checklist(st, run, found)))
    t.start()
    t.join()
    view = ChecklistView(st)
    qtbot.addWidget(view)
    view.set_run(run, checklist=box["c"])
    assert view.checklist is box["c"] and view.task_model.rowCount() == 2
    with qtbot.waitSignal(view.changed):
        view.done_btn.click()
    assert {f.state for f in st.findings(run) if f.platform == "facebook"} == {"done"}
    # A checklist of another run is not taken for this one.
    other = ChecklistView(st)
    qtbot.addWidget(other)
    stale = box["c"]
    stale.run_id = run + 1
    other.set_run(run, checklist=stale)
    assert other.checklist is not stale and other.overall.value() == 4
