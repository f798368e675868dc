"""The findings model and filter proxy: correctness and speed at 100,000 rows."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.findings_table_model import (COL_DATE, COL_SEVERITY, COL_TEXT, FindingRole, FindingsFilter,
                                          FindingsFilterProxy, FindingsTableModel)
from gui_samples import fake_ruleset, make_finding

pytestmark = pytest.mark.gui


@pytest.fixture
def models(qapp):
    model = FindingsTableModel()
    proxy = FindingsFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_rows_show_translated_labels_and_plain_text(models):
    model, proxy = models
    f = make_finding(0, text="Baris satu\nbaris\tdua \x07 paslon 01")
    model.set_findings([f], fake_ruleset(), "WIB")
    assert proxy.rowCount() == 1
    assert model.data(model.index(0, COL_SEVERITY)) == "Tinggi"
    # Control characters and line breaks never reach a table cell.
    assert model.data(model.index(0, COL_TEXT)) == "Baris satu baris dua paslon 01"
    assert model.data(model.index(0, 0), FindingRole) is f


def test_rows_prepared_on_another_thread_are_used_only_while_they_fit(models):
    import threading

    from audit.i18n import language, set_language
    from desktop.findings_table_model import build_rows
    model, proxy = models
    findings = [make_finding(i) for i in range(30)]
    box = {}
    t = threading.Thread(target=lambda: box.setdefault("p", build_rows(findings, fake_ruleset(), "WIB")))
    t.start()
    t.join()
    prepared = box["p"]
    model.set_findings(findings, fake_ruleset(), "WIB", prepared=prepared)
    assert model._all is prepared.rows                      # nothing rebuilt on the GUI thread
    shown = [model.data(model.index(r, c)) for r in range(30) for c in range(8)]
    model.set_findings(findings, fake_ruleset(), "WIB")       # built here: the same table
    assert [model.data(model.index(r, c)) for r in range(30) for c in range(8)] == shown
    # Another zone, another list or another language: the prepared rows no longer say the right thing.
    assert not prepared.fits(findings, "WIT")
    assert not prepared.fits(list(findings), "WIB")
    before = language()
    try:
        set_language("en")
        assert not prepared.fits(findings, "WIB")
        model.set_findings(findings, fake_ruleset(), "WIB", prepared=prepared)
        assert model._all is not prepared.rows
        assert model.data(model.index(0, COL_SEVERITY)) in ("High", "Medium", "Low")
    finally:
        set_language(before)


def test_filters_combine_and_search_is_case_insensitive(models):
    from audit.rules import load_packs
    model, proxy = models
    findings = [make_finding(i) for i in range(90)]
    model.set_findings(findings, load_packs(), "WIB")
    proxy.set_filter(FindingsFilter(severity="high"))
    assert proxy.rowCount() == sum(f.severity.value == "high" for f in findings)
    proxy.set_filter(FindingsFilter(severity="high", platform="x"))
    expected = [f for f in findings if f.severity.value == "high" and f.item.platform.value == "x"]
    assert proxy.rowCount() == len(expected) > 0
    proxy.set_filter(FindingsFilter(text="RELAWAN contoh 02"))
    assert proxy.rowCount() == sum("pair.02" in f.entities[0] for f in findings)
    proxy.set_filter(FindingsFilter(entity="pemilu2024.pair.03", kind="like"))
    assert all(proxy.finding_at(r).entities == ["pemilu2024.pair.03"] and proxy.finding_at(r).item.kind == "like"
               for r in range(proxy.rowCount()))
    proxy.set_filter(FindingsFilter(date_from=date(2023, 6, 1), date_to=date(2023, 6, 30)))
    assert 0 < proxy.rowCount() < 90
    proxy.set_filter(FindingsFilter())
    assert proxy.rowCount() == 90


def test_sorting_keeps_filter_and_orders_by_date(models):
    model, proxy = models
    model.set_findings([make_finding(i) for i in range(60)], fake_ruleset(), "WIB")
    proxy.set_filter(FindingsFilter(platform="facebook"))
    n = proxy.rowCount()
    proxy.sort(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert proxy.rowCount() == n
    dates = [proxy.finding_at(r).item.timestamp for r in range(n)]
    assert dates == sorted(dates)
    assert {proxy.finding_at(r).item.platform.value for r in range(n)} == {"facebook"}


def test_hundred_thousand_rows_load_filter_and_sort_quickly(models):
    model, proxy = models
    base = [make_finding(i) for i in range(1000)]
    findings = [base[i % 1000] for i in range(100_000)]
    t0 = time.perf_counter()
    model.set_findings(findings, fake_ruleset(), "WIB")
    assert proxy.rowCount() == 100_000
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    proxy.set_filter(FindingsFilter(severity="medium", text="relawan"))
    shown = proxy.rowCount()
    t_filter = time.perf_counter() - t0
    t0 = time.perf_counter()
    proxy.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == shown
    t_sort = time.perf_counter() - t0
    print(f"100k rows: load {t_load:.2f}s, filter {t_filter:.2f}s, sort {t_sort:.2f}s")
    # Generous bounds for a slow CI machine; typical figures are well below.
    assert t_filter < 0.5 and t_sort < 1.0 and t_load < 6.0
