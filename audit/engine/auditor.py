"""The auditor: one item in, zero or one finding out (the strongest reason, with all evidence).

Reading order: who the item points at (known account, or a page/group named
after a candidate or team), then what its text says (support, opposition,
ballot numbers, salutes, party membership), then context rules (ambiguous
names need election context, official duty posts and neutral sources lower
or cancel), then severity from the act, its explicitness and its date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from rapidfuzz.distance import Levenshtein

from audit.engine import matcher as M
from audit.engine.actions import action_for
from audit.engine.matcher import CompiledRules, FieldScan, Hit, handle_from_url
from audit.engine.scoring import PHASE_PRIORITY, category, sanction, severity
from audit.findings import Evidence, Finding
from audit.i18n import both, tr
from audit.model import Item, Kind
from audit.rules.model import Phase, RuleSet

STRENGTH_RANK = {"weak": 0, "medium": 1, "strong": 2}
_HASHTAG_AT = re.compile(r"#[^\s#]+")
INTERACTIONS = {Kind.LIKE, Kind.REACTION, Kind.SAVED, Kind.FOLLOW, Kind.PAGE_LIKE, Kind.GROUP_MEMBERSHIP, Kind.SHARE}
FIRST_PERSON = {"saya", "aku", "kami", "alhamdulillah", "resmi", "bangga", "gue", "gw"}
PHOTO_WITH = {"bareng", "bersama", "foto", "selfie", "wefie", "ketemu", "dengan"}
# Words of a prayer: there "#amin" closes the prayer, whatever election word the wish names.
EXCEPT_WORDS = frozenset({"selain", "kecuali"})
# Pronouns by which a later phrase points back at the person named earlier.
BACK_POINTING = frozenset({"dia", "beliau", "ia", "doi", "dese", "mereka", "paslon", "pasangan"})
MERCH_WORDS = frozenset({"kaos", "stiker", "spanduk", "atribut", "topi", "jaket", "rompi", "baliho", "bendera"})
PRAYER_WORDS = frozenset({"semoga", "moga", "doa", "doakan", "berdoa", "mendoakan", "aamiin", "amiin", "aamin",
                          "insyaallah", "insya", "inshaallah", "allah", "rabb", "tuhan", "lekas", "sembuh"})
CALL_WORDS = {"ayo", "mari", "jangan lupa", "pilihlah", "ajak"}
# Words an account adds to its own name ("nasdem.official", "pks_id"): not a topic of their own.
ACCOUNT_WORDS = frozenset({"official", "offisial", "resmi", "id", "ri"})
# How KPU, Bawaslu and the news introduce a pair's number ("pasangan calon nomor urut 01 X").
FORMAL_DESIGNATIONS = frozenset({"pasangan calon", "paslon", "capres", "cawapres", "calon presiden",
                                 "calon wakil presiden", "pasangan", "capres cawapres"})
_EXTRA_NAMES = tuple((key, f"extra.{key}") for key in ("chat", "shared_from", "forwarded_from"))


@dataclass(slots=True)
class Mention:
    entities: tuple[str, ...]
    form: str            # strong, ambiguous, slogan, gesture, bare_gesture, team, hashtag, vote, weakvote, named, weaknamed
    hit: Hit
    fs: FieldScan
    official: bool = False


@dataclass(slots=True)
class Claim:
    rule: str
    polarity: str        # support | oppose | membership | review
    explicit: str        # strong | medium | weak
    mention: Mention
    evidence: list[tuple[FieldScan, Hit]] = field(default_factory=list)
    call: bool = False
    gesture: bool = False

    @property
    def rank(self) -> tuple[int, int]:
        pol = {"membership": 3, "support": 2, "oppose": 2, "review": 0}[self.polarity]
        return pol, STRENGTH_RANK[self.explicit]


class Auditor:
    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.rules = CompiledRules(ruleset)
        self._phases_by_pack: dict[str, list[Phase]] = {}
        for ph in ruleset.phases:
            self._phases_by_pack.setdefault(ph.election, []).append(ph)
        self._ent = ruleset.entities
        # Long single-word names for typo-tolerant matching (only when the text is about the election).
        words: dict[str, set[str]] = {}
        for e in self._ent.values():
            if e.type not in ("candidate", "party"):
                continue
            for a in (*e.aliases, *e.ambiguous):
                for w in self.rules.normalizer.normalize(a).split(" "):
                    if len(w) >= 7 and w.isalpha():
                        words.setdefault(w, set()).add(e.id)
        self._fuzzy_words = {w: next(iter(ids)) for w, ids in words.items() if len(ids) == 1}
        # Symmetric-delete index: a typo at edit distance 1 shares a one-deletion variant with
        # the name, so lookup costs a few dict probes whatever the number of names.
        index: dict[str, set[str]] = {}
        for w in self._fuzzy_words:
            for v in _deletes(w):
                index.setdefault(v, set()).add(w)
        # Kept as tuples: tens of thousands of live sets would be walked by every full
        # garbage collection for the auditor's lifetime; tuples of strings are not.
        self._fuzzy_index: dict[str, tuple[str, ...]] = {v: tuple(ws) for v, ws in index.items()}
        self._fuzzy_cache: dict[str, str | None] = {}
        # id(phase) keys are stable: the phases live in self.ruleset as long as the auditor.
        self._explanations: dict[tuple, dict[str, str]] = {}  # type: ignore[type-arg]
        self._sanctions: dict[tuple[str | None, str, bool], dict[str, str]] = {}

    # ------------------------------------------------------------------ public API
    def phase_of(self, dt: datetime | None, pack: str | None = None) -> Phase | None:
        if dt is None:
            return None
        phases = self._phases_by_pack.get(pack, []) if pack else self.ruleset.phases
        inside = [p for p in phases if p.contains(dt)]
        if not inside:
            return None
        return max(inside, key=lambda p: PHASE_PRIORITY.get(p.kind, 0))

    def needs_manual_check(self, item: Item) -> bool:
        """Interactions whose archive gives neither text nor an identifiable target."""
        if item.kind not in INTERACTIONS or item.has_text:
            return False
        t = item.target
        if t is None:
            return True
        if t.name or t.handle or handle_from_url(t.url):
            return False
        if t.id and str(t.id) in self.rules.acc_id:
            return False
        title = item.extra.get("title")
        return not (isinstance(title, str) and title.strip())

    def audit_text(self, text: str, field: str = "media.ocr", when: datetime | None = None,
                   kind: Kind = Kind.PHOTO) -> list[dict]:  # type: ignore[type-arg]
        """Match free text (e.g. OCR of a photo) with the same rules; returns claims as dicts."""
        if not text or not text.strip():
            return []
        fs = self.rules.scan(field, text)
        out = []
        for c in self._claims([fs], when, kind):
            out.append({
                "rule": c.rule, "polarity": c.polarity, "explicit": c.explicit,
                "entities": list(c.mention.entities), "gesture": c.gesture, "call": c.call,
                "evidence": [self._evidence(f, h) for f, h in c.evidence],
            })
        return out

    def audit(self, item: Item, extra_fields: dict[str, str] | None = None) -> list[Finding]:
        scans: list[FieldScan] = []
        text = item.text
        if text and text.strip():
            scans.append(self.rules.scan("text", text))
        if extra_fields:
            for k, v in extra_fields.items():
                if v and v.strip():
                    scans.append(self.rules.scan(k, v))
        t = item.target
        if t is not None and t.type == "link" and t.name and t.name.strip():
            # A shared web link's title is what the link says (a headline), read as content like
            # the user's own words, not as the name of an account the user follows.
            scans.append(self.rules.scan("target.name", t.name))
        target_claim, neutral_target = self._target(item)
        claims = self._claims(scans, item.timestamp, item.kind) if scans else []
        if item.extra.get("poll_vote"):
            vote = self._poll_vote(item)
            if vote is not None:
                claims.append(vote)
        # On a neutral page (KPU, a news site) a comment naming a side is most often discussion,
        # so only explicit claims count there. A message in a chat named after an office ("Grup
        # Kantor Dinas ...") is different: that is where colleagues get canvassed.
        if neutral_target and item.kind is not Kind.MESSAGE:
            claims = [c for c in claims if c.explicit == "strong" and c.polarity in ("support", "oppose", "membership")]
            if target_claim is None and not claims:
                return []
        if target_claim is None and not claims:
            return []
        best = max(claims, key=lambda c: c.rank) if claims else None
        # "Ga pilih PKS lah" written on PKS's page: what the user says of that side (opposition)
        # is the finding, not the page's name.
        opposed = best is not None and target_claim is not None and best.polarity == "oppose" and bool(
            {self._side(e) for e in best.mention.entities} & {self._side(e) for e in target_claim.mention.entities})
        if target_claim is not None and not opposed and (best is None or best.polarity in ("review",) or
                                                         best.rank <= target_claim.rank):
            primary = target_claim
        else:
            assert best is not None
            primary = best
        evidence = list(primary.evidence)
        for c in ([target_claim] if target_claim and target_claim is not primary else []) + \
                 [c for c in claims if c is not primary]:
            for ev in c.evidence:
                if ev not in evidence:
                    evidence.append(ev)
        return [self._finding(item, primary, evidence, claims, target_claim)]

    # ------------------------------------------------------------------ target
    def _target(self, item: Item) -> tuple[Claim | None, bool]:
        t = item.target
        extra = item.extra
        rules = self.rules
        name_fields: list[tuple[str, str]] = []
        if t is not None:
            # A display name alone is looked up only when the packs list accounts by name.
            if t.handle or t.id or t.url or (t.name and rules.acc_name):
                found = rules.lookup_account(item.platform.value, t.handle, t.id, t.url, t.name)
            else:
                found = None
            if found:
                (kind, owner), fld = found
                if kind == "neutral":
                    return None, True
                ent = self._ent[owner]
                raw = {"target.handle": t.handle, "target.id": t.id, "target.url": t.url,
                       "target.name": t.name}[fld] or ""
                hit = Hit(0, len(raw), M.ALIAS, (owner, "account"), hashtag=True)
                fs = FieldScan(fld, raw, raw, [hit])
                m = Mention((ent.id,), "account", hit, fs)
                return Claim("target.known-account", "support", "strong", m, [(fs, hit)]), False
            if t.name and t.type != "link":
                name_fields.append(("target.name", t.name))
            if t.handle:
                name_fields.append(("target.handle", t.handle))
        if extra:  # most items carry no extra names
            for key, fld in _EXTRA_NAMES:
                v = extra.get(key)
                if isinstance(v, str) and v.strip():
                    name_fields.append((fld, v))
            if not (t and t.name) and isinstance(extra.get("title"), str) and item.kind in INTERACTIONS:
                name_fields.append(("extra.title", extra["title"]))
        neutral = False
        for fld, raw in name_fields:
            fs = rules.scan(fld, raw)
            if not fs.hits:
                continue
            if fs.has(M.ALIAS) or fs.has(M.NUM):  # else nothing below can name anyone
                strong = [h for h in fs.of(M.ALIAS) if h.data[1] in ("strong", "team", "hashtag")]
                ctx = fs.has(M.VOLUNTEER) or fs.has(M.ELECTION) or fs.has(M.CONTEXT)
                if not strong:
                    cats = {(h.cat, h.data[0] if h.cat == M.CONTEXT else None) for h in fs.hits}
                    strong = [h for h in fs.of(M.ALIAS) if h.data[1] == "ambiguous" and self._name_ctx(
                        h.data[0], cats, ctx, lambda h=h: _only_fan_words(
                            fs.norm, (h.start, h.end), [(x.start, x.end) for x in fs.of(M.VOLUNTEER)],
                            rules.place_tokens))]
                    if ctx:
                        strong += [h for h in fs.of(M.NUM)]
                if strong:
                    # A name names; a number beside it in an account name is as often a list
                    # position ("Caleg DPRD ... dari PKB No. Urut 4"), so a name comes first.
                    named = [x for x in strong if x.cat == M.ALIAS]
                    h = max(named or strong, key=lambda x: x.end - x.start)
                    ents = self._num_entities(h.data[0], item.timestamp) if h.cat == M.NUM else (h.data[0],)
                    if h.cat == M.ALIAS and fs.norm[h.start:h.end].isdigit() and \
                            self._unnumbered(self._side(h.data[0]), item.timestamp):
                        continue  # "Relawan 02" before the draw names no pair
                    if not ents:
                        continue
                    m = Mention(tuple(ents), "target", h, fs)
                    return Claim("target.named", "support", "strong", m, [(fs, h)]), False
            if fs.has(M.NSRC):
                neutral = True
        if t is not None and t.handle and not neutral:
            # Handles glue words ("sahabat_prabowogibran", "partaigelora"): read them glued,
            # as hashtags are, with the same rule (a full name or team name counts; a bare
            # short name needs campaign words glued to it).
            # Decided on the (category, data) pairs; the scan with its hits is built only
            # for a claim (most handles glue no name, or only a first name).
            glued, found = rules.glued_payloads("target.handle", t.handle)
            if not found:  # nothing glued inside: most followed accounts
                return self._branch_handle(glued, t.handle), neutral
            strong = [i for i, (cat, data) in enumerate(found)
                      if cat == M.ALIAS and data[1] in ("strong", "team", "hashtag")]
            if not strong and not glued.isdigit():
                # Campaign words, or a strong support word glued to the name ("dukung.amin.2024").
                ctx = any(cat in (M.VOLUNTEER, M.ELECTION, M.CONTEXT) or (cat == M.SUPPORT and data[0] == "strong")
                          for cat, data in found)
                handle = t.handle
                cats: set[tuple[str, str | None]] | None = None
                strong = []
                for i, (cat, data) in enumerate(found):
                    if cat != M.ALIAS or data[1] != "ambiguous":
                        continue
                    eid = data[0]
                    if self._ent[eid].type != "party":
                        # _name_ctx's answer for anyone but a party, without building its inputs
                        # (a followed handle can glue several first names of a big regional pack).
                        if ctx:
                            strong.append(i)
                        continue
                    if cats is None:
                        cats = {(c, d[0] if c == M.CONTEXT else None) for c, d in found}
                    if self._name_ctx(eid, cats, ctx, lambda eid=eid: self._glued_fan_only(handle, eid)):
                        strong.append(i)
            if strong:
                best = max(strong, key=lambda i: len(found[i][1][0]))
                fs = rules.scan_glued("target.handle", t.handle)
                h = fs.hits[best]
                m = Mention((h.data[0],), "target", h, fs)
                return Claim("target.named", "support", "strong", m, [(fs, h)]), False
            return self._branch_handle(glued, t.handle), neutral
        return None, neutral

    def _branch_handle(self, glued: str, handle: str) -> Claim | None:
        """A handle made of a party's short name and places only ("pksjabar", "ppp.kotabandung").

        Short names under four letters are not read inside longer glued words ("pan" in
        "pantai"); here they count only at either end with nothing but place words, account
        words and digits on the other side. The same for every party.
        """
        if self.rules.party_short_re is None or self.rules.party_short_re.search(glued) is None:
            return None
        shorts = self.rules.party_short
        places = self.rules.place_tokens
        n = len(glued)
        for k in self.rules.party_short_len:
            if k >= n:
                break
            for i in range(n - k + 1):
                eid = shorts.get(glued[i:i + k])
                # The name, with only such words before it and after it ("pemudapkbjatim").
                if eid is not None and _made_of(glued[:i], places) and _made_of(glued[i + k:], places):
                    break
            else:
                continue
            if eid is not None:
                hit = Hit(0, len(handle), M.ALIAS, (eid, "ambiguous"), hashtag=True)  # offsets in the handle as typed
                fs = FieldScan("target.handle", handle, handle, [hit])
                return Claim("target.named", "support", "strong", Mention((eid,), "target", hit, fs), [(fs, hit)])
        return None

    def _poll_vote(self, item: Item) -> Claim | None:
        """The user's own answer in a poll ("Siapa pilihanmu? ... Prabowo-Gibran"): choosing one
        side's option is declaring support for it. Only the chosen options count (a poll listing
        every pair names them all); a bare name or number counts when the question or the option
        is about the election. The same for every pair and party."""
        chosen = item.extra.get("chosen")
        if not isinstance(chosen, list):
            return None
        options = [c for c in chosen if isinstance(c, str) and c.strip()]
        if not options:
            return None
        fs = self.rules.scan("extra.chosen", " / ".join(options))
        question = item.extra.get("poll_question")
        about_election = fs.has(M.ELECTION) or fs.has(M.VOLUNTEER) or (
            isinstance(question, str) and bool(self.rules.scan("extra.poll_question", question).of(M.ELECTION)))
        party_poll = any(w in f"{fs.norm} {question if isinstance(question, str) else ''}".lower()
                         for w in ("partai", "caleg", "pileg", "legislatif"))
        named: list[tuple[str, Hit]] = []
        for h in fs.hits:
            if h.cat == M.ALIAS and (h.data[1] in ("strong", "team", "hashtag") or about_election):
                if h.data[1] in ("gesture", "bare_gesture", "slogan"):
                    continue
                if fs.norm[h.start:h.end].isdigit() and self._unnumbered(self._side(h.data[0]), item.timestamp):
                    continue
                named.append((h.data[0], h))
            elif h.cat == M.NUM and about_election:
                ents = self._num_entities(h.data[0], item.timestamp)
                # A number in a poll names the pair unless the poll is about parties ("Partai
                # nomor 1"); pairs and parties share 1-3.
                wanted = "party" if party_poll else "pair"
                ents = [e for e in ents if self._ent[e].type == wanted] or ents
                for e in ents:
                    named.append((e, h))
        sides = {self._side(e) for e, _ in named}
        if len(sides) != 1:
            return None  # no side, or several chosen: nothing to say about one side
        eid, hit = max(named, key=lambda x: x[1].end - x[1].start)
        return Claim("poll.vote", "support", "strong", Mention((eid,), "named", hit, fs), [(fs, hit)])

    def _name_ctx(self, eid: str, cats: set[tuple[str, str | None]], ctx: bool, fan_only) -> bool:  # type: ignore[no-untyped-def]
        """Does a bare (ambiguous) name in an account or group name count?

        Candidates: any campaign, election or own context word, as before. Parties: several
        short names are everyday words ("garuda", "gelora", "buruh", "ummat", "pan"), and
        fan words are everyday too ("garudamuda.fans" follows football). So a party needs an
        election or party word ("partai", "dpc", "kader") or its own context words, or a name
        made of nothing but the party word, fan words, account words and digits ("pks_id",
        "nasdem.official", "gerindra.lovers"). The same for every party.
        """
        ent = self._ent[eid]
        if ent.type != "party":
            return ctx
        if any(c == M.ELECTION or (c == M.CONTEXT and d in (eid, ent.side)) for c, d in cats):
            return True
        return bool(fan_only())

    def _glued_fan_only(self, handle: str, eid: str) -> bool:
        tag, spans = self.rules.glued_spans(handle)
        names = [(a, b) for a, b, cat, data in spans if cat == M.ALIAS and data[0] == eid]
        fans = [(a, b) for a, b, cat, _ in spans if cat == M.VOLUNTEER]
        return any(_only_fan_words(tag, n, fans, self.rules.place_tokens) for n in names)

    # ------------------------------------------------------------------ text
    def _num_entities(self, n: int, when: datetime | None) -> list[str]:
        ids = self.rules.number_entities.get(n, [])
        if when is not None:
            # A number names an entity only from its draw on ("coblos 2" in 2022 names no pair).
            ids = [i for i in ids if not self._unnumbered(i, when)]
        if when is None or len(ids) <= 1:
            return list(ids)
        # Ballot numbers are per election: keep the entities whose election is in its most
        # active phase on that date (a Pilkada campaign beats the national after-vote phase).
        ranked: dict[str, int] = {}
        for i in ids:
            ph = self.phase_of(when, self._ent[i].pack)
            if ph is not None:
                ranked[i] = PHASE_PRIORITY.get(ph.kind, 0)
        if not ranked:
            return list(ids)
        top = max(ranked.values())
        return [i for i in ids if ranked.get(i) == top]

    def _unnumbered(self, eid: str, when: datetime | None) -> bool:
        """Was the entity's ballot number not yet drawn on ``when``?"""
        start = self._ent[eid].number_from
        return start is not None and when is not None and when < start

    def _in_phase(self, ents: tuple[str, ...], when: datetime | None) -> bool:
        return when is not None and any(self.phase_of(when, self._ent[e].pack) for e in ents)

    def _side(self, eid: str) -> str:
        return self._ent[eid].side

    def _claims(self, scans: list[FieldScan], when: datetime | None, kind: Kind) -> list[Claim]:
        claims: list[Claim] = []
        for fs in scans:
            claims.extend(self._claims_field(fs, when, kind))
        return claims

    def _claims_field(self, fs: FieldScan, when: datetime | None, kind: Kind) -> list[Claim]:
        hits = fs.hits
        if not hits:
            return []
        mentions: list[Mention] = []
        for h in hits:
            if h.cat == M.ALIAS:
                form = h.data[1]
                # A salute or a bare number stands for a ballot number: before the draw it
                # points to no one (a "salam tiga jari" of 2022 is a protest sign, not 03).
                if when is not None and (form == "gesture" or form == "bare_gesture" or (
                        form == "ambiguous" and not h.hashtag and fs.norm[h.end - 1].isdigit())) \
                        and self._unnumbered(self._ent[h.data[0]].side, when):
                    continue
                mentions.append(Mention((h.data[0],), form, h, fs))
            elif h.cat == M.NUM:
                ents = self._num_entities(h.data[0], when)
                if ents:
                    mentions.append(Mention(tuple(ents), h.data[1], h, fs))
        if not mentions:
            mentions = self._fuzzy(fs)
            if not mentions:
                return []
        election = fs.has(M.ELECTION) or fs.has(M.VOLUNTEER)
        strong_forms = {"strong", "team", "hashtag", "vote", "weakvote", "named"}
        context_words = {h.data[0] for h in fs.of(M.CONTEXT)}
        cand_ambig = {m.entities[0] for m in mentions if m.form == "ambiguous"
                      and self._ent[m.entities[0]].type in ("candidate", "pair")}
        supports = fs.of(M.SUPPORT)
        if supports and (fs.has(M.ELECTION) or fs.has(M.OFFICE) or fs.has(M.OPPOSE)):
            # "presiden" inside "calon presiden" or "wakil presiden" is a designation or an
            # office, not "X presidenku"; "pilih" inside "jangan pilih" is no support at all.
            spans = [(h.start, h.end) for h in fs.hits if h.cat in (M.ELECTION, M.OFFICE)]
            negs = [(h.start, h.end) for h in fs.hits if h.cat == M.OPPOSE]
            supports = [s for s in supports
                        if not any(a <= s.start and s.end <= b and (a, b) != (s.start, s.end) for a, b in spans)
                        and not any(a <= s.start < b and (a, b) != (s.start, s.end) for a, b in negs)]
        if supports and _NEGATION_HINT.search(fs.norm):
            supports = _not_negated(fs, supports)
        opposes = fs.of(M.OPPOSE)
        if opposes:
            # "jangan pilih selain 01" asks for 01: an opposition phrase followed by "other than"
            # turns round.
            opposes = [o for o in opposes if _word_after(fs, o.end) not in EXCEPT_WORDS]
        offices = fs.of(M.OFFICE)
        has_excl = fs.has(M.EXCL)
        calling = any(w in fs.norm for w in CALL_WORDS)
        # An event format before the name ("kuliah umum ... bersama X", "seminar bersama X")
        # reports who speaks at an event: "bersama"/"bareng" there names a guest, not a side.
        # A photo or video with the candidate stays its own rule (SKB: photo with a candidate).
        events = [d.end for d in fs.of(M.DUTY)] if not election and kind not in (Kind.PHOTO, Kind.VIDEO) else []

        prayer_memo: list[bool] = []

        def prayer() -> bool:
            if not prayer_memo:
                prayer_memo.append(_is_prayer(fs))
            return prayer_memo[0]

        def ctx_for(m: Mention) -> bool:
            if election or context_words & {m.entities[0], self._side(m.entities[0])}:
                return True
            if any(o is not m and o.form in strong_forms for o in mentions):
                return True
            # A salute phrase and a bare candidate name of the same side vouch for each other
            # ("salam metal ... Ganjar"): what a music or date-less text still needs.
            if m.form == "gesture" or m.entities[0] in cand_ambig:
                side = self._side(m.entities[0])
                other = "ambiguous" if m.form == "gesture" else "gesture"
                if any(o.form == other and self._side(o.entities[0]) == side and
                       (other == "gesture" or o.entities[0] in cand_ambig) for o in mentions):
                    return True
            # So do a bare pair name and its own ballot number ("nomor 1 ... AMIN"), outside a
            # prayer ("semoga juara nomor 1, amin"): the same for every pair.
            if cand_ambig and (m.entities[0] in cand_ambig or m.hit.cat == M.NUM) and not prayer():
                sides = {self._side(e) for e in m.entities}
                for o in mentions:
                    if o is m:
                        continue
                    if m.hit.cat == M.NUM:
                        if o.entities[0] in cand_ambig and self._side(o.entities[0]) in sides:
                            return True
                    elif o.hit.cat == M.NUM and sides & {self._side(e) for e in o.entities}:
                        return True
            return len(cand_ambig - {m.entities[0]}) > 0 and m.entities[0] in cand_ambig

        claims: list[Claim] = []
        for m in mentions:
            if m.hit.hashtag and m.form in ("strong", "ambiguous") and self._campaign_tag(m, hits, fs):
                m.form = "hashtag"
            elif m.hit.hashtag and m.form == "ambiguous" and self._vouched_tag(m, mentions, fs, election):
                m.form = "hashtag"
            if m.hit.hashtag and m.form != "hashtag":
                tied = self._tied_tag(m, hits)
            else:
                tied = None
            m.official = any(m.entities[0] in {o.data[0]} and o.end <= m.hit.start
                             and fs.words_between(o.end, m.hit.start) <= 1 for o in offices)
            sup = tied if tied is not None else self._tied(m, supports, fs)
            opp = None if tied is not None else self._tied(m, opposes, fs)
            if sup and events and any(e <= m.hit.start for e in events):
                sup = [s for s in sup if fs.norm[s.start:s.end] not in PHOTO_WITH]
            if m.official:
                sup = [s for s in sup if s.data[0] == "strong"] if sup else sup
                opp = [s for s in opp if s.data[0] == "strong"] if opp else opp
            # A date inside an election phase helps only when nothing marks the everyday
            # sense of the words ("band metal", "perubahan iklim").
            in_phase = self._in_phase(m.entities, when) and not has_excl
            f = m.form
            valid = {
                "strong": True, "team": True, "hashtag": True, "named": True, "vote": True,
                "ambiguous": ctx_for(m) or (in_phase and self._adjacent(
                    sup, opp, not m.hit.hashtag and fs.norm[m.hit.start:m.hit.end].isdigit()))
                    or (tied is not None and bool(tied)) or self._merch_before(m, sup, fs),
                "weaknamed": ctx_for(m),
                "weakvote": ctx_for(m) or (in_phase and (calling or _strong(opp))),
                "gesture": in_phase or ctx_for(m),
                "bare_gesture": ctx_for(m),
                "slogan": (election or any(o.form in strong_forms and self._side(o.entities[0]) ==
                                           self._side(m.entities[0]) for o in mentions)) and
                          any(x.data[0] != "weak" for x in (sup or ())),
            }.get(f, False)
            if not valid:
                continue
            call = any(s.data[2] for s in (sup or []) if len(s.data) > 2 and isinstance(s.data[2], bool)) or \
                any(w in fs.norm for w in CALL_WORDS) and f in ("vote", "weakvote")
            if f in ("vote", "weakvote"):
                if _strong(opp):  # "jangan pilih 01", "jangan coblos 02": a number opposed
                    best = next(o for o in opp if o.data[0] == "strong")
                    claims.append(Claim("text.oppose", "oppose", "strong", m, [(fs, m.hit), (fs, best)]))
                    continue
                claims.append(Claim("text.number", "support", "strong", m, [(fs, m.hit)], call=call))
                continue
            if f == "hashtag":
                claims.append(Claim("text.support", "support", "strong", m, [(fs, m.hit)]))
                continue
            if f in ("gesture", "bare_gesture"):
                # A salute phrase dated in a phase but with no name and no campaign word is
                # less explicit: the same phrase is a protest or fan sign elsewhere.
                ex = ("strong" if ctx_for(m) or any(x.data[0] != "weak" for x in sup or ()) else "weak") \
                    if f == "gesture" else "medium"
                ev = [(fs, m.hit)] + [(fs, s) for s in (sup or [])]
                claims.append(Claim("text.gesture", "support", ex, m, ev, call=call, gesture=True))
                continue
            if opp:
                best = max(opp, key=lambda s: STRENGTH_RANK[s.data[0]])
                claims.append(Claim("text.oppose", "oppose", best.data[0], m, [(fs, m.hit), (fs, best)]))
            if sup:
                best = max(sup, key=lambda s: STRENGTH_RANK[s.data[0]])
                ex = "weak" if f == "slogan" else best.data[0]
                claims.append(Claim("text.support", "support", ex, m, [(fs, m.hit), (fs, best)], call=call))
        claims.extend(self._membership(fs, mentions, kind))
        if not claims:
            claims.extend(self._own_number(fs, mentions))
        if not claims:
            claims.extend(self._declared(fs, mentions, supports))
        if not claims:
            claims.extend(self._opposed_by_pronoun(fs, mentions, opposes))
        if not claims:
            claims.extend(self._review(fs, mentions, when, kind, election, prayer))
        if claims and ('"' in fs.raw or "'" in fs.raw or "\u201c" in fs.raw or "\u2018" in fs.raw):
            claims = self._reported(fs, claims)
        claims = self._neutralize(fs, claims, mentions)
        if len(claims) > 1:
            # Both for and against one side in one text ("silakan pilih 01 ... asal bukan Anies"):
            # the explicit opposition is what the text says; the support part is irony or a quote.
            against = {self._side(e) for c in claims if c.polarity == "oppose" and c.explicit == "strong"
                       for e in c.mention.entities}
            if against:
                claims = [c for c in claims if not (c.polarity == "support" and
                                                    bool({self._side(e) for e in c.mention.entities} & against))]
        return claims

    def _reported(self, fs: FieldScan, claims: list[Claim]) -> list[Claim]:
        """Someone else's words quoted to report or criticise them ("pegawai dinas sebelah pasang
        status "Coblos 01!" padahal ASN ... lapor Bawaslu") are not the user's support: a claim
        whose evidence lies wholly inside quotation marks, in a text that speaks of a breach,
        is left for review. One's own quoted slogan with no such words stays as it is."""
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(fs.raw)]
        if not quoted:
            return claims
        outside = fs.raw
        for a, b in reversed(quoted):
            outside = outside[:a] + " " + outside[b:]
        if not (set(self.rules.normalizer.normalize(outside).split()) & REPORT_CUES):
            return claims
        out = []
        for c in claims:
            spans = [ev_fs.original_span(h) for ev_fs, h in c.evidence if ev_fs is fs]
            if c.polarity in ("support", "oppose") and spans and all(
                    any(a <= s and e <= b for a, b in quoted) for s, e in spans):
                out.append(Claim("text.mention-review", "review", "weak", c.mention, c.evidence))
            else:
                out.append(c)
        return out

    def _vouched_tag(self, m: Mention, mentions: list[Mention], fs: FieldScan, election: bool) -> bool:
        """A hashtag that is a pair's or candidate's ambiguous name alone ("#AMIN", "#Ganjar") is
        a campaign tag when another name or number of the same side stands in the text
        ("Desak Anies ... #AMIN", "suara 01 ... #AMIN"), or when campaign words do and the
        text is not a prayer ("amin" is one). The same word twice ("amin ... #amin") does not
        vouch for itself. The same rule for every pair and candidate."""
        ent = self._ent[m.entities[0]]
        tag = m.hit.data[-1]
        if ent.type not in ("pair", "candidate") or not (isinstance(tag, tuple) and tag[:1] == ("tag",)):
            return False
        raw = _HASHTAG_AT.match(fs.raw, tag[1])
        if raw is None:
            return False
        glued = self.rules.normalizer.normalize(raw.group()[1:]).replace(" ", "")
        if tag[2] != 0 or tag[3] != len(glued):
            return False  # the name is only part of the tag
        side = ent.side
        for o in mentions:
            if o is m or self._side(o.entities[0]) != side:
                continue
            ot = o.hit.data[-1] if o.hit.hashtag else None
            if isinstance(ot, tuple) and ot[:1] == ("tag",):
                if ot[1] == tag[1]:
                    continue  # a piece of the same hashtag
                oraw = _HASHTAG_AT.match(fs.raw, ot[1])
                word = self.rules.normalizer.normalize(oraw.group()[1:]).replace(" ", "") if oraw else ""
            else:
                word = fs.norm[o.hit.start:o.hit.end].replace(" ", "")
            if word != glued:
                return True
        if not election:
            return False
        return not _is_prayer(fs)

    def _campaign_tag(self, m: Mention, hits: list[Hit], fs: FieldScan) -> bool:
        """A hashtag made only of one side's name and campaign words ("#PrabowoGibran2024",
        "#GerakCepatGanjarMahfud", "#AMIN2024") is a campaign tag: support on its own.

        A bare short name ("#amin", "#01") is not: it needs a second campaign part.
        """
        tag = m.hit.data[-1]
        if not (isinstance(tag, tuple) and tag[:1] == ("tag",)):
            return False
        side = self._side(m.entities[0])
        raw = _HASHTAG_AT.match(fs.raw, tag[1])
        if raw is None:
            return False
        glued = self.rules.normalizer.normalize(raw.group()[1:]).replace(" ", "")
        covered = [False] * len(glued)
        parts = 0
        for h in hits:
            t = h.data[-1] if h.hashtag and h.data else None
            if not (isinstance(t, tuple) and t[:1] == ("tag",) and t[1] == tag[1]):
                continue
            if h.cat == M.ALIAS:
                if self._side(h.data[0]) != side:
                    return False  # two sides in one tag: not one side's campaign tag
            elif h.cat not in (M.SUPPORT, M.ELECTION, M.VOLUNTEER):
                continue
            for i in range(t[2], min(t[3], len(glued))):
                covered[i] = True
            parts += h.cat != M.ALIAS or h.data[1] == "slogan"
        for i, ch in enumerate(glued):
            if ch.isdigit():
                if not covered[i]:
                    parts += i == 0 or not glued[i - 1].isdigit()
                covered[i] = True
        return all(covered) and (m.form == "strong" or parts > 0)

    def _merch_before(self, m: Mention, sup: list[Hit] | None, fs: FieldScan) -> bool:
        """Campaign goods right before a bare pair or candidate name ("Kaos AMIN", "stiker
        Ganjar"): the name on the goods. Not for parties, whose short names are also football
        and everyday words ("kaos Garuda")."""
        if not sup or self._ent[m.entities[0]].type not in ("pair", "candidate"):
            return False
        return any(fs.norm[s.start:s.end] in MERCH_WORDS and s.end <= m.hit.start
                   and fs.words_between(s.end, m.hit.start) == 0 for s in sup)

    @staticmethod
    def _adjacent(sup: list[Hit] | None, opp: list[Hit] | None, number: bool = False) -> bool:
        # An everyday word becomes a name only when a support phrase stands right next to it;
        # a weak one ("aja", "pokoknya") only for a bare ballot number ("03 wae").
        return any(h.data[1] in ("before", "after") and (number or h.data[0] != "weak")
                   for h in (*(sup or ()), *(opp or ())))

    def _tied(self, m: Mention, phrases: list[Hit], fs: FieldScan) -> list[Hit]:
        out = []
        ms, me = m.hit.start, m.hit.end
        for s in phrases:
            if s.hashtag:
                continue
            pos = s.data[1]
            if pos == "any":
                if not (s.start >= ms and s.end <= me):
                    out.append(s)
            elif pos == "before":
                if s.start < ms and s.end <= me and fs.words_between(s.end, ms) <= 2:
                    out.append(s)
            elif pos == "after":
                if s.start >= me and fs.words_between(me, s.start) <= 1:
                    out.append(s)
        return out

    def _tied_tag(self, m: Mention, hits: list[Hit]) -> list[Hit]:
        tag = m.hit.data[-1]
        out = []
        for s in hits:
            if s.cat not in (M.SUPPORT, M.OPPOSE) or not s.hashtag or s.cat == M.OPPOSE:
                continue
            st = s.data[-1]
            if st[1] != tag[1]:
                continue
            pos = s.data[1]
            if (pos in ("after", "any") and st[2] == tag[3]) or (pos in ("before", "any") and st[3] == tag[2]):
                out.append(s)
        return out

    def _own_number(self, fs: FieldScan, mentions: list[Mention]) -> list[Claim]:
        """A pair or candidate name right next to its own ballot number ("Anies-Muhaimin nomor 1",
        "Ganjar 03") is campaign shorthand: support, one step less explicit than a vote verb.
        Only the side's own number counts; the same for every pair.

        The formal designation "pasangan calon nomor urut 01 Anies-Muhaimin" (KPU, Bawaslu,
        news: "paslon", "capres nomor urut 2 ...") names the pair the neutral way; it is not
        shorthand and says nothing on its own."""
        nums = [m for m in mentions if m.hit.cat == M.NUM or (
            m.form == "ambiguous" and not m.hit.hashtag and fs.norm[m.hit.start:m.hit.end].isdigit())]
        if not nums:
            return []
        formal_ends = {h.end for h in fs.of(M.ELECTION) if fs.norm[h.start:h.end] in FORMAL_DESIGNATIONS}
        nums = [n for n in nums if not (fs.norm[n.hit.start:n.hit.end].split(" ", 1)[0] in FORMAL_DESIGNATIONS
                                        or n.hit.start - 1 in formal_ends or n.hit.start in formal_ends)]
        if not nums:
            return []
        out: dict[str, Claim] = {}  # one per side: a list of every pair with its number is information
        for m in mentions:
            if m.form not in ("strong", "team", "ambiguous") or m.hit.hashtag or m.official or m in nums:
                continue
            if self._ent[m.entities[0]].type not in ("pair", "candidate", "team"):
                continue
            side = self._side(m.entities[0])
            if side in out:
                continue
            for n in nums:
                if side not in n.entities:
                    continue
                a, b = (m.hit, n.hit) if m.hit.end <= n.hit.start else (n.hit, m.hit)
                if a.end <= b.start and fs.words_between(a.end, b.start) == 0:
                    out[side] = Claim("text.support", "support", "medium", m, [(fs, m.hit), (fs, n.hit)])
                    break
        return list(out.values())

    def _named_one_side(self, mentions: list[Mention]) -> list[Mention]:
        """The full-name mentions of a text that names one side only (else none): what a support
        or opposition phrase later in the text can point back at."""
        named = [m for m in mentions if m.form in ("strong", "team", "named") and not m.official
                 and self._ent[m.entities[0]].type in ("pair", "candidate", "team")]
        if not named or len({self._side(m.entities[0]) for m in mentions}) != 1:
            return []
        return named

    def _declared(self, fs: FieldScan, mentions: list[Mention], supports: list[Hit]) -> list[Claim]:
        """Support declared a few words after the name ("X resmi daftar. Kami dukung penuh!",
        "Pak X tegas bgt... presidenku"): a text naming one side only, by a full name, and an
        explicit support phrase later in it reads as support, one step less explicit."""
        named = self._named_one_side(mentions)
        if not named:
            return []
        first = min(m.hit.start for m in named)
        later = [s for s in supports if s.data[0] == "strong" and s.start > first and not s.hashtag
                 and not any(m.hit.start <= s.start < m.hit.end for m in mentions)]
        if not later:
            return []
        m = named[0]
        return [Claim("text.support", "support", "medium", m, [(fs, m.hit), (fs, later[0])])]

    def _opposed_by_pronoun(self, fs: FieldScan, mentions: list[Mention], opposes: list[Hit]) -> list[Claim]:
        """Opposition that points back at a name ("Rekam jejak X jelas bermasalah ... jangan pilih
        dia"): a text naming one side only, by a full name, and a strong opposition phrase later
        that governs a pronoun reads as opposition to that side, one step less explicit. "Jangan
        pilih yang lain" governs no pronoun and says nothing here. The same for every side."""
        named = self._named_one_side(mentions) if opposes else []
        if not named:
            return []
        first = min(m.hit.start for m in named)
        for o in opposes:
            if o.data[0] != "strong" or o.data[1] != "before" or o.start <= first or o.hashtag:
                continue
            if _word_after(fs, o.end) in BACK_POINTING:
                m = named[0]
                return [Claim("text.oppose", "oppose", "medium", m, [(fs, m.hit), (fs, o)])]
        return []

    def _membership(self, fs: FieldScan, mentions: list[Mention], kind: Kind) -> list[Claim]:
        if kind not in (Kind.PROFILE, Kind.POST, Kind.PHOTO, Kind.VIDEO, Kind.MESSAGE, Kind.COMMENT):
            return []
        members = fs.of(M.MEMBER)
        if not members:
            return []
        words = set(fs.norm.split())
        first_person = kind == Kind.PROFILE or bool(words & FIRST_PERSON)
        if kind in (Kind.MESSAGE, Kind.COMMENT) and not first_person:
            return []  # in a chat or a comment thread, only one's own card ("KTA PKB saya") counts
        out = []
        for m in mentions:
            if self._ent[m.entities[0]].type != "party" or m.form not in ("strong", "ambiguous"):
                continue
            for w in members:
                near = fs.words_between(min(w.end, m.hit.end), max(w.start, m.hit.start)) <= 3
                card = w.end - w.start <= 3 or "kartu" in fs.norm[w.start:w.end]
                if near and (first_person or card):
                    out.append(Claim("text.party-membership", "membership", "strong", m, [(fs, m.hit), (fs, w)]))
                    break
        return out

    def _review(self, fs: FieldScan, mentions: list[Mention], when: datetime | None, kind: Kind,
                election: bool, prayer: Callable[[], bool]) -> list[Claim]:
        if kind not in (Kind.POST, Kind.SHARE, Kind.COMMENT, Kind.MESSAGE, Kind.PHOTO, Kind.VIDEO) or not election:
            return []
        for m in mentions:
            if m.official or not self._in_phase(m.entities, when):
                continue
            if m.form == "ambiguous" and not m.hit.hashtag:
                # A bare name in an election text ("kampanye akbar AMIN") is as worth a look as
                # a full one, unless the text is a prayer ("amin").
                if prayer():
                    continue
            elif m.form not in ("strong", "team"):
                continue
            return [Claim("text.mention-review", "review", "weak", m, [(fs, m.hit)])]
        return []

    def _neutralize(self, fs: FieldScan, claims: list[Claim], mentions: list[Mention]) -> list[Claim]:
        if not claims:
            return claims
        sides = {self._side(c.mention.entities[0]) for c in claims if c.polarity == "support"
                 and self._ent[c.mention.entities[0]].type in ("pair", "candidate", "team")}
        any_oppose = any(c.polarity == "oppose" for c in claims)
        if fs.has(M.NEUTRAL):
            named = {self._side(m.entities[0]) for m in mentions
                     if self._ent[m.entities[0]].type in ("pair", "candidate", "team")}
            if len(named) >= 2 and not any_oppose:
                return []
            # A neutrality lesson or reminder lists salutes and numbers as what not to do
            # ("Contoh pelanggaran: foto sambil salam satu jari", "jangan pose satu, dua, tiga
            # jari"): salutes there, and support or opposition spread over several sides, are
            # examples, not the user's side.
            claims = [c for c in claims if (c.explicit == "strong" or c.polarity == "membership") and not c.gesture]
            if len({self._side(c.mention.entities[0]) for c in claims if c.polarity in ("support", "oppose")}) >= 2:
                return []
            if len(sides) >= 2 and not any_oppose:
                return []
        elif len(sides) >= 2 and not any_oppose:
            # Naming every side alike reads as information, not support: leave it for review.
            return [Claim("text.mention-review", "review", "weak", c.mention, c.evidence) for c in claims[:1]]
        return claims

    def _fuzzy(self, fs: FieldScan) -> list[Mention]:
        if not self._fuzzy_index or not (fs.has(M.SUPPORT) or fs.has(M.ELECTION)):
            return []
        vocab = self.rules.vocab
        best_of = self._fuzzy_cached
        toks = fs.norm.split(" ")
        # First pass, the common case: does any word look like a typo of a long name?
        for tok in toks:
            if len(tok) >= 7 and tok not in vocab and best_of(tok) is not None:
                break
        else:
            return []
        out: list[Mention] = []
        # Each piece of split(" ") starts one past the end of the one before: the offset is
        # counted, not searched for (same offsets as str.find from the previous end).
        start = -1
        end = -1
        for tok in toks:
            start = end + 1
            end = start + len(tok)
            if len(tok) < 7 or tok in vocab:
                continue
            best = best_of(tok)
            if best is not None:
                h = Hit(start, start + len(tok), M.ALIAS, (self._fuzzy_words[best], "ambiguous"))
                out.append(Mention((h.data[0],), "ambiguous", h, fs))
        return out

    def _fuzzy_cached(self, tok: str) -> str | None:
        """``_fuzzy_word`` remembered per word: everyday words repeat across a whole archive."""
        cache = self._fuzzy_cache
        best = cache.get(tok, "")
        if best == "":
            best = self._fuzzy_word(tok)
            if len(cache) > 100_000:
                cache.clear()
            cache[tok] = best
        return best

    def _fuzzy_word(self, tok: str) -> str | None:
        """The one known long name within one typo of ``tok``, or None."""
        if not tok.isalpha():
            return None
        cands: set[str] = set()
        get = self._fuzzy_index.get
        for v in _deletes(tok):
            cands.update(get(v, ()))
        best = [c for c in cands if Levenshtein.distance(tok, c, score_cutoff=1) <= 1]
        return best[0] if len(best) == 1 else None

    # ------------------------------------------------------------------ finding
    def _evidence(self, fs: FieldScan, h: Hit) -> Evidence:
        if h.hashtag and h.data and h.data[-1:] and isinstance(h.data[-1], tuple) and h.data[-1][:1] == ("tag",):
            a, b = h.start, h.end
        elif h.hashtag:
            a, b = 0, len(fs.raw)
        else:
            a, b = fs.original_span(h)
        return Evidence(field=fs.field, start=a, end=b, match=fs.raw[a:b])

    def _finding(self, item: Item, c: Claim, evidence: list[tuple[FieldScan, Hit]], claims: list[Claim],
                 target_claim: Claim | None) -> Finding:
        ents = list(dict.fromkeys(c.mention.entities))
        packs = {self._ent[e].pack for e in ents}
        when = item.timestamp
        phase = None
        if when is not None:
            cands = [p for pk in packs if (p := self.phase_of(when, pk))]
            phase = max(cands, key=lambda p: PHASE_PRIORITY.get(p.kind, 0)) if cands else None
        dated = when is not None
        outside = dated and phase is None
        left = str(item.extra.get("membership", "")).lower() in ("left", "unfollowed", "removed", "unliked")
        review = c.polarity == "review"
        membership = c.polarity == "membership"
        explicit = max([c.explicit] + [x.explicit for x in claims if x.polarity != "review"] +
                       ([target_claim.explicit] if target_claim else []), key=lambda s: STRENGTH_RANK[s])
        gesture = any(x.gesture for x in claims)
        call = any(x.call for x in claims)
        words = set(c.mention.fs.norm.split()) if c.mention.fs else set()
        photo_with = item.kind in (Kind.PHOTO, Kind.VIDEO) and bool(words & PHOTO_WITH)
        cat = category(item.kind, call=call, gesture=gesture, membership=membership, photo_with=photo_with)
        sev = severity(item.kind, explicit, phase.kind if phase else None, dated=dated, outside=outside,
                       membership=membership, review=review, left=left)
        action, url, undoable = action_for(item)
        if review:
            action = "review"
        ev = [self._evidence(fs, h) for fs, h in evidence]
        ev = list(dict.fromkeys(ev))
        entity_names = ", ".join(self._label(e) for e in ents)
        matched = ev[0].match if ev else ""
        # Explanations and sanction texts depend on a few values that repeat across an archive
        # (one page liked many times, one slogan posted often): each is formatted once, and
        # every finding gets its own copy of the dict.
        ekey = (item.kind, c.rule, entity_names, matched, id(phase), dated, left, undoable)
        explanation = self._explanations.get(ekey)
        if explanation is None:
            explanation = self._explain(item, c, entity_names, matched, phase, dated, left, undoable)
            if len(self._explanations) >= 10_000:
                self._explanations.clear()
            self._explanations[ekey] = explanation
        explanation = dict(explanation)
        table = phase.sanction_table if phase else None
        sanc = self._sanctions.get((table, cat, dated))
        if sanc is None:
            sanc = self._sanctions[(table, cat, dated)] = sanction(table, cat, dated=dated)
        sanc = dict(sanc)
        return Finding(
            id=f"{item.fingerprint()}:{c.rule}", item=item, rule=c.rule, category=cat, severity=sev,
            entities=ents, evidence=ev, explanation=explanation, action=action, action_url=url,
            phase=phase.id if phase else None, sanction=sanc, undoable=undoable,
            extra={"explicit": explicit, "polarity": c.polarity, "review": review,
                   "sides": sorted({self._side(e) for e in ents})})

    def _label(self, eid: str) -> str:
        e = self._ent[eid]
        if e.type == "pair" and e.number is not None:
            return f"{e.name} ({e.number:02d})"
        if e.type == "party" and e.number is not None:
            return f"{e.abbreviation or e.name} ({e.number})"
        return e.name

    def _explain(self, item: Item, c: Claim, entity: str, matched: str, phase: Phase | None, dated: bool,
                 left: bool, undoable: bool) -> dict[str, str]:
        out = {}
        for lang in ("id", "en"):
            act = tr(f"engine.act.{item.kind.value}", lang)
            # Indonesian needs a noun phrase for "what you posted/liked" ("Unggahan Anda"),
            # not "yang Anda" + an active verb.
            subject = tr(f"engine.subject.{item.kind.value}", lang)
            parts = [tr(f"engine.why.{c.rule}", lang, act=act, subject=subject, entity=entity, match=matched)]
            if phase is not None:
                parts.append(tr("engine.when.phase", lang, phase=phase.name.get(lang) or phase.name.get("id", "")))
            elif dated:
                parts.append(tr("engine.when.outside", lang))
            else:
                parts.append(tr("engine.when.unknown", lang))
            if left:
                parts.append(tr("engine.note.left", lang))
            elif not undoable:
                parts.append(tr(f"engine.note.cannot_undo_{item.kind.value}", lang)
                             if item.kind == Kind.MESSAGE else tr("engine.note.cannot_undo", lang))
            out[lang] = " ".join(p for p in parts if p)
        return out


