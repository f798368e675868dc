"""Repairs for text that platforms mangle.

Meta (Facebook, Instagram, Threads, Messenger) writes UTF-8 but escapes
every byte >= 0x80 as its own ``\\u00XX``, so a JSON decoder returns
Latin-1-looking text ("CafÃ©", "ð\\x9f\\x91\\x8d" for 👍). The repair
re-encodes such strings as Latin-1 and decodes them as UTF-8, and leaves
strings alone that are already fine.
"""

from __future__ import annotations

import unicodedata
from typing import Any


def fix_meta_text(s: str) -> str:
    if s.isascii():
        return s
    try:
        fixed = s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s
    return unicodedata.normalize("NFC", fixed)


def fix_meta_obj(obj: Any) -> Any:
    """Repair every string and every object key, recursively."""
    if isinstance(obj, str):
        return fix_meta_text(obj)
    if isinstance(obj, list):
        return [fix_meta_obj(x) for x in obj]
    if isinstance(obj, dict):
        return {fix_meta_text(k) if isinstance(k, str) else k: fix_meta_obj(v)
                for k, v in obj.items()}
    return obj


_CONTROL = {c: None for c in range(0x20) if c not in (0x09, 0x0A)}
_CONTROL.update({0x7F: None, 0x200E: None, 0x200F: None, 0x202A: None, 0x202B: None,
                 0x202C: None, 0x202D: None, 0x202E: None, 0x2066: None, 0x2067: None,
                 0x2068: None, 0x2069: None})


def strip_controls(s: str) -> str:
    """Drop control and bidi-override characters (for terminals and logs)."""
    return s.translate(_CONTROL)
