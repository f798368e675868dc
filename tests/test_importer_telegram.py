"""Telegram Desktop exports: full-account and single-chat result.json, and the HTML export."""

from __future__ import annotations

import json
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

from audit.archive.inputs import open_inputs
from audit.coverage import Coverage
from audit.importers.base import ImportContext
from audit.importers.telegram import TelegramImporter, join_text
from audit.model import Kind
from tests.fixtures.telegram import (build_telegram_export, build_telegram_html, build_telegram_single_chat,
                                     html_message, html_service, tg_chat, tg_message, tg_service)

UTC = timezone.utc
WIB = timezone(timedelta(hours=7))
ME = 123456789
MY = f"user{ME}"
D = datetime


def run(path: Path, tz: str = "WIB", **options):
    opened = open_inputs([path])
    assert not opened.problems, opened.problems
    arch = opened.archives[0]
    imp = TelegramImporter()
    det = imp.detect(arch)
    ctx = ImportContext(Coverage("telegram"), timezone_name=tz, options=options)
    items = list(imp.iter_items(arch, ctx))
    return det, items, ctx.coverage


def of(items, kind):
    return [i for i in items if i.kind == kind]


def full_chats():
    channel = tg_chat("Info Relawan Contoh", "public_channel", 1234567890, [
        tg_service(1, D(2023, 4, 1, 9, 0), "Budi Santoso", MY, "join_group_by_link", inviter="Admin"),
        tg_message(2, D(2023, 4, 1, 9, 30), "Info Relawan Contoh", "channel1234567890", "Pengumuman"),
    ])
    group = tg_chat("Diskusi Warga", "private_supergroup", 555, [
        tg_message(10, D(2024, 1, 5, 20, 0), "Ani", "user42", "Halo"),
        tg_message(11, D(2024, 1, 5, 20, 1), "Budi Santoso", MY,
                   ["Dukung ", {"type": "bold", "text": "Paslon"}, " ", {"type": "hashtag", "text": "#menang"}]),
        tg_message(12, D(2024, 1, 5, 20, 2), "Budi Santoso", MY, "", forwarded_from="Info Relawan Contoh",
                   photo="chats/chat_002/photos/photo_1@05-01-2024_20-02-00.jpg", width=800, height=600),
        tg_message(13, D(2024, 1, 5, 20, 3), "Budi Santoso", MY, "video",
                   file="(File not included. Change data exporting settings to download.)",
                   media_type="video_file", mime_type="video/mp4"),
    ])
    personal = tg_chat("Ani", "personal_chat", 42, [tg_message(20, D(2024, 1, 6, 8, 0), "Budi Santoso", MY, "pagi")])
    saved = tg_chat(None, "saved_messages", ME, [tg_message(30, D(2024, 1, 6, 8, 0), "Budi Santoso", MY, "catatan")])
    left = tg_chat("Tim Sukses Contoh", "private_supergroup", 987654321, [
        tg_message(40, D(2023, 12, 1, 10, 0), "Budi Santoso", MY, "ikut bantu"),
    ])
    return [channel, group, personal, saved], [left]


