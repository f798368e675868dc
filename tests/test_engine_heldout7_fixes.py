"""Fixes made after the first run of the seventh held-out corpus (tests/corpus/heldout7.jsonl):
an opposition text was read as support ("... jangan pilih dia" gave a high *support* finding,
from the "pilih" inside "jangan pilih"). Checked for every pair alike."""

from __future__ import annotations

import pytest

from tests.engine_checks import audit, flagged, pair_id, side_of

PAIRS = [(1, "Anies Baswedan"), (2, "Prabowo Subianto"), (3, "Ganjar Pranowo")]


@pytest.mark.parametrize("n,name", PAIRS)
def test_opposition_pointing_back_with_a_pronoun_is_opposition(auditor, n, name) -> None:
    fs = audit(auditor, text=f"Rekam jejak {name} jelas bermasalah. Jangan ulangi kesalahan, jangan pilih dia 14 Feb!")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
    assert {f.extra["polarity"] for f in fs} == {"oppose"}


@pytest.mark.parametrize("n,name", PAIRS)
def test_pilih_inside_jangan_pilih_is_never_support(auditor, n, name) -> None:
    for text in (f"{name} kemarin ke pasar. jangan pilih yang lain-lain dulu, tunggu debat",
                 f"Berita hari ini: {name} berkunjung. Jangan pilih karena ikut-ikutan ya, baca programnya"):
        assert all(f.extra["polarity"] != "support" for f in audit(auditor, text=text)), text
    # Support elsewhere in the text still counts as support.
    fs = audit(auditor, text=f"{name} presidenku! jangan pilih yang lain")
    assert flagged(fs) and {f.extra["polarity"] for f in fs} == {"support"}


@pytest.mark.parametrize("party", ["PKS", "Gerindra", "PDIP", "Golkar", "NasDem"])
def test_opposition_written_on_a_sides_own_page_is_opposition(auditor, party) -> None:
    from audit.model import Kind, Target
    page = Target(name=f"Partai {party} Official", type="page")
    fs = audit(auditor, text=f"Ga pilih {party} lah, udh cukup", kind=Kind.COMMENT, target=page)
    assert flagged(fs) and {f.extra["polarity"] for f in fs} == {"oppose"}
    # Praise on the same page is still read from the page and the words as support.
    fs = audit(auditor, text=f"mantap {party}!", kind=Kind.COMMENT, target=page)
    assert flagged(fs) and {f.extra["polarity"] for f in fs} == {"support"}
