"""WhatsApp chat exports and the account-info report, in the real line styles."""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from audit.archive.inputs import open_inputs
from audit.coverage import Coverage
from audit.i18n import tr
from audit.importers.base import ImportContext
from audit.importers.whatsapp import WhatsAppImporter, list_participants
from audit.model import Kind
from tests.fixtures.whatsapp import build_account_report, build_whatsapp_chat

UTC = timezone.utc
D = datetime
GROUP = "Relawan RT 05"

# An Indonesian group as an Android phone set to Bahasa Indonesia writes it.
ID_LINES = [
    (D(2024, 1, 12, 19, 0), None, "Pesan dan panggilan dienkripsi secara end-to-end. Tidak seorang pun di luar "
                                  "chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya."),
    (D(2024, 1, 12, 19, 1), None, f'Siti Rahma membuat grup "{GROUP}"'),
    (D(2024, 1, 12, 19, 2), None, "Siti Rahma menambahkan Anda"),
    (D(2024, 1, 12, 19, 5), "Budi Santoso", "Selamat malam semua"),
    (D(2024, 1, 13, 7, 30), "Siti Rahma", "Pagi Pak Budi"),
    (D(2024, 1, 25, 20, 15), "Budi Santoso", "Baris pertama\nbaris kedua dari pesan yang sama"),
    (D(2024, 1, 25, 20, 16), "Budi Santoso", "<Media tidak disertakan>"),
    (D(2024, 1, 25, 20, 17), "Rudi", "Pesan ini dihapus"),
    (D(2024, 2, 1, 8, 0), "Budi Santoso", "Pesan ini dihapus"),
]


def run(path: Path, tz: str = "WIB", **options):
    opened = open_inputs([path])
    assert not opened.problems
    assert len(opened.archives) == 1
    arch = opened.archives[0]
    imp = WhatsAppImporter()
    det = imp.detect(arch)
    ctx = ImportContext(Coverage("whatsapp"), timezone_name=tz, options=options)
    items = list(imp.iter_items(arch, ctx))
    return det, items, ctx.coverage, arch


def of(items, kind):
    return [i for i in items if i.kind == kind]


def test_android_indonesian_own_messages_and_membership(tmp_path):
    path = build_whatsapp_chat(tmp_path, GROUP, ID_LINES, style="android_id")
    assert path.name == f"WhatsApp Chat dengan {GROUP}.txt"
    assert path.read_text(encoding="utf-8").splitlines()[3] == "12/01/24 19.05 - Budi Santoso: Selamat malam semua"
    det, items, cov, _ = run(path, whatsapp_self="budi  santoso")
    assert det is not None and det.confidence >= 0.9 and "Android" in det.generation
    (member,) = of(items, Kind.GROUP_MEMBERSHIP)
    assert member.target.name == GROUP and member.target.type == "group"
    assert member.extra["membership"] == "joined"
    # "Siti Rahma menambahkan Anda" at 19.02 WIB = 12:02 UTC.
    assert member.timestamp == D(2024, 1, 12, 12, 2, tzinfo=UTC)
    msgs = of(items, Kind.MESSAGE)
    # Only Budi's own messages; his deleted one is gone; Siti's and Rudi's are never items.
    assert [m.text for m in msgs] == ["Selamat malam semua",
                                      "Baris pertama\nbaris kedua dari pesan yang sama", None]
    assert all(m.extra["sender"] == "Budi Santoso" and m.extra["chat"] == GROUP for m in msgs)
    assert msgs[0].timestamp == D(2024, 1, 12, 12, 5, tzinfo=UTC)
    # 25/01/24 proves day-first order.
    assert msgs[1].timestamp == D(2024, 1, 25, 13, 15, tzinfo=UTC)
    assert msgs[2].extra["media_omitted"] == "Media tidak disertakan"
    assert cov.files_read[path.name] == 4
    assert not [n for n in cov.notes if n["code"] == "whatsapp.self_unknown"]


