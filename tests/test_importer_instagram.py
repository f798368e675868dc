"""Instagram importer: every layout generation, Meta escaping, localised keys, damaged files."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from audit.archive.archive import Archive
from audit.archive.members import FolderSource, ZipSource
from audit.coverage import Coverage
from audit.importers.base import ImportContext
from audit.importers.instagram import InstagramImporter, account_target, read_string_map, username_from_href
from audit.model import Kind, Platform
from tests.fixtures.instagram import DEMO_RECORDS, build_instagram_export, meta_dumps
from tests.fixtures.x import build_x_archive

ROOT = "instagram-budi.contoh-2025-01-01-AbCd1234/"
UTC = timezone.utc


def load(path: Path, fmt: str = "zip", tz: str = "WIB"):
    src = ZipSource(path) if fmt == "zip" else FolderSource(path)
    archive = Archive([src])
    imp = InstagramImporter()
    det = imp.detect(archive)
    ctx = ImportContext(coverage=Coverage(platform="instagram"), timezone_name=tz)
    items = list(imp.iter_items(archive, ctx)) if det else []
    return archive, det, items, ctx.coverage


def by(items, platform=Platform.INSTAGRAM, kind=None):
    return [i for i in items if i.platform is platform and (kind is None or i.kind is kind)]


@pytest.mark.parametrize("gen", ["I0", "I1", "I2", "I3"])
def test_each_generation_is_detected_and_every_member_accounted(tmp_path, gen):
    path = build_instagram_export(tmp_path / f"{gen}.zip", gen)
    archive, det, items, cov = load(path)
    assert det is not None and det.platform is Platform.INSTAGRAM
    assert det.generation.startswith(gen)
    assert items
    missing = [m.path for m in archive.members() if not cov.accounted(m.path)]
    assert missing == []
    # Likes, follows, comments, own posts and the profile come out of every generation.
    kinds = {i.kind for i in by(items)}
    assert {Kind.LIKE, Kind.FOLLOW, Kind.COMMENT, Kind.POST, Kind.PROFILE, Kind.SAVED} <= kinds
    likes = {i.target.handle for i in by(items, kind=Kind.LIKE) if i.target}
    assert "relawan.contoh" in likes
    follows = {i.target.handle for i in by(items, kind=Kind.FOLLOW)}
    assert {"relawan.contoh", "bkngoidofficial", "pemilu2024"} <= follows
    # Followers (other people's act) are never items.
    assert "teman.lama" not in follows


def test_folder_export_reads_the_same_as_zip(tmp_path):
    z = build_instagram_export(tmp_path / "a.zip", "I3")
    f = build_instagram_export(tmp_path / "folder", "I3", fmt="folder")
    _, _, zi, _ = load(z)
    archive, det, fi, cov = load(f, "folder")
    assert det is not None
    assert sorted(i.fingerprint() for i in zi) == sorted(i.fingerprint() for i in fi)
    assert all(cov.accounted(m.path) for m in archive.members())


def test_meta_mojibake_is_repaired_in_strings(tmp_path):
    raw = meta_dumps({"x": "Sántoso 🔥"})
    assert b"\\u00c3\\u00a1" in raw and b"\\u00f0\\u009f\\u0094\\u00a5" in raw   # written as Meta writes
    _, _, items, _ = load(build_instagram_export(tmp_path / "e.zip", "I3"))
    prof = by(items, kind=Kind.PROFILE)
    assert prof[0].extra["name"] == "Budi Sántoso"
    assert prof[0].text == "ASN. Pecinta kopi ☕"
    texts = {i.text for i in by(items, kind=Kind.COMMENT)}
    assert "Keren sekali @relawan.contoh 🔥" in texts
    post = [i for i in by(items, kind=Kind.POST) if i.text and "nyoblos" in i.text][0]
    assert post.text == "Sudah nyoblos! Jari ungu 🇮🇩"


def test_label_values_likes_2025(tmp_path):
    _, _, items, _ = load(build_instagram_export(tmp_path / "e.zip", "I3"))
    like = [i for i in by(items, kind=Kind.LIKE) if i.url == "https://www.instagram.com/p/AbCd01/"][0]
    assert like.target.handle == "relawan.contoh"
    assert like.target.name == "Relawan Contoh"
    assert like.target.url == "https://www.instagram.com/relawan.contoh/"
    assert like.text == "Ayo dukung nomor 01 👍"
    assert like.timestamp == datetime(2023, 12, 10, 12, 0, tzinfo=UTC)
    assert like.extra["record_shape"] == "label_values"


@pytest.mark.parametrize("language", ["en", "id", "nl", "tr", "xx"])
def test_localised_keys_in_comments_saved_and_profile(tmp_path, language):
    path = build_instagram_export(tmp_path / "l.zip", "I3", language=language)
    _, _, items, _ = load(path)
    comments = {(i.text, i.target.handle if i.target else None) for i in by(items, kind=Kind.COMMENT)}
    assert ("Keren sekali @relawan.contoh 🔥", "relawan.contoh") in comments
    # A one-word comment that looks like a username: owner still found by position.
    assert ("Mantap", "kuliner.kota") in comments
    c = [i for i in by(items, kind=Kind.COMMENT) if i.text == "Mantap"][0]
    assert c.timestamp == datetime(2024, 2, 2, 12, 0, tzinfo=UTC)
    saved = by(items, kind=Kind.SAVED)
    assert saved and saved[0].url == "https://www.instagram.com/p/Sav01/" and saved[0].timestamp is not None
    like = [i for i in by(items, kind=Kind.LIKE) if i.url == "https://www.instagram.com/p/AbCd01/"][0]
    assert like.target.handle == "relawan.contoh"
    if language != "xx":
        assert by(items, kind=Kind.PROFILE)[0].extra["owner"] == "budi.contoh"


def test_string_map_fallback_by_value_shape():
    text, owner, ts, href, raw = read_string_map({
        "Aaa": {"value": "Semoga sukses pak!"}, "Bbb": {"value": "akun_contoh"},
        "Ccc": {"timestamp": 1698765432}})
    assert (text, owner, raw) == ("Semoga sukses pak!", "akun_contoh", 1698765432)
    assert ts == datetime.fromtimestamp(1698765432, UTC)


def test_posts_carousel_caption_exif_in_user_zone(tmp_path):
    path = build_instagram_export(tmp_path / "p.zip", "I3")
    _, _, items, _ = load(path, tz="WIB")
    posts = by(items, kind=Kind.POST)
    single = [p for p in posts if p.text and p.text.startswith("Sudah nyoblos")][0]
    assert single.media[0].path == ROOT + "media/posts/202402/tps_1.jpg"
    assert single.media[0].type == "photo"
    # EXIF "2024:02:14 09:15:00" has no zone: read as WIB (UTC+7).
    assert single.media[0].taken == datetime(2024, 2, 14, 2, 15, tzinfo=UTC)
    carousel = [p for p in posts if p.text == "Liburan keluarga"][0]
    assert len(carousel.media) == 2 and carousel.extra["carousel"] == 2
    assert carousel.timestamp == datetime.fromtimestamp(1530370226, UTC)
    reel = [p for p in posts if p.extra.get("surface") == "reel"][0]
    assert reel.media[0].type == "video"
    story = by(items, kind=Kind.PHOTO)
    assert story and story[0].extra["surface"] == "story" and story[0].media[0].path.endswith("story1.jpg")
    _, _, items_wit, _ = load(path, tz="WIT")
    single_wit = [p for p in by(items_wit, kind=Kind.POST) if p.text and p.text.startswith("Sudah")][0]
    assert single_wit.media[0].taken == datetime(2024, 2, 14, 0, 15, tzinfo=UTC)


def test_threads_items_inside_instagram_export(tmp_path):
    _, _, items, _ = load(build_instagram_export(tmp_path / "t.zip", "I2"))
    th = by(items, Platform.THREADS)
    kinds = sorted(i.kind.value for i in th)
    assert kinds == ["follow", "like", "post"]
    follow = by(items, Platform.THREADS, Kind.FOLLOW)[0]
    assert follow.target.handle == "relawan.contoh"
    assert follow.target.url == "https://www.threads.net/@relawan.contoh"
    post = by(items, Platform.THREADS, Kind.POST)[0]
    assert post.text == "Thread pertama saya ✍️"


def test_unfollowed_story_likes_polls_hashtags(tmp_path):
    _, _, items, _ = load(build_instagram_export(tmp_path / "u.zip", "I3"))
    left = [i for i in by(items, kind=Kind.FOLLOW) if i.extra.get("membership") == "left"]
    assert [i.target.handle for i in left] == ["partai.contoh"]
    tag = [i for i in by(items, kind=Kind.FOLLOW) if i.target.type == "hashtag"][0]
    assert tag.target.url == "https://www.instagram.com/explore/tags/pemilu2024/"
    story_like = [i for i in by(items, kind=Kind.LIKE) if i.extra.get("object") == "story"]
    assert story_like and story_like[0].target.handle == "relawan.contoh"
    poll = by(items, kind=Kind.REACTION)[0]
    assert poll.extra["interaction"] == "polls" and poll.text == "01"


def test_i0_flat_files(tmp_path):
    _, det, items, cov = load(build_instagram_export(tmp_path / "i0.zip", "I0"))
    assert det.generation.startswith("I0")
    c = [i for i in by(items, kind=Kind.COMMENT) if i.text == "Mantap"][0]
    assert c.target.handle == "kuliner.kota"
    assert c.timestamp == datetime(2024, 2, 2, 12, 0, tzinfo=UTC)
    photos = [i for i in by(items, kind=Kind.POST) if i.text == "Sudah nyoblos! Jari ungu 🇮🇩"]
    assert photos[0].media[0].path == ROOT + "photos/202402/tps_1.jpg"
    assert by(items, kind=Kind.PROFILE)[0].extra["owner"] == "budi.contoh"
    assert cov.files_read[ROOT + "connections.json"] == 3
    assert cov.files_skipped[ROOT + "messages.json"]["reason"] == "not_relevant"


def test_html_export_is_left_to_the_meta_html_importer(tmp_path):
    z = tmp_path / "html.zip"
    import zipfile
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("your_instagram_activity/likes/liked_posts.html", "<html></html>")
        zf.writestr("personal_information/personal_information/personal_information.html", "<html></html>")
        zf.writestr("media/posts/202401/a.jpg", b"\xff\xd8")
    _, det, _, _ = load(z)
    assert det is None


def test_x_archive_is_not_instagram(tmp_path):
    _, det, _, _ = load(build_x_archive(tmp_path / "x.zip"))
    assert det is None


def test_truncated_file_keeps_items_read_before_the_damage(tmp_path):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["following"] = [{"user": f"akun_{n}", "ts": 1700000000 + n} for n in range(50)]
    full = build_instagram_export(tmp_path / "full.zip", "I2", recs)
    import zipfile
    with zipfile.ZipFile(full) as zf:
        data = zf.read(ROOT + "connections/followers_and_following/following.json")
    cut = data[: len(data) // 2]
    path = build_instagram_export(tmp_path / "cut.zip", "I2", recs, extra_files={
        "connections/followers_and_following/following.json": cut})
    archive, _, items, cov = load(path)
    got = [i.target.handle for i in by(items, kind=Kind.FOLLOW) if i.target.handle.startswith("akun_")]
    assert 5 < len(got) < 50
    assert got == [f"akun_{n}" for n in range(len(got))]
    f = ROOT + "connections/followers_and_following/following.json"
    assert cov.files_read[f] == len(got)
    assert any(n["code"] == "coverage.partial_file" and n["params"]["file"] == f for n in cov.notes)
    assert all(cov.accounted(m.path) for m in archive.members())


def test_unreadable_file_and_bad_records(tmp_path):
    bad_likes = json.dumps({"likes_media_likes": [
        "not a record",
        {"title": "akun.baik", "string_list_data": [{"href": "https://www.instagram.com/p/Ok1/",
                                                       "value": "x", "timestamp": 1700000000}]}]}).encode()
    path = build_instagram_export(tmp_path / "b.zip", "I2", extra_files={
        "your_instagram_activity/likes/liked_posts.json": bad_likes,
        "your_instagram_activity/likes/liked_comments.json": b"{\"likes_comment_likes\": [",
        "your_instagram_activity/saved/saved_posts.json": b"\x00\x01garbage"})
    _, _, items, cov = load(path)
    likes = [i for i in by(items, kind=Kind.LIKE) if i.extra.get("object") == "post"]
    assert [i.target.handle for i in likes] == ["akun.baik"]
    assert any(n["code"] == "coverage.bad_records" and n["params"]["count"] == 1 for n in cov.notes)
    for f in ("liked_comments.json", "saved_posts.json"):
        path_f = [p for p in cov.files_skipped if p.endswith(f)]
        assert path_f and cov.files_skipped[path_f[0]]["reason"] == "unreadable"


@pytest.mark.parametrize("bogus", [0, 1, -62169958800, 99999999999999])
def test_bogus_dates_become_none(tmp_path, bogus):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["following"] = [{"user": "akun.x", "ts": bogus}]
    recs["comments"] = [{"text": "Halo", "owner": "akun.x", "ts": bogus}]
    _, _, items, _ = load(build_instagram_export(tmp_path / "d.zip", "I2", recs))
    f = [i for i in by(items, kind=Kind.FOLLOW) if i.target.handle == "akun.x"][0]
    assert f.timestamp is None
    c = [i for i in by(items, kind=Kind.COMMENT) if i.text == "Halo"]
    # A comment with no usable time is still reported (text and owner are known).
    assert c and c[0].timestamp is None and c[0].target.handle == "akun.x"


def test_username_from_href_normalises_u_form():
    assert username_from_href("https://www.instagram.com/_u/akun_contoh") == "akun_contoh"
    assert username_from_href("https://www.instagram.com/akun.contoh/") == "akun.contoh"
    assert username_from_href("https://www.instagram.com/p/AbCdEf/") is None
    assert username_from_href("https://example.com/akun") is None
    t = account_target(None, "https://www.instagram.com/_u/akun_contoh")
    assert t.handle == "akun_contoh" and t.url == "https://www.instagram.com/akun_contoh/"


def test_old_following_items_read_username_from_value(tmp_path):
    _, _, items, _ = load(build_instagram_export(tmp_path / "i1.zip", "I1"))
    f = [i for i in by(items, kind=Kind.FOLLOW) if i.target.handle == "bkngoidofficial"][0]
    assert f.target.url == "https://www.instagram.com/bkngoidofficial/"
    assert f.timestamp == datetime(2020, 1, 5, 12, 0, tzinfo=UTC)
