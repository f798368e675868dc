"""Deterministic generators of big archives in the real export layouts.

Written as JSON text record by record (never a whole list in memory), so a
3M-item archive is produced with flat memory. Content is fictional and mostly
neutral Indonesian everyday text; a few per cent of items are partisan in the
ways the 2024 national pack knows (names, ballot numbers, hashtags, pages of
volunteer groups), so the engine does real work on real-looking input.

Facebook (G4, 2024-25): ``your_facebook_activity/comments_and_reactions/
likes_and_reactions_N.json`` (bare lists of title records),
``likes_and_reactions.json`` (flat ``label_values`` records),
``comments.json`` (``{"comments_v2": [...]}``), ``posts/your_posts__check_ins__
photos_and_videos_N.json`` (bare lists) and the profile. Strings are written as
Meta writes them: UTF-8 bytes escaped one by one as ``\\u00XX``.

X: ``data/tweets.js`` and ``data/like.js`` with the ``window.YTD.*.part0 =``
preface, plus account, manifest and the viewer files.
"""

from __future__ import annotations

import random
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import orjson

OWNER = "Budi Santoso"
PER_FILE = 50_000          # records per numbered part (Meta splits long lists the same way)
BASE_TS = 1_640_995_200    # 2022-01-01, so a share of the items falls into 2023-24 election phases
SPAN = 3 * 365 * 86_400

WORDS = ("hari ini kita rapat di kantor bersama tim semoga lancar dan sehat selalu terima kasih ibu bapak "
         "selamat pagi jangan lupa makan siang acara keluarga besar liburan ke pantai harga cabai naik lagi "
         "anak sekolah ujian besok mohon doanya mantap keren sekali enak banget kopi susu gula aren "
         "alhamdulillah lancar jalan macet hujan deras banjir lagi sore nanti arisan ibu ibu pkk "
         "pelatihan pegawai laporan akhir tahun apel pagi upacara bendera gotong royong kerja bakti").split()
EMOJI = ["👍", "🙏", "😂", "❤️", "🇮🇩", "☕", "💪", "😊"]
PAGE_WORDS = ("Info Kuliner Resep Nusantara Berita Kota Komunitas Pecinta Kopi Motor Jual Beli Alumni SMA "
              "Dinas Pendidikan Kabupaten Wisata Alam Humor Receh Sepak Bola Lowongan Kerja Guru Honorer "
              "Kajian Islam Musik Dangdut Tanaman Hias Kucing Lucu Olahraga Pagi").split()
PERSON_FIRST = ["Siti", "Ani", "Dewi", "Rudi", "Agus", "Wati", "Joko", "Sri", "Eko", "Rina", "Bayu", "Nur"]
PERSON_LAST = ["Rahma", "Lestari", "Saputra", "Wibowo", "Hidayat", "Susanti", "Pratama", "Kurniawan"]

# Partisan content in the shapes the 2024 national pack reads (all sides alike).
PARTISAN_TEXT = ["Coblos 02! menang satu putaran", "Dukung Ganjar Pranowo jadi presiden",
                 "#AniesPresiden 2024", "Ayo pilih nomor urut 1 tanggal 14 Februari",
                 "Prabowo Gibran menang satu putaran", "Ganjar Mahfud untuk Indonesia unggul",
                 "Salam 3 jari, coblos nomor 3", "Bersama Anies Muhaimin untuk perubahan"]
PARTISAN_PAGES = ["Relawan Prabowo Gibran", "Relawan Anies Muhaimin", "Relawan Ganjar Mahfud",
                  "Timnas AMIN", "Sahabat Ganjar Mahfud", "Posko Prabowo Gibran"]

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _u00(m: re.Match[str]) -> str:
    return "\\u%04x" % ord(m.group())


def meta_json(obj: Any) -> str:
    """Pretty JSON (indent 2) with every UTF-8 byte of non-ASCII text as ``\\u00XX``, as Meta writes it."""
    s = orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode("utf-8")
    if not s.isascii():
        s = _NON_ASCII.sub(_u00, s.encode("utf-8").decode("latin-1"))
    return s


def plain_json(obj: Any) -> str:
    return orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode("utf-8")


