"""Facebook and Instagram exports downloaded in HTML ("Download Your Information").

Meta's HTML pages hold one record per child of the page's main container
(``<main>`` in 2023+ exports, ``div[role=main]`` before): a heading with
the act's sentence, the content, a table of label/value rows in newer
files, and a footer with the local date and, sometimes, a link. Meta renames
its CSS classes often, so records are read by structure (headings, tables,
links, images, date-shaped lines), never by class names. The sentences and
labels follow the account's language; the sentence tables are shared with
the JSON importers (``facebook_text``), dates are read in English and
Bahasa Indonesia, in the user's time zone (the pages show local time
without a zone). HTML text is real UTF-8: no mojibake repair is applied.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from audit.archive.archive import Archive, norm_name
from audit.archive.members import Member
from audit.coverage import NOT_RELEVANT, UNRECOGNISED
from audit.errors import AuditError
from audit.importers import facebook_text as ft
from audit.importers.base import MEDIA_EXT, READ_ERRORS, Detection, ImportContext, Importer
from audit.importers.htmltree import HEADINGS, Node, stream_records
from audit.importers.instagram import account_target, username_from_href
from audit.importers.localdates import looks_like_date, parse_human_date
from audit.model import Item, Kind, MediaRef, Platform, SourceRef, Target


# basename (normalised: lower case, apostrophes as "_") -> (route, platform it implies or None)
_ROUTES: list[tuple[re.Pattern[str], str, Platform | None]] = [(re.compile(p), r, pl) for p, r, pl in (
    (r"^likes_and_reactions(_\d+)?\.html?$", "reactions", Platform.FACEBOOK),
    (r"^posts_and_comments\.html?$", "reactions", Platform.FACEBOOK),
    (r"^pages_you_ve_liked\.html?$", "page_likes", Platform.FACEBOOK),
    (r"^(pages_and_profiles_you_follow|pages_you_follow|who_you_ve_followed|who_you_follow)"
     r"\.html?$", "follows", Platform.FACEBOOK),
    (r"^your_group_membership_activity\.html?$", "membership", Platform.FACEBOOK),
    (r"^your_groups\.html?$", "groups_admin", Platform.FACEBOOK),
    (r"^(your_posts__check_ins__photos_and_videos|your_posts)(_\d+)?\.html?$", "fb_posts",
     Platform.FACEBOOK),
    (r"^group_posts_and_comments\.html?$", "fb_posts", Platform.FACEBOOK),
    (r"^your_comments_in_groups\.html?$", "fb_comments", Platform.FACEBOOK),
    (r"^liked_posts\.html?$", "ig_likes", Platform.INSTAGRAM),
    (r"^liked_comments\.html?$", "ig_likes", Platform.INSTAGRAM),
    (r"^story_likes\.html?$", "ig_likes", Platform.INSTAGRAM),
    (r"^(post_comments(_\d+)?|reels_comments)\.html?$", "ig_comments", Platform.INSTAGRAM),
    (r"^saved_posts\.html?$", "ig_saved", Platform.INSTAGRAM),
    (r"^(posts(_\d+)?|reels|stories)\.html?$", "ig_posts", Platform.INSTAGRAM),
    # Same names on both platforms: the archive's platform decides.
    (r"^comments\.html?$", "comments", None),
    (r"^following\.html?$", "following", None),
    (r"^pages\.html?$", "page_likes", Platform.FACEBOOK),
)]
_FB_MARKS = ("your_facebook_activity/", "your_activity_across_facebook/", "profile_information.htm",
             "likes_and_reactions", "pages_you_ve_liked", "your_group_membership_activity")
_IG_MARKS = ("your_instagram_activity/", "instagram_profile_information", "liked_posts.htm",
             "followers_and_following/", "post_comments", "story_likes")

# Label words of the newer table layout (Instagram, Facebook label_values pages).
_LABELS: dict[str, tuple[str, ...]] = {
    "comment": ("comment", "komentar"),
    "owner": ("media owner", "pemilik media", "pemilik"),
    "username": ("username", "nama pengguna"),
    "name": ("name", "nama"),
    "url": ("url", "tautan", "link"),
    "time": ("time", "waktu", "tanggal", "date"),
    "caption": ("caption", "keterangan", "teks", "text"),
    "reaction": ("reaction", "reaksi", "tanggapan"),
}
_UPDATED = re.compile(r"^(?:updated|diperbarui)\b", re.I)
_GROUP_LABEL = re.compile(r"^(?:group|grup)\s*:\s*(?P<g>.+)$", re.I)


@dataclass
class Rec:
    heading: str | None
    lines: list[str]
    body: list[str]
    when: datetime | None
    date_raw: str | None
    links: list[tuple[str, str]]
    media: list[tuple[str, str]]
    pairs: list[tuple[str, str, str | None]]
    icons: list[str]
    title_from_first_block: bool = False

    def label(self, key: str) -> tuple[str, str | None] | None:
        words = _LABELS[key]
        for lab, val, href in self.pairs:
            if " ".join(lab.lower().split()).rstrip(":") in words and (val or href):
                return val, href
        return None


def _is_local(src: str) -> bool:
    return bool(src) and not src.startswith(("http://", "https://", "data:", "//", "#", "mailto:"))


def read_record(node: Node, local: Any) -> Rec:
    lines = node.lines()
    nodes = node.descendants()   # one walk, filtered below for headings, rows, links and media
    heads = [n for n in nodes if n.tag in HEADINGS]
    heading = heads[0].text(" ") if heads else None
    from_first = False
    if heading is None:
        kids = node.elements()
        first = kids[0] if len(kids) >= 2 else None
        # Old layout: the title is a first child holding only text (no nested blocks).
        if first is not None and not first.elements() and first.lines():
            text = first.text(" ")
            ok, _ = parse_human_date(text, local)
            if ok is None and len(text) < 500:
                heading, from_first = text, True
    pairs: list[tuple[str, str, str | None]] = []
    for tr in [n for n in nodes if n.tag == "tr" and n is not node]:
        cells = [c for c in tr.elements() if c.tag in ("td", "th")]
        a = next((x for x in tr.iter() if x.tag == "a" and x.attrs.get("href")), None)
        href = a.attrs.get("href") if a is not None else None
        if len(cells) >= 2:
            pairs.append((cells[0].text(" "), cells[1].text(" "), href))
        elif len(cells) == 1:
            lab = cells[0].direct_text()
            inner = " ".join(e.text(" ") for e in cells[0].elements() if e.tag != "table")
            pairs.append((lab, inner.strip(), href))
    when = None
    date_raw = None
    for line in reversed(lines):
        if looks_like_date(line):
            got, _ = parse_human_date(line, local)
            if got is not None:
                when, date_raw = got, line
                break
    if when is None:
        for lab, val, _ in pairs:
            if val and looks_like_date(val):
                got, _ = parse_human_date(val, local)
                if got is not None:
                    when, date_raw = got, val
    links = [(a.attrs["href"], a.text(" ")) for a in nodes if a.tag == "a" and a is not node and a.attrs.get("href")]
    media: list[tuple[str, str]] = []
    icons: list[str] = []
    for n in nodes:
        if n.tag in ("img", "video", "source"):
            src = n.attrs.get("src", "")
            if _is_local(src):
                media.append((src, "video" if n.tag != "img" else "photo"))
            elif src:
                icons.append(src.rsplit("/", 1)[-1].split("?", 1)[0].rsplit(".", 1)[0].lower())
    for href, _ in links:
        if _is_local(href) and MEDIA_EXT.search(href) and (href, "photo") not in media \
                and (href, "video") not in media:
            media.append((href, "photo"))
    skip = {heading} if heading else set()
    skip.add(date_raw)
    pair_text = {p for lab, val, _ in pairs for p in (lab, val)}
    body = [ln for ln in lines if ln not in skip and ln not in pair_text
            and not (looks_like_date(ln) and parse_human_date(ln, local)[0] is not None)]
    return Rec(heading, lines, body, when, date_raw, links, media, pairs, icons, from_first)


def expand(node: Node) -> list[Node]:
    """Grouped pages nest records inside a titled section: return the inner ones."""
    kids = node.elements()
    same = [k for k in kids if k.tag == node.tag and k.attrs.get("class") == node.attrs.get("class")]
    return same if same else [node]


@dataclass
class Stats:
    unknown: int = 0
    undated: int = 0
    extra: Counter[str] = field(default_factory=Counter)


class MetaHtmlImporter(Importer):
    platform = Platform.FACEBOOK       # detect() reports the real platform per archive
    name = "meta_html"

    def detect(self, archive: Archive) -> Detection | None:
        try:
            members = archive.members()
        except AuditError:
            return None
        html = [m for m in members if m.path.lower().endswith((".html", ".htm"))]
        known = [m for m in html if self._route(m, None)[0] is not None]
        if not known:
            return None
        json_twins = sum(1 for m in members if m.path.lower().endswith(".json")
                         and _route_base(norm_name(m.name)[:-5] + ".html"))
        platform = self._archive_platform(members, archive.name)
        conf = 0.85 if json_twins < len(known) else 0.15
        return Detection(platform, "html", conf, "html")

    @staticmethod
    def _archive_platform(members: list[Member], name: str | None) -> Platform:
        fb = ig = 0
        for m in members[:5000]:
            p = norm_name(m.path)
            fb += any(k in p for k in _FB_MARKS)
            ig += any(k in p for k in _IG_MARKS)
        low = (name or "").lower()
        if low.startswith("instagram"):
            ig += 10
        if low.startswith("facebook"):
            fb += 10
        return Platform.INSTAGRAM if ig > fb else Platform.FACEBOOK

    @staticmethod
    def _member_platform(m: Member, default: Platform) -> Platform:
        p = "/" + norm_name(m.path)
        if "/your_instagram_activity/" in p or "/instagram-" in p or "/followers_and_following/" in p:
            return Platform.INSTAGRAM
        if "/your_facebook_activity/" in p or "/your_activity_across_facebook/" in p or "/facebook-" in p:
            return Platform.FACEBOOK
        return default

    def _route(self, m: Member, default: Platform | None) -> tuple[str | None, Platform | None]:
        base = norm_name(m.name)
        for rx, route, pl in _ROUTES:
            if rx.match(base):
                platform = pl or (self._member_platform(m, default) if default else None)
                if route == "comments":
                    route = "ig_comments" if platform is Platform.INSTAGRAM else "fb_comments"
                elif route == "following":
                    route = "ig_following" if platform is Platform.INSTAGRAM else "follows"
                elif route == "ig_posts" and default is not None and \
                        self._member_platform(m, default) is not Platform.INSTAGRAM:
                    return None, None
                return route, platform or default
        return None, None

    def iter_items(self, archive: Archive, ctx: ImportContext) -> Iterator[Item]:
        members = archive.members()
        default = self._archive_platform(members, archive.name)
        ctx.coverage.generation = ctx.coverage.generation or "html"
        ctx.coverage.note("importers.meta_html.prefer_json")
        for m in members:
            ctx.check_cancel()
            low = m.path.lower()
            if MEDIA_EXT.search(low):
                continue
            route, platform = self._route(m, default)
            if route is None:
                if not ctx.coverage.accounted(m.path):
                    reason = NOT_RELEVANT if low.endswith((".html", ".htm", ".css", ".json")) \
                        else UNRECOGNISED
                    ctx.coverage.skip(m.path, reason, "importers.meta_html.not_relevant"
                                      if reason == NOT_RELEVANT else "")
                continue
            yield from self._read(archive, m, route, platform or default, ctx)
        self.mark_media(archive, ctx)

    def _read(self, archive: Archive, m: Member, route: str, platform: Platform,
              ctx: ImportContext) -> Iterator[Item]:
        st = Stats()
        build = _BUILDERS[route]
        outcome: dict[str, object] = {}
        n = bad = 0
        try:
            for idx, node in enumerate(_records(m, ctx, outcome)):
                for sub in expand(node):
                    if _is_page_title(sub):
                        continue
                    try:
                        rec = read_record(sub, ctx.tz)
                        got = build(_Ctx(archive, m, platform, idx, st), rec)
                    except (KeyError, TypeError, AttributeError, ValueError, IndexError):
                        bad += 1
                        continue
                    if got is None:
                        continue
                    if got.timestamp is None:
                        st.undated += 1
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
            if st.unknown:
                ctx.coverage.note("importers.meta_html.unknown_sentences", file=m.path, count=st.unknown)
            if st.undated:
                ctx.coverage.note("importers.meta_html.undated", file=m.path, count=st.undated)
        ctx.coverage.read(m.path, n)
        if outcome.get("fallback"):
            ctx.coverage.note("importers.html.no_container", file=m.path)
        if outcome.get("truncated"):
            ctx.coverage.fail(m.path, "importers.html.truncated")


def _is_page_title(node: Node) -> bool:
    """The page's own title block (an ``<h1>`` inside the main container) is not a record."""
    h1 = node.find_all("h1") + ([node] if node.tag == "h1" else [])
    if not h1:
        return False
    return sum(len(h.lines()) for h in h1) >= len(node.lines())


