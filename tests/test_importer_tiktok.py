"""TikTok "Download your data": JSON (old and new section names) and TXT exports."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from audit.archive.inputs import open_inputs
from audit.coverage import Coverage
from audit.importers.base import ImportContext
from audit.importers.tiktok import TikTokImporter
from audit.model import Kind
from tests.fixtures.tiktok import VIDEO, build_tiktok_export, tiktok_dict

UTC = timezone.utc
D = datetime
SECTIONS = dict(
    likes=[("2024-01-10 20:00:00", VIDEO.format("7320000000000000001")),
           ("2024-01-11 21:00:00", VIDEO.format("7320000000000000002"))],
    favorites=[("2024-01-12 08:00:00", VIDEO.format("7320000000000000003"))],
    following=[("2023-11-01 07:30:00", "relawan_contoh"), ("2023-11-02 07:30:00", "@akun.berita")],
    shares=[("2024-02-01 12:00:00", VIDEO.format("7320000000000000004"), "whatsapp")],
    comments=[("2024-02-02 19:00:20", "Mantap, lanjutkan!", VIDEO.format("7320000000000000005")),
              ("2024-02-03 19:00:20", "baris satu\nbaris dua", "")],
    videos=[("2023-08-17 07:00:00", "Upacara 17an #merdeka", "https://v16.tiktokcdn.com/abc/video.mp4")],
    profile={"userName": "budi_asn", "bioDescription": "Abdi negara"},
)


def run(path: Path, tz: str = "WIB"):
    opened = open_inputs([path])
    assert not opened.problems, opened.problems
    arch = opened.archives[0]
    imp = TikTokImporter()
    det = imp.detect(arch)
    ctx = ImportContext(Coverage("tiktok"), timezone_name=tz)
    items = list(imp.iter_items(arch, ctx))
    return det, items, ctx.coverage


def of(items, kind):
    return [i for i in items if i.kind == kind]


def check_all(items, with_profile=True):
    likes = of(items, Kind.LIKE)
    assert [i.url for i in likes] == [VIDEO.format("7320000000000000001"), VIDEO.format("7320000000000000002")]
    assert all(i.target is None for i in likes)       # author unknown: checked by hand
    assert likes[0].extra["video_id"] == "7320000000000000001"
    assert likes[0].timestamp == D(2024, 1, 10, 13, 0, tzinfo=UTC)
    (saved,) = of(items, Kind.SAVED)
    assert saved.url.endswith("7320000000000000003/")
    follows = of(items, Kind.FOLLOW)
    assert [(f.target.handle, f.target.url) for f in follows] == [
        ("relawan_contoh", "https://www.tiktok.com/@relawan_contoh"),
        ("akun.berita", "https://www.tiktok.com/@akun.berita")]
    (share,) = of(items, Kind.SHARE)
    assert share.extra["method"] == "whatsapp" and share.extra["video_id"] == "7320000000000000004"
    comments = of(items, Kind.COMMENT)
    assert [c.text for c in comments] == ["Mantap, lanjutkan!", "baris satu\nbaris dua"]
    assert comments[0].extra["video_id"] == "7320000000000000005" and comments[1].url is None
    (video,) = of(items, Kind.VIDEO)
    assert video.text == "Upacara 17an #merdeka"
    assert video.media[0].uri == "https://v16.tiktokcdn.com/abc/video.mp4" and video.media[0].path == ""
    assert video.timestamp == D(2023, 8, 17, 0, 0, tzinfo=UTC)
    if with_profile:
        (prof,) = of(items, Kind.PROFILE)
        assert prof.text == "Abdi negara" and prof.extra["owner"] == "budi_asn"


@pytest.mark.parametrize("generation", ["new", "old"])
def test_json_export_both_generations(tmp_path, generation):
    path = build_tiktok_export(tmp_path, generation=generation, **SECTIONS)
    det, items, cov = run(path)
    assert det.fmt == "json" and det.confidence >= 0.9
    assert ("new" in det.generation) == (generation == "new")
    check_all(items)
    name = "user_data_tiktok.json" if generation == "new" else "user_data.json"
    assert cov.files_read[name] == len(items) == 10
    assert any(n["code"] == "tiktok.likes_no_author" and n["params"]["count"] == 3 for n in cov.notes)


def test_dates_are_read_in_the_users_zone(tmp_path):
    path = build_tiktok_export(tmp_path, likes=SECTIONS["likes"])
    _, items, _ = run(path, tz="WIT")
    assert of(items, Kind.LIKE)[0].timestamp == D(2024, 1, 10, 11, 0, tzinfo=UTC)


def test_txt_export(tmp_path):
    path = build_tiktok_export(tmp_path, fmt="txt", **SECTIONS)
    det, items, cov = run(path)
    assert det.fmt == "txt"
    check_all(items, with_profile=False)
    assert cov.files_read["TikTok/Likes and Favorites/Like List.txt"] == 2
    assert cov.files_skipped["TikTok/Your Activity/Watch History.txt"]["reason"] == "not_relevant"


def test_txt_old_video_link_key_and_single_file(tmp_path):
    f = tmp_path / "Like List.txt"
    f.write_text("Date: 2022-09-10 23:50:54\nVideo Link: https://www.tiktokv.com/share/video/7140836423267028270/\n"
                 "\nDate: 2022-09-10 23:26:24\nVideo Link: https://www.tiktokv.com/share/video/7137844136069319982/\n",
                 encoding="utf-8")
    det, items, _ = run(f)
    assert det is not None and det.fmt == "txt"
    assert [i.extra["video_id"] for i in items] == ["7140836423267028270", "7137844136069319982"]


def test_single_json_file_given_directly(tmp_path):
    path = build_tiktok_export(tmp_path, zipped=False, **SECTIONS)
    assert path.name == "user_data_tiktok.json"
    det, items, _ = run(path)
    assert det is not None
    check_all(items)


def test_truncated_json_keeps_what_was_read(tmp_path):
    raw = json.dumps(tiktok_dict(**SECTIONS), indent=2).encode()
    cut = raw[: raw.index(b"relawan_contoh") + 5]
    path = build_tiktok_export(tmp_path, raw_json=cut)
    det, items, cov = run(path)
    assert det is not None
    # Profile, likes and favourites come before the cut; the follow list is broken.
    assert len(of(items, Kind.LIKE)) == 2 and not of(items, Kind.FOLLOW)
    assert any(n["code"] == "coverage.partial_file" for n in cov.notes)


def test_bad_records_are_counted_not_fatal(tmp_path):
    data = tiktok_dict(**SECTIONS)
    data["Likes and Favorites"]["Like List"]["ItemFavoriteList"] += ["not a record", {"date": "2024-01-01"}]
    path = build_tiktok_export(tmp_path, raw_json=json.dumps(data).encode())
    _, items, cov = run(path)
    assert len(of(items, Kind.LIKE)) == 2
    (note,) = [n for n in cov.notes if n["code"] == "coverage.bad_records"]
    assert note["params"]["count"] == 2


def test_bogus_dates_become_unknown(tmp_path):
    path = build_tiktok_export(tmp_path, likes=[("0000-00-00 00:00:00", VIDEO.format("1234567890123"))])
    _, items, _ = run(path)
    assert items[0].timestamp is None


def test_unrelated_files_are_not_detected(tmp_path):
    f = tmp_path / "user_data.json"
    f.write_text(json.dumps({"name": "x", "rows": []}), encoding="utf-8")
    assert TikTokImporter().detect(open_inputs([f]).archives[0]) is None
    g = tmp_path / "Following.txt"
    g.write_text("random notes\nnothing here\n", encoding="utf-8")
    assert TikTokImporter().detect(open_inputs([g]).archives[0]) is None


@pytest.mark.parametrize("fmt", ["json", "txt"])
def test_damaged_exports_never_crash(tmp_path, fmt):
    from tests.test_importer_whatsapp import mutated
    root = build_tiktok_export(tmp_path, fmt=fmt, zipped=False, **SECTIONS)
    path = root if fmt == "json" else root / "TikTok/Comment/Comments.txt"
    for data in mutated(path.read_bytes(), 45, 3):
        path.write_bytes(data)
        run(path)