class Content:
    """Deterministic text and names; ``partisan`` is the share of partisan items."""

    def __init__(self, seed: int, partisan: float = 0.03) -> None:
        self.rng = random.Random(seed)
        self.partisan = partisan
        r = random.Random(seed + 1)
        # A heavy user interacts with a few thousand pages and friends, some far more than others.
        self.pages = [" ".join(r.sample(PAGE_WORDS, r.randint(2, 3))) + f" {i}" for i in range(3000)]
        self.people = [f"{r.choice(PERSON_FIRST)} {r.choice(PERSON_LAST)} {i}" for i in range(2000)]

    def ts(self) -> int:
        return BASE_TS + self.rng.randrange(SPAN)

    def is_partisan(self) -> bool:
        return self.rng.random() < self.partisan

    def text(self, lo: int = 4, hi: int = 30) -> str:
        rng = self.rng
        if self.is_partisan():
            return rng.choice(PARTISAN_TEXT)
        words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
        s = " ".join(words).capitalize()
        if rng.random() < 0.25:
            s += " " + rng.choice(EMOJI)
        return s

    def page(self) -> str:
        if self.is_partisan():
            return self.rng.choice(PARTISAN_PAGES)
        # Zipf-like: a few pages get most of the likes.
        i = int(len(self.pages) * self.rng.random() ** 3)
        return self.pages[i]

    def person(self) -> str:
        return self.people[int(len(self.people) * self.rng.random() ** 2)]


class _Lists:
    """Writes JSON lists record by record into archive members."""

    def __init__(self, out: Any) -> None:
        self.out = out

    @contextmanager
    def member(self, path: str, head: str = "[", tail: str = "\n]\n") -> Iterator[Any]:
        with self.out.open(path) as fh:
            w = _ListWriter(fh, head, tail)
            yield w
            w.close()


class _ListWriter:
    def __init__(self, fh: IO[bytes], head: str, tail: str) -> None:
        self.fh = fh
        self.tail = tail
        self.first = True
        self.buf: list[str] = [head]
        self.size = 0

    def add(self, rec_json: str) -> None:
        sep = "\n  " if self.first else ",\n  "
        self.first = False
        self.buf.append(sep + rec_json.replace("\n", "\n  "))
        self.size += 1
        if len(self.buf) >= 2000:
            self.fh.write("".join(self.buf).encode("utf-8"))
            self.buf.clear()

    def close(self) -> None:
        self.buf.append(self.tail)
        self.fh.write("".join(self.buf).encode("utf-8"))
        self.buf.clear()


class _ZipOut:
    def __init__(self, path: Path) -> None:
        self.zf = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)

    def open(self, name: str) -> IO[bytes]:
        return self.zf.open(name, "w", force_zip64=True)

    def write(self, name: str, data: bytes) -> None:
        self.zf.writestr(name, data)

    def close(self) -> None:
        self.zf.close()


class _DirOut:
    def __init__(self, path: Path) -> None:
        self.root = path

    def open(self, name: str) -> IO[bytes]:
        p = self.root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        return p.open("wb")

    def write(self, name: str, data: bytes) -> None:
        with self.open(name) as fh:
            fh.write(data)

    def close(self) -> None:
        pass


def _out(dest: Path) -> Any:
    return _ZipOut(dest) if dest.suffix == ".zip" else _DirOut(dest)


# -- Facebook ---------------------------------------------------------------------------------

FB_ROOT = "your_facebook_activity"
FB_MIX = (("reactions", 0.55), ("reactions_label", 0.10), ("comments", 0.20), ("posts", 0.15))


def _fb_reaction(c: Content) -> dict[str, Any]:
    rng = c.rng
    page = c.page() if rng.random() < 0.7 else c.person()
    verb, obj = rng.choice([("likes", "post"), ("likes", "photo"), ("reacted to", "post"),
                            ("menyukai", "kiriman"), ("likes", "comment")])
    code = "LIKE" if verb in ("likes", "menyukai") else rng.choice(["LOVE", "HAHA", "WOW", "CARE"])
    title = f"{OWNER} {verb} {page}'s {obj}." if verb != "menyukai" else f"{OWNER} menyukai kiriman {page}."
    return {"timestamp": c.ts(), "data": [{"reaction": {"reaction": code, "actor": OWNER}}], "title": title}


