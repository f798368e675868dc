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


@pytest.mark.parametrize("n,name", PAIRS)
def test_other_than_turns_opposition_round(auditor, n, name) -> None:
    fs = audit(auditor, text=f"jangan pilih selain 0{n}, coblos 0{n}!")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
    assert {f.extra["polarity"] for f in fs} == {"support"}


@pytest.mark.parametrize("n,name", PAIRS)
def test_irony_of_support_with_explicit_opposition_reads_as_opposition(auditor, n, name) -> None:
    bare = name.split()[0]
    fs = audit(auditor, text=f"Kalau mau Indonesia mundur, silakan pilih 0{n}. Kalau waras, asal bukan {bare}.")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
    assert {f.extra["polarity"] for f in fs} == {"oppose"}


def test_eval_reports_findings_that_go_the_wrong_way(tmp_path, auditor) -> None:
    import json
    from audit.evaluate import evaluate, load_corpus
    base = {"platform": "facebook", "kind": "post", "date": "2024-01-10", "target": None, "extra": {},
            "label": "partisan", "entities": ["pemilu2024.pair.02"], "group": "pemilu2024.pair.02", "note": ""}
    lines = [dict(base, id="right", text="Asal bukan Prabowo, pokoknya jangan pilih 02", stance="oppose"),
             dict(base, id="wrong-way", text="Asal bukan Prabowo, pokoknya jangan pilih 02", stance="support")]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    report = evaluate(load_corpus(path), auditor)
    assert [o.li.id for o in report.wrong_direction] == ["wrong-way"]
    assert report.to_json()["wrong_direction"][0]["id"] == "wrong-way"
