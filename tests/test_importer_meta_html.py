"""Meta HTML importer: Facebook and Instagram pages in both layouts, English and Indonesian."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from audit.archive.inputs import open_inputs
from audit.coverage import Coverage
from audit.importers.base import ImportContext
from audit.importers.htmltree import stream_records
from audit.importers.meta_html import MetaHtmlImporter
from audit.importers.registry import detect as detect_any
from audit.model import Kind, Platform
from tests.fixtures import meta_html as F


# Every test here runs with both HTML tokenizers (libxml2 and html.parser): they must read pages alike.
pytestmark = pytest.mark.usefixtures("html_backend")

FB = "your_facebook_activity/"
ICON = "https://static.xx.fbcdn.net/rsrc.php/v3/icons/{}.png"


def run(tmp_path: Path, zip_name: str, members: dict[str, str | bytes], tz: str = "WIB"):
    p = F.write_zip(tmp_path / zip_name, members)
    archive = open_inputs([p]).archives[0]
    cov = Coverage("meta")
    imp = MetaHtmlImporter()
    det = imp.detect(archive)
    items = list(imp.iter_items(archive, ImportContext(cov, timezone_name=tz)))
    return det, items, cov


def facebook_members(layout: str) -> dict[str, str | bytes]:
    return {
        FB + "comments_and_reactions/likes_and_reactions_1.html": F.page([
            F.record("Budi Santoso menyukai kiriman Relawan Contoh.", "12 Jan 2024 19.05",
                     img=ICON.format("like"), layout=layout),
            F.record("Budi Santoso likes Siti Rahma's post.", "Jan 12, 2024 7:05:33 pm",
                     img=ICON.format("love"), layout=layout),
        ], layout=layout),
        FB + "comments_and_reactions/comments.html": F.page([
            F.record("Budi Santoso mengomentari kiriman Tim Pemenangan.", "12 Januari 2024 pukul 19.05",
                     content=["Mantap, lanjutkan! Café 🇮🇩"], layout=layout)], layout=layout),
        FB + "groups/your_group_membership_activity.html": F.page([
            F.record("Anda menjadi anggota Relawan Nusantara.", "3 Feb 2024 08.00", layout=layout),
            F.record("You stopped being a member of Alumni Contoh.", "Feb 4, 2024 8:00:00 am", layout=layout),
            F.record("Sesuatu yang tidak dikenal.", "Feb 5, 2024 8:00:00 am", layout=layout),
        ], layout=layout),
        FB + "pages/pages_you've_liked.html": F.page([
            F.record("Halaman Calon", "Jan 5, 2024 1:00:00 pm", link="https://www.facebook.com/HalamanCalon",
                     layout=layout)], layout=layout),
        FB + "posts/your_posts__check_ins__photos_and_videos_1.html": F.page([
            F.record("Budi Santoso membagikan kiriman Relawan Contoh.", "1 Mar 2024 10.00",
                     content=["Ayo dukung!"], media=[FB + "posts/media/x/1.jpg"], layout=layout),
            F.record("Budi Santoso memposting di Relawan Nusantara.", "2 Mar 2024 10.00",
                     content=["Rapat besok"], layout=layout),
        ], layout=layout),
        FB + "posts/media/x/1.jpg": b"\xff\xd8\xff\xe0jpg",
        "connections/followers/who_you've_followed.html": F.page([
            F.record("Tokoh Contoh", "Jan 5, 2024 1:00:00 pm", layout=layout)], layout=layout),
        "ads_information/ads_interests.html": F.page([F.record("Gardening", "Jan 5, 2024 1:00:00 pm")]),
    }


@pytest.mark.parametrize("layout", ["new", "old"])
def test_facebook_html_both_layouts(tmp_path, layout):
    det, items, cov = run(tmp_path, "facebook-budi-2024-03-10-abcd1234.zip", facebook_members(layout))
    assert det is not None and det.platform is Platform.FACEBOOK and det.fmt == "html"
    assert all(i.platform is Platform.FACEBOOK for i in items)
    by = {}
    for i in items:
        by.setdefault(i.kind, []).append(i)
    like, love = by[Kind.LIKE][0], by[Kind.REACTION][0]
    assert like.target.name == "Relawan Contoh" and like.extra["reaction"] == "LIKE"
    assert love.target.name == "Siti Rahma" and love.extra["reaction"] == "LOVE"
    # 19.05 WIB (UTC+7) = 12:05 UTC; the page shows local time without a zone.
    assert like.timestamp.isoformat() == "2024-01-12T12:05:00+00:00"
    comment = by[Kind.COMMENT][0]
    assert comment.text == "Mantap, lanjutkan! Café 🇮🇩"          # real UTF-8, no repair applied
    assert comment.target.name == "Tim Pemenangan"
    members = {(i.target.name if i.target else None, i.extra["membership"]) for i in by[Kind.GROUP_MEMBERSHIP]}
    assert members == {("Relawan Nusantara", "joined"), ("Alumni Contoh", "left"), (None, "unknown")}
    page = by[Kind.PAGE_LIKE][0]
    assert page.target.name == "Halaman Calon" and page.target.url == "https://www.facebook.com/HalamanCalon"
    share = by[Kind.SHARE][0]
    assert share.extra["shared_from"] == "Relawan Contoh" and share.text == "Ayo dukung!"
    assert [m.path for m in share.media] == [FB + "posts/media/x/1.jpg"]
    post = by[Kind.POST][0]
    assert post.target.name == "Relawan Nusantara" and post.extra["in_group"]
    assert by[Kind.FOLLOW][0].target.name == "Tokoh Contoh"
    assert cov.files_skipped["ads_information/ads_interests.html"]["reason"] == "not_relevant"
    assert cov.files_read[FB + "groups/your_group_membership_activity.html"] == 3
    assert any(n["code"] == "importers.meta_html.unknown_sentences" for n in cov.notes)


def test_time_zone_choice_moves_the_date(tmp_path):
    members = {FB + "groups/your_group_membership_activity.html": F.page([
        F.record("Anda menjadi anggota Relawan Nusantara.", "3 Feb 2024 08.00")])}
    _, wib, _ = run(tmp_path, "facebook-a-2024-03-10-x.zip", members, "WIB")
    _, wit, _ = run(tmp_path, "facebook-b-2024-03-10-x.zip", members, "WIT")
    assert (wib[0].timestamp - wit[0].timestamp).total_seconds() == 2 * 3600


def test_group_comment_names_the_group(tmp_path):
    members = {FB + "groups/your_comments_in_groups.html": F.page([
        F.group_comment("Budi mengomentari kiriman Ani.", "Grup:", "Relawan Contoh", "Siap hadir",
                        "8 Nov 2023 04.19")])}
    _, items, _ = run(tmp_path, "facebook-budi-2024-03-10-x.zip", members)
    assert len(items) == 1
    it = items[0]
    assert it.target.name == "Relawan Contoh" and it.target.type == "group"
    assert it.extra["post_owner"] == "Ani" and it.text == "Siap hadir"


def instagram_members() -> dict[str, str | bytes]:
    return {
        "your_instagram_activity/likes/liked_posts.html": F.page([
            F.record("akun_calon", "Dec 23, 2025 12:16 pm", link="https://www.instagram.com/p/AbCdEf/",
                     layout="old"),
            F.table_record([("URL", "https://www.instagram.com/p/XyZ/", "https://www.instagram.com/p/XyZ/"),
                            ("Nama", "Akun Dua", None), ("Nama pengguna", "akun_dua", None)],
                           "24 Des 2025 13.00"),
        ]),
        "your_instagram_activity/comments/post_comments_1.html": F.page([
            F.table_record([("Komentar", "Keren sekali @akun_calon", None),
                            ("Pemilik Media", "akun_calon", None), ("Waktu", "13 Nov 2025 15.04", None)]),
            F.table_record([("Comment", "Setuju", None), ("Media Owner", "akun_dua", None),
                            ("Time", "Nov 13, 2025 3:04 pm", None)]),
        ]),
        "connections/followers_and_following/following.html": F.page([
            F.ig_follow("akun_calon", "Dec 23, 2025 12:16 pm"),
            F.ig_follow("akun_lama", "Jan 2, 2020 1:00 am", layout="old")]),
        "your_instagram_activity/media/posts_1.html": F.page([
            F.record("Caption kampanye #01", "Jan 3, 2024 9:00 am", media=["media/posts/202401/a.jpg"],
                     layout="old")]),
        "media/posts/202401/a.jpg": b"jpg",
    }


def test_instagram_html(tmp_path):
    det, items, cov = run(tmp_path, "instagram-budi-2025-12-30-abcd.zip", instagram_members())
    assert det is not None and det.platform is Platform.INSTAGRAM
    assert all(i.platform is Platform.INSTAGRAM for i in items)
    likes = [i for i in items if i.kind is Kind.LIKE]
    assert {(i.target.handle, i.url) for i in likes} == {
        ("akun_calon", "https://www.instagram.com/p/AbCdEf/"), ("akun_dua", "https://www.instagram.com/p/XyZ/")}
    comments = sorted((i.target.handle, i.text, i.timestamp.hour) for i in items if i.kind is Kind.COMMENT)
    assert comments == [("akun_calon", "Keren sekali @akun_calon", 8), ("akun_dua", "Setuju", 8)]
    follows = {i.target.handle for i in items if i.kind is Kind.FOLLOW}
    assert follows == {"akun_calon", "akun_lama"}
    post = next(i for i in items if i.kind is Kind.POST)
    assert post.text == "Caption kampanye #01" and post.media[0].path == "media/posts/202401/a.jpg"


def test_registry_picks_meta_html_for_html_exports(tmp_path):
    p = F.write_zip(tmp_path / "facebook-budi-2024-03-10-abcd1234.zip", facebook_members("new"))
    best = detect_any(open_inputs([p]).archives[0])
    assert best is not None and best[0].name == "meta_html" and best[1].fmt == "html"


def test_truncated_page_keeps_complete_records(tmp_path):
    recs = [F.record(f"Budi Santoso likes Tokoh {n}'s post.", "Jan 12, 2024 7:05:33 pm") for n in range(6)]
    page = F.page(recs)
    cut = page[: page.index("Tokoh 4")]
    path = FB + "comments_and_reactions/likes_and_reactions_1.html"
    _, items, cov = run(tmp_path, "facebook-budi-2024-03-10-x.zip", {path: cut})
    assert [i.target.name for i in items] == [f"Tokoh {n}" for n in range(4)]
    assert cov.files_read[path] == 4
    assert any(n["code"] == "coverage.partial_file" for n in cov.notes)


@pytest.mark.parametrize("body", [
    b"", b"\x00\xff\xfe garbage", b"<html><main>" + b"<div>" * 5000 + b"x",
    b"<html><main><section><h2>Budi likes X's post.</h2><![if !x]><![endif]></section></main></html>",
    "<html><body><div role='main'><div><div>Jan 99, 2024 1:00 pm</div></div></div></body></html>".encode(),
])
def test_malformed_pages_never_raise(tmp_path, body):
    path = FB + "comments_and_reactions/likes_and_reactions_1.html"
    _, items, cov = run(tmp_path, "facebook-budi-2024-03-10-x.zip", {path: body})
    assert isinstance(items, list) and cov.accounted(path)


def test_page_without_main_container_falls_back_to_structure(tmp_path):
    recs = "".join(f'<div class="x"><div>You became a member of Grup {n}.</div><div>Jan 5, 2024 1:00:00 pm</div>'
                   "</div>" for n in range(3))
    body = f"<html><head><title>t</title></head><body><div>{recs}</div></body></html>"
    path = FB + "groups/your_group_membership_activity.html"
    _, items, cov = run(tmp_path, "facebook-budi-2024-03-10-x.zip", {path: body})
    assert [i.target.name for i in items] == ["Grup 0", "Grup 1", "Grup 2"]
    assert any(n["code"] == "importers.html.no_container" for n in cov.notes)


def test_streaming_hands_records_out_before_the_end():
    """Records come out while the page is still being read (memory stays flat)."""
    rec = F.record("Budi Santoso likes Siti's post.", "Jan 12, 2024 7:05:33 pm")
    body = F.page([rec] * 4000).encode()

    class Reader(io.BytesIO):
        reads = 0

        def read(self, n=-1):  # type: ignore[override]
            Reader.reads += 1
            return super().read(n)

    stream = Reader(body)
    gen = stream_records(stream, "x.html")
    title, first = next(gen), next(gen)                     # the page's <h1> block, then a record
    assert title.find_all("h1") and first.tag == "section"
    assert Reader.reads == 1 and len(body) > 256 * 1024     # only the first chunk was read
    assert sum(1 for _ in gen) == 3999


def test_json_archive_is_not_claimed(tmp_path):
    members = {FB + "comments_and_reactions/likes_and_reactions_1.json": "[]",
               FB + "groups/your_group_membership_activity.json": "{}"}
    p = F.write_zip(tmp_path / "facebook-budi-2024-03-10-x.zip", members)
    assert MetaHtmlImporter().detect(open_inputs([p]).archives[0]) is None


def _records(body: bytes, backend: str, is_record=None):
    out: dict[str, object] = {}
    recs = [(n.tag, n.attrs, n.lines(), [k.tag for k in n.descendants()])
            for n in stream_records(io.BytesIO(body), "x.html", is_record, outcome=out, backend=backend)]
    return recs, out


@pytest.mark.parametrize("body", [
    F.page([F.record(f"Budi Santoso likes Tokoh {n}'s post.", "Jan 12, 2024 7:05:33 pm", content=["a &amp; b", "c"],
                     link=f"https://www.facebook.com/{n}", media=["media/x.jpg"]) for n in range(50)]).encode(),
    F.page([F.record("Anda menjadi anggota Grup.", "3 Feb 2024 08.00", layout="old")] * 20, layout="old").encode(),
    F.page([F.table_record([("Komentar", "Keren <b>sekali</b>", None), ("Waktu", "13 Nov 2025 15.04", None)])] * 5
           ).encode(),
    F.page([F.record("x", "Jan 1, 2024 1:00 pm")] * 3)[:-40].encode(),          # cut off near the end
    b"<html><main><section><h2>Budi likes X's post.</h2><![if !x]><![endif]></section></main></html>",
    b"<html><body><main><section><p>one<p>two<ul><li>a<li>b</ul></section><section>\xc3\xa9</section></main>",
    "<main><section>caf\u00e9 \U0001F1EE\U0001F1E9 &nbsp;&emsp;x</section></main></html>".encode(),
])
def test_both_tokenizers_hand_out_the_same_records(body, html_backend):
    """libxml2 (lxml) and html.parser drive one tree builder: same records, text, structure."""
    if html_backend != "libxml2":
        pytest.skip("compares both backends once")
    assert _records(body, "libxml2") == _records(body, "stdlib")
