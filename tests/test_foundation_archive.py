"""Archive input: zips, parts, folders, single files, and every unsafe or broken case."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from audit.archive.archive import Archive
from audit.archive.inputs import export_key, group_sources, open_inputs
from audit.archive.limits import Limits
from audit.archive.members import FolderSource, ZipSource, safe_member_name
from audit.errors import InputError, UnsafeArchiveError


def snapshot(folder: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in folder.rglob("*")}


def make_zip(path: Path, members: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compress) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize("raw,expected", [
    ("a/b.json", "a/b.json"),
    ("./a//b.json", "a/b.json"),
    ("a\\b.json", "a/b.json"),
    ("../evil.json", None),
    ("a/../../evil.json", None),
    ("/etc/passwd", None),
    ("C:/Windows/evil.dll", None),
    ("C:\\Windows\\evil.dll", None),
    ("a/\x00b", None),
    ("", None),
])
def test_member_names_are_normalized_or_refused(raw, expected):
    assert safe_member_name(raw) == expected


def test_zip_slip_members_are_refused_and_nothing_is_written(tmp_path):
    z = make_zip(tmp_path / "x.zip", {"ok/data.json": b"[]", "../../evil.txt": b"x",
                                      "/abs.txt": b"x", "C:/drive.txt": b"x"})
    before = snapshot(tmp_path)
    src = ZipSource(z)
    names = [m.path for m in src.members()]
    assert names == ["ok/data.json"]
    reasons = {r for _, r in src.refused}
    assert reasons == {"unsafe_name"}
    assert len(src.refused) == 3
    with src.members()[0].open() as fh:
        assert fh.read() == b"[]"
    src.close()
    assert snapshot(tmp_path) == before


def test_symlink_members_in_zip_are_ignored(tmp_path):
    z = tmp_path / "l.zip"
    with zipfile.ZipFile(z, "w") as zf:
        info = zipfile.ZipInfo("link.json")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
        zf.writestr("real.json", "{}")
    src = ZipSource(z)
    assert [m.path for m in src.members()] == ["real.json"]
    assert ("link.json", "link") in src.refused


def test_compression_ratio_bomb_member_is_refused(tmp_path):
    z = make_zip(tmp_path / "bomb.zip", {"big.json": b"0" * (20 * 1024 * 1024), "small.json": b"[]"})
    src = ZipSource(z, Limits(ratio_min_size=1024 * 1024, max_ratio=100))
    assert [m.path for m in src.members()] == ["small.json"]
    assert ("big.json", "compression_ratio") in src.refused


def test_total_size_limit_stops_flat_bomb(tmp_path):
    z = make_zip(tmp_path / "flat.zip", {f"f{i}.json": b"1" * 4096 for i in range(50)})
    with pytest.raises(UnsafeArchiveError) as ei:
        ZipSource(z, Limits(max_total_size=100 * 1024)).members()
    assert ei.value.code == "archive.too_large"
    assert "GB" in ei.value.message("id") and "GB" in ei.value.message("en")


def test_too_many_members(tmp_path):
    z = make_zip(tmp_path / "many.zip", {f"f{i}.txt": b"x" for i in range(30)})
    with pytest.raises(UnsafeArchiveError) as ei:
        ZipSource(z, Limits(max_members=10)).members()
    assert ei.value.code == "archive.too_many_members"


def test_member_that_lies_about_its_size_is_stopped(tmp_path):
    z = make_zip(tmp_path / "lie.zip", {"a.json": b"x" * 10000})
    src = ZipSource(z)
    m = src.members()[0]
    from audit.archive.members import Member
    liar = Member(m.path, 100, src)
    with pytest.raises((UnsafeArchiveError, Exception)) as ei:
        with liar.open() as fh:
            fh.read()
    assert isinstance(ei.value, UnsafeArchiveError) or "CRC" in str(ei.value) or "Bad" in str(ei.value)


def test_encrypted_zip_gives_clear_message(tmp_path):
    # A zip whose only member has the "encrypted" flag set.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("secret.json", b"{}")
    data = bytearray(buf.getvalue())
    # Set bit 0 of the general-purpose flag in the local and central headers.
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        i = data.find(sig)
        off = 6 if sig == b"PK\x03\x04" else 8
        data[i + off] |= 1
    p = tmp_path / "enc.zip"
    p.write_bytes(bytes(data))
    with pytest.raises(InputError) as ei:
        ZipSource(p).members()
    assert ei.value.code == "archive.encrypted"
    assert "kata sandi" in ei.value.message("id")
    assert "password" in ei.value.message("en")


def test_corrupt_and_truncated_zip(tmp_path):
    good = make_zip(tmp_path / "good.zip", {"a.json": b"[1,2,3]" * 1000})
    bad = tmp_path / "half.zip"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(InputError) as ei:
        ZipSource(bad)
    assert ei.value.code == "archive.bad_zip"
    assert "rusak" in ei.value.message("id")


def test_folder_source_ignores_links_and_writes_nothing(tmp_path):
    root = tmp_path / "export"
    (root / "data").mkdir(parents=True)
    (root / "data" / "a.json").write_text("[]")
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    os.symlink(outside, root / "data" / "link.json")
    os.symlink(tmp_path, root / "loop")
    before = snapshot(tmp_path)
    src = FolderSource(root)
    assert [m.path for m in src.members()] == ["data/a.json"]
    assert ("data/link.json", "link") in src.refused
    assert snapshot(tmp_path) == before


def test_export_key_joins_parts():
    assert export_key("facebook-budi-2024-05-01-Ab12Cd34.zip") == export_key(
        "facebook-budi-2024-05-01-Ab12Cd34-2.zip")
    assert export_key("takeout-20240101T000000Z-001.zip") == export_key("takeout-20240101T000000Z-002.zip")
    assert export_key("instagram-budi-2024-05-01-xyz (1).zip") == export_key("instagram-budi-2024-05-01-xyz.zip")
    assert export_key("facebook-budi.zip") != export_key("instagram-budi.zip")


def test_parts_become_one_archive_with_joined_members(tmp_path):
    a = make_zip(tmp_path / "facebook-budi-2024-05-01-abc-1.zip", {"root/index.json": b"{}"})
    b = make_zip(tmp_path / "facebook-budi-2024-05-01-abc-2.zip", {"root/media/p.jpg": b"\xff\xd8"})
    c = make_zip(tmp_path / "instagram-siti.zip", {"x.json": b"{}"})
    opened = open_inputs([a, b, c])
    assert opened.problems == []
    assert len(opened.archives) == 2
    fb = opened.archives[0]
    assert sorted(m.path for m in fb.members()) == ["root/index.json", "root/media/p.jpg"]
    assert fb.resolve_uri("media/p.jpg").path == "root/media/p.jpg"


def test_folder_of_exports_opens_each(tmp_path):
    make_zip(tmp_path / "facebook-a.zip", {"x.json": b"{}"})
    (tmp_path / "WhatsApp Chat with Grup.txt").write_text("12/01/24 19.05 - A: halo\n")
    opened = open_inputs([tmp_path])
    assert len(opened.archives) == 2
    assert opened.problems == []


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make,code", [
    (lambda p: p / "missing.zip", "input.not_found"),
    (lambda p: (p / "empty").mkdir() or p / "empty", "input.empty_folder"),
    (lambda p: _write(p / "photo.exe", b"MZ"), "input.unknown_file"),
])
def test_bad_inputs_become_problems_not_exceptions(tmp_path, make, code):
    path = make(tmp_path)
    opened = open_inputs([path])
    assert opened.archives == []
    assert [p.error.code for p in opened.problems] == [code]
    msg_id, msg_en = opened.problems[0].error.message("id"), opened.problems[0].error.message("en")
    assert msg_id and msg_en and msg_id != msg_en and "{" not in msg_id


def test_resolve_uri_tolerates_drift(tmp_path):
    z = make_zip(tmp_path / "f.zip", {
        "facebook-x/your_facebook_activity/posts/media/Album_1/p1.jpg": b"1",
        "facebook-x/your_facebook_activity/posts/album/0.json": b"{}",
    })
    arc = Archive([ZipSource(z)])
    want = "facebook-x/your_facebook_activity/posts/media/Album_1/p1.jpg"
    assert arc.resolve_uri("your_facebook_activity/posts/media/Album_1/p1.jpg").path == want
    assert arc.resolve_uri("your_activity_across_facebook/posts/media/Album_1/p1.jpg").path == want
    assert arc.resolve_uri("posts/media/Album_1/p1.jpg").path == want
    assert arc.resolve_uri("https://scontent.fbcdn.net/p1.jpg") is None
    assert arc.ends_with("posts/album/0.json")
    assert arc.by_basename("P1.JPG")


def test_apostrophe_and_underscore_spellings_match(tmp_path):
    z = make_zip(tmp_path / "f.zip", {"a/pages/pages_you've_liked.json": b"{}",
                                      "b/connections/who_you_ve_followed.json": b"{}"})
    arc = Archive([ZipSource(z)])
    assert arc.ends_with("pages/pages_you_ve_liked.json")
    assert arc.by_basename("who_you've_followed.json")
