"""Putting back the spaces OCR drops ("PILIHNOMOR 1", "COBLOSNO2").

The rule engine matches words; OCR of a tight banner glues them. Splits are
only made where they are certain: between letters and digits, at a
lower-to-upper case change inside a hashtag ("#AniesPresiden"), and where
a glued token splits completely into words the rule packs use. A token
that is itself a known word, or does not split into known words, stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_TOKEN = re.compile(r"[A-Za-z0-9]+")
_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_DIGIT = re.compile(r"(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")

# Words campaign material glues most often, kept here so OCR text is repaired
# even before any rule pack is loaded; packs add their own words.
BASE_WORDS = frozenset("""
coblos nomor no nomer urut pilih dukung salam jari menang satu dua tiga putaran presiden
capres cawapres wakil paslon pasangan pemilu pilpres pilkada kampanye relawan tim pemenangan
lanjutkan perubahan indonesia maju untuk bersama rakyat nasional jaga demokrasi
""".split())


def vocabulary(words: Iterable[str]) -> frozenset[str]:
    out = set(BASE_WORDS)
    for w in words:
        for tok in _TOKEN.findall(w.lower()):
            if len(tok) >= 2 and not tok.isdigit():
                out.add(tok)
    return frozenset(out)


def _split(token: str, vocab: frozenset[str]) -> list[str] | None:
    """Fewest-words split of a lower-case token into vocabulary words, or None."""
    n = len(token)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(1, n + 1):
        for j in range(max(0, i - 24), i):
            prev = best[j]
            piece = token[j:i]
            if prev is not None and piece in vocab and (best[i] is None or len(prev) + 1 < len(best[i])):  # type: ignore[arg-type]
                best[i] = prev + [piece]
    return best[n]


def respace(text: str, vocab: frozenset[str] = BASE_WORDS) -> str:
    """``text`` with glued words separated; unchanged when nothing is certain."""
    return _respace(text, vocab)


@lru_cache(maxsize=4096)
def _respace(text: str, vocab: frozenset[str]) -> str:
    def fix(m: re.Match[str]) -> str:
        tok = m.group(0)
        parts: list[str] = []
        for piece in _DIGIT.split(_CASE.sub(" ", tok).replace(" ", "\x00")):
            for sub in piece.split("\x00"):
                if not sub:
                    continue
                low = sub.lower()
                if sub.isdigit() or low in vocab:
                    parts.append(sub)
                    continue
                split = _split(low, vocab)
                if split and len(split) > 1:
                    k = 0
                    for w in split:   # keep the original letters' case
                        parts.append(sub[k:k + len(w)])
                        k += len(w)
                else:
                    parts.append(sub)
        return " ".join(parts)
    return _TOKEN.sub(fix, text)