def test_full_account_memberships_messages_and_shares(tmp_path):
    chats, left = full_chats()
    path = build_telegram_export(tmp_path, chats=chats, left_chats=left, zipped=True,
                                 media={"chats/chat_002/photos/photo_1@05-01-2024_20-02-00.jpg": b"\xff\xd8x"})
    det, items, cov = run(path)
    assert det.generation == "JSON full account" and det.confidence >= 0.9
    members = {i.target.name: i for i in of(items, Kind.GROUP_MEMBERSHIP)}
    assert set(members) == {"Info Relawan Contoh", "Diskusi Warga", "Tim Sukses Contoh"}
    ch = members["Info Relawan Contoh"]
    assert (ch.target.type, ch.target.id, ch.extra["membership"]) == ("channel", "1234567890", "joined")
    assert ch.timestamp == D(2023, 4, 1, 2, 0, tzinfo=UTC)   # the user's own join action
    assert members["Tim Sukses Contoh"].extra["membership"] == "left"
    assert members["Diskusi Warga"].target.type == "group" and members["Diskusi Warga"].extra["own_messages"] == 3
    msgs = of(items, Kind.MESSAGE)
    assert [m.text for m in msgs] == ["Dukung Paslon #menang", "video", "ikut bantu"]
    assert msgs[0].extra["chat"] == "Diskusi Warga" and msgs[0].url == "https://t.me/c/555/11"
    assert msgs[0].timestamp == D(2024, 1, 5, 13, 1, tzinfo=UTC)
    assert msgs[1].extra["media_missing"] is True and msgs[1].media == ()
    assert msgs[2].extra["membership"] == "left"
    (share,) = of(items, Kind.SHARE)
    assert share.extra["forwarded_from"] == "Info Relawan Contoh" and share.text is None
    assert share.media[0].path == "DataExport_2024-03-01/chats/chat_002/photos/photo_1@05-01-2024_20-02-00.jpg"
    # Private chats and saved messages are not read as acts, but counted.
    assert all(i.target.name not in ("Ani", None) for i in items)
    (note,) = [n for n in cov.notes if n["code"] == "telegram.private_chats_skipped"]
    assert note["params"]["count"] == 2
    assert cov.files_read["DataExport_2024-03-01/result.json"] == len(items)


def test_date_unixtime_wins_over_local_date(tmp_path):
    msg = tg_message(1, D(2024, 2, 1, 10, 0), "Budi Santoso", MY, "x")
    msg["date"] = "1999-01-01T00:00:00"          # the exporting computer's clock is not trusted
    path = build_telegram_export(tmp_path, chats=[tg_chat("G", "private_group", 7, [msg])])
    _, items, _ = run(path)
    assert of(items, Kind.MESSAGE)[0].timestamp == D(2024, 2, 1, 3, 0, tzinfo=UTC)
    del msg["date_unixtime"]
    msg["date"] = "2024-02-01T10:00:00"
    path = build_telegram_export(tmp_path / "b", chats=[tg_chat("G", "private_group", 7, [msg])])
    _, items, _ = run(path, tz="WITA")
    assert of(items, Kind.MESSAGE)[0].timestamp == D(2024, 2, 1, 2, 0, tzinfo=UTC)


def test_single_chat_export_needs_self_option(tmp_path):
    chat = tg_chat("Relawan Desa", "private_supergroup", 77, [
        tg_message(1, D(2024, 1, 1, 9, 0), "Budi Santoso", MY, "siap"),
        tg_message(2, D(2024, 1, 1, 9, 1), "Ani", "user42", "ok"),
    ])
    path = build_telegram_single_chat(tmp_path, chat)
    det, items, cov = run(path)
    assert det.generation == "JSON single chat"
    assert [(i.kind, i.extra["membership"]) for i in items] == [(Kind.GROUP_MEMBERSHIP, "member")]
    (note,) = [n for n in cov.notes if n["code"] == "telegram.self_unknown"]
    assert note["params"]["participants"] == ["Budi Santoso", "Ani"]
    for who in ("Budi Santoso", MY, str(ME)):
        _, items, _ = run(path, telegram_self=who)
        assert [m.text for m in of(items, Kind.MESSAGE)] == ["siap"]


def test_channel_created_by_user_gives_posts(tmp_path):
    chat = tg_chat("Kanal Saya", "public_channel", 31, [
        tg_service(1, D(2024, 1, 1, 8, 0), "Budi Santoso", MY, "create_channel", title="Kanal Saya"),
        tg_message(2, D(2024, 1, 1, 9, 0), "Kanal Saya", "channel31", "Unggahan pertama"),
    ])
    path = build_telegram_export(tmp_path, chats=[chat])
    _, items, _ = run(path)
    member = of(items, Kind.GROUP_MEMBERSHIP)[0]
    assert member.extra["role"] == "creator" and member.timestamp == D(2024, 1, 1, 1, 0, tzinfo=UTC)
    assert [p.text for p in of(items, Kind.POST)] == ["Unggahan pertama"]


