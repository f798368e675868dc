"""The rule-pack schema, declared once and used for validation and documentation.

A pack is a TOML file (read with the standard-library ``tomllib``). The
schema below is data, so ``docs/rulepacks.md`` and the validator cannot drift
apart: ``describe()`` prints the same tree the validator walks.

Field kinds: ``str``, ``int``, ``bool``, ``date`` (TOML date or offset
datetime), ``text`` (a plain string or a table ``{id = "...", en = "..."}``),
``strs`` (array of strings), ``table`` (nested fields), ``tables`` (array of
tables, each with the nested fields).
"""

from __future__ import annotations

from dataclasses import dataclass, field

FORMAT_VERSION = 1

ELECTION_TYPES = ("pemilu", "pilkada")
REGION_LEVELS = ("nasional", "provinsi", "kabupaten", "kota")
PHASE_KINDS = ("prospective", "candidates_fixed", "campaign", "quiet", "voting", "after_vote")
ENTITY_TYPES = ("pair", "candidate", "party", "team")
PLATFORMS = ("facebook", "instagram", "threads", "x", "tiktok", "telegram", "whatsapp", "youtube", "any")
STRENGTHS = ("strong", "medium", "weak")
POSITIONS = ("before", "after", "any")
SANCTION_TABLES = ("kode_etik", "disiplin")

# Hand-gesture emoji the engine reads as words, so packs can list them under `gestures`.
GESTURE_EMOJI = {
    "\u261d": "onefinger", "\U0001f446": "onefinger",      # index finger up
    "\u270c": "vsign",                                     # V / peace
    "\U0001f91f": "metalsign", "\U0001f918": "metalsign",  # love-you / horns (salam metal)
    "\U0001f44c": "oksign",                                # OK sign
}


@dataclass(frozen=True)
class F:
    kind: str
    required: bool = False
    doc: str = ""
    choices: tuple[str, ...] = ()
    fields: dict[str, "F"] = field(default_factory=dict)


ACCOUNT = {
    "platform": F("str", True, "platform the account lives on", PLATFORMS),
    "handle": F("str", doc="username without '@'"),
    "id": F("str", doc="numeric or opaque id (page id, channel id, X account id)"),
    "name": F("str", doc="page/group/channel display name, matched exactly (case-insensitive)"),
    "url": F("str", doc="profile/page/channel URL"),
    "confirmed": F("bool", doc="false when the fact rests on a single unverified source"),
    "source": F("str", doc="where the fact comes from"),
}

ENTITY = {
    "id": F("str", True, "globally unique id, e.g. 'pemilu2024.pair.01'"),
    "type": F("str", True, "what it is", ENTITY_TYPES),
    "name": F("str", True, "display name"),
    "number": F("int", doc="ballot number (pairs and parties)"),
    "number_from": F("date", doc="day the ballot number was drawn: before it, a bare number or a number "
                                 "salute does not point to this entity"),
    "abbreviation": F("str", doc="short name (parties)"),
    "role": F("str", doc="candidates: 'presiden', 'wakil_presiden', 'kepala_daerah', 'wakil_kepala_daerah'"),
    "pair": F("str", doc="candidates and teams: the pair id they belong to"),
    "members": F("strs", doc="pairs: candidate ids"),
    "parties": F("strs", doc="pairs: nominating party ids"),
    "aliases": F("strs", doc="names that point at this entity on their own"),
    "ambiguous": F("strs", doc="everyday words or common names: count only with context"),
    "context": F("strs", doc="extra words that make this entity's ambiguous aliases count"),
    "slogans": F("strs", doc="slogans and jargon; weak: need a name, number or campaign word"),
    "hashtags": F("strs", doc="hashtags without '#'; matched also when written together"),
    "gestures": F("strs", doc="salute phrases ('salam dua jari'); need election context"),
    "offices": F("strs", doc="official titles the person holds or held ('gubernur', 'presiden')"),
    "colours": F("strs", doc="campaign colours (informational)"),
    "name_patterns": F("strs", doc="teams: group/page name patterns; '{alias}' stands for any alias of the pair"),
    "unconfirmed": F("strs", doc="field names or values that rest on unverified sources"),
    "notes": F("str"),
    "accounts": F("tables", doc="known accounts", fields=ACCOUNT),
}

PHRASES = {
    "strength": F("str", True, "how explicit", STRENGTHS),
    "position": F("str", doc="where the phrase stands relative to the name/number (default 'before')",
                  choices=POSITIONS),
    "call": F("bool", doc="true when the phrase calls others to vote (SKB: ajakan/seruan)"),
    "phrases": F("strs", True, "the phrases"),
}

