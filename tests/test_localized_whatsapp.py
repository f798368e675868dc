"""WhatsApp chat exports from phones set to Bahasa Indonesia, line for line as real ones.

Sources of the wording (public parsers built on real Indonesian exports, and a parser
whose tables were collected from WhatsApp's own Android strings.xml / iOS
Localizable.strings):
* Android ``dd/MM/yy HH.mm - `` and ``dd/MM/yyyy HH.mm - `` headers, "Anda membuat grup",
  "… bergabung menggunakan tautan undangan grup ini", "<Media tidak disertakan>",
  "(file terlampir)", "Pesan ini dihapus" / "Anda menghapus pesan ini", "<Pesan ini diedit>",
  "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini,
  termasuk WhatsApp, yang dapat membaca atau mendengarkannya";
* older Android wording with "telah": "telah membuat grup", "telah menambahkan",
  "telah mengubah subjek dari", "Pesan ini telah dihapus", "Anda telah menghapus pesan ini";
* iOS ``[dd/MM/yy, HH.mm.ss]`` headers, "<terlampir: …>" after a document's name and page
  count, "gambar tidak disertakan", "<name>.pdf dokumen tidak disertakan".
"""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from pathlib import Path

from audit.archive.inputs import open_inputs
from audit.coverage import Coverage
from audit.importers.base import ImportContext
from audit.importers.whatsapp import WhatsAppImporter
from audit.model import Kind

UTC = timezone.utc
GROUP = "Relawan RT 05"
E2E = ("Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk "
       "WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.")


def run(path: Path, tz: str = "WIB", **options):
    opened = open_inputs([path])
    assert not opened.problems and len(opened.archives) == 1
    arch = opened.archives[0]
    imp = WhatsAppImporter()
    assert imp.detect(arch) is not None
    ctx = ImportContext(Coverage("whatsapp"), timezone_name=tz, options=options)
    return list(imp.iter_items(arch, ctx)), ctx.coverage


def of(items, kind):
    return [i for i in items if i.kind == kind]


def test_android_2022_wording_four_digit_year(tmp_path):
    path = tmp_path / f"Chat WhatsApp dengan {GROUP}.txt"
    path.write_text("\n".join([
        f"13/10/2022 16.25 - {E2E}",
        f'13/10/2022 16.25 - Anda membuat grup "{GROUP}"',
        "13/10/2022 16.27 - amanda bergabung menggunakan tautan undangan grup ini",
        "13/10/2022 16.31 - Budi: IMG-20221013-WA0007.jpg (file terlampir)",
        "Ayo hadir besok",
        "13/10/2022 16.32 - Budi: <Media tidak disertakan>",
        "13/10/2022 16.33 - amanda: Siap pak",
        "13/10/2022 16.34 - Budi: Anda menghapus pesan ini",
        "14/10/2022 08.00 - Budi: Rapat jam 9 <Pesan ini diedit>",
    ]) + "\n", encoding="utf-8")
    items, _ = run(path, whatsapp_self="Budi")
    (member,) = of(items, Kind.GROUP_MEMBERSHIP)
    assert member.target.name == GROUP
    assert (member.extra["membership"], member.extra.get("role")) == ("joined", "creator")
    assert member.timestamp == datetime(2022, 10, 13, 9, 25, tzinfo=UTC)
    photo, omitted, edited = of(items, Kind.MESSAGE)
    assert photo.media[0].uri == "IMG-20221013-WA0007.jpg" and photo.text == "Ayo hadir besok"
    assert omitted.extra["media_omitted"] == "Media tidak disertakan" and omitted.text is None
    assert edited.text == "Rapat jam 9" and edited.extra["edited"] is True
    assert edited.timestamp == datetime(2022, 10, 14, 1, 0, tzinfo=UTC)


def test_android_2020_wording_with_telah(tmp_path):
    path = tmp_path / f"Chat WhatsApp dengan {GROUP}.txt"
    path.write_text("\n".join([
        "05/03/20 07.00 - Pesan yang dikirim ke grup ini kini diamankan dengan enkripsi end-to-end. "
        "Ketuk untuk info selengkapnya.",
        '05/03/20 07.01 - Siti telah membuat grup "Alumni Contoh"',
        "05/03/20 07.02 - Siti telah menambahkan Anda",
        f'05/03/20 07.03 - Siti telah mengubah subjek dari "Alumni Contoh" ke "{GROUP}"',
        "05/03/20 07.04 - Budi: Pesan ini telah dihapus",
        "05/03/20 07.05 - Budi: Anda telah menghapus pesan ini",
        "05/03/20 07.06 - Budi: Terima kasih bu",
        "05/03/20 07.07 - Siti: Sama-sama",
    ]) + "\n", encoding="utf-8")
    items, _ = run(path, whatsapp_self="Budi")
    (member,) = of(items, Kind.GROUP_MEMBERSHIP)
    assert member.extra["membership"] == "joined" and "role" not in member.extra
    assert member.extra["names"] == [GROUP, "Alumni Contoh"]
    assert member.timestamp == datetime(2020, 3, 5, 0, 2, tzinfo=UTC)
    assert [m.text for m in of(items, Kind.MESSAGE)] == ["Terima kasih bu"]


