"""A loaded, validated rule set: packs, phases, entities, vocabulary.

Everything here is plain immutable-ish data. The engine compiles it into
automata once (``audit.engine``); the GUI reads phases and entities.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class PackInfo:
    id: str
    version: str
    title: dict[str, str]
    election_type: str
    election_year: int
    region_level: str
    region_code: str
    region_name: str
    author: str
    valid_from: datetime
    valid_to: datetime
    fictional: bool
    path: Path | None


@dataclass(frozen=True, slots=True)
class Phase:
    id: str
    kind: str
    name: dict[str, str]
    start: datetime       # aware UTC
    end: datetime         # aware UTC, inclusive
    election: str         # pack id
    sanction_table: str   # "kode_etik" | "disiplin"
    confirmed: bool = True

    def contains(self, dt: datetime) -> bool:
        return self.start <= dt <= self.end


@dataclass(frozen=True, slots=True)
class Account:
    platform: str
    handle: str | None = None
    id: str | None = None
    name: str | None = None
    url: str | None = None
    confirmed: bool = True


@dataclass(slots=True)
class Entity:
    id: str
    type: str                  # "pair" | "candidate" | "party" | "team"
    name: str
    pack: str                  # pack id
    number: int | None = None
    number_from: datetime | None = None   # aware UTC: the number draw (None: always numbered)
    abbreviation: str | None = None
    role: str | None = None
    pair: str | None = None
    members: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    slogans: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    gestures: tuple[str, ...] = ()
    offices: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    name_patterns: tuple[str, ...] = ()
    unconfirmed: tuple[str, ...] = ()
    accounts: tuple[Account, ...] = ()

    @property
    def side(self) -> str:
        """The pair a candidate or team works for; a pair or party is its own side."""
        return self.pair or self.id


@dataclass(frozen=True, slots=True)
class NeutralSource:
    id: str
    name: str
    name_patterns: tuple[str, ...]
    accounts: tuple[Account, ...]


@dataclass(frozen=True, slots=True)
class PhraseGroup:
    strength: str   # "strong" | "medium" | "weak"
    position: str   # "before" | "after" | "any"
    call: bool
    phrases: tuple[str, ...]


@dataclass(slots=True)
class Vocabulary:
    election_words: list[str] = field(default_factory=list)
    volunteer_words: list[str] = field(default_factory=list)
    vote_verbs: list[str] = field(default_factory=list)
    weak_vote_verbs: list[str] = field(default_factory=list)
    number_words: list[str] = field(default_factory=list)
    neutral_phrases: list[str] = field(default_factory=list)
    exclusions: list[str] = field(default_factory=list)
    membership_words: list[str] = field(default_factory=list)
    duty_words: list[str] = field(default_factory=list)
    count_words: list[str] = field(default_factory=list)
    quantity_words: list[str] = field(default_factory=list)
    place_words: list[str] = field(default_factory=list)
    support: list[PhraseGroup] = field(default_factory=list)
    oppose: list[PhraseGroup] = field(default_factory=list)

    def merge(self, other: "Vocabulary") -> None:
        for name in ("election_words", "volunteer_words", "vote_verbs", "weak_vote_verbs",
                     "number_words", "neutral_phrases", "exclusions", "membership_words",
                     "duty_words", "count_words", "quantity_words", "place_words"):
            mine: list[str] = getattr(self, name)
            seen = set(mine)
            mine.extend(w for w in getattr(other, name) if w not in seen)
        self.support.extend(other.support)
        self.oppose.extend(other.oppose)


@dataclass(slots=True)
class RuleSet:
    packs: list[PackInfo] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    neutral_sources: list[NeutralSource] = field(default_factory=list)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)

    def pack(self, pack_id: str) -> PackInfo | None:
        return next((p for p in self.packs if p.id == pack_id), None)

    def phases_of(self, pack_id: str) -> list[Phase]:
        return [p for p in self.phases if p.election == pack_id]
