"""General fixes made after the first run of the third held-out corpus (tests/corpus/heldout3.jsonl).

Each rule is checked for every pair (or every party) alike, with neutral counter-examples.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from audit.model import Kind, Platform, Target
from audit.rules import load_packs

from tests.engine_checks import audit, flagged, pair_id, side_of

PAIRS = [(1, "Anies-Muhaimin", "AMIN", "Anies"), (2, "Prabowo-Gibran", "Prabowo-Gibran", "Prabowo"),
         (3, "Ganjar-Mahfud", "Ganjar-Mahfud", "Ganjar")]
_PACK = load_packs()
# Parties whose abbreviation is also a short name the pack reads on its own (PA, "Partai Aceh",
# is not: two letters).
PARTIES = sorted((e.id, e.abbreviation, e.number) for e in _PACK.entities.values()
                 if e.type == "party" and e.abbreviation and " " not in e.abbreviation
                 and e.abbreviation.lower().replace("-", " ") in e.ambiguous)
BEFORE_PAIR_DRAW = datetime(2023, 6, 5, 5, tzinfo=timezone.utc)


@pytest.mark.parametrize("n,name,nick,bare", PAIRS)
def test_formal_designation_of_a_pair_is_not_support(auditor, n, name, nick, bare) -> None:
    # How KPU, Bawaslu and the news name a pair: neutral for every pair ...
    for text in (f"Bawaslu melakukan pengawasan kampanye terbuka pasangan calon nomor urut 0{n} {name} di alun-alun",
                 f"Debat malam ini: paslon 0{n} {name} menjawab soal pendidikan",
                 f"capres nomor urut {n} {bare} berkunjung ke pasar"):
        assert not flagged(audit(auditor, text=text)), text
    # ... while campaign shorthand, the name beside its own number, stays support.
    fs = audit(auditor, text=f"{name} nomor {n}")
    assert flagged(fs) and side_of(auditor, fs) == {pair_id(n)}


@pytest.mark.parametrize("eid,abbr,number", PARTIES)
def test_list_position_on_a_caleg_page_does_not_name_another_party(auditor, eid, abbr, number) -> None:
    position = 4 if number != 4 else 7
    page = Target(name=f"Rina Lestari - Caleg DPRD Kota Semarang dari {abbr} No. Urut {position}", type="page")
    fs = audit(auditor, kind=Kind.FOLLOW, target=page)
    assert flagged(fs)
    assert fs[0].entities == [eid]


@pytest.mark.parametrize("n", [1, 2, 3])
@pytest.mark.parametrize("template", ["ambo coblos nomor {w}, yakin bana", "coblos nomoro {w} mi",
                                      "urang mah coblos nomor {w}"])
def test_regional_numerals_after_a_number_word(auditor, n, template) -> None:
    words = {"ambo": ("ciek", "duo", "tigo"), "nomoro": ("seddi", "dua", "tellu"), "urang": ("hiji", "dua", "tilu")}
    key = next(k for k in words if k in template)
    fs = audit(auditor, text=template.format(w=words[key][n - 1]))
    assert flagged(fs), template
    assert pair_id(n) in side_of(auditor, fs)


@pytest.mark.parametrize("n,name,nick,bare", PAIRS)
def test_duo_is_a_number_only_after_a_number_word(auditor, n, name, nick, bare) -> None:
    # "duo" is also "a pair of people": next to any pair's name it is no ballot number.
    assert not flagged(audit(auditor, text=f"duo {name} hadir di acara debat semalam"))
    assert not flagged(audit(auditor, text="duo maut Persib malam ini"))


@pytest.mark.parametrize("n,name,nick,bare", PAIRS)
def test_strong_support_word_glued_to_a_bare_name_in_a_handle(auditor, n, name, nick, bare) -> None:
    for handle in (f"dukung.{bare.lower()}.2024", f"pilih{bare.lower()}"):
        fs = audit(auditor, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM, target=Target(handle=handle))
        assert flagged(fs), handle
        assert side_of(auditor, fs) == {pair_id(n)}
    for handle in (f"toko.{bare.lower()}.jaya", f"{bare.lower()}.kitchen"):
        assert not flagged(audit(auditor, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM,
                                 target=Target(handle=handle))), handle


@pytest.mark.parametrize("n,name,nick,bare", PAIRS)
def test_bare_name_and_its_own_number_vouch_for_each_other(auditor, n, name, nick, bare) -> None:
    fs = audit(auditor, text=f"Aye mah pokoknye nomer {n} kudu menang! {bare} nyok")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
    # A prayer keeps "amin" a prayer, for whichever number.
    assert not flagged(audit(auditor, text=f"semoga juara nomor {n} ya nak, amin"))
    # Another side's number does not vouch.
    other = n % 3 + 1
    assert pair_id(n) not in side_of(auditor, audit(auditor, text=f"kemarin antre nomor {other}, ketemu {bare}"))


@pytest.mark.parametrize("n,name,nick,bare", PAIRS)
def test_all_in_after_a_ballot_number(auditor, n, name, nick, bare) -> None:
    fs = audit(auditor, text=f"hot take: 0{n} all in, yg beda pilihan monggo")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)


@pytest.mark.parametrize("team", ["Timda AMIN Kab Semarang", "TKD Prabowo-Gibran Kab Semarang",
                                  "TPD Ganjar-Mahfud Kab Semarang"])
def test_every_pairs_regional_campaign_team_account(auditor, team) -> None:
    fs = audit(auditor, kind=Kind.FOLLOW, platform=Platform.TIKTOK, target=Target(name=team, type="account"))
    assert flagged(fs)


@pytest.mark.parametrize("eid,abbr,number", PARTIES)
def test_wing_named_after_its_party(auditor, eid, abbr, number) -> None:
    glued = abbr.lower().replace("-", "")
    for target in (Target(name=f"Pemuda {abbr} Jatim", type="page"), Target(handle=f"pemuda{glued}.jatim"),
                   Target(name=f"Srikandi {abbr} Kota Bandung", type="page")):
        fs = audit(auditor, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM, target=target)
        assert flagged(fs), target
        assert eid in fs[0].entities


def test_before_the_draw_a_number_still_vouches_for_no_one(auditor) -> None:
    # The vouching rule needs the number to name the pair: before 14 Nov 2023 it names none.
    for n, _name, _nick, bare in PAIRS:
        fs = audit(auditor, text=f"pokoknye nomer {n} kudu menang! {bare} nyok", ts=BEFORE_PAIR_DRAW)
        assert pair_id(n) not in side_of(auditor, fs)


# -- rally invitations (a miss noted since heldout2) and bare names in election texts ---------------

@pytest.mark.parametrize("n,name,nick,bare", PAIRS)
@pytest.mark.parametrize("template", ["Ayo hadir!! Kampanye akbar {x} di GOR besok jam 8",
                                      "Hadirilah kampanye akbar {x} Minggu ini", "Yuk ramaikan kampanye {x} di lapangan"])
def test_invitation_to_a_sides_rally_is_flagged_for_every_pair(auditor, n, name, nick, bare, template) -> None:
    for x in (name, nick):
        fs = audit(auditor, text=template.format(x=x))
        assert flagged(fs), template.format(x=x)
        assert pair_id(n) in side_of(auditor, fs)


@pytest.mark.parametrize("n,name,nick,bare", PAIRS)
def test_news_of_a_rally_is_not_an_invitation(auditor, n, name, nick, bare) -> None:
    for text in (f"Kampanye akbar {name} di GBK dihadiri ribuan orang, lalu lintas dialihkan",
                 "Ayo hadir di debat capres malam ini, tonton Anies, Prabowo dan Ganjar"):
        assert not flagged(audit(auditor, text=text)), text


@pytest.mark.parametrize("n,name,nick,bare", PAIRS)
def test_bare_name_in_an_election_text_gets_the_same_review_for_every_pair(auditor, n, name, nick, bare) -> None:
    # "kampanye akbar AMIN" was left unmarked while the other pairs' names got a "worth a look".
    fs = audit(auditor, text=f"kemarin ada kampanye akbar {nick} di lapangan kota")
    assert [f.severity.value for f in fs] == ["low"]
    assert pair_id(n) in side_of(auditor, fs)
    # A prayer stays a prayer.
    assert not audit(auditor, text="semoga kampanye hari ini lancar dan aman, amin")


@pytest.mark.parametrize("n", [1, 2, 3])
def test_team_numbers_in_sports_are_not_ballot_numbers(auditor, n) -> None:
    for text in (f"tim 0{n} menang futsal antar kantor", f"skor akhir tim 0{n} unggul 3-1 di turnamen voli"):
        assert not flagged(audit(auditor, text=text)), text
    # A vote call stays one whatever else the text talks about.
    fs = audit(auditor, text=f"coblos 0{n}, abis itu nonton futsal")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
