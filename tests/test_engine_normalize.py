"""Normalization of Indonesian social-media text and the map back to original offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.engine.normalize import Normalizer

VOCAB = {"prabowo", "ganjar", "menang", "amin", "coblos", "mantap", "anies", "presiden", "metal"}
N = Normalizer(VOCAB)


@pytest.mark.parametrize("raw,expected", [
    ("Menanggg PR4BOWO!!", "menang prabowo"),
    ("g a n j a r menang", "ganjar menang"),
    ("G-A-N-J-A-R", "ganjar"),
    ("#AniesPresiden", "#anies presiden"),
    ("#coblos02", "#coblos 02"),
    ("Coblos nomor dua ✌️", "coblos nomor 2 vsign"),
    ("Nmr 0️⃣2️⃣ yg terbaik", "nomor 02 yang terbaik"),
    ("no.3 dgn tulus utk rakyat", "nomor 3 dengan tulus untuk rakyat"),
    ("kosong tiga", "03"),
    ("siji loro telu", "1 2 3"),
    ("Aaamiiin", "amin"),
    ("Śàtü", "1"),
    ("@prabowo mantapp", "prabowo mantap"),
    ("𝗣𝗿𝗮𝗯𝗼𝘄𝗼", "prabowo"),
    ("M3TAL 🤟🏻", "metal metalsign"),
    ("saat maaf ummat", "saat maaf ummat"),  # inner doubles are real spelling
    ("Rp20.000", "rp 20 000"),
])
def test_normalize(raw, expected):
    assert N.normalize(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAbg 0123#@$.-_!'\u00e9\u270c\ufe0f\u20e3ynoPRBW4\n")), max_size=40))
def test_mapped_equals_fast_and_offsets_are_in_range(raw):
    fast = N.normalize(raw)
    norm, starts, ends = N.normalize_mapped(raw)
    assert norm == fast
    assert len(starts) == len(ends) == len(norm)
    assert all(0 <= s <= e <= len(raw) for s, e in zip(starts, ends))


def test_offsets_point_to_the_original_words():
    raw = "Ayo!!  coblos   PR4BOWO, menanggg"
    norm, starts, ends = N.normalize_mapped(raw)
    i = norm.index("prabowo")
    assert raw[starts[i]:ends[i + len("prabowo") - 1]] == "PR4BOWO"
    j = norm.index("menang")
    assert raw[starts[j]:ends[j + len("menang") - 1]] == "menanggg"
