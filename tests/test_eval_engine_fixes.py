"""Engine fixes found by the labelled corpus; each holds for every pair (or party) alike."""

from __future__ import annotations

import pytest

from audit.engine.normalize import Normalizer
from audit.findings import Severity
from audit.model import Kind, Platform, Target
from engine_checks import audit, flagged, side_of

PAIRS = {1: ("anies", "Anies-Muhaimin", "AniesMuhaimin"), 2: ("prabowo", "Prabowo-Gibran", "PrabowoGibran"),
         3: ("ganjar", "Ganjar-Mahfud", "GanjarMahfud")}


def test_camel_case_keeps_names_the_pack_spells_that_way():
    n = Normalizer({"nasdem", "partai"})
    assert n.normalize("Kader Partai NasDem") == "kader partai nasdem"
    assert n.normalize("#PrabowoGibran") == "#prabowo gibran"      # unknown glued words still split
    text = "Kader Partai NasDem"
    norm, starts, ends = n.normalize_mapped(text)
    assert norm == n.normalize(text) and text[starts[norm.index("nasdem")]:ends[-1]] == "NasDem"


def test_camel_cased_party_name_is_found_like_any_other(auditor):
    for name in ("NasDem", "Golkar", "PKB"):
        f = audit(auditor, f"Alhamdulillah resmi jadi kader Partai {name}, KTA sudah di tangan")
        assert flagged(f) and f[0].rule == "text.party-membership", name


@pytest.mark.parametrize("n", [1, 2, 3])
def test_undated_like_of_an_explicit_vote_call_is_flagged(auditor, n):
    # X like.js carries no date: explicit campaign content still counts; a weak hint does not.
    name = PAIRS[n][1]
    f = audit(auditor, f"Coblos 0{n} tanggal 14 Februari! {name} untuk Indonesia", kind=Kind.LIKE, ts=None,
              platform=Platform.X, target=Target(url="https://twitter.com/i/web/status/1"))
    assert flagged(f) and f[0].severity == Severity.MEDIUM
    assert f[0].sanction["table"] == "tidak_diketahui"
    weak = audit(auditor, f"{name} hebat", kind=Kind.LIKE, ts=None, platform=Platform.X)
    assert not flagged(weak)


@pytest.mark.parametrize("n", [1, 2, 3])
def test_glued_handles_are_read_like_hashtags(auditor, n):
    glued = PAIRS[n][2].lower()
    for handle in (f"sahabat_{glued}", f"relawan.{glued}.official"):
        f = audit(auditor, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM, target=Target(handle=handle))
        assert flagged(f) and side_of(auditor, f) == {f"pemilu2024.pair.0{n}"}, handle
    # a bare short name glued into an everyday handle is not enough
    assert not audit(auditor, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM,
                     target=Target(handle=f"bakso.{PAIRS[n][0]}"))


def test_glued_party_handle_needs_the_full_party_name(auditor):
    f = audit(auditor, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM, target=Target(handle="partaigelora"))
    assert flagged(f) and f[0].entities == ["pemilu2024.party.gelora"]
    assert not audit(auditor, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM, target=Target(handle="gelorasenja"))


@pytest.mark.parametrize("n", [1, 2, 3])
def test_dates_times_and_scores_are_not_ballot_numbers(auditor, n):
    name = PAIRS[n][1]
    f = audit(auditor, f"Anak muda pilih yg terbaik! 14.02.24 coblos {name} 🙌")
    assert flagged(f) and side_of(auditor, f) == {f"pemilu2024.pair.0{n}"}
    for text in (f"Promo 0{n}.02 ongkir gratis, pilih yang murah", f"Skor akhir 0{n}-01, mantap timnya",
                 f"Rapat jam 0{n}:30 di aula, pilih tempat duduk bebas"):
        assert not flagged(audit(auditor, text)), text


@pytest.mark.parametrize("n", [1, 2, 3])
def test_opposing_a_number_is_opposition(auditor, n):
    f = audit(auditor, f"Yg penting jgn pilih 0{n} ya teman2", kind=Kind.MESSAGE)
    assert flagged(f) and f[0].extra["polarity"] == "oppose" and f"pemilu2024.pair.0{n}" in f[0].entities
    g = audit(auditor, f"Jangan coblos 0{n}, gimik doang")
    assert flagged(g) and g[0].extra["polarity"] == "oppose"
    # choosing an option numbered like a pair is not a vote call
    assert not flagged(audit(auditor, f"Utk konsumsi rapat pilih paket 0{n} ya, yg ada buahnya", kind=Kind.MESSAGE))


@pytest.mark.parametrize("n", [1, 2, 3])
def test_campaign_hashtags_built_from_a_name(auditor, n):
    glued = PAIRS[n][2]
    for tag in (f"#{glued}2024", f"#Dukung{glued}", f"#{glued}"):
        f = audit(auditor, f"Hari ini ke pasar dulu {tag}", kind=Kind.LIKE, ts=None, platform=Platform.X)
        assert flagged(f) and side_of(auditor, f) == {f"pemilu2024.pair.0{n}"}, tag
    # a short ambiguous name alone in a tag is no campaign tag
    assert not flagged(audit(auditor, "Semoga lancar #amin", kind=Kind.LIKE, ts=None, platform=Platform.X))


def test_a_tag_naming_two_sides_is_not_one_sides_campaign_tag(auditor):
    f = audit(auditor, "Debat malam ini #AniesVsPrabowo", kind=Kind.LIKE, ts=None, platform=Platform.X)
    assert not flagged(f)


@pytest.mark.parametrize("n", [1, 2, 3])
def test_support_declared_after_the_name(auditor, n):
    name = PAIRS[n][1]
    f = audit(auditor, f"Pasangan {name} resmi daftar ke KPU. Kami dukung penuh sampai menang!")
    assert flagged(f) and side_of(auditor, f) == {f"pemilu2024.pair.0{n}"}
    # naming every side, or a duty post with the office title, stays unflagged
    assert not flagged(audit(auditor, "Anies-Muhaimin, Prabowo-Gibran dan Ganjar-Mahfud daftar ke KPU. "
                                      "Kami pilih nanti di bilik suara"))
    office = {1: "Gubernur Anies", 2: "Menhan Prabowo", 3: "Gubernur Ganjar"}[n]
    assert not flagged(audit(auditor, f"Kunjungan kerja {office} ke desa kami. Dukung program desa sehat!"))


@pytest.mark.parametrize("party", ["PKS", "Gerindra", "PDI Perjuangan", "Partai Aceh"])
def test_faction_in_official_work_is_not_support(auditor, party):
    text = f"Rapat kerja Komisi IV DPRD bersama Fraksi {party} membahas anggaran pertanian"
    assert not flagged(audit(auditor, text))
    assert flagged(audit(auditor, f"Coblos {party}! Fraksi {party} terbaik"))


def test_slogan_with_only_a_compliment_is_not_support(auditor):
    for text in ("BPBD gerak cepat tangani banjir, salut utk relawan!",
                 "Perubahan jadwal layanan, semangat relawan!", "Relawan banjir cekatan, pelayanan sat set, keren"):
        assert not flagged(audit(auditor, text, kind=Kind.SHARE)), text


@pytest.mark.parametrize("noun", ["TPS", "RT", "kelas", "regu"])
def test_counted_things_numbered_like_pairs(auditor, noun):
    for n in (1, 2, 3):
        f = audit(auditor, kind=Kind.GROUP_MEMBERSHIP, target=Target(name=f"KPPS {noun} 0{n} Kel. Cilandak"))
        assert not flagged(f)
