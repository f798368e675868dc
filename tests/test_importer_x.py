"""X archive importer: tweets (parts, renames, old layout), likes, follows, lists, notes, media."""

from __future__ import annotations

import copy
import json
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from audit.archive.archive import Archive
from audit.archive.members import FolderSource, ZipSource
from audit.coverage import Coverage
from audit.importers.base import ImportContext
from audit.importers.x import XImporter, snowflake_time
from audit.model import Kind, Platform
from tests.fixtures.instagram import build_instagram_export
from tests.fixtures.x import DEMO_RECORDS, build_x_archive, tweet_obj, ytd

UTC = timezone.utc


def load(path: Path, fmt: str = "zip"):
    archive = Archive([ZipSource(path) if fmt == "zip" else FolderSource(path)])
    imp = XImporter()
    det = imp.detect(archive)
    ctx = ImportContext(coverage=Coverage(platform="x"))
    items = list(imp.iter_items(archive, ctx)) if det else []
    return archive, det, items, ctx.coverage


def kind(items, k):
    return [i for i in items if i.kind is k]


def test_detect_and_account_every_member(tmp_path):
    archive, det, items, cov = load(build_x_archive(tmp_path / "x.zip"))
    assert det.platform is Platform.X and det.generation == "tweets.js (2022+)" and det.confidence >= 0.9
    assert [m.path for m in archive.members() if not cov.accounted(m.path)] == []
    assert cov.files_skipped["data/direct-messages.js"]["reason"] == "not_relevant"
    assert cov.files_skipped["assets/js/ondemand.s.js"]["detail"] == "importers.x.viewer"
    assert cov.files_skipped["data/tweets_media/1760000000000000009-AbC.jpg"]["reason"] == "media"
    assert {i.platform for i in items} == {Platform.X}


def test_retweet_reply_quote_and_plain_post(tmp_path):
    _, _, items, _ = load(build_x_archive(tmp_path / "x.zip"))
    rt = kind(items, Kind.SHARE)[0]
    assert rt.target.handle == "relawan_01" and rt.target.id == "900" and rt.target.name == "Relawan 01"
    assert rt.text == "RT @relawan_01: Bersama nomor 01 untuk Indonesia & maju!"   # &amp; unescaped
    assert rt.timestamp == datetime(2024, 1, 13, 12, 0, tzinfo=UTC)
    assert rt.url == "https://x.com/budi_contoh/status/1750000000000000000"
    reply = kind(items, Kind.COMMENT)[0]
    assert reply.target.handle == "relawan_02" and reply.target.id == "901"
    assert reply.extra["in_reply_to"] == "https://x.com/relawan_02/status/1749999999999999999"
    posts = kind(items, Kind.POST)
    quote = [p for p in posts if "quote_of" in p.extra][0]
    assert quote.target.handle == "relawan_03"
    plain = [p for p in posts if p.text.startswith("Antre di TPS")][0]
    assert plain.target is None
    assert [m.path for m in plain.media] == ["data/tweets_media/1760000000000000009-AbC.jpg"]
    assert plain.media[0].uri == "https://pbs.twimg.com/media/AbC.jpg"


def test_reply_to_oneself_is_a_post(tmp_path):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["tweets"] = [{"id": "1750000000000000005", "created_at": "Sat Jan 13 12:00:00 +0000 2024",
                       "text": "lanjutan utas", "reply_to": {"screen_name": "budi_contoh",
                                                            "user_id": "1500000000000000001",
                                                            "status_id": "1750000000000000004"}}]
    _, _, items, _ = load(build_x_archive(tmp_path / "x.zip", recs))
    t = [i for i in items if i.text == "lanjutan utas"][0]
    assert t.kind is Kind.POST and t.extra["thread"] is True and t.target is None