def _records(m: Member, ctx: ImportContext, outcome: dict[str, object]) -> Iterator[Node]:
    yield from stream_records(m.open(), m.path, None, ctx.on_progress, outcome)


def _route_base(base: str) -> bool:
    return any(rx.match(base) for rx, _, _ in _ROUTES)


@dataclass
class _Ctx:
    archive: Archive
    m: Member
    platform: Platform
    idx: int
    st: Stats

    def item(self, kind: Kind, rec: Rec, **kw: Any) -> Item:
        extra = kw.pop("extra", {})
        if rec.date_raw:
            extra.setdefault("time", rec.date_raw)
        return Item(self.platform, kind, rec.when, SourceRef(self.m.path, self.idx), extra=extra, **kw)

    def media(self, rec: Rec) -> tuple[MediaRef, ...]:
        out = []
        for src, typ in rec.media:
            uri = src
            while uri.startswith("../"):
                uri = uri[3:]
            found = self.archive.resolve_uri(uri)
            out.append(MediaRef(found.path if found else "", "video" if typ == "video"
                                or uri.lower().endswith((".mp4", ".mov")) else "photo", uri=src))
        return tuple(out)


def _title(rec: Rec) -> str | None:
    return rec.heading or (rec.lines[0] if rec.lines else None)