def _fb_reaction_label(c: Content, i: int) -> dict[str, Any]:
    page = c.page()
    handle = re.sub(r"[^A-Za-z0-9]", "", page)
    url = f"https://www.facebook.com/{handle}/posts/{1000000 + i}"
    return {"timestamp": c.ts(), "media": [],
            "label_values": [{"ent_field_name": "reaction", "label": "Reaksi", "value": "Suka"},
                             {"ent_field_name": "url", "label": "URL", "value": url, "href": url},
                             {"ent_field_name": "name", "label": "Nama", "value": page}],
            "fbid": str(100000000000000 + i), "ent_name": "reaction"}


def _fb_comment(c: Content) -> dict[str, Any]:
    ts = c.ts()
    who = c.person() if c.rng.random() < 0.6 else c.page()
    return {"timestamp": ts,
            "data": [{"comment": {"timestamp": ts, "comment": c.text(2, 20), "author": OWNER}}],
            "title": f"{OWNER} commented on {who}'s post."}


def _fb_post(c: Content, i: int) -> dict[str, Any]:
    ts = c.ts()
    rng = c.rng
    r = rng.random()
    if r < 0.7:
        return {"timestamp": ts, "data": [{"post": c.text(5, 40)}, {"update_timestamp": ts}],
                "title": f"{OWNER} updated his status."}
    if r < 0.85:
        uri = f"{FB_ROOT}/posts/media/Mobileuploads_{i % 97}/foto_{i}_n.jpg"
        return {"timestamp": ts, "data": [{"post": c.text(2, 15)}],
                "attachments": [{"data": [{"media": {"uri": uri, "creation_timestamp": ts + 1,
                                                     "title": "Mobile uploads", "description": c.text(2, 10)}}]}],
                "title": f"{OWNER} added a new photo."}
    return {"timestamp": ts, "data": [{"post": c.text(1, 6)}],
            "attachments": [{"data": [{"external_context": {
                "name": "Berita daerah " + str(i % 50), "source": "contoh.go.id",
                "url": f"https://contoh.go.id/berita/{i}"}}]}],
            "title": f"{OWNER} shared a link."}


def fb_counts(n: int) -> dict[str, int]:
    counts = {k: int(n * share) for k, share in FB_MIX}
    counts["reactions"] += n - sum(counts.values())
    return counts


def build_facebook(dest: Path, n_items: int, seed: int = 7, partisan: float = 0.03) -> Path:
    """A G4 Facebook export of ``n_items`` items (zip when ``dest`` ends in .zip, else a folder)."""
    c = Content(seed, partisan)
    out = _out(dest)
    lists = _Lists(out)
    counts = fb_counts(n_items)
    act = f"{FB_ROOT}/comments_and_reactions"
    try:
        out.write("personal_information/profile_information/profile_information.json", meta_json({
            "profile_v2": {"name": {"full_name": OWNER, "first_name": "Budi", "middle_name": "",
                                    "last_name": "Santoso"}, "username": "budi.santoso.contoh",
                           "profile_uri": "https://www.facebook.com/budi.santoso.contoh",
                           "intro_bio": "Abdi negara 🇮🇩 | Pecinta kopi ☕",
                           "registration_timestamp": 1336000000}}).encode())
        done = 0
        part = 1
        while done < counts["reactions"]:
            k = min(PER_FILE, counts["reactions"] - done)
            with lists.member(f"{act}/likes_and_reactions_{part}.json") as w:
                for _ in range(k):
                    w.add(meta_json(_fb_reaction(c)))
            done += k
            part += 1
        with lists.member(f"{act}/likes_and_reactions.json") as w:
            for i in range(counts["reactions_label"]):
                w.add(meta_json(_fb_reaction_label(c, i)))
        with lists.member(f"{act}/comments.json", head='{\n  "comments_v2": [', tail="\n  ]\n}\n") as w:
            for _ in range(counts["comments"]):
                w.add(meta_json(_fb_comment(c)).replace("\n", "\n  "))
        done = 0
        part = 1
        while done < counts["posts"]:
            k = min(PER_FILE, counts["posts"] - done)
            with lists.member(f"{FB_ROOT}/posts/your_posts__check_ins__photos_and_videos_{part}.json") as w:
                for j in range(k):
                    w.add(meta_json(_fb_post(c, done + j)))
            done += k
            part += 1
        out.write("ads_information/advertisers_using_your_activity_or_information.json",
                  meta_json({"custom_audiences_all_types_v2": []}).encode())
    finally:
        out.close()
    return dest


