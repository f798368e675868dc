"""Facebook JSON importer: every layout generation, built from the real shapes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from audit.archive.archive import Archive
from audit.archive.members import FolderSource, ZipSource
from audit.coverage import MEDIA, NOT_RELEVANT, UNREADABLE, UNRECOGNISED, Coverage
from audit.importers.base import ImportContext
from audit.importers.facebook import FacebookImporter
from audit.model import Item, Kind
from tests.fixtures.facebook import (JPEG, OWNER, build_facebook_export, meta_dumps, media_root,
                                     sample_records)

WRAP = "facebook-budi.santoso.contoh-2024-03-01-Ab12Cd34"


def run(*paths: Path) -> tuple[list[Item], Coverage, Archive]:
    srcs = [ZipSource(p) if p.suffix == ".zip" else FolderSource(p) for p in paths]
    archive = Archive(srcs)
    cov = Coverage(platform="facebook")
    items = list(FacebookImporter().iter_items(archive, ImportContext(coverage=cov)))
    return items, cov, archive


def build(tmp_path: Path, gen: str = "G4", records: dict | None = None, name: str = "fb.zip",
          **kw) -> Path:
    dest = tmp_path / name
    build_facebook_export(dest, gen, sample_records(gen) if records is None else records, **kw)
    return dest


def of_kind(items: list[Item], kind: Kind) -> list[Item]:
    return [i for i in items if i.kind is kind]


def all_accounted(cov: Coverage, archive: Archive) -> None:
    missing = [m.path for m in archive.members() if not cov.accounted(m.path)]
    assert missing == []


# -- every generation ------------------------------------------------------------

EXPECTED_KINDS = {
    "G1": {Kind.PROFILE, Kind.LIKE, Kind.REACTION, Kind.COMMENT, Kind.PAGE_LIKE, Kind.FOLLOW,
           Kind.GROUP_MEMBERSHIP, Kind.POST, Kind.SHARE, Kind.PHOTO, Kind.VIDEO, Kind.SAVED},
    "G2": {Kind.PROFILE, Kind.LIKE, Kind.REACTION, Kind.COMMENT, Kind.PAGE_LIKE, Kind.FOLLOW,
           Kind.GROUP_MEMBERSHIP, Kind.POST, Kind.SHARE, Kind.PHOTO, Kind.VIDEO, Kind.SAVED},
}
EXPECTED_KINDS["G3"] = EXPECTED_KINDS["G2"]
EXPECTED_KINDS["G4"] = EXPECTED_KINDS["G2"]


@pytest.mark.parametrize("gen", ["G1", "G2", "G3", "G4"])
def test_each_generation_is_detected_and_read(tmp_path, gen):
    path = build(tmp_path, gen, wrapper=WRAP)
    items, cov, archive = run(path)
    det = FacebookImporter().detect(archive)
    assert det is not None and det.generation == gen and det.confidence == pytest.approx(0.9)
    assert cov.generation == gen
    assert {i.kind for i in items} == EXPECTED_KINDS[gen]
    all_accounted(cov, archive)
    assert not [f for f, v in cov.files_skipped.items() if v["reason"] in (UNRECOGNISED, UNREADABLE)]
    # Mojibake repaired everywhere, emoji and Indonesian text included.
    prof = of_kind(items, Kind.PROFILE)[0]
    assert prof.text == "Abdi negara 🇮🇩 | Pecinta kopi ☕"
    assert prof.target.name == OWNER and prof.target.handle == "budi.santoso.contoh"
    assert prof.target.url == "https://www.facebook.com/budi.santoso.contoh"
    texts = {i.text for i in items if i.text}
    assert "Mantap, semoga sukses 👍" in texts and "Juara 1 lomba 17 Agustus 🇮🇩" in texts
    assert not any("Ã" in t or "ð\x9f" in t for t in texts)
    # Every item comes from a member of the archive, with its index.
    members = {m.path for m in archive.members()}
    assert all(i.source.file in members for i in items)


@pytest.mark.parametrize("gen", ["G1", "G4"])
def test_folder_and_zip_give_the_same_items(tmp_path, gen):
    z = build(tmp_path, gen)
    folder = tmp_path / "unzipped"
    build_facebook_export(folder, gen, sample_records(gen))
    a, _, _ = run(z)
    b, _, _ = run(folder)
    assert sorted(i.fingerprint() for i in a) == sorted(i.fingerprint() for i in b)


# -- reactions ---------------------------------------------------------------------

def test_classic_reactions_take_the_target_from_the_sentence(tmp_path):
    items, _, _ = run(build(tmp_path, "G3"))
    likes = {i.target.name: i for i in of_kind(items, Kind.LIKE)}
    assert set(likes) == {"Relawan Contoh Kota", "Dinas Kominfo Kota Contoh"}  # EN + ID sentences
    assert likes["Relawan Contoh Kota"].extra["object"] == "post"
    love = of_kind(items, Kind.REACTION)
    assert {(r.target.name, r.extra["reaction"], r.extra.get("object")) for r in love} == \
        {("Siti Rahma", "LOVE", "photo"), ("Siti Rahma", "LOVE", "story")}


def test_label_values_reactions_give_url_name_and_page(tmp_path):
    items, _, _ = run(build(tmp_path, "G4"))
    kpu = [i for i in items if i.target and i.target.name == "KPU Kota Contoh"]
    assert len(kpu) == 1
    it = kpu[0]
    assert it.kind is Kind.LIKE and it.extra["reaction"] == "LIKE"          # "Suka" -> LIKE
    assert it.url == "https://www.facebook.com/KPUContoh/posts/1"
    assert it.target.url == "https://www.facebook.com/KPUContoh" and it.target.handle == "KPUContoh"
    assert it.timestamp.isoformat() == "2024-02-01T00:00:00+00:00"


def test_label_values_with_unknown_labels_and_nesting(tmp_path):
    recs = {"reactions_label": [
        # Labels in a language the app has no table for: recognised by value shape.
        {"timestamp": 1706745600, "media": [], "fbid": "1",
         "label_values": [{"label": "リアクション", "value": "Love"},
                          {"label": "URL", "href": "https://m.facebook.com/groups/4455/posts/9"},
                          {"label": "名前", "value": "Grup Diskusi Contoh"}]},
        # Nested dict entries, as some 2025 exports write the author.
        {"timestamp": 1706745700, "media": [],
         "label_values": [{"label": "Reaksi", "value": "Marah"},
                          {"title": "Penulis", "dict": [{"dict": [{"label": "Nama", "value": "Ani Wijaya"}]}]}]},
    ]}
    items, cov, _ = run(build(tmp_path, "G4", recs))
    by_name = {i.target.name: i for i in items}
    grp = by_name["Grup Diskusi Contoh"]
    assert grp.kind is Kind.REACTION and grp.extra["reaction"] == "LOVE"
    assert grp.target.type == "group" and grp.target.url == "https://www.facebook.com/groups/4455"
    ani = by_name["Ani Wijaya"]
    assert ani.extra["reaction"] == "ANGRY" and ani.url is None


def test_reaction_in_both_formats_is_counted_once(tmp_path):
    same_ts = 1706745600
    recs = {
        "reactions_label": [{"timestamp": same_ts, "media": [], "label_values": [
            {"label": "Reaction", "value": "Like"},
            {"label": "URL", "value": "https://www.facebook.com/Contoh/posts/5"},
            {"label": "Name", "value": "Contoh"}]}],
        "reactions": [
            {"timestamp": same_ts, "data": [{"reaction": {"reaction": "LIKE", "actor": OWNER}}],
             "title": f"{OWNER} liked Contoh's post."},
            {"timestamp": same_ts + 60, "data": [{"reaction": {"reaction": "LIKE", "actor": OWNER}}],
             "title": f"{OWNER} liked Lain's post."},
        ],
    }
    items, cov, _ = run(build(tmp_path, "G4", recs))
    assert sorted(i.target.name for i in items) == ["Contoh", "Lain"]
    assert [i for i in items if i.target.name == "Contoh"][0].url == "https://www.facebook.com/Contoh/posts/5"
    assert {"code": "importers.facebook.duplicate_reactions", "params": {"count": 1}} in cov.notes


def test_bogus_timestamps_become_none(tmp_path):
    recs = {"reactions": [
        {"timestamp": 1, "data": [{"reaction": {"reaction": "LIKE", "actor": OWNER}}],
         "title": f"{OWNER} liked Ani's post."},
        {"timestamp": 0, "title": f"{OWNER} liked Budi's comment."},
        {"timestamp": 4102444800 * 3, "title": f"{OWNER} liked Citra's post."},
    ]}
    items, _, _ = run(build(tmp_path, "G4", recs))
    assert len(items) == 3 and all(i.timestamp is None for i in items)


# -- groups ---------------------------------------------------------------------------

def test_group_membership_join_and_leave_in_both_languages(tmp_path):
    recs = {"group_membership": [
        {"timestamp": 1701432000, "data": [{"name": "Grup A"}], "title": "You became a member of Grup A."},
        {"timestamp": 1701432100, "data": [{"name": "Grup A"}], "title": "You stopped being a member of Grup A."},
        {"timestamp": 1701432200, "title": "Anda menjadi anggota Grup B."},
        {"timestamp": 1701432300, "title": "Anda berhenti menjadi anggota Grup B."},
        {"timestamp": 1701432400, "title": "Anda keluar dari grup Grup C."},
        # A sentence no table knows: the list is of joins, marked as inferred.
        {"timestamp": 1701432500, "data": [{"name": "Grup D"}], "title": "Du blev medlem af Grup D."},
        {"timestamp": 1701432600, "title": "Something else entirely"},
    ], "groups_admined": [{"name": "Grup E", "timestamp": 1600000000}]}
    items, cov, _ = run(build(tmp_path, "G4", recs))
    got = [(i.target.name, i.extra["membership"]) for i in items]
    assert got == [("Grup A", "joined"), ("Grup A", "left"), ("Grup B", "joined"), ("Grup B", "left"),
                   ("Grup C", "left"), ("Grup D", "joined"), ("Grup E", "admin")]
    assert items[5].extra.get("membership_inferred") is True
    assert all(i.kind is Kind.GROUP_MEMBERSHIP and i.target.type == "group" for i in items)


def test_group_posts_and_comments_carry_the_group(tmp_path):
    items, _, _ = run(build(tmp_path, "G4"))
    gp = [i for i in of_kind(items, Kind.POST) if i.extra.get("group")]
    assert [(i.text, i.target.name, i.target.type) for i in gp] == \
        [("Info rapat pekan depan", "Paguyuban Kopi Contoh", "group")]
    gc = [i for i in of_kind(items, Kind.COMMENT) if i.extra.get("group")]
    assert [(i.text, i.target.name, i.extra["post_owner"]) for i in gc] == \
        [("Kapan rapatnya?", "Alumni SMA Contoh", "Ani")]


# -- posts, shares, media ---------------------------------------------------------------

def test_posts_shares_and_links(tmp_path):
    recs = {"posts": [
        {"timestamp": 1706270400, "attachments": [{"data": [{"external_context": {"url": ""}}]}],
         "title": f"{OWNER} shared a post."},
        {"timestamp": 1706270500, "data": [{"post": "Lihat ini"}],
         "attachments": [{"data": [{"external_context": {
             "url": "https://www.facebook.com/RelawanContoh/videos/77/"}}]}],
         "title": f"{OWNER} updated his status."},
        {"timestamp": 1706270600, "data": [{"post": "Posting silang"}], "title": f"{OWNER} Shared from Instagram"},
        {"timestamp": 1706270700, "title": f"{OWNER} membagikan kiriman Relawan Contoh."},
        {"timestamp": 1706270800, "data": [{"post": "Selamat ulang tahun!"}],
         "title": f"{OWNER} wrote on Ani Wijaya's timeline."},
        {"timestamp": 1706270900, "attachments": [{"data": [{"name": "Grup Bersama"}]}],
         "title": f"{OWNER} shared a group."},
    ]}
    items, _, _ = run(build(tmp_path, "G4", recs))
    kinds = [i.kind for i in items]
    assert kinds == [Kind.SHARE, Kind.SHARE, Kind.POST, Kind.SHARE, Kind.POST, Kind.SHARE]
    assert items[1].target.url == "https://www.facebook.com/RelawanContoh"
    assert items[1].url == "https://www.facebook.com/RelawanContoh/videos/77/"
    assert items[3].target.name == "Relawan Contoh"
    assert items[4].target.name == "Ani Wijaya" and items[4].extra["on_timeline_of"] == "Ani Wijaya"
    assert items[5].extra["shared_name"] == "Grup Bersama"


def test_media_resolved_and_exif_date_checked(tmp_path):
    items, cov, archive = run(build(tmp_path, "G4", wrapper=WRAP))
    post = [i for i in of_kind(items, Kind.POST) if i.media][0]
    ref = post.media[0]
    assert ref.path == f"{WRAP}/{media_root('G4')}/Mobileuploads_4821/17agustus_n_1.jpg"
    assert ref.taken is not None and int(ref.taken.timestamp()) == 1692230000
    album = [i for i in of_kind(items, Kind.PHOTO) if i.extra.get("album") == "Foto profil"][0]
    assert album.media[0].taken is None                      # year-0 placeholder discarded
    assert album.text == "Dukung program pemerintah 💪"
    video = of_kind(items, Kind.VIDEO)[0]
    assert video.media[0].type == "video" and video.media[0].path.endswith("kegiatan_3.mp4")
    assert cov.files_skipped[ref.path]["reason"] == MEDIA


def test_split_zips_media_in_the_second_part(tmp_path):
    a = tmp_path / "facebook-budi-2024-03-01-Ab12Cd34.zip"
    b = tmp_path / "facebook-budi-2024-03-01-Ab12Cd34-2.zip"
    build_facebook_export(a, "G4", sample_records("G4"), media_dest=b)
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        assert not any(n.endswith(".jpg") for n in za.namelist())
        assert all(not n.endswith(".json") for n in zb.namelist())
    items, cov, archive = run(a, b)
    refs = [m for i in items for m in i.media]
    assert refs and all(r.path for r in refs)                 # every URI found in the other part
    assert {m.source for m in archive.members() if m.path in {r.path for r in refs}} == {archive.sources[1]}
    all_accounted(cov, archive)


def test_media_uri_drift_is_tolerated(tmp_path):
    # 2023-24 exports: URIs name a root the files are not under, or omit it.
    recs = {"uncategorized": [
        {"uri": "your_activity_across_facebook/posts/media/your_posts/111.jpg", "creation_timestamp": 1700000000},
        {"uri": "posts/media/your_posts/222.jpg", "creation_timestamp": 1700000001},
        {"uri": "https://scontent.xx.fbcdn.net/v/333.jpg", "creation_timestamp": 1700000002},
    ], "media": {"your_facebook_activity/posts/media/your_posts/111.jpg": JPEG,
                 "your_facebook_activity/posts/media/your_posts/222.jpg": JPEG}}
    items, _, _ = run(build(tmp_path, "G4", recs))
    paths = [i.media[0].path for i in items]
    assert paths[0].endswith("your_facebook_activity/posts/media/your_posts/111.jpg")
    assert paths[1].endswith("your_facebook_activity/posts/media/your_posts/222.jpg")
    assert paths[2] == "" and items[2].media[0].uri.startswith("https://")


# -- pages, follows, saved, events ---------------------------------------------------

def test_pages_follows_and_unfollows(tmp_path):
    items, _, _ = run(build(tmp_path, "G4"))
    pages = {i.target.name: i.target for i in of_kind(items, Kind.PAGE_LIKE)}
    assert pages["Relawan Contoh Kota"].url == "https://www.facebook.com/RelawanContohKota"
    assert pages["Resep Masakan Nusantara"].url == "https://www.facebook.com/profile.php?id=100064000000001"
    assert pages["Resep Masakan Nusantara"].id == "100064000000001"
    follows = [(i.target.name, i.target.type, i.extra.get("membership")) for i in of_kind(items, Kind.FOLLOW)]
    assert ("Tokoh Contoh", "account", None) in follows
    assert ("Halaman Lama", "account", "unfollowed") in follows
    assert ("Kampanye Akbar Contoh", "event", "going") in follows
    assert ("Debat Terbuka", "event", "interested") in follows
    assert not any(n == "Rapat RT" for n, _, _ in follows)          # declined is not an act of support


def test_saved_items(tmp_path):
    items, _, _ = run(build(tmp_path, "G4"))
    saved = of_kind(items, Kind.SAVED)[0]
    assert saved.target.name == "Kanal Contoh" and saved.target.url == "https://www.facebook.com/KanalContoh"
    assert saved.url == "https://www.facebook.com/KanalContoh/videos/123/"
    assert saved.extra["saved_name"] == "Debat kandidat"


# -- file names, parts, roots ------------------------------------------------------

def test_apostrophe_and_underscore_file_names_read_alike(tmp_path):
    a, _, _ = run(build(tmp_path, "G4", name="apos.zip"))
    b, cov, archive = run(build(tmp_path, "G4", name="under.zip", underscore_names=True))
    assert any("pages_you_ve_liked.json" in m.path for m in archive.members())
    assert sorted(i.fingerprint() for i in a) == sorted(i.fingerprint() for i in b)


def test_numbered_parts_are_all_read(tmp_path):
    reactions = [{"timestamp": 1700000000 + k, "data": [{"reaction": {"reaction": "LIKE", "actor": OWNER}}],
                  "title": f"{OWNER} liked Orang {k}'s post."} for k in range(12)]
    posts = [{"timestamp": 1700000000 + k, "data": [{"post": f"Kiriman {k}"}]} for k in range(7)]
    items, cov, _ = run(build(tmp_path, "G4", {"reactions": reactions, "posts": posts}, parts=3))
    read = {f.rsplit("/", 1)[-1]: n for f, n in cov.files_read.items()}
    assert read == {"likes_and_reactions_1.json": 4, "likes_and_reactions_2.json": 4,
                    "likes_and_reactions_3.json": 4, "your_posts__check_ins__photos_and_videos_1.json": 3,
                    "your_posts__check_ins__photos_and_videos_2.json": 3,
                    "your_posts__check_ins__photos_and_videos_3.json": 1}
    assert sorted(i.target.name for i in of_kind(items, Kind.LIKE)) == sorted(f"Orang {k}" for k in range(12))


def test_list_and_object_roots_are_both_accepted(tmp_path):
    files = {
        # bare list where other exports wrap it in an object
        "your_facebook_activity/pages/pages_you've_liked.json":
            [{"name": "Halaman Daftar", "timestamp": 1700000000, "url": "https://www.facebook.com/HalDaftar"}],
        # a label_values file holding one record is a bare object
        "your_facebook_activity/posts/posts_on_other_pages_and_profiles.json":
            {"timestamp": 1700000100, "media": [], "fbid": "9",
             "label_values": [{"label": "Message", "value": "Selamat bertugas!"},
                              {"label": "Target", "value": "Ani Wijaya"},
                              {"label": "URL", "href": "https://www.facebook.com/ani.wijaya/posts/3"}]},
        # object root for comments
        "your_facebook_activity/comments_and_reactions/comments.json":
            {"comments_v2": [{"timestamp": 1700000200, "data": [{"comment": {"comment": "Ok", "author": OWNER}}]}]},
    }
    items, cov, archive = run(build(tmp_path, "G4", {"files": files}))
    assert [(i.kind, i.target.name if i.target else None) for i in items] == [
        (Kind.COMMENT, None), (Kind.PAGE_LIKE, "Halaman Daftar"), (Kind.POST, "Ani Wijaya")]
    assert items[2].text == "Selamat bertugas!"
    assert items[2].target.url == "https://www.facebook.com/ani.wijaya"
    all_accounted(cov, archive)


def test_page_profile_layout_is_g4(tmp_path):
    files = {"this_profile's_activity_across_facebook/groups/group_membership_activity.json": {"x": 1},
             "this_profile's_activity_across_facebook/posts/profile_posts_1.json": [
                 {"timestamp": 1700000000, "data": [{"post": "Halo"}]}]}
    items, cov, archive = run(build(tmp_path, "G4", {"files": files}))
    det = FacebookImporter().detect(archive)
    assert det.generation == "G4"
    all_accounted(cov, archive)


# -- damaged input and coverage ------------------------------------------------------

def test_truncated_file_keeps_the_records_before_the_damage(tmp_path):
    reactions = [{"timestamp": 1700000000 + k, "title": f"{OWNER} liked Orang {k}'s post."} for k in range(50)]
    full = meta_dumps(reactions)
    path = "your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json"
    items, cov, _ = run(build(tmp_path, "G4", {"files": {
        path: full[: len(full) // 2],
        "your_facebook_activity/comments_and_reactions/comments.json": b"{\"comments_v2\": [ }garbage",
    }}))
    assert 5 < len(items) < 50
    assert cov.files_read[path] == len(items)
    assert any(n["code"] == "coverage.partial_file" and n["params"]["file"] == path for n in cov.notes)
    broken = cov.files_skipped["your_facebook_activity/comments_and_reactions/comments.json"]
    assert broken["reason"] == UNREADABLE


def test_wrong_shaped_records_are_counted_and_skipped(tmp_path):
    recs = {"page_likes": [
        {"name": "Baik", "timestamp": 1700000000},
        "bukan objek",
        {"name": ["daftar"], "timestamp": "x"},
        None,
    ]}
    items, cov, _ = run(build(tmp_path, "G4", recs))
    assert [i.target.name for i in items] == ["Baik"]
    bad = [n for n in cov.notes if n["code"] == "coverage.bad_records"]
    assert bad and bad[0]["params"]["count"] == 2


def test_unknown_and_irrelevant_files_are_accounted_with_reasons(tmp_path):
    files = {
        "your_facebook_activity/brand_new_section/new_thing.json": {"new_v9": []},
        "your_facebook_activity/pages/pages_you've_liked.json": {"something_else_v7": [{"name": "x"}]},
        "security_and_login_information/account_activity.json": {"account_activity_v2": []},
        "your_facebook_activity/messages/inbox/ani_1/message_1.json": {"messages": []},
        "your_facebook_activity/posts/no-data.txt": b"No data",
        "your_facebook_activity/readme.html": b"<html></html>",
    }
    _, cov, archive = run(build(tmp_path, "G4", {"files": files, "profile": sample_records()["profile"]}))
    sk = cov.files_skipped
    assert sk["your_facebook_activity/brand_new_section/new_thing.json"] == \
        {"reason": UNRECOGNISED, "detail": "importers.facebook.unknown_json"}
    assert sk["your_facebook_activity/pages/pages_you've_liked.json"] == \
        {"reason": UNRECOGNISED, "detail": "importers.facebook.unexpected_shape"}
    assert sk["security_and_login_information/account_activity.json"]["reason"] == NOT_RELEVANT
    assert sk["your_facebook_activity/messages/inbox/ani_1/message_1.json"]["detail"] == \
        "importers.facebook.skip.private_messages"
    assert sk["your_facebook_activity/posts/no-data.txt"]["reason"] == NOT_RELEVANT
    assert sk["your_facebook_activity/readme.html"]["detail"] == "importers.facebook.html_file"
    all_accounted(cov, archive)


# -- detection -------------------------------------------------------------------------

def test_html_export_is_not_claimed(tmp_path):
    z = tmp_path / "facebook-budi-2024-03-01-Ab12Cd34.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("index.html", "<html>Facebook</html>")
        zf.writestr("your_facebook_activity/posts/your_posts_1.html", "<html></html>")
        zf.writestr("personal_information/profile_information/profile_information.html", "<html></html>")
        zf.writestr("your_facebook_activity/posts/media/Mobile_1/a.jpg", JPEG)
    assert FacebookImporter().detect(Archive([ZipSource(z)])) is None


def test_other_platforms_are_not_claimed(tmp_path):
    z = tmp_path / "instagram-budi-2024.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("your_instagram_activity/likes/liked_posts.json", json.dumps({"likes_media_likes": []}))
        zf.writestr("personal_information/personal_information/personal_information.json", "{}")
    assert FacebookImporter().detect(Archive([ZipSource(z)])) is None


def test_g1_g2_without_profile_are_detected_with_lower_confidence(tmp_path):
    recs = sample_records("G1")
    recs.pop("profile")
    _, _, archive = run(build(tmp_path, "G1", recs))
    det = FacebookImporter().detect(archive)
    assert det.generation == "G1" and det.confidence == pytest.approx(0.7)


def test_large_reactions_file_is_streamed(tmp_path):
    import tracemalloc

    n = 15_000
    reactions = [{"timestamp": 1600000000 + k, "data": [{"reaction": {"reaction": "LIKE", "actor": OWNER}}],
                  "title": f"{OWNER} liked Halaman Contoh Nomor {k}'s post."} for k in range(n)]
    path = build(tmp_path, "G4", {"reactions": reactions})
    member = "your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json"
    # Reference: what decoding the whole file at once costs.
    tracemalloc.start()
    whole = json.loads(zipfile.ZipFile(path).read(member))
    _, whole_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del whole
    src = Archive([ZipSource(path)])
    ctx = ImportContext(coverage=Coverage(platform="facebook"))
    tracemalloc.start()
    count = 0
    for _ in FacebookImporter().iter_items(src, ctx):
        count += 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == n
    assert peak < whole_peak / 4, (peak, whole_peak)       # never the whole file decoded at once
