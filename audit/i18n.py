"""One translation catalogue for the engine, the CLI and the GUI.

Messages live in ``resources/i18n/*.toml`` (one file per area, merged at
load): each key has an ``id`` (Bahasa Indonesia, the default) and an ``en``
text, with ``{name}`` placeholders. A test fails when a key used in code is
missing a language.
"""

from __future__ import annotations

import string
import tomllib
from functools import lru_cache
from typing import Any

from audit.paths import resource_path

LANGS = ("id", "en")
DEFAULT_LANG = "id"
_current = DEFAULT_LANG


# Keys defined in more than one catalogue file (the first file wins); a test keeps it empty.
DUPLICATES: list[tuple[str, str]] = []


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    folder = resource_path("i18n")
    for f in sorted(folder.glob("*.toml")):
        with f.open("rb") as fh:
            data = tomllib.load(fh)
        _flatten("", data, merged, f.name)
    return merged


def _flatten(prefix: str, node: dict[str, Any], out: dict[str, dict[str, str]], fname: str) -> None:
    if "id" in node and isinstance(node["id"], str):
        if prefix in out:
            DUPLICATES.append((prefix, fname))
            return
        out[prefix] = {k: v for k, v in node.items() if isinstance(v, str)}
        return
    for k, v in node.items():
        if isinstance(v, dict):
            _flatten(f"{prefix}.{k}" if prefix else k, v, out, fname)


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGS else DEFAULT_LANG


def language() -> str:
    return _current


class _SafeDict(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def tr(key: str, lang: str | None = None, **params: Any) -> str:
    """Translate ``key``; unknown keys come back as the key itself (and a test catches them)."""
    lang = lang or _current
    entry = catalogue().get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry.get(DEFAULT_LANG) or key
    if params:
        text = string.Formatter().vformat(text, (), _SafeDict(params))
    return text


def both(key: str, **params: Any) -> dict[str, str]:
    return {lang: tr(key, lang, **params) for lang in LANGS}
