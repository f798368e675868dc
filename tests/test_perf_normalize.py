"""The word-cache fast path of the normalizer gives exactly what the full regex chain gives.

``Normalizer.normalize`` normalizes word by word through a cache and sends
texts with cross-word rules (spaced-out letters, "kosong dua") down the
chain; ``normalize_mapped`` always runs every step. Both must agree on any
text, including the ones that hit those cross-word rules, and a warm cache
must not change any answer.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.engine.normalize import Normalizer

VOCAB = {"prabowo", "ganjar", "menang", "amin", "coblos", "mantap", "anies", "presiden", "metal", "nol"}
WORDS = ["kosong", "nol", "dua", "tiga", "satu", "a", "b", "g", "c", "yg", "no", "nmr", "pr4bowo", "menanggg",
         "#coblos02", "#AniesPresiden", "@ganjar", "$", "@", "#", "mantapp", "saat", "teknologi", "x2nol",
         "Coblos", "nomor", "02", "2", "✌️", "0️⃣2️⃣", "G-A-N-J-A-R", "d'sini", "Rp20.000", "siji", "loro",
         "aaamiiin", "kosongdua", "nol2", "e\u0301", "Śàtü", "\n", "  ", "!!", "camelCase", "ABC"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from([" ", "", "  ", "-", "\n"]))
def test_fast_path_equals_full_chain(words, sep):
    n = Normalizer(VOCAB)
    raw = sep.join(words)
    assert n.normalize(raw) == n.normalize_mapped(raw)[0]
    # Second call: answered from the word cache.
    assert n.normalize(raw) == n.normalize_mapped(raw)[0]


def test_cache_is_shared_across_texts_and_stays_correct():
    rng = random.Random(3)
    n = Normalizer(VOCAB)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 15))) for _ in range(2000)]
    for t in texts + texts:
        assert n.normalize(t) == n.normalize_mapped(t)[0], t


def test_cross_word_rules_still_apply():
    n = Normalizer(VOCAB)
    assert n.normalize("ayo kosong dua") == "ayo 02"
    assert n.normalize("x2nol dua") == n.normalize_mapped("x2nol dua")[0]
    assert n.normalize("halo g a n j a r menang") == "halo ganjar menang"
    assert n.normalize("teknologi dua") == "teknologi 2"


def test_one_letter_patterns_give_the_same_hits_as_one_automaton():
    import ahocorasick

    from audit.engine.matcher import Hit, _clean
    from audit.rules import load_packs
    from audit.engine import Auditor

    rules = Auditor(load_packs()).rules
    ref = ahocorasick.Automaton()
    for p, payloads in rules.patterns.items():
        ref.add_word(p, (len(p), tuple(payloads)))
    ref.make_automaton()

    def reference(norm: str) -> list[Hit]:
        hits, n = [], len(norm)
        for end, (ln, payloads) in ref.iter(norm):
            start = end - ln + 1
            if (start > 0 and norm[start - 1] not in " #") or (end + 1 < n and norm[end + 1] != " "):
                continue
            hits.extend(Hit(start, end + 1, cat, data) for cat, data in payloads)
        return _clean(hits)

    rng = random.Random(5)
    words = ["p", "ppp", "pak", "p3", "coblos", "02", "prabowo", "gibran", "pan", "pantai", "#p", "ayo",
             "pilih", "nomor", "urut", "1", "x", "dukung", "pks", "a", "b", "menang", "putaran"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    assert any(" p " in f" {t} " for t in texts)
    for t in texts:
        fs = rules._scan("text", t)
        norm = fs.norm
        assert [(h.start, h.end, h.cat, h.data) for h in fs.hits if not h.hashtag] == \
            [(h.start, h.end, h.cat, h.data) for h in reference(norm)], t
