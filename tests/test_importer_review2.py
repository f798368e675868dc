"""Second importer review: gaps against the real export layouts, each with the real shape.

Sources of each shape are named in the test and in docs/importer-review-2.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from audit.coverage import Coverage
from audit.importers.base import ImportContext
from audit.model import Kind
from tests.fixtures.run import run_importer

UTC = timezone.utc
WIB = timezone(timedelta(hours=7))
D = datetime
ME = 123456789
MY = f"user{ME}"




# -- Telegram: poll votes ---------------------------------------------------------------
# tdesktop export_output_json.cpp (telegramdesktop/tdesktop 006cadcc, same in its forks):
# "poll": {"question", "closed", "total_voters", "answers": [{"text", "voters", "chosen"}]},
# "chosen" = answer.my, the exporting user's own vote; a poll message has an empty "text".
def _poll(question, answers, closed=False):
    return {"question": question, "closed": closed, "total_voters": sum(v for _t, v, _c in answers),
            "answers": [{"text": t, "voters": v, "chosen": c} for t, v, c in answers]}


def test_telegram_own_poll_vote_in_a_channel_is_read(tmp_path):
    from audit.importers.telegram import TelegramImporter
    from tests.fixtures.telegram import build_telegram_export, tg_chat, tg_message

    channel = tg_chat("Kanal Relawan Contoh", "public_channel", 1234567890, [
        tg_message(40, D(2024, 1, 20, 9, 0), "Kanal Relawan Contoh", "channel1234567890", "",
                   poll=_poll("Siapa pilihanmu 14 Februari?",
                              [("Paslon 01", 120, False), ("Paslon 02", 340, True), ("Paslon 03", 90, False)])),
        # A poll the user did not answer says nothing about them.
        tg_message(41, D(2024, 1, 21, 9, 0), "Kanal Relawan Contoh", "channel1234567890", "",
                   poll=_poll("Cuaca hari ini?", [("Cerah", 3, False), ("Hujan", 5, False)], closed=True)),
    ])
    group = tg_chat("Grup Warga RT 05", "private_supergroup", 555, [
        # The user's own poll: its text is empty, the question and options are its content.
        tg_message(7, D(2024, 1, 5, 20, 0), "Budi Santoso", MY, "",
                   poll=_poll("Rapat hari apa?", [("Sabtu", 4, False), ("Minggu", 2, False)])),
        # Multiple-answer poll: both picks are the user's.
        tg_message(8, D(2024, 1, 6, 20, 0), "Ani", "user42", "",
                   poll=_poll("Acara 17-an", [("Lomba", 4, True), ("Jalan sehat", 2, True), ("Tidak", 1, False)])),
    ])
    personal = tg_chat("Ani", "personal_chat", 42, [
        tg_message(9, D(2024, 1, 6, 8, 0), "Ani", "user42", "",
                   poll=_poll("Makan di mana?", [("Sini", 1, True)])),
    ])
    path = build_telegram_export(tmp_path, chats=[channel, group, personal])
    items, _cov = run_importer(TelegramImporter(), path)
    votes = {i.extra["message_id"]: i for i in items if i.extra.get("poll_vote")}
    assert set(votes) == {40, 8}                       # private chats are not read as acts
    v = votes[40]
    assert v.kind is Kind.REACTION and v.target.name == "Kanal Relawan Contoh" and v.target.type == "channel"
    assert v.extra["chosen"] == ["Paslon 02"]
    assert v.text == "Siapa pilihanmu 14 Februari?\nPaslon 02"   # options not picked stay out
    assert "Paslon 01" not in v.text and "Paslon 03" not in v.text
    assert v.extra["poll_options"] == ["Paslon 01", "Paslon 02", "Paslon 03"]
    assert v.timestamp == D(2024, 1, 20, 2, 0, tzinfo=UTC) and v.extra["time_meaning"] == "poll_posted"
    assert v.url == "https://t.me/c/1234567890/40"
    assert votes[8].extra["chosen"] == ["Lomba", "Jalan sehat"]
    (own,) = [i for i in items if i.kind is Kind.MESSAGE and i.extra.get("message_id") == 7]
    assert own.text == "Rapat hari apa?\nSabtu\nMinggu"


def test_telegram_damaged_polls_never_raise(tmp_path):
    from audit.importers.telegram import TelegramImporter
    from tests.fixtures.telegram import build_telegram_export, tg_chat, tg_message

    msgs = [tg_message(1, D(2024, 1, 1, 9, 0), "Ani", "user42", "", poll="oops"),
            tg_message(2, D(2024, 1, 1, 9, 1), "Ani", "user42", "", poll={"answers": "x"}),
            tg_message(3, D(2024, 1, 1, 9, 2), "Ani", "user42", "",
                       poll={"question": 5, "answers": [None, {"text": 7, "chosen": True},
                                                        {"text": "Ya", "chosen": True}]}),
            tg_message(4, D(2024, 1, 1, 9, 3), "Budi Santoso", MY, "", poll={"question": None, "answers": None})]
    path = build_telegram_export(tmp_path, chats=[tg_chat("G", "private_group", 7, msgs)])
    items, _ = run_importer(TelegramImporter(), path)
    (vote,) = [i for i in items if i.extra.get("poll_vote")]
    assert vote.extra["message_id"] == 3 and vote.text == "Ya" and vote.extra["poll_question"] is None
    assert [i.extra["message_id"] for i in items if i.kind is Kind.MESSAGE] == [4]


# -- TikTok: 2024-2025 sections ------------------------------------------------------------
# Shapes: a structural transcription of a real 2025 user_data_tiktok.json (code index: a
# TikTok fake-export "structural registry" built from docs/tiktok-export-schema.md):
# Comment.Comments.CommentsList[] {date "... UTC", comment, photo, video, sticker,
# originalPostUrl, "original post link"}; Your Activity.Reposts.RepostList[] {Date, Link};
# TikTok Live.Watch Live History.WatchLiveMap {<19-digit id>: {Comments[{CommentTime,
# CommentContent, RawTime}], Questions: null, WatchTime, Link}} (also abrignoni/RLEAPP
# tikTokArchiveJson.py, "Tiktok Live" spelling); what-if-horizon structure donation
# TT_structure_user_data_tiktok.json: Video.RecentlyDeletedPosts.PostList (no spaces).
def _tiktok(tmp_path, data):
    import json as _json
    import zipfile

    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "tiktok.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("user_data_tiktok.json", _json.dumps(data, indent=2))
    return path


def test_tiktok_2025_comment_shape_utc_stamp_and_original_post_url(tmp_path):
    from audit.importers.tiktok import TikTokImporter

    video = "https://www.tiktokv.com/share/video/7330000000000000001/"
    data = {"Comment": {"Comments": {"App": 1233, "CommentsList": [
        {"date": "2024-02-01 03:00:00 UTC", "comment": "Coblos nomor 2!", "photo": "N/A", "video": "N/A",
         "sticker": "N/A", "originalPostUrl": video, "original post link": video},
        {"date": "2024-02-02 10:00:00", "comment": "mantap", "photo": "N/A", "url": ""}]}},
        "Your Activity": {"Searches": {"SearchList": None}}}
    items, cov = run_importer(TikTokImporter(), _tiktok(tmp_path, data))
    c1, c2 = [i for i in items if i.kind is Kind.COMMENT]
    assert c1.timestamp == D(2024, 2, 1, 3, 0, tzinfo=UTC)            # the stamp says UTC: not WIB
    assert c1.url == video and c1.extra["video_id"] == "7330000000000000001"
    assert c2.timestamp == D(2024, 2, 2, 10, 0, tzinfo=WIB)           # zone-less: the user's zone
    assert sum(cov.files_read.values()) == 2


def test_tiktok_reposts_live_comments_and_deleted_posts_are_read(tmp_path):
    from audit.importers.tiktok import TikTokImporter

    data = {
        "Your Activity": {"Reposts": {"RepostList": [
            {"Date": "2024-01-20 08:00:00", "Link": "https://www.tiktokv.com/share/video/7320000000000000009/"}]},
            "Share History": {"ShareHistoryList": None}},
        "TikTok Live": {"Watch Live History": {"WatchLiveMap": {
            "7330000000000000111": {"Comments": [
                {"CommentTime": "2024-02-05 20:01:00", "CommentContent": "Hidup 03!", "RawTime": 1707138060},
                {"CommentTime": "2024-02-05 20:02:00", "CommentContent": "", "RawTime": 1707138120}],
                "Questions": None, "WatchTime": "2024-02-05 20:00:00",
                "Link": "https://www.tiktok.com/@akun_kampanye/live"},
            "-1": {"Comments": None, "Questions": None, "WatchTime": "", "Link": ""},
            "7330000000000000222": "oops"}}},
        "Video": {"RecentlyDeletedPosts": {"PostList": [
            {"Date": "2023-12-01 07:00:00", "DateDeleted": "2023-12-05 07:00:00",
             "Link": "https://v16.tiktokcdn.com/abc/video.mp4", "Likes": "3", "Title": "Kampanye akbar #02"}]}},
    }
    items, _cov = run_importer(TikTokImporter(), _tiktok(tmp_path, data))
    (rep,) = [i for i in items if i.kind is Kind.SHARE]
    assert rep.extra == {"repost": True, "video_id": "7320000000000000009"}
    assert rep.timestamp == D(2024, 1, 20, 8, 0, tzinfo=WIB)
    (live,) = [i for i in items if i.kind is Kind.COMMENT]
    assert live.text == "Hidup 03!" and live.extra["surface"] == "live_comment"
    assert live.extra["live_id"] == "7330000000000000111" and live.target.handle == "akun_kampanye"
    assert live.timestamp == D(2024, 2, 5, 20, 1, tzinfo=WIB)
    (deleted,) = [i for i in items if i.kind is Kind.VIDEO]
    assert deleted.text == "Kampanye akbar #02" and deleted.extra["deleted"] is True


def test_tiktok_old_spelling_of_live_section_and_damaged_map(tmp_path):
    from audit.importers.tiktok import TikTokImporter

    data = {"Activity": {"Like List": {"ItemFavoriteList": None}},
            "Tiktok Live": {"Watch Live History": {"WatchLiveMap": {
                "1": {"Comments": [None, {"CommentTime": 5, "CommentContent": "Ayo dukung"}],
                      "Questions": [{"QuestionTime": "2023-05-01 10:00:00", "QuestionContent": "Kapan debat?"}],
                      "Link": 7}}}}}
    items, _ = run_importer(TikTokImporter(), _tiktok(tmp_path, data))
    got = sorted((i.text, i.extra["surface"], i.timestamp is None) for i in items if i.kind is Kind.COMMENT)
    assert got == [("Ayo dukung", "live_comment", True), ("Kapan debat?", "live_question", False)]
    data["Tiktok Live"]["Watch Live History"]["WatchLiveMap"] = ["not", "a", "map"]
    items, cov = run_importer(TikTokImporter(), _tiktok(tmp_path / "b", data))
    assert not [i for i in items if i.kind is Kind.COMMENT]
    assert any(n["code"] == "coverage.bad_records" for n in cov.notes)


# -- Facebook: polls you voted on -------------------------------------------------------------
# NorseKode/Waultar-App documents/parser/interactions_examples.md (real Danish 2021 export):
# polls/polls_you_voted_on.json {"poll_votes_v2": [{timestamp, attachments[{data[{poll{options
# [{option, voted}]}}]}], title "X har stemt i Y's meningsmåling."}]}; a German excerpt in a public
# TypeScript model has the same shape with mojibake; another parser reads poll.question too.
def test_facebook_poll_votes_are_read(tmp_path):
    from audit.archive.archive import Archive
    from audit.archive.members import ZipSource
    from audit.importers.facebook import FacebookImporter
    from tests.fixtures.facebook import build_facebook_export

    root = "your_facebook_activity"
    votes = {"poll_votes_v2": [
        {"timestamp": 1706000000, "title": "Budi Santoso voted on Relawan Contoh's poll.",
         "attachments": [{"data": [{"poll": {"question": "Siapa pilihanmu?", "options": [
             {"option": "Paslon 01", "voted": False}, {"option": "Paslon 02 \u2764", "voted": True},
             {"option": "Paslon 03", "voted": False}]}}]}]},
        # Real records often list only the voted option, without a question.
        {"timestamp": 1514417414, "title": "Budi Santoso voted in Ani's poll.",
         "attachments": [{"data": [{"poll": {"options": [{"option": "Kan ikke", "voted": True}]}}]}]},
        {"timestamp": 1514417415, "attachments": [{"data": [{"poll": "oops"}]}]},
        "not a record"]}
    post = [{"timestamp": 1705000000, "title": "Budi Santoso created a poll.",
             "attachments": [{"data": [{"poll": {"question": "Rapat RT hari apa?",
                                                 "options": [{"option": "Sabtu"}, {"option": "Minggu"}]}}]}]}]
    dest = tmp_path / "fb.zip"
    build_facebook_export(dest, "G4", {"files": {f"{root}/polls/polls_you_voted_on.json": votes},
                                       "posts": post})
    archive = Archive([ZipSource(dest)])
    cov = Coverage(platform="facebook")
    items = list(FacebookImporter().iter_items(archive, ImportContext(coverage=cov)))
    polls = [i for i in items if i.extra.get("poll_vote")]
    assert [(i.target.name if i.target else None, i.extra["chosen"]) for i in polls] == [
        ("Relawan Contoh", ["Paslon 02 \u2764"]), ("Ani", ["Kan ikke"])]
    first = polls[0]
    assert first.kind is Kind.REACTION and first.text == "Siapa pilihanmu?\nPaslon 02 \u2764"   # mojibake repaired
    assert first.timestamp == D.fromtimestamp(1706000000, UTC)
    key = next(k for k in cov.files_read if k.endswith("polls_you_voted_on.json"))
    assert cov.files_read[key] == 2
    assert any(n["code"] == "coverage.bad_records" for n in cov.notes)
    (p,) = [i for i in items if i.kind is Kind.POST]
    assert p.text == "Rapat RT hari apa?\nSabtu\nMinggu" and p.extra["poll"] is True


# Waultar-App documents/parser/activity_examples.md (real 2021 export, G2
# saved_items_and_collections.json, key saves_and_collections_v2): a saved event is
# attachments[{data[{event{name, start_timestamp, end_timestamp}}]}] with a title only.
def test_facebook_saved_event_keeps_its_name(tmp_path):
    from audit.archive.archive import Archive
    from audit.archive.members import ZipSource
    from audit.importers.facebook import FacebookImporter
    from tests.fixtures.facebook import build_facebook_export

    saves = {"saves_and_collections_v2": [
        {"timestamp": 1569871423, "title": "Budi Santoso saved an event.",
         "attachments": [{"data": [{"event": {"name": "Kampanye Akbar Contoh di Lapangan Merdeka",
                                              "start_timestamp": 1570809600, "end_timestamp": 1570827600}}]}]},
        {"timestamp": 1569871424, "title": "Budi Santoso saved an event.",
         "attachments": [{"data": [{"event": {"name": 12}}]}]}]}
    dest = tmp_path / "fb.zip"
    build_facebook_export(dest, "G2", {"files": {
        "saved_items_and_collections/saved_items_and_collections.json": saves,
        "profile_information/profile_information.json": {"profile_v2": {"name": {"full_name": "Budi Santoso"}}}}})
    archive = Archive([ZipSource(dest)])
    items = list(FacebookImporter().iter_items(archive, ImportContext(coverage=Coverage(platform="facebook"))))
    first, second = [i for i in items if i.kind is Kind.SAVED]
    assert first.target.name == "Kampanye Akbar Contoh di Lapangan Merdeka" and first.target.type == "event"
    assert first.extra["event"] == "Kampanye Akbar Contoh di Lapangan Merdeka"
    assert second.target is None and "event" not in second.extra
