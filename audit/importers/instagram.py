"""Instagram "Download your information" (JSON), every layout from 2018 to 2025.

Also reads the Threads data that ships inside the Instagram export
(``your_instagram_activity/threads/``) and yields it as ``Platform.THREADS``.

Layouts (see archive-formats.md §2.2): I0 flat files (2018-20), I1 folders
(2021-22), I2 ``your_instagram_activity/`` (2023-24), I3 ``…/media/`` and
``label_values`` records (2025). Files are routed by the end of their path,
not by a per-generation map, because the same file moved between folders over
the years. Every string and key goes through the Meta mojibake repair.
HTML exports are not detected here (the Meta HTML importer reads them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlparse

from audit.archive.archive import Archive, norm_name
from audit.archive.members import Member
from audit.coverage import MEDIA, NOT_RELEVANT, UNRECOGNISED
from audit.errors import AuditError
from audit.importers.base import MEDIA_EXT, Detection, ImportContext, Importer, safe_records
from audit.model import Item, Kind, MediaRef, Platform, SourceRef, Target
from audit.timeutil import from_iso, from_local, from_unix

IG = "https://www.instagram.com"
THREADS_WEB = "https://www.threads.net"

# -- localised labels (Meta translates keys inside string_map_data / label_values) --
# Compared case-folded. English and Dutch/German are confirmed by d3i's parser;
# the Indonesian words follow Instagram's Indonesian UI and are unconfirmed on a
# real archive, which is why value types and positions are the fallback.
USERNAME_LABELS = {"username", "nama pengguna", "gebruikersnaam", "nutzername", "benutzername",
                   "nombre de usuario", "nome utente", "nom d'utilisateur", "kullanıcı adı",
                   "nazwa użytkownika", "brugernavn", "author", "penulis", "pengarang"}
NAME_LABELS = {"name", "nama", "naam", "nombre", "nome", "nom", "ad", "nazwa", "navn"}
URL_LABELS = {"url", "tautan", "link", "الرابط", "url-адрес"}
CAPTION_LABELS = {"caption", "keterangan", "teks", "text", "bijschrift", "beschriftung",
                  "leyenda", "didascalia", "légende", "tekst"}
COMMENT_LABELS = {"comment", "komentar", "opmerking", "kommentar", "komentarz", "yorum",
                  "commento", "comentario", "comentariu", "commentaire", "koment"}
OWNER_LABELS = {"media owner", "pemilik media", "pemilik konten", "media-eigenaar",
                "medieninhaber", "medieninhaber*in", "propietario del contenido multimedia",
                "proprietario del contenuto multimediale", "medya sahibi", "forfatter",
                "właściciel mediów", "owner", "pemilik"}
TIME_LABELS = {"time", "waktu", "tijd", "zeit", "hora", "ora", "saat", "tidspunkt", "godzina",
               "heure", "time of repost", "saved on", "disimpan pada", "opgeslagen op"}
PROFILE_USERNAME = USERNAME_LABELS - {"author", "penulis", "pengarang"}
PROFILE_NAME = NAME_LABELS
PROFILE_BIO = {"bio", "biografi", "biografie", "biografía", "biografia", "biographie"}

USERNAME_RE = re.compile(r"^[A-Za-z0-9._]{1,30}$")
_RESERVED_PATH = {"p", "reel", "reels", "tv", "stories", "explore", "accounts", "direct", "_u", "s"}
_VIDEO_EXT = re.compile(r"\.(mp4|mov|m4v|3gp|webm|mkv|avi)$", re.I)

# Folders whose files hold nothing about partisan acts (ads, logins, settings, DMs).
_IRRELEVANT_DIRS = re.compile(
    r"(^|/)(ads_information|ads_and_topics|ads_and_businesses|ads|logged_information|"
    r"security_and_login_information|login_and_account_creation|login_and_profile_creation|"
    r"preferences|apps_and_websites_off_of_instagram|apps_and_websites|messages|inbox|"
    r"message_requests|monetization|shopping|information_about_you|your_topics|"
    r"recent_searches|searches|device_information|autofill_information|notifications|"
    r"events|fundraisers|subscriptions|avatars_store|meta_spark|other_activity|"
    r"account_information|personal_information|past_instagram_insights|insights|"
    r"media_interactions|link_history|your_activity_off_meta_technologies)/")
# Files that are not the user's acts (others following them, settings...).
_IRRELEVANT_FILES = re.compile(
    r"(^|/)(followers(_\d+)?|close_friends|blocked_(profiles|accounts)|restricted_(profiles|accounts)|"
    r"removed_suggestions|hide_story_from|custom_lists|follow_requests_you_ve_received|"
    r"recent_follow_requests|recently_deleted_content|posts_viewed|videos_watched|"
    r"suggested_profiles_viewed|ads_viewed|account_searches|profile_searches|word_or_phrase_searches|"
    r"tag_searches|emoji_sliders_seen|countdowns_seen|your_reels_audio|your_reels_effects|"
    r"profile_changes|signup_information|login_activity|logout_activity|camera_information|"
    r"devices|account_privacy_changes|password_change_activity|eligibility|"
    r"professional_information|account_based_in|secret_conversations|"
    r"use_cross-app_messaging|comments_allowed_from|threads_viewed|messages|searches|settings|"
    r"information_submitted_to_advertisers|other_content|instagram_ads_and_businesses)\.json$")
_MEDIA_DIRS = re.compile(r"(^|/)(media/(posts|stories|reels|archived_posts|other|profile|"
                         r"igtv|recently_deleted|threads)|photos|videos|direct|stories|profile)/")
_I0_NAMES = ("media.json", "comments.json", "likes.json", "connections.json", "saved.json",
             "profile.json")

GENERATIONS = {
    "I0": "I0 (2018-2020)", "I1": "I1 (2021-2022)", "I2": "I2 (2023-2024)", "I3": "I3 (2025)",
}


# ---------------------------------------------------------------------------
# layout detection
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Layout:
    generation: str          # "I0".."I3"
    fmt: str                 # "json" | "html"
    i0_root: str = ""        # folder holding the I0 flat files ("" = archive root)


_I3_RE = re.compile(r"(^|/)(your_instagram_activity/(media|story_interactions)/[^/]+|"
                    r"personal_information/personal_information/instagram_profile_information)"
                    r"\.(json|html)$")
_I2_RE = re.compile(r"(^|/)(your_instagram_activity/.+|personal_information/personal_information"
                    r"(/personal_information)?|connections/followers_and_following/[^/]+)\.(json|html)$")
_I1_RE = re.compile(r"(^|/)(account_information/personal_information|followers_and_following/"
                    r"following|likes/liked_posts|likes/liked_comments|content/posts_1|"
                    r"comments/post_comments|saved/saved_posts)\.(json|html)$")


def detect_layout(archive: Archive) -> Layout | None:
    paths = [norm_name(m.path) for m in archive.members()]
    for gen, rx in (("I3", _I3_RE), ("I2", _I2_RE), ("I1", _I1_RE)):
        hits = [p for p in paths if rx.search(p)]
        if hits:
            has_json = any(p.endswith(".json") for p in hits)
            return Layout(gen, "json" if has_json else "html")
    # I0: several of the flat files side by side in one folder.
    by_dir: dict[str, set[str]] = {}
    for p in paths:
        d, _, base = p.rpartition("/")
        if base in _I0_NAMES:
            by_dir.setdefault(d, set()).add(base)
    for d, names in sorted(by_dir.items(), key=lambda kv: -len(kv[1])):
        if len(names) >= 2 and ({"media.json", "profile.json", "connections.json"} & names):
            return Layout("I0", "json", d)
    return None


# ---------------------------------------------------------------------------
# small helpers for Meta records
# ---------------------------------------------------------------------------
def profile_url(username: str | None, threads: bool = False) -> str | None:
    if not username:
        return None
    return f"{THREADS_WEB}/@{username}" if threads else f"{IG}/{username}/"


def username_from_href(href: Any) -> str | None:
    """``https://www.instagram.com/_u/akun`` or ``…/akun/`` -> ``akun`` (not post URLs)."""
    if not isinstance(href, str) or not href.startswith(("http://", "https://")):
        return None
    u = urlparse(href)
    if not (u.netloc.endswith("instagram.com") or u.netloc.endswith("threads.net")
            or u.netloc.endswith("threads.com")):
        return None
    parts = [p for p in u.path.split("/") if p]
    if parts and parts[0] == "_u":
        parts = parts[1:]
    if len(parts) != 1 or parts[0].lower() in _RESERVED_PATH:
        return None
    name = parts[0].lstrip("@")
    return name if USERNAME_RE.match(name) else None