def test_zone_changes_timestamps(tmp_path):
    path = build_whatsapp_chat(tmp_path, GROUP, ID_LINES, style="android_id")
    _, items, _, _ = run(path, tz="WIT", whatsapp_self="Budi Santoso")
    assert of(items, Kind.MESSAGE)[0].timestamp == D(2024, 1, 12, 10, 5, tzinfo=UTC)


def test_self_unknown_gives_membership_and_participants_note(tmp_path):
    path = build_whatsapp_chat(tmp_path, GROUP, ID_LINES, style="android_id")
    _, items, cov, _ = run(path)
    assert [i.kind for i in items] == [Kind.GROUP_MEMBERSHIP]
    (note,) = [n for n in cov.notes if n["code"] == "whatsapp.self_unknown"]
    assert note["params"]["participants"] == ["Budi Santoso", "Siti Rahma", "Rudi"]
    assert note["params"]["chat"] == GROUP
    assert "Budi Santoso" in tr("whatsapp.self_unknown", "id", **note["params"])


def test_self_option_per_chat_and_not_found_note(tmp_path):
    path = build_whatsapp_chat(tmp_path, GROUP, ID_LINES, style="android_id")
    _, items, _, _ = run(path, whatsapp_self={GROUP: "Siti Rahma", "*": "Budi Santoso"})
    assert [m.text for m in of(items, Kind.MESSAGE)] == ["Pagi Pak Budi"]
    _, items, cov, _ = run(path, whatsapp_self="Orang Lain")
    assert not of(items, Kind.MESSAGE)
    assert any(n["code"] == "whatsapp.self_not_found" for n in cov.notes)


def test_ios_indonesian_zip_with_media_and_leave(tmp_path):
    lines = [
        (D(2024, 1, 12, 19, 5, 0), None, "Pesan dan panggilan dienkripsi secara end-to-end."),
        (D(2024, 1, 12, 19, 5, 10), None, "Anda bergabung menggunakan tautan undangan grup ini"),
        (D(2024, 1, 12, 19, 5, 33), "Budi", "‎<terlampir: 00000012-PHOTO-2024-01-12-19-05-33.jpg>"),
        (D(2024, 1, 12, 19, 6, 0), "Budi", "Ayo dukung nomor 2 <Pesan ini diedit>"),
        (D(2024, 1, 13, 9, 0, 0), "Ani", "‎stiker tidak disertakan"),
        (D(2024, 3, 1, 9, 0, 0), None, "Anda keluar"),
    ]
    path = build_whatsapp_chat(tmp_path, GROUP, lines, style="ios_id",
                               media={"00000012-PHOTO-2024-01-12-19-05-33.jpg": b"\xff\xd8fake"})
    raw = zipfile.ZipFile(path).read("_chat.txt").decode()
    assert "\r\n" in raw and f"[12/01/24 19.05.10] {GROUP}: \u200eAnda bergabung" in raw
    det, items, cov, _ = run(path, whatsapp_self="Budi")
    assert "iOS" in det.generation
    (member,) = of(items, Kind.GROUP_MEMBERSHIP)
    assert member.target.name == GROUP          # from "WhatsApp Chat - <group>.zip"
    assert member.extra["membership"] == "left"
    assert member.timestamp == D(2024, 3, 1, 2, 0, tzinfo=UTC)
    photo, edited = of(items, Kind.MESSAGE)
    (ref,) = photo.media
    assert ref.path == "00000012-PHOTO-2024-01-12-19-05-33.jpg" and ref.type == "photo"
    assert ref.taken == D(2024, 1, 12, 12, 5, 33, tzinfo=UTC)
    assert photo.text is None
    assert edited.text == "Ayo dukung nomor 2" and edited.extra["edited"] is True
    # The group-name sender of system lines is not a participant.
    assert list_participants(_arch(path)) == {GROUP: ["Budi", "Ani"]}
    assert cov.files_skipped["00000012-PHOTO-2024-01-12-19-05-33.jpg"]["reason"] == "media"