# Words of a report or criticism around quoted words (see Auditor._reported).
REPORT_CUES = frozenset({"lapor", "laporkan", "dilaporkan", "melapor", "melaporkan", "melanggar", "pelanggaran",
                         "padahal", "netral", "netralitas", "bawaslu", "teguran", "sanksi", "ditegur",
                         "hoaks", "hoax", "bantah", "dibantah", "bantahan", "fitnah", "klarifikasi", "disinformasi"})
# Double or curly quotes, or single quotes that open and close at word edges (not "Jum'at").
_QUOTED = re.compile('"[^"\n]{3,300}"|\u201c[^\u201d\n]{3,300}\u201d|\u2018[^\u2019\n]{3,300}\u2019'
                     "|(?<![\\w'])'[^'\n]{3,300}'(?![\\w'])")

NEGATIONS = frozenset({"tidak", "bukan", "belum", "enggan", "ogah", "menolak"})
# Words that may stand between a negation and the verb it negates ("tidak bisa ikut dukung").
NEGATION_FILLERS = frozenset({"bisa", "mau", "akan", "bakal", "ikut", "ikutan", "boleh", "pernah", "perlu",
                              "harus", "usah", "sempat", "lagi", "pula", "juga", "jg"})
_NEGATION_HINT = re.compile(r"(?<![a-z])(?:tidak|bukan|belum|enggan|ogah|menolak)(?![a-z])")


