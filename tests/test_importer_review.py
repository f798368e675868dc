"""Gaps found by reviewing the importers against archive-formats.md, each with the real shape."""

from __future__ import annotations

from datetime import datetime, timezone

from audit.coverage import Coverage
from audit.i18n import tr
from audit.importers.base import ImportContext
from audit.importers.telegram import TelegramImporter
from audit.model import Kind
from tests.fixtures.run import run_importer
from tests.fixtures.telegram import build_telegram_export, tg_chat, tg_message, tg_reaction

UTC = timezone.utc
D = datetime
ME = 123456789
MY = f"user{ME}"




# -- Telegram: the user's own reactions in groups and channels ---------------------
def test_telegram_own_reactions_in_recent_reactors_become_likes(tmp_path):
    channel = tg_chat("Kanal Paslon Contoh", "public_channel", 1234567890, [
        tg_message(5, D(2024, 1, 10, 9, 0), "Kanal Paslon Contoh", "channel1234567890", "Coblos nomor 9",
                   reactions=[tg_reaction("\U0001F44D", 120, [("Ani", "user42", D(2024, 1, 10, 9, 5)),
                                                             ("Budi Santoso", MY, D(2024, 1, 10, 9, 7))]),
                              tg_reaction("\U0001F525", 3, [("Ani", "user42", D(2024, 1, 10, 9, 6))])]),
        tg_message(6, D(2024, 1, 11, 9, 0), "Kanal Paslon Contoh", "channel1234567890", "Kampanye akbar",
                   reactions=[tg_reaction(None, 2, [("Budi Santoso", MY, D(2024, 1, 11, 10, 0))],
                                          rtype="custom_emoji")]),
        # A count without recent reactors: nothing says the user was one of them.
        tg_message(7, D(2024, 1, 12, 9, 0), "Kanal Paslon Contoh", "channel1234567890", "Debat",
                   reactions=[tg_reaction("\U0001F44D", 40)]),
    ])
    group = tg_chat("Diskusi Warga", "private_supergroup", 555, [
        tg_message(10, D(2024, 1, 5, 20, 0), "Ani", "user42", "Ayo dukung",
                   reactions=[tg_reaction("\u2764", 1, [("Budi Santoso", MY, D(2024, 1, 5, 20, 9))])]),
        # A reaction to one's own message is not an act about someone else.
        tg_message(11, D(2024, 1, 5, 20, 1), "Budi Santoso", MY, "siap",
                   reactions=[tg_reaction("\U0001F44D", 1, [("Budi Santoso", MY, D(2024, 1, 5, 20, 2))])]),
    ])
    personal = tg_chat("Ani", "personal_chat", 42, [
        tg_message(20, D(2024, 1, 6, 8, 0), "Ani", "user42", "pagi",
                   reactions=[tg_reaction("\U0001F44D", 1, [("Budi Santoso", MY, D(2024, 1, 6, 8, 1))])]),
    ])
    path = build_telegram_export(tmp_path, chats=[channel, group, personal])
    items, cov = run_importer(TelegramImporter(), path)
    reacts = [i for i in items if i.kind in (Kind.LIKE, Kind.REACTION)]
    got = {(i.extra["message_id"], i.kind, i.extra["reaction"]) for i in reacts}
    assert got == {(5, Kind.LIKE, "\U0001F44D"), (6, Kind.REACTION, "custom_emoji"),
                   (10, Kind.REACTION, "\u2764")}
    like = next(i for i in reacts if i.extra["message_id"] == 5)
    assert like.target.name == "Kanal Paslon Contoh" and like.target.type == "channel"
    assert like.text == "Coblos nomor 9" and like.url == "https://t.me/c/1234567890/5"
    assert like.timestamp == D(2024, 1, 10, 2, 7, tzinfo=UTC)      # the reaction's own time, WIB
    assert like.extra["post_author"] == "Kanal Paslon Contoh"
    # The user's own message is still one message, not a reaction.
    assert [i.extra["message_id"] for i in items if i.kind is Kind.MESSAGE] == [11]
    (note,) = [n for n in cov.notes if n["code"] == "telegram.reactions_recent_only"]
    assert "terakhir" in tr(note["code"], "id", **note["params"])


def test_telegram_damaged_reactions_never_raise(tmp_path):
    msgs = [tg_message(1, D(2024, 1, 1, 9, 0), "Ani", "user42", "a", reactions="oops"),
            tg_message(2, D(2024, 1, 1, 9, 1), "Ani", "user42", "b", reactions=[None, 3, {"recent": "x"}]),
            tg_message(3, D(2024, 1, 1, 9, 2), "Ani", "user42", "c",
                       reactions=[{"type": "emoji", "emoji": 5, "recent": [None, {"from_id": MY, "date": 7}]}])]
    path = build_telegram_export(tmp_path, chats=[tg_chat("G", "private_group", 7, msgs)])
    items, _ = run_importer(TelegramImporter(), path)
    (r,) = [i for i in items if i.kind is Kind.REACTION]
    assert r.extra["message_id"] == 3 and r.timestamp == D(2024, 1, 1, 2, 2, tzinfo=UTC)


