"""Accounts named by nothing but a party's short name and a place are that party's branch
accounts ("PDIP Kota Solo", "golkarjabar"): following, liking or joining them is flagged, the
same for every party of the shipped pack. Place words count only in account names."""

from __future__ import annotations

import pytest

from audit.model import Kind, Platform, Target
from audit.rules import load_packs

from tests.engine_checks import audit, flagged

_PACK = load_packs()
# Every party's short names, as written in account names (several parties have two).
PARTIES = sorted((e.id, name) for e in _PACK.entities.values() if e.type == "party" for name in e.ambiguous
                 if name.replace(" ", "").isalpha())
PLACE_NAMES = ["{p} Kota Solo", "{p} Jawa Barat", "{p} Kab. Bekasi", "{p} Jatim", "{p} Makassar"]
PLACE_HANDLES = ["{p}_bekasi", "{p}.kotabandung", "{p}jabar", "{p}_sulsel_official"]


def _glue(name: str) -> str:
    return name.replace(" ", "")


def test_every_party_of_the_pack_is_covered() -> None:
    assert len({eid for eid, _ in PARTIES}) >= 18  # the national parties and the Aceh local ones


@pytest.mark.parametrize("eid,name", PARTIES)
@pytest.mark.parametrize("pattern", PLACE_NAMES)
def test_page_named_by_party_and_place_is_flagged_for_every_party(auditor, eid, name, pattern) -> None:
    page = Target(name=pattern.format(p=name.upper()), type="page")
    for kind in (Kind.LIKE, Kind.FOLLOW, Kind.GROUP_MEMBERSHIP):
        fs = audit(auditor, kind=kind, target=page)
        assert flagged(fs), (page.name, kind)
        assert eid in fs[0].entities


@pytest.mark.parametrize("eid,name", PARTIES)
@pytest.mark.parametrize("pattern", PLACE_HANDLES)
def test_handle_of_party_and_place_is_flagged_for_every_party(auditor, eid, name, pattern) -> None:
    handle = pattern.format(p=_glue(name))
    fs = audit(auditor, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM, target=Target(handle=handle))
    assert flagged(fs), handle
    assert eid in fs[0].entities


@pytest.mark.parametrize("eid,name", PARTIES)
def test_place_with_other_words_still_needs_campaign_context(auditor, eid, name) -> None:
    # A hobby or trade page that shares a word with a party is not a branch account.
    for page in (f"Komunitas {name.title()} Bandung", f"Jual Beli {name.title()} Jakarta"):
        assert not flagged(audit(auditor, kind=Kind.LIKE, target=Target(name=page, type="page"))), page


@pytest.mark.parametrize("eid,name", PARTIES)
def test_place_words_do_not_turn_a_post_into_support(auditor, eid, name) -> None:
    # In a text a party and a city are news or directions, as before; place words are for account names.
    text = f"macet parah di depan kantor {name.upper()} Kota Bandung tadi pagi"
    assert not flagged(audit(auditor, text=text))


@pytest.mark.parametrize("page", ["KPU Kota Solo", "Bawaslu Jawa Barat", "Pemkot Bekasi", "Info Bekasi",
                                  "Solo Traveler", "Dinas Pendidikan Kab. Garut"])
def test_public_bodies_and_local_pages_are_not_party_branches(auditor, page) -> None:
    assert not flagged(audit(auditor, kind=Kind.LIKE, target=Target(name=page, type="page")))
    assert not flagged(audit(auditor, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM,
                             target=Target(handle=_glue(page.lower()).replace(".", ""))))


def test_candidate_names_with_a_place_are_unchanged(auditor) -> None:
    # Place words are a party-branch rule only: a bare candidate name and a region (a sitting
    # official's region) still needs campaign words, for every pair alike.
    for page in ("Anies Jakarta", "Prabowo Jabar", "Ganjar Jateng"):
        assert not flagged(audit(auditor, kind=Kind.LIKE, target=Target(name=page, type="page"))), page