def _arch(path):
    return open_inputs([path]).archives[0]


def test_ios_chat_txt_alone_takes_group_name_from_system_sender(tmp_path):
    lines = [(D(2024, 1, 12, 19, 5), None, "Messages and calls are end-to-end encrypted."),
             (D(2024, 1, 12, 19, 6), None, "Siti added you"),
             (D(2024, 1, 12, 19, 7), "Budi", "Halo"), (D(2024, 1, 12, 19, 8), "Siti", "Hai")]
    zpath = build_whatsapp_chat(tmp_path, "Grup Kantor", lines, style="ios_en")
    (tmp_path / "x").mkdir()
    chat = tmp_path / "x" / "_chat.txt"
    chat.write_bytes(zipfile.ZipFile(zpath).read("_chat.txt"))
    det, items, _, _ = run(chat, whatsapp_self="Budi")
    assert det.confidence >= 0.9
    member = of(items, Kind.GROUP_MEMBERSHIP)[0]
    assert member.target.name == "Grup Kantor" and member.extra["membership"] == "joined"
    assert [m.text for m in of(items, Kind.MESSAGE)] == ["Halo"]


def test_android_english_12h_month_first_and_joined_by_link(tmp_path):
    lines = [
        (D(2024, 2, 3, 21, 4), None, "You joined using this group's invite link"),
        (D(2024, 2, 3, 21, 5), "Budi", "Good evening"),
        (D(2024, 2, 4, 0, 30), "Budi", "<Media omitted>"),
        (D(2024, 2, 4, 12, 15), "Ani", "Hello"),
        (D(2024, 2, 5, 12, 16), "Rina", "Hi"),
    ]
    path = build_whatsapp_chat(tmp_path, "Warga", lines, style="android_en")
    assert "2/3/24, 9:04\u202fPM - You joined" in path.read_text(encoding="utf-8")
    _, items, _, _ = run(path, whatsapp_self="Budi")
    member = of(items, Kind.GROUP_MEMBERSHIP)[0]
    assert member.extra["membership"] == "joined"
    # All fields <= 12: an English 12-hour file is read month first (3 Feb, not 2 Mar).
    assert member.timestamp == D(2024, 2, 3, 14, 4, tzinfo=UTC)
    msgs = of(items, Kind.MESSAGE)
    assert msgs[1].timestamp == D(2024, 2, 3, 17, 30, tzinfo=UTC)   # 12:30 AM WIB on 4 Feb
    assert msgs[1].extra["media_omitted"] == "Media omitted"


def test_day_first_inferred_from_any_day_over_12(tmp_path):
    lines = [(D(2024, 3, 4, 10, 0), "Budi", "a"), (D(2024, 3, 14, 10, 0), "Ani", "b"),
             (D(2024, 3, 15, 10, 0), "Rina", "c"), (D(2024, 3, 16, 10, 0), None, "Ani added Rina")]
    path = build_whatsapp_chat(tmp_path, "Dasawisma", lines, style="android_en24")
    _, items, _, _ = run(path, whatsapp_self="Budi")
    assert of(items, Kind.MESSAGE)[0].timestamp == D(2024, 3, 4, 3, 0, tzinfo=UTC)


def test_subject_changes_are_kept_as_names(tmp_path):
    lines = [(D(2024, 1, 2, 8, 0), None, 'Siti telah mengubah subjek dari "Arisan" menjadi "Relawan 01"'),
             (D(2024, 1, 2, 8, 1), "Budi", "siap"), (D(2024, 1, 2, 8, 2), "Siti", "ok"),
             (D(2024, 1, 2, 8, 3), "Ani", "ok")]
    path = build_whatsapp_chat(tmp_path, "Relawan 01", lines, style="android_id")
    _, items, _, _ = run(path)
    member = of(items, Kind.GROUP_MEMBERSHIP)[0]
    assert member.extra["membership"] == "member" and member.timestamp is None
    assert member.extra["names"] == ["Relawan 01"]
    lines[0] = (D(2024, 1, 2, 8, 0), None, 'Siti mengubah subjek dari "Arisan" menjadi "Tim Pemenangan"')
    path = build_whatsapp_chat(tmp_path / "b", "Relawan 01", lines, style="android_id")
    _, items, _, _ = run(path)
    assert of(items, Kind.GROUP_MEMBERSHIP)[0].extra["names"] == ["Relawan 01", "Tim Pemenangan"]


