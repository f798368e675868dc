"""Valid exports to mutate: the bundled demo archive plus the test fixture builders.

Each seed is {member path: bytes} for one export, in the real layout of its
platform and generation, so mutations start from files the importers really
parse instead of bouncing off detection.
"""

from __future__ import annotations

import functools
import json
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from audit.archive.inputs import open_inputs
from audit.demo import demo_archive_path
from audit.importers.base import MEDIA_EXT

WIB = timezone(timedelta(hours=7))
Seed = dict[str, bytes]


def _read_back(paths: list[Path]) -> Seed:
    """Members of what a builder wrote (zip, folder or single file), media left out."""
    opened = open_inputs(paths)
    out: Seed = {}
    for archive in opened.archives:
        for m in archive.members():
            if MEDIA_EXT.search(m.path):
                continue
            with m.open() as fh:
                out[m.path] = fh.read()
        archive.close()
    return out


def _demo() -> dict[str, Seed]:
    out: dict[str, Seed] = {}
    for p in sorted(demo_archive_path().iterdir()):
        if p.suffix.lower() in (".zip", ".txt"):
            out[p.name.split("-")[0].split(" ")[0].lower()] = _read_back([p])
    return out


def _facebook() -> list[Seed]:
    from tests.fixtures import facebook as F
    return [{k: v for k, v in F.export_files(g, F.sample_records(g)).items() if not MEDIA_EXT.search(k)}
            for g in ("G1", "G2", "G3", "G4")]


def _instagram() -> list[Seed]:
    from tests.fixtures import instagram as F
    return [{k: v for k, v in F.instagram_files(g).items() if not MEDIA_EXT.search(k)}
            for g in ("I0", "I1", "I2", "I3")]


def _x() -> list[Seed]:
    from tests.fixtures import x as F
    return [{k: v for k, v in F.x_files(**kw).items() if not MEDIA_EXT.search(k)}
            for kw in ({}, {"old_names": True}, {"split_tweets": 2})]


def _tiktok(tmp: Path) -> list[Seed]:
    from tests.fixtures.tiktok import build_tiktok_export
    video = "https://www.tiktokv.com/share/video/{}/"
    sections = dict(
        likes=[("2024-01-10 20:00:00", video.format("7320000000000000001"))],
        following=[("2023-11-01 07:30:00", "relawan_contoh")],
        shares=[("2024-02-01 12:00:00", video.format("7320000000000000004"), "whatsapp")],
        comments=[("2024-02-02 19:00:20", "Mantap, lanjutkan!", video.format("7320000000000000005"))],
        videos=[("2023-08-17 07:00:00", "Upacara 17an #merdeka", "https://v16.tiktokcdn.com/a/v.mp4")],
        profile={"userName": "budi_asn", "bioDescription": "Abdi negara"})
    out = []
    for i, kw in enumerate(({"generation": "new"}, {"generation": "old"}, {"fmt": "txt"})):
        out.append(_read_back([build_tiktok_export(tmp / f"tt{i}", **kw, **sections)]))
    return out


def _telegram(tmp: Path) -> list[Seed]:
    from tests.fixtures import telegram as F
    when = datetime(2024, 1, 5, 19, 30, tzinfo=WIB)
    msgs = [F.tg_message(1, when, "Budi Santoso", "user123456789", "Ayo coblos nomor 2!"),
            F.tg_message(2, when, "Siti", "user42", [{"type": "plain", "text": "lihat "},
                                                     {"type": "link", "text": "https://contoh.id"}]),
            F.tg_service(3, when, "Budi Santoso", "user123456789", "join_group_by_link")]
    chats = [F.tg_chat("Relawan Contoh", "private_supergroup", 1001, msgs),
             F.tg_chat("Keluarga", "private_group", 1002, msgs[:1])]
    full = _read_back([F.build_telegram_export(tmp / "tg", chats=chats)])
    single = _read_back([F.build_telegram_single_chat(tmp / "tg1", chats[0])])
    html_root = F.build_telegram_html(tmp / "tgh", chats=[{"name": "Relawan", "kind": "Private group", "pages": [[
        F.html_message(1, when, "Budi Santoso", "Ayo coblos nomor 2!"),
        F.html_service(2, "Budi Santoso joined group by link")]]}])
    return [full, single, _read_back([html_root])]


