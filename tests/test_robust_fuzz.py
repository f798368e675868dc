"""Property tests: no input makes an importer, the zip reader or the rule-pack loader raise
anything but the project's typed errors. The long run is ``python -m fuzz`` (and the slow test below)."""

from __future__ import annotations

import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.importers.registry import all_importers
from fuzz.harness import run_importer, run_pack_loader, run_zip_reader, scratch_dir
from fuzz.mutate import mutate_archive, mutate_toml, mutate_zip
from fuzz.seeds import importer_seeds, rulepack_seed, zip_seeds

IMPORTERS = {i.name: i for i in all_importers()}
NAMES = sorted(importer_seeds())
# Derandomized: the default suite is the same on every machine; the fuzz command explores.
QUICK = settings(max_examples=100, deadline=None, derandomize=True, database=None,
                 suppress_health_check=list(HealthCheck))
WORK = scratch_dir()


def _no_crash(out) -> None:
    assert out.crash is None, f"{out.crash.error}\n{out.crash.trace}"


def test_every_registered_importer_has_seeds():
    assert set(IMPORTERS) <= set(NAMES), set(IMPORTERS) - set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_seeds_are_valid_exports_of_their_platform(name):
    """Mutations start from files the importer really reads, or they test nothing."""
    for seed in importer_seeds()[name]:
        out = run_importer(IMPORTERS[name], seed, force=False)
        _no_crash(out)
        assert out.items > 0 and out.typed_error is None


@pytest.mark.parametrize("name", NAMES)
def test_mutated_exports_never_crash_an_importer(name):
    @QUICK
    @given(st.integers(0, 10), st.randoms(use_true_random=False))
    def check(i, rnd):
        pool = importer_seeds()[name]
        _no_crash(run_importer(IMPORTERS[name], mutate_archive(pool[i % len(pool)], rnd)))
    check()


@pytest.mark.parametrize("name", NAMES)
def test_arbitrary_bytes_under_real_member_names_never_crash(name):
    @QUICK
    @given(st.integers(0, 10), st.integers(0, 100), st.binary(max_size=3000))
    def check(i, j, data):
        pool = importer_seeds()[name]
        seed = dict(pool[i % len(pool)])
        path = sorted(seed)[j % len(seed)]
        seed[path] = data
        _no_crash(run_importer(IMPORTERS[name], seed))
    check()


def test_other_platforms_files_never_crash_an_importer():
    """The pipeline may hand an importer an archive of another platform (best detection wins)."""
    for name, imp in IMPORTERS.items():
        for other, pool in importer_seeds().items():
            if other != name:
                _no_crash(run_importer(imp, pool[0]))


@QUICK
@given(st.randoms(use_true_random=False))
def test_mutated_rule_packs_load_or_raise_a_typed_error(rnd):
    _no_crash(run_pack_loader(mutate_toml(rulepack_seed(), rnd), WORK))


@QUICK
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_as_a_rule_pack(data):
    _no_crash(run_pack_loader(data, WORK))


@QUICK
@given(st.randoms(use_true_random=False))
def test_damaged_zips_are_read_or_refused_with_a_typed_error(rnd):
    seeds = zip_seeds()
    _no_crash(run_zip_reader(mutate_zip(seeds[rnd.randrange(len(seeds))], rnd), WORK))


@QUICK
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_named_zip(data):
    _no_crash(run_zip_reader(b"PK\x03\x04" + data, WORK))
    _no_crash(run_zip_reader(data, WORK))


def test_zip_reader_target_really_reads_the_seeds():
    for data in zip_seeds():
        out = run_zip_reader(data, WORK)
        _no_crash(out)
        assert out.typed_error is None and out.items > 0
    assert zipfile.is_zipfile(WORK / "facebook-fuzz.zip")


@pytest.mark.slow
def test_long_fuzz_run_finds_no_crash(capsys):
    from fuzz.__main__ import main
    rc = main(["--examples", "3000", "--seed", "7000000"])
    out = capsys.readouterr().out
    assert "TOTAL" in out
    assert rc == 0, out
