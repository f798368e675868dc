"""Blind indexes: keyed hashes that let the store look things up by value
(an item, a page, an account) without keeping the value in clear.

Identifiers are normalised first so that the same page matches whether the
archive wrote ``https://www.facebook.com/Page/`` or ``facebook.com/page``.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.model import Item, Target
from audit.security.cipher import Cipher

_SEP = "\x1f"


def norm_text(s: str) -> str:
    return " ".join(s.split()).casefold()


def norm_url(url: str) -> str:
    u = url.strip()
    for scheme in ("https://", "http://"):
        if u.lower().startswith(scheme):
            u = u[len(scheme):]
            break
    host, slash, rest = u.partition("/")
    host = host.lower()
    for prefix in ("www.", "m.", "mobile.", "web."):
        if host.startswith(prefix):
            host = host[len(prefix):]
            break
    path = rest.rstrip("/")
    return (host + slash + path).rstrip("/").casefold()


def target_identifiers(platform: str, target: Target | None) -> list[str]:
    """Every identifier of a target, best first (id, handle, url, name)."""
    if target is None:
        return []
    out: list[str] = []
    if target.id and str(target.id).strip():
        out.append(_SEP.join(("id", platform, str(target.id).strip())))
    if target.handle and target.handle.strip().lstrip("@"):
        out.append(_SEP.join(("handle", platform, target.handle.strip().lstrip("@").casefold())))
    if target.url and target.url.strip():
        out.append(_SEP.join(("url", platform, norm_url(target.url))))
    if target.name and target.name.strip():
        out.append(_SEP.join(("name", platform, norm_text(target.name))))
    return out


@dataclass(frozen=True, slots=True)
class TargetKeys:
    primary: bytes | None          # the best identifier the item has
    name: bytes | None             # the display name (Facebook often gives only that)
    all: tuple[bytes, ...]         # every identifier: what a "whole page" decision remembers


class Blinds:
    def __init__(self, cipher: Cipher) -> None:
        self._cipher = cipher

    def key(self, value: str) -> bytes:
        return self._cipher.blind_bytes(value)

    def item(self, fingerprint: str) -> bytes:
        return self.key("item" + _SEP + fingerprint)

    def finding(self, finding_id: str) -> bytes:
        return self.key("finding" + _SEP + finding_id)

    def account(self, platform: str, owner: str | None) -> bytes:
        return self.key(_SEP.join(("account", platform, norm_text(owner or ""))))

    def target(self, platform: str, target: Target | None) -> TargetKeys:
        idents = target_identifiers(platform, target)
        keys = tuple(self.key("target" + _SEP + i) for i in idents)
        name = next((k for i, k in zip(idents, keys, strict=True) if i.startswith("name" + _SEP)), None)
        return TargetKeys(keys[0] if keys else None, name, keys)

    def target_of(self, item: Item) -> TargetKeys:
        return self.target(item.platform.value, item.target)