SCHEMA: dict[str, F] = {
    "format": F("int", True, f"schema version of the file (currently {FORMAT_VERSION})"),
    "pack": F("table", True, "metadata", fields={
        "id": F("str", True, "pack id, e.g. 'pemilu2024-nasional'"),
        "version": F("str", True, "pack version, e.g. '2024.1.0'"),
        "title": F("text", True, "human title"),
        "election": F("table", True, "which election", fields={
            "type": F("str", True, "'pemilu' (national) or 'pilkada' (regional head)", ELECTION_TYPES),
            "year": F("int", True, "election year"),
        }),
        "region": F("table", True, "area covered", fields={
            "level": F("str", True, "nasional / provinsi / kabupaten / kota", REGION_LEVELS),
            "code": F("str", doc="Kemendagri region code ('' for national)"),
            "name": F("str", True, "region name"),
        }),
        "author": F("str", True, "who maintains the pack"),
        "valid_from": F("date", True, "first day the pack applies"),
        "valid_to": F("date", True, "last day the pack applies"),
        "fictional": F("bool", doc="true for worked examples with made-up people"),
        "notes": F("str"),
        "sources": F("strs"),
    }),
    "phase": F("tables", True, "election phases with dates", fields={
        "id": F("str", True, "globally unique id, e.g. 'pemilu2024.campaign'"),
        "kind": F("str", True, "phase kind", PHASE_KINDS),
        "name": F("text", True, "name shown in the timeline"),
        "start": F("date", True, "first moment (date = 00:00 WIB)"),
        "end": F("date", True, "last day (date = until 23:59:59 WIB)"),
        "sanction": F("str", doc="sanction table; default: kode_etik for prospective, else disiplin",
                      choices=SANCTION_TABLES),
        "confirmed": F("bool", doc="false when the dates rest on unverified sources"),
        "notes": F("str"),
    }),
    "entity": F("tables", doc="candidates, pairs, parties, teams", fields=ENTITY),
    "neutral_source": F("tables", doc="accounts and names whose content lowers or cancels a finding", fields={
        "id": F("str", True, "id"),
        "name": F("str", True, "name"),
        "name_patterns": F("strs", doc="words that mark an account name as an official/neutral source"),
        "accounts": F("tables", fields=ACCOUNT),
    }),
    "vocabulary": F("table", doc="phrases and words (several packs are merged)", fields={
        "election_words": F("strs", doc="words that make a text about the election"),
        "volunteer_words": F("strs", doc="words that mark a group/page as a campaign team"),
        "vote_verbs": F("strs", doc="verbs that turn a number into a vote call ('coblos')"),
        "weak_vote_verbs": F("strs", doc="verbs that need 'nomor' or a zero-padded number ('pilih')"),
        "number_words": F("strs", doc="words placed before a ballot number ('nomor', 'nomor urut')"),
        "neutral_phrases": F("strs", doc="turnout reminders and neutral formulas"),
        "exclusions": F("strs", doc="phrases that cancel an alias they contain ('kabinet indonesia maju')"),
        "membership_words": F("strs", doc="words that show party membership next to a party ('kta')"),
        "duty_words": F("strs", doc="words of an official duty activity ('kunjungan kerja')"),
        "count_words": F("strs", doc="nouns and units after a number that make it a count, not a ballot number "
                                     "('surat suara', 'kali', 'orang')"),
        "quantity_words": F("strs", doc="words before a number that make it a count ('ada', 'total', 'jumlah')"),
        "place_words": F("strs", doc="regions and branch words that, with nothing but a party's name, make an "
                                     "account a party branch ('kota', 'jawa barat', 'jabar', 'solo')"),
        "support": F("tables", doc="support phrases", fields=PHRASES),
        "oppose": F("tables", doc="negative-campaign phrases", fields=PHRASES),
    }),
}


def describe(node: dict[str, F] | None = None, prefix: str = "") -> list[str]:
    """The schema as Markdown list lines (used to write docs/rulepacks.md)."""
    out: list[str] = []
    for name, f in (node or SCHEMA).items():
        arr = "[[" + prefix + name + "]]" if f.kind == "tables" else prefix + name
        req = "required" if f.required else "optional"
        ch = f" — one of: {', '.join(f.choices)}" if f.choices else ""
        out.append(f"- `{arr}` ({f.kind}, {req}){': ' + f.doc if f.doc else ''}{ch}")
        if f.fields:
            out.extend("  " + line for line in describe(f.fields, prefix + name + "."))
    return out
