"""YouTube Takeout importer: content-based recognition in English and Indonesian archives."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.archive.inputs import open_inputs
from audit.coverage import Coverage
from audit.importers.base import ImportContext
from audit.importers.registry import detect as detect_any
from audit.importers.youtube import YouTubeImporter, comment_text, split_action
from audit.model import Kind, Platform
from tests.fixtures import youtube as F


# Every test here runs with both HTML tokenizers (libxml2 and html.parser): they must read pages alike.
pytestmark = pytest.mark.usefixtures("html_backend")

UC_OWN = "UC" + "o" * 22
UC_CAND = "UC" + "c" * 22
VID = "abcdefghijk"
CID = "Ugx" + "k" * 23


def run(tmp_path: Path, members: dict[str, str | bytes], names: list[str] | None = None,
        tz: str = "WIB") -> tuple[list, Coverage]:
    paths = []
    if names is None:
        paths.append(F.write_zip(tmp_path / "takeout-20240301T000000Z-001.zip", members))
    else:  # split export: each name gets the members whose key starts with "<n>:"
        for n in names:
            part = {k.split(":", 1)[1]: v for k, v in members.items() if k.startswith(n + ":")}
            paths.append(F.write_zip(tmp_path / n, part))
    opened = open_inputs(paths)
    assert len(opened.archives) == 1
    cov = Coverage("youtube")
    items = list(YouTubeImporter().iter_items(opened.archives[0], ImportContext(cov, timezone_name=tz)))
    return items, cov


def full_files(lang: str) -> dict[str, str]:
    liked = "Liked" if lang == "en" else "Menyukai"
    watched = "Watched" if lang == "en" else "Menonton"
    sub = "Subscribed to" if lang == "en" else "Berlangganan ke"
    shared = "Shared" if lang == "en" else "Membagikan"
    date = "Mar 5, 2024, 9:36:36 AM WIB" if lang == "en" else "5 Mar 2024, 09.36.36 WIB"
    cards = [
        F.activity_card(liked, (F_W(VID), "Debat Capres"), date, (UC_CAND, "Kanal Calon")),
        F.activity_card(watched, (F_W(VID), "Debat Capres"), date, (UC_CAND, "Kanal Calon")),
        F.activity_card(sub, (f"https://www.youtube.com/channel/{UC_CAND}", "Kanal Calon"), date),
        F.activity_card(shared, (F_W("sharedvid01"), "Orasi"), date, (UC_CAND, "Kanal Calon")),
        F.activity_card(liked, (F_W("adadadadada"), "Iklan"), date, (UC_CAND, "Iklan"), ads=True),
    ]
    return {
        "subs": F.subscriptions([(UC_CAND, "Kanal Calon"), ("UC" + "z" * 22, "Resep Masak")], lang),
        "comments": F.comments([
            {"id": CID, "channel": UC_OWN, "time": "2024-01-02T03:04:05.123+00:00", "video": VID,
             "text": F.segments_new("Pilih nomor ", "\n", {"text": "ini", "link": {"linkUrl": "https://x.id/a"}})},
            {"id": CID + ".AbC", "parent": CID, "channel": UC_OWN, "time": "2024-01-03T03:04:05+00:00",
             "video": VID, "text": F.segments_new("balasan"), "price": "Rp10.000"},
        ], "new", lang),
        "chats": F.live_chats([{"id": "ChwKGkNPa" + "x" * 20, "channel": UC_OWN,
                                "time": "2024-02-02T03:04:05+00:00", "video": VID,
                                "text": F.segments_new("Hidup!")}], lang),
        "videos": F.videos([{"id": "myvideo0001", "channel": UC_OWN, "title": "Kegiatan kantor",
                             "description": "Rapat koordinasi", "created": "2023-05-01T00:00:00+00:00"}], lang),
        "channel": F.channel(UC_OWN, "Budi", lang),
        "activity_html": F.activity_html(cards),
        "watch_json": F.activity_json([F.activity_record(f"{watched} Video", F_W(VID),
                                                         "2024-02-01T03:04:05.678Z", (UC_CAND, "K"))]),
    }


def F_W(v: str) -> str:
    return f"https://www.youtube.com/watch?v={v}"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_full_takeout_in_both_languages(tmp_path, lang):
    items, cov = run(tmp_path, F.takeout_members(lang, full_files(lang)))
    kinds = sorted(i.kind.value for i in items)
    assert kinds == ["comment", "comment", "comment", "follow", "follow", "follow", "like", "share",
                     "video"]
    assert all(i.platform is Platform.YOUTUBE for i in items)
    like = next(i for i in items if i.kind is Kind.LIKE)
    assert like.target.id == UC_CAND and like.target.name == "Kanal Calon" and like.target.type == "channel"
    assert like.url == F_W(VID) and like.extra["video_title"] == "Debat Capres"
    # 09:36:36 WIB is 02:36:36 UTC: the zone written on the page wins.
    assert like.timestamp.isoformat() == "2024-03-05T02:36:36+00:00"
    follow_act = [i for i in items if i.kind is Kind.FOLLOW and i.timestamp is not None]
    assert follow_act and follow_act[0].target.id == UC_CAND
    subs = {i.target.id: i.target for i in items if i.kind is Kind.FOLLOW and i.timestamp is None}
    assert subs[UC_CAND].url == f"https://www.youtube.com/channel/{UC_CAND}"
    assert subs["UC" + "z" * 22].name == "Resep Masak"
    top = next(i for i in items if i.kind is Kind.COMMENT and not i.extra.get("reply")
               and not i.extra.get("live_chat"))
    assert top.text == "Pilih nomor \nini" and top.extra["links"] == ["https://x.id/a"]
    assert top.url == f"{F_W(VID)}&lc={CID}" and top.target.id == VID
    reply = next(i for i in items if i.extra.get("reply"))
    assert reply.extra["parent_comment_id"] == CID and reply.extra["price"] == "Rp10.000"
    chat = next(i for i in items if i.extra.get("live_chat"))
    assert chat.text == "Hidup!" and "&lc=" not in chat.url
    video = next(i for i in items if i.kind is Kind.VIDEO)
    assert video.text == "Kegiatan kantor\nRapat koordinasi"
    # Other Google products and the watch-only history are accounted for, not read.
    skipped = {f: v["detail"] for f, v in cov.files_skipped.items()}
    assert skipped["Takeout/Chrome/BrowserHistory.json"] == "importers.youtube.other_google_product"
    assert any(d == "importers.youtube.history_only" for d in skipped.values())
    assert any(d == "importers.youtube.channel_info" for d in skipped.values())
    notes = [n for n in cov.notes if n["code"] == "importers.youtube.activity_ignored"]
    assert notes and notes[0]["params"]["watch"] == 1 and notes[0]["params"]["ads"] == 1


def test_old_comment_layout_and_old_segment_json(tmp_path):
    csv_text = F.comments([{"id": CID, "channel": UC_OWN, "time": "2023-09-19T17:42:53.434647+00:00",
                            "video": VID, "text": F.segments_old("Mantap 👍")}], "old", "en")
    items, _ = run(tmp_path, F.takeout_members("en", {"comments": csv_text}, other_products=False))
    assert len(items) == 1 and items[0].text == "Mantap 👍"
    assert items[0].extra["comment_id"] == CID and items[0].extra["video_id"] == VID


def test_unknown_header_language_is_read_by_content(tmp_path):
    """A Takeout in a language without a header table: roles come from the values."""
    header = ["Kommentar-ID", "Kanal-ID", "Zeitstempel", "Preis", "Übergeordnet", "Video-ID", "Text"]
    body = F.csv_text(header, [[CID, UC_OWN, "2023-09-19T17:42:53+00:00", "0", "", VID,
                                F.segments_old("Hallo")]])
    items, cov = run(tmp_path, {"Takeout/YouTube und YouTube Music/Kommentare/Kommentare.csv": body})
    assert [(i.kind, i.text, i.extra["video_id"]) for i in items] == [(Kind.COMMENT, "Hallo", VID)]


def test_liked_playlist_is_a_like_and_watch_later_is_saved(tmp_path):
    files = {
        "playlists": F.playlists_meta([("LL", "Liked videos"), ("WL", "Watch later")]),
        "playlists/Liked videos-videos.csv": F.playlist_items([(VID, "2022-01-02T03:04:05+00:00")]),
        "playlists/Watch later-videos.csv": F.playlist_items([("wwwwwwwwwww", "2022-01-02T03:04:05+00:00")]),
    }
    items, _ = run(tmp_path, F.takeout_members("en", files, other_products=False))
    by_kind = {i.kind: i for i in items}
    assert by_kind[Kind.LIKE].target.id == VID and by_kind[Kind.SAVED].extra["playlist"] == "Watch later"


def test_my_activity_json_and_old_likes_json(tmp_path):
    rec = F.activity_record("Liked Orasi Kampanye", F_W(VID), "2024-02-01T03:04:05.678Z", (UC_CAND, "Kanal"))
    likes = ('[{"kind": "youtube#playlistItem", "snippet": {"publishedAt": "2019-05-01T10:00:00.000Z", '
             f'"title": "Video lama", "playlistId": "LL{"q" * 22}", "resourceId": {{"videoId": "{VID}"}}}}, '
             f'"contentDetails": {{"videoId": "{VID}"}}}}]')
    subs_json = ('[{"kind": "youtube#subscription", "snippet": {"publishedAt": "2018-01-01T00:00:00Z", '
                 f'"title": "Kanal Lama", "resourceId": {{"channelId": "{UC_CAND}"}}}}}}]')
    files = {"activity_json": F.activity_json([rec]), "playlists/likes.json": likes,
             "subscriptions/subscriptions.json": subs_json}
    items, _ = run(tmp_path, F.takeout_members("en", files, other_products=False))
    kinds = sorted((i.kind.value, i.timestamp.year) for i in items)
    assert kinds == [("follow", 2018), ("like", 2019), ("like", 2024)]


def test_split_zip_parts_are_read_together(tmp_path):
    files = full_files("id")
    members = F.takeout_members("id", files, other_products=False)
    keys = sorted(members)
    split = {f"takeout-20240301T000000Z-00{1 + n % 2}.zip:{k}": members[k] for n, k in enumerate(keys)}
    items, _ = run(tmp_path, split, ["takeout-20240301T000000Z-001.zip", "takeout-20240301T000000Z-002.zip"])
    assert len(items) == 9


def test_truncated_activity_html_keeps_earlier_cards(tmp_path):
    date = "5 Mar 2024, 09.36.36 WIB"
    cards = [F.activity_card("Menyukai", (F_W(f"vid{n:08d}"), f"V{n}"), date, (UC_CAND, "K")) for n in range(5)]
    page = F.activity_html(cards)
    cut = page[: page.index("V3") + 2]                   # cut inside the fourth card
    items, cov = run(tmp_path, F.takeout_members("id", {"activity_html": cut}, other_products=False))
    assert len(items) == 3
    path = next(iter(cov.files_read))
    assert cov.files_read[path] == 3
    assert any(n["code"] == "coverage.partial_file" and n["params"]["detail"] == "importers.html.truncated"
               for n in cov.notes)


@pytest.mark.parametrize("body", [
    b"\x00\x01\x02garbage", b"", "Channel Id\n\"unterminated".encode(), b"\xff\xfe\x00<html>",
    b"<html><div class=\"outer-cell\"><![CDATA[ x <<<>>> </div",
    ("a,b\n" + "x," * 100000 + "\n").encode(),
])
def test_garbage_never_raises(tmp_path, body):
    members = {f"Takeout/YouTube and YouTube Music/{n}": body
               for n in ("x.csv", "y.json", "z.html", "comments/comments.csv")}
    items, cov = run(tmp_path, members)
    assert isinstance(items, list)
    assert all(cov.accounted(p) for p in members)


def test_detection_and_registry_choose_youtube(tmp_path):
    members = F.takeout_members("id", {"subs": F.subscriptions([(UC_CAND, "K")], "id")})
    p = F.write_zip(tmp_path / "takeout-20240301T000000Z-001.zip", members)
    archive = open_inputs([p]).archives[0]
    d = YouTubeImporter().detect(archive)
    assert d is not None and d.platform is Platform.YOUTUBE and d.confidence >= 0.9
    best = detect_any(archive)
    assert best is not None and best[0].name == "youtube_takeout"


def test_single_csv_given_alone_is_recognised(tmp_path):
    p = tmp_path / "langganan.csv"
    p.write_text(F.subscriptions([(UC_CAND, "Kanal Calon")], "id"), encoding="utf-8")
    archive = open_inputs([p]).archives[0]
    assert YouTubeImporter().detect(archive) is not None
    cov = Coverage("youtube")
    items = list(YouTubeImporter().iter_items(archive, ImportContext(cov)))
    assert [i.target.id for i in items] == [UC_CAND]


def test_helpers():
    assert split_action("Menyukai Debat") == ("like", "Debat")
    assert split_action("Tidak menyukai Debat")[0] == "dislike"
    assert split_action("Likedx")[0] is None
    assert comment_text('{"text":"a"},{"text":"\n"},{"text":"b"}') == ("a\nb", [], True)
    assert comment_text("{broken")[2] is False
