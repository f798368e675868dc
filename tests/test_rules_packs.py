"""Rule packs: validation with line numbers, no half-loading, combining, neutral structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.errors import RulePackError
from audit.paths import resource_path
from audit.rules import load_packs

NATIONAL = resource_path("rulepacks", "pemilu-2024-nasional.toml")
FICTIONAL = resource_path("rulepacks", "pilkada-contoh-fiktif.toml")
TEMPLATE = resource_path("rulepacks", "pilkada-template.toml")

MINIMAL = """format = 1
[pack]
id = "t"
version = "1"
title = "T"
election = { type = "pilkada", year = 2024 }
region = { level = "kota", code = "1", name = "Kota T" }
author = "me"
valid_from = 2024-01-01
valid_to = 2024-12-31

[[phase]]
id = "t.campaign"
kind = "campaign"
name = "Kampanye"
start = 2024-09-25
end = 2024-11-23

[[entity]]
id = "t.pair.1"
type = "pair"
number = 1
name = "A - B"
aliases = ["andi budi"]
"""


def write(tmp_path: Path, text: str, name: str = "p.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_national_pack_loads_with_phases_and_entities():
    rs = load_packs()
    assert [p.id for p in rs.packs] == ["pemilu2024-nasional"]
    kinds = [p.kind for p in rs.phases]
    assert kinds == ["prospective", "candidates_fixed", "campaign", "quiet", "voting", "after_vote"]
    assert all(p.start.tzinfo is not None and p.start.utcoffset().total_seconds() == 0 for p in rs.phases)
    campaign = next(p for p in rs.phases if p.kind == "campaign")
    assert campaign.start.isoformat() == "2023-11-27T17:00:00+00:00"  # 28 Nov 2023 00:00 WIB
    pairs = [e for e in rs.entities.values() if e.type == "pair"]
    parties = [e for e in rs.entities.values() if e.type == "party"]
    assert sorted(p.number for p in pairs) == [1, 2, 3]
    assert sorted(p.number for p in parties) == list(range(1, 25))  # 18 national + 6 Aceh local


def _filled(ent) -> set[str]:
    return {f for f in ("aliases", "ambiguous", "context", "slogans", "hashtags", "gestures", "members", "parties",
                        "offices", "accounts", "name_patterns", "unconfirmed", "number", "role", "pair")
            if getattr(ent, f) not in (None, (), [])}


def test_three_pairs_have_identically_filled_fields():
    rs = load_packs()
    pairs = sorted((e for e in rs.entities.values() if e.type == "pair"), key=lambda e: e.number)
    assert len({frozenset(_filled(p)) for p in pairs}) == 1
    # and so do their candidates (by role) and their teams
    for role in ("presiden", "wakil_presiden"):
        cands = [e for e in rs.entities.values() if e.type == "candidate" and e.role == role]
        assert len(cands) == 3 and len({frozenset(_filled(c)) for c in cands}) == 1
        assert len({len(c.aliases) for c in cands}) == 1 and len({len(c.accounts) for c in cands}) == 1
    teams = [e for e in rs.entities.values() if e.type == "team"]
    assert len(teams) == 3 and len({frozenset(_filled(t)) for t in teams}) == 1
    assert len({t.name_patterns for t in teams}) == 1
    assert len({len(p.aliases) for p in pairs}) == 1 and len({len(p.slogans) for p in pairs}) == 1


def test_parties_share_one_structure_and_no_party_has_accounts():
    rs = load_packs()
    parties = [e for e in rs.entities.values() if e.type == "party"]
    assert all(p.aliases and p.abbreviation and p.number for p in parties)
    assert not any(p.accounts for p in parties)


def test_combining_national_and_regional_pack():
    rs = load_packs([NATIONAL, FICTIONAL])
    assert {p.id for p in rs.packs} == {"pemilu2024-nasional", "pilkada2024-fiktif"}
    assert len(rs.phases) == 12
    assert rs.entities["pilkada2024-fiktif.pair.1"].parties[0] in rs.entities
    assert rs.phases == sorted(rs.phases, key=lambda p: (p.start, p.end))


def test_template_loads_on_its_own():
    rs = load_packs([TEMPLATE])
    assert rs.packs[0].fictional


def test_regional_pack_alone_reports_missing_references():
    with pytest.raises(RulePackError) as ei:
        load_packs([FICTIONAL])
    errs = ei.value.errors
    assert errs and all(e["code"] == "rules.error.unknown_ref" for e in errs)
    assert all(e["line"] and e["file"].endswith("pilkada-contoh-fiktif.toml") for e in errs)


def test_every_error_is_reported_with_its_line(tmp_path):
    bad = MINIMAL.replace('kind = "campaign"', 'kind = "kampanye"').replace(
        'number = 1\n', 'number = "satu"\n') + 'colour = "merah"\n'
    p = write(tmp_path, bad)
    with pytest.raises(RulePackError) as ei:
        load_packs([p])
    errs = {e["field"]: e for e in ei.value.errors}
    lines = bad.splitlines()
    assert lines[errs["phase[0].kind"]["line"] - 1].startswith("kind")
    assert lines[errs["entity[0].number"]["line"] - 1].startswith("number")
    assert lines[errs["entity[0].colour"]["line"] - 1].startswith("colour")
    assert errs["phase[0].kind"]["message"]["id"] and errs["phase[0].kind"]["message"]["en"]
    assert ei.value.code == "rules.invalid" and ei.value.params["count"] == 3


def test_syntax_error_gives_line(tmp_path):
    p = write(tmp_path, MINIMAL.replace('author = "me"', 'author = "me'))
    with pytest.raises(RulePackError) as ei:
        load_packs([p])
    (e,) = ei.value.errors
    assert e["code"] == "rules.error.syntax" and e["line"] == 8


def test_semantic_errors(tmp_path):
    text = MINIMAL.replace("end = 2024-11-23", "end = 2024-01-02") + """