def _is_prayer(fs: FieldScan) -> bool:
    return not PRAYER_WORDS.isdisjoint(fs.norm.split(" "))


def _word_after(fs: FieldScan, end: int) -> str:
    """The normalized word right after offset ``end`` ("" at the end of the text)."""
    return fs.norm[end:].lstrip().split(" ", 1)[0]


def _not_negated(fs: FieldScan, supports: list[Hit]) -> list[Hit]:
    """Support phrases that no negation governs: "saya tidak bisa ikut dukung2 X, ASN wajib
    netral" declines; "tidak ragu dukung X" still supports (a doubt is negated, not the verb).
    A phrase that itself starts with a negation ("tidak ada lawan") is never negated."""
    norm = fs.norm
    inside = [(s.start, s.end) for s in supports]
    out = []
    for s in supports:
        pos = s.start
        negated = False
        for _ in range(5):  # look back over at most a few words
            j = norm.rfind(" ", 0, max(pos - 1, 0))
            word = norm[j + 1:pos - 1] if pos > 0 else ""
            if not word:
                break
            if word in NEGATIONS:
                negated = True
                break
            if word in NEGATION_FILLERS or any(a <= j + 1 < b for a, b in inside):
                pos = j + 1
                continue
            break
        if not negated:
            out.append(s)
    return out