def test_truncated_result_json_keeps_items_read(tmp_path):
    chats, left = full_chats()
    path = build_telegram_export(tmp_path, chats=chats, left_chats=left)
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b'"video"')])   # cut inside the group's 4th message
    det, items, cov = run(path)
    assert det is not None
    assert [m.text for m in of(items, Kind.MESSAGE)] == ["Dukung Paslon #menang"]
    assert of(items, Kind.SHARE)
    assert any(n["code"] == "coverage.partial_file" for n in cov.notes)
    garbage = tmp_path / "g" / "result.json"
    garbage.parent.mkdir()
    garbage.write_bytes(b'{"about": "x", "personal_information": {"user_id": 5}, "chats": {"list": [{"name"::}')
    det, items, cov = run(garbage)
    assert det is not None and items == []
    assert cov.files_skipped["result.json"]["reason"] == "unreadable"


def test_bad_records_are_skipped_not_fatal(tmp_path):
    msgs = [tg_message(1, D(2024, 1, 1, 9, 0), "Budi Santoso", MY, "ok")]
    chat = tg_chat("G", "private_group", 8, msgs)
    data = json.dumps({"about": "a", "personal_information": {"user_id": ME},
                       "chats": {"list": [chat, "not a chat", {"name": "H", "type": "private_group", "id": 9,
                                                               "messages": [5, "x", {"type": "message",
                                                                                     "from_id": MY,
                                                                                     "text": 7}]}]}})
    path = build_telegram_export(tmp_path, chats=[], raw=data.encode())
    _, items, cov = run(path)
    assert [m.text for m in of(items, Kind.MESSAGE)] == ["ok", None]
    assert {i.target.name for i in of(items, Kind.GROUP_MEMBERSHIP)} == {"G", "H"}
    assert any(n["code"] == "coverage.bad_records" for n in cov.notes)


def test_join_text_shapes():
    assert join_text("a") == "a"
    assert join_text(["a", {"type": "link", "text": "b"}, {"type": "x"}, 3]) == "ab"
    assert join_text(None) is None