def account_target(username: str | None, href: Any = None, name: str | None = None,
                   threads: bool = False) -> Target | None:
    if not username:
        username = username_from_href(href)
    username = username.lstrip("@").strip() if isinstance(username, str) else None
    if not username and not name:
        return None
    return Target(name=name or None, handle=username or None,
                  url=profile_url(username, threads), type="account")


def _first_sld(rec: dict[str, Any]) -> dict[str, Any]:
    sld = rec.get("string_list_data")
    if isinstance(sld, list):
        for e in sld:
            if isinstance(e, dict):
                return e
    return {}


def _str(v: Any) -> str | None:
    return v.strip() if isinstance(v, str) and v.strip() else None


def _ts(v: Any) -> datetime | None:
    return from_unix(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and v else None


def _post_url(href: Any) -> str | None:
    """A liked/saved post link, kept only when it is a web link."""
    return href if isinstance(href, str) and href.startswith(("http://", "https://")) else None


@dataclass
class LabelFields:
    """What a 2025 ``label_values`` record says, found by label or by value shape."""

    url: str | None = None
    username: str | None = None
    name: str | None = None
    caption: str | None = None
    comment: str | None = None
    owner: str | None = None
    others: list[str] = field(default_factory=list)


def read_label_values(node: Any) -> LabelFields:
    out = LabelFields()

    def visit(n: Any) -> None:
        if isinstance(n, list):
            for x in n:
                visit(x)
            return
        if not isinstance(n, dict):
            return
        label = n.get("label")
        value, href = n.get("value"), n.get("href")
        lab = label.casefold().strip() if isinstance(label, str) else None
        if lab is not None:
            v = _str(value)
            if lab in URL_LABELS and not out.url:
                out.url = _post_url(href) or _post_url(value)
            elif lab in PROFILE_USERNAME and not out.username and v:
                out.username = v.lstrip("@")
            elif lab in NAME_LABELS and not out.name and v:
                out.name = v
            elif lab in CAPTION_LABELS and not out.caption and v:
                out.caption = v
            elif lab in COMMENT_LABELS and not out.comment and v:
                out.comment = v
            elif lab in OWNER_LABELS and not out.owner and v:
                out.owner = v.lstrip("@")
            elif v:
                out.others.append(v)
            if not out.url and (_post_url(href) or ""):
                out.url = _post_url(href)
        for k in ("dict", "vec", "label_values"):
            if k in n:
                visit(n[k])

    visit(node)
    if not out.username:
        # Unknown language: an Instagram-shaped handle among the leftover values.
        cands = [v for v in out.others if USERNAME_RE.match(v) and not v.isdigit()]
        if cands:
            out.username = cands[-1]
    return out


def read_string_map(smd: Any) -> tuple[str | None, str | None, datetime | None, str | None, Any]:
    """``string_map_data`` -> (text, owner, time, href, raw time).

    Keys are localised, so the time is the entry with a non-zero timestamp,
    and text/owner come from a per-language key table, else by value shape
    (an Instagram handle is the owner) and position (text comes first).
    """
    if not isinstance(smd, dict):
        return None, None, None, None, None
    text = owner = href = None
    ts: datetime | None = None
    raw_ts: Any = None
    unknown: list[str] = []
    for key, entry in smd.items():
        if not isinstance(entry, dict):
            continue
        k = key.casefold().strip() if isinstance(key, str) else ""
        t = entry.get("timestamp")
        if isinstance(t, (int, float)) and not isinstance(t, bool) and t and raw_ts is None:
            raw_ts = t
            ts = from_unix(t)
        h = _post_url(entry.get("href"))
        if h and not href:
            href = h
        v = _str(entry.get("value"))
        if not v:
            continue
        if k in COMMENT_LABELS or k in CAPTION_LABELS:
            text = text or v
        elif k in OWNER_LABELS or k in USERNAME_LABELS:
            owner = owner or v.lstrip("@")
        else:
            unknown.append(v)
    if owner is None and unknown:
        handles = [v for v in unknown if USERNAME_RE.match(v) and not v.isdigit()]
        if text is None and len(unknown) >= 2:
            # Real order is text, owner, time: prefer the one handle-shaped value as owner.
            owner = handles[-1] if len(handles) == 1 else unknown[1]
        elif text is not None and handles:
            owner = handles[0]
    if text is None:
        rest = [v for v in unknown if v != owner]
        text = rest[0] if rest else None
    return text, owner, ts, href, raw_ts


def _raw_time(v: Any) -> dict[str, Any] | None:
    if v is None:
        return None
    return {"raw": v, "unit": "unix_seconds", "zone": "UTC"}


# ---------------------------------------------------------------------------
# the importer
# ---------------------------------------------------------------------------
Build = Callable[[Any, int], Item | list[Item] | None]


class InstagramImporter(Importer):
    platform = Platform.INSTAGRAM
    name = "instagram_json"

    def detect(self, archive: Archive) -> Detection | None:
        try:
            layout = detect_layout(archive)
        except AuditError:
            return None
        if layout is None or layout.fmt != "json":
            return None  # HTML exports belong to the Meta HTML importer
        conf = {"I3": 0.9, "I2": 0.9, "I1": 0.85, "I0": 0.7}[layout.generation]
        return Detection(Platform.INSTAGRAM, GENERATIONS[layout.generation], conf, "json")

    # -- main loop -------------------------------------------------------
    def iter_items(self, archive: Archive, ctx: ImportContext) -> Iterator[Item]:
        layout = detect_layout(archive) or Layout("I3", "json")
        if not ctx.coverage.generation:
            ctx.coverage.generation = GENERATIONS[layout.generation]
        run = _Run(archive, ctx, layout)
        yield from run.profile()
        for member in archive.members():
            if ctx.coverage.accounted(member.path):
                continue
            yield from run.member(member)
        run.account_media()


class _Run:
    """One pass over one archive (keeps the per-archive state out of the importer)."""

    def __init__(self, archive: Archive, ctx: ImportContext, layout: Layout) -> None:
        self.archive = archive
        self.ctx = ctx
        self.layout = layout
        self.routes: list[tuple[re.Pattern[str], Callable[[Member], Iterator[Item]]]] = [
            (re.compile(r"(^|/)threads/threads_and_replies\.json$"), self.threads_posts),
            (re.compile(r"(^|/)threads/liked_threads\.json$"),
             lambda m: self.likes(m, "thread", Platform.THREADS)),
            (re.compile(r"(^|/)threads/following\.json$"),
             lambda m: self.follows(m, Platform.THREADS)),
            (re.compile(r"(^|/)liked_posts\.json$"), lambda m: self.likes(m, "post")),
            (re.compile(r"(^|/)liked_comments\.json$"), lambda m: self.likes(m, "comment")),
            (re.compile(r"(^|/)story_likes\.json$"), lambda m: self.likes(m, "story")),
            (re.compile(r"(^|/)(post_comments(_\d+)?|reels_comments|hype|story_comments)\.json$"),
             self.comments),
            (re.compile(r"(^|/)(media|content)/posts(_\d+)?\.json$"), lambda m: self.posts(m, "post")),
            (re.compile(r"(^|/)(media|content)/reels\.json$"), lambda m: self.posts(m, "reel")),
            (re.compile(r"(^|/)(media|content)/igtv_videos\.json$"), lambda m: self.posts(m, "igtv")),
            (re.compile(r"(^|/)(media|content)/archived_posts\.json$"),
             lambda m: self.posts(m, "archived_post")),
            (re.compile(r"(^|/)(media|content)/stories\.json$"), self.stories),
            # ig_other_media: the user's own uploads that fit no other surface.
            (re.compile(r"(^|/)(media|content)/other_content\.json$"), lambda m: self.posts(m, "other")),
            (re.compile(r"(^|/)(media|content)/profile_photos\.json$"), self.profile_photos),
            (re.compile(r"(^|/)reposts\.json$"), self.reposts),
            (re.compile(r"(^|/)following\.json$"), lambda m: self.follows(m)),
            (re.compile(r"(^|/)pending_follow_requests\.json$"),
             lambda m: self.follows(m, status="pending")),
            (re.compile(r"(^|/)recently_unfollowed_(profiles|accounts)\.json$"),
             lambda m: self.follows(m, status="unfollowed")),
            (re.compile(r"(^|/)following_hashtags\.json$"), self.hashtags),
            (re.compile(r"(^|/)saved_posts\.json$"), self.saved),
            (re.compile(r"(^|/)saved_collections\.json$"), self.saved),
            (re.compile(r"(^|/)story_(sticker_)?interactions/(polls|quizzes|emoji_sliders|questions|"
                        r"countdowns|emoji_story_reactions|story_reaction_sticker_reactions)\.json$"),
             self.story_interactions),
        ]

    # -- dispatch ----------------------------------------------------------
    def member(self, m: Member) -> Iterator[Item]:
        p = norm_name(m.path)
        if self.layout.generation == "I0" and self._is_i0(p):
            yield from self.i0(m, p.rsplit("/", 1)[-1])
            return
        if p.endswith(".json"):
            for rx, handler in self.routes:
                if rx.search(p):
                    yield from handler(m)
                    return
            if _IRRELEVANT_FILES.search(p) or _IRRELEVANT_DIRS.search(p) \
                    or "/threads/" in f"/{p}" or "followers_and_following/" in p:
                self.ctx.coverage.skip(m.path, NOT_RELEVANT)
            else:
                self.ctx.coverage.skip(m.path, UNRECOGNISED, "importers.instagram.unknown_json")
            return
        if MEDIA_EXT.search(p) or _MEDIA_DIRS.search(p):
            self.ctx.coverage.skip(m.path, MEDIA)
        elif p.endswith((".html", ".htm", ".css", ".js", ".txt")):
            self.ctx.coverage.skip(m.path, NOT_RELEVANT)
        else:
            self.ctx.coverage.skip(m.path, UNRECOGNISED)

    def _is_i0(self, p: str) -> bool:
        d, _, base = p.rpartition("/")
        return d == self.layout.i0_root and base in _I0_NAMES

    def account_media(self) -> None:
        for m in self.archive.members():
            if not self.ctx.coverage.accounted(m.path) and \
                    (MEDIA_EXT.search(m.path) or _MEDIA_DIRS.search(norm_name(m.path))):
                self.ctx.coverage.skip(m.path, MEDIA)

    # -- reading helpers ---------------------------------------------------
    def records(self, m: Member) -> Iterator[Any]:
        """Records of a Meta file: a bare list, or the list inside its one wrapper key.

        Runs inside ``safe_records`` so a damaged file ends with a coverage
        note instead of an exception.
        """
        keys = self.ctx.json_top_keys(m)
        prefixes = tuple(f"{k}.item" for k in keys) if keys else ("item",)
        yield from self.ctx.iter_json(m, prefixes, meta=True)

    def run(self, m: Member, build: Build) -> Iterator[Item]:
        yield from safe_records(self.ctx, m, self.records(m), build)

    def src(self, m: Member, idx: int) -> SourceRef:
        return SourceRef(m.path, idx)

    # -- likes ---------------------------------------------------------------
    def likes(self, m: Member, obj: str, platform: Platform = Platform.INSTAGRAM) -> Iterator[Item]:
        threads = platform is Platform.THREADS

        def build(rec: Any, idx: int) -> Item | None:
            if not isinstance(rec, dict):
                raise TypeError("record")
            if "label_values" in rec:
                f = read_label_values(rec["label_values"])
                return Item(platform, Kind.LIKE, _ts(rec.get("timestamp")), self.src(m, idx),
                            target=account_target(f.username, None, f.name, threads),
                            text=f.caption, url=f.url,
                            extra={"object": obj, "time": _raw_time(rec.get("timestamp")),
                                   "record_shape": "label_values"})
            e = _first_sld(rec)
            owner = _str(rec.get("title"))
            href = e.get("href")
            if not owner and not username_from_href(href):
                value = _str(e.get("value"))
                owner = value if value and USERNAME_RE.match(value) else None
            return Item(platform, Kind.LIKE, _ts(e.get("timestamp")), self.src(m, idx),
                        target=account_target(owner, None, None, threads),
                        url=_post_url(href),
                        extra={"object": obj, "time": _raw_time(e.get("timestamp")),
                               "reaction": _str(e.get("value"))})
        yield from self.run(m, build)

    # -- comments ------------------------------------------------------------
    def comments(self, m: Member) -> Iterator[Item]:
        base = norm_name(m.path).rsplit("/", 1)[-1]
        surface = "reel" if base.startswith("reels") else "story" if base in (
            "hype.json", "story_comments.json") else "post"

        def build(rec: Any, idx: int) -> Item | None:
            if not isinstance(rec, dict):
                raise TypeError("record")
            if "string_map_data" in rec:
                text, owner, ts, href, raw = read_string_map(rec["string_map_data"])
            elif "label_values" in rec:
                f = read_label_values(rec["label_values"])
                text, owner, href, raw = f.comment or f.caption, f.owner or f.username, f.url, \
                    rec.get("timestamp")
                ts = _ts(raw)
            else:  # I1: title = owner, string_list_data[0].value = text
                e = _first_sld(rec)
                text, owner, href, raw = _str(e.get("value")), _str(rec.get("title")), \
                    _post_url(e.get("href")), e.get("timestamp")
                ts = _ts(raw)
            if text is None and owner is None and ts is None:
                return None
            return Item(Platform.INSTAGRAM, Kind.COMMENT, ts, self.src(m, idx),
                        target=account_target(owner), text=text, url=href,
                        extra={"surface": surface, "time": _raw_time(raw)})
        yield from self.run(m, build)

    # -- own posts, reels, stories -------------------------------------------
    def media_ref(self, node: Any, surface: str) -> MediaRef | None:
        if not isinstance(node, dict):
            return None
        uri = _str(node.get("uri"))
        if not uri:
            return None
        found = self.archive.resolve_uri(uri)
        meta = node.get("media_metadata") if isinstance(node.get("media_metadata"), dict) else {}
        is_video = bool(_VIDEO_EXT.search(uri)) or "video_metadata" in meta or \
            "/videos/" in f"/{uri}" or (surface == "reel" and not MEDIA_EXT.search(uri))
        taken = None
        for key in ("photo_metadata", "video_metadata"):
            block = meta.get(key)
            exif = block.get("exif_data") if isinstance(block, dict) else None
            for e in exif if isinstance(exif, list) else []:
                if not isinstance(e, dict):
                    continue
                # EXIF capture time has no zone: read it in the user's zone (WIB/WITA/WIT).
                taken = taken or from_local(e.get("date_time_original"), self.ctx.tz) \
                    or _ts(e.get("taken_timestamp"))
        if found is not None:
            self.ctx.coverage.skip(found.path, MEDIA)
        return MediaRef(path=found.path if found else "", type="video" if is_video else "photo",
                        taken=taken, uri=uri)

    def post_item(self, m: Member, rec: dict[str, Any], idx: int, surface: str,
                  platform: Platform = Platform.INSTAGRAM) -> Item | None:
        media = rec.get("media")
        nodes = [x for x in media if isinstance(x, dict)] if isinstance(media, list) else [rec]
        caption = _str(rec.get("title")) or next(
            (t for t in (_str(x.get("title")) for x in nodes) if t), None)
        raw = rec.get("creation_timestamp") or next(
            (x.get("creation_timestamp") for x in nodes if x.get("creation_timestamp")), None)
        refs = tuple(r for r in (self.media_ref(x, surface) for x in nodes) if r)
        if not refs and not caption:
            return None
        extra: dict[str, Any] = {"surface": surface, "time": _raw_time(raw)}
        if len(nodes) > 1:
            extra["carousel"] = len(nodes)
        cross = next((x.get("cross_post_source") for x in nodes
                      if isinstance(x.get("cross_post_source"), dict)), None)
        if cross and cross.get("source_app"):
            extra["cross_post_source"] = cross.get("source_app")
        kind = Kind.POST
        if surface == "story" and not caption and len(refs) == 1:
            kind = Kind.VIDEO if refs[0].type == "video" else Kind.PHOTO
        return Item(platform, kind, _ts(raw), self.src(m, idx), text=caption, media=refs,
                    extra=extra)

    def posts(self, m: Member, surface: str) -> Iterator[Item]:
        def build(rec: Any, idx: int) -> Item | None:
            if not isinstance(rec, dict):
                raise TypeError("record")
            return self.post_item(m, rec, idx, surface)
        yield from self.run(m, build)

    def stories(self, m: Member) -> Iterator[Item]:
        yield from self.posts(m, "story")

    def profile_photos(self, m: Member) -> Iterator[Item]:
        def build(rec: Any, idx: int) -> Item | None:
            if not isinstance(rec, dict):
                raise TypeError("record")
            ref = self.media_ref(rec, "profile")
            if ref is None:
                return None
            return Item(Platform.INSTAGRAM, Kind.PROFILE, _ts(rec.get("creation_timestamp")),
                        self.src(m, idx), media=(ref,),
                        extra={"field": "profile_photo", "time": _raw_time(rec.get("creation_timestamp"))})
        yield from self.run(m, build)

    def threads_posts(self, m: Member) -> Iterator[Item]:
        def build(rec: Any, idx: int) -> Item | None:
            if not isinstance(rec, dict):
                raise TypeError("record")
            return self.post_item(m, rec, idx, "thread", Platform.THREADS)
        yield from self.run(m, build)

    def reposts(self, m: Member) -> Iterator[Item]:
        def build(rec: Any, idx: int) -> Item | None:
            if not isinstance(rec, dict):
                raise TypeError("record")
            if "label_values" in rec:
                f = read_label_values(rec["label_values"])
                text, owner, href, raw = f.caption, f.owner or f.username, f.url, rec.get("timestamp")
                ts = _ts(raw)
            else:
                text, owner, ts, href, raw = read_string_map(rec.get("string_map_data"))
                owner = _str(rec.get("title")) or owner
            return Item(Platform.INSTAGRAM, Kind.SHARE, ts, self.src(m, idx),
                        target=account_target(owner), text=text, url=href,
                        extra={"surface": "repost", "time": _raw_time(raw)})
        yield from self.run(m, build)

    # -- follows -------------------------------------------------------------
    def follows(self, m: Member, platform: Platform = Platform.INSTAGRAM,
                status: str | None = None) -> Iterator[Item]:
        threads = platform is Platform.THREADS

        def build(rec: Any, idx: int) -> Item | None:
            if not isinstance(rec, dict):
                raise TypeError("record")
            if "label_values" in rec:
                f = read_label_values(rec["label_values"])
                user, href, raw = f.username, f.url, rec.get("timestamp")
            else:
                e = _first_sld(rec)
                href, raw = e.get("href"), e.get("timestamp")
                # Username: title (newer), else value (older), else the href's last segment.
                user = _str(rec.get("title")) or _str(e.get("value")) or username_from_href(href)
            target = account_target(user, href, None, threads)
            if target is None:
                return None
            extra: dict[str, Any] = {"time": _raw_time(raw)}
            if status == "unfollowed":
                extra["membership"] = "left"
            elif status == "pending":
                extra["status"] = "pending"
            return Item(platform, Kind.FOLLOW, _ts(raw), self.src(m, idx), target=target,
                        extra=extra)
        yield from self.run(m, build)

    def hashtags(self, m: Member) -> Iterator[Item]:
        def build(rec: Any, idx: int) -> Item | None:
            if not isinstance(rec, dict):
                raise TypeError("record")
            e = _first_sld(rec)
            tag = _str(rec.get("title")) or _str(e.get("value"))
            href = _post_url(e.get("href"))
            if not tag and href:
                tag = [p for p in urlparse(href).path.split("/") if p][-1]
            if not tag:
                return None
            tag = tag.lstrip("#")
            return Item(Platform.INSTAGRAM, Kind.FOLLOW, _ts(e.get("timestamp")), self.src(m, idx),
                        target=Target(name=f"#{tag}", handle=tag,
                                      url=href or f"{IG}/explore/tags/{tag}/", type="hashtag"),
                        extra={"time": _raw_time(e.get("timestamp"))})
        yield from self.run(m, build)

    # -- saved ---------------------------------------------------------------
    def saved(self, m: Member) -> Iterator[Item]:
        def build(rec: Any, idx: int) -> Item | None:
            if not isinstance(rec, dict):
                raise TypeError("record")
            if "label_values" in rec:
                f = read_label_values(rec["label_values"])
                owner, href, raw, text = f.username, f.url, rec.get("timestamp"), f.caption
                ts = _ts(raw)
            elif "string_map_data" in rec:
                _t, _o, ts, href, raw = read_string_map(rec["string_map_data"])
                owner, text = _str(rec.get("title")), None
            else:
                e = _first_sld(rec)
                owner, href, raw, text = _str(rec.get("title")), _post_url(e.get("href")), \
                    e.get("timestamp"), None
                ts = _ts(raw)
            if not href:
                return None  # a collection header, not a saved post
            return Item(Platform.INSTAGRAM, Kind.SAVED, ts, self.src(m, idx),
                        target=account_target(owner), text=text, url=href,
                        extra={"time": _raw_time(raw)})
        yield from self.run(m, build)

    # -- story stickers (polls, quizzes...) -----------------------------------
    def story_interactions(self, m: Member) -> Iterator[Item]:
        kind_name = norm_name(m.path).rsplit("/", 1)[-1][:-5]

        def build(rec: Any, idx: int) -> Item | None:
            if not isinstance(rec, dict):
                raise TypeError("record")
            if "string_map_data" in rec:
                text, _o, ts, href, raw = read_string_map(rec["string_map_data"])
            else:
                e = _first_sld(rec)
                text, href, raw = _str(e.get("value")), _post_url(e.get("href")), e.get("timestamp")
                ts = _ts(raw)
            return Item(Platform.INSTAGRAM, Kind.REACTION, ts, self.src(m, idx),
                        target=account_target(_str(rec.get("title"))), text=text, url=href,
                        extra={"interaction": kind_name, "time": _raw_time(raw)})
        yield from self.run(m, build)

    # -- owner profile ---------------------------------------------------------
    def profile(self) -> Iterator[Item]:
        """One PROFILE item from the personal-information file(s) of any generation."""
        files = [m for m in self.archive.members()
                 if re.search(r"(^|/)(personal_information|instagram_profile_information)\.json$",
                              norm_name(m.path))]
        fields: dict[str, Any] = {}
        photo: MediaRef | None = None
        first: Member | None = None
        for m in files:
            try:
                data = self.ctx.load_json(m, meta=True)
            except AuditError as e:
                self.ctx.coverage.fail(m.path, e.code)
                continue
            got, ph = _profile_fields(data)
            if photo is None and ph:
                photo = self.media_ref({"uri": ph}, "profile")
            if got and first is None:
                first = m
            for k, v in got.items():
                fields.setdefault(k, v)
            self.ctx.coverage.read(m.path, 0)
        if first is None:
            return
        self.ctx.coverage.read(first.path, 1)
        yield Item(Platform.INSTAGRAM, Kind.PROFILE, None, SourceRef(first.path, 0),
                   text=fields.get("bio"), url=profile_url(fields.get("username")),
                   media=(photo,) if photo else (),
                   extra={"owner": fields.get("username"), "name": fields.get("name"),
                          "website": fields.get("website")})

    # -- I0 (2018-2020) flat files ----------------------------------------------
    def i0(self, m: Member, base: str) -> Iterator[Item]:
        handler = {"media.json": self.i0_media, "comments.json": self.i0_comments,
                   "likes.json": self.i0_likes, "connections.json": self.i0_connections,
                   "saved.json": self.i0_saved, "profile.json": self.i0_profile}[base]
        try:
            data = self.ctx.load_json(m, meta=True)
        except AuditError as e:
            self.ctx.coverage.fail(m.path, e.code)
            return
        if not isinstance(data, dict):
            self.ctx.coverage.skip(m.path, UNRECOGNISED, "importers.instagram.unknown_json")
            return
        yield from safe_records(self.ctx, m, iter(handler(data)), lambda b, i: b(m, i))

    @staticmethod
    def _i0_pairs(rows: Any) -> Iterator[tuple[datetime | None, Any, list[str]]]:
        """I0 rows are ``[ISO time, value, ...]`` lists; the time may be first or second."""
        for row in rows if isinstance(rows, list) else []:
            if not isinstance(row, list):
                yield None, row, []
                continue
            strs = [x for x in row if isinstance(x, str)]
            when = next((t for t in (_i0_time(x) for x in strs) if t), None)
            raw = next((x for x in strs if _i0_time(x)), None)
            rest = [x for x in strs if x is not raw]
            yield when, raw, rest

    def i0_media(self, data: dict[str, Any]) -> Iterator[Callable[[Member, int], Item | None]]:
        for key in ("photos", "videos", "stories", "profile"):
            rows = data.get(key)
            for rec in rows if isinstance(rows, list) else []:
                def b(m: Member, idx: int, rec: Any = rec, key: str = key) -> Item | None:
                    if not isinstance(rec, dict):
                        raise TypeError("record")
                    surface = {"photos": "post", "videos": "post", "stories": "story",
                               "profile": "profile"}[key]
                    ref = self.media_ref({"uri": rec.get("path")}, surface)
                    if ref and key == "videos":
                        ref = MediaRef(ref.path, "video", ref.taken, ref.uri)
                    caption = _str(rec.get("caption"))
                    kind = Kind.PROFILE if key == "profile" else Kind.POST if caption or key != "stories" \
                        else (Kind.VIDEO if ref and ref.type == "video" else Kind.PHOTO)
                    extra: dict[str, Any] = {"surface": surface,
                                             "time": _i0_raw(rec.get("taken_at"))}
                    if _str(rec.get("location")):
                        extra["location"] = rec["location"]
                    return Item(Platform.INSTAGRAM, kind, _i0_time(rec.get("taken_at")),
                                self.src(m, idx), text=caption, media=(ref,) if ref else (),
                                extra=extra)
                yield b

    def i0_comments(self, data: dict[str, Any]) -> Iterator[Callable[[Member, int], Item | None]]:
        for key in ("media_comments", "live_comments"):
            for when, raw, rest in self._i0_pairs(data.get(key)):
                def b(m: Member, idx: int, when: Any = when, raw: Any = raw, rest: list[str] = rest,
                      key: str = key) -> Item | None:
                    if raw is None and not rest:
                        raise TypeError("row")
                    # [time, text, owner]
                    text = rest[0] if rest else None
                    owner = rest[1] if len(rest) > 1 else None
                    return Item(Platform.INSTAGRAM, Kind.COMMENT, when, self.src(m, idx),
                                target=account_target(owner), text=text,
                                extra={"surface": "live" if key == "live_comments" else "post",
                                       "time": _i0_raw(raw)})
                yield b

    def i0_likes(self, data: dict[str, Any]) -> Iterator[Callable[[Member, int], Item | None]]:
        for key, obj in (("media_likes", "post"), ("comment_likes", "comment")):
            for when, raw, rest in self._i0_pairs(data.get(key)):
                def b(m: Member, idx: int, when: Any = when, raw: Any = raw, rest: list[str] = rest,
                      obj: str = obj) -> Item | None:
                    if not rest:
                        raise TypeError("row")
                    return Item(Platform.INSTAGRAM, Kind.LIKE, when, self.src(m, idx),
                                target=account_target(rest[0]),
                                extra={"object": obj, "time": _i0_raw(raw)})
                yield b

    def i0_saved(self, data: dict[str, Any]) -> Iterator[Callable[[Member, int], Item | None]]:
        for when, raw, rest in self._i0_pairs(data.get("saved_media")):
            def b(m: Member, idx: int, when: Any = when, raw: Any = raw,
                  rest: list[str] = rest) -> Item | None:
                if not rest:
                    raise TypeError("row")
                return Item(Platform.INSTAGRAM, Kind.SAVED, when, self.src(m, idx),
                            target=account_target(rest[0]), extra={"time": _i0_raw(raw)})
            yield b

    def i0_connections(self, data: dict[str, Any]) -> Iterator[Callable[[Member, int], Item | None]]:
        # The hashtag key is spelled "following_hastags" by some readers; accept both.
        for key in ("following", "follow_requests_sent", "following_hashtags", "following_hastags"):
            block = data.get(key)
            for name, raw in block.items() if isinstance(block, dict) else []:
                def b(m: Member, idx: int, name: Any = name, raw: Any = raw,
                      key: str = key) -> Item | None:
                    if not isinstance(name, str) or not name:
                        raise TypeError("name")
                    extra: dict[str, Any] = {"time": _i0_raw(raw)}
                    if key.startswith("following_has"):
                        tag = name.lstrip("#")
                        target = Target(name=f"#{tag}", handle=tag,
                                        url=f"{IG}/explore/tags/{tag}/", type="hashtag")
                    else:
                        target = account_target(name)
                        if key == "follow_requests_sent":
                            extra["status"] = "pending"
                    return Item(Platform.INSTAGRAM, Kind.FOLLOW, _i0_time(raw), self.src(m, idx),
                                target=target, extra=extra)
                yield b

    def i0_profile(self, data: dict[str, Any]) -> Iterator[Callable[[Member, int], Item | None]]:
        def b(m: Member, idx: int) -> Item | None:
            user = _str(data.get("username"))
            if not user and not _str(data.get("biography")):
                return None
            return Item(Platform.INSTAGRAM, Kind.PROFILE, None, self.src(m, idx),
                        text=_str(data.get("biography")), url=profile_url(user),
                        extra={"owner": user, "name": _str(data.get("name")),
                               "website": _str(data.get("website"))})
        yield b


def _i0_time(v: Any) -> datetime | None:
    # 2018 exports write ISO times without a zone; Meta's servers write UTC.
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return from_unix(v)
    return from_iso(v, timezone.utc) if isinstance(v, str) and len(v) >= 10 and v[4] == "-" else None


def _i0_raw(v: Any) -> dict[str, Any] | None:
    if v is None:
        return None
    return {"raw": v, "unit": "iso", "zone": "UTC (assumed)"}


def _profile_fields(data: Any) -> tuple[dict[str, Any], str | None]:
    """Username/name/bio/website from ``profile_user`` (string_map_data) or label_values."""
    out: dict[str, Any] = {}
    photo = None
    recs: list[Any] = []
    if isinstance(data, dict):
        for v in data.values():
            if isinstance(v, list):
                recs.extend(v)
            elif isinstance(v, dict):
                recs.append(v)
    elif isinstance(data, list):
        recs = data
    for rec in recs:
        if not isinstance(rec, dict):
            continue
        smd = rec.get("string_map_data")
        if isinstance(smd, dict):
            for key, entry in smd.items():
                if not isinstance(entry, dict):
                    continue
                k = key.casefold().strip()
                v = _str(entry.get("value"))
                if not v:
                    continue
                if k in PROFILE_USERNAME:
                    out.setdefault("username", v.lstrip("@"))
                elif k in PROFILE_NAME:
                    out.setdefault("name", v)
                elif k in PROFILE_BIO:
                    out.setdefault("bio", v)
                elif k in ("website", "situs web", "webseite"):
                    out.setdefault("website", v)
        mmd = rec.get("media_map_data")
        if isinstance(mmd, dict):
            for entry in mmd.values():
                if isinstance(entry, dict) and _str(entry.get("uri")):
                    photo = photo or entry["uri"]
        if "label_values" in rec:
            f = read_label_values(rec["label_values"])
            if f.username:
                out.setdefault("username", f.username)
            if f.name:
                out.setdefault("name", f.name)
    return out, photo


__all__ = ["InstagramImporter", "detect_layout", "Layout", "username_from_href", "account_target",
           "read_string_map", "read_label_values"]