def test_personal_chat_is_not_read(tmp_path):
    lines = [(D(2024, 1, 2, 8, 0), None, "Pesan dan panggilan dienkripsi secara end-to-end."),
             (D(2024, 1, 2, 8, 1), "Budi", "Pak, besok rapat?"), (D(2024, 1, 2, 8, 2), "Pak Joko", "Ya")]
    path = build_whatsapp_chat(tmp_path, "Pak Joko", lines, style="android_id")
    _, items, cov, _ = run(path, whatsapp_self="Budi")
    assert items == []
    assert any(n["code"] == "whatsapp.personal_chat_skipped" for n in cov.notes)
    assert cov.files_read[path.name] == 0


def test_garbage_and_truncated_files_never_raise(tmp_path):
    bad = tmp_path / "WhatsApp Chat with Rusak.txt"
    bad.write_bytes(b"\x00\xff\xfe garbage \x89PNG\r\n\x1a\n" * 50)
    det, items, cov, _ = run(bad, whatsapp_self="Budi")
    assert items == []
    assert cov.files_skipped[bad.name]["detail"] == "whatsapp.no_messages"
    good = build_whatsapp_chat(tmp_path / "t", GROUP, ID_LINES, style="android_id")
    data = good.read_bytes()
    cut = data[: data.index("Baris pertama".encode()) + 8]    # cut inside a message, mid-line
    good.write_bytes(cut + "\ufffd".encode() + b"\xe2\x80")  # and a broken UTF-8 tail
    _, items, _, _ = run(good, whatsapp_self="Budi Santoso")
    texts = [m.text for m in of(items, Kind.MESSAGE)]
    assert texts[0] == "Selamat malam semua" and texts[1].startswith("Baris pe")


def test_renamed_txt_is_sniffed_and_other_txt_is_not(tmp_path):
    path = build_whatsapp_chat(tmp_path, GROUP, ID_LINES, style="android_id")
    renamed = tmp_path / "obrolan.txt"
    renamed.write_bytes(path.read_bytes())
    det, items, _, _ = run(renamed, whatsapp_self="Budi Santoso")
    assert det is not None and det.confidence < 0.9
    assert len(of(items, Kind.MESSAGE)) == 3
    other = tmp_path / "catatan.txt"
    other.write_text("Date: 2024-01-01 10:00:00\nLink: https://example.com/\n", encoding="utf-8")
    assert WhatsAppImporter().detect(_arch(other)) is None


@pytest.mark.parametrize("new_layout", [True, False])
def test_account_info_report_groups(tmp_path, new_layout):
    groups = [{"subject": "Relawan Kecamatan", "participants": 120}, "Arisan Kantor", {"foo": 1}]
    path = build_account_report(tmp_path, groups, new_layout=new_layout)
    det, items, cov, _ = run(path)
    assert det.generation == "account info report"
    assert [(i.kind, i.target.name, i.extra["membership"]) for i in items] == [
        (Kind.GROUP_MEMBERSHIP, "Relawan Kecamatan", "member"), (Kind.GROUP_MEMBERSHIP, "Arisan Kantor", "member")]
    assert any(n["code"] == "coverage.bad_records" for n in cov.notes)
    assert cov.files_skipped["index.html"]["reason"] == "not_supported"


