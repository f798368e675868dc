"""Engine weaknesses found by the held-out corpus, fixed as general rules.

Every rule is checked for all three pairs (and several parties where it is about
parties), with neutral counter-examples that must stay unflagged. The texts are
written from the domain vocabulary, not copied from the held-out file.
"""

from __future__ import annotations

import pytest

from audit.findings import Severity
from audit.model import Kind, Platform, Target
from engine_checks import audit, flagged, pair_id, side_of

# number -> (presidential candidate's given name, pair written with a hyphen, pair gesture phrase, emoji)
PAIRS = {
    1: ("Anies", "Anies-Muhaimin", "Salam satu jari", "\u261d\ufe0f", "Anies Baswedan"),
    2: ("Prabowo", "Prabowo-Gibran", "Salam dua jari", "\u270c\ufe0f", "Prabowo Subianto"),
    3: ("Ganjar", "Ganjar-Mahfud", "Salam tiga jari", "\U0001f91f", "Ganjar Pranowo"),
}
PARTIES = {"pdip": "PDIP", "gerindra": "Gerindra", "pkb": "PKB", "nasdem": "NasDem", "golkar": "Golkar",
           "pks": "PKS", "ppp": "PPP"}


def spaced(word: str) -> str:
    return " ".join(word.upper())


# ------------------------------------------------------------------ 1. spaced-out letters
@pytest.mark.parametrize("n", [1, 2, 3])
def test_whole_line_of_spaced_letters_is_read_word_by_word(auditor, n):
    given = PAIRS[n][0]
    f = audit(auditor, f"{spaced(given + 'presiden')} \U0001f525\U0001f525")
    assert flagged(f) and side_of(auditor, f) == {pair_id(n)}
    # Words of the line spaced apart with a double space, as people type them.
    first, second = PAIRS[n][1].split("-")
    f = audit(auditor, f"{spaced(first)}  {spaced(second)}  {spaced('menang')}")
    assert flagged(f) and side_of(auditor, f) == {pair_id(n)}


def test_spaced_run_is_split_at_known_words_only(auditor):
    n = auditor.rules.normalizer
    assert n.normalize("P R A B O W O P R E S I D E N") == "prabowo presiden"
    assert n.normalize("G A N J A R  M A H F U D") == "ganjar mahfud"
    assert n.normalize("halo A N I E S") == "halo anies"
    # A run that is not made of known words stays one joined word.
    assert n.normalize("S E L A M A T  P A G I") == "selamatpagi"


@pytest.mark.parametrize("text", [
    "jawaban soal no 5: a b c", "pilihan ganda a b c semua benar", "iya o k deh", "y n k wkwk",
    "nilai ujian a b b c", "A B C D E F G lagu anak TK",
])
def test_short_letter_runs_and_letter_lists_make_no_names(auditor, text):
    assert not audit(auditor, text)


def test_only_runs_of_four_letters_or_more_are_joined(auditor):
    n = auditor.rules.normalizer
    assert n.normalize("a b c") == "a b c"
    assert n.normalize("s a y a") == "saya"


# ------------------------------------------------------------------ 2. witness and campaign-role recruitment
@pytest.mark.parametrize("n", [1, 2, 3])
def test_recruiting_witnesses_for_a_pair_is_campaign_work(auditor, n):
    pair = PAIRS[n][1]
    for text in (f"bapak2 yg mau jd saksi {pair} di TPS kita japri sy ya",
                 f"Dicari saksi {pair} untuk TPS 07, hubungi korlap",
                 f"Dibutuhkan korlap {pair} per kecamatan, japri",
                 f"Yg blm dpt kaos {pair} ambil di rumah pak RT",
                 f"Stiker {pair} sdh dibagi ke warga"):
        f = audit(auditor, text, kind=Kind.MESSAGE, platform=Platform.WHATSAPP)
        assert flagged(f) and side_of(auditor, f) == {pair_id(n)}, text


@pytest.mark.parametrize("key,name", sorted(PARTIES.items()))
def test_recruiting_witnesses_for_a_party_is_campaign_work(auditor, key, name):
    f = audit(auditor, f"dicari saksi {name} untuk TPS di desa kita", kind=Kind.MESSAGE,
              platform=Platform.WHATSAPP)
    assert flagged(f) and side_of(auditor, f) == {f"pemilu2024.party.{key}"}


@pytest.mark.parametrize("text", [
    "Alhamdulillah jadi saksi nikah sepupu tadi pagi",
    "Petugas KPPS dan saksi di TPS 05 sudah siap sejak jam 6",
    "Jual kaos polos dan stiker custom, murah",
    "Korlap acara jalan sehat RT 03 harap kumpul jam 6",
    "Dicari saksi kecelakaan di depan pasar kemarin sore",
])
def test_witness_and_goods_words_without_a_side_stay_unflagged(auditor, text):
    assert not flagged(audit(auditor, text, kind=Kind.MESSAGE, platform=Platform.WHATSAPP))


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_candidate_called_as_a_court_witness_is_not_campaign_work(auditor, n):
    full = PAIRS[n][4]
    assert not flagged(audit(auditor, f"Sidang hari ini menghadirkan saksi {full} dan dua pejabat lain"))


# ------------------------------------------------------------------ 3. gestures in a music context
@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_salute_among_music_fans_is_not_a_campaign_gesture(auditor, n):
    phrase, emoji = PAIRS[n][2], PAIRS[n][3]
    for text in (f"{phrase} buat anak2 band SMA kita yg lolos final festival musik {emoji}",
                 f"{phrase} {emoji} konser rock semalam pecah, gitaris & drummer mantap",
                 f"Manggung lagi di panggung kampus, {phrase}! {emoji}"):
        assert not flagged(audit(auditor, text)), text


