"""Measure the audit engine on a labelled corpus (precision, recall, F1, neutrality).

The corpus is JSON Lines, one hand-labelled item per line (see
``tests/corpus/README.md``). Each line becomes an ``audit.model.Item`` exactly
as an importer would build it, goes through ``audit.engine.Auditor`` with the
shipped rule packs, and is scored:

* "flagged" = a finding of severity high or medium. A "low" finding means
  "worth a look", not a violation, so it does not count as flagged; how many
  neutral items still got one is reported separately.
* A flagged partisan item is "attributed" when the finding names (directly or
  through a candidate or team) one of the pairs/parties the label expects.
* Recall is broken down by the side an item is about (each pair, each party
  group), so the report shows at a glance whether every side is found alike.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from audit.errors import InputError
from audit.findings import Finding, Severity
from audit.model import Item, Kind, Platform, SourceRef, Target
from audit.paths import resource_path

LABELS = ("partisan", "neutral")
FLAGGED = (Severity.HIGH, Severity.MEDIUM)
# Undated corpus lines stand for archive records without a date; dated ones are read at
# midday WIB so no item sits on a phase boundary by accident of the time zone.
MIDDAY_WIB_UTC = timedelta(hours=5)


def default_corpus_path() -> Path:
    """The corpus shipped with the source tree (tests/corpus/labelled.jsonl)."""
    here = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "labelled.jsonl"
    if here.is_file():
        return here
    return resource_path("corpus", "labelled.jsonl")


@dataclass(slots=True)
class LabelledItem:
    id: str
    label: str
    entities: list[str]
    item: Item
    raw: dict[str, Any]

    @property
    def group(self) -> str | None:
        g = self.raw.get("group")
        return g if isinstance(g, str) else None


@dataclass(slots=True)
class Outcome:
    li: LabelledItem
    findings: list[Finding]
    flagged: bool
    low: bool
    sides: set[str]            # pairs/parties the flagged finding points at
    attributed: bool           # flagged and one of the expected sides is among `sides`

    @property
    def best(self) -> Finding | None:
        return self.findings[0] if self.findings else None


@dataclass(slots=True)
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, label: str, flagged: bool) -> None:
        if label == "partisan":
            if flagged:
                self.tp += 1
            else:
                self.fn += 1
        elif flagged:
            self.fp += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class Report:
    outcomes: list[Outcome]
    overall: Scores = field(default_factory=Scores)
    by_kind: dict[str, Scores] = field(default_factory=dict)
    by_platform: dict[str, Scores] = field(default_factory=dict)
    by_group: dict[str, Scores] = field(default_factory=dict)      # pair id or party group
    by_party: dict[str, Scores] = field(default_factory=dict)
    attributed_by_group: Counter = field(default_factory=Counter)  # type: ignore[type-arg]
    neutral_low: int = 0
    neutral_low_ids: list[str] = field(default_factory=list)
    neutral_mention_fp: dict[str, list[int]] = field(default_factory=dict)  # side -> [flagged, low, total]

    @property
    def false_positives(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.li.label == "neutral" and o.flagged]

    @property
    def false_negatives(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.li.label == "partisan" and not o.flagged]

    @property
    def misattributed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.li.label == "partisan" and o.flagged and not o.attributed]

    @property
    def wrong_direction(self) -> list[Outcome]:
        """Flagged partisan items whose flagged findings say support where the label says
        opposition, or the reverse: right item, wrong explanation for the user."""
        out = []
        for o in self.outcomes:
            stance = o.li.raw.get("stance")
            if o.li.label != "partisan" or not o.flagged or stance not in ("support", "oppose"):
                continue
            said = {f.extra.get("polarity") for f in o.findings if f.severity in FLAGGED} & {"support", "oppose"}
            if said and stance not in said:
                out.append(o)
        return out

    @property
    def attribution(self) -> float:
        tp = [o for o in self.outcomes if o.li.label == "partisan" and o.flagged]
        return sum(o.attributed for o in tp) / len(tp) if tp else 1.0

    def group_recall(self, group: str, attributed: bool = False) -> float:
        s = self.by_group[group]
        total = s.tp + s.fn
        hits = self.attributed_by_group[group] if attributed else s.tp
        return hits / total if total else 1.0

    def to_json(self) -> dict[str, Any]:
        def brief(o: Outcome) -> dict[str, Any]:
            f = o.best
            return {"id": o.li.id, "kind": o.li.item.kind.value, "platform": o.li.item.platform.value,
                    "text": o.li.item.text, "target": o.li.item.target.to_json() if o.li.item.target else None,
                    "note": o.li.raw.get("note"), "expected": o.li.entities,
                    "finding": None if f is None else {"rule": f.rule, "severity": f.severity.value,
                                                       "entities": f.entities}}
        return {
            "overall": {**self.overall.to_json(), "attribution": round(self.attribution, 4),
                        "items": len(self.outcomes), "neutral_low": self.neutral_low},
            "by_group": {g: {**s.to_json(), "attributed_recall": round(self.group_recall(g, True), 4)}
                         for g, s in sorted(self.by_group.items())},
            "by_party": {g: s.to_json() for g, s in sorted(self.by_party.items())},
            "by_kind": {g: s.to_json() for g, s in sorted(self.by_kind.items())},
            "by_platform": {g: s.to_json() for g, s in sorted(self.by_platform.items())},
            "neutral_mentions": {g: {"flagged": v[0], "low": v[1], "total": v[2]}
                                 for g, v in sorted(self.neutral_mention_fp.items())},
            "false_positives": [brief(o) for o in self.false_positives],
            "false_negatives": [brief(o) for o in self.false_negatives],
            "misattributed": [brief(o) for o in self.misattributed],
            "wrong_direction": [brief(o) for o in self.wrong_direction],
            "neutral_low_ids": self.neutral_low_ids,
        }


# ---------------------------------------------------------------------------------------------- loading
def _bad(path: Path, line: int, reason: str) -> InputError:
    return InputError("eval.bad_line", path=str(path), line=line, reason=reason)


def _str_or_none(v: Any) -> str | None:
    return v if isinstance(v, str) and v.strip() else None


def _timestamp(v: Any, path: Path, line: int) -> datetime | None:
    if v is None:
        return None
    if not isinstance(v, str):
        raise _bad(path, line, "date")
    try:
        d = date.fromisoformat(v[:10])
    except ValueError:
        raise _bad(path, line, "date") from None
    return datetime(d.year, d.month, d.day, tzinfo=timezone.utc) + MIDDAY_WIB_UTC


def to_item(d: dict[str, Any], path: Path, line: int) -> Item:
    """One corpus line -> the Item an importer would have produced."""
    try:
        platform = Platform(d.get("platform"))
        kind = Kind(d.get("kind"))
    except ValueError:
        raise _bad(path, line, "platform/kind") from None
    t = d.get("target")
    target = None
    if t is not None:
        if not isinstance(t, dict):
            raise _bad(path, line, "target")
        target = Target(name=_str_or_none(t.get("name")), handle=_str_or_none(t.get("handle")),
                        id=_str_or_none(t.get("id")), url=_str_or_none(t.get("url")),
                        type=_str_or_none(t.get("type")))
    text = d.get("text")
    if text is not None and not isinstance(text, str):
        raise _bad(path, line, "text")
    extra = d.get("extra") or {}
    if not isinstance(extra, dict):
        raise _bad(path, line, "extra")
    return Item(platform, kind, _timestamp(d.get("date"), path, line), SourceRef(str(path.name), line),
                target=target, text=text, extra=dict(extra))


def load_corpus(path: Path | str | None = None) -> list[LabelledItem]:
    p = Path(path) if path else default_corpus_path()
    if not p.is_file():
        raise InputError("input.not_found", path=str(p))
    out: list[LabelledItem] = []
    seen: set[str] = set()
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise InputError("eval.unreadable", path=str(p)) from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError:
            raise _bad(p, n, "json") from None
        if not isinstance(d, dict):
            raise _bad(p, n, "json")
        iid, label, ents = d.get("id"), d.get("label"), d.get("entities") or []
        if not isinstance(iid, str) or iid in seen:
            raise _bad(p, n, "id")
        if label not in LABELS:
            raise _bad(p, n, "label")
        if not isinstance(ents, list) or not all(isinstance(e, str) for e in ents) or \
                (label == "partisan" and not ents):
            raise _bad(p, n, "entities")
        seen.add(iid)
        out.append(LabelledItem(iid, label, list(ents), to_item(d, p, n), d))
    if not out:
        raise InputError("eval.empty", path=str(p))
    return out


# ---------------------------------------------------------------------------------------------- scoring
def side_map(ruleset: Any) -> dict[str, str]:
    """Entity id -> the side it belongs to: a pair for candidates and teams, else itself."""
    out: dict[str, str] = {}
    for e in ruleset.entities.values():
        out[e.id] = e.pair if e.type in ("candidate", "team") and e.pair else e.id
    return out


def party_group_map(ruleset: Any) -> dict[str, str]:
    """Party id -> the pair whose coalition nominated it ('' when none did)."""
    out: dict[str, str] = {}
    for e in ruleset.entities.values():
        if e.type == "pair":
            for p in e.parties:
                out[p] = e.id
    return out


def evaluate(corpus: list[LabelledItem], auditor: Any = None) -> Report:
    if auditor is None:
        from audit.engine import Auditor
        from audit.rules import load_packs
        auditor = Auditor(load_packs())
    sides = side_map(auditor.ruleset)
    outcomes: list[Outcome] = []
    for li in corpus:
        findings = sorted(auditor.audit(li.item), key=lambda f: -_rank(f.severity))
        flagged_f = [f for f in findings if f.severity in FLAGGED]
        got = {sides.get(e, e) for f in flagged_f for e in f.entities}
        expected = {sides.get(e, e) for e in li.entities}
        outcomes.append(Outcome(li, findings, bool(flagged_f),
                                bool(findings) and not flagged_f, got, bool(flagged_f) and bool(got & expected)))
    return score(outcomes)


def _rank(s: Severity) -> int:
    return {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1}[s]


def score(outcomes: list[Outcome]) -> Report:
    r = Report(outcomes)
    by_kind: dict[str, Scores] = defaultdict(Scores)
    by_platform: dict[str, Scores] = defaultdict(Scores)
    by_group: dict[str, Scores] = defaultdict(Scores)
    by_party: dict[str, Scores] = defaultdict(Scores)
    for o in outcomes:
        li = o.li
        r.overall.add(li.label, o.flagged)
        by_kind[li.item.kind.value].add(li.label, o.flagged)
        by_platform[li.item.platform.value].add(li.label, o.flagged)
        if li.label == "partisan":
            group = li.group or li.entities[0]
            by_group[group].add(li.label, o.flagged)
            if o.attributed:
                r.attributed_by_group[group] += 1
            for e in li.entities:
                if ".party." in e:
                    by_party[e].add(li.label, o.flagged)
        else:
            if o.low:
                r.neutral_low += 1
                r.neutral_low_ids.append(li.id)
            for m in li.raw.get("mentions") or []:
                v = r.neutral_mention_fp.setdefault(m, [0, 0, 0])
                v[0] += o.flagged
                v[1] += o.low
                v[2] += 1
    r.by_kind, r.by_platform, r.by_group, r.by_party = dict(by_kind), dict(by_platform), dict(by_group), \
        dict(by_party)
    return r


# ---------------------------------------------------------------------------------------------- text report
def format_report(r: Report, verbose: bool = False, lang: str | None = None) -> str:
    from audit.i18n import tr

    def row(name: str, s: Scores, extra: str = "") -> str:
        return (f"  {name:<28} P={s.precision:6.3f}  R={s.recall:6.3f}  F1={s.f1:6.3f}  "
                f"(tp {s.tp}, fp {s.fp}, fn {s.fn}, tn {s.tn}){extra}")

    lines = [tr("eval.heading", lang, items=len(r.outcomes),
                partisan=r.overall.tp + r.overall.fn, neutral=r.overall.fp + r.overall.tn)]
    lines.append(row(tr("eval.overall", lang), r.overall))
    lines.append("  " + tr("eval.attribution", lang, value=f"{r.attribution:.3f}"))
    lines.append("  " + tr("eval.neutral_low", lang, count=r.neutral_low, total=r.overall.fp + r.overall.tn))
    lines.append(tr("eval.by_group", lang))
    for g, s in sorted(r.by_group.items()):
        lines.append(row(g, s, f"  {tr('eval.attributed', lang)}={r.group_recall(g, True):.3f}"))
    lines.append(tr("eval.by_kind", lang))
    for g, s in sorted(r.by_kind.items()):
        lines.append(row(g, s))
    lines.append(tr("eval.by_platform", lang))
    for g, s in sorted(r.by_platform.items()):
        lines.append(row(g, s))
    if r.neutral_mention_fp:
        lines.append(tr("eval.neutral_mentions", lang))
        for g, (fl, low, total) in sorted(r.neutral_mention_fp.items()):
            lines.append(f"  {g:<28} {tr('eval.flagged', lang)} {fl}/{total}, low {low}/{total}")
    if verbose:
        lines.append(tr("eval.by_party", lang))
        for g, s in sorted(r.by_party.items()):
            lines.append(row(g, s))

    def listing(title: str, items: list[Outcome]) -> None:
        lines.append(f"{title} ({len(items)})")
        for o in items:
            f = o.best
            t = o.li.item.target
            what = o.li.item.text or (t and (t.name or t.handle)) or ""
            got = f"{f.severity.value} {f.rule} {','.join(f.entities)}" if f else "-"
            lines.append(f"  {o.li.id:<26} [{got}] {what[:90]!r}")
            if verbose:
                lines.append(f"      {o.li.raw.get('note', '')}")

    listing(tr("eval.false_positives", lang), r.false_positives)
    listing(tr("eval.false_negatives", lang), r.false_negatives)
    listing(tr("eval.misattributed", lang), r.misattributed)
    listing(tr("eval.wrong_direction", lang), r.wrong_direction)
    if verbose:
        lines.append(f"{tr('eval.neutral_low_list', lang)}: {', '.join(r.neutral_low_ids) or '-'}")
    return "\n".join(lines)
