"""Fixes from a review of the app as its users see it (1366x768, Indonesian first)."""

from __future__ import annotations

from gui_samples import make_result

from audit.i18n import set_language


def test_coverage_opens_what_was_and_was_not_checked(qtbot):
    from desktop.coverage_view import CoverageView
    set_language("id")
    view = CoverageView()
    qtbot.addWidget(view)
    view.set_result(make_result(6))
    top = view.tree.topLevelItem(0)
    children = {top.child(i).text(0): top.child(i) for i in range(top.childCount())}
    checked = next(v for k, v in children.items() if k.startswith("Diperiksa"))
    skipped = next(v for k, v in children.items() if k.startswith("Tidak diperiksa"))
    # Without opening them the user sees only counts, not why files were skipped.
    assert checked.isExpanded() and skipped.isExpanded()
    reasons = [skipped.child(i).text(0) for i in range(skipped.childCount())]
    assert reasons and all(":" in r for r in reasons)


def test_coverage_dates_are_written_like_the_rest_of_the_app(qtbot):
    from desktop.coverage_view import _date
    set_language("id")
    assert _date("2023-12-01T10:00:00+07:00") == "01 Des 2023"
    set_language("en")
    assert _date("2024-08-17") == "17 Aug 2024"
    assert _date(None) == "—"
    assert _date("not a date") == "not a date"
