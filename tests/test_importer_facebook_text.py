"""Facebook sentences, label_values and URLs (English and Bahasa Indonesia)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit.i18n import tr
from audit.importers import facebook_text as ft

OWNER = "Budi Santoso"


@pytest.mark.parametrize("title,target,obj,own,verb", [
    # English sentences as real exports write them
    ("Budi Santoso likes Siti Rahma's post.", "Siti Rahma", "post", False, "likes"),
    ("Budi Santoso liked Relawan Contoh's photo.", "Relawan Contoh", "photo", False, "liked"),
    ("Budi Santoso reacted to Ani’s comment.", "Ani", "comment", False, "reacted to"),
    ("Budi Santoso reacted to his own post.", None, "post", True, "reacted to"),
    ("Budi Santoso liked a post.", None, "post", False, "liked"),
    ("Budi Santoso liked Kementerian Contoh.", "Kementerian Contoh", None, False, "liked"),
    ("Budi Santoso loved Gabriella Bartos's story.", "Gabriella Bartos", "story", False, "loved"),
    ("Budi Santoso liked Toko Budi's Friend's post.", "Toko Budi's Friend", "post", False, "liked"),
    # Bahasa Indonesia
    ("Budi Santoso menyukai kiriman Siti Rahma.", "Siti Rahma", "post", False, "menyukai"),
    ("Budi Santoso menyukai foto milik Relawan Contoh.", "Relawan Contoh", "photo", False, "menyukai"),
    ("Budi Santoso menanggapi kirimannya sendiri.", None, "post", True, "menanggapi"),
    ("Budi Santoso menyukai sebuah kiriman.", None, "post", False, "menyukai"),
    ("Budi Santoso menyukai komentar Ani.", "Ani", "comment", False, "menyukai"),
])
def test_reaction_sentences(title, target, obj, own, verb):
    info = ft.parse_reaction_title(title, OWNER)
    assert (info.target, info.obj, info.own, info.verb) == (target, obj, own, verb)


def test_owner_name_containing_a_verb_is_stripped_first():
    info = ft.parse_reaction_title("Liked Andi liked Siti's post.", "Liked Andi")
    assert info.target == "Siti"


def test_reaction_code_from_verb_and_words():
    assert ft.reaction_from_verb("loved") == "LOVE"
    assert ft.reaction_from_verb("reacted to") is None
    assert [ft.normalize_reaction(w) for w in ("Like", "LIKE", "Suka", "Super", "Marah", "Peduli")] == \
        ["LIKE", "LIKE", "LIKE", "LOVE", "ANGRY", "CARE"]
    assert ft.normalize_reaction("") is None and ft.normalize_reaction(5) is None


def test_unknown_sentence_gives_none():
    assert ft.parse_reaction_title("Budi a aimé la publication de Siti.", OWNER) is None
    assert ft.parse_reaction_title(None) is None


@pytest.mark.parametrize("title,target,own,where", [
    ("Budi Santoso commented on Siti Rahma's post.", "Siti Rahma", False, None),
    ("Budi Santoso replied to his own comment.", None, True, None),
    ("Budi Santoso replied to Ani.", "Ani", False, None),
    ("Budi Santoso commented on Ani's post in Alumni Contoh.", "Ani", False, "Alumni Contoh"),
    ("Budi Santoso mengomentari kiriman Relawan Contoh.", "Relawan Contoh", False, None),
    ("Budi Santoso membalas komentar Ani.", "Ani", False, None),
])
def test_comment_sentences(title, target, own, where):
    info = ft.parse_comment_title(title, OWNER)
    assert (info.target, info.own, info.where) == (target, own, where)


@pytest.mark.parametrize("title,expected", [
    ("You became a member of Alumni Contoh.", ("joined", "Alumni Contoh", "en")),
    ("You stopped being a member of Alumni Contoh.", ("left", "Alumni Contoh", "en")),
    ("You became a member of Left Wing Club.", ("joined", "Left Wing Club", "en")),
    ("Admin Contoh has approved your request to join Grup Kopi.", ("joined", "Grup Kopi", "en")),
    ("Anda menjadi anggota Relawan Contoh.", ("joined", "Relawan Contoh", "id")),
    ("Anda berhenti menjadi anggota Relawan Contoh.", ("left", "Relawan Contoh", "id")),
    ("Anda bergabung dengan grup Paguyuban.", ("joined", "Paguyuban", "id")),
    ("Anda keluar dari Grup Keluar Dari Zona.", ("left", "Grup Keluar Dari Zona", "id")),
    ("Anda menjadi anggota Keluar Dari Zona Nyaman.", ("joined", "Keluar Dari Zona Nyaman", "id")),
])
def test_membership_sentences(title, expected):
    assert ft.parse_membership_title(title) == expected


def test_group_and_timeline_sentences():
    assert ft.group_from_post_title("Budi posted in Alumni Contoh.") == "Alumni Contoh"
    assert ft.group_from_post_title("Budi memposting di Alumni Contoh.") == "Alumni Contoh"
    assert ft.group_from_post_title("Budi updated his status.") is None
    assert ft.timeline_owner_from_title("Budi wrote on Siti Rahma's timeline.") == "Siti Rahma"
    assert ft.timeline_owner_from_title("Budi shared a link to Ani's timeline.") == "Ani"


def test_share_and_saved_sentences():
    assert ft.parse_share_title("Budi Santoso shared Siti's post.", OWNER).target == "Siti"
    assert ft.parse_share_title("Budi Santoso shared a link.", OWNER).target is None
    assert ft.parse_share_title("Budi Santoso Shared from Instagram", OWNER) is None
    assert ft.parse_share_title("Budi Santoso updated his status.", OWNER) is None
    assert ft.parse_saved_title("Budi saved a video from Kanal Contoh's post.").target == "Kanal Contoh"
    assert ft.parse_saved_title("Budi menyimpan video dari Kanal Contoh.").target == "Kanal Contoh"


@pytest.mark.parametrize("url,norm", [
    ("http://m.facebook.com/ContohMedia/?ref=bookmarks", "https://www.facebook.com/ContohMedia"),
    ("https://web.facebook.com/ContohMedia#x", "https://www.facebook.com/ContohMedia"),
    ("facebook.com/ContohMedia/", "https://www.facebook.com/ContohMedia"),
    ("https://www.facebook.com/profile.php?id=100064000000001&sk=about",
     "https://www.facebook.com/profile.php?id=100064000000001"),
    ("https://contoh.go.id/berita?id=1", "https://contoh.go.id/berita?id=1"),
])
def test_url_normalisation(url, norm):
    assert ft.normalize_url(url) == norm


@pytest.mark.parametrize("url,owner", [
    ("https://www.facebook.com/ContohMedia/posts/pfbid0abc", ("https://www.facebook.com/ContohMedia",
                                                              "ContohMedia", None, "account")),
    ("https://www.facebook.com/budi.santoso.contoh/videos/1/", ("https://www.facebook.com/budi.santoso.contoh",
                                                               "budi.santoso.contoh", None, "account")),
    ("https://www.facebook.com/permalink.php?story_fbid=5&id=1000123",
     ("https://www.facebook.com/profile.php?id=1000123", None, "1000123", "account")),
    ("https://m.facebook.com/groups/relawan.contoh/permalink/9/",
     ("https://www.facebook.com/groups/relawan.contoh", "relawan.contoh", None, "group")),
    ("https://www.facebook.com/Nama-Halaman-123456789/", ("https://www.facebook.com/Nama-Halaman-123456789",
                                                          "Nama-Halaman-123456789", "123456789", "account")),
    ("https://www.facebook.com/photo.php?fbid=1&set=a.2", (None, None, None, "")),
    ("https://www.facebook.com/watch/?v=1", (None, None, None, "")),
    ("https://contoh.go.id/berita/1", (None, None, None, "")),
])
def test_owner_from_object_url(url, owner):
    assert ft.owner_from_url(url) == owner


def test_label_values_picked_by_shape_not_by_language():
    got = ft.pick_label_values([
        {"ent_field_name": "a", "label": "名前", "value": "Kementerian Contoh"},
        {"ent_field_name": "b", "label": "リアクション", "value": "Like"},
        {"ent_field_name": "c", "label": "URL", "value": "https://www.facebook.com/x/posts/1",
         "href": "https://www.facebook.com/x/posts/1"},
    ])
    assert got == {"url": "https://www.facebook.com/x/posts/1", "reaction": "Like",
                   "name": "Kementerian Contoh", "message": None}
    nested = ft.pick_label_values([{"label": "Pesan", "value": "Halo semua"},
                                   {"title": "Tujuan", "dict": [{"dict": [{"label": "Nama", "value": "Ani"}]}]},
                                   {"label": "Waktu", "timestamp_value": 1700000000}])
    assert nested["message"] == "Halo semua" and nested["name"] == "Ani" and nested["url"] is None


def test_every_message_key_used_by_the_importer_exists_in_both_languages():
    root = Path(ft.__file__).parent
    keys: set[str] = set()
    for f in root.glob("facebook*.py"):
        keys |= set(re.findall(r'"(importers\.facebook\.[a-z_.]+)"', f.read_text(encoding="utf-8")))
    assert len(keys) > 10
    for k in sorted(keys):
        for lang in ("id", "en"):
            assert tr(k, lang) != k, (k, lang)
    assert "{count}" not in tr("importers.facebook.duplicate_reactions", "id", count=3)
