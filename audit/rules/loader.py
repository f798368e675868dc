"""Load, validate and combine rule packs. A broken pack never half-loads.

Every problem is collected (file, line, field, plain message in both
languages) and raised together as one ``RulePackError`` whose ``errors``
attribute lists them all, so an editor can fix a pack in one pass.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from audit.errors import RulePackError
from audit.i18n import both
from audit.paths import data_dir, resource_path
from audit.rules.locate import Locator
from audit.rules.model import (Account, Entity, NeutralSource, PackInfo, Phase, PhraseGroup, RuleSet,
                               Vocabulary)
from audit.rules.schema import FORMAT_VERSION, GESTURE_EMOJI, SCHEMA, F

WIB = timezone(timedelta(hours=7), "WIB")
UTC = timezone.utc
NATIONAL_PACK = "pemilu-2024-nasional.toml"
USER_PACK_DIR = "rulepacks"


def default_pack_paths() -> list[Path]:
    """The packs in use: the shipped national pack (unless the organisation turns it off),
    the organisation file's extra packs, and signed packs installed in the data folder.

    A pack name appears once: an installed (newer, signed) pack replaces an
    organisation pack of the same file name.
    """
    from audit.orgconfig import load_org_config

    org = load_org_config()
    paths = [] if org.disable_national else [resource_path("rulepacks", NATIONAL_PACK)]
    by_name: dict[str, Path] = {}
    for p in org.extra_packs:
        by_name[p.name] = p
    try:
        user = data_dir(create=False) / USER_PACK_DIR
        if user.is_dir():
            for p in sorted(user.glob("*.toml")):
                by_name[p.name] = p
    except OSError:
        pass
    paths.extend(by_name[k] for k in sorted(by_name) if k != NATIONAL_PACK or org.disable_national)
    if not paths:
        paths = [resource_path("rulepacks", NATIONAL_PACK)]
    return paths


def shipped_pack_paths() -> list[Path]:
    return sorted(resource_path("rulepacks").glob("*.toml"))


class _Collector:
    def __init__(self, file: str, text: str = "") -> None:
        self.file = file
        self.loc = Locator(text) if text else None
        self.errors: list[dict[str, Any]] = []

    def add(self, code: str, path: str = "", line: int | None = None, **params: Any) -> None:
        if line is None and self.loc is not None and path:
            line = self.loc.line_of(path)
        msg = both(f"rules.error.{code}", field=path, **params)
        self.errors.append({"code": f"rules.error.{code}", "file": self.file, "line": line,
                            "field": path or None, "message": msg, "params": params})


def _check(node: dict[str, F], data: Any, path: str, col: _Collector) -> None:
    if not isinstance(data, dict):
        col.add("type", path, expected="table")
        return
    for key in data:
        if key not in node:
            col.add("unknown_field", f"{path}.{key}" if path else key, name=key)
    for key, spec in node.items():
        p = f"{path}.{key}" if path else key
        if key not in data:
            if spec.required:
                col.add("missing", p, name=key)
            continue
        _check_value(spec, data[key], p, col)


def _check_value(spec: F, v: Any, p: str, col: _Collector) -> None:
    k = spec.kind
    if k == "str":
        if not isinstance(v, str):
            col.add("type", p, expected="string")
        elif spec.choices and v not in spec.choices:
            col.add("choice", p, value=v, choices=", ".join(spec.choices))
        elif not v.strip() and spec.required:
            col.add("empty", p)
    elif k == "int":
        if not isinstance(v, int) or isinstance(v, bool):
            col.add("type", p, expected="integer")
    elif k == "bool":
        if not isinstance(v, bool):
            col.add("type", p, expected="true/false")
    elif k == "date":
        if not isinstance(v, (date, datetime)) or isinstance(v, time):
            col.add("type", p, expected="date (YYYY-MM-DD)")
    elif k == "text":
        if isinstance(v, dict):
            for lang in ("id", "en"):
                if not isinstance(v.get(lang), str) or not v[lang].strip():
                    col.add("missing", f"{p}.{lang}", name=lang)
        elif not isinstance(v, str) or not v.strip():
            col.add("type", p, expected="text")
    elif k == "strs":
        if not isinstance(v, list):
            col.add("type", p, expected="array of strings")
            return
        for i, s in enumerate(v):
            if not isinstance(s, str) or not s.strip():
                col.add("type", f"{p}[{i}]", expected="non-empty string")
    elif k == "table":
        _check(spec.fields, v, p, col)
    elif k == "tables":
        if not isinstance(v, list):
            col.add("type", p, expected="array of tables ([[...]])")
            return
        for i, t in enumerate(v):
            _check(spec.fields, t, f"{p}[{i}]", col)


def _as_utc(v: date | datetime, end: bool) -> datetime:
    if isinstance(v, datetime):
        dt = v if v.tzinfo else v.replace(tzinfo=WIB)
    else:
        dt = datetime.combine(v, time(23, 59, 59) if end else time(0, 0), tzinfo=WIB)
    return dt.astimezone(UTC)


def _text(v: Any) -> dict[str, str]:
    return dict(v) if isinstance(v, dict) else {"id": v, "en": v}


def _words_ok(s: str) -> bool:
    return bool(re.search(r"[0-9A-Za-z]", s)) or any(ch in GESTURE_EMOJI for ch in s)


def _accounts(raw: list[dict[str, Any]], path: str, col: _Collector) -> tuple[Account, ...]:
    out = []
    for i, a in enumerate(raw or []):
        if not any(a.get(k) for k in ("handle", "id", "name", "url")):
            col.add("account_empty", f"{path}.accounts[{i}]")
            continue
        handle = a.get("handle")
        out.append(Account(platform=a.get("platform", "any"),
                           handle=handle.lstrip("@") if isinstance(handle, str) else None,
                           id=a.get("id"), name=a.get("name"), url=a.get("url"),
                           confirmed=a.get("confirmed", True)))
    return tuple(out)


def _parse_pack(path: Path, col: _Collector) -> RuleSet | None:
    try:
        raw_bytes = path.read_bytes()
    except OSError as e:
        col.add("unreadable", reason=e.strerror or str(e))
        return None
    try:
        text = raw_bytes.decode("utf-8")
    except UnicodeDecodeError:
        col.add("encoding")
        return None
    col.loc = Locator(text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        col.add("syntax", line=int(m.group(1)) if m else None, detail=str(e))
        return None
    before = len(col.errors)
    _check(SCHEMA, data, "", col)
    if isinstance(data.get("format"), int) and data["format"] != FORMAT_VERSION:
        col.add("format", "format", value=data["format"], expected=FORMAT_VERSION)
    if len(col.errors) > before:
        return None  # types are wrong: building objects would only add noise
    return _build(data, path, col)


def _build(data: dict[str, Any], path: Path, col: _Collector) -> RuleSet:
    rs = RuleSet()
    pk = data["pack"]
    vf, vt = _as_utc(pk["valid_from"], False), _as_utc(pk["valid_to"], True)
    if vf > vt:
        col.add("date_order", "pack.valid_to", start="valid_from", end="valid_to")
    info = PackInfo(id=pk["id"], version=pk["version"], title=_text(pk["title"]),
                    election_type=pk["election"]["type"], election_year=pk["election"]["year"],
                    region_level=pk["region"]["level"], region_code=pk["region"].get("code", ""),
                    region_name=pk["region"]["name"], author=pk["author"], valid_from=vf, valid_to=vt,
                    fictional=pk.get("fictional", False), path=path)
    rs.packs.append(info)
    seen: set[str] = set()
    for i, ph in enumerate(data["phase"]):
        p = f"phase[{i}]"
        if ph["id"] in seen:
            col.add("duplicate_id", f"{p}.id", id=ph["id"])
        seen.add(ph["id"])
        start, end = _as_utc(ph["start"], False), _as_utc(ph["end"], True)
        if start > end:
            col.add("date_order", f"{p}.end", start="start", end="end")
        table = ph.get("sanction") or ("kode_etik" if ph["kind"] == "prospective" else "disiplin")
        rs.phases.append(Phase(id=ph["id"], kind=ph["kind"], name=_text(ph["name"]), start=start, end=end,
                               election=info.id, sanction_table=table, confirmed=ph.get("confirmed", True)))
    numbers: dict[tuple[str, int], str] = {}
    for i, e in enumerate(data.get("entity", [])):
        p = f"entity[{i}]"
        if e["id"] in seen:
            col.add("duplicate_id", f"{p}.id", id=e["id"])
        seen.add(e["id"])
        if e["type"] in ("pair", "party") and "number" not in e:
            col.add("missing", f"{p}.number", name="number")
        if e["type"] == "party" and "abbreviation" not in e:
            col.add("missing", f"{p}.abbreviation", name="abbreviation")
        if "number" in e and e["type"] in ("pair", "party"):
            key = (e["type"], e["number"])
            if key in numbers:
                col.add("duplicate_number", f"{p}.number", number=e["number"], other=numbers[key])
            numbers[key] = e["id"]
        for fname in ("aliases", "ambiguous", "slogans", "hashtags", "gestures", "context", "offices",
                      "name_patterns"):
            for j, s in enumerate(e.get(fname, [])):
                if not _words_ok(s):
                    col.add("no_words", f"{p}.{fname}[{j}]", value=s)
        for j, s in enumerate(e.get("aliases", [])):
            if len(re.sub(r"[^0-9A-Za-z]", "", s)) < 3:
                col.add("alias_short", f"{p}.aliases[{j}]", value=s)
        for j, s in enumerate(e.get("name_patterns", [])):
            if "{alias}" not in s:
                col.add("pattern_alias", f"{p}.name_patterns[{j}]", value=s)
        rs.entities[e["id"]] = Entity(
            id=e["id"], type=e["type"], name=e["name"], pack=info.id, number=e.get("number"),
            number_from=_as_utc(e["number_from"], False) if "number_from" in e else None,
            abbreviation=e.get("abbreviation"), role=e.get("role"), pair=e.get("pair"),
            members=tuple(e.get("members", ())), parties=tuple(e.get("parties", ())),
            aliases=tuple(e.get("aliases", ())), ambiguous=tuple(e.get("ambiguous", ())),
            context=tuple(e.get("context", ())), slogans=tuple(e.get("slogans", ())),
            hashtags=tuple(h.lstrip("#") for h in e.get("hashtags", ())),
            gestures=tuple(e.get("gestures", ())), offices=tuple(e.get("offices", ())),
            colours=tuple(e.get("colours", ())), name_patterns=tuple(e.get("name_patterns", ())),
            unconfirmed=tuple(e.get("unconfirmed", ())),
            accounts=_accounts(e.get("accounts", []), p, col))
    for i, n in enumerate(data.get("neutral_source", [])):
        rs.neutral_sources.append(NeutralSource(
            id=n["id"], name=n["name"], name_patterns=tuple(n.get("name_patterns", ())),
            accounts=_accounts(n.get("accounts", []), f"neutral_source[{i}]", col)))
    voc = data.get("vocabulary", {})
    v = Vocabulary()
    for name in ("election_words", "volunteer_words", "vote_verbs", "weak_vote_verbs", "number_words",
                 "neutral_phrases", "exclusions", "membership_words", "duty_words", "count_words",
                 "quantity_words", "place_words"):
        setattr(v, name, list(voc.get(name, [])))
    for kind in ("support", "oppose"):
        for g in voc.get(kind, []):
            getattr(v, kind).append(PhraseGroup(strength=g["strength"], position=g.get("position", "before"),
                                                call=g.get("call", False), phrases=tuple(g["phrases"])))
    rs.vocabulary = v
    return rs


def _check_references(rs: RuleSet, cols: dict[str, _Collector], index: dict[str, tuple[str, int]]) -> None:
    for ent in rs.entities.values():
        fname, i = index[ent.id]
        col = cols[fname]
        for fld, refs in (("members", ent.members), ("parties", ent.parties),
                          ("pair", (ent.pair,) if ent.pair else ())):
            for j, ref in enumerate(refs):
                target = rs.entities.get(ref)
                if target is None:
                    col.add("unknown_ref", f"entity[{i}].{fld}" + (f"[{j}]" if fld != "pair" else ""), ref=ref)


def load_packs(paths: list[Path] | None = None) -> RuleSet:
    """Validate and combine packs (national + regional). Raises ``RulePackError`` listing every error."""
    paths = [Path(p) for p in (default_pack_paths() if paths is None else paths)]
    if not paths:
        raise RulePackError("rules.error.none")
    combined = RuleSet()
    cols: dict[str, _Collector] = {}
    index: dict[str, tuple[str, int]] = {}
    phase_ids: set[str] = set()
    pack_ids: set[str] = set()
    for path in paths:
        col = _Collector(str(path))
        cols[str(path)] = col
        rs = _parse_pack(path, col)
        if rs is None:
            continue
        info = rs.packs[0]
        if info.id in pack_ids:
            col.add("duplicate_pack", "pack.id", id=info.id)
        pack_ids.add(info.id)
        combined.packs.append(info)
        for i, ph in enumerate(rs.phases):
            if ph.id in phase_ids:
                col.add("duplicate_id", f"phase[{i}].id", id=ph.id)
            phase_ids.add(ph.id)
            combined.phases.append(ph)
        for i, (eid, ent) in enumerate(rs.entities.items()):
            if eid in combined.entities:
                col.add("duplicate_id", f"entity[{i}].id", id=eid)
            combined.entities[eid] = ent
            index[eid] = (str(path), i)
        combined.neutral_sources.extend(rs.neutral_sources)
        combined.vocabulary.merge(rs.vocabulary)
    if not any(c.errors for c in cols.values()):
        _check_references(combined, cols, index)
    errors = [e for c in cols.values() for e in c.errors]
    if errors:
        first = errors[0]
        err = RulePackError("rules.invalid", file=first["file"], line=first["line"], field=first["field"],
                            count=len(errors), first_id=first["message"]["id"],
                            first_en=first["message"]["en"])
        err.errors = errors  # type: ignore[attr-defined]
        raise err
    combined.phases.sort(key=lambda p: (p.start, p.end))
    return combined


def format_error(e: dict[str, Any], lang: str = "id") -> str:
    where = e["file"]
    if e.get("line"):
        where += f":{e['line']}"
    if e.get("field"):
        where += f" [{e['field']}]"
    return f"{where}: {e['message'][lang]}"
