"""The bridge to the rule engine: OCR text and captions are matched by the same rules as any text.

Works with any object that has ``audit(item) -> list[Finding]`` (the
engine's ``Auditor``); a ``RuleSet`` is wrapped in ``audit.engine.Auditor``.
Text from an image is matched by auditing a synthetic photo item whose text
is the image text, once as read and once with dropped spaces put back.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from typing import Any

from audit.findings import Finding
from audit.model import Item, Kind
from audit.photos.respace import BASE_WORDS, respace, vocabulary

# Words that make a photo's context a campaign one even without a name;
# rule packs add their election words and vote verbs.
CAMPAIGN_WORDS = frozenset("""kampanye pemilu pilpres pilkada pileg capres cawapres caleg paslon coblos
pilih menang putaran relawan pemenangan timses dukung""".split())
_NUMBER = re.compile(r"\b(?:no|nomor|nomer|urut|paslon|coblos|salam)\.?\s*0?([1-9])\b|(?<![\d.,])\b0([1-9])\b",
                     re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_JOINER = re.compile(r"(?<=[A-Za-z])\s*[-–—_]\s*(?=[A-Za-z])")


def numbers_in(text: str) -> set[int]:
    return {int(a or b) for a, b in _NUMBER.findall(text or "")}


def _strings(obj: Any, depth: int = 0) -> list[str]:
    """Every string in a rule set (names, aliases, hashtags, vocabulary) for respacing."""
    if depth > 5 or obj is None:
        return []
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _strings(v, depth + 1)]
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [s for v in obj for s in _strings(v, depth + 1)]
    if dataclasses.is_dataclass(obj):
        return [s for f in dataclasses.fields(obj) for s in _strings(getattr(obj, f.name), depth + 1)]
    return []


class RuleContext:
    def __init__(self, ruleset_or_auditor: Any) -> None:
        if hasattr(ruleset_or_auditor, "audit"):
            self.auditor = ruleset_or_auditor
            self.ruleset = getattr(ruleset_or_auditor, "ruleset", None)
        else:
            from audit.engine import Auditor  # type: ignore[attr-defined]
            self.auditor = Auditor(ruleset_or_auditor)
            self.ruleset = ruleset_or_auditor
        words: list[str] = []
        voc = getattr(self.ruleset, "vocabulary", None)
        for name in ("election_words", "vote_verbs", "volunteer_words"):
            words.extend(getattr(voc, name, None) or [])
        self.campaign_words = CAMPAIGN_WORDS | {w.lower() for w in words if " " not in w}
        self.vocab = vocabulary(_strings(getattr(self.ruleset, "entities", None))
                                + _strings(voc)) if self.ruleset is not None else BASE_WORDS
        self._memo: dict[tuple[str, str, datetime | None], list[Finding]] = {}

    # -- matching ---------------------------------------------------------------
    def match(self, item: Item, text: str) -> tuple[list[Finding], str]:
        """Findings for ``text`` seen in or around ``item``'s photo, and the text
        variant they point into (as read, or with spaces put back)."""
        text = (text or "").strip()
        if not text:
            return [], ""
        # OCR glues "ANIES - MUHAIMIN" into "ANIES-MUHAIMIN" as readily as it drops spaces.
        fixed = _JOINER.sub(" ", respace(text, self.vocab))
        best: tuple[list[Finding], str] = ([], text)
        for variant in dict.fromkeys((text, fixed)):
            # The date is part of the key: the same words are a vote call in the campaign and name
            # no one before the number draw.
            key = (item.platform.value, variant, item.timestamp)
            if key not in self._memo:
                if len(self._memo) >= 20_000:
                    self._memo.clear()
                probe = Item(platform=item.platform, kind=Kind.PHOTO, timestamp=item.timestamp,
                             source=item.source, text=variant, url=item.url, media=item.media,
                             extra={"probe": "photo_text"})
                try:
                    self._memo[key] = list(self.auditor.audit(probe))
                except Exception:  # noqa: BLE001 - the engine's problem must not stop the photo step
                    self._memo[key] = []
            found = self._memo[key]
            if len(found) > len(best[0]):
                best = (found, variant)
        return best

    def mentions(self, text: str) -> set[str]:
        """Entities named outright (full names, strong aliases), claim or not.

        The engine rightly makes no finding of "Salam dari Anies Baswedan";
        beside a raised finger, the name is what turns a pose into support.
        """
        text = (text or "").strip()
        if not text:
            return set()
        scan = getattr(getattr(self.auditor, "rules", None), "scan", None)
        if scan is not None:
            try:
                return {h.data[0] for h in scan("text", text).hits
                        if h.cat == "alias" and len(h.data) > 1 and h.data[1] == "strong"}
            except Exception:  # noqa: BLE001 - engine internals changed: use the plain search
                pass
        low = " " + re.sub(r"[^\w#]+", " ", text.lower()) + " "
        out: set[str] = set()
        for e in (getattr(self.ruleset, "entities", None) or {}).values():
            if getattr(e, "type", "") not in ("pair", "candidate"):
                continue
            for t in (e.name, *e.aliases):
                t = re.sub(r"[^\w]+", " ", t.lower()).strip()
                if t and f" {t} " in low:
                    out.add(e.id)
        return out

    def number_drawn(self, n: int, when: datetime | None) -> bool:
        """Does ballot number ``n`` name anyone on ``when``? Not before its draw (``number_from``):
        three fingers and a "3" in a 2022 caption point to no pair, as in texts."""
        if when is None:
            return True
        ents = getattr(self.ruleset, "entities", None) or {}
        numbered = [e for e in ents.values() if getattr(e, "number", None) == n]
        if not numbered:
            return True  # a number no pack knows: the caption's number still matches the pose
        return any(getattr(e, "number_from", None) is None or when >= e.number_from for e in numbered)

    def campaign_context(self, text: str) -> bool:
        return bool(set(_WORD.findall((text or "").lower())) & self.campaign_words)

    def phase(self, when: datetime | None) -> Any:
        if when is None:
            return None
        fn = getattr(self.auditor, "phase_of", None)
        if fn is None:
            return None
        try:
            return fn(when)
        except Exception:  # noqa: BLE001
            return None

    def entity_name(self, entity_id: str) -> str:
        ents = getattr(self.ruleset, "entities", None) or {}
        e = ents.get(entity_id) if isinstance(ents, dict) else None
        return getattr(e, "name", None) or entity_id
