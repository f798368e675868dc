"""YouTube via Google Takeout: subscriptions, comments, live chat, likes, playlists,
own videos and "My Activity" (JSON and HTML).

Takeout translates folder names, file names and CSV headers into the
account's language, so files are recognised by what they hold (``UC…``
channel ids, 11-character video ids, JSON comment segments, activity
records), never by their English names. The few words that must be read
(activity title prefixes such as "Liked"/"Menyukai", a handful of column
names) sit in per-language tables below. Other Google products in the same
Takeout are accounted for as not relevant.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlparse

from audit.archive.archive import Archive
from audit.archive.members import Member
from audit.coverage import NOT_RELEVANT, UNRECOGNISED
from audit.errors import AuditError, FormatError
from audit.importers.base import MEDIA_EXT, READ_ERRORS, Detection, ImportContext, Importer
from audit.importers.htmltree import Node, stream_records
from audit.importers.localdates import parse_human_date
from audit.model import Item, Kind, Platform, SourceRef, Target
from audit.timeutil import UTC as _UTC, from_iso, parse_any

CHANNEL_ID = re.compile(r"^UC[0-9A-Za-z_-]{22}$")
VIDEO_ID = re.compile(r"^[0-9A-Za-z_-]{11}$")
PLAYLIST_ID = re.compile(r"^(?:PL|LL|WL|FL|OL|UU|LM|RD)[0-9A-Za-z_-]*$")
HEAD_BYTES = 64 * 1024
# Errors a damaged zip member raises while being read (not wrapped by the archive layer).
SNIFF_ROWS = 20

# -- per-language words ----------------------------------------------------
# My Activity title prefixes. English confirmed from real archives; the
# Indonesian ones follow Google's Indonesian UI wording (unconfirmed on a
# real Indonesian Takeout: see archive-formats.md §10.1). Longest match wins.
ACTIVITY_PREFIXES: dict[str, dict[str, tuple[str, ...]]] = {
    "like": {"en": ("Liked",), "id": ("Menyukai", "Disukai")},
    "dislike": {"en": ("Disliked",), "id": ("Tidak menyukai", "Tidak disukai")},
    "subscribe": {"en": ("Subscribed to",), "id": ("Berlangganan ke", "Berlangganan",
                                                   "Subscribe ke")},
    "unsubscribe": {"en": ("Unsubscribed from",), "id": ("Berhenti berlangganan dari",
                                                        "Berhenti berlangganan",
                                                        "Membatalkan langganan")},
    "share": {"en": ("Shared",), "id": ("Membagikan",)},
    "comment": {"en": ("Commented on", "Replied to", "Commented"),
                "id": ("Mengomentari", "Berkomentar di", "Berkomentar pada", "Membalas")},
    "watch": {"en": ("Watched", "Viewed"), "id": ("Menonton", "Ditonton", "Melihat")},
    "search": {"en": ("Searched for",), "id": ("Menelusuri", "Mencari")},
    "visit": {"en": ("Visited",), "id": ("Mengunjungi",)},
    "answer": {"en": ("Answered survey question",), "id": ("Menjawab pertanyaan survei",)},
}
_PREFIXES: list[tuple[str, str]] = sorted(
    ((p.casefold(), action) for action, langs in ACTIVITY_PREFIXES.items()
     for words in langs.values() for p in words),
    key=lambda x: -len(x[0]))
IGNORED_ACTIONS = {"watch", "search", "visit", "answer", "dislike", "unsubscribe"}

# Names of the "liked videos" playlist as Takeout writes it (file name or title).
LIKED_PLAYLISTS = {"liked videos", "liked music", "video yang disukai", "video disukai",
                   "musik yang disukai", "disukai"}
# Column names used when a CSV has no data rows to recognise it by content.
COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "comment_id": ("comment id", "id komentar"),
    "chat_id": ("live chat id", "id chat live", "id live chat", "id obrolan langsung"),
    "channel": ("channel id", "id channel", "id saluran", "id kanal"),
    "time": ("comment create timestamp", "live chat create timestamp",
             "stempel waktu pembuatan komentar", "stempel waktu pembuatan live chat",
             "stempel waktu pembuatan chat live", "waktu pembuatan komentar"),
    "parent": ("parent comment id", "id komentar induk"),
    "video": ("video id", "id video"),
    "text": ("comment text", "live chat text", "teks komentar", "teks live chat", "teks chat live"),
    "price": ("price", "harga"),
    "title": ("video title (original)", "judul video (asli)", "judul video (original)"),
    "description": ("video description (original)", "deskripsi video (asli)",
                    "deskripsi video (original)"),
    "privacy": ("privacy", "privasi"),
    "created": ("video create timestamp", "stempel waktu pembuatan video"),
    "published": ("video publish timestamp", "stempel waktu publikasi video"),
}
_CHAT_WORDS = ("chat", "obrolan")


def _role_of_header(h: str) -> str | None:
    key = " ".join(h.strip().lower().split())
    for role, words in COLUMN_WORDS.items():
        if key in words:
            return role
    return None


def watch_url(video_id: str) -> str:
    return f"https://www.youtube.com/watch?v={video_id}"


def channel_url(channel_id: str) -> str:
    return f"https://www.youtube.com/channel/{channel_id}"


def channel_id_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        p = urlparse(url)
    except ValueError:
        return None
    parts = [x for x in p.path.split("/") if x]
    if len(parts) >= 2 and parts[0] == "channel" and CHANNEL_ID.match(parts[1]):
        return parts[1]
    cid = parse_qs(p.query).get("channel_id", [""])[0]
    return cid if CHANNEL_ID.match(cid) else None


def video_id_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        p = urlparse(url)
    except ValueError:
        return None
    v = parse_qs(p.query).get("v", [""])[0]
    if VIDEO_ID.match(v):
        return v
    parts = [x for x in p.path.split("/") if x]
    if p.netloc.endswith("youtu.be") and parts and VIDEO_ID.match(parts[0]):
        return parts[0]
    if len(parts) >= 2 and parts[0] in ("shorts", "live", "embed") and VIDEO_ID.match(parts[1]):
        return parts[1]
    return None


def split_action(title: str) -> tuple[str | None, str]:
    """"Liked Judul Video" -> ("like", "Judul Video"); unknown prefixes -> (None, title)."""
    t = " ".join(title.split())
    low = t.casefold()
    for prefix, action in _PREFIXES:
        if low.startswith(prefix) and (len(low) == len(prefix) or not low[len(prefix)].isalnum()):
            return action, t[len(prefix):].strip()
    return None, t


def comment_text(raw: str) -> tuple[str, list[str], bool]:
    """Join Takeout's comment segments; returns (text, links, parsed_ok).

    Before mid-2024: ``{"takeoutSegments":[{"text":…},…]}``; after: the
    segments themselves, comma-joined (``{"text":"a"},{"text":"\\n"}``).
    Plain text (very old exports) is returned as it is.
    """
    s = (raw or "").strip()
    if not s.startswith("{"):
        return s, [], True
    try:
        parsed = json.loads("[" + s + "]", strict=False)
    except (ValueError, RecursionError):  # RecursionError: a comment cell nested thousands deep
        return s, [], False
    segs: list[Any] = []
    for obj in parsed:
        if isinstance(obj, dict) and isinstance(obj.get("takeoutSegments"), list):
            segs.extend(obj["takeoutSegments"])
        else:
            segs.append(obj)
    texts: list[str] = []
    links: list[str] = []
    for seg in segs:
        if not isinstance(seg, dict):
            continue
        if isinstance(seg.get("text"), str):
            texts.append(seg["text"])
        link = seg.get("link")
        if isinstance(link, dict) and isinstance(link.get("linkUrl"), str):
            links.append(link["linkUrl"])
    return "".join(texts), links, True


# -- file recognition ------------------------------------------------------
@dataclass
class Sniffed:
    kind: str                       # see _classify_csv / _classify_json / html kinds
    header: list[str] = field(default_factory=list)
    roles: dict[str, int] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)


def _head(member: Member, n: int = HEAD_BYTES) -> bytes:
    with member.open() as fh:
        return fh.read(n)


def _csv_rows(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig", errors="replace")
    if len(data) >= HEAD_BYTES:       # drop the possibly cut last line
        text = text[: text.rfind("\n") + 1] or text
    try:
        return [r for r in csv.reader(io.StringIO(text, newline=""))][: SNIFF_ROWS + 4]
    except csv.Error:
        return []


def _is_iso(v: str) -> bool:
    return from_iso(v) is not None or (len(v) >= 16 and v[:4].isdigit() and v[4] == "-"
                                       and parse_any(v) is not None)


def _content_roles(rows: list[list[str]], width: int) -> dict[str, int]:
    votes: dict[str, Counter[int]] = {r: Counter() for r in
                                      ("channel", "channel_url", "video", "time", "text", "longid", "playlist")}
    for row in rows:
        for i, v in enumerate(row[:width]):
            v = v.strip()
            if not v:
                continue
            if CHANNEL_ID.match(v):
                votes["channel"][i] += 1
            elif channel_id_from_url(v) and "youtube.com" in v:
                votes["channel_url"][i] += 1
            elif VIDEO_ID.match(v) and not v.isdigit():
                votes["video"][i] += 1
            elif v.startswith("{") and ('"text"' in v or "takeoutSegments" in v):
                votes["text"][i] += 1
            elif _is_iso(v):
                votes["time"][i] += 1
            elif PLAYLIST_ID.match(v) and len(v) >= 2 and (len(v) <= 4 or len(v) >= 13):
                votes["playlist"][i] += 1
            elif len(v) >= 20 and " " not in v and re.match(r"^[0-9A-Za-z_.-]+$", v):
                votes["longid"][i] += 1
    roles: dict[str, int] = {}
    for role, c in votes.items():
        if c:
            roles[role] = min(i for i, n in c.items() if n == max(c.values()))
    # Comment id comes before the parent id in both comment layouts.
    longids = sorted(i for i in votes["longid"])
    if longids:
        roles["longid"] = longids[0]
        if len(longids) > 1:
            roles["longid2"] = longids[1]
    return roles


def _classify_csv(data: bytes) -> Sniffed:
    rows = _csv_rows(data)
    if not rows:
        return Sniffed("unrecognised")
    header = [h.strip() for h in rows[0]]
    body = [r for r in rows[1:] if any(c.strip() for c in r)]
    by_header = {role: i for i, h in enumerate(header) if (role := _role_of_header(h))}
    low_header = " ".join(header).lower()
    # Old playlist layout: a playlist description block, a blank line, then the items.
    first = rows[1][0].strip() if len(rows) > 1 and rows[1] else ""
    if body and PLAYLIST_ID.match(first or "-") and len(first) != 11 and len(header) >= 4:
        if any(r and VIDEO_ID.match(r[0].strip()) for r in body[1:]):
            return Sniffed("playlist_old", header, {}, {"playlist_id": first})
        return Sniffed("playlists_meta", header)
    if not body:
        if {"video", "text"} <= set(by_header) or "text" in by_header:
            kind = "live_chat" if any(w in low_header for w in _CHAT_WORDS) else "comments"
            return Sniffed(kind, header, by_header)
        return Sniffed("empty", header)
    width = len(header)
    roles = _content_roles(body, width)
    if "channel" in roles and "channel_url" in roles:
        return Sniffed("subscriptions", header, roles)
    if "text" in roles or ("text" in by_header and "video" in by_header):
        merged = dict(roles)
        merged.update(by_header)
        is_chat = any(w in low_header for w in _CHAT_WORDS) or (
            "longid" in roles and not any(r[roles["longid"]].startswith("Ug")
                                          for r in body if len(r) > roles["longid"]))
        return Sniffed("live_chat" if is_chat else "comments", header, merged)
    if width == 2 and roles.get("video") == 0 and "time" in roles:
        return Sniffed("playlist_items", header, roles)
    if roles.get("playlist") == 0 and width >= 4:
        return Sniffed("playlists_meta", header, roles)
    if "video" in roles and "channel" in roles and width >= 6:
        merged = dict(roles)
        merged.update(by_header)
        return Sniffed("videos", header, merged)
    if "channel" in roles and width <= 4 and "video" not in roles:
        return Sniffed("channel_info", header, roles)
    if "video" in roles:
        return Sniffed("video_other", header, roles)
    return Sniffed("unrecognised", header, roles)


class YouTubeImporter(Importer):
    platform = Platform.YOUTUBE
    name = "youtube_takeout"

    # -- detection -------------------------------------------------------
    def detect(self, archive: Archive) -> Detection | None:
        try:
            members = archive.members()
        except AuditError:
            return None
        yt = [m for m in members if _in_youtube_folder(m.path)]
        takeout = any(m.path.split("/", 1)[0].lower() == "takeout" or "/takeout/" in m.path.lower()
                      for m in members[:2000])
        if yt and (takeout or (archive.name or "").lower().startswith("takeout")):
            return Detection(Platform.YOUTUBE, "takeout", 0.9, "csv")
        cands = [m for m in (yt or members) if _text_ext(m.path)][:40]
        for m in cands:
            try:
                kind = self._sniff(m).kind
            except (AuditError, *READ_ERRORS):
                continue
            if kind in ("subscriptions", "comments", "live_chat", "activity_json",
                        "activity_html", "playlist_json", "subscriptions_json", "videos"):
                return Detection(Platform.YOUTUBE, "takeout", 0.7 if yt else 0.6, "csv")
        return None

    def _sniff(self, m: Member) -> Sniffed:
        low = m.path.lower()
        head = _head(m)
        if low.endswith(".csv"):
            return _classify_csv(head)
        if low.endswith(".json"):
            return _classify_json(head)
        if low.endswith((".html", ".htm")):
            if b"outer-cell" in head:        # Google's activity card markup (a byte sniff, not parsing)
                return Sniffed("activity_html")
            if b"<li" in head.lower() and b"youtube.com/watch" in head:
                return Sniffed("comments_html")
            return Sniffed("html_other")
        if low.endswith(".opml"):
            return Sniffed("opml")
        return Sniffed("unrecognised")

    # -- import ----------------------------------------------------------
    def iter_items(self, archive: Archive, ctx: ImportContext) -> Iterator[Item]:
        ctx.coverage.generation = ctx.coverage.generation or "takeout"
        members = archive.members()
        any_yt = any(_in_youtube_folder(m.path) for m in members)
        plan: list[tuple[Member, Sniffed]] = []
        for m in members:
            ctx.check_cancel()
            if any_yt and not _in_youtube_folder(m.path):
                if not ctx.coverage.accounted(m.path):
                    ctx.coverage.skip(m.path, NOT_RELEVANT, "importers.youtube.other_google_product")
                continue
            if MEDIA_EXT.search(m.path):
                continue
            if not _text_ext(m.path):
                ctx.coverage.skip(m.path, UNRECOGNISED, "")
                continue
            try:
                plan.append((m, self._sniff(m)))
            except AuditError as e:
                ctx.coverage.fail(m.path, e.code)
            except READ_ERRORS:
                ctx.coverage.fail(m.path, "importers.youtube.unreadable")
        titles = self._playlist_titles(plan, ctx)
        for m, sn in plan:
            ctx.check_cancel()
            yield from self._read(m, sn, ctx, titles)
        self.mark_media(archive, ctx)

    def _read(self, m: Member, sn: Sniffed, ctx: ImportContext,
              titles: dict[str, str]) -> Iterator[Item]:
        k = sn.kind
        if k == "subscriptions":
            yield from _run(ctx, m, _csv_body(m, ctx), lambda r, i: _subscription(r, i, m, sn))
        elif k in ("comments", "live_chat"):
            yield from _run(ctx, m, _csv_body(m, ctx), lambda r, i: _comment(r, i, m, sn, ctx))
        elif k == "playlist_items":
            title = _playlist_title_from_name(m.name)
            is_like = _is_liked_playlist(title, titles.get(title.casefold()))
            yield from _run(ctx, m, _csv_body(m, ctx),
                            lambda r, i: _playlist_item(r, i, m, title, is_like))
        elif k == "playlist_old":
            title = _playlist_title_from_name(m.name)
            is_like = _is_liked_playlist(title, sn.meta.get("playlist_id"))
            yield from _run(ctx, m, _csv_body(m, ctx),
                            lambda r, i: _playlist_item(r, i, m, title, is_like))
        elif k == "videos":
            yield from _run(ctx, m, _csv_body(m, ctx), lambda r, i: _own_video(r, i, m, sn))
        elif k == "activity_json":
            stats: Counter[str] = Counter()
            yield from _run(ctx, m, ctx.iter_json(m, ("item",)),
                            lambda r, i: _activity(_activity_from_json(r), i, m, stats), stats)
        elif k == "activity_html":
            stats = Counter()
            outcome: dict[str, object] = {}
            recs = _html_records(m, ctx, _is_outer_cell, outcome)
            yield from _run(ctx, m, recs, lambda r, i: _activity(_activity_from_html(r, ctx, stats),
                                                                 i, m, stats), stats, outcome)
        elif k == "comments_html":
            outcome = {}
            recs = _html_records(m, ctx, lambda n: n.tag == "li", outcome)
            yield from _run(ctx, m, recs, lambda r, i: _comment_li(r, i, m), None, outcome)
        elif k in ("playlist_json", "subscriptions_json"):
            yield from _run(ctx, m, ctx.iter_json(m, ("item", "items.item")),
                            lambda r, i: _resource(r, i, m, titles))
        elif k == "opml":
            outcome = {}
            recs = _html_records(m, ctx, lambda n: n.tag == "outline" and "xmlurl" in n.attrs,
                                 outcome)
            yield from _run(ctx, m, recs, lambda r, i: _opml(r, i, m), None, outcome)
        elif k == "empty":
            ctx.coverage.read(m.path, 0)
        elif k in ("playlists_meta", "channel_info", "video_other"):
            ctx.coverage.skip(m.path, NOT_RELEVANT, f"importers.youtube.{k}")
        else:
            ctx.coverage.skip(m.path, UNRECOGNISED, "importers.youtube.unrecognised_file")

    def _playlist_titles(self, plan: list[tuple[Member, Sniffed]], ctx: ImportContext) -> dict[str, str]:
        """Playlist title (casefolded) -> playlist id, from playlists.csv, to spot the likes list."""
        out: dict[str, str] = {}
        for m, sn in plan:
            if sn.kind != "playlists_meta":
                continue
            try:
                for row in _csv_body(m, ctx):
                    pid = row[0].strip() if row else ""
                    for v in row[1:]:
                        v = v.strip()
                        if v and not _is_iso(v) and v.lower() not in ("true", "false", "public",
                                                                         "private", "unlisted"):
                            out.setdefault(v.casefold(), pid)
                            break
            except (AuditError, *READ_ERRORS):
                continue
        return out


# -- helpers used by iter_items --------------------------------------------
def _in_youtube_folder(path: str) -> bool:
    return any("youtube" in part.lower() for part in path.split("/")[:-1])


def _text_ext(path: str) -> bool:
    return path.lower().endswith((".csv", ".json", ".html", ".htm", ".opml"))


def _classify_json(head: bytes) -> Sniffed:
    text = head.decode("utf-8-sig", errors="replace").lstrip()
    # Only the first record matters; decode it alone.
    if not text.startswith(("[", "{")):
        return Sniffed("unrecognised")
    first = _first_json_record(text)
    if not isinstance(first, dict):
        return Sniffed("unrecognised" if first is None else "json_other")
    kind = str(first.get("kind", ""))
    if kind == "youtube#subscription":
        return Sniffed("subscriptions_json")
    if kind == "youtube#playlistItem":
        return Sniffed("playlist_json")
    if "title" in first and ("time" in first or "header" in first or "products" in first):
        return Sniffed("activity_json")
    if "snippet" in first and isinstance(first["snippet"], dict) and "publishedAt" in first["snippet"]:
        return Sniffed("activity_json")
    return Sniffed("json_other")


def _first_json_record(text: str) -> Any:
    dec = json.JSONDecoder(strict=False)
    s = text
    if s.startswith("{"):
        # {"items": [ ... ]} wrapper (older API-shaped files) or a single object.
        i = s.find("[")
        if i == -1:
            return None
        s = s[i:]
    i = 1
    while i < len(s) and s[i] in " \r\n\t":
        i += 1
    try:
        obj, _ = dec.raw_decode(s, i)
    except (ValueError, RecursionError):  # RecursionError: a record nested thousands deep
        return None
    return obj


def _csv_body(m: Member, ctx: ImportContext) -> Iterator[list[str]]:
    """Data rows of a CSV (header skipped), streamed; csv errors end the file."""
    raw = m.open()
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
    try:
        reader = csv.reader(text)
        try:
            next(reader)
        except StopIteration:
            return
        for row in reader:
            ctx.check_cancel()
            yield row
    except csv.Error as e:
        raise FormatError("importers.youtube.bad_csv", file=m.path, detail=str(e)[:120]) from e
    finally:
        text.close()


def _html_records(m: Member, ctx: ImportContext, pred: Any,
                  outcome: dict[str, object]) -> Iterator[Node]:
    # Opened lazily so an unreadable member is reported by _run, not raised.
    yield from stream_records(m.open(), m.path, pred, ctx.on_progress, outcome)


def _cell(row: list[str], i: int | None) -> str:
    if i is None or i >= len(row):
        return ""
    return row[i].strip()


def _run(ctx: ImportContext, m: Member, records: Iterator[Any], build: Any,
         stats: Counter[str] | None = None, outcome: dict[str, object] | None = None) -> Iterator[Item]:
    """Like ``safe_records``, plus: files holding only watch/search history are
    reported as not relevant, ignored activity is counted, and a cut-off HTML
    page is reported as partial."""
    n = bad = 0
    try:
        for idx, rec in enumerate(records):
            try:
                got = build(rec, idx)
            except (KeyError, TypeError, AttributeError, ValueError, IndexError, OverflowError):
                bad += 1
                continue
            if got is None:
                continue
            n += 1
            yield got
    except (AuditError, *READ_ERRORS) as e:
        if n:
            ctx.coverage.read(m.path, n)
        ctx.coverage.fail(m.path, e.code if isinstance(e, AuditError) else "importers.youtube.unreadable")
        return
    finally:
        if bad:
            ctx.coverage.note("coverage.bad_records", file=m.path, count=bad)
    if stats:
        ignored = {k: v for k, v in stats.items() if k in IGNORED_ACTIONS or k in ("ads", "unknown")}
        if ignored:
            ctx.coverage.note("importers.youtube.activity_ignored", file=m.path,
                              **{k: v for k, v in sorted(ignored.items())})
        if stats.get("zone_unknown"):
            ctx.coverage.note("importers.youtube.zone_unknown", file=m.path, count=stats["zone_unknown"])
    if n == 0 and stats and sum(v for k, v in stats.items() if k in IGNORED_ACTIONS) and not bad:
        ctx.coverage.skip(m.path, NOT_RELEVANT, "importers.youtube.history_only")
        return
    ctx.coverage.read(m.path, n)
    if outcome and outcome.get("truncated"):
        ctx.coverage.fail(m.path, "importers.html.truncated")


def _src(m: Member, i: int) -> SourceRef:
    return SourceRef(m.path, i)


def _subscription(row: list[str], i: int, m: Member, sn: Sniffed) -> Item | None:
    cid = _cell(row, sn.roles.get("channel"))
    url = _cell(row, sn.roles.get("channel_url"))
    if not CHANNEL_ID.match(cid):
        cid = channel_id_from_url(url) or ""
    if not cid:
        raise ValueError("no channel id")
    used = {sn.roles.get("channel"), sn.roles.get("channel_url")}
    name = next((row[j].strip() for j in range(len(row)) if j not in used and row[j].strip()), None)
    return Item(Platform.YOUTUBE, Kind.FOLLOW, None, _src(m, i),
                Target(name=name, id=cid, url=channel_url(cid), type="channel"),
                url=channel_url(cid))


def _comment(row: list[str], i: int, m: Member, sn: Sniffed, ctx: ImportContext) -> Item | None:
    r = sn.roles
    raw_text = _cell(row, r.get("text"))
    video = _cell(row, r.get("video"))
    cid = _cell(row, r.get("comment_id", r.get("chat_id", r.get("longid"))))
    parent = _cell(row, r.get("parent", r.get("longid2")))
    if parent == cid:
        parent = ""
    ts_raw = _cell(row, r.get("time"))
    if not raw_text and not video:
        return None
    text, links, ok = comment_text(raw_text)
    if not ok:
        raise ValueError("comment text is not the segment JSON")
    live = sn.kind == "live_chat"
    url = None
    if VIDEO_ID.match(video):
        url = watch_url(video) + (f"&lc={cid}" if cid and not live else "")
    extra: dict[str, Any] = {"video_id": video or None, "comment_id": cid or None}
    if parent:
        extra["parent_comment_id"] = parent
        extra["reply"] = True
    if live:
        extra["live_chat"] = True
    price = _cell(row, r.get("price"))
    if price and price not in ("0", "0.0"):
        extra["price"] = price            # a paid Super Chat / Super Thanks
    if links:
        extra["links"] = links
    owner = _cell(row, r.get("channel"))
    if CHANNEL_ID.match(owner):
        extra["author_channel_id"] = owner
    target = Target(id=video, url=watch_url(video), type="video") if VIDEO_ID.match(video) else None
    return Item(Platform.YOUTUBE, Kind.COMMENT, from_iso(ts_raw, ctx.tz) or parse_any(ts_raw),
                _src(m, i), target, text=text or None, url=url, extra=extra)


def _playlist_title_from_name(name: str) -> str:
    stem = name.rsplit(".", 1)[0]
    for suffix in ("-videos", "-video", " - videos", "-vidéos"):
        if stem.lower().endswith(suffix):
            return stem[: -len(suffix)].strip()
    return stem.strip()


def _is_liked_playlist(title: str, playlist_id: str | None) -> bool:
    return title.casefold() in LIKED_PLAYLISTS or bool(playlist_id and playlist_id.startswith("LL"))


def _playlist_item(row: list[str], i: int, m: Member, title: str, is_like: bool) -> Item | None:
    vid = _cell(row, 0)
    if not VIDEO_ID.match(vid):
        return None                          # header/description lines of the old layout
    ts = next((t for v in row[1:] if (t := from_iso(v.strip()) or parse_any(v.strip()))), None)
    kind = Kind.LIKE if is_like else Kind.SAVED
    return Item(Platform.YOUTUBE, kind, ts, _src(m, i),
                Target(id=vid, url=watch_url(vid), type="video"), url=watch_url(vid),
                extra={"playlist": title, "video_id": vid})


def _own_video(row: list[str], i: int, m: Member, sn: Sniffed) -> Item | None:
    r = sn.roles
    vid = _cell(row, r.get("video"))
    if not VIDEO_ID.match(vid):
        return None
    title = _cell(row, r.get("title"))
    desc = _cell(row, r.get("description"))
    if not title and "title" not in r:
        # Unknown header language: the title and description are the free-text cells.
        known = {v for v in r.values()}
        free = [row[j].strip() for j in range(len(row))
                if j not in known and row[j].strip() and not row[j].strip().isdigit()
                and not _is_iso(row[j].strip())]
        free.sort(key=len)
        title = free[0] if free else ""
        desc = free[-1] if len(free) > 1 else ""
    created = _cell(row, r.get("created")) or _cell(row, r.get("time"))
    published = _cell(row, r.get("published"))
    text = "\n".join(x for x in (title, desc) if x) or None
    extra: dict[str, Any] = {"video_id": vid, "title": title or None}
    if r.get("privacy") is not None:
        extra["privacy"] = _cell(row, r.get("privacy"))
    return Item(Platform.YOUTUBE, Kind.VIDEO, from_iso(published) or from_iso(created), _src(m, i),
                None, text=text, url=watch_url(vid), extra=extra)


# -- activity --------------------------------------------------------------
@dataclass
class Activity:
    title: str
    prefix: str | None            # the action words, when the HTML separates them
    object_title: str | None
    title_url: str | None
    subtitles: list[tuple[str, str | None]]
    time: Any
    description: str | None = None
    ads: bool = False


def _activity_from_json(rec: Any) -> Activity:
    if not isinstance(rec, dict):
        raise TypeError("activity record is not an object")
    if isinstance(rec.get("snippet"), dict):        # pre-2017 API-shaped records
        sn = rec["snippet"]
        return Activity(str(sn.get("title", "")), None, None, None, [],
                        from_iso(sn.get("publishedAt")), sn.get("description"))
    subs = []
    for s in rec.get("subtitles") or []:
        if isinstance(s, dict):
            subs.append((str(s.get("name", "")), s.get("url") if isinstance(s.get("url"), str) else None))
    details = rec.get("details") or []
    ads = any(isinstance(d, dict) and "ads" in str(d.get("name", "")).lower() for d in details)
    title = rec.get("title")
    if not isinstance(title, str):
        raise TypeError("activity without title")
    url = rec.get("titleUrl") if isinstance(rec.get("titleUrl"), str) else None
    desc = rec.get("description") if isinstance(rec.get("description"), str) else None
    return Activity(title, None, None, url, subs, from_iso(rec.get("time")), desc, ads)


def _is_outer_cell(n: Node) -> bool:
    return n.tag == "div" and "outer-cell" in n.classes


def _group_by_br(cell: Node) -> list[list[Node | str]]:
    groups: list[list[Node | str]] = [[]]
    for c in cell.children:
        if isinstance(c, Node) and c.tag == "br":
            groups.append([])
        else:
            groups[-1].append(c)
    return [g for g in groups if any((x.strip() if isinstance(x, str) else x.text()) for x in g)]


def _activity_from_html(card: Node, ctx: ImportContext, stats: Counter[str]) -> Activity:
    cells = [n for n in card.iter() if n.tag == "div" and "content-cell" in n.classes]
    body = next((c for c in cells if "mdl-typography--body-1" in c.classes
                 and "mdl-typography--text-right" not in c.classes), None)
    if body is None:
        raise ValueError("activity card without a body cell")
    caption = next((c for c in cells if "mdl-typography--caption" in c.classes), None)
    groups = _group_by_br(body)
    if not groups:
        raise ValueError("empty activity card")
    date_group = groups[-1]
    date_text = " ".join(x.strip() if isinstance(x, str) else x.text(" ") for x in date_group)
    when, known = parse_human_date(date_text, ctx.tz)
    if when is not None and not known:
        stats["zone_unknown"] += 1
    if when is not None:
        groups = groups[:-1]
    if not groups:
        raise ValueError("activity card without a title line")
    first = groups[0]
    prefix_parts: list[str] = []
    link: Node | None = None
    for x in first:
        if isinstance(x, Node) and x.tag == "a":
            link = x
            break
        prefix_parts.append(x if isinstance(x, str) else x.text(" "))
    title = " ".join(" ".join(x.split()) if isinstance(x, str) else x.text(" ") for x in first).strip()
    subs: list[tuple[str, str | None]] = []
    for g in groups[1:]:
        a = next((x for x in g if isinstance(x, Node) and x.tag == "a"), None)
        name = " ".join(" ".join(x.split()) if isinstance(x, str) else x.text(" ") for x in g).strip()
        subs.append((name, a.attrs.get("href") if a is not None else None))
    ads = caption is not None and "google ads" in caption.text(" ").lower()
    return Activity(title, " ".join(prefix_parts).strip() if link is not None else None,
                    link.text(" ") if link is not None else None,
                    link.attrs.get("href") if link is not None else None,
                    subs, when, None, ads)


def _activity(a: Activity, i: int, m: Member, stats: Counter[str]) -> Item | None:
    if a.prefix is not None:
        action, _ = split_action(a.prefix + " x")
        obj = a.object_title or ""
    else:
        action, obj = split_action(a.title)
    if a.ads:
        stats["ads"] += 1
        return None
    if action is None:
        stats["unknown"] += 1
        return None
    if action in IGNORED_ACTIONS:
        stats[action] += 1
        return None
    channel = next(((n, u) for n, u in a.subtitles if channel_id_from_url(u)), None)
    if channel is None and a.subtitles:
        channel = a.subtitles[0]
    extra: dict[str, Any] = {"title": a.title}
    vid = video_id_from_url(a.title_url)
    if vid:
        extra["video_id"] = vid
    if obj:
        extra["video_title"] = obj
    if action == "subscribe":
        cid = channel_id_from_url(a.title_url)
        target = Target(name=obj or None, id=cid, url=a.title_url, type="channel")
        return Item(Platform.YOUTUBE, Kind.FOLLOW, a.time, _src(m, i), target,
                    url=a.title_url, extra={"title": a.title})
    if channel is not None:
        cid = channel_id_from_url(channel[1])
        target = Target(name=channel[0] or None, id=cid, url=channel[1], type="channel")
    elif a.title_url or obj:
        target = Target(name=obj or None, id=vid, url=a.title_url, type="video")
    else:
        target = None
    kind = {"like": Kind.LIKE, "share": Kind.SHARE, "comment": Kind.COMMENT}[action]
    stats[action] += 1
    return Item(Platform.YOUTUBE, kind, a.time, _src(m, i), target,
                text=a.description if kind == Kind.COMMENT else None, url=a.title_url, extra=extra)


def _comment_li(li: Node, i: int, m: Member) -> Item | None:
    """Old ``my-comments.html``: "<li>… <a href=watch?v=…>video</a> … 2020-04-27 23:18:23 UTC<br/>text</li>"."""
    groups = _group_by_br(li)
    if len(groups) < 2:
        return None
    head = " ".join(x if isinstance(x, str) else x.text(" ") for x in groups[0])
    when = None
    for token in re.findall(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?: ?UTC|Z)?", head):
        when = parse_human_date(token.replace("T", " ").replace("Z", " UTC"), _UTC)[0]
    link = next((x for x in li.iter() if x.tag == "a" and "href" in x.attrs), None)
    url = link.attrs["href"] if link is not None else None
    vid = video_id_from_url(url)
    text = "\n".join(x.strip() if isinstance(x, str) else x.text() for g in groups[1:] for x in g).strip()
    return Item(Platform.YOUTUBE, Kind.COMMENT, when, _src(m, i),
                Target(name=link.text(" ") if link is not None else None, id=vid,
                       url=watch_url(vid) if vid else url, type="video") if url else None,
                text=text or None, url=watch_url(vid) if vid else url,
                extra={"video_id": vid} if vid else {})


def _resource(rec: Any, i: int, m: Member, titles: dict[str, str]) -> Item | None:
    """``youtube#subscription`` / ``youtube#playlistItem`` records (Takeouts up to ~2021)."""
    if not isinstance(rec, dict):
        raise TypeError("resource is not an object")
    sn = rec.get("snippet") or {}
    if rec.get("kind") == "youtube#subscription":
        cid = (sn.get("resourceId") or {}).get("channelId")
        if not isinstance(cid, str) or not CHANNEL_ID.match(cid):
            raise ValueError("subscription without channel id")
        return Item(Platform.YOUTUBE, Kind.FOLLOW, from_iso(sn.get("publishedAt")), _src(m, i),
                    Target(name=sn.get("title"), id=cid, url=channel_url(cid), type="channel"),
                    url=channel_url(cid))
    vid = (rec.get("contentDetails") or {}).get("videoId") or (sn.get("resourceId") or {}).get("videoId")
    if not isinstance(vid, str) or not VIDEO_ID.match(vid):
        raise ValueError("playlist item without video id")
    pid = str(sn.get("playlistId") or "")
    title = _playlist_title_from_name(m.name)
    is_like = pid.startswith("LL") or _is_liked_playlist(title, titles.get(title.casefold()))
    owner = sn.get("videoOwnerChannelId")
    target = Target(name=sn.get("videoOwnerChannelTitle"), id=owner, url=channel_url(owner),
                    type="channel") if isinstance(owner, str) and CHANNEL_ID.match(owner) else \
        Target(name=sn.get("title"), id=vid, url=watch_url(vid), type="video")
    return Item(Platform.YOUTUBE, Kind.LIKE if is_like else Kind.SAVED, from_iso(sn.get("publishedAt")),
                _src(m, i), target, url=watch_url(vid),
                extra={"video_id": vid, "video_title": sn.get("title"), "playlist": title})


def _opml(node: Node, i: int, m: Member) -> Item | None:
    cid = channel_id_from_url(node.attrs.get("xmlurl"))
    if not cid:
        return None
    name = node.attrs.get("title") or node.attrs.get("text") or None
    return Item(Platform.YOUTUBE, Kind.FOLLOW, None, _src(m, i),
                Target(name=name, id=cid, url=channel_url(cid), type="channel"), url=channel_url(cid))

