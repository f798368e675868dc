"""Facebook in Bahasa Indonesia: reaction names as the Indonesian UI shows them, and
sentence shapes whose English twins are seen in real exports.

Confirmed: the Indonesian reaction names Suka, Super, Peduli, Haha, Wow, Sedih, Marah
(an Indonesian tool's table of Facebook reactions: LIKE/SUKA, LOVE/SUPER, CARE/PEDULI,
SAD/SEDIH, ANGRY/MARAH, with Haha and Wow unchanged). The Indonesian title sentences
are still unconfirmed on a real archive; these tests pin what the parser must do with
the plausible wordings, above all that a leave is never read as a join.
"""

from __future__ import annotations

import pytest

from audit.importers import facebook_text as ft

OWNER = "Budi Santoso"


@pytest.mark.parametrize("word,code", [
    ("Suka", "LIKE"), ("Super", "LOVE"), ("Peduli", "CARE"), ("Haha", "HAHA"),
    ("Wow", "WOW"), ("Sedih", "SAD"), ("Marah", "ANGRY"),
])
def test_indonesian_reaction_names(word, code):
    assert ft.normalize_reaction(word) == code
    assert ft.is_reaction_word(word)


def test_indonesian_label_values_reaction_and_name():
    # The Japanese export had リアクション / 名前 / URL; the Indonesian labels follow the same keys.
    entries = [{"label": "Reaksi", "value": "Super"},
               {"label": "Nama", "value": "Relawan Contoh"},
               {"label": "URL", "value": "https://www.facebook.com/RelawanContoh/posts/1"}]
    got = ft.pick_label_values(entries)
    assert got == {"url": "https://www.facebook.com/RelawanContoh/posts/1", "reaction": "Super",
                   "name": "Relawan Contoh", "message": None}
    assert ft.normalize_reaction(got["reaction"]) == "LOVE"


@pytest.mark.parametrize("title,status", [
    ("Anda menjadi anggota Relawan Contoh.", "joined"),
    ("Anda berhenti menjadi anggota Relawan Contoh.", "left"),
    ("Anda bukan lagi anggota Relawan Contoh.", "left"),
    ("Anda sudah tidak menjadi anggota Relawan Contoh.", "left"),
    ("Anda tidak lagi menjadi anggota grup Relawan Contoh.", "left"),
    ("Anda keluar dari grup Relawan Contoh.", "left"),
])
def test_membership_negations_are_leaves(title, status):
    assert ft.parse_membership_title(title) == (status, "Relawan Contoh", "id")


def test_comment_in_a_group_names_the_group():
    info = ft.parse_comment_title("Budi Santoso mengomentari kiriman Siti Rahma di Relawan Contoh.", OWNER)
    assert (info.target, info.obj, info.where) == ("Siti Rahma", "post", "Relawan Contoh")
    info = ft.parse_comment_title("Budi Santoso membalas komentar Siti Rahma.", OWNER)
    assert (info.target, info.obj, info.where) == ("Siti Rahma", "comment", None)


@pytest.mark.parametrize("title,target,obj", [
    ("Budi Santoso menyimpan video dari kiriman Relawan Contoh.", "Relawan Contoh", "post"),
    ("Budi Santoso menyimpan tautan dari postingan Siti Rahma.", "Siti Rahma", "post"),
    ("Budi Santoso menyimpan video dari Relawan Contoh.", "Relawan Contoh", "video"),
])
def test_saved_from_someones_post_names_the_owner(title, target, obj):
    info = ft.parse_saved_title(title, OWNER)
    assert (info.target, info.obj) == (target, obj)


@pytest.mark.parametrize("title,target,obj,verb", [
    ("Budi Santoso menyukai postingan Siti Rahma.", "Siti Rahma", "post", "menyukai"),
    ("Budi Santoso menanggapi postingan Relawan Contoh.", "Relawan Contoh", "post", "menanggapi"),
    ("Budi Santoso memberikan reaksi pada video Relawan Contoh.", "Relawan Contoh", "video",
     "memberikan reaksi pada"),
])
def test_reaction_sentences_with_postingan(title, target, obj, verb):
    info = ft.parse_reaction_title(title, OWNER)
    assert (info.target, info.obj, info.verb, info.lang) == (target, obj, verb, "id")