def test_likes_have_no_date_and_author_only_from_a_real_status_url(tmp_path):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["likes"].append({"id": "1745000000000000000", "text": "cuitan &lt;b&gt;",
                          "url": "https://twitter.com/relawan_09/status/1745000000000000000"})
    _, _, items, cov = load(build_x_archive(tmp_path / "x.zip", recs))
    likes = kind(items, Kind.LIKE)
    assert len(likes) == 3 and all(i.timestamp is None for i in likes)
    first = likes[0]
    assert first.text == "Ayo menangkan nomor 01 & 02"
    assert first.url == "https://twitter.com/i/web/status/1740000000000000000"
    assert first.target is None
    # The snowflake gives the liked tweet's own time, kept apart from the like time.
    assert first.extra["tweet_created"].startswith("2023-12-27")
    gone = likes[1]
    assert gone.text is None and gone.extra["unavailable"] is True
    assert gone.url == "https://x.com/i/web/status/1730000000000000000"
    named = likes[2]
    assert named.target.handle == "relawan_09" and named.text == "cuitan <b>"
    assert {"code": "importers.x.likes_no_date", "params": {}} in cov.notes


def test_following_ids_with_handles_learnt_from_own_mentions(tmp_path):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["following"].append({"id": "4444", "ids_only": True})   # 2019 archives: accountId only
    _, _, items, _ = load(build_x_archive(tmp_path / "x.zip", recs))
    f = {i.target.id: i for i in kind(items, Kind.FOLLOW)}
    assert set(f) == {"900", "2222222222222222222", "4444"}
    assert f["900"].target.handle == "relawan_01"
    assert f["900"].target.url == "https://twitter.com/intent/user?user_id=900"
    assert f["2222222222222222222"].target.handle is None
    assert f["4444"].target.url == "https://x.com/intent/user?user_id=4444"
    assert all(i.timestamp is None for i in f.values())


def test_lists_are_group_memberships(tmp_path):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["lists_subscribed"] = ["https://twitter.com/partai_contoh/lists/kader"]
    _, _, items, _ = load(build_x_archive(tmp_path / "x.zip", recs))
    lists = {i.target.url: i for i in kind(items, Kind.GROUP_MEMBERSHIP)}
    sub = lists["https://twitter.com/partai_contoh/lists/kader"]
    assert sub.extra["membership"] == "joined" and sub.target.handle == "partai_contoh"
    assert sub.target.name == "kader" and sub.target.type == "list"
    assert lists["https://twitter.com/budi_contoh/lists/kopi"].extra["membership"] == "admin"
    assert lists["https://twitter.com/relawan_01/lists/1600000000000000000"].extra["membership"] == "added"


def test_profile_from_account_and_profile_js(tmp_path):
    _, _, items, _ = load(build_x_archive(tmp_path / "x.zip"))
    p = kind(items, Kind.PROFILE)
    assert len(p) == 1
    assert p[0].text == "ASN & pecinta kopi"
    assert p[0].extra["owner"] == "budi_contoh" and p[0].extra["account_id"] == "1500000000000000001"
    assert p[0].media[0].path == "data/profile_media/1500000000000000001-avatar_abc.jpg"
    assert "email" not in p[0].extra


@pytest.mark.parametrize("parts", [1, 2, 4])
def test_split_tweet_parts_are_all_read(tmp_path, parts):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["tweets"] = [{"id": str(1750000000000000000 + n), "created_at": "Sat Jan 13 12:00:00 +0000 2024",
                       "text": f"cuitan {n}"} for n in range(12)]
    _, _, items, cov = load(build_x_archive(tmp_path / "x.zip", recs, split_tweets=parts))
    texts = sorted(i.text for i in kind(items, Kind.POST))
    assert texts == sorted(f"cuitan {n}" for n in range(12))
    tweet_files = [f for f in cov.files_read if "/tweets" in f]
    assert len(tweet_files) == parts
    assert sum(cov.files_read[f] for f in tweet_files) == 12


def test_like_parts(tmp_path):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["likes"] = [{"id": str(1740000000000000000 + n), "text": f"suka {n}"} for n in range(6)]
    recs["like_parts"] = 3
    _, _, items, cov = load(build_x_archive(tmp_path / "x.zip", recs))
    assert len(kind(items, Kind.LIKE)) == 6
    assert {"data/like.js", "data/like-part1.js", "data/like-part2.js"} <= set(cov.files_read)