# -- X: an edited post is in tweets.js once per version ------------------------------
def test_x_edited_post_versions_point_to_the_latest(tmp_path):
    from audit.archive.archive import Archive
    from audit.archive.members import ZipSource
    from audit.importers.x import XImporter
    from tests.fixtures.x import DEMO_RECORDS, build_x_archive, rfc2822, tweet_obj, ytd

    first, latest, plain = "1760000000000000100", "1760000000400000100", "1760000000800000100"
    v1 = tweet_obj({"id": first, "created_at": rfc2822(D(2024, 1, 13, 12, 0, tzinfo=UTC)),
                    "text": "Ayo pilih nomor 2"})
    v2 = tweet_obj({"id": latest, "created_at": rfc2822(D(2024, 1, 13, 12, 5, tzinfo=UTC)),
                    "text": "Ayo pilih nomor 2 besok"})
    one = tweet_obj({"id": plain, "created_at": rfc2822(D(2024, 1, 14, 12, 0, tzinfo=UTC)), "text": "Pagi"})
    # The first version lists every id under edit_info.initial; later ones under edit_info.edit.
    v1["edit_info"] = {"initial": {"editTweetIds": [first, latest], "editableUntil": "2024-01-13T13:00:00.000Z",
                                   "editsRemaining": "4", "isEditEligible": True}}
    v2["edit_info"] = {"edit": {"initialTweetId": first, "editControlInitial": {
        "editTweetIds": [first, latest], "editableUntil": "2024-01-13T13:00:00.000Z",
        "editsRemaining": "4", "isEditEligible": True}}}
    records = dict(DEMO_RECORDS, tweets=[])
    path = build_x_archive(tmp_path / "x.zip", records, extra_files={
        "data/tweets.js": ytd("tweets.part0", [{"tweet": v1}, {"tweet": v2}, {"tweet": one}])})
    archive = Archive([ZipSource(path)])
    ctx = ImportContext(coverage=Coverage(platform="x"))
    posts = {i.extra["tweet_id"]: i for i in XImporter().iter_items(archive, ctx) if i.kind is Kind.POST}
    handle = DEMO_RECORDS["account"]["username"]
    old, new = posts[first], posts[latest]
    assert old.extra["superseded_by"] == latest and old.url == f"https://x.com/{handle}/status/{latest}"
    assert old.extra["version_url"] == f"https://x.com/{handle}/status/{first}"
    assert old.text == "Ayo pilih nomor 2"               # the old wording is kept (X shows edit history)
    assert new.url == f"https://x.com/{handle}/status/{latest}" and "superseded_by" not in new.extra
    assert old.extra["edit_chain"] == new.extra["edit_chain"] == first and new.extra["edit_versions"] == 2
    # A post never edited (one id in its own chain) is left as it was.
    assert "edit_chain" not in posts[plain].extra and posts[plain].url.endswith(plain)


# -- Facebook: a Page-type profile's loose photos -------------------------------------
def test_facebook_page_profile_uncategorized_photos_are_read(tmp_path):
    from audit.archive.archive import Archive
    from audit.archive.members import ZipSource
    from audit.importers.facebook import FacebookImporter
    from tests.fixtures.facebook import JPEG, build_facebook_export

    root = "this_profile's_activity_across_facebook"
    uri = f"{root}/posts/media/Uncategorizedphotos_ab12/123_n_456.jpg"
    files = {f"{root}/posts/uncategorized_photos.json": {"other_photos_v2": [
                 {"uri": uri, "creation_timestamp": 1705000000, "title": "Foto", "description": "Kampanye akbar",
                  "media_metadata": {"photo_metadata": {"exif_data": [{"taken_timestamp": 1704990000}]}}}]},
             f"{root}/posts/profile_posts_1.json": [{"timestamp": 1700000000, "data": [{"post": "Halo"}]}]}
    dest = tmp_path / "fb.zip"
    build_facebook_export(dest, "G4", {"files": files, "media": {uri: JPEG}})
    archive = Archive([ZipSource(dest)])
    cov = Coverage(platform="facebook")
    items = list(FacebookImporter().iter_items(archive, ImportContext(coverage=cov)))
    (photo,) = [i for i in items if i.kind is Kind.PHOTO]
    assert photo.text == "Kampanye akbar" and photo.media[0].path.endswith("123_n_456.jpg")
    assert photo.media[0].taken == D.fromtimestamp(1704990000, UTC)
    assert not [m.path for m in archive.members() if not cov.accounted(m.path)]


# -- Instagram: other_content.json (ig_other_media) is the user's own media --------------
def test_instagram_other_content_is_read_as_own_posts(tmp_path):
    import json as _json

    from audit.importers.instagram import InstagramImporter
    from tests.fixtures.instagram import build_instagram_export

    other = {"ig_other_media": [
        {"uri": "media/other/17890000000000001.jpg", "creation_timestamp": 1705000000,
         "title": "Bersama relawan nomor 1", "media_metadata": {"photo_metadata": {"exif_data": []}}},
        {"media": [{"uri": "media/other/17890000000000002.mp4", "creation_timestamp": 1705000100, "title": ""}],
         "title": "Video dukungan", "creation_timestamp": 1705000100}]}
    path = build_instagram_export(tmp_path / "ig.zip", "I3", extra_files={
        "your_instagram_activity/media/other_content.json": _json.dumps(other).encode(),
        "media/other/17890000000000001.jpg": b"\xff\xd8\xff\xe0", "media/other/17890000000000002.mp4": b"\x00"})
    items, cov = run_importer(InstagramImporter(), path)
    got = [(i.text, i.extra["surface"], i.media[0].type) for i in items if i.extra.get("surface") == "other"]
    assert got == [("Bersama relawan nomor 1", "other", "photo"), ("Video dukungan", "other", "video")]
    assert all(i.kind is Kind.POST for i in items if i.extra.get("surface") == "other")
    key = next(k for k in cov.files_read if k.endswith("media/other_content.json"))
    assert cov.files_read[key] == 2