# -- X ------------------------------------------------------------------------------------------

X_MIX = (("tweets", 0.4), ("likes", 0.6))
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _x_date(ts: int) -> str:
    import time
    t = time.gmtime(ts)
    return (f"{_DAYS[t.tm_wday]} {_MONTHS[t.tm_mon - 1]} {t.tm_mday:02d} "
            f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} +0000 {t.tm_year}")


def _x_tweet(c: Content, i: int) -> dict[str, Any]:
    tid = str(1_600_000_000_000_000_000 + i)
    text = c.text(3, 35).replace("&", "&amp;")
    mentions: list[dict[str, Any]] = []
    if c.rng.random() < 0.2:
        sn = f"akun_{int(2000 * c.rng.random() ** 2)}"
        mid = str(900 + len(sn))
        mentions = [{"name": sn.title(), "screen_name": sn, "indices": ["0", str(len(sn) + 1)],
                     "id_str": mid, "id": mid}]
        text = f"@{sn} {text}"
    obj: dict[str, Any] = {
        "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": "2024-01-13T13:00:00.000Z",
                                  "editsRemaining": "5", "isEditEligible": True}},
        "retweeted": False,
        "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
        "entities": {"hashtags": [], "symbols": [], "user_mentions": mentions, "urls": []},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(c.rng.randrange(20)), "id_str": tid, "truncated": False,
        "retweet_count": "0", "id": tid, "created_at": _x_date(c.ts()), "favorited": False,
        "full_text": text, "lang": "in",
    }
    return {"tweet": obj}


def _x_like(c: Content, i: int) -> dict[str, Any]:
    tid = str(1_500_000_000_000_000_000 + i)
    inner: dict[str, Any] = {"tweetId": tid}
    if c.rng.random() < 0.9:
        inner["fullText"] = c.text(3, 30).replace("&", "&amp;")
    inner["expandedUrl"] = f"https://twitter.com/i/web/status/{tid}"
    return {"like": inner}


def _ytd_head(name: str) -> str:
    return f"window.YTD.{name}.part0 = ["


def x_counts(n: int) -> dict[str, int]:
    counts = {k: int(n * share) for k, share in X_MIX}
    counts["likes"] += n - sum(counts.values())
    return counts


def build_x(dest: Path, n_items: int, seed: int = 7, partisan: float = 0.03) -> Path:
    """An X archive of ``n_items`` items (tweets and likes)."""
    c = Content(seed, partisan)
    out = _out(dest)
    lists = _Lists(out)
    counts = x_counts(n_items)
    try:
        out.write("data/account.js", ("window.YTD.account.part0 = " + plain_json([{"account": {
            "email": "budi@example.invalid", "createdVia": "web", "username": "budi_contoh",
            "accountId": "1500000000000000001", "createdAt": "2015-03-01T08:00:00.000Z",
            "accountDisplayName": OWNER}}])).encode())
        with lists.member("data/tweets.js", head=_ytd_head("tweets")) as w:
            for i in range(counts["tweets"]):
                w.add(plain_json(_x_tweet(c, i)))
        with lists.member("data/like.js", head=_ytd_head("like")) as w:
            for i in range(counts["likes"]):
                w.add(plain_json(_x_like(c, i)))
        data_types = {base: {"files": [{"fileName": f"data/{base}.js", "globalName": f"YTD.{base}.part0",
                                         "count": "0"}]} for base in ("account", "tweets", "like")}
        out.write("data/manifest.js", ("window.__THAR_CONFIG = " + plain_json({
            "userInfo": {"accountId": "1500000000000000001", "userName": "budi_contoh", "displayName": OWNER},
            "archiveInfo": {"sizeBytes": "1000", "generationDate": "2024-03-01T00:00:00.000Z",
                            "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
            "dataTypes": data_types})).encode())
        out.write("data/README.txt", b"Twitter archive README (benchmark)")
        out.write("Your archive.html", b"<html><body>viewer</body></html>")
    finally:
        out.close()
    return dest


BUILDERS = {"fb": build_facebook, "x": build_x}