def _whatsapp(tmp: Path) -> list[Seed]:
    from tests.fixtures import whatsapp as F
    when = datetime(2024, 1, 5, 19, 30)
    lines = [(when, "Budi", "Ayo coblos nomor 2"), (when + timedelta(minutes=1), "Siti", "baris satu\nbaris dua"),
             (when + timedelta(minutes=2), None, "Budi bergabung menggunakan tautan undangan grup ini")]
    out = []
    for style in ("android_id", "ios_en"):
        try:
            out.append(_read_back([F.build_whatsapp_chat(tmp / f"wa-{style}", "Relawan Contoh", lines, style)]))
        except (KeyError, ValueError):  # a style name the builder does not know
            continue
    groups = [{"subject": "Relawan Contoh", "creation": "2023-05-01", "size": 120}]
    out.append(_read_back([F.build_account_report(tmp / "wa-report", groups)]))
    return out


def _youtube() -> list[Seed]:
    from tests.fixtures import youtube as F
    uc = "UC" + "c" * 22
    vid = "abcdefghijk"
    out = []
    for lang in ("en", "id"):
        liked = "Liked" if lang == "en" else "Menyukai"
        date = "Mar 5, 2024, 9:36:36 AM WIB" if lang == "en" else "5 Mar 2024, 09.36.36 WIB"
        cards = [F.activity_card(liked, (f"https://www.youtube.com/watch?v={vid}", "Debat"), date,
                                 (uc, "Kanal Calon"))]
        files = {
            "subs": F.subscriptions([(uc, "Kanal Calon")], lang),
            "comments": F.comments([{"id": "Ugx" + "k" * 23, "channel": "UC" + "o" * 22,
                                     "time": "2024-01-02T03:04:05.123+00:00", "video": vid,
                                     "text": F.segments_new("Pilih nomor ", "dua")}], "new", lang),
            "activity_json": F.activity_json([F.activity_record(
                f"{liked} Debat", f"https://www.youtube.com/watch?v={vid}", "2024-03-05T02:36:36.000Z",
                (uc, "Kanal Calon"))]),
            "activity_html": F.activity_html(cards),
        }
        members = F.takeout_members(lang, files, other_products=False)
        out.append({k: (v.encode("utf-8") if isinstance(v, str) else v) for k, v in members.items()})
    return out


def _meta_html() -> list[Seed]:
    from tests.fixtures import meta_html as F
    fb = "your_facebook_activity/"
    icon = "https://static.xx.fbcdn.net/rsrc.php/v3/icons/like.png"
    out = []
    for layout in ("new", "old"):
        members = {
            fb + "comments_and_reactions/likes_and_reactions_1.html": F.page([
                F.record("Budi Santoso menyukai kiriman Relawan Contoh.", "12 Jan 2024 19.05", img=icon,
                         layout=layout),
                F.record("Budi Santoso likes Siti Rahma's post.", "Jan 12, 2024 7:05:33 pm", layout=layout),
            ], layout=layout),
            fb + "comments_and_reactions/comments.html": F.page([
                F.group_comment("Budi Santoso commented in a group.", "Group", "Relawan Contoh",
                                "Ayo coblos nomor 2", "Jan 13, 2024 8:00:00 pm")], layout=layout),
            "connections/followers_and_following/following.html": F.page(
                [F.ig_follow("relawan.contoh", "Jan 14, 2024 9:00 am", layout=layout)], layout=layout),
        }
        out.append({k: (v.encode("utf-8") if isinstance(v, str) else v) for k, v in members.items()})
    return out


@functools.cache
def importer_seeds() -> dict[str, list[Seed]]:
    """Importer name -> valid exports it reads. Built once per process."""
    tmp = Path(tempfile.mkdtemp(prefix="jn-seeds-"))
    demo = _demo()
    seeds: dict[str, list[Seed]] = {
        "facebook_json": [demo["facebook"], *_facebook()],
        "instagram_json": [demo["instagram"], *_instagram()],
        "x_archive": [demo["twitter"], *_x()],
        "tiktok": _tiktok(tmp),
        "telegram": [demo["telegram"], *_telegram(tmp)],
        "whatsapp": [demo["whatsapp"], *_whatsapp(tmp)],
        "youtube_takeout": _youtube(),
        "meta_html": _meta_html(),
    }
    return {k: [s for s in v if s] for k, v in seeds.items()}


def rulepack_seed() -> bytes:
    from audit.rules import shipped_pack_paths
    return shipped_pack_paths()[0].read_bytes()


def zip_seeds() -> list[bytes]:
    """The demo zips as bytes (stored and deflated members) for the zip-reader target."""
    return [p.read_bytes() for p in sorted(demo_archive_path().glob("*.zip"))]


def as_json_seed(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")