def test_old_names_bare_tweets_and_root_layout(tmp_path):
    archive, det, items, cov = load(build_x_archive(tmp_path / "old.zip", root_layout=True, bare_tweets=True))
    assert det is not None and "root" in det.generation
    assert kind(items, Kind.SHARE)[0].target.handle == "relawan_01"
    post = [i for i in items if i.text and i.text.startswith("Antre")][0]
    assert post.media[0].path == "tweet_media/1760000000000000009-AbC.jpg"
    assert all(cov.accounted(m.path) for m in archive.members())
    _, det2, items2, _ = load(build_x_archive(tmp_path / "mid.zip", old_names=True, fmt="zip"))
    assert det2.generation.startswith("tweet.js") and kind(items2, Kind.SHARE)


def test_folder_source(tmp_path):
    archive, det, items, cov = load(build_x_archive(tmp_path / "xf", fmt="folder", root="twitter-2024"), "folder")
    assert det is not None and len(kind(items, Kind.LIKE)) == 2
    assert all(cov.accounted(m.path) for m in archive.members())


def test_note_tweet_completes_truncated_tweet_and_orphans_are_posts(tmp_path):
    long_text = "Catatan panjang tentang pelayanan publik. " * 10
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["tweets"] = [{"id": "1760000000000000100", "created_at": "Wed Feb 14 05:00:00 +0000 2024",
                       "text": long_text[:270] + "… https://t.co/zz"}]
    recs["note_tweets"] = [{"id": "900001", "created_at": "2024-02-14T05:00:01.000Z", "text": long_text},
                           {"id": "900002", "created_at": "2024-02-15T05:00:00.000Z", "text": "Catatan lain"}]
    _, _, items, cov = load(build_x_archive(tmp_path / "x.zip", recs))
    posts = kind(items, Kind.POST)
    merged = [p for p in posts if p.url and p.url.endswith("1760000000000000100")][0]
    assert merged.text == long_text.strip() or merged.text == long_text
    assert merged.extra["note_tweet"] is True
    orphan = [p for p in posts if p.text == "Catatan lain"]
    assert len(orphan) == 1 and orphan[0].timestamp == datetime(2024, 2, 15, 5, 0, tzinfo=UTC)
    assert len(posts) == 2
    assert cov.files_read["data/note-tweet.js"] == 1


def test_community_tweets_give_posts_and_one_membership_per_community(tmp_path):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["community_tweets"] = [
        {"id": "1770000000000000001", "created_at": "Fri Mar 01 10:00:00 +0000 2024", "text": "halo komunitas",
         "community_id": "1600000000000000077"},
        {"id": "1770000000000000002", "created_at": "Sat Mar 02 10:00:00 +0000 2024", "text": "lagi",
         "community_id": "1600000000000000077"}]
    _, _, items, cov = load(build_x_archive(tmp_path / "x.zip", recs))
    cposts = [i for i in kind(items, Kind.POST) if i.extra.get("community")]
    assert len(cposts) == 2
    mem = kind(items, Kind.GROUP_MEMBERSHIP)
    com = [m for m in mem if m.target.type == "community"]
    assert len(com) == 1 and com[0].target.id == "1600000000000000077"
    assert com[0].target.url == "https://x.com/i/communities/1600000000000000077"
    assert com[0].timestamp == datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    assert cov.files_read["data/community-tweet.js"] == 3


@pytest.mark.parametrize("raw", ["Fri Jan 03 10:00:00 +0000 1997", "Thu Jan 01 00:00:00 +0000 2003",
                                 "not a date", "", "Sun Jan 01 00:00:00 +0000 2099"])
def test_bogus_tweet_dates_become_none(tmp_path, raw):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["tweets"] = [{"id": "1750000000000000000", "created_at": raw, "text": "cuitan aneh"}]
    _, _, items, _ = load(build_x_archive(tmp_path / "x.zip", recs))
    t = [i for i in items if i.text == "cuitan aneh"][0]
    assert t.timestamp is None
    assert t.extra["time"]["raw"] == raw