def _first_http(rec: Rec, host: str | None = None) -> str | None:
    for href, _ in rec.links:
        if href.startswith(("http://", "https://")) and (host is None or host in href):
            return href
    return None


# -- Facebook --------------------------------------------------------------
def _reaction(c: _Ctx, rec: Rec) -> Item | None:
    lab = rec.label("reaction")
    name = rec.label("name")
    url = (rec.label("url") or (None, None))
    url_v = url[1] or (url[0] if url[0] and url[0].startswith("http") else None) or _first_http(rec)
    code = ft.normalize_reaction(lab[0]) if lab else None
    if code is None:
        code = next((ft.normalize_reaction(i) for i in rec.icons if ft.is_reaction_word(i)), None)
    title = rec.heading if not rec.pairs else None
    info = ft.parse_reaction_title(title) if title else None
    if code is None and info is not None:
        code = ft.reaction_from_verb(info.verb)
    extra: dict[str, Any] = {"reaction": code or "LIKE"}
    target = None
    if name and name[0]:
        owner_url, handle, oid, otype = ft.owner_from_url(url_v)
        target = Target(name=name[0], handle=handle, id=oid, url=owner_url, type=otype or "account")
    elif info is not None:
        for k in ("obj", "where"):
            v = getattr(info, k)
            if v:
                extra["object" if k == "obj" else k] = v
        if info.own:
            extra["own"] = True
        if info.target:
            target = Target(name=info.target, type="account")
    elif title:
        c.st.unknown += 1
    if title:
        extra["title"] = title
    if target is None and title is None and not rec.pairs:
        return None
    kind = Kind.LIKE if code in (None, "LIKE") else Kind.REACTION
    return c.item(kind, rec, target=target, url=url_v, extra=extra)