def _only_fan_words(text: str, name: tuple[int, int], fans: list[tuple[int, int]],
                    places: frozenset[str] = frozenset()) -> bool:
    """Is ``text`` the name plus fan words, account words, place words and digits only (and at
    least one of those words)? ``text`` is normalized (words) or glued (one word).

    "Gerindra Lovers", "nasdem.official", "PDIP Kota Solo", "golkarjabar": an account named by
    nothing but a party and where it is run is that party's (branch) account.
    """
    keep = list(text)
    for a, b in (name, *fans):
        keep[a:b] = " " * (b - a)
    extra = any(b <= name[0] or a >= name[1] for a, b in fans)
    for piece in "".join(keep).split():
        if piece.isdigit():
            continue
        if piece in ACCOUNT_WORDS or piece in places or _made_of(piece, places):
            extra = True
            continue
        return False
    return extra


def _made_of(glued: str, places: frozenset[str]) -> bool:
    """Can a glued run ("kotasolo", "jawabarat2") be cut into place words, account words and digits?"""
    ok = [True] + [False] * len(glued)
    for end in range(1, len(glued) + 1):
        for start in range(end):
            if ok[start]:
                w = glued[start:end]
                if w in places or w in ACCOUNT_WORDS or w.isdigit():
                    ok[end] = True
                    break
    return ok[-1]


def _strong(phrases: list[Hit] | None) -> bool:
    return any(p.data[0] == "strong" for p in phrases or ())


def _deletes(w: str) -> set[str]:
    return {w} | {w[:i] + w[i + 1:] for i in range(len(w))}


__all__ = ["Auditor", "both"]