def test_large_export_streams_in_flat_memory(tmp_path):
    n = 15_000
    big = [tg_message(i, D(2024, 1, 1, 9, 0) + timedelta(seconds=i), "Ani", "user42", "pesan panjang " * 30)
           for i in range(n)]
    big.append(tg_message(n, D(2024, 1, 2, 9, 0), "Budi Santoso", MY, "milik saya"))
    path = build_telegram_export(tmp_path, chats=[tg_chat("Besar", "public_supergroup", 99, big)])
    size = path.stat().st_size
    tracemalloc.start()
    _, items, _ = run(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [m.text for m in of(items, Kind.MESSAGE)] == ["milik saya"]
    assert size > 10_000_000 and peak < size / 4, (size, peak)


def test_html_export(tmp_path):
    group_pages = [[
        html_service(1, "Budi Santoso joined group by link"),
        html_message(2, D(2024, 1, 5, 20, 0), "Ani", "Halo semua"),
        html_message(3, D(2024, 1, 5, 20, 1), "Budi Santoso", "Dukung <b>kita</b>\nbaris dua"),
        html_message(4, D(2024, 1, 5, 20, 2), None, "lanjutan", joined=True),
    ], [
        html_message(5, D(2024, 1, 6, 8, 0), None, "halaman dua", joined=True, with_zone=False),
        html_message(6, D(2024, 1, 6, 8, 1), "Budi Santoso", "", forwarded_from="Info Relawan",
                     photo="photos/photo_1@06-01-2024_08-01-00.jpg"),
        html_message(7, D(2024, 1, 6, 8, 2), "Rudi", "oke"),
    ]]
    root = build_telegram_html(tmp_path, chats=[
        {"name": "Diskusi Warga", "kind": "Private supergroup", "pages": group_pages},
        {"name": "Ani", "kind": "Personal chat", "pages": [[html_message(9, D(2024, 1, 1), "Budi Santoso", "p")]]},
    ], left_chats=[{"name": "Kanal Lama", "kind": "Public channel",
                    "pages": [[html_message(1, D(2023, 1, 1), "Kanal Lama", "info")]]}])
    (root / "chats/chat_001/photos").mkdir()
    (root / "chats/chat_001/photos/photo_1@06-01-2024_08-01-00.jpg").write_bytes(b"\xff\xd8")
    det, items, cov = run(root, tz="WIB")
    assert det.generation == "HTML"
    members = {i.target.name: i.extra["membership"] for i in of(items, Kind.GROUP_MEMBERSHIP)}
    assert members == {"Diskusi Warga": "joined", "Kanal Lama": "left"}
    msgs = of(items, Kind.MESSAGE)
    assert [m.text for m in msgs] == ["Dukung <b>kita</b>\nbaris dua", "lanjutan", "halaman dua"]
    assert msgs[0].timestamp == D(2024, 1, 5, 13, 1, tzinfo=UTC)
    assert msgs[2].timestamp == D(2024, 1, 6, 1, 0, tzinfo=UTC)      # no zone in title: read in WIB
    assert all(m.target.name == "Diskusi Warga" for m in msgs)
    (share,) = of(items, Kind.SHARE)
    assert share.extra["forwarded_from"] == "Info Relawan"
    assert share.media[0].path.endswith("chats/chat_001/photos/photo_1@06-01-2024_08-01-00.jpg")
    assert any(n["code"] == "telegram.html_self_by_name" and n["params"]["name"] == "Budi Santoso"
               for n in cov.notes)
    assert not [i for i in items if i.target.name == "Ani"]
    assert cov.files_skipped["css/style.css"]["reason"] == "not_relevant"


def test_html_single_chat_without_summary(tmp_path):
    pages = [[html_message(1, D(2024, 1, 5), "Ani", "a"), html_message(2, D(2024, 1, 5), "Rudi", "b"),
              html_message(3, D(2024, 1, 5), "Budi", "c")]]
    root = build_telegram_html(tmp_path, chats=[{"name": "Warga", "kind": "?", "pages": pages}],
                               with_lists=False, with_summary=False)
    det, items, cov = run(root)
    assert det is not None
    assert [i.kind for i in items] == [Kind.GROUP_MEMBERSHIP]
    (note,) = [n for n in cov.notes if n["code"] == "telegram.self_unknown"]
    assert set(note["params"]["participants"]) == {"Ani", "Rudi", "Budi"}
    _, items, _ = run(root, telegram_self="Budi")
    assert [m.text for m in of(items, Kind.MESSAGE)] == ["c"]


def test_bundled_demo_export():
    from audit.paths import resource_path
    det, items, cov = run(resource_path("demo", "telegram-DataExport_2024-03-01.zip"))
    assert det.generation == "JSON full account"
    assert of(items, Kind.GROUP_MEMBERSHIP)


def test_damaged_exports_never_crash(tmp_path):
    from tests.test_importer_whatsapp import mutated
    chats, left = full_chats()
    path = build_telegram_export(tmp_path, chats=chats, left_chats=left)
    root = build_telegram_html(tmp_path / "h", chats=[{"name": "G", "kind": "Private group", "pages": [[
        html_message(1, D(2024, 1, 1), "Budi Santoso", "x", forwarded_from="Q"),
        html_message(2, D(2024, 1, 1), None, "y", joined=True)]]}])
    page = root / "chats/chat_001/messages.html"
    for target, where in ((path, path), (page, root)):
        for data in mutated(target.read_bytes(), 45, 2):
            target.write_bytes(data)
            opened = open_inputs([where])
            imp = TelegramImporter()
            imp.detect(opened.archives[0])
            list(imp.iter_items(opened.archives[0], ImportContext(Coverage("telegram"))))