def _page_like(c: _Ctx, rec: Rec) -> Item | None:
    name = (rec.label("name") or (None, None))[0] or _title(rec)
    url = _first_http(rec)
    if not name and not url:
        return None
    owner_url, handle, oid, otype = ft.owner_from_url(url)
    return c.item(Kind.PAGE_LIKE, rec, target=Target(name=name, handle=handle, id=oid,
                                                     url=owner_url or url, type="page"), url=url)


def _follow(c: _Ctx, rec: Rec) -> Item | None:
    name = (rec.label("name") or (None, None))[0] or _title(rec)
    if not name:
        return None
    url = _first_http(rec)
    owner_url, handle, oid, otype = ft.owner_from_url(url)
    return c.item(Kind.FOLLOW, rec, target=Target(name=name, handle=handle, id=oid, url=owner_url,
                                                  type=otype or "account"), url=url)


def _membership(c: _Ctx, rec: Rec) -> Item | None:
    title = _title(rec)
    if not title:
        return None
    got = ft.parse_membership_title(title)
    extra: dict[str, Any] = {"title": title}
    if got is None:
        c.st.unknown += 1
        extra["membership"] = "unknown"
        return c.item(Kind.GROUP_MEMBERSHIP, rec, target=None, extra=extra)
    status, group, _lang = got
    extra["membership"] = status
    return c.item(Kind.GROUP_MEMBERSHIP, rec, target=Target(name=group, type="group") if group else None,
                  extra=extra)


