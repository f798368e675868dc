"""General fixes made after the first run of the fourth held-out corpus (tests/corpus/heldout4.jsonl).

Each rule is checked for every pair (or every party) alike, with neutral counter-examples.
"""

from __future__ import annotations

import pytest

from audit.model import Kind, Platform, Target
from audit.rules import load_packs

from tests.engine_checks import audit, flagged, pair_id, side_of

PAIRS = [(1, "Anies-Muhaimin", "Anies"), (2, "Prabowo-Gibran", "Prabowo"), (3, "Ganjar-Mahfud", "Ganjar")]
OFFICE = Target(name="Grup Kantor Dinas PUPR Kab. Sukamaju", type="group")
KPU_PAGE = Target(name="KPU RI", type="page")
_PACK = load_packs()
PARTIES = sorted((e.id, e.abbreviation) for e in _PACK.entities.values()
                 if e.type == "party" and e.abbreviation and " " not in e.abbreviation
                 and e.abbreviation.lower().replace("-", " ") in e.ambiguous)


def message(auditor, text, chat=OFFICE):
    return audit(auditor, text=text, kind=Kind.MESSAGE, platform=Platform.WHATSAPP, target=chat)


@pytest.mark.parametrize("n,name,bare", PAIRS)
def test_canvassing_in_an_office_chat_counts_for_every_pair(auditor, n, name, bare) -> None:
    # The chat is named after an agency (a neutral source), but the message is the user's own.
    fs = message(auditor, f"Kepada yth. rekan2, hadirilah KAMPANYE AKBAR {name.upper()} Minggu ini. Mohon disebarkan")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
    # On a neutral page a comment still needs an explicit claim, as before.
    assert not flagged(audit(auditor, kind=Kind.COMMENT, target=KPU_PAGE, text=f"{name} nomor {n} kah?"))


@pytest.mark.parametrize("eid,abbr", PARTIES)
def test_own_party_card_in_a_chat_is_membership_for_every_party(auditor, eid, abbr) -> None:
    fs = message(auditor, f"Alhamdulillah KTA {abbr} saya sudah jadi, yang mau daftar bisa lewat saya ya")
    assert flagged(fs) and eid in fs[0].entities
    # Someone else's card, or a question about one, is not one's own membership.
    assert not flagged(message(auditor, f"ada yg tau cara urus KTA {abbr}? buat tugas liputan"))


@pytest.mark.parametrize("n,name,bare", PAIRS)
def test_declined_support_is_not_support(auditor, n, name, bare) -> None:
    for text in (f"maaf mas, saya gak bisa ikut dukung2 {bare} di sini, ASN wajib netral",
                 f"saya tidak mendukung {name}, ASN harus netral"):
        assert not flagged(audit(auditor, text=text, kind=Kind.COMMENT)), text
    # A negated doubt is no negated support; a phrase that starts with "tidak" is not negated.
    for text in (f"gak ragu dukung {bare}!", f"{name} tidak ada lawan"):
        fs = audit(auditor, text=text)
        assert flagged(fs) and pair_id(n) in side_of(auditor, fs), text


@pytest.mark.parametrize("n,name,bare", PAIRS)
def test_a_choice_declared_as_settled(auditor, n, name, bare) -> None:
    for text in (f"setuju bgt kak, aku jg udah mantep ke {bare} 🙌", f"saya sih udah jelas {name}, programnya masuk akal",
                 f"Dari 3 capres cuma {bare} yg paham. Makin yakin 0{n} 🔥", f"{name} pokoknya!! udah ga ada obat 😍"):
        fs = audit(auditor, text=text)
        assert flagged(fs), text
        assert pair_id(n) in side_of(auditor, fs)
    # "sudah jelas" about anything else is not a choice.
    assert not flagged(audit(auditor, text="jadwal apel sudah jelas ya, makin yakin acaranya lancar"))


@pytest.mark.parametrize("n,name,bare", PAIRS)
def test_greetings_to_a_namesake_are_not_support(auditor, n, name, bare) -> None:
    for text in (f"Selamat ulang tahun Pak {bare} Sutrisno, semoga sehat selalu dan makin sukses 🎂🙏",
                 f"Terima kasih Pak {bare}, guru terbaik SDN 2 🙏 selamat purna tugas"):
        assert not flagged(message(auditor, text)), text
    # An explicit claim beside a greeting still counts.
    fs = audit(auditor, text=f"Selamat ulang tahun Pak {bare}, presidenku! {name} menang satu putaran")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)


@pytest.mark.parametrize("n,name,bare", PAIRS)
def test_quoted_words_reported_as_a_breach_are_not_the_users_support(auditor, n, name, bare) -> None:
    for quote in ('"{x}"', "\u201c{x}\u201d"):
        said = quote.format(x=f"Coblos 0{n} {name}!")
        text = f"Ada pegawai dinas sebelah pasang status {said} padahal ASN. Lapor Bawaslu aja lah"
        assert not flagged(audit(auditor, text=text)), text
    # One's own quoted slogan, with nothing about a breach, is still one's own.
    fs = audit(auditor, text=f'Status WA hari ini: "Coblos 0{n} {name}!" 💪')
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
    # Support outside the quotes still counts.
    fs = audit(auditor, text=f'Coblos 0{n}! biar aja dia bilang "jangan" padahal ASN')
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
