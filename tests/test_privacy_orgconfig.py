from __future__ import annotations

from pathlib import Path

from audit.orgconfig import ENV_ORG_CONFIG, load_org_config, parse_org_config

GOOD = """
[organisation]
name = "BKD Kota Contoh"
[defaults]
language = "en"
timezone = "wita"
region_code = "64.72"
region_name = "Kota Contoh"
[rulepacks]
extra = ["packs/pilkada-contoh.toml"]
[updates]
url = "https://intranet.contoh.go.id/jn/pilkada.jnpack"
public_keys = ["AAAA"]
"""


def test_good_file_sets_every_field(tmp_path):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "pilkada-contoh.toml").write_text("# pack")
    f = tmp_path / "organisation.toml"
    f.write_text(GOOD)
    cfg = parse_org_config(f)
    assert cfg.problems == []
    assert (cfg.name, cfg.language, cfg.timezone) == ("BKD Kota Contoh", "en", "WITA")
    assert cfg.region_code == "64.72" and cfg.region_name == "Kota Contoh"
    assert cfg.extra_packs == [(tmp_path / "packs" / "pilkada-contoh.toml").resolve()]
    assert cfg.update_url.startswith("https://") and cfg.public_keys == ["AAAA"]


def test_missing_file_means_defaults(tmp_path):
    cfg = load_org_config([tmp_path / "nope.toml"])
    assert cfg.source is None and cfg.name is None and cfg.problems == []


def test_env_variable_is_searched_first(tmp_path, monkeypatch):
    f = tmp_path / "custom.toml"
    f.write_text('[organisation]\nname = "Dinas X"\n')
    monkeypatch.setenv(ENV_ORG_CONFIG, str(f))
    assert load_org_config().name == "Dinas X"


def test_broken_toml_falls_back_with_a_clear_message(tmp_path):
    f = tmp_path / "organisation.toml"
    f.write_text("[organisation\nname = ")
    cfg = parse_org_config(f)
    assert cfg.name is None
    assert [p.code for p in cfg.problems] == ["org.bad_toml"]
    assert "bawaan" in cfg.problems[0].message("id") and "defaults" in cfg.problems[0].message("en")


def test_bad_fields_are_ignored_one_by_one(tmp_path):
    f = tmp_path / "organisation.toml"
    f.write_text('[organisation]\nname = "OK"\n[defaults]\nlanguage = "fr"\ntimezone = "UTC"\n'
                 '[rulepacks]\nextra = ["missing.toml"]\n[updates]\nurl = "http://evil.example/p"\n'
                 'public_keys = "notalist"\n')
    cfg = parse_org_config(f)
    assert cfg.name == "OK"
    assert cfg.language is None and cfg.timezone is None and cfg.update_url is None
    codes = sorted(p.code for p in cfg.problems)
    assert codes == ["org.bad_field", "org.bad_field", "org.bad_field", "org.insecure_url", "org.pack_missing"]


def test_organisation_packs_join_the_packs_in_use(tmp_path, monkeypatch):
    from audit.paths import resource_path
    from audit.rules import default_pack_paths, load_packs

    example = next(p for p in resource_path("rulepacks").glob("*.toml") if "contoh" in p.name)
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / example.name).write_bytes(example.read_bytes())
    f = tmp_path / "organisation.toml"
    f.write_text(f'[rulepacks]\nextra = ["packs/{example.name}"]\n')
    monkeypatch.setenv(ENV_ORG_CONFIG, str(f))
    paths = default_pack_paths()
    assert [p.name for p in paths] == ["pemilu-2024-nasional.toml", example.name]
    rs = load_packs()
    assert len(rs.packs) == 2


def test_org_show_reports_what_was_read_and_ignored(tmp_path, monkeypatch, capsys):
    from audit.cli import main
    f = tmp_path / "organisation.toml"
    f.write_text('[organisation]\nname = "BKD Contoh"\n[defaults]\ntimezone = "UTC"\n')
    monkeypatch.setenv(ENV_ORG_CONFIG, str(f))
    assert main(["org", "show"]) == 1
    out = capsys.readouterr().out
    assert "BKD Contoh" in out and str(f) in out and "defaults.timezone" in out
    monkeypatch.setenv(ENV_ORG_CONFIG, str(tmp_path / "none.toml"))
    assert main(["org", "show"]) == 0