def _groups_admin(c: _Ctx, rec: Rec) -> Item | None:
    name = _title(rec)
    if not name:
        return None
    return c.item(Kind.GROUP_MEMBERSHIP, rec, target=Target(name=name, url=_first_http(rec), type="group"),
                  extra={"membership": "admin"})


def _content(rec: Rec) -> tuple[str | None, str | None]:
    """(comment/post text, group name) from body lines; drops "Updated …" and link-only lines."""
    group = None
    kept = []
    urls = {href for href, _ in rec.links}
    for ln in rec.body:
        g = _GROUP_LABEL.match(ln)
        if g:
            group = g.group("g").strip()
            continue
        if _UPDATED.match(ln) or ln in urls:
            continue
        kept.append(ln)
    return ("\n".join(kept) or None), group


def _fb_comment(c: _Ctx, rec: Rec) -> Item | None:
    title = rec.heading
    text, group = _content(rec)
    if title is None and text is None:
        return None
    info = ft.parse_comment_title(title) if title else None
    extra: dict[str, Any] = {}
    if title:
        extra["title"] = title
    target = None
    if info is not None:
        if info.obj:
            extra["object"] = info.obj
        if info.target:
            target = Target(name=info.target, type="account")
    elif title:
        c.st.unknown += 1
    if group:
        extra["group"] = group
        if target is not None:
            extra["post_owner"] = target.name
        target = Target(name=group, type="group")
    return c.item(Kind.COMMENT, rec, target=target, text=text, extra=extra)


def _fb_post(c: _Ctx, rec: Rec) -> Item | None:
    title = rec.heading
    text, group = _content(rec)
    media = c.media(rec)
    links = [{"url": h, "name": t} for h, t in rec.links if h.startswith("http")]
    if title is None and text is None and not media and not links:
        return None
    extra: dict[str, Any] = {}
    if title:
        extra["title"] = title
    target = None
    share = ft.parse_share_title(title) if title else None
    group = group or ft.group_from_post_title(title)
    if share is not None and share.target:
        fb_link = next((lk["url"] for lk in links if ft.is_facebook_url(lk["url"])), None)
        owner_url, handle, oid, otype = ft.owner_from_url(fb_link)
        target = Target(name=share.target, handle=handle, id=oid, url=owner_url, type=otype or "account")
        extra["shared_from"] = share.target
    on_timeline = ft.timeline_owner_from_title(title)
    if on_timeline and target is None:
        target = Target(name=on_timeline, type="account")
        extra["on_timeline_of"] = on_timeline
    if group:
        extra["group"] = group
        extra["in_group"] = True
        if target is None:
            target = Target(name=group, type="group")
    if links:
        extra["links"] = links
    kind = Kind.SHARE if share is not None else Kind.POST
    return c.item(kind, rec, target=target, text=text, url=links[0]["url"] if links else None,
                  media=media, extra=extra)


