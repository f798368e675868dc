"""X / Twitter archive ("Download an archive of your data"), 2019 to 2025.

Every data file is JavaScript: ``window.YTD.<type>.part<N> = [ … ]``. The
preface is skipped on the stream, so a huge ``tweets.js`` is parsed record by
record. Big types are split in parts (``tweets.js``, ``tweets-part1.js`` …);
``tweets.js`` was called ``tweet.js`` before 2022, and archives before 2020
had the ``.js`` files at the root instead of ``data/`` (archive-formats.md §4).

What the archive does not say is left empty, never guessed: likes have no
date and no author; follows have numeric account ids only (a handle is filled
in only when the user's own tweets mentioned that id).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, urlparse

from audit.archive.archive import Archive, norm_name
from audit.archive.members import Member
from audit.coverage import MEDIA, NOT_RELEVANT, UNRECOGNISED
from audit.errors import AuditError
from audit.importers.base import Detection, ImportContext, Importer, safe_records
from audit.model import Item, Kind, MediaRef, Platform, SourceRef, Target
from audit.timeutil import from_iso, from_rfc2822, from_unix

X_WEB = "https://x.com"
# X launched in March 2006: earlier dates in an archive are placeholders.
X_EPOCH = datetime(2006, 3, 21, tzinfo=timezone.utc)
TWITTER_SNOWFLAKE_EPOCH_MS = 1288834974657
MAX_MENTION_MAP = 500_000   # ids -> handles learnt from mentions; bounded for memory

_JS_PART = r"(-part\d+)?\.js$"
_ROUTES: list[tuple[str, re.Pattern[str]]] = [
    ("account", re.compile(r"^account" + _JS_PART)),
    ("profile", re.compile(r"^profile" + _JS_PART)),
    ("manifest", re.compile(r"^manifest\.js$")),
    ("note", re.compile(r"^note[-_]tweet" + _JS_PART)),
    ("tweets", re.compile(r"^tweets?" + _JS_PART)),
    ("community", re.compile(r"^community[-_]tweet" + _JS_PART)),
    ("like", re.compile(r"^like" + _JS_PART)),
    ("following", re.compile(r"^following" + _JS_PART)),
    ("lists", re.compile(r"^lists-(member|created|subscribed)" + _JS_PART)),
]
_ORDER = {name: i for i, (name, _) in enumerate(_ROUTES)}
_MEDIA_DIR = re.compile(r"(^|/)data/[a-z_]*media/|(^|/)(tweets?_media|community_tweet_media|"
                        r"profile_media|direct_messages_(group_)?media|moments_(tweets_)?media|"
                        r"deleted_tweets_media|grok_chat_media)/")
_STATUS_URL = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]{1,15})/status(?:es)?/(\d+)")
# X handles are [A-Za-z0-9_]{1,15}; the capture is looser so an odd handle is kept whole.
_RT = re.compile(r"^RT @([^\s:]{1,50}):|^RT @([A-Za-z0-9_]{1,15})")
_RESERVED_HANDLES = {"i", "intent", "home", "search", "hashtag", "settings", "explore"}


def _part_no(path: str) -> int:
    m = re.search(r"-part(\d+)\.js$", path)
    return int(m.group(1)) if m else 0


def _data_file(path: str) -> str | None:
    """The data-file name when ``path`` is an X data file (``data/x.js`` or a root ``x.js``).

    The HTML viewer ships its own scripts under ``assets/``; those are not data.
    """
    p = norm_name(path)
    if not p.endswith(".js"):
        return None
    parts = p.split("/")
    if len(parts) >= 2 and parts[-2] == "data":
        return parts[-1]
    if len(parts) <= 2 and "assets" not in parts:
        return parts[-1]
    return None


def _x_time(v: Any) -> datetime | None:
    dt = from_rfc2822(v) if isinstance(v, str) and not v[:4].isdigit() else from_iso(v)
    return dt if dt is not None and dt >= X_EPOCH else None


def _text(v: Any) -> str | None:
    # The archive HTML-escapes text fields (&amp; &lt; &gt;).
    return html.unescape(v) if isinstance(v, str) and v.strip() else None


def _s(v: Any) -> str | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return str(int(v))
    return v.strip() if isinstance(v, str) and v.strip() else None


def snowflake_time(tweet_id: Any) -> datetime | None:
    """Creation time of a tweet from its id (ids after Nov 2010). Tweet time, not like time."""
    try:
        n = int(str(tweet_id))
    except (TypeError, ValueError):
        return None
    if n < 30_000_000_000_000_000:   # pre-snowflake ids carry no time
        return None
    return from_unix(((n >> 22) + TWITTER_SNOWFLAKE_EPOCH_MS) / 1000.0)


def account_target(handle: str | None = None, account_id: str | None = None,
                   name: str | None = None, url: str | None = None) -> Target | None:
    handle = handle.lstrip("@") if handle else None
    if not (handle or account_id or name):
        return None
    if url is None:
        url = f"{X_WEB}/{handle}" if handle else (
            f"{X_WEB}/intent/user?user_id={account_id}" if account_id else None)
    return Target(name=name, handle=handle, id=account_id, url=url, type="account")


def _unwrap(rec: Any, key: str) -> dict[str, Any]:
    if not isinstance(rec, dict):
        raise TypeError("record")
    inner = rec.get(key)
    if isinstance(inner, dict):
        return inner
    if key == "tweet" and ("id_str" in rec or "full_text" in rec or "text" in rec):
        return rec   # archives before ~2020 held bare tweet objects
    raise KeyError(key)


def _edit_chain(t: dict[str, Any]) -> list[str]:
    """Ids of every version of an edited post, oldest first (``edit_info``; archives since 2022).

    The first version carries ``edit_info.initial.editTweetIds``; later versions carry
    ``edit_info.edit.initialTweetId`` and ``edit_info.edit.editControlInitial.editTweetIds``.
    """
    info = t.get("edit_info")
    if not isinstance(info, dict):
        return []
    ids: Any = None
    initial = info.get("initial")
    if isinstance(initial, dict):
        ids = initial.get("editTweetIds")
    edit = info.get("edit")
    if not isinstance(ids, list) and isinstance(edit, dict):
        ctl = edit.get("editControlInitial")
        ids = ctl.get("editTweetIds") if isinstance(ctl, dict) else None
    out = [x for x in (_s(i) for i in ids) if x and x.isdigit()] if isinstance(ids, list) else []
    # Snowflake ids grow with time, so the largest is the latest version.
    return sorted(dict.fromkeys(out), key=lambda i: (len(i), i))


class XImporter(Importer):
    platform = Platform.X
    name = "x_archive"

    def detect(self, archive: Archive) -> Detection | None:
        try:
            return _detect(archive)
        except AuditError:
            return None

    def iter_items(self, archive: Archive, ctx: ImportContext) -> Iterator[Item]:
        run = _Run(archive, ctx)
        if not ctx.coverage.generation:
            d = _detect(archive)
            ctx.coverage.generation = d.generation if d else ""
        yield from run.all()


def _detect(archive: Archive) -> Detection | None:
    names = {}
    for m in archive.members():
        df = _data_file(m.path)
        if df:
            names.setdefault(df, m)
    tweets_new = any(re.match(r"^tweets" + _JS_PART, n) for n in names)
    has_data = any(norm_name(m.path).split("/")[-2:-1] == ["data"] for m in names.values())
    gen = ("tweets.js (2022+)" if tweets_new else
           "tweet.js (2019-2022)" if has_data else "tweet.js at root (before 2020)")
    if "manifest.js" in names and _is_ytd(names["manifest.js"], any_js=True):
        return Detection(Platform.X, gen, 0.95, "json")
    if "account.js" in names and _is_ytd(names["account.js"]):
        return Detection(Platform.X, gen, 0.9, "json")
    for n in ("tweets.js", "tweet.js"):
        if n in names and _is_ytd(names[n]):
            return Detection(Platform.X, gen, 0.85, "json")
    return None


def _is_ytd(m: Member, any_js: bool = False) -> bool:
    with m.open() as fh:
        head = fh.read(256).lstrip(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"window.YTD.") or (any_js and head.startswith(b"window."))


class _Run:
    def __init__(self, archive: Archive, ctx: ImportContext) -> None:
        self.archive = archive
        self.ctx = ctx
        self.owner_handle: str | None = None
        self.owner_id: str | None = None
        self.owner_name: str | None = None
        self.mentions: dict[str, str] = {}          # account id -> handle, from own tweets
        self.notes: dict[int, list[tuple[str, int, Member, dict[str, Any]]]] = {}
        self.media_by_tweet: dict[str, list[Member]] = {}
        self.communities: dict[str, tuple[datetime | None, Member, int]] = {}
        self.account_file: Member | None = None

    # -- plan ------------------------------------------------------------
    def all(self) -> Iterator[Item]:
        routed: list[tuple[int, int, str, Member]] = []
        for m in self.archive.members():
            df = _data_file(m.path)
            route = next((name for name, rx in _ROUTES if df and rx.search(df)), None)
            if route:
                routed.append((_ORDER[route], _part_no(m.path), route, m))
            elif _MEDIA_DIR.search(norm_name(m.path)):
                self.ctx.coverage.skip(m.path, MEDIA)
                self._index_media(m)
            elif df:
                # Ads, logins, DMs, blocks, followers… : not acts the audit looks at.
                self.ctx.coverage.skip(m.path, NOT_RELEVANT, "importers.x.other_data")
            elif norm_name(m.path).endswith((".html", ".js", ".css", ".txt", ".json", ".svg",
                                             ".woff", ".woff2", ".ico", ".png", ".jpg")):
                self.ctx.coverage.skip(m.path, NOT_RELEVANT, "importers.x.viewer")
            else:
                self.ctx.coverage.skip(m.path, UNRECOGNISED)
        routed.sort(key=lambda r: (r[0], r[3].path.count("/"), r[1], r[3].path))
        profile_files: list[Member] = []
        for _, _, route, m in routed:
            if route in ("account", "manifest"):
                self.read_owner(m, route)
            elif route == "profile":
                profile_files.append(m)
            elif route == "note":
                self.read_notes(m)
            elif route == "tweets":
                yield from self.tweets(m, community=False)
            elif route == "community":
                yield from self.tweets(m, community=True)
            elif route == "like":
                yield from self.likes(m)
            elif route == "following":
                yield from self.following(m)
            elif route == "lists":
                yield from self.lists(m)
        yield from self.leftover_notes()
        yield from self.community_memberships()
        yield from self.profile(profile_files)
        if any(r[2] == "like" for r in routed):
            self.ctx.coverage.note("importers.x.likes_no_date")
        if any(r[2] == "following" for r in routed):
            self.ctx.coverage.note("importers.x.following_ids_only")

    def _index_media(self, m: Member) -> None:
        base = m.path.rsplit("/", 1)[-1]
        tid, sep, _ = base.partition("-")
        if sep and tid.isdigit():
            self.media_by_tweet.setdefault(tid, []).append(m)

    def records(self, m: Member) -> Iterator[Any]:
        return self.ctx.iter_json(m, ("item",), prefix_strip=True)

    # -- owner -----------------------------------------------------------
    def read_owner(self, m: Member, route: str) -> None:
        try:
            data = self.ctx.load_json(m, prefix_strip=True)
        except AuditError as e:
            self.ctx.coverage.fail(m.path, e.code)
            return
        if route == "manifest":
            info = data.get("userInfo") if isinstance(data, dict) else None
            if isinstance(info, dict):
                self.owner_handle = self.owner_handle or _s(info.get("userName"))
                self.owner_id = self.owner_id or _s(info.get("accountId"))
                self.owner_name = self.owner_name or _s(info.get("displayName"))
        else:
            for rec in data if isinstance(data, list) else []:
                acc = rec.get("account") if isinstance(rec, dict) else None
                if isinstance(acc, dict):
                    self.owner_handle = _s(acc.get("username")) or self.owner_handle
                    self.owner_id = _s(acc.get("accountId")) or self.owner_id
                    self.owner_name = _s(acc.get("accountDisplayName")) or self.owner_name
                    self.account_file = m
        self.ctx.coverage.read(m.path, 0)

    def profile(self, files: list[Member]) -> Iterator[Item]:
        bio = website = location = avatar = None
        src: Member | None = None
        for m in files:
            try:
                data = self.ctx.load_json(m, prefix_strip=True)
            except AuditError as e:
                self.ctx.coverage.fail(m.path, e.code)
                continue
            for rec in data if isinstance(data, list) else []:
                p = rec.get("profile") if isinstance(rec, dict) else None
                if not isinstance(p, dict):
                    continue
                d = p.get("description") if isinstance(p.get("description"), dict) else {}
                bio = bio or _text(d.get("bio"))
                website = website or _s(d.get("website"))
                location = location or _s(d.get("location"))
                avatar = avatar or _s(p.get("avatarMediaUrl"))
                src = src or m
            self.ctx.coverage.read(m.path, 0)
        src = src or self.account_file
        if src is None or not (self.owner_handle or bio):
            return
        media: tuple[MediaRef, ...] = ()
        if avatar:
            base = urlparse(avatar).path.rsplit("/", 1)[-1]
            found = [m for m in self.archive.members()
                     if "profile_media/" in norm_name(m.path) and m.path.endswith("-" + base)]
            media = (MediaRef(found[0].path if found else "", "photo", None, avatar),)
        self.ctx.coverage.read(src.path, 1)
        yield Item(Platform.X, Kind.PROFILE, None, SourceRef(src.path, 0), text=bio,
                   url=f"{X_WEB}/{self.owner_handle}" if self.owner_handle else None, media=media,
                   extra={"owner": self.owner_handle, "name": self.owner_name,
                          "account_id": self.owner_id, "website": website, "location": location})

    # -- tweets ------------------------------------------------------------
    def tweet_url(self, tid: str | None) -> str | None:
        if not tid:
            return None
        return f"{X_WEB}/{self.owner_handle}/status/{tid}" if self.owner_handle \
            else f"{X_WEB}/i/web/status/{tid}"

    def tweet_media(self, tid: str | None, t: dict[str, Any]) -> tuple[MediaRef, ...]:
        ents = t.get("extended_entities") or t.get("entities") or {}
        listed = ents.get("media") if isinstance(ents, dict) else None
        files = list(self.media_by_tweet.get(tid or "", ()))
        out: list[MediaRef] = []
        for md in listed if isinstance(listed, list) else []:
            if not isinstance(md, dict):
                continue
            typ = {"photo": "photo", "video": "video", "animated_gif": "video"}.get(
                str(md.get("type")), "other")
            url = _s(md.get("media_url_https")) or _s(md.get("media_url"))
            name = urlparse(url).path.rsplit("/", 1)[-1] if url else ""
            if typ == "video":
                # The saved file is named after the best MP4 variant, query stripped.
                variants = ((md.get("video_info") or {}).get("variants") or [])
                mp4 = [v for v in variants if isinstance(v, dict) and "mp4" in str(v.get("content_type", ""))]
                if mp4:
                    best = max(mp4, key=lambda v: int(_s(v.get("bitrate")) or 0))
                    name = urlparse(str(best.get("url", ""))).path.rsplit("/", 1)[-1]
            hit = next((f for f in files if name and f.path.endswith(f"{tid}-{name}")), None)
            if hit:
                files.remove(hit)
            out.append(MediaRef(hit.path if hit else "", typ, None, url))
        for f in files:   # files on disk the JSON did not list
            typ = "video" if re.search(r"\.(mp4|mov|m4v)$", f.path, re.I) else "photo"
            out.append(MediaRef(f.path, typ, None, None))
        return tuple(out)

    def learn_mentions(self, t: dict[str, Any]) -> None:
        ents = t.get("entities")
        ms = ents.get("user_mentions") if isinstance(ents, dict) else None
        for u in ms if isinstance(ms, list) else []:
            if isinstance(u, dict) and len(self.mentions) < MAX_MENTION_MAP:
                uid, sn = _s(u.get("id_str") or u.get("id")), _s(u.get("screen_name"))
                if uid and sn and uid != "-1":
                    self.mentions.setdefault(uid, sn)

    def tweets(self, m: Member, community: bool) -> Iterator[Item]:
        def build(rec: Any, idx: int) -> Item | None:
            t = _unwrap(rec, "tweet")
            return self.tweet_item(m, idx, t, community)
        yield from safe_records(self.ctx, m, self.records(m), build)

    def tweet_item(self, m: Member, idx: int, t: dict[str, Any], community: bool) -> Item:
        tid = _s(t.get("id_str")) or _s(t.get("id"))
        raw_time = t.get("created_at")
        ts = _x_time(raw_time)
        text = _text(t.get("full_text")) or _text(t.get("text")) or ""
        self.learn_mentions(t)
        extra: dict[str, Any] = {"tweet_id": tid,
                                 "time": {"raw": raw_time, "unit": "rfc2822", "zone": "UTC"}}
        note = self.match_note(ts, text)
        if note is not None:
            text = note
            extra["note_tweet"] = True
        mentions = ((t.get("entities") or {}).get("user_mentions") or []) \
            if isinstance(t.get("entities"), dict) else []
        kind, target = Kind.POST, None
        rt = _RT.match(text)
        reply_sn = _s(t.get("in_reply_to_screen_name"))
        reply_uid = _s(t.get("in_reply_to_user_id_str")) or _s(t.get("in_reply_to_user_id"))
        reply_sid = _s(t.get("in_reply_to_status_id_str")) or _s(t.get("in_reply_to_status_id"))
        if rt or isinstance(t.get("retweeted_status"), dict):
            kind = Kind.SHARE
            sn = (rt.group(1) or rt.group(2)) if rt else None
            uid = next((_s(u.get("id_str")) for u in mentions if isinstance(u, dict)
                        and sn and str(u.get("screen_name", "")).lower() == sn.lower()), None)
            name = next((_s(u.get("name")) for u in mentions if isinstance(u, dict)
                         and sn and str(u.get("screen_name", "")).lower() == sn.lower()), None)
            target = account_target(sn, uid, name)
            extra["retweet"] = True
        elif reply_sid or reply_sn:
            own = (reply_uid and reply_uid == self.owner_id) or (
                reply_sn and self.owner_handle and reply_sn.lower() == self.owner_handle.lower())
            if own:
                extra["thread"] = True   # a reply to oneself continues one's own post
            else:
                kind = Kind.COMMENT
                target = account_target(reply_sn, reply_uid)
            if reply_sid:
                extra["in_reply_to"] = (f"{X_WEB}/{reply_sn}/status/{reply_sid}" if reply_sn
                                        else f"{X_WEB}/i/web/status/{reply_sid}")
        quoted = self.quoted(t)
        if quoted and kind is Kind.POST:
            target = account_target(quoted[0])
            extra["quote_of"] = quoted[1]
        url = self.tweet_url(tid)
        chain = _edit_chain(t)
        if tid and len(chain) > 1 and tid in chain:
            # An edited post is in the archive once per version, each with its own id; they
            # are one post on X (deleting the latest removes them all).
            extra["edit_chain"] = chain[0]
            extra["edit_versions"] = len(chain)
            if tid != chain[-1]:
                extra["superseded_by"] = chain[-1]
                extra["version_url"] = url
                url = self.tweet_url(chain[-1])
        if community:
            cid = _s(t.get("community_id_str")) or _s(t.get("community_id")) or _s(t.get("communityId"))
            extra["community"] = True
            if cid:
                extra["community_id"] = cid
                if cid not in self.communities:
                    self.communities[cid] = (ts, m, idx)
        return Item(Platform.X, kind, ts, SourceRef(m.path, idx), target=target,
                    text=text or None, url=url,
                    media=self.tweet_media(tid, t), extra=extra)

    def quoted(self, t: dict[str, Any]) -> tuple[str, str] | None:
        qurl = t.get("quoted_status_permalink")
        if isinstance(qurl, dict):
            qurl = qurl.get("expanded")
        cands = [qurl] if isinstance(qurl, str) else []
        ents = t.get("entities")
        for u in (ents.get("urls") or []) if isinstance(ents, dict) else []:
            if isinstance(u, dict):
                cands.append(u.get("expanded_url"))
        for c in cands:
            mm = _STATUS_URL.match(c) if isinstance(c, str) else None
            if mm and mm.group(1).lower() not in _RESERVED_HANDLES and (
                    not self.owner_handle or mm.group(1).lower() != self.owner_handle.lower()):
                return mm.group(1), f"{X_WEB}/{mm.group(1)}/status/{mm.group(2)}"
        return None

    # -- note tweets (long posts) ---------------------------------------------
    def read_notes(self, m: Member) -> None:
        """Keep long-post texts to complete the truncated copy in tweets.js (matched by time)."""
        n = 0
        try:
            for idx, rec in enumerate(self.records(m)):
                note = rec.get("noteTweet") if isinstance(rec, dict) else None
                if not isinstance(note, dict):
                    continue
                core = note.get("core") if isinstance(note.get("core"), dict) else {}
                text = _text(core.get("text"))
                ts = _x_time(note.get("createdAt"))
                if not text:
                    continue
                key = int(ts.timestamp()) if ts else -1
                self.notes.setdefault(key, []).append((text, idx, m, note))
                n += 1
        except AuditError as e:
            self.ctx.coverage.fail(m.path, e.code)
        self.ctx.coverage.read(m.path, 0)

    def match_note(self, ts: datetime | None, text: str) -> str | None:
        if ts is None or not self.notes:
            return None
        stub = re.sub(r"\s*(…|\.\.\.)?\s*(https://t\.co/\S+\s*)*$", "", text).rstrip("… ")
        sec = int(ts.timestamp())
        for key in (sec, sec - 1, sec + 1, sec - 2, sec + 2):
            for i, (full, *_rest) in enumerate(self.notes.get(key, [])):
                if stub and full.startswith(stub[: max(20, len(stub) - 5)]):
                    self.notes[key].pop(i)
                    return full
        return None

    def leftover_notes(self) -> Iterator[Item]:
        per_file: dict[str, int] = {}
        for key in sorted(self.notes):
            for text, idx, m, note in self.notes[key]:
                nid = _s(note.get("noteTweetId"))
                per_file[m.path] = per_file.get(m.path, 0) + 1
                yield Item(Platform.X, Kind.POST, _x_time(note.get("createdAt")),
                           SourceRef(m.path, idx), text=text, url=None,
                           extra={"note_tweet": True, "note_tweet_id": nid,
                                  "time": {"raw": note.get("createdAt"), "unit": "iso", "zone": "UTC"}})
        for path, n in per_file.items():
            self.ctx.coverage.read(path, n)
        self.notes.clear()

    # -- communities (derived from community posts) ----------------------------
    def community_memberships(self) -> Iterator[Item]:
        for cid, (ts, m, idx) in self.communities.items():
            self.ctx.coverage.read(m.path, 1)
            yield Item(Platform.X, Kind.GROUP_MEMBERSHIP, ts, SourceRef(m.path, idx),
                       target=Target(id=cid, url=f"{X_WEB}/i/communities/{cid}", type="community"),
                       extra={"membership": "joined", "derived_from": "community_tweet",
                              "time_meaning": "first_post"})

    # -- likes ---------------------------------------------------------------
    def likes(self, m: Member) -> Iterator[Item]:
        def build(rec: Any, idx: int) -> Item | None:
            lk = _unwrap(rec, "like")
            tid = _s(lk.get("tweetId"))
            url = _s(lk.get("expandedUrl"))
            target = None
            mm = _STATUS_URL.match(url) if url else None
            if mm and mm.group(1).lower() not in _RESERVED_HANDLES:
                target = account_target(mm.group(1))
            created = snowflake_time(tid)
            extra: dict[str, Any] = {"tweet_id": tid, "time": None}
            if created:
                extra["tweet_created"] = created.isoformat().replace("+00:00", "Z")
            text = _text(lk.get("fullText"))
            if text is None:
                extra["unavailable"] = True   # deleted or protected tweet
            return Item(Platform.X, Kind.LIKE, None, SourceRef(m.path, idx), target=target,
                        text=text, url=url or (f"{X_WEB}/i/web/status/{tid}" if tid else None),
                        extra=extra)
        yield from safe_records(self.ctx, m, self.records(m), build)

    # -- following -------------------------------------------------------------
    def following(self, m: Member) -> Iterator[Item]:
        def build(rec: Any, idx: int) -> Item | None:
            f = _unwrap(rec, "following")
            aid = _s(f.get("accountId"))
            link = _s(f.get("userLink"))
            if not aid and link:
                aid = (parse_qs(urlparse(link).query).get("user_id") or [None])[0]
            if not aid:
                return None
            handle = self.mentions.get(aid)
            extra: dict[str, Any] = {"time": None}
            if handle:
                extra["handle_source"] = "own_tweet_mentions"
            return Item(Platform.X, Kind.FOLLOW, None, SourceRef(m.path, idx),
                        target=Target(handle=handle, id=aid,
                                      url=link or f"{X_WEB}/intent/user?user_id={aid}", type="account"),
                        extra=extra)
        yield from safe_records(self.ctx, m, self.records(m), build)

    # -- lists ---------------------------------------------------------------
    def lists(self, m: Member) -> Iterator[Item]:
        which = re.search(r"lists-(member|created|subscribed)", norm_name(m.path))
        role = {"member": "added", "created": "admin", "subscribed": "joined"}[which.group(1)] \
            if which else "joined"

        def build(rec: Any, idx: int) -> list[Item] | None:
            info = _unwrap(rec, "userListInfo")
            urls = [info.get("url")] if info.get("url") else list(info.get("urls") or [])
            out = []
            for u in urls:
                if not isinstance(u, str) or not u:
                    continue
                parts = [p for p in urlparse(u).path.split("/") if p]
                owner = parts[0] if len(parts) >= 3 and parts[1] == "lists" else None
                slug = parts[2] if owner else (parts[-1] if parts else None)
                out.append(Item(Platform.X, Kind.GROUP_MEMBERSHIP, None, SourceRef(m.path, idx),
                                target=Target(name=slug, handle=owner,
                                              id=slug if slug and slug.isdigit() else None,
                                              url=u, type="list"),
                                extra={"membership": role, "list_role": which.group(1) if which else None,
                                       "time": None}))
            return out or None
        yield from safe_records(self.ctx, m, self.records(m), build)


__all__ = ["XImporter", "snowflake_time", "account_target"]
