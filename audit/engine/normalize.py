"""Normalization of Indonesian social-media text, with a map back to the original.

Output: lowercase ASCII words separated by single spaces; ``#`` kept at the
start of hashtags; hand-gesture emoji turned into words (``vsign``...);
number words turned into digits (``dua`` → ``2``, ``kosong dua`` → ``02``);
chat abbreviations expanded (``yg`` → ``yang``, ``no``/``nmr`` → ``nomor``);
spaced-out letters joined (``g a n j a r``); leetspeak and stretched letters
fixed only when the fixed word is one the rule set knows (``pr4bowo``,
``menanggg``), otherwise letters and digits are split (``coblos02``).

Every step is a regex substitution, so the fast path runs at C speed. When a
match needs evidence, ``normalize_mapped`` runs the same steps while keeping,
for each output character, the span of the original text it came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from audit.rules.schema import GESTURE_EMOJI

Repl = str | Callable[[re.Match[str]], str]

_DROP = {"\ufe0f", "\ufe0e", "\u200d", "\u200b", "\u200c", "\u2060", "\u20e3", "\u00ad"}
_SKIN = range(0x1F3FB, 0x1F400)
_APOSTROPHES = "'\u2019\u2018`\u00b4"

NUMBER_WORDS = {
    "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6", "tujuh": "7",
    "delapan": "8", "sembilan": "9", "sepuluh": "10",
    # Javanese
    "siji": "1", "loro": "2", "telu": "3", "papat": "4", "limo": "5",
    # Sundanese, Minang, Bugis/Makassar, Batak, Balinese, Madurese ones that are no other word
    # ("duo", Minang two, is left out: "duo" is also the everyday word for a pair of people)
    "hiji": "1", "tilu": "3", "opat": "4", "ciek": "1", "tigo": "3", "ampek": "4", "seddi": "1",
    "tellu": "3", "sada": "1", "tolu": "3", "besik": "1", "settong": "1", "tello": "3",
}
ABBREVIATIONS = {
    "yg": "yang", "dgn": "dengan", "dg": "dengan", "utk": "untuk", "untk": "untuk",
    "no": "nomor", "nmr": "nomor", "nmor": "nomor", "nomer": "nomor", "nomo": "nomor", "nomoro": "nomor",
    "tdk": "tidak", "gak": "tidak", "ga": "tidak", "gk": "tidak", "nggak": "tidak", "ngga": "tidak",
    "enggak": "tidak", "engga": "tidak", "ndak": "tidak", "kagak": "tidak", "g": "tidak",
    "jgn": "jangan", "bpk": "pak", "bp": "pak", "pk": "pak", "bapak": "pak",
    "sy": "saya", "aq": "aku", "ak": "aku", "krn": "karena", "karna": "karena", "sdh": "sudah", "udh": "sudah",
    "udah": "sudah", "dah": "sudah", "bgt": "banget", "tp": "tapi", "tpi": "tapi", "sm": "sama", "jd": "jadi",
    "lg": "lagi", "kmrn": "kemarin", "dr": "dari", "pd": "pada", "dlm": "dalam", "presidenq": "presidenku",
    "ayok": "ayo", "ayuk": "ayo", "yuk": "ayo", "yok": "ayo", "hrs": "harus", "msh": "masih",
    # colloquial and regional forms ("milih" = pilih, Sundanese "hayu" = ayo)
    "milih": "pilih", "sampe": "sampai", "kalo": "kalau", "hayu": "ayo",
}
_LEET = str.maketrans({"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t", "8": "b", "9": "g",
                       "6": "g", "2": "z", "@": "a", "$": "s"})

_LEET_BYTES = bytes.maketrans(b"4310578962@$", b"aeiostbggzas")
# Runs of letters and runs of digits ("coblos02" -> "coblos", "02").
_RUNS_OF = re.compile(r"[a-z]+|[0-9]+")

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A whole word with an inner capital ("PrabowoGibran", "NasDem").
_CAMEL_WORD = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")
_SEP = re.compile(r"[^a-z0-9#@$\s" + re.escape(_APOSTROPHES) + r"]+|\s+")
# The same separators as a 1:1 table for the fast path (runs of spaces are collapsed later).
_SEP_TABLE = str.maketrans({chr(i): " " for i in range(128)
                            if not (chr(i).isalnum() or chr(i) in "#@$'`")})
# The same, plus lower-casing, as a byte table (apostrophes are deleted in the same pass).
_SEP_BYTES = bytes(ord(" ") if not (chr(i).isalnum() or chr(i) in "#@$'`") else ord(chr(i).lower())
                   for i in range(128)) + bytes(range(128, 256))
_APOS = re.compile("[" + re.escape(_APOSTROPHES) + "]+")
# Four or more single letters in a row ("g a n j a r"): three or fewer are lists ("a b c") and
# one-letter chat words ("y", "n", "k").
_SPACED = re.compile(r"(?<![a-z0-9#])(?:[a-z] ){3,}[a-z](?![a-z0-9])")
_TOKEN_FIX = re.compile(
    r"(?<![a-z0-9@$])[a-z0-9@$]*(?:([a-z])\1\1|([a-z])\2(?![a-z0-9@$])|[a-z][0-9@$]|[0-9@$][a-z])[a-z0-9@$]*")
_RUNS = re.compile(r"([a-z])\1+")
_RUNS3 = re.compile(r"([a-z])\1{2,}")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")
_ABBR = re.compile(r"(?<![a-z0-9])(?:" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")(?![a-z0-9])")
_NUMW = re.compile(r"(?<![a-z0-9])(?:(?:kosong|nol) )?(?:" + "|".join(NUMBER_WORDS) + r")(?![a-z0-9])")
_STRAY = re.compile(r"(?<![a-z0-9])[@$]+|[@$]+(?![a-z0-9])|#(?![a-z0-9])")
_SPACES = re.compile(r" {2,}")
# "kosong"/"nol" starting a word: "kosong dua" -> "02" spans two words.
_ZERO_WORD = re.compile(r"(?<![a-z0-9])(?:kosong|nol) ")
_EDGES = re.compile(r"^ +| +$")


@lru_cache(maxsize=8192)
def _char(c: str) -> str:
    if c in GESTURE_EMOJI:
        return " " + GESTURE_EMOJI[c] + " "
    if c in _DROP or ord(c) in _SKIN:
        return ""
    if c in _APOSTROPHES:
        return "'"
    base = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch))
    if base and base.isascii():
        return base if base.isalnum() else " "
    return " "


def _non_ascii(m: re.Match[str]) -> str:
    return _char(m.group())


def _abbr(m: re.Match[str]) -> str:
    return ABBREVIATIONS[m.group()]


def _numw(m: re.Match[str]) -> str:
    words = m.group().split(" ")
    if len(words) == 2:
        return "0" + NUMBER_WORDS[words[1]]
    return NUMBER_WORDS[words[0]]


class Normalizer:
    """Normalizes text; ``vocab`` (words the rule set knows) guides leetspeak and repeat fixing."""

    def __init__(self, vocab: Iterable[str] = (), words: Iterable[str] | None = None) -> None:
        # Abbreviations and number words are words too when leetspeak hides them ("n0 1" is
        # "no 1", "s4tu" is "satu"): without them such a token is split into letters and digits.
        self.vocab = frozenset(vocab) | ABBREVIATIONS.keys() | NUMBER_WORDS.keys()
        # Single words a spaced-out run may be split into (``vocab`` also holds glued phrases,
        # "ganjarmahfud", which would swallow the words a run is made of).
        self.words = self.vocab if words is None else frozenset(words)
        self._longest = min(max(map(len, self.words), default=0), 40)
        self._words: dict[str, str] = {}   # word -> normalized word(s), see ``normalize``
        self.steps: list[tuple[re.Pattern[str], Repl]] = [
            (_CAMEL_WORD, self._camel),
            (re.compile(r"[A-Z]+"), lambda m: m.group().lower()),
            (_APOS, ""),
            (_SEP, " "),
            (_SPACES, " "),
            (_SPACED, self._join_spaced),
            (_TOKEN_FIX, self._fix_token),
            (_STRAY, " "),
            (_ABBR, _abbr),
            (_NUMW, _numw),
            (_SPACES, " "),
            (_EDGES, ""),
        ]

    # -- token repair -------------------------------------------------------------------
    def _known(self, w: str) -> bool:
        return w in self.vocab

    def _join_spaced(self, m: re.Match[str]) -> str:
        # A whole line typed letter by letter ("A N I E S P R E S I D E N") joins into one run;
        # split it back at words the rule set knows, or it could never match a name.
        w = m.group().replace(" ", "")
        if w in self.words or len(w) < 5:
            return w
        return self._split_known(w) or w

    def _split_known(self, w: str) -> str | None:
        """``w`` as known words of two letters or more (fewest pieces), or None."""
        n = len(w)
        best: list[tuple[str, ...] | None] = [None] * (n + 1)
        best[0] = ()
        for i in range(n):
            done = best[i]
            if done is None:
                continue
            for j in range(i + 2, min(n, i + self._longest) + 1):
                if w[i:j] in self.words:
                    prev = best[j]
                    if prev is None or len(done) + 1 < len(prev):
                        best[j] = (*done, w[i:j])
        last = best[n]
        return " ".join(last) if last and len(last) > 1 else None

    def _camel(self, m: re.Match[str]) -> str:
        # CamelCase glues words ("PrabowoGibran"), except in names the rule set spells that
        # way ("NasDem"): splitting those would make the name unmatchable.
        w = m.group()
        return w if w.lower() in self.vocab else _CAMEL.sub(" ", w)

    def _fix_letters(self, w: str) -> str:
        # Stretching is 3+ repeats ("menanggg") or a doubled last letter ("mantapp"); inner
        # doubles are real spelling ("saat", "ummat", "allah") and stay.
        if not w or self._known(w):
            return w
        if _RUNS3.search(w):
            one = _RUNS3.sub(r"\1", w)
            if self._known(one):
                return one
            two = _RUNS3.sub(r"\1\1", w)
            if self._known(two):
                return two
            w = one
        if len(w) > 3 and w[-1] == w[-2] and self._known(w[:-1]):
            return w[:-1]
        return w

    def _fix_token(self, m: re.Match[str]) -> str:
        return self._fix_tok(m.group())

    def _fix_tok(self, tok: str) -> str:
        if self._known(tok):
            return tok
        # A _TOKEN_FIX match holds only [a-z0-9@$]: "not all letters" means a digit, @ or $.
        if not tok.isalpha():
            core = tok.strip("@$")
            if core and core != tok:
                lead = " " if tok[0] in "@$" else ""
                trail = " " if tok[-1] in "@$" else ""
                return lead + self._fix_token_core(core) + trail
            return self._fix_token_core(tok)
        return self._fix_letters(tok)

    def _fix_token_core(self, tok: str) -> str:
        if self._known(tok):
            return tok
        # tok holds only [a-z0-9@$]: some letter (what strip leaves) and something else.
        if not tok.isalpha() and tok.strip("0123456789@$"):
            leet = tok.encode("ascii").translate(_LEET_BYTES).decode("ascii")
            for cand in (leet, self._fix_letters(leet)):
                if self._known(cand):
                    return cand
            # Not a known word in disguise: a word glued to a number ("coblos02", "salam2jari"),
            # split into its runs of letters and of digits.
            fix = self._fix_letters
            return " ".join([fix(p) if p.isalpha() else p for p in _RUNS_OF.findall(tok)])
        return self._fix_letters(tok)

    # -- public ---------------------------------------------------------------------------
    def normalize(self, text: str) -> str:
        s = text if text.isascii() else _NON_ASCII.sub(_non_ascii, text)
        # Fast path: the same steps as ``self.steps``, with cheap checks to skip the ones that
        # cannot change anything; ``normalize_mapped`` (tested equal) runs them all.
        low = s.lower()
        # No capital, or capitals only after spaces and digits ("Kopi Kenangan 2"): no CamelCase.
        if low != s and not s.istitle() and _CAMEL.search(s):
            low = _CAMEL_WORD.sub(self._camel, s).lower()
        if low.isascii():  # always (non-ASCII was mapped above): one byte-table pass
            s = low.encode("ascii").translate(_SEP_BYTES, b"'`").decode("ascii")
        else:
            s = (_APOS.sub("", low) if "'" in low or "`" in low else low).translate(_SEP_TABLE)
        # From here every step but two acts inside one word, so words are normalized one by
        # one through a cache (everyday words repeat across millions of items). The two that
        # span words (spaced-out letters, "kosong dua") send the text down the regex chain.
        toks = s.split()
        if not toks:
            return ""
        # All words known: C-level passes only. Only plain words are cached (see below), so
        # a text with a one-letter word, or one whose form needs the checks after the join,
        # always takes the slow path.
        res = list(map(self._words.get, toks))
        if None not in res:
            return " ".join(res)
        if len(toks) > 2 and min(map(len, toks)) == 1 and any(len(t) == 1 and t.isalpha() for t in toks[1:-1]):
            return self._normalize_chain(s)
        cache = self._words
        if len(cache) > 200_000:
            cache.clear()  # bounded: memory stays flat on huge archives
        for i, r in enumerate(res):
            if r is None:
                t = toks[i]
                r = res[i] = self._word(t)
                # Plain: not a lone letter (the spaced-letter check), and a form that joined
                # with spaces can neither double a space, leave one at an edge, nor start a
                # "kosong dua" / "nol satu" pair (the checks below).
                if (len(t) > 1 or not t.isalpha()) and r and r[0] != " " and r[-1] != " " and \
                        "  " not in r and _ZERO_WORD.search(r + " ") is None:
                    cache[t] = r
        out = " ".join(res)
        if "  " in out:
            out = _SPACES.sub(" ", out)
        if out[:1] == " " or out[-1:] == " ":
            out = out.strip(" ")
        if ("kosong" in out or "nol" in out) and _ZERO_WORD.search(out):
            return self._normalize_chain(s)
        return out

    def _word(self, s: str) -> str:
        """The in-word steps of the chain on one word (no spaces in ``s``)."""
        if s.isalnum() and s.isascii():
            # Letters and digits only (most words): each regex of the chain below would match
            # the whole word or nothing, so plain tests say which.
            if s.isalpha():
                if (len(s) > 1 and s[-1] == s[-2]) or _RUNS3.search(s):  # stretched ("mantapp")
                    s = self._fix_tok(s)
            elif not s.isdigit():  # a letter next to a digit ("coblos02", "pr4bowo")
                s = self._fix_tok(s)
        else:
            s = _TOKEN_FIX.sub(self._fix_token, s)
            if "@" in s or "$" in s or "#" in s:
                s = _STRAY.sub(" ", s)
        if s.isalnum() and s.isascii():
            s = ABBREVIATIONS.get(s, s)
            return NUMBER_WORDS.get(s, s) if s.isalnum() else _NUMW.sub(_numw, s)
        s = _ABBR.sub(_abbr, s)
        return _NUMW.sub(_numw, s)

    def _normalize_chain(self, s: str) -> str:
        """The regex chain from the separator step on (``s`` already lower-cased and translated)."""
        if "  " in s:
            s = _SPACES.sub(" ", s)
        s = _SPACED.sub(self._join_spaced, s)
        s = _TOKEN_FIX.sub(self._fix_token, s)
        if "@" in s or "$" in s or "#" in s:
            s = _STRAY.sub(" ", s)
        s = _ABBR.sub(_abbr, s)
        s = _NUMW.sub(_numw, s)
        if "  " in s:
            s = _SPACES.sub(" ", s)
        if s[:1] == " " or s[-1:] == " ":
            s = s.strip(" ")
        return s

    def normalize_mapped(self, text: str) -> tuple[str, list[int], list[int]]:
        """Normalized text plus, per output char, the original [start, end) it came from."""
        s = text
        starts = list(range(len(text)))
        ends = list(range(1, len(text) + 1))
        steps: list[tuple[re.Pattern[str], Repl]] = [(_NON_ASCII, _non_ascii), *self.steps]
        for pat, repl in steps:
            s, starts, ends = _tracked_sub(pat, repl, s, starts, ends)
        return s, starts, ends


def _tracked_sub(pat: re.Pattern[str], repl: Repl, s: str, starts: list[int], ends: list[int]
                 ) -> tuple[str, list[int], list[int]]:
    found = pat.search(s)
    if found is None:
        return s, starts, ends  # most steps change nothing: no copy
    out: list[str] = []
    ns: list[int] = []
    ne: list[int] = []
    pos = 0
    for m in pat.finditer(s, found.start()):
        a, b = m.span()
        r = repl(m) if callable(repl) else repl
        if b - a == 1 and r == s[a]:
            continue  # one char for itself (a space for a space): kept with the run around it
        out.append(s[pos:a])
        ns.extend(starts[pos:a])
        ne.extend(ends[pos:a])
        if r:
            if b > a:
                st, en = starts[a], ends[b - 1]
            else:  # insertion: anchor on the next char (or the end)
                st = en = starts[a] if a < len(starts) else (ends[-1] if ends else 0)
            out.append(r)
            ns.extend([st] * len(r))
            ne.extend([en] * len(r))
        pos = b
    out.append(s[pos:])
    ns.extend(starts[pos:])
    ne.extend(ends[pos:])
    return "".join(out), ns, ne


def basic_normalizer() -> Normalizer:
    """A normalizer without rule-set vocabulary (for pack aliases and tests)."""
    return Normalizer()