def test_android_self_join_by_link_older_wording(tmp_path):
    path = tmp_path / f"Chat WhatsApp dengan {GROUP}.txt"
    path.write_text("\n".join([
        "01/02/21 10.00 - Anda telah bergabung menggunakan tautan undangan grup ini",
        "01/02/21 10.05 - Siti: Selamat datang",
        "01/02/21 10.06 - Rudi: Halo",
    ]) + "\n", encoding="utf-8")
    items, _ = run(path)
    (member,) = of(items, Kind.GROUP_MEMBERSHIP)
    assert member.extra["membership"] == "joined"
    assert member.timestamp == datetime(2021, 2, 1, 3, 0, tzinfo=UTC)
    path.write_text(path.read_text(encoding="utf-8") + "02/02/21 11.00 - Anda keluar\n", encoding="utf-8")
    items, _ = run(path)
    (member,) = of(items, Kind.GROUP_MEMBERSHIP)
    assert member.extra["membership"] == "left"
    assert member.timestamp == datetime(2021, 2, 2, 4, 0, tzinfo=UTC)


def test_ios_indonesian_comma_header_document_and_omitted(tmp_path):
    lines = [
        f"[28/04/26, 16.31.30] {GROUP}: \u200e{E2E}",
        f"[28/04/26, 16.31.31] {GROUP}: \u200eAnda bergabung menggunakan tautan undangan grup ini",
        "[28/04/26, 16.31.34] Budi: \u200eLaporan Kegiatan.pdf • 7 halaman "
        "\u200e<terlampir: 00000006-Laporan Kegiatan.pdf>",
        "[28/04/26, 16.32.00] Budi: \u200egambar tidak disertakan",
        "[28/04/26, 16.33.00] Budi: \u200eRekap.pdf dokumen tidak disertakan",
        "[28/04/26, 16.34.00] Ani: Siap",
        "[29/04/26, 08.00.00] Budi: Pagi semua",
    ]
    path = tmp_path / f"Chat WhatsApp dengan {GROUP}.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("_chat.txt", "\r\n".join(lines) + "\r\n")
        zf.writestr("00000006-Laporan Kegiatan.pdf", b"%PDF-1.4 fake")
    items, _ = run(path, whatsapp_self="Budi")
    (member,) = of(items, Kind.GROUP_MEMBERSHIP)
    assert member.target.name == GROUP and member.extra["membership"] == "joined"
    doc, image, omitted_doc, text = of(items, Kind.MESSAGE)
    (ref,) = doc.media
    assert ref.path == "00000006-Laporan Kegiatan.pdf" and ref.type == "other" and doc.text is None
    assert doc.timestamp == datetime(2026, 4, 28, 9, 31, 34, tzinfo=UTC)
    assert image.extra["media_omitted"] == "gambar tidak disertakan" and image.text is None
    assert omitted_doc.extra["media_omitted"] == "Rekap.pdf dokumen tidak disertakan"
    assert text.text == "Pagi semua"


def test_ios_english_document_with_page_count(tmp_path):
    lines = [
        f"[4/28/26, 4:31:30 PM] {GROUP}: \u200eMessages and calls are end-to-end encrypted.",
        f"[4/28/26, 4:31:31 PM] {GROUP}: \u200eYou joined using this group's invite link",
        "[4/28/26, 4:31:34 PM] Budi: \u200eMinutes.pdf • 3 pages \u200e<attached: 00000007-Minutes.pdf>",
        "[4/28/26, 4:35:00 PM] Ani: ok",
    ]
    path = tmp_path / f"WhatsApp Chat - {GROUP}.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("_chat.txt", "\n".join(lines) + "\n")
        zf.writestr("00000007-Minutes.pdf", b"%PDF-1.4 fake")
    items, _ = run(path, whatsapp_self="Budi")
    (msg,) = of(items, Kind.MESSAGE)
    assert msg.media[0].path == "00000007-Minutes.pdf" and msg.text is None
