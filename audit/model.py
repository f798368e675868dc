"""The normalized item model every importer produces.

Data flows one way: archive -> items -> findings -> checklist -> report.
An ``Item`` is one thing the user did (or that the archive records about
them) on one platform: a like, a follow, a post, a group membership...
Importers fill what the archive gives and leave the rest ``None``; they
never invent dates or targets.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Platform(StrEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    THREADS = "threads"
    X = "x"
    TIKTOK = "tiktok"
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"
    YOUTUBE = "youtube"


class Kind(StrEnum):
    LIKE = "like"                          # like of a post/comment/video
    REACTION = "reaction"                  # any other reaction (love, haha, ...)
    FOLLOW = "follow"                      # following an account/page/channel
    PAGE_LIKE = "page_like"                # liking a Facebook page
    GROUP_MEMBERSHIP = "group_membership"  # joined/left a group, channel, community
    POST = "post"                          # own post, tweet, caption, status
    COMMENT = "comment"                    # own comment or reply
    SHARE = "share"                        # share, retweet, repost, forward
    PHOTO = "photo"                        # a photo the user uploaded
    VIDEO = "video"                        # a video the user uploaded
    SAVED = "saved"                        # saved / favourite / bookmarked item
    PROFILE = "profile"                    # profile fields (name, bio, picture)
    MESSAGE = "message"                    # own message in a group chat or channel


# How the act is read for the severity ladder: own post > share > comment
# > join/follow > like. Kept here so every module uses one ordering.
KIND_WEIGHT: dict[Kind, int] = {
    Kind.POST: 5, Kind.PHOTO: 5, Kind.VIDEO: 5, Kind.PROFILE: 5,
    Kind.SHARE: 4, Kind.MESSAGE: 4,
    Kind.COMMENT: 3,
    Kind.GROUP_MEMBERSHIP: 2, Kind.FOLLOW: 2, Kind.PAGE_LIKE: 2,
    Kind.LIKE: 1, Kind.REACTION: 1, Kind.SAVED: 1,
}


@dataclass(frozen=True, slots=True)
class Target:
    """What an item points at: a page, an account, a group, a channel, a post.

    Any field may be ``None``; archives give different identifiers (Facebook
    follows give only a display name, X follows only a numeric id).
    """

    name: str | None = None       # display name ("Relawan Contoh")
    handle: str | None = None     # username without "@" ("relawan_contoh")
    id: str | None = None         # stable numeric/opaque id ("1234567", "UC...")
    url: str | None = None        # URL of the page/account/post
    type: str | None = None       # "page", "account", "group", "channel", "post", "video", "person", "chat"

    def is_empty(self) -> bool:
        return not (self.name or self.handle or self.id or self.url)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "handle": self.handle, "id": self.id,
                "url": self.url, "type": self.type}


@dataclass(frozen=True, slots=True)
class MediaRef:
    """A media file inside the archive (path as the archive names it)."""

    path: str                          # member path inside the archive ("" if only remote)
    type: str = "photo"                # "photo" | "video" | "sticker" | "other"
    taken: datetime | None = None      # capture date from metadata (aware UTC) or None
    uri: str | None = None             # the URI as written in the archive, if different


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where an item came from: the member path and the index inside it."""

    file: str
    index: int


@dataclass(slots=True)
class Item:
    platform: Platform
    kind: Kind
    timestamp: datetime | None          # aware UTC, or None when unknown/bogus
    source: SourceRef
    target: Target | None = None
    text: str | None = None             # the item's own text (post, comment, caption, message)
    url: str | None = None              # URL of the item itself, if the archive gives it
    media: tuple[MediaRef, ...] = ()
    # Platform details that matter for rules or cleanup, e.g.
    #   "membership": "joined" | "left" | "admin"; "reaction": "LOVE";
    #   "title": the archive's sentence; "shared_from": name; "forwarded_from": name;
    #   "chat": chat name for messages; "owner": account owner name.
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_target(self) -> bool:
        return self.target is not None and not self.target.is_empty()

    @property
    def has_text(self) -> bool:
        return bool(self.text and self.text.strip())

    def fingerprint(self) -> str:
        """A content-based id that stays the same across two exports of one account.

        Used to compare an older and a newer archive (proof of cleanup): the
        member path and index change between exports, the content does not.
        """
        t = self.target
        parts = [
            self.platform.value, self.kind.value,
            str(int(self.timestamp.timestamp())) if self.timestamp else "",
            (t.id or t.handle or t.url or t.name or "") if t else "",
            self.url or "",
            (self.text or "")[:500],
            "|".join(m.path.rsplit("/", 1)[-1] for m in self.media),
            str(self.extra.get("membership", "")),
        ]
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]

    def to_json(self) -> dict[str, Any]:
        return {
            "platform": self.platform.value,
            "kind": self.kind.value,
            "timestamp": iso(self.timestamp),
            "target": self.target.to_json() if self.target else None,
            "text": self.text,
            "url": self.url,
            "media": [m.path for m in self.media],
            "source": {"file": self.source.file, "index": self.source.index},
            "extra": self.extra,
        }


def item_from_json(d: dict[str, Any]) -> Item:
    """The inverse of ``Item.to_json`` (used when results are reopened from the store)."""
    t = d.get("target")
    ts = d.get("timestamp")
    src = d.get("source") or {}
    return Item(
        platform=Platform(d["platform"]), kind=Kind(d["kind"]),
        timestamp=datetime.fromisoformat(ts.replace("Z", "+00:00")) if ts else None,
        source=SourceRef(str(src.get("file", "")), int(src.get("index", 0))),
        target=Target(**{k: t.get(k) for k in ("name", "handle", "id", "url", "type")}) if t else None,
        text=d.get("text"), url=d.get("url"),
        media=tuple(MediaRef(p) for p in d.get("media") or ()),
        extra=dict(d.get("extra") or {}),
    )


def iso(ts: datetime | None) -> str | None:
    return ts.isoformat().replace("+00:00", "Z") if ts else None