def test_video_media_named_after_best_mp4_variant(tmp_path):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["tweets"] = [{"id": "1760000000000000200", "created_at": "Wed Feb 14 05:00:00 +0000 2024",
                       "text": "video kampanye", "media": [{"name": "Best.mp4", "type": "video"}]}]
    _, _, items, _ = load(build_x_archive(tmp_path / "x.zip", recs))
    v = [i for i in items if i.text == "video kampanye"][0]
    assert [(m.path, m.type) for m in v.media] == [("data/tweets_media/1760000000000000200-Best.mp4", "video")]


def test_truncated_tweets_js_keeps_records_before_the_damage(tmp_path):
    recs = copy.deepcopy(DEMO_RECORDS)
    recs["tweets"] = [{"id": str(1750000000000000000 + n), "created_at": "Sat Jan 13 12:00:00 +0000 2024",
                       "text": f"cuitan {n}"} for n in range(40)]
    full = build_x_archive(tmp_path / "full.zip", recs)
    with zipfile.ZipFile(full) as zf:
        data = zf.read("data/tweets.js")
    path = build_x_archive(tmp_path / "cut.zip", recs, extra_files={"data/tweets.js": data[: len(data) // 2]})
    archive, _, items, cov = load(path)
    got = [i.text for i in kind(items, Kind.POST)]
    # Streaming past the preface: records before the cut are kept, in order.
    assert 5 < len(got) < 40 and got == [f"cuitan {n}" for n in range(len(got))]
    assert cov.files_read["data/tweets.js"] == len(got)
    assert any(n["code"] == "coverage.partial_file" for n in cov.notes)
    # Later files are still read.
    assert len(kind(items, Kind.LIKE)) == 2
    assert all(cov.accounted(m.path) for m in archive.members())


def test_malformed_records_are_skipped_and_counted(tmp_path):
    good = {"tweet": tweet_obj({"id": "1750000000000000009", "created_at": "Sat Jan 13 12:00:00 +0000 2024",
                                "text": "baik"})}
    path = build_x_archive(tmp_path / "x.zip", extra_files={
        "data/tweets.js": ytd("tweets.part0", ["string", 5, {"other": {}}, good]),
        "data/following.js": b"window.YTD.following.part0 = {not json"})
    _, _, items, cov = load(path)
    assert [i.text for i in kind(items, Kind.POST)] == ["baik"]
    assert any(n["code"] == "coverage.bad_records" and n["params"]["count"] == 3 for n in cov.notes)
    assert cov.files_skipped["data/following.js"]["reason"] == "unreadable"


def test_iter_json_streams_prefixed_files_without_loading_them(tmp_path):
    """The base.py improvement: prefix_strip + ijson yields records before the end is read."""
    body = ytd("tweets.part0", [{"tweet": {"id_str": str(n)}} for n in range(3)])
    z = tmp_path / "s.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("data/tweets.js", body[:-40])   # broken tail
    archive = Archive([ZipSource(z)])
    ctx = ImportContext(coverage=Coverage(platform="x"))
    got = []
    with pytest.raises(Exception) as err:
        for rec in ctx.iter_json(archive.members()[0], ("item",), prefix_strip=True):
            got.append(rec["tweet"]["id_str"])
    assert got == ["0", "1"]
    assert getattr(err.value, "code", "") == "format.bad_json"


def test_snowflake_time():
    assert snowflake_time("1740000000000000000").year == 2023
    assert snowflake_time("12345") is None
    assert snowflake_time("abc") is None


def test_instagram_export_is_not_x(tmp_path):
    _, det, _, _ = load(build_instagram_export(tmp_path / "ig.zip", "I3"))
    assert det is None


def test_plain_js_named_tweets_without_ytd_is_not_x(tmp_path):
    z = tmp_path / "n.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("tweets.js", "console.log(1)")
        zf.writestr("account.js", json.dumps({"a": 1}))
    _, det, _, _ = load(z)
    assert det is None