[[entity]]
id = "t.pair.1"
type = "pair"
number = 1
name = "dup"
aliases = ["ab"]
"""
    with pytest.raises(RulePackError) as ei:
        load_packs([write(tmp_path, text)])
    codes = sorted(e["code"].rsplit(".", 1)[-1] for e in ei.value.errors)
    assert codes == ["alias_short", "date_order", "duplicate_id", "duplicate_number"]
    second = [e for e in ei.value.errors if e["field"] and e["field"].startswith("entity[1]")]
    assert all(e["line"] > 25 for e in second)


def test_broken_pack_never_half_loads_in_a_combination(tmp_path):
    good = write(tmp_path, MINIMAL, "good.toml")
    bad = write(tmp_path, MINIMAL.replace('id = "t"', 'id = "u"').replace("t.pair.1", "u.pair.1")
                .replace("t.campaign", "u.campaign").replace('type = "pair"', 'type = "paslon"'), "bad.toml")
    with pytest.raises(RulePackError) as ei:
        load_packs([good, bad])
    assert {e["file"] for e in ei.value.errors} == {str(bad)}


def test_missing_file_and_not_utf8(tmp_path):
    p = tmp_path / "latin1.toml"
    p.write_bytes("title = 'caf\xe9'".encode("latin-1"))
    with pytest.raises(RulePackError) as ei:
        load_packs([tmp_path / "nope.toml", p])
    codes = [e["code"] for e in ei.value.errors]
    assert codes == ["rules.error.unreadable", "rules.error.encoding"]


def test_cli_check_and_list(capsys):
    from audit.cli.rules_cmd import run_check, run_list
    import argparse
    assert run_check(argparse.Namespace(files=[str(FICTIONAL)], with_national=True)) == 0
    assert "44" in capsys.readouterr().out
    assert run_check(argparse.Namespace(files=[str(FICTIONAL)], with_national=False)) == 2
    out = capsys.readouterr().out
    assert "pilkada-contoh-fiktif.toml:" in out and "pemilu2024.party.pkb" in out
    assert run_list(argparse.Namespace(lang="id")) == 0
    out = capsys.readouterr().out
    assert "pemilu2024-nasional" in out and "pilkada2024-fiktif" in out


def test_add_parser_registers_rules():
    import argparse
    from audit.cli.rules_cmd import add_parser
    p = argparse.ArgumentParser()
    add_parser(p.add_subparsers())
    args = p.parse_args(["rules", "check", "x.toml"])
    assert args.files == ["x.toml"] and callable(args.func)
