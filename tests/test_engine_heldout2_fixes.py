"""Engine weaknesses found by the second held-out corpus, fixed as general rules.

Each rule is checked for all three pairs (and several parties where it is about parties),
with neutral counter-examples. The texts are written from the domain vocabulary and the
weakness descriptions, not copied from the held-out file.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from engine_checks import CAMPAIGN, FLAGGED, audit, flagged, high, pair_id, side_of

VOTING_DAY = datetime(2024, 2, 14, 5, tzinfo=timezone.utc)
# number -> (pair written with a hyphen, salute phrase, given name, pair hashtag)
PAIRS = {
    1: ("Anies-Muhaimin", "Salam satu jari", "Anies", "#AMIN"),
    2: ("Prabowo-Gibran", "Salam dua jari", "Prabowo", "#PrabowoGibran"),
    3: ("Ganjar-Mahfud", "Salam tiga jari", "Ganjar", "#GanjarMahfud"),
}
# party ballot number -> party key
PARTY_NUMBERS = {1: "pkb", 2: "gerindra", 3: "pdip", 4: "golkar", 5: "nasdem", 8: "pks"}


# ------------------------------------------------------------------ 1. counts are not ballot numbers
@pytest.mark.parametrize("n", sorted(PARTY_NUMBERS))
@pytest.mark.parametrize("template", [
    "Udah nyoblos! {n} surat suara, lipatnya ribet bgt \U0001f605 jari ungu dulu #pemilu2024",
    "sudah nyoblos {n} kali seumur hidup, tetap deg2an",
    "Alhamdulillah sudah nyoblos, {n} lembar kertas suara dilipat rapi",
    "nyoblos {n} jam antri di TPS, panas bgt",
    "coblos {n} kotak suara sekaligus, jari ungu \U0001f485",
    "Sudah nyoblos, ada {n} bilik di TPS kami",
    "di TPS kami pemilihnya total {n} orang yg datang pagi",
])
def test_a_number_of_things_on_voting_day_is_a_count(auditor, n, template):
    text = template.format(n=n)
    assert not flagged(audit(auditor, text, ts=VOTING_DAY)), text
    assert not flagged(audit(auditor, text.replace(f"{n}", f"0{n}", 1), ts=VOTING_DAY)), text


@pytest.mark.parametrize("text", [
    "Udah nyoblos! jari ungu dulu #pemilu2024", "sudah nyoblos, jari ungu \U0001f485 #pemilu2024",
    "Alhamdulillah sudah mencoblos, semoga pemilu damai",
])
def test_having_voted_without_a_side_stays_unflagged(auditor, text):
    assert not flagged(audit(auditor, text, ts=VOTING_DAY))


@pytest.mark.parametrize("n", [1, 2, 3])
def test_ballot_numbers_with_a_vote_verb_still_count(auditor, n):
    for text in (f"coblos {n}", f"nyoblos nomor {n}", f"nyoblos 0{n} dong", f"coblos 0{n} kali ini",
                 f"sudah nyoblos 0{n}, jari ungu"):
        f = audit(auditor, text, ts=CAMPAIGN)
        assert flagged(f) and pair_id(n) in side_of(auditor, f), text


def test_party_numbers_with_a_vote_verb_still_count(auditor):
    for n, key in PARTY_NUMBERS.items():
        if n <= 3:
            continue
        f = audit(auditor, f"coblos nomor {n} ya", ts=CAMPAIGN)
        assert flagged(f) and side_of(auditor, f) == {f"pemilu2024.party.{key}"}


# ------------------------------------------------------------------ 2. a pair's own short hashtag
# The same sentences with each pair's own hashtag: what counts for one pair counts for all.
TAG_SENTENCES = [
    "Ikut acara Desak {name} di Sabuga tadi malem, merinding sumpah \U0001f525\U0001f525 {tag}",
    "Relawan jangan lengah!! Kawal C1 sampai akhir, suara 0{n} harus dijaga \U0001f4aa {tag}",
    "Kawal suara di TPS sampai selesai {tag}",
    "Nonton {name} tadi malem, keren {tag}",
]


@pytest.mark.parametrize("n", [1, 2, 3])
@pytest.mark.parametrize("template", TAG_SENTENCES)
def test_each_pairs_own_hashtag_counts_alike(auditor, n, template):
    _, _, name, tag = PAIRS[n]
    text = template.format(n=n, name=name, tag=tag)
    f = audit(auditor, text)
    assert flagged(f) and side_of(auditor, f) == {pair_id(n)}, text


@pytest.mark.parametrize("n", [1, 2, 3])
@pytest.mark.parametrize("template", [
    "Relawan jangan lengah!! Kawal C1 sampai akhir {tag}",
    "Kawal suara di TPS sampai selesai {tag}",
    "Suara 0{n} harus dijaga {tag}",
])
def test_a_bare_name_hashtag_counts_with_campaign_words_or_another_name(auditor, n, template):
    name = PAIRS[n][2]
    text = template.format(n=n, tag=f"#{name}")
    f = audit(auditor, text)
    assert flagged(f) and side_of(auditor, f) == {pair_id(n)}, text


@pytest.mark.parametrize("n", [1, 2, 3])
def test_the_same_word_twice_does_not_vouch_for_itself(auditor, n):
    name = PAIRS[n][2]
    assert not flagged(audit(auditor, f"Ketemu {name} teman lama, orangnya ramah #{name}"))


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_bare_name_hashtag_alone_does_not_count(auditor, n):
    name = PAIRS[n][2]
    assert not flagged(audit(auditor, f"Ngopi sore dulu #{name}"))


@pytest.mark.parametrize("text", [
    "Semoga lekas sembuh, aamiin", "amin ya rabbal alamin", "Semoga Pak Anies tetangga saya cepat sembuh, amin",
    "Semoga lekas sembuh #amin", "Semoga pemilu berjalan lancar #amin", "Semoga lancar ujiannya, amin #amin",
])
def test_prayers_stay_unflagged(auditor, text):
    assert not flagged(audit(auditor, text)), text


# ------------------------------------------------------------------ 3. numbers only after the draw
BEFORE_PAIR_DRAW = datetime(2023, 6, 1, 5, tzinfo=timezone.utc)      # parties numbered, pairs not yet
BEFORE_PARTY_DRAW = datetime(2022, 10, 19, 5, tzinfo=timezone.utc)   # nobody numbered yet
WORD = {1: "satu", 2: "dua", 3: "tiga"}


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_salute_before_the_pair_draw_points_to_no_pair(auditor, n):
    for ts in (BEFORE_PARTY_DRAW, BEFORE_PAIR_DRAW):
        for text in (f"Salam {WORD[n]} jari dr Hunger Games dipake demonstran Myanmar & Thailand",
                     f"salam {WORD[n]} jari, pemilu makin dekat", f"coblos 0{n} pemilu nanti"):
            f = audit(auditor, text, ts=ts)
            assert pair_id(n) not in side_of(auditor, f), (ts, text)


@pytest.mark.parametrize("n", [1, 2, 3])
def test_the_same_salute_after_the_draw_points_to_the_pair(auditor, n):
    after = datetime(2023, 11, 20, 5, tzinfo=timezone.utc)
    for text in (f"salam {WORD[n]} jari, pemilu makin dekat", f"coblos 0{n} pemilu nanti"):
        f = audit(auditor, text, ts=after)
        assert flagged(f) and pair_id(n) in side_of(auditor, f), text


@pytest.mark.parametrize("n,key", sorted(PARTY_NUMBERS.items()))
def test_party_numbers_count_only_after_the_party_draw(auditor, n, key):
    party = f"pemilu2024.party.{key}"
    assert party not in side_of(auditor, audit(auditor, f"coblos nomor {n} ya", ts=BEFORE_PARTY_DRAW))
    f = audit(auditor, f"coblos nomor {n} ya", ts=BEFORE_PAIR_DRAW)
    assert flagged(f) and party in side_of(auditor, f)


def test_every_pair_and_party_has_its_number_date(auditor):
    for ent in auditor.ruleset.entities.values():
        if ent.pack == "pemilu2024-nasional" and ent.type in ("pair", "party"):
            assert ent.number_from is not None, ent.id
            assert ent.number_from.date().isoformat() >= ("2023-11-13" if ent.type == "pair" else "2022-12-13")


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_salute_without_campaign_words_or_names_is_not_high(auditor, n):
    text = f"Salam {WORD[n]} jari dr Hunger Games dipake demonstran Myanmar & Thailand"
    assert not high(audit(auditor, text, ts=CAMPAIGN)), text
    f = audit(auditor, f"Salam {WORD[n]} jari! Kampanye akbar hari ini", ts=CAMPAIGN)
    assert high(f) and side_of(auditor, f) == {pair_id(n)}


# ------------------------------------------------------------------ 4. opposition beyond "jangan pilih X"
OPPOSE_TEMPLATES = [
    "Pilihan kalian ya hak kalian. Tapi plis jangan {pair}, kasian anak cucu kita",
    "wkwk ngomong apa sih td, makin yakin ga bakal milih 0{n}",
    "ogah milih {pair}, mending tidur",
    "jgn sampe {pair} menang, bisa kacau",
    "amit2 kalo {pair} yg menang",
    "Pokoknya jangan {pair} deh",
]


def polarity(findings) -> set[str]:
    return {f.extra["polarity"] for f in findings}


@pytest.mark.parametrize("n", [1, 2, 3])
@pytest.mark.parametrize("template", OPPOSE_TEMPLATES)
def test_opposition_phrases_work_for_every_pair(auditor, n, template):
    text = template.format(n=n, pair=PAIRS[n][0])
    f = audit(auditor, text)
    # A bare ballot number names the pair and the party with that number alike.
    sides = side_of(auditor, f) - {f"pemilu2024.party.{PARTY_NUMBERS[n]}"} if "0{n}" in template else side_of(auditor, f)
    assert flagged(f) and sides == {pair_id(n)} and polarity(f) == {"oppose"}, text


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_call_to_vote_is_not_read_as_opposition(auditor, n):
    f = audit(auditor, f"jangan lupa pilih 0{n} ya")
    assert flagged(f) and polarity(f) == {"support"}


@pytest.mark.parametrize("text", [
    "Tapi plis jangan hujan besok, mau ke TPS", "amit2 kalo sampe telat lagi", "ogah milih menu itu lagi",
    "jgn sampe lupa bawa KTP ke TPS", "makin yakin ga bakal milih jurusan itu",
])
def test_opposition_words_without_a_side_stay_unflagged(auditor, text):
    assert not flagged(audit(auditor, text)), text


# ------------------------------------------------------------------ 5. vote calls in slang and regional languages
VOTE_TEMPLATES = [
    "Hayu atuh urang sadayana milih nomer {n} nya, mangga dibagikeun",
    "Wis to, 0{n} wae, liyane ora usah \U0001f602",
    "gua mah udah jelas dah, {pair} nomor {n}, kagak ade lawan",
    "pokoknya {pair}, titik",
    "{pair} aja lah, yg lain lewat",
    "{pair} nomor {n}!",
    "{name} nomor {n} \U0001f4aa",
]


@pytest.mark.parametrize("n", [1, 2, 3])
@pytest.mark.parametrize("template", VOTE_TEMPLATES)
def test_slang_and_regional_vote_calls_work_for_every_pair(auditor, n, template):
    pair, _, name, _ = PAIRS[n]
    text = template.format(n=n, pair=pair, name=name)
    f = audit(auditor, text)
    sides = side_of(auditor, f) - {f"pemilu2024.party.{PARTY_NUMBERS[n]}"}
    assert flagged(f) and sides == {pair_id(n)} and polarity(f) == {"support"}, text


def test_normalizer_reads_slang_forms(auditor):
    n = auditor.rules.normalizer
    assert n.normalize("milih nomer 2") == "pilih nomor 2"
    assert n.normalize("hayu") == "ayo"


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_pair_next_to_another_pairs_number_is_not_support(auditor, n):
    other = n % 3 + 1
    pair = PAIRS[n][0]
    f = audit(auditor, f"{pair} nomor {other} di daftar peserta debat")
    assert pair_id(n) not in side_of(auditor, [x for x in f if x.severity in FLAGGED and
                                                x.rule == "text.support"])


@pytest.mark.parametrize("text", [
    "Debat malam ini: Anies-Muhaimin nomor 1, Prabowo-Gibran nomor 2, Ganjar-Mahfud nomor 3",
    "pokoknya besok libur, titik", "rumah nomer 2 dari ujung gang", "Hayu atuh urang sadayana milih menu",
    "wis to, turu wae", "kagak ade lawan kalo main catur ama dia",
])
def test_slang_without_a_side_stays_unflagged(auditor, text):
    assert not flagged(audit(auditor, text)), text


@pytest.mark.parametrize("n", [1, 2, 3])
def test_just_and_period_words_do_not_make_an_everyday_name_count(auditor, n):
    name = PAIRS[n][2]
    for text in (f"Beli bakso di warung {name} aja, murah meriah", f"si {name} masih aja telat kalo kumpul",
                 f"pokoknya {name} yg traktir nanti"):
        assert not flagged(audit(auditor, text)), text