# -- Instagram -------------------------------------------------------------
def _ig_owner(rec: Rec) -> str | None:
    for key in ("username", "owner"):
        got = rec.label(key)
        if got and got[0]:
            return got[0].lstrip("@")
    if rec.heading and " " not in rec.heading.strip():
        return rec.heading.strip().lstrip("@")
    for href, text in rec.links:
        u = username_from_href(href)
        if u and "/p/" not in href and "/reel" not in href:
            return u
    return None


def _ig_post_url(rec: Rec) -> str | None:
    got = rec.label("url")
    if got and (got[1] or (got[0] or "").startswith("http")):
        return got[1] or got[0]
    for href, _ in rec.links:
        if "instagram.com/" in href and any(s in href for s in ("/p/", "/reel", "/tv/", "/stories/")):
            return href
    return _first_http(rec, "instagram.com")


def _ig_like(c: _Ctx, rec: Rec) -> Item | None:
    owner = _ig_owner(rec)
    url = _ig_post_url(rec)
    if owner is None and url is None:
        return None
    base = norm_name(c.m.name)
    obj = "comment" if "comment" in base else "story" if "story" in base else "post"
    name = rec.label("name")
    caption = rec.label("caption")
    return c.item(Kind.LIKE, rec, target=account_target(owner, None, name[0] if name else None),
                  url=url, text=caption[0] if caption else None, extra={"object": obj})


def _ig_comment(c: _Ctx, rec: Rec) -> Item | None:
    text = (rec.label("comment") or (None, None))[0]
    owner = (rec.label("owner") or (None, None))[0]
    if not rec.pairs:                     # older layout: heading = owner, body = text
        owner = owner or _ig_owner(rec)
        text = text or ("\n".join(rec.body) or None)
    if text is None and owner is None:
        return None
    base = norm_name(c.m.name)
    surface = "reel" if base.startswith("reels") else "post"
    return c.item(Kind.COMMENT, rec, target=account_target(owner.lstrip("@") if owner else None),
                  text=text, url=_ig_post_url(rec), extra={"surface": surface})


def _ig_following(c: _Ctx, rec: Rec) -> Item | None:
    user = None
    if rec.heading and " " not in rec.heading.strip():
        user = rec.heading.strip()
    href = _first_http(rec, "instagram.com")
    if user is None:
        got = rec.label("username")
        user = got[0] if got else None
    if user is None:
        link_text = next((t for h, t in rec.links if "instagram.com" in h and t), None)
        user = link_text or username_from_href(href)
    target = account_target(user, href)
    if target is None:
        return None
    return c.item(Kind.FOLLOW, rec, target=target)


def _ig_saved(c: _Ctx, rec: Rec) -> Item | None:
    owner = _ig_owner(rec)
    url = _ig_post_url(rec)
    if owner is None and url is None:
        return None
    return c.item(Kind.SAVED, rec, target=account_target(owner), url=url)


def _ig_post(c: _Ctx, rec: Rec) -> Item | None:
    media = c.media(rec)
    caption_pair = rec.label("caption")
    caption = caption_pair[0] if caption_pair else (rec.heading or ("\n".join(rec.body) or None))
    if not media and not caption:
        return None
    base = norm_name(c.m.name)
    surface = "reel" if base.startswith("reels") else "story" if base.startswith("stories") else "post"
    kind = Kind.POST
    if surface == "story" and not caption and len(media) == 1:
        kind = Kind.VIDEO if media[0].type == "video" else Kind.PHOTO
    extra: dict[str, Any] = {"surface": surface}
    if len(media) > 1:
        extra["carousel"] = len(media)
    return c.item(kind, rec, text=caption, media=media, extra=extra)


_BUILDERS: dict[str, Callable[[_Ctx, Rec], Item | None]] = {
    "reactions": _reaction, "page_likes": _page_like, "follows": _follow,
    "membership": _membership, "groups_admin": _groups_admin, "fb_posts": _fb_post,
    "fb_comments": _fb_comment, "ig_likes": _ig_like, "ig_comments": _ig_comment,
    "ig_following": _ig_following, "ig_saved": _ig_saved, "ig_posts": _ig_post,
}
