"""The streamed ``scan --json`` document is the in-memory one, byte for byte.

``FindingsSpool`` keeps no findings in memory (only counts and the few the
console shows first); what it writes must equal ``scan_document`` dumped
with ``json.dumps(indent=2)``, and the console summary must not change.
"""

from __future__ import annotations

import io
import json

import pytest

from audit.cli.scan_cmd import print_summary
from audit.demo import demo_archive_path
from audit.pipeline import scan
from audit.scan_json import FindingsSpool, scan_document


@pytest.fixture(scope="module")
def both_scans():
    paths = [demo_archive_path()]
    live = scan(paths)
    spool = FindingsSpool("id", keep=3)
    streamed = scan(paths, sink=spool, keep_findings=False)
    yield live, spool, streamed
    spool.close()


def _without_times(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if '"started"' not in ln and '"finished"' not in ln]


def test_streamed_document_equals_the_in_memory_one(both_scans):
    live, spool, streamed = both_scans
    assert live.findings and not streamed.findings
    expected = json.dumps(scan_document(live, "id"), ensure_ascii=False, indent=2)
    buf = io.BytesIO()
    spool.write_document(streamed, buf)
    got = buf.getvalue().decode("utf-8")
    assert _without_times(got) == _without_times(expected)
    assert json.loads(got)["summary"]["findings_total"] == len(live.findings) == spool.count


def test_console_summary_is_unchanged_and_keeps_only_the_first(both_scans):
    live, spool, streamed = both_scans
    first = spool.first_findings()
    assert len(first) == 3
    a, b = io.StringIO(), io.StringIO()
    print_summary(live, a)
    print_summary(streamed, b, spool=spool)
    head = lambda s: s.split("\n[")[0]  # noqa: E731 - header and totals before the listed findings
    assert head(a.getvalue()) == head(b.getvalue())
    # The three kept are the first three the full summary lists.
    assert b.getvalue().count("\n[") == 3
    la, lb = a.getvalue().split("\n[")[1:4], b.getvalue().split("\n[")[1:4]
    assert la[:2] == lb[:2]
    assert la[2].split("\n    → ")[0] == lb[2].split("\n    → ")[0]


def test_empty_scan_writes_an_empty_list(tmp_path):
    (tmp_path / "x").mkdir()
    spool = FindingsSpool("en")
    result = scan([tmp_path / "x"], sink=spool, keep_findings=False)
    buf = io.BytesIO()
    spool.write_document(result, buf)
    spool.close()
    doc = json.loads(buf.getvalue())
    assert doc["findings"] == [] and doc["summary"]["findings_total"] == 0
