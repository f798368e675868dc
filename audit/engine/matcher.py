"""Compile a RuleSet into Aho-Corasick automata and account indexes; scan one field.

One automaton holds every phrase of every pack (aliases, numbers with vote
verbs, support/oppose phrases, context words...), so matching costs the same
with 50 or 50,000 aliases. Matches must sit on word boundaries of the
normalized text. Hashtags get a second pass: each hashtag is normalized and
glued together (``#AniesPresiden`` / ``#aniespresiden`` → ``aniespresiden``)
and searched for known words inside it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

import ahocorasick

from audit.engine.normalize import Normalizer
from audit.rules.model import Account, RuleSet

# Hit categories
ALIAS, NUM, SUPPORT, OPPOSE, ELECTION, VOLUNTEER, NEUTRAL, EXCL, MEMBER, DUTY, OFFICE, CONTEXT, NSRC = (
    "alias", "num", "support", "oppose", "election", "volunteer", "neutral", "excl", "member", "duty",
    "office", "context", "nsrc")

GESTURE_TOKENS = {"onefinger", "vsign", "metalsign", "oksign"}
_HASHTAG = re.compile(r"#[^\s#]+")
# Dates, times and scores ("14.02.24", "01/02/2024", "13.00", "2-0"): their parts are not ballot numbers.
_NOT_GLUED = re.compile(r"[^0-9a-z]+")
# Minang "duo" (two) is also the everyday word for a pair of people ("duo maut"): the normalizer
# leaves it a word, and it is read as a number only after "nomor"/"no urut" and the like.
NUMERALS_AFTER_NUMBER_WORD = {2: ("duo",)}
_DATEISH = re.compile(r"(?<![0-9])[0-9]{1,4}(?:[./:-][0-9]{1,4}){1,2}(?![0-9])")


@dataclass(slots=True)
class Hit:
    start: int          # normalized offsets [start, end)
    end: int
    cat: str
    data: tuple         # type: ignore[type-arg]
    hashtag: bool = False


@dataclass(slots=True)
class FieldScan:
    field: str
    raw: str
    norm: str
    hits: list[Hit]
    _map: tuple[list[int], list[int]] | None = None
    _normalizer: Normalizer | None = None
    _cats: frozenset[str] | None = None

    def of(self, cat: str) -> list[Hit]:
        if not self.hits:
            return []
        return [h for h in self.hits if h.cat == cat]

    def has(self, cat: str) -> bool:
        cats = self._cats
        if cats is None:
            # The auditor asks several times per field; one pass answers them all.
            cats = self._cats = frozenset([h.cat for h in self.hits])
        return cat in cats

    def original_span(self, h: Hit) -> tuple[int, int]:
        if h.hashtag:
            return h.start, h.end  # hashtag hits carry original offsets already
        if self._map is None:
            assert self._normalizer is not None
            norm, starts, ends = self._normalizer.normalize_mapped(self.raw)
            self._map = (starts, ends)
        starts, ends = self._map
        if not starts or h.start >= len(starts):
            return 0, len(self.raw)
        return starts[h.start], ends[min(h.end, len(ends)) - 1]

    def words_between(self, a: int, b: int) -> int:
        if b <= a:
            return 0
        return len(self.norm[a:b].split())


def _key_url(url: str) -> str | None:
    try:
        u = urlsplit(url.strip() if "://" in url else "https://" + url.strip())
    except ValueError:
        return None
    host = (u.hostname or "").lower()
    for pre in ("www.", "m.", "web.", "mobile.", "mbasic."):
        if host.startswith(pre):
            host = host[len(pre):]
    host = {"twitter.com": "x.com", "fb.com": "facebook.com", "instagr.am": "instagram.com",
            "youtu.be": "youtube.com", "telegram.me": "t.me"}.get(host, host)
    path = u.path.rstrip("/").lower()
    return host + path if host else None


_URL_HANDLE = {
    "instagram.com": re.compile(r"^/([a-z0-9_.]+)"), "threads.net": re.compile(r"^/@([a-z0-9_.]+)"),
    "x.com": re.compile(r"^/([a-z0-9_]+)"), "tiktok.com": re.compile(r"^/@([a-z0-9_.]+)"),
    "facebook.com": re.compile(r"^/([a-z0-9.]+)"), "youtube.com": re.compile(r"^/@([a-z0-9_.\-]+)"),
    "t.me": re.compile(r"^/([a-z0-9_]+)"),
}
_NOT_HANDLES = {"i", "p", "reel", "reels", "stories", "explore", "groups", "pages", "profile.php", "watch",
                "share", "intent", "home", "search", "hashtag", "events", "photo", "photo.php", "video",
                "videos", "permalink.php", "story.php", "s", "c", "channel", "user", "playlist", "shorts",
                "web", "status", "messages", "tv"}
PLATFORM_HOSTS = {"instagram.com": "instagram", "threads.net": "threads", "x.com": "x", "tiktok.com": "tiktok",
                  "facebook.com": "facebook", "youtube.com": "youtube", "t.me": "telegram"}


def _pack_words(rs: RuleSet) -> set[str]:
    texts: list[str] = []
    for ent in rs.entities.values():
        texts += [*ent.aliases, *ent.ambiguous, *ent.slogans, *ent.context, *ent.offices, *ent.name_patterns]
    voc = rs.vocabulary
    for words in (voc.election_words, voc.volunteer_words, voc.vote_verbs, voc.weak_vote_verbs, voc.number_words,
                  voc.neutral_phrases, voc.exclusions, voc.membership_words, voc.duty_words):
        texts += words
    for g in (*voc.support, *voc.oppose):
        texts += g.phrases
    return {w for t in texts for w in re.findall(r"[a-z]+", t.lower()) if _TRIPLE.search(w)}


_TRIPLE = re.compile(r"([a-z])\1\1")


def handle_from_url(url: str | None) -> tuple[str, str] | None:
    """(platform, handle) when a URL names an account (x.com/<handle>/status/..., tiktok.com/@<h>)."""
    if not url:
        return None
    key = _key_url(url)
    if not key or "/" not in key:
        return None
    host, path = key.split("/", 1)
    rx = _URL_HANDLE.get(host)
    if not rx:
        return None
    m = rx.match("/" + path)
    if not m or m.group(1) in _NOT_HANDLES:
        return None
    return PLATFORM_HOSTS[host], m.group(1)


class CompiledRules:
    """Everything the auditor needs from a RuleSet, precomputed once."""

    def __init__(self, rs: RuleSet) -> None:
        self.rs = rs
        # Pack words are spelled as meant: "ppp" must not be read as a stretched "p".
        base = Normalizer(_pack_words(rs))
        patterns: dict[str, list[tuple[str, tuple]]] = defaultdict(list)  # type: ignore[type-arg]

        def add(raw: str, cat: str, data: tuple) -> None:  # type: ignore[type-arg]
            n = base.normalize(raw)
            if n:
                patterns[n].append((cat, data))

        voc = rs.vocabulary
        self.number_entities: dict[int, list[str]] = defaultdict(list)
        self.hashtag_entities: dict[str, str] = {}
        for ent in rs.entities.values():
            for a in ent.aliases:
                add(a, ALIAS, (ent.id, "strong"))
            for a in ent.ambiguous:
                add(a, ALIAS, (ent.id, "ambiguous"))
            for a in ent.slogans:
                add(a, ALIAS, (ent.id, "slogan"))
            for a in ent.gestures:
                n = base.normalize(a)
                add(a, ALIAS, (ent.id, "bare_gesture" if n in GESTURE_TOKENS else "gesture"))
            for h in ent.hashtags:
                self.hashtag_entities[base.normalize(h).replace(" ", "")] = ent.id
            for c in ent.context:
                add(c, CONTEXT, (ent.id,))
            for o in ent.offices:
                add(o, OFFICE, (ent.id,))
            if ent.number is not None and ent.type in ("pair", "party"):
                self.number_entities[ent.number].append(ent.id)
        # Team name patterns: "{alias}" stands for every name of the pair and its candidates.
        for ent in rs.entities.values():
            if ent.type != "team" or not ent.name_patterns or not ent.pair:
                continue
            pair = rs.entities.get(ent.pair)
            names: list[str] = []
            for e in [pair] + [rs.entities[m] for m in (pair.members if pair else ()) if m in rs.entities]:
                if e is not None:
                    names.extend(e.aliases)
                    names.extend(a for a in e.ambiguous if not a.isdigit())
            for pat in ent.name_patterns:
                for nm in names:
                    add(pat.replace("{alias}", nm), ALIAS, (ent.id, "team"))
        # Ballot numbers with verbs and number words.
        strong_verbs = voc.vote_verbs
        weak_verbs = voc.weak_vote_verbs
        nwords = voc.number_words
        for n in self.number_entities:
            forms = [str(n)] + ([f"0{n}"] if n < 10 else [])
            padded = [f"0{n}"] if n < 10 else []
            for f in forms:
                for v in strong_verbs:
                    add(f"{v} {f}", NUM, (n, "vote"))
                    for w in nwords:
                        add(f"{v} {w} {f}", NUM, (n, "vote"))
                for v in weak_verbs:
                    for w in nwords:
                        add(f"{v} {w} {f}", NUM, (n, "weakvote"))
                for w in nwords:
                    add(f"{w} {f}", NUM, (n, "weaknamed" if w in ("nomor", "no") else "named"))
            for f in padded:
                for v in weak_verbs:
                    add(f"{v} {f}", NUM, (n, "weakvote"))
            # Numerals that are also everyday words count only after a number word ("nomor duo").
            for f in NUMERALS_AFTER_NUMBER_WORD.get(n, ()):
                for w in nwords:
                    add(f"{w} {f}", NUM, (n, "weaknamed" if w in ("nomor", "no") else "named"))
                    for v in strong_verbs:
                        add(f"{v} {w} {f}", NUM, (n, "vote"))
                    for v in weak_verbs:
                        add(f"{v} {w} {f}", NUM, (n, "weakvote"))
        for g in voc.support:
            for p in g.phrases:
                add(p, SUPPORT, (g.strength, g.position, g.call))
        for g in voc.oppose:
            for p in g.phrases:
                add(p, OPPOSE, (g.strength, g.position))
        for cat, words in ((ELECTION, voc.election_words), (VOLUNTEER, voc.volunteer_words),
                           (NEUTRAL, voc.neutral_phrases), (EXCL, voc.exclusions),
                           (MEMBER, voc.membership_words), (DUTY, voc.duty_words)):
            for w in words:
                add(w, cat, ())
        for ns in rs.neutral_sources:
            for p in ns.name_patterns:
                add(p, NSRC, (ns.id,))
            add(ns.name, NSRC, (ns.id,))

        words = {w for p in patterns for w in p.split(" ")}
        self.vocab = words | set(self.hashtag_entities)
        self.vocab |= {p.replace(" ", "") for p in patterns if " " in p}
        self.normalizer = Normalizer(self.vocab, words)
        # Patterns normalized without vocabulary may differ from how text normalizes with it
        # ("menang 1 putaran" is stable, but stretched or leet spellings in packs are not):
        # re-normalize with the final normalizer so both sides agree.
        final: dict[str, list[tuple[str, tuple]]] = defaultdict(list)  # type: ignore[type-arg]
        for p, payloads in patterns.items():
            final[self.normalizer.normalize(p)].extend(payloads)
        # Tuples, not lists: a tuple of strings is dropped from the collector's watch after
        # its first pass, while 140,000 lists would be walked by every full collection
        # for as long as the auditor lives (the automaton shares the same tuples).
        self.patterns: dict[str, tuple] = {p: tuple(pl) for p, pl in final.items()}  # type: ignore[type-arg]
        final.clear()
        self.auto = ahocorasick.Automaton()
        # One-letter patterns would fire on that letter inside every word (thousands of
        # rejected matches per text); they are found as whole words by a regex instead.
        short = {p: (len(p), pl) for p, pl in self.patterns.items() if len(p) == 1}
        for p, payloads in self.patterns.items():
            if p not in short:
                self.auto.add_word(p, (len(p), payloads))
        self.auto.make_automaton()
        self._short = short
        # The letter first (a fast literal search), then "not after a word char, not before one".
        self._short_rx = (re.compile("[" + "".join(map(re.escape, short)) + r"](?<![^ #].)(?![^ ])")
                          if short else None)
        # The regex's condition as substring tests (a C-speed search, no per-position lookbehind).
        self._short_needles = tuple(needle for c in short for needle in (f" {c} ", f"#{c} "))
        # Hashtag automaton: glued forms, searched inside a glued hashtag.
        self.tag_auto = ahocorasick.Automaton()
        glued: dict[str, list[tuple[str, tuple]]] = defaultdict(list)  # type: ignore[type-arg]
        for p, payloads in self.patterns.items():
            g = p.replace(" ", "")
            keep = [pl for pl in payloads if pl[0] in (ALIAS, NUM, SUPPORT, OPPOSE, ELECTION, VOLUNTEER)]
            if keep and len(g) >= 3:
                glued[g].extend(keep)
        for h, eid in self.hashtag_entities.items():
            glued[h].append((ALIAS, (eid, "hashtag")))
        for g, payloads in glued.items():
            self.tag_auto.add_word(g, (len(g), tuple(payloads)))
        if glued:
            self.tag_auto.make_automaton()
        self._has_tags = bool(glued)
        # Counting nouns and quantity words, normalized as texts are ("lbr", "org" stay as typed).
        self.count_after = frozenset(self.normalizer.normalize(w) for w in voc.count_words) - {""}
        self.quantity_before = frozenset(self.normalizer.normalize(w) for w in voc.quantity_words) - {""}
        # Place words are looked up word by word only in account names that hold a party's short
        # name (never in the automaton: city names fill ordinary posts and would cost every text).
        self.place_tokens = frozenset(t for w in voc.place_words for t in self.normalizer.normalize(w).split())
        # Parties' short names as glued into handles ("pksjabar"): the glued automaton skips names
        # under four letters inside a longer tag ("pan" in "pantai"), so branch handles are read
        # from their two ends instead. A short name shared by two parties names neither.
        shorts: dict[str, set[str]] = defaultdict(set)
        for ent in rs.entities.values():
            if ent.type == "party":
                for a in ent.ambiguous:
                    g = _NOT_GLUED.sub("", a.lower())
                    if len(g) >= 2:
                        shorts[g].add(ent.id)
        self.party_short = {g: next(iter(ids)) for g, ids in shorts.items() if len(ids) == 1}
        self.party_short_len = sorted({len(g) for g in self.party_short})
        # One C-level test first: most followed handles contain no party name at all.
        self.party_short_re = re.compile("|".join(sorted(map(re.escape, self.party_short), key=len, reverse=True))) \
            if self.party_short else None
        self._build_accounts(rs)
        # A scan kept as its normalized text (no hit), or as (normalized text, hit fields).
        self._cache: dict[tuple[str, str], str | tuple[str, tuple]] = {}  # type: ignore[type-arg]
        self._names: dict[str, str] = {}

    # -- accounts -------------------------------------------------------------------------
    def _build_accounts(self, rs: RuleSet) -> None:
        self.acc_handle: dict[tuple[str, str], tuple[str, str]] = {}
        self.acc_id: dict[str, tuple[str, str]] = {}
        self.acc_url: dict[str, tuple[str, str]] = {}
        self.acc_name: dict[str, tuple[str, str]] = {}

        def index(acc: Account, owner: tuple[str, str]) -> None:
            if acc.handle:
                # A handle is only unique on its own platform; "any" means the pack says so.
                self.acc_handle[(acc.platform, acc.handle.lower())] = owner
            if acc.id:
                self.acc_id[str(acc.id)] = owner
            if acc.url:
                k = _key_url(acc.url)
                if k:
                    self.acc_url[k] = owner
                hu = handle_from_url(acc.url)
                if hu:
                    self.acc_handle.setdefault((hu[0], hu[1]), owner)
            if acc.name:
                self.acc_name[self.normalizer.normalize(acc.name)] = owner

        for ent in rs.entities.values():
            for acc in ent.accounts:
                index(acc, ("entity", ent.id))
        for ns in rs.neutral_sources:
            for acc in ns.accounts:
                index(acc, ("neutral", ns.id))

    def lookup_account(self, platform: str, handle: str | None, id_: str | None, url: str | None,
                       name: str | None) -> tuple[tuple[str, str], str] | None:
        """((kind, owner id), field) for a target that is a known account."""
        if handle:
            h = handle.lstrip("@").lower()
            owner = self.acc_handle.get((platform, h)) or self.acc_handle.get(("any", h))
            if owner:
                return owner, "target.handle"
        if id_ and str(id_) in self.acc_id:
            return self.acc_id[str(id_)], "target.id"
        if url:
            k = _key_url(url)
            if k:
                for cand in (k, k.split("?")[0]):
                    if cand in self.acc_url:
                        return self.acc_url[cand], "target.url"
            hu = handle_from_url(url)
            if hu:
                owner = self.acc_handle.get(hu) or self.acc_handle.get(("any", hu[1]))  # type: ignore[arg-type]
                if owner:
                    return owner, "target.url"
        if name and self.acc_name:
            owner = self.acc_name.get(self._norm_name(name))
            if owner:
                return owner, "target.name"
        return None

    def _norm_name(self, name: str) -> str:
        # Names repeat (one page liked a thousand times); memoized with a bound.
        n = self._names.get(name)
        if n is None:
            if len(self._names) > 50_000:
                self._names.clear()
            n = self._names[name] = self.normalizer.normalize(name)
        return n

    # -- scanning -------------------------------------------------------------------------
    def scan(self, field: str, raw: str) -> FieldScan:
        # Page, group and account names repeat a lot in one archive (many likes on one page).
        # Free texts (posts, comments) rarely repeat except one-liners ("Aamiin", "Mantap pak");
        # keeping every scanned post alive only fed the garbage collector (more full passes).
        if len(raw) > (200 if field != "text" else 32):
            return self._scan(field, raw)  # never kept, so never looked up
        key = (field, raw)
        cached = self._cache.get(key)
        if cached is not None:
            if type(cached) is str:
                # Nothing matched: only the normalized text was kept (see below).
                return FieldScan(field, raw, cached, [], None, self.normalizer)
            norm, kept = cached
            return FieldScan(field, raw, norm, [Hit(*h) for h in kept], None, self.normalizer)
        fs = self._scan(field, raw)
        if len(self._cache) >= 50_000:
            self._cache.clear()
        # Kept as plain strings and tuples, which the collector stops watching after one
        # pass: a kept FieldScan, its list, hits and category set would be walked by every
        # full collection (most names match nothing: the normalized string is enough).
        self._cache[key] = (fs.norm, tuple([(h.start, h.end, h.cat, h.data, h.hashtag) for h in fs.hits])
                            ) if fs.hits else fs.norm
        return fs

    def scan_glued(self, field: str, raw: str) -> FieldScan:
        """Scan a handle as one glued word, the way hashtags are read ("tkn.prabowogibran").

        Handles drop spaces, so names inside them are only found glued. Hits span the
        whole value: a handle is evidence as a whole.
        """
        glued, found = self.glued_payloads(field, raw)
        n = len(raw)
        return FieldScan(field, raw, glued, [Hit(0, n, cat, data, True) for cat, data in found], None,
                         self.normalizer)

    def glued_payloads(self, field: str, raw: str) -> tuple[str, tuple[tuple[str, tuple], ...]]:  # type: ignore[type-arg]
        """What ``scan_glued`` finds, as (glued text, (category, data) per hit in order),
        without building the hits (most handles name no one, and the auditor decides from
        the categories and data alone)."""
        key = ("glued:" + field, raw)
        cached = self._cache.get(key)
        if cached is not None:  # one followed account is seen again in likes, saves, comments
            if type(cached) is str:
                return cached, ()
            return cached  # type: ignore[return-value]
        glued = _NOT_GLUED.sub("", raw.lower())
        found: list[tuple[str, tuple]] = []  # type: ignore[type-arg]
        if len(glued) >= 3 and self._has_tags:
            # The same reading as one hashtag (see _scan_hashtags), without the regex pass
            # and without building each hit twice: a glued handle is one tag by construction.
            tag = self.normalizer.normalize(glued).replace(" ", "")
            last = len(tag) - 1
            if last >= 2:
                for end, (ln, payloads) in self.tag_auto.iter(tag):
                    whole = end == last and ln == last + 1
                    if not whole and ln < 4:
                        continue
                    for cat, data in payloads:
                        if not whole and cat == ALIAS and data[1] == "hashtag":
                            continue
                        found.append((cat, data))
        if len(self._cache) >= 50_000:
            self._cache.clear()
        # Plain strings and tuples only, as in ``scan``.
        entry = (glued, tuple(found))
        self._cache[key] = entry if found else glued
        return entry

    def glued_spans(self, raw: str) -> tuple[str, list[tuple[int, int, str, tuple]]]:  # type: ignore[type-arg]
        """The glued reading of a handle with where each piece sits: (glued text, [(start, end,
        category, data)]). The same pieces as ``glued_payloads``, for the rare handle whose
        make-up matters (a bare party word with only fan words glued to it)."""
        tag = self.normalizer.normalize(_NOT_GLUED.sub("", raw.lower())).replace(" ", "")
        out: list[tuple[int, int, str, tuple]] = []  # type: ignore[type-arg]
        if len(tag) < 3 or not self._has_tags:
            return tag, out
        for end, (ln, payloads) in self.tag_auto.iter(tag):
            if ln < 4 and ln != len(tag):
                continue
            for cat, data in payloads:
                out.append((end - ln + 1, end + 1, cat, data))
        return tag, out

    def _scan(self, field: str, raw: str) -> FieldScan:
        norm = self.normalizer.normalize(raw)
        hits: list[Hit] = []
        add = hits.append
        n = len(norm)
        for end, (ln, payloads) in self.auto.iter(norm):
            start = end - ln + 1
            if start > 0 and norm[start - 1] not in " #":
                continue
            end += 1
            if end < n and norm[end] != " ":
                continue
            for cat, data in payloads:
                add(Hit(start, end, cat, data))
        if self._short_needles and self._short_word(norm):
            n_before = len(hits)
            for m in self._short_rx.finditer(norm):
                a = m.start()
                for cat, data in self._short[m.group()][1]:
                    hits.append(Hit(a, a + 1, cat, data))
            if len(hits) > n_before and n_before:
                # Same order as the automaton gives: by end, shorter after longer (stable sort).
                hits.sort(key=_end)
        if self._has_tags and "#" in raw:
            hits.extend(self._scan_hashtags(raw))
        fs = FieldScan(field, raw, norm, _clean(hits) if len(hits) > 1 else hits, None, self.normalizer)
        for h in fs.hits:
            if h.cat == ALIAS:  # only a name can be a bare number inside a date
                _drop_dated_numbers(fs)
                break
        norm = fs.norm
        for h in fs.hits:
            # Only a number hit, or a name that is a bare number, can end in a number. Hashtag
            # hits carry offsets into their own tag, not into ``norm``; counts skip them anyway.
            if (h.cat == NUM or h.cat == ALIAS) and not h.hashtag and 0 < h.end <= len(norm) \
                    and norm[h.end - 1].isdigit():
                self._drop_counts(fs)
                break
        return fs

    def _drop_counts(self, fs: FieldScan) -> None:
        """Remove number hits that count things ("nyoblos! 5 surat suara", "nyoblos 2 kali",
        "ada 3 TPS"): a number followed by a counting noun or unit, or after a quantity word.
        "Nomor" in the hit names a ballot number whatever follows; "<noun> ini" ("kali ini",
        "hari ini") means "this time" / "today"."""
        norm = fs.norm
        drop = set()
        for h in fs.hits:
            if h.hashtag or h.cat not in (NUM, ALIAS):
                continue
            words = norm[h.start:h.end].split(" ")
            if not words[-1].isdigit() or "nomor" in words:
                continue
            after = norm[h.end:h.end + 40].split(" ", 4)[1:4]
            counted = False
            if after:
                for k in (2, 1):
                    if len(after) >= k and " ".join(after[:k]) in self.count_after:
                        counted = not (len(after) > k and after[k] == "ini")
                        break
            if not counted and h.start > 0:
                before = norm[max(0, h.start - 20):h.start].split()
                counted = bool(before) and before[-1] in self.quantity_before
            if counted:
                drop.add(id(h))
        if drop:
            fs.hits = [h for h in fs.hits if id(h) not in drop]
            fs._cats = None

    def _short_word(self, norm: str) -> bool:
        """Does a one-letter pattern stand as a whole word (after a space, '#' or the start,
        before a space or the end) anywhere in ``norm``? Most texts have none."""
        padded = f" {norm} "
        for needle in self._short_needles:
            if needle in padded:
                return True
        return False

    def _scan_hashtags(self, raw: str) -> list[Hit]:
        out: list[Hit] = []
        for m in _HASHTAG.finditer(raw):
            glued = self.normalizer.normalize(m.group()[1:]).replace(" ", "")
            if len(glued) < 3:
                continue
            a, b = m.span()
            for end, (ln, payloads) in self.tag_auto.iter(glued):
                start = end - ln + 1
                whole = start == 0 and end == len(glued) - 1
                for cat, data in payloads:
                    if not whole and ln < 4:
                        continue
                    if cat == ALIAS and data[1] == "hashtag" and not whole:
                        continue
                    # Offsets inside the glued tag: kept for adjacency tests via 'data' order.
                    out.append(Hit(a, b, cat, data + (("tag", a, start, end + 1),), hashtag=True))
        return out


def _drop_dated_numbers(fs: FieldScan) -> None:
    """Remove bare-number name hits that are parts of a date, time or score."""
    # The bare numbers first: few texts hold one, and the date search is a pass over the text.
    bare = [h for h in fs.hits if h.cat == ALIAS and not h.hashtag and fs.norm[h.start:h.end].isdigit()]
    if not bare:
        return
    spans = [m.span() for m in _DATEISH.finditer(fs.raw)]
    if not spans:
        return
    drop = set()
    for h in bare:
        a, b = fs.original_span(h)
        if any(x <= a and b <= y for x, y in spans):
            drop.add(id(h))
    if drop:
        fs.hits = [h for h in fs.hits if id(h) not in drop]
        fs._cats = None


def _end(h: Hit) -> int:
    return h.end


def _clean(hits: list[Hit]) -> list[Hit]:
    """Drop hits inside exclusions, and aliases inside a longer alias."""
    if len(hits) < 2:
        return hits  # one hit is never inside another, and an exclusion keeps itself
    excl = [(h.start, h.end) for h in hits if h.cat == EXCL]
    if excl:
        hits = [h for h in hits if h.cat in (EXCL, ELECTION, NEUTRAL, DUTY) or h.hashtag
                or not any(a <= h.start and h.end <= b for a, b in excl)]
    aliases = [h for h in hits if h.cat in (ALIAS, NUM) and not h.hashtag]
    if len(aliases) > 1:
        def covered(h: Hit) -> bool:
            return any(o is not h and o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start)
                       for o in aliases)
        hits = [h for h in hits if not (h.cat in (ALIAS, NUM) and not h.hashtag and covered(h))]
    return hits