def test_salam_metal_among_music_fans_is_not_a_campaign_gesture(auditor):
    for text in ("Salam metal buat anak2 band SMA kita yg lolos final festival musik \U0001f918",
                 "Salam metal para metalhead, album baru sudah rilis \U0001f918"):
        assert not flagged(audit(auditor, text)), text


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_salute_with_a_candidate_still_counts_in_a_music_context(auditor, n):
    phrase, emoji, pair = PAIRS[n][2], PAIRS[n][3], PAIRS[n][1]
    f = audit(auditor, f"{phrase} {emoji} konser kampanye {pair} malam ini, pecah!")
    assert flagged(f) and side_of(auditor, f) == {pair_id(n)}
    # Without music words, the salute in the campaign period is still read as before.
    f = audit(auditor, f"{phrase} {emoji} pilihanku")
    assert flagged(f) and side_of(auditor, f) == {pair_id(n)}


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_salute_with_the_same_sides_bare_name_counts_in_a_music_context(auditor, n):
    given, phrase = PAIRS[n][0], PAIRS[n][2]
    f = audit(auditor, f"Konser musik semalam, {phrase} bareng {given} 🔥")
    assert flagged(f) and side_of(auditor, f) == {pair_id(n)}
    other = PAIRS[n % 3 + 1][0]  # another side's name does not vouch for this salute
    assert not flagged(audit(auditor, f"Konser musik semalam, {phrase} bareng {other} 🔥"))


# ------------------------------------------------------------------ 4. "bersama X" in event formats
@pytest.mark.parametrize("n", [1, 2, 3])
def test_an_event_with_a_candidate_is_reporting_not_support(auditor, n):
    full = PAIRS[n][4]
    for text in (f"Kuliah umum 'Kepemimpinan dan Pendidikan' bersama {full} di Auditorium Fakultas, Rabu 10.00",
                 f"Seminar nasional kebangsaan bersama {full} di aula kampus",
                 f"Webinar: tata kelola pemerintahan bersama {full}, daftar di link bio",
                 f"Podcast episode 12 bersama {full} sudah tayang"):
        f = audit(auditor, text)
        assert not flagged(f), text
        assert all(f_.severity == Severity.LOW for f_ in f)


@pytest.mark.parametrize("n", [1, 2, 3])
def test_campaign_slogans_with_bersama_stay_flagged(auditor, n):
    pair, full = PAIRS[n][1], PAIRS[n][4]
    for text in (f"Bersama {pair} untuk Indonesia, mantap!",
                 f"Seminar bersama {full}, dukung {full} jadi presiden!",
                 f"Kampanye akbar bersama {pair} di GOR, hadir semua!"):
        f = audit(auditor, text)
        assert flagged(f) and side_of(auditor, f) == {pair_id(n)}, text


def test_the_briefed_campaign_slogans_stay_flagged(auditor):
    for text, n in (("Bersama Anies Muhaimin untuk perubahan", 1), ("bersama Prabowo-Gibran lanjutkan", 2),
                    ("Bersama Ganjar-Mahfud sat set", 3)):
        f = audit(auditor, text)
        assert flagged(f) and side_of(auditor, f) == {pair_id(n)}, text


# ------------------------------------------------------------------ 5. everyday party words inside handles
@pytest.mark.parametrize("handle", [
    "garudamuda.fans", "gelorasemangat.fans", "buruh.muda.lovers", "ummat.sejahtera.mania", "pan.kuliner.fans",
    "garudaindonesia",
])
def test_everyday_party_word_inside_a_compound_handle_is_not_the_party(auditor, handle):
    f = audit(auditor, None, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM, target=Target(handle=handle))
    assert not flagged(f), handle


@pytest.mark.parametrize("name", ["Garuda Muda Fans", "Timnas Garuda Fans Club"])
def test_everyday_party_word_in_a_display_name_stays_unflagged(auditor, name):
    assert not flagged(audit(auditor, None, kind=Kind.PAGE_LIKE, target=Target(name=name)))


@pytest.mark.parametrize("short", ["garuda", "gelora", "buruh", "ummat", "gerindra", "pks", "nasdem"])
def test_party_handles_with_party_context_still_count(auditor, short):
    ents = auditor.ruleset.entities
    for handle in (f"partai{short}", f"dpc.{short}.bandung", f"dpd_{short}_jabar", f"{short}.official",
                   f"official.{short}", f"{short}_id"):
        f = audit(auditor, None, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM, target=Target(handle=handle))
        assert flagged(f), handle
        assert {ents[e].abbreviation.lower().replace("partai ", "") for e in f[0].entities} == {short}, handle


def test_every_party_glued_after_partai_names_that_party_only(auditor):
    # "ppp" was read as a stretched "p", so "partaipks" named PPP: pack words keep their spelling.
    ents = auditor.ruleset.entities
    for e in ents.values():
        if e.type != "party" or not e.ambiguous:
            continue
        short = e.ambiguous[0].replace(" ", "")
        f = audit(auditor, None, kind=Kind.FOLLOW, platform=Platform.INSTAGRAM, target=Target(handle=f"partai{short}"))
        assert flagged(f) and f[0].entities == [e.id], short
    assert auditor.rules.normalizer.normalize("PPP") == "ppp"
    assert not audit(auditor, "P", kind=Kind.MESSAGE, platform=Platform.WHATSAPP)