def test_bundled_demo_chat(tmp_path):
    from audit.paths import resource_path
    demo = next(resource_path("demo").glob("*WhatsApp*.txt"))
    det, items, _, _ = run(demo, whatsapp_self="Budi Santoso")
    member = of(items, Kind.GROUP_MEMBERSHIP)[0]
    assert member.target.name == "Keluarga Besar Santoso" and member.extra["membership"] == "joined"
    assert len(of(items, Kind.MESSAGE)) == 4


def test_every_note_code_of_the_chat_and_tiktok_importers_is_translated():
    import re as _re
    from audit.i18n import catalogue
    from audit.paths import resource_path
    root = resource_path("..", "audit", "importers")
    src = "".join((root / f).read_text(encoding="utf-8")
                  for f in ("whatsapp.py", "telegram.py", "telegram_html.py", "tiktok.py"))
    codes = set(_re.findall(r'"((?:whatsapp|telegram|tiktok)\.[a-z_]+)"', src))
    assert {"whatsapp.self_unknown", "whatsapp.no_messages", "telegram.self_unknown",
            "tiktok.likes_no_author"} <= codes
    for code in codes:
        entry = catalogue()[code]
        assert entry["id"] and entry["en"] and entry["id"] != entry["en"]


def mutated(data: bytes, n: int, seed: int):
    """Cut, flipped and spliced copies of a real-shaped file (the importer must never crash)."""
    import random
    rnd = random.Random(seed)
    for i in range(n):
        b = bytearray(data)
        if i % 3 == 0:
            b = b[: rnd.randrange(len(b))]
        elif i % 3 == 1:
            for _ in range(rnd.randint(1, 20)):
                b[rnd.randrange(len(b))] = rnd.randrange(256)
        else:
            x, y = sorted((rnd.randrange(len(b)), rnd.randrange(len(b))))
            b = b[:x] + b[y:]
        yield bytes(b)


def test_damaged_chats_never_crash(tmp_path):
    path = build_whatsapp_chat(tmp_path, GROUP, ID_LINES, style="android_id")
    for data in mutated(path.read_bytes(), 60, 1):
        path.write_bytes(data)
        run(path, whatsapp_self="Budi Santoso")     # any exception fails the test


def test_android_zip_with_attached_media_and_sticker(tmp_path):
    lines = [(D(2024, 1, 12, 19, 0), None, "Siti Rahma menambahkan Anda"),
             (D(2024, 1, 12, 19, 5), "Budi", "IMG-20240112-WA0003.jpg (file terlampir)\nfoto kegiatan"),
             (D(2024, 1, 12, 19, 6), "Budi", "STK-20240112-WA0004.webp (file terlampir)"),
             (D(2024, 1, 12, 19, 7), "Budi", "VID-20240112-WA0005.mp4 (file terlampir)"),
             (D(2024, 1, 12, 19, 8), "Siti Rahma", "ok"), (D(2024, 1, 12, 19, 9), "Ani", "ok")]
    path = build_whatsapp_chat(tmp_path, GROUP, lines, style="android_id", media={
        "IMG-20240112-WA0003.jpg": b"\xff\xd8", "STK-20240112-WA0004.webp": b"RIFF"})
    assert path.name == f"WhatsApp Chat dengan {GROUP}.zip"
    _, items, cov, _ = run(path, whatsapp_self="Budi")
    photo, sticker, video = of(items, Kind.MESSAGE)
    assert (photo.media[0].path, photo.media[0].type, photo.text) == ("IMG-20240112-WA0003.jpg", "photo",
                                                                       "foto kegiatan")
    assert sticker.media[0].type == "sticker" and sticker.text is None
    # A file that was not exported with the chat keeps its name but has no path.
    assert (video.media[0].path, video.media[0].uri, video.media[0].type) == ("", "VID-20240112-WA0005.mp4", "video")
    assert any(n["code"] == "whatsapp.forwards_unmarked" and n["params"]["count"] == 3 for n in cov.notes)
