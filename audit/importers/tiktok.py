"""TikTok "Download your data": the JSON export and the TXT export.

JSON: one ``user_data_tiktok.json`` (newer) or ``user_data.json`` (older).
Section names moved between years (``Activity`` -> ``Your Activity`` /
``Likes and Favorites``, ``Video`` -> ``Post``); every known path is tried in
one streaming pass. Key casing differs even inside one file (``date``/``link``
in the like list, ``Date``/``Link`` elsewhere), so keys are matched without
case or spaces.

TXT: a zip of ``Like List.txt``, ``Following.txt``... made of ``Key: value``
blocks separated by blank lines.

Dates are ``YYYY-MM-DD HH:MM:SS`` without a zone: read in the user's zone
(WIB/WITA/WIT). Liked and favourite videos carry only a video link, never
the author: such items have no target and the engine lists them for a
check by hand.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from functools import lru_cache
from collections.abc import Iterator
from typing import Any

from audit.archive.archive import Archive
from audit.archive.members import Member
from audit.coverage import NOT_RELEVANT, UNRECOGNISED
from audit.errors import AuditError
from audit.importers import jsonstream
from audit.importers.base import Detection, ImportContext, Importer, _CountingReader, safe_records
from audit.model import Item, Kind, MediaRef, Platform, SourceRef, Target
from audit.timeutil import from_local, plausible

JSON_NAMES = ("user_data_tiktok.json", "user_data.json")

# Top-level sections seen in TikTok JSON exports (old and new names).
KNOWN_SECTIONS = {"Activity", "Your Activity", "Likes and Favorites", "Video", "Post", "Comment",
                  "Profile", "Profile And Settings", "App Settings", "Direct Messages",
                  "Direct Message", "Ads and data", "Tiktok Live", "TikTok Live", "TikTok Shop",
                  "Tiktok Shopping", "Income Plus Wallet", "Income+ Wallet", "Location Review", "Poi Review"}

# ijson path -> section tag. Every generation's path is listed; absent ones cost nothing.
JSON_PATHS: dict[str, str] = {}
for _root in ("Activity", "Your Activity", "Likes and Favorites"):
    JSON_PATHS[f"{_root}.Like List.ItemFavoriteList.item"] = "like"
    JSON_PATHS[f"{_root}.Favorite Videos.FavoriteVideoList.item"] = "saved"
    JSON_PATHS[f"{_root}.Favourite Videos.FavoriteVideoList.item"] = "saved"
for _root in ("Activity", "Your Activity", "Profile And Settings"):
    for _sec in ("Following List", "Following"):
        JSON_PATHS[f"{_root}.{_sec}.Following.item"] = "follow"
    JSON_PATHS[f"{_root}.Share History.ShareHistoryList.item"] = "share"
    # Reposts to the user's followers (2024+ exports): {Date, Link}.
    JSON_PATHS[f"{_root}.Reposts.RepostList.item"] = "repost"
JSON_PATHS["Comment.Comments.CommentsList.item"] = "comment"
for _root in ("Video", "Post"):
    JSON_PATHS[f"{_root}.Videos.VideoList.item"] = "video"
    JSON_PATHS[f"{_root}.Posts.VideoList.item"] = "video"
    JSON_PATHS[f"{_root}.Recently Deleted Posts.PostList.item"] = "deleted_video"
    JSON_PATHS[f"{_root}.RecentlyDeletedPosts.PostList.item"] = "deleted_video"
# Comments and questions the user wrote in other people's LIVE streams: a map keyed by
# opaque live ids, each {WatchTime, Link, Comments: [...], Questions: [...] | null}.
for _root in ("Tiktok Live", "TikTok Live"):
    JSON_PATHS[f"{_root}.Watch Live History.WatchLiveMap"] = "live"
for _root in ("Profile", "Profile And Settings"):
    for _sec in ("Profile Information", "Profile Info"):
        JSON_PATHS[f"{_root}.{_sec}.ProfileMap"] = "profile"

# TXT export: file name (lower case) -> section tag.
TXT_FILES = {
    "like list.txt": "like", "likes.txt": "like",
    "favorite videos.txt": "saved", "favourite videos.txt": "saved",
    "following.txt": "follow", "following list.txt": "follow",
    "share history.txt": "share",
    "comments.txt": "comment",
    "posts.txt": "video", "post.txt": "video", "videos.txt": "video", "video.txt": "video",
    "recently deleted posts.txt": "deleted_video",
    "profile info.txt": "profile", "profile information.txt": "profile",
}
# Names that only a TikTok TXT export uses; enough to recognise one.
TXT_MARKERS = {"like list.txt", "favorite videos.txt", "favourite videos.txt", "following.txt",
               "share history.txt", "watch history.txt", "video browsing history.txt",
               "searches.txt", "follower.txt", "hashtag.txt", "login history.txt"}
EMPTY_SENTINELS = ("you have no data in this section",)

_VIDEO_ID = re.compile(r"/(?:video|v)/(\d{8,25})")


@lru_cache(maxsize=4096)
def _norm_key(k: str) -> str:
    return re.sub(r"[\s_]+", "", k).lower()


class _Rec(dict):
    """A record with keys folded once (no case, spaces or underscores) for cheap lookups."""


def _fold(rec: Any) -> _Rec:
    if isinstance(rec, _Rec):
        return rec
    if not isinstance(rec, dict):
        raise TypeError("record is not an object")
    return _Rec((_norm_key(str(k)), v) for k, v in rec.items())


def _field(rec: Any, *names: str) -> Any:
    """The first present field among ``names``, ignoring case, spaces and underscores."""
    folded = _fold(rec)
    for n in names:
        v = folded.get(_norm_key(n))
        if v not in (None, "", "N/A"):
            return v
    return None



def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _video_id(link: str | None) -> str | None:
    m = _VIDEO_ID.search(link or "")
    return m.group(1) if m else None


class TikTokImporter(Importer):
    platform = Platform.TIKTOK
    name = "tiktok"

    # -- detection -------------------------------------------------------
    def detect(self, archive: Archive) -> Detection | None:
        try:
            return self._detect(archive)
        except AuditError:
            return None

    def _detect(self, archive: Archive) -> Detection | None:
        for fname in JSON_NAMES:
            for m in archive.by_basename(fname):
                keys = set(jsonstream.top_keys(m))
                if keys & KNOWN_SECTIONS:
                    gen = ("JSON (new sections)" if keys & {"Your Activity", "Likes and Favorites", "Post"}
                           else "JSON (old sections)")
                    return Detection(Platform.TIKTOK, gen, 0.95, "json")
                if fname == "user_data_tiktok.json":
                    return Detection(Platform.TIKTOK, "JSON", 0.7, "json")
        names = {m.name.lower() for m in archive.members()}
        hits = names & TXT_MARKERS
        if hits and (len(hits) >= 2 or self._txt_looks_like_blocks(archive, hits)):
            return Detection(Platform.TIKTOK, "TXT", 0.85 if len(hits) >= 2 else 0.6, "txt")
        return None

    @staticmethod
    def _txt_looks_like_blocks(archive: Archive, names: set[str]) -> bool:
        """A lone ``Like List.txt`` given directly: check it starts with ``Date: ``-style lines."""
        for n in names:
            for m in archive.by_basename(n):
                try:
                    with m.open() as fh:
                        head = fh.read(2048).decode("utf-8", errors="replace").lstrip("\ufeff")
                except AuditError:
                    continue
                first = next((ln for ln in head.splitlines() if ln.strip()), "")
                if re.match(r"^[A-Za-z][A-Za-z ]{1,30}:\s", first) or first.strip().lower() in EMPTY_SENTINELS:
                    return True
        return False

    # -- items -----------------------------------------------------------
    def iter_items(self, archive: Archive, ctx: ImportContext) -> Iterator[Item]:
        no_author = 0
        for it in self._all_items(archive, ctx):
            if it.kind in (Kind.LIKE, Kind.SAVED):
                no_author += 1
            yield it
        if no_author:
            ctx.coverage.note("tiktok.likes_no_author", count=no_author)
        self.mark_media(archive, ctx)
        for m in archive.members():
            if not ctx.coverage.accounted(m.path):
                known = m.name.lower().endswith((".txt", ".json"))
                ctx.coverage.skip(m.path, NOT_RELEVANT if known else UNRECOGNISED)

    def _all_items(self, archive: Archive, ctx: ImportContext) -> Iterator[Item]:
        used: set[str] = set()
        for m in [m for n in JSON_NAMES for m in archive.by_basename(n)]:
            used.add(m.path)
            yield from self._json_items(m, ctx)
        for m in archive.members():
            if m.path in used:
                continue
            tag = TXT_FILES.get(m.name.lower())
            if tag is not None:
                used.add(m.path)
                yield from self._txt_items(m, tag, ctx)

    def _json_items(self, member: Member, ctx: ImportContext) -> Iterator[Item]:
        def records() -> Iterator[tuple[str, Any]]:
            for tag, rec in jsonstream.pick(jsonstream.events(member, ctx.on_progress), JSON_PATHS):
                ctx.check_cancel()
                yield tag, rec

        def build(pair: tuple[str, Any], idx: int) -> Item | None:
            tag, rec = pair
            return _build(tag, rec, ctx, SourceRef(member.path, idx))

        yield from safe_records(ctx, member, records(), build)

    def _txt_items(self, member: Member, tag: str, ctx: ImportContext) -> Iterator[Item]:
        def build(rec: dict[str, str], idx: int) -> Item | None:
            return _build(tag, rec, ctx, SourceRef(member.path, idx))

        yield from safe_records(ctx, member, _txt_blocks(member, ctx), build)


def _txt_blocks(member: Member, ctx: ImportContext) -> Iterator[dict[str, str]]:
    """``Key: value`` blocks separated by blank lines; a line without a key continues the value."""
    with member.open() as raw:
        text = io.TextIOWrapper(_CountingReader(raw, ctx.on_progress), encoding="utf-8-sig", errors="replace",
                                newline=None)
        block: dict[str, str] = {}
        last = ""
        for line in text:
            ctx.check_cancel()
            line = line.rstrip("\n")
            if not line.strip() or line.strip().lower() in EMPTY_SENTINELS:
                if block:
                    yield block
                block, last = {}, ""
                continue
            m = re.match(r"^\s*([A-Za-z][A-Za-z _]{0,40}?)\s*:\s?(.*)$", line)
            if m and not (last and _norm_key(m.group(1)) in ("http", "https")):
                key = m.group(1).strip()
                if key in block:  # a repeated key without a blank line: a new record
                    yield block
                    block = {}
                block[key] = m.group(2).strip()
                last = key
            elif last:
                block[last] = block[last] + "\n" + line.strip()
        if block:
            yield block


_STAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})( UTC)?$")


def _local_date(value: str | None, ctx: ImportContext) -> datetime | None:
    """TikTok's zone-less stamp in the user's zone; strptime is the slow path (a third of
    the import time on a big like list), so the usual shape is read directly."""
    m = _STAMP.match((value or "").strip())
    if m is None:
        return from_local(value, ctx.tz)
    # Newer exports suffix some stamps with " UTC" (comments): those are not local time.
    tz = timezone.utc if m.group(7) else ctx.tz
    try:
        return plausible(datetime(*(int(x) for x in m.groups()[:6]), tzinfo=tz))  # type: ignore[misc]
    except ValueError:
        return None


def _build(tag: str, rec: Any, ctx: ImportContext, src: SourceRef) -> Item | list[Item] | None:
    if tag == "live":
        return _live_comments(rec, ctx, src)
    rec = _fold(rec)
    if tag == "profile":
        return _profile(rec, src)
    ts = _local_date(_str(_field(rec, "Date", "date", "Time", "CreateTime")), ctx)
    if tag in ("like", "saved"):
        link = _str(_field(rec, "Link", "VideoLink", "Video Link", "url"))
        if not link:
            raise ValueError("no link")
        return Item(Platform.TIKTOK, Kind.LIKE if tag == "like" else Kind.SAVED, ts, src,
                    target=None, url=link, extra={"video_id": _video_id(link)})
    if tag == "follow":
        handle = _str(_field(rec, "UserName", "User Name", "Username", "uniqueId"))
        if not handle:
            raise ValueError("no username")
        handle = handle.lstrip("@")
        return Item(Platform.TIKTOK, Kind.FOLLOW, ts, src,
                    target=Target(handle=handle, url=f"https://www.tiktok.com/@{handle}", type="account"))
    if tag == "share":
        link = _str(_field(rec, "Link", "VideoLink"))
        extra = {k: v for k, v in (("shared_content", _str(_field(rec, "SharedContent"))),
                                   ("method", _str(_field(rec, "Method"))),
                                   ("video_id", _video_id(link))) if v}
        return Item(Platform.TIKTOK, Kind.SHARE, ts, src, url=link, extra=extra)
    if tag == "repost":
        link = _str(_field(rec, "Link", "VideoLink"))
        if not link:
            raise ValueError("no link")
        extra = {"repost": True}
        if _video_id(link):
            extra["video_id"] = _video_id(link)
        return Item(Platform.TIKTOK, Kind.SHARE, ts, src, url=link, extra=extra)
    if tag == "comment":
        text = _str(_field(rec, "Comment", "comment", "CommentText", "Text"))
        # 2025 exports name the commented video originalPostUrl / "original post link".
        url = _str(_field(rec, "Url", "url", "Link", "VideoLink", "originalPostUrl", "original post link"))
        photo = _str(_field(rec, "Photo", "photo"))
        extra: dict[str, Any] = {}
        if url and _video_id(url):
            extra["video_id"] = _video_id(url)
        if photo:
            extra["photo"] = photo
        if text is None and not photo:
            return None
        return Item(Platform.TIKTOK, Kind.COMMENT, ts, src, text=text, url=url, extra=extra)
    if tag in ("video", "deleted_video"):
        caption = _str(_field(rec, "Title", "Description", "Caption", "VideoDescription", "Desc"))
        links = _str(_field(rec, "Link", "VideoLink", "Url"))
        # Slideshows list several media URLs separated by newlines.
        media = tuple(MediaRef(path="", type="video", uri=u.strip())
                      for u in (links or "").split("\n") if u.strip())
        extra = {k: v for k, v in (("likes", _str(_field(rec, "Likes"))),
                                   ("who_can_view", _str(_field(rec, "WhoCanView"))),
                                   ("location", _str(_field(rec, "Location"))),
                                   ("sound", _str(_field(rec, "Sound")))) if v}
        if tag == "deleted_video":
            extra["deleted"] = True
        return Item(Platform.TIKTOK, Kind.VIDEO, ts, src, text=caption, media=media, extra=extra)
    return None


def _live_comments(live_map: Any, ctx: ImportContext, src: SourceRef) -> list[Item]:
    """One COMMENT per comment or question the user wrote in a LIVE stream they watched."""
    if not isinstance(live_map, dict):
        raise TypeError("WatchLiveMap is not an object")
    out: list[Item] = []
    for live_id, live in live_map.items():
        if not isinstance(live, dict):
            continue
        link = _str(live.get("Link")) if isinstance(live.get("Link"), str) else None
        host = re.search(r"tiktok\.com/@([A-Za-z0-9_.]{1,40})", link or "")
        target = Target(handle=host.group(1), url=f"https://www.tiktok.com/@{host.group(1)}",
                        type="account") if host else None
        for key, tkey, ckey, what in (("Comments", "CommentTime", "CommentContent", "live_comment"),
                                      ("Questions", "QuestionTime", "QuestionContent", "live_question")):
            rows = live.get(key)
            for row in rows if isinstance(rows, list) else []:
                if not isinstance(row, dict):
                    continue
                text = row.get(ckey)
                if not isinstance(text, str) or not text.strip():
                    continue
                stamp = row.get(tkey)
                ts = _local_date(stamp.strip(), ctx) if isinstance(stamp, str) else None
                extra: dict[str, Any] = {"surface": what, "live_id": str(live_id)}
                if isinstance(live.get("WatchTime"), str) and live["WatchTime"].strip():
                    extra["watched"] = live["WatchTime"].strip()
                out.append(Item(Platform.TIKTOK, Kind.COMMENT, ts, src, target=target, text=text.strip(),
                                url=link, extra=extra))
    return out


def _profile(rec: Any, src: SourceRef) -> Item | None:
    user = _str(_field(rec, "userName", "UserName", "Username"))
    bio = _str(_field(rec, "bioDescription", "Bio Description", "Bio"))
    if not user and not bio:
        return None
    extra: dict[str, Any] = {}
    if user:
        extra["owner"] = user
    return Item(Platform.TIKTOK, Kind.PROFILE, None, src, text=bio,
                url=f"https://www.tiktok.com/@{user}" if user else None, extra=extra)

