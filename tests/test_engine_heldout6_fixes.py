"""General fixes made after the first run of the sixth held-out corpus (tests/corpus/heldout6.jsonl).

Each rule is checked for every pair alike, with counter-examples.
"""

from __future__ import annotations

import pytest

from audit.model import Kind, Platform

from tests.engine_checks import audit, flagged, pair_id, side_of

# (number, pair name, nickname, presidential candidate, vice-presidential candidate as people call him)
PAIRS = [(1, "Anies Baswedan - Muhaimin Iskandar", "AMIN", "Anies", "Gus Imin"),
         (2, "Prabowo Subianto - Gibran Rakabuming Raka", "Prabowo-Gibran", "Prabowo", "Gibran"),
         (3, "Ganjar Pranowo - Mahfud MD", "Ganjar-Mahfud", "Ganjar", "Mahfud")]


@pytest.mark.parametrize("n,pair,nick,pres,vp", PAIRS)
def test_designations_and_offices_are_not_support(auditor, n, pair, nick, pres, vp) -> None:
    text = (f"RT @KPU_ID: Pasangan {pair} mendapatkan nomor urut 0{n} pada Pengundian Nomor Urut "
            "Pasangan Calon Presiden dan Wakil Presiden Pemilu 2024.")
    assert not flagged(audit(auditor, text=text, kind=Kind.SHARE, platform=Platform.X))
    # "presiden" on its own beside a name is still support.
    fs = audit(auditor, text=f"{pair}, presiden kita 2024!")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)


@pytest.mark.parametrize("n,pair,nick,pres,vp", PAIRS)
def test_comparative_endorsement_of_a_candidate(auditor, n, pair, nick, pres, vp) -> None:
    for text in (f"baca dulu programnya baru komen bos. {pres} itu jelas paling siap jd presiden",
                 f"betul bu, {vp} memang paling pas jd wakil presiden. insyaallah menang 🤲",
                 f"kawan2, coba liat visi misi {pair}. menurut sy paling masuk akal"):
        fs = audit(auditor, text=text, kind=Kind.COMMENT)
        assert flagged(fs), text
        assert pair_id(n) in side_of(auditor, fs)
    assert not flagged(audit(auditor, text="rumah makan itu paling pas buat rapat, paling masuk akal harganya"))


@pytest.mark.parametrize("n,pair,nick,pres,vp", PAIRS)
def test_family_choice_pride_and_merchandise(auditor, n, pair, nick, pres, vp) -> None:
    for text in (f"hari ini terakhir ngomong: {pres} & {vp} pilihan keluarga kami",
                 f"apapun kata orang, kami tetap bangga sama Pak {pres} 🙏",
                 f"Kaos {nick} pesenan udh nyampe, lengkap sm topinya 😁"):
        fs = audit(auditor, text=text)
        assert flagged(fs), text
        assert pair_id(n) in side_of(auditor, fs)


def test_merchandise_rule_is_not_for_party_words_that_are_everyday_words(auditor) -> None:
    assert not flagged(audit(auditor, text="Kaos Garuda timnas yang baru udah nyampe 😁"))


@pytest.mark.parametrize("n,pair,nick,pres,vp", PAIRS)
def test_neutrality_lessons_and_ballot_education(auditor, n, pair, nick, pres, vp) -> None:
    words = {1: "satu", 2: "dua", 3: "tiga"}[n]
    for text in (f"Materi bimtek netralitas ASN. Contoh pelanggaran: foto bareng capres sambil salam {words} jari. "
                 "Jangan ditiru ya",
                 "Rekan2 ASN, sesuai SKB netralitas: jangan foto dgn pose satu, dua, tiga jari, dan jangan "
                 "pasang twibbon paslon 01, 02, 03 ya",
                 "sosialisasi surat suara pilpres: ada foto Anies-Muhaimin, Prabowo-Gibran, Ganjar-Mahfud. "
                 "coblos satu saja, di dalam kotak"):
        assert not flagged(audit(auditor, text=text, kind=Kind.MESSAGE, platform=Platform.WHATSAPP)), text
    # Talk of neutrality does not hide one's own explicit vote call.
    fs = audit(auditor, text=f"netralitas? bodo amat, coblos 0{n}!")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
