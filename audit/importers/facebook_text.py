"""Reading Facebook's localised sentences, label_values records and URLs.

Facebook gives no URL or id for most acts (classic reactions, comments,
group joins, follows): the only pointer to the target is a sentence in the
account's UI language ("Budi liked Siti's post.", "Anda menjadi anggota
Alumni Contoh."). These helpers pull the target's display name and the kind
of act out of those sentences, with one table per language (English and
Bahasa Indonesia). English sentences were seen in real exports; the
Indonesian ones follow Facebook's Indonesian UI wording and are marked
unconfirmed until a real Indonesian archive is checked. Unknown sentences
never raise: the caller gets ``None`` and keeps the item without a target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

_APOS = "['’]"   # after the mojibake repair Facebook's apostrophe can be either


@dataclass(frozen=True, slots=True)
class TitleInfo:
    target: str | None = None     # display name of the owner of the object acted on
    obj: str | None = None        # "post", "comment", "photo", "story"... (English words)
    own: bool = False             # the act was on the user's own object
    where: str | None = None      # "… in <group>" when the sentence names one
    verb: str | None = None       # the matched verb, lower case
    lang: str | None = None       # "en" | "id"


# -- object words ------------------------------------------------------------

_EN_OBJECTS = {
    "post", "comment", "reply", "photo", "photos", "video", "videos", "link", "story",
    "album", "status", "reel", "life event", "live video", "note", "event", "profile picture",
    "cover photo", "memory", "timeline", "profile", "check-in", "fundraiser", "poll",
    "question", "update", "page", "activity", "gif", "short video", "song", "article",
}

# Indonesian object word -> English object word (⚠️ wording unconfirmed on a real archive).
_ID_OBJECTS = {
    "kiriman": "post", "postingan": "post", "posting": "post", "status": "status",
    "komentar": "comment", "balasan": "comment", "foto": "photo", "video": "video",
    "tautan": "link", "link": "link", "cerita": "story", "story": "story", "album": "album",
    "reel": "reel", "acara": "event", "catatan": "note", "siaran langsung": "live video",
    "video siaran langsung": "live video", "peristiwa penting": "life event",
    "momen penting": "life event", "foto profil": "profile picture",
    "foto sampul": "cover photo", "kenangan": "memory", "kronologi": "timeline",
    "profil": "profile", "halaman": "page", "penggalangan dana": "fundraiser",
    "jajak pendapat": "poll", "polling": "poll", "pertanyaan": "question", "artikel": "article",
}
_ID_OBJ_ALT = "|".join(sorted((re.escape(k) for k in _ID_OBJECTS), key=len, reverse=True))

# -- verbs per category and language ---------------------------------------
# Reaction verbs map to a reaction code where the verb itself says which one
# (story reactions carry only the sentence).
_EN_REACT = {
    "likes": "LIKE", "liked": "LIKE", "loves": "LOVE", "loved": "LOVE",
    "reacted to": None, "reacts to": None, "cares about": "CARE", "cared about": "CARE",
    "laughed at": "HAHA", "laughs at": "HAHA", "was wowed by": "WOW", "is wowed by": "WOW",
    "was saddened by": "SAD", "is saddened by": "SAD", "was angered by": "ANGRY",
    "is angered by": "ANGRY",
}
_ID_REACT = {
    "menyukai": "LIKE", "suka": "LIKE", "menanggapi": None, "bereaksi terhadap": None,
    "bereaksi pada": None, "bereaksi ke": None, "memberikan reaksi pada": None,
    "memberikan reaksi terhadap": None, "memberi reaksi pada": None,
    "memberi reaksi terhadap": None, "memberikan tanggapan pada": None,
    "mencintai": "LOVE", "peduli dengan": "CARE", "menertawakan": "HAHA",
}
_EN_COMMENT = ("commented on", "replied to", "comments on", "replies to", "responded to")
_ID_COMMENT = ("mengomentari", "berkomentar di", "berkomentar pada", "berkomentar tentang",
               "membalas", "menanggapi komentar", "memberi komentar pada",
               "memberikan komentar pada")
# "Budi voted on Siti's poll." (English ⚠️ wording from one source; Danish "har stemt i
# X's meningsmåling" seen in a real export); Indonesian ⚠️ unconfirmed.
_EN_VOTE = ("voted on", "voted in", "voted for", "answered")
_ID_VOTE = ("memberikan suara di", "memberikan suara pada", "memberikan suara dalam",
            "memberi suara di", "memberi suara pada", "memberi suara dalam", "memilih di", "memilih dalam")
_EN_SAVE = ("saved",)
_ID_SAVE = ("menyimpan",)
_EN_SHARE = ("shared", "re-shared", "reshared")
_ID_SHARE = ("membagikan", "berbagi")

_EN_OWN = re.compile(r"^(?:his|her|their|your|my|its) own (?P<obj>.+?)\.?$", re.I)
_EN_INDEF = re.compile(r"^(?:a|an|one) (?P<obj>.+?)\.?$", re.I)
_EN_POSS = re.compile(rf"^(?P<t>.+){_APOS}s? (?P<rest>[^'’]+?)\.?$")
_ID_OWN = re.compile(rf"^(?P<obj>{_ID_OBJ_ALT})(?:nya| miliknya| milik sendiri| anda)(?: sendiri)?\.?$",
                     re.I)
_ID_INDEF = re.compile(rf"^(?:sebuah|satu|suatu) (?P<obj>{_ID_OBJ_ALT})\.?$|^(?P<obj2>{_ID_OBJ_ALT})\.?$",
                       re.I)
_ID_OWNER = re.compile(rf"^(?P<obj>{_ID_OBJ_ALT})(?: yang dibagikan| milik| dari| oleh)? (?P<t>.+?)\.?$",
                       re.I)


def _strip_dot(s: str) -> str:
    s = s.strip()
    if s.endswith(".") and not s.endswith(".."):
        s = s[:-1].rstrip()
    return s


@lru_cache(maxsize=32)
def _verb_rx(verbs: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first, so "reacted to" wins over a shorter verb at the same place.
    alt = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(r"(?:^|\s)(?P<v>" + alt + r")(?=\s|$)", re.I)


def _after_verb(title: str, verbs: tuple[str, ...], owner: str | None) -> tuple[str, str] | None:
    """(verb, remainder) for the first verb found after the sentence's subject.

    The subject is the owner's display name (or "You"/"Anda"); when the owner
    is known it is stripped exactly, otherwise the first verb occurrence wins.
    """
    t = " ".join(title.split())
    rx = _verb_rx(verbs)
    starts = [0]
    if owner and t.casefold().startswith(owner.casefold() + " "):
        starts.insert(0, len(owner))
    for start in starts:
        m = rx.search(t, start)
        if m:
            return m.group("v").lower(), t[m.end():].strip()
    return None


def _split_where_en(rest: str) -> tuple[str, str | None]:
    m = re.match(r"^(?P<o>.+?) (?:in|on|to) (?P<w>.+?)\.?$", rest)
    if m and m.group("o").lower() in _EN_OBJECTS:
        return m.group("o"), m.group("w")
    return rest, None


def _parse_en_remainder(rest: str) -> TitleInfo:
    rest = rest.strip()
    m = _EN_OWN.match(rest)
    if m:
        obj, where = _split_where_en(m.group("obj"))
        return TitleInfo(obj=obj.lower(), own=True, where=where, lang="en")
    m = _EN_POSS.match(rest)
    if m:
        obj, where = _split_where_en(m.group("rest"))
        if obj.lower() in _EN_OBJECTS:
            return TitleInfo(target=m.group("t").strip(), obj=obj.lower(), where=where, lang="en")
    m = _EN_INDEF.match(rest)
    if m:
        obj, where = _split_where_en(m.group("obj"))
        if obj.lower() in _EN_OBJECTS:
            return TitleInfo(obj=obj.lower(), where=where, lang="en")
    name = _strip_dot(rest)
    return TitleInfo(target=name or None, lang="en")


def _parse_id_remainder(rest: str) -> TitleInfo:
    rest = rest.strip()
    m = _ID_OWN.match(rest)
    if m:
        return TitleInfo(obj=_ID_OBJECTS[m.group("obj").lower()], own=True, lang="id")
    m = _ID_INDEF.match(rest)
    if m:
        word = (m.group("obj") or m.group("obj2")).lower()
        return TitleInfo(obj=_ID_OBJECTS[word], lang="id")
    m = _ID_OWNER.match(rest)
    if m:
        # "kiriman Siti di Alumni Contoh": the group follows the first " di "/" dalam ",
        # as "in" does in English (a name that itself holds " di " is cut the same way).
        target, where = _strip_dot(m.group("t")), None
        w = re.match(r"^(?P<t>.+?) (?:di|dalam) (?:grup )?(?P<w>.+)$", target)
        if w:
            target, where = w.group("t"), w.group("w")
        return TitleInfo(target=target or None, obj=_ID_OBJECTS[m.group("obj").lower()], where=where,
                         lang="id")
    name = _strip_dot(rest)
    return TitleInfo(target=name or None, lang="id")


def _parse_with(title: str | None, en: tuple[str, ...] | list[str], id_: tuple[str, ...] | list[str],
                owner: str | None) -> TitleInfo | None:
    if not isinstance(title, str) or not title.strip():
        return None
    got = _after_verb(title, tuple(en), owner)
    if got:
        info = _parse_en_remainder(got[1])
        return TitleInfo(info.target, info.obj, info.own, info.where, got[0], "en")
    got = _after_verb(title, tuple(id_), owner)
    if got:
        info = _parse_id_remainder(got[1])
        return TitleInfo(info.target, info.obj, info.own, info.where, got[0], "id")
    return None


# A heavy user likes and comments on the same pages again and again: the same sentence
# recurs thousands of times. Parsing is pure and TitleInfo frozen, so recent answers are
# kept (a small LRU: memory stays flat, the pages liked most stay in it).
_MEMO_SIZE = 512


def parse_reaction_title(title: str | None, owner: str | None = None) -> TitleInfo | None:
    """"Budi liked Siti's post." -> target "Siti", obj "post"."""
    return _parse_reaction_title(title, owner)


@lru_cache(maxsize=_MEMO_SIZE)
def _parse_reaction_title(title: str | None, owner: str | None) -> TitleInfo | None:
    return _parse_with(title, tuple(_EN_REACT), tuple(_ID_REACT), owner)


def reaction_from_verb(verb: str | None) -> str | None:
    if not verb:
        return None
    return _EN_REACT.get(verb) or _ID_REACT.get(verb)


def parse_comment_title(title: str | None, owner: str | None = None) -> TitleInfo | None:
    return _parse_comment_title(title, owner)


@lru_cache(maxsize=_MEMO_SIZE)
def _parse_comment_title(title: str | None, owner: str | None) -> TitleInfo | None:
    return _parse_with(title, _EN_COMMENT, _ID_COMMENT, owner)


def parse_saved_title(title: str | None, owner: str | None = None) -> TitleInfo | None:
    """"Budi saved a video from Contoh Page's post." -> target "Contoh Page"."""
    info = _parse_with(title, _EN_SAVE, _ID_SAVE, owner)
    if info is None or info.target is None:
        return info
    # "a video from X's post" / "sebuah video dari X": the owner follows from/dari.
    m = re.match(r"^(?:(?:a|an|sebuah|satu) )?[\w\- ]+? (?:from|dari) (?P<rest>.+)$", info.target)
    if m:
        inner = _parse_en_remainder(m.group("rest")) if info.lang == "en" else \
            _parse_id_remainder(m.group("rest"))
        return TitleInfo(inner.target, inner.obj or info.obj, inner.own, None, info.verb, info.lang)
    if info.lang == "id" and re.search(r"\bdari\b", title, re.I):
        # "video dari kiriman Relawan Contoh": "dari" was taken as the owner marker, so
        # the owner's own object word still leads the target.
        inner = _parse_id_remainder(info.target)
        if inner.obj and (inner.target or inner.own):
            return TitleInfo(inner.target, inner.obj, inner.own, None, info.verb, info.lang)
    return info


def parse_poll_vote_title(title: str | None, owner: str | None = None) -> TitleInfo | None:
    """"Budi voted on Siti's poll." -> target "Siti", obj "poll"."""
    return _parse_with(title, _EN_VOTE, _ID_VOTE, owner)


def parse_share_title(title: str | None, owner: str | None = None) -> TitleInfo | None:
    """A sentence that says the user shared something, with whose content when named.

    "shared from Instagram" / "dibagikan dari Instagram" is a cross-post of
    the user's own content, not a share, and gives None.
    """
    if not isinstance(title, str) or re.search(r"shared from instagram|dibagikan dari instagram",
                                               title, re.I):
        return None
    info = _parse_with(title, _EN_SHARE, _ID_SHARE, owner)
    if info is None:
        return None
    target = info.target
    if info.lang == "en" and target:
        # "shared a link to X's timeline." / "shared a post to Relawan Contoh."
        m = re.match(rf"^(?:a|an) [\w\- ]+? to (?P<t>.+?)(?:{_APOS}s? (?:timeline|profile|story))?\.?$",
                     target)
        if m:
            return TitleInfo(target=m.group("t"), obj=None, own=False, where=None,
                             verb=info.verb, lang="en")
        if re.match(r"^(?:a|an) \w+", target):
            return TitleInfo(target=None, verb=info.verb, lang="en")
    return info


# -- groups ------------------------------------------------------------------

# Checked in order: whole phrases before bare verbs (a group may be called
# "Left Wing ..."), and leave phrases before join phrases, because
# "berhenti menjadi anggota" contains the join phrase "menjadi anggota".
_MEMBERSHIP_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    ("left", "en", re.compile(r"\bstopped being a member of (?P<g>.+)$", re.I)),
    ("left", "en", re.compile(r"\b(?:are|is) no longer a member of (?P<g>.+)$", re.I)),
    ("joined", "en", re.compile(r"\bbecame a member of (?P<g>.+)$", re.I)),
    ("joined", "en", re.compile(r"\b(?:is|are) now a member of (?P<g>.+)$", re.I)),
    ("joined", "en", re.compile(r"\bapproved your request to (?:join )?(?P<g>.+)$", re.I)),
    # Indonesian (⚠️ wording unconfirmed on a real archive). Every negated
    # form must come before the join phrase it contains ("sudah tidak menjadi
    # anggota" would otherwise read as a join).
    ("left", "id", re.compile(r"\bberhenti menjadi anggota (?-i:grup )?(?P<g>.+)$", re.I)),
    ("left", "id", re.compile(r"\b(?:tidak|bukan) (?:lagi )?(?:menjadi |sebagai )?anggota (?-i:grup )?(?P<g>.+)$",
                              re.I)),
    ("joined", "id", re.compile(r"\bmenjadi anggota (?-i:grup )?(?P<g>.+)$", re.I)),
    ("joined", "id", re.compile(r"\bmenyetujui permintaan anda untuk bergabung (?:dengan |ke |di )?"
                                r"(?-i:grup )?(?P<g>.+)$", re.I)),
    # bare verbs last
    ("left", "en", re.compile(r"\b(?:was|were) removed from (?P<g>.+)$", re.I)),
    ("left", "en", re.compile(r"\b(?:left|leaves) (?-i:the group )?(?P<g>.+)$", re.I)),
    ("joined", "en", re.compile(r"\b(?:joined|joins) (?-i:the group )?(?P<g>.+)$", re.I)),
    ("joined", "en", re.compile(r"\bwelcomed .+? to (?P<g>.+)$", re.I)),
    ("left", "id", re.compile(r"\bdikeluarkan dari (?-i:grup )?(?P<g>.+)$", re.I)),
    ("left", "id", re.compile(r"\bkeluar dari (?-i:grup )?(?P<g>.+)$", re.I)),
    ("left", "id", re.compile(r"\bmeninggalkan (?-i:grup )?(?P<g>.+)$", re.I)),
    ("joined", "id", re.compile(r"\bbergabung (?:dengan|ke|di|dalam) (?-i:grup )?(?P<g>.+)$", re.I)),
]


def parse_membership_title(title: str | None) -> tuple[str, str | None, str] | None:
    """("joined"|"left", group name or None, lang) from a membership sentence."""
    if not isinstance(title, str):
        return None
    t = " ".join(title.split())
    for status, lang, rx in _MEMBERSHIP_PATTERNS:
        m = rx.search(t)
        if m:
            return status, (_strip_dot(m.group("g")) or None), lang
    return None


_GROUP_POST = [
    re.compile(r"\b(?:posted|wrote|shared [\w\- ]+?) in (?P<g>.+)$", re.I),
    re.compile(r"\bcreated the group (?P<g>.+)$", re.I),
    re.compile(r"\b(?:memposting|mengirim|menulis|membuat kiriman|mengirimkan kiriman|membagikan [\w\- ]+?) "
               r"(?:di|ke) (?-i:grup )?(?P<g>.+)$", re.I),
    re.compile(r"\bmembuat grup (?P<g>.+)$", re.I),
]


def group_from_post_title(title: str | None) -> str | None:
    """"Budi posted in Alumni Contoh." -> "Alumni Contoh"."""
    if not isinstance(title, str):
        return None
    t = " ".join(title.split())
    for rx in _GROUP_POST:
        m = rx.search(t)
        if m:
            return _strip_dot(m.group("g")) or None
    return None


_TIMELINE = [
    re.compile(rf"\b(?:wrote|posted) on (?P<t>.+?){_APOS}s? (?:timeline|profile|wall)\.?$", re.I),
    re.compile(rf"\bto (?P<t>.+?){_APOS}s? (?:timeline|profile)\.?$", re.I),
    re.compile(r"\b(?:menulis|memposting|mengirim) (?:di|ke) (?:kronologi|profil|dinding) (?P<t>.+?)\.?$",
               re.I),
    re.compile(r"\bke (?:kronologi|profil) (?P<t>.+?)\.?$", re.I),
]


def timeline_owner_from_title(title: str | None) -> str | None:
    """"Budi wrote on Siti's timeline." -> "Siti" (a post on someone else's profile)."""
    if not isinstance(title, str):
        return None
    t = " ".join(title.split())
    for rx in _TIMELINE:
        m = rx.search(t)
        if m:
            return _strip_dot(m.group("t")) or None
    return None


# -- reactions ---------------------------------------------------------------

_REACTION_WORDS = {
    "like": "LIKE", "likes": "LIKE", "suka": "LIKE", "menyukai": "LIKE", "thumbs up": "LIKE",
    "love": "LOVE", "super": "LOVE", "cinta": "LOVE", "heart": "LOVE",
    "care": "CARE", "support": "CARE", "peduli": "CARE",
    "haha": "HAHA", "lucu": "HAHA",
    "wow": "WOW", "luar biasa": "WOW",
    "sad": "SAD", "sorry": "SAD", "sedih": "SAD",
    "angry": "ANGRY", "anger": "ANGRY", "marah": "ANGRY",
    "pride": "PRIDE", "thankful": "THANKFUL",
}


def normalize_reaction(value: object) -> str | None:
    """"Like", "LIKE", "Suka", "Super" -> "LIKE"/"LOVE"...; unknown words upper-cased."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    return _REACTION_WORDS.get(v.casefold(), v.upper() if len(v) <= 20 else None)


def is_reaction_word(value: object) -> bool:
    return isinstance(value, str) and value.strip().casefold() in _REACTION_WORDS


# -- label_values --------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Leaf:
    label: str
    value: str | None
    href: str | None
    path: tuple[str, ...] = ()     # labels/titles of the enclosing dict/vec entries


def flatten_label_values(entries: object, _path: tuple[str, ...] = (), _depth: int = 0) -> list[Leaf]:
    """All label/value leaves of a ``label_values`` list, nested ``dict``/``vec`` included."""
    out: list[Leaf] = []
    if _depth > 8 or not isinstance(entries, list):
        return out
    for e in entries:
        if not isinstance(e, dict):
            continue
        label = e.get("label") if isinstance(e.get("label"), str) else ""
        if not label and isinstance(e.get("title"), str):
            label = e["title"]
        href = e.get("href") if isinstance(e.get("href"), str) else None
        if "value" in e or href:
            val = e.get("value")
            out.append(Leaf(label, val if isinstance(val, str) else (str(val) if isinstance(val, (int, float))
                                                                     and not isinstance(val, bool) else None),
                            href, _path))
        for key in ("dict", "vec"):
            sub = e.get(key)
            if isinstance(sub, list):
                out.extend(flatten_label_values(sub, _path + ((label,) if label else ()), _depth + 1))
    return out


_NAME_LABELS = {"name", "nama", "title", "judul", "page", "halaman", "profile", "profil",
                "target", "tujuan", "author", "pemilik", "owner", "group", "grup"}
_URL_LABELS = {"url", "link", "tautan", "uri", "href"}
_REACTION_LABELS = {"reaction", "reaksi", "tanggapan", "reaction type", "jenis reaksi"}
_MESSAGE_LABELS = {"message", "pesan", "text", "teks", "post", "kiriman", "postingan"}


def _is_url(s: str | None) -> bool:
    return isinstance(s, str) and s.strip().lower().startswith(("http://", "https://"))


def pick_label_values(entries: object) -> dict[str, str | None]:
    """URL, reaction, name and message out of localised label_values.

    Labels follow the UI language, so values are recognised by shape first
    (a URL starts with http, a reaction is a known reaction word) and labels
    only break ties.
    """
    leaves = flatten_label_values(entries)
    url = reaction = name = message = None
    used: set[int] = set()
    for i, lf in enumerate(leaves):
        if _is_url(lf.href) or _is_url(lf.value):
            if url is None:
                url = (lf.href if _is_url(lf.href) else lf.value).strip()  # type: ignore[union-attr]
            used.add(i)
    for i, lf in enumerate(leaves):
        if i in used:
            continue
        lab = lf.label.casefold()
        if lab in _REACTION_LABELS or (reaction is None and lab not in _NAME_LABELS
                                       and lab not in _MESSAGE_LABELS and is_reaction_word(lf.value)):
            if reaction is None and lf.value:
                reaction = lf.value
                used.add(i)
    for i, lf in enumerate(leaves):
        if i in used or not lf.value:
            continue
        lab = lf.label.casefold()
        if lab in _MESSAGE_LABELS and message is None:
            message = lf.value
            used.add(i)
        elif lab in _NAME_LABELS and name is None:
            name = lf.value
            used.add(i)
    if name is None:
        for i, lf in enumerate(leaves):
            if i not in used and lf.value and lf.label.casefold() not in _URL_LABELS \
                    and not _is_url(lf.value) and len(lf.value) <= 200:
                name = lf.value
                break
    return {"url": url, "reaction": reaction, "name": name, "message": message}


# -- URLs ----------------------------------------------------------------------

_FB_HOST = re.compile(r"^(?:(?:www|m|web|mbasic|touch|mobile|free|business|l|lm)\.)?"
                      r"(?:facebook\.com|fb\.com|fb\.me)$", re.I)
# First path segments that are not a page/profile name.
_NOT_SLUG = {
    "photo.php", "photo", "photos", "permalink.php", "story.php", "watch", "reel", "reels",
    "share", "sharer", "sharer.php", "video.php", "videos", "events", "groups", "hashtag",
    "stories", "marketplace", "gaming", "login", "login.php", "l.php", "media", "notes",
    "pg", "help", "privacy", "policies", "settings", "search", "saved", "me", "home.php",
    "ads", "business", "messages", "friends", "bookmarks", "fundraisers", "donate",
    "live", "page", "pages", "people", "public", "profile.php", "dialog", "plugins",
    "story", "posts", "p", "ufi", "commerce", "shops", "games", "memories", "lists", "feeds",
}


def is_facebook_url(url: str | None) -> bool:
    if not isinstance(url, str):
        return False
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return False
    return bool(_FB_HOST.match(host))


def normalize_url(url: str | None) -> str | None:
    """Comparable form of a Facebook page/profile URL; other URLs only tidied.

    facebook.com: https, ``www.`` host, no query (except ``profile.php?id=``),
    no fragment, no trailing slash. Other hosts: trimmed, ``http`` kept as is.
    """
    if not isinstance(url, str) or not url.strip():
        return None
    u = url.strip()
    if u.startswith("//"):
        u = "https:" + u
    if "://" not in u and re.match(r"^(?:www\.|m\.)?facebook\.com/", u, re.I):
        u = "https://" + u
    try:
        parts = urlsplit(u)
    except ValueError:
        return u
    host = (parts.hostname or "").lower()
    if not _FB_HOST.match(host):
        return u
    path = re.sub(r"/{2,}", "/", parts.path or "/").rstrip("/")
    if path.lower() == "/profile.php":
        ids = parse_qs(parts.query).get("id")
        if ids and ids[0].isdigit():
            return f"https://www.facebook.com/profile.php?id={ids[0]}"
    return "https://www.facebook.com" + path


def owner_from_url(url: str | None) -> tuple[str | None, str | None, str | None, str]:
    """(page/profile URL, vanity handle, numeric id, type) of whoever owns a Facebook object URL.

    ``facebook.com/ContohMedia/posts/123`` -> ("https://www.facebook.com/ContohMedia",
    "ContohMedia", None, "account"); group post URLs give the group. Unknown
    shapes give (None, None, None, "").
    """
    if not is_facebook_url(url):
        return None, None, None, ""
    assert isinstance(url, str)
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None, None, None, ""
    segs = [s for s in (parts.path or "").split("/") if s]
    q = parse_qs(parts.query)
    if segs and segs[0].lower() == "groups" and len(segs) >= 2:
        gid = segs[1]
        return (f"https://www.facebook.com/groups/{gid}",
                None if gid.isdigit() else gid, gid if gid.isdigit() else None, "group")
    if segs and segs[0].lower() in ("permalink.php", "story.php", "profile.php"):
        pid = (q.get("id") or [None])[0]
        if pid and pid.isdigit():
            return f"https://www.facebook.com/profile.php?id={pid}", None, pid, "account"
        return None, None, None, ""
    if segs and segs[0].lower() == "pages" and len(segs) >= 3 and segs[-1].isdigit():
        return (f"https://www.facebook.com/pages/{segs[1]}/{segs[2]}", None, segs[2], "account")
    if segs and segs[0].lower() == "people" and len(segs) >= 3:
        pid = segs[2] if segs[2].isdigit() else None
        return (f"https://www.facebook.com/people/{segs[1]}/{segs[2]}", None, pid, "account")
    if segs and segs[0].lower() not in _NOT_SLUG and not segs[0].lower().endswith((".php", ".html")):
        slug = segs[0]
        # Id-based vanity "Nama-Halaman-123456789" keeps its trailing id.
        m = re.match(r"^.+-(\d{6,})$", slug)
        return (f"https://www.facebook.com/{slug}", slug, m.group(1) if m else
                (slug if slug.isdigit() else None), "account")
    return None, None, None, ""


def profile_id(url: str | None) -> str | None:
    """Numeric id of ``profile.php?id=…`` URLs."""
    if not isinstance(url, str):
        return None
    m = re.search(r"[?&]id=(\d+)", url)
    return m.group(1) if m else None
