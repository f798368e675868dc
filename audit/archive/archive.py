"""An ``Archive`` is one export of one account: one or several sources seen as one tree.

Facebook and Instagram split big exports into several zips; the JSON index
and the media it references may sit in different parts. An ``Archive``
joins them, and answers the questions importers ask: "which members end
with this name?", "which member does this media URI point at?".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import BinaryIO

from audit.archive.members import Member, MemberSource

_NORM_RE = re.compile(r"[’'`]")


def norm_name(s: str) -> str:
    """Lower-case, apostrophes folded to ``_``: Meta writes ``pages_you've_liked.json``
    in some exports and ``pages_you_ve_liked.json`` in others."""
    return _NORM_RE.sub("_", s).lower()


class Archive:
    def __init__(self, sources: Iterable[MemberSource], name: str | None = None) -> None:
        self.sources = list(sources)
        self.name = name or (self.sources[0].label if self.sources else "")
        self._members: list[Member] | None = None
        self._by_norm: dict[str, list[Member]] | None = None
        self._by_base: dict[str, list[Member]] | None = None

    # -- listing ---------------------------------------------------------
    def members(self) -> list[Member]:
        if self._members is None:
            out: list[Member] = []
            for s in self.sources:
                out.extend(s.members())
            self._members = out
        return self._members

    @property
    def refused(self) -> list[tuple[str, str]]:
        return [r for s in self.sources for r in s.refused]

    def _index(self) -> None:
        by_norm: dict[str, list[Member]] = {}
        by_base: dict[str, list[Member]] = {}
        for m in self.members():
            n = norm_name(m.path)
            by_norm.setdefault(n, []).append(m)
            by_base.setdefault(n.rsplit("/", 1)[-1], []).append(m)
        self._by_norm, self._by_base = by_norm, by_base

    def by_basename(self, name: str) -> list[Member]:
        """Members whose file name equals ``name`` (apostrophes and case folded)."""
        if self._by_base is None:
            self._index()
        assert self._by_base is not None
        return list(self._by_base.get(norm_name(name), ()))

    def match(self, pattern: str | re.Pattern[str]) -> list[Member]:
        """Members whose normalized path matches ``pattern`` (``re.search``).

        Patterns are written against normalized paths: lower case, ``'`` as ``_``.
        """
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        return [m for m in self.members() if rx.search(norm_name(m.path))]

    def ends_with(self, suffix: str) -> list[Member]:
        """Members whose path ends with ``/suffix`` or equals it (normalized)."""
        s = norm_name(suffix).lstrip("/")
        return [m for m in self.members()
                if (p := norm_name(m.path)) == s or p.endswith("/" + s)]

    def has(self, suffix: str) -> bool:
        return bool(self.ends_with(suffix))

    def get(self, path: str) -> Member | None:
        if self._by_norm is None:
            self._index()
        assert self._by_norm is not None
        found = self._by_norm.get(norm_name(path))
        return found[0] if found else None

    # -- media URIs ------------------------------------------------------
    def resolve_uri(self, uri: str | None) -> Member | None:
        """Find the member a media URI points at, tolerating folder drift.

        Tries: the exact path; the URI as a suffix of a member path (wrapper
        folder, activity root moved); the URI without its first component(s);
        finally the file name alone when it is unique.
        """
        if not uri or uri.startswith(("http://", "https://")):
            return None
        u = norm_name(uri.replace("\\", "/").lstrip("./"))
        if self._by_norm is None:
            self._index()
        assert self._by_norm is not None and self._by_base is not None
        if u in self._by_norm:
            return self._by_norm[u][0]
        parts = u.split("/")
        for i in range(len(parts) - 1):
            tail = "/".join(parts[i:])
            cands = [m for m in self._by_base.get(parts[-1], ())
                     if norm_name(m.path) == tail or norm_name(m.path).endswith("/" + tail)]
            if cands:
                return cands[0]
        same = self._by_base.get(parts[-1], [])
        return same[0] if len(same) == 1 else None

    def open(self, member: Member) -> BinaryIO:
        return member.open()

    def close(self) -> None:
        for s in self.sources:
            s.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
