"""Party wing organisations (docs/research/party-wings.md): following, liking or joining a
wing's account counts as its party's, with the party's own rule; a wing named in passing in a
text is no support. Distinctive full names count on their own; generic-sounding ones only as
account names with nothing but place or branch words beside them."""

from __future__ import annotations

import pytest

from audit.model import Kind, Platform, Target

from tests.engine_checks import audit, flagged

DISTINCTIVE = [
    ("Gemasaba Jawa Timur", "pkb"), ("Tunas Indonesia Raya", "gerindra"), ("Perempuan Indonesia Raya Jabar", "gerindra"),
    ("Banteng Muda Indonesia", "pdip"), ("REPDEM Kota Solo", "pdip"), ("Angkatan Muda Partai Golkar", "golkar"),
    ("AMPG Sulsel", "golkar"), ("Garnita Malahayati", "nasdem"), ("Barisan Muda PAN Bekasi", "pan"),
    ("Pemuda Bulan Bintang", "pbb"), ("Srikandi Demokrat", "demokrat"), ("Kartini Perindo", "perindo"),
    ("Srikandi Hanura", "hanura"), ("Angkatan Muda Ka'bah", "ppp"),
]
GENERIC = [("Taruna Merah Putih", "pdip"), ("Garda Bangsa", "pkb"), ("Gema Keadilan", "pks"),
           ("Bintang Muda Indonesia", "demokrat")]


@pytest.mark.parametrize("name,party", DISTINCTIVE)
def test_distinctive_wing_account_counts_as_its_party(auditor, name, party) -> None:
    for kind in (Kind.LIKE, Kind.FOLLOW, Kind.GROUP_MEMBERSHIP):
        fs = audit(auditor, kind=kind, target=Target(name=name, type="page"))
        assert flagged(fs), (name, kind)
        assert fs[0].entities == [f"pemilu2024.party.{party}"]


@pytest.mark.parametrize("name,party", DISTINCTIVE + GENERIC)
def test_wing_named_in_passing_is_not_support(auditor, name, party) -> None:
    assert not flagged(audit(auditor, text=f"Tadi pagi jalan di depan sekretariat {name}, macet sekali"))


@pytest.mark.parametrize("name,party", GENERIC)
def test_generic_wing_name_counts_as_an_account_with_place_words_only(auditor, name, party) -> None:
    glued = name.lower().replace(" ", "")
    for target in (Target(name=f"{name} Jatim", type="page"), Target(handle=f"{glued}.jatim")):
        fs = audit(auditor, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM, target=target)
        assert flagged(fs), target
        assert fs[0].entities == [f"pemilu2024.party.{party}"]
    # With any other word it is whatever else shares the name (a cadet school, a scout troop).
    assert not flagged(audit(auditor, kind=Kind.LIKE, target=Target(name=f"Sekolah {name} Jatim", type="page")))
