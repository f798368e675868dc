"""Hostile archives: each one is refused or bounded with a clear (typed, translated) reason,
within bounded time and memory, and nothing is ever written outside the app's folders."""

from __future__ import annotations

import json
import os
import stat
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from audit.archive.inputs import open_inputs
from audit.archive.limits import Limits
from audit.archive.members import FolderSource, ZipSource
from audit.errors import AuditError, InputError, UnsafeArchiveError
from audit.i18n import tr

LIKES = "your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json"
LIKE_BODY = json.dumps([{"title": "Budi Santoso menyukai kiriman Relawan Contoh.", "timestamp": 1705000000,
                         "data": [{"reaction": {"reaction": "LIKE", "actor": "Budi Santoso"}}]}]).encode()


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def write_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of one test
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, body in members:
                z.writestr(name, body)
    return path


def refused(src) -> dict[str, str]:
    return {name: reason for name, reason in src.refused}


def scan_quiet(paths):
    from audit.pipeline import scan
    return scan([str(p) for p in paths])


def test_zip_slip_names_are_refused_and_nothing_is_written(tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    evil = ["../evil.json", "../../evil.json", "/etc/evil.json", "C:\\Windows\\evil.json", "C:/evil.json",
            "a/../../evil.json", "a\\..\\..\\evil.json", "D:evil.json", "ok/..\\..\\..\\evil.json"]
    p = write_zip(box / "facebook-budi-2024-01-01-x.zip", [(n, b"{}") for n in evil] + [(LIKES, LIKE_BODY)])
    before = tree(tmp_path)
    src = ZipSource(p)
    assert [m.path for m in src.members()] == [LIKES]
    assert set(refused(src).values()) == {"unsafe_name"} and len(refused(src)) == len(evil)
    result = scan_quiet([p])
    (source,) = result.sources
    assert source.error is None and result.items_total >= 1
    skipped = source.coverage.to_json()["files_skipped"]
    assert len(skipped) >= len(evil)  # every refused name is reported, not dropped silently
    assert tree(tmp_path) == before  # the app reads zips as streams: nothing extracted anywhere


def test_symlink_members_in_a_zip_are_refused(tmp_path):
    info = zipfile.ZipInfo("your_facebook_activity/link.json")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    p = write_zip(tmp_path / "facebook-l.zip", [(info, b"/etc/passwd"), (LIKES, LIKE_BODY)])
    src = ZipSource(p)
    assert [m.path for m in src.members()] == [LIKES]
    assert refused(src) == {"your_facebook_activity/link.json": "link"}


@pytest.mark.skipif(os.name != "posix", reason="symlinks need POSIX rights")
def test_symlinks_in_a_folder_are_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.json").write_text('{"secret": 1}')
    root = tmp_path / "export"
    (root / "your_facebook_activity").mkdir(parents=True)
    (root / LIKES).parent.mkdir(parents=True, exist_ok=True)
    (root / LIKES).write_bytes(LIKE_BODY)
    os.symlink(outside / "secret.json", root / "your_facebook_activity" / "secret.json")
    os.symlink(outside, root / "linked_dir")
    src = FolderSource(root)
    assert [m.path for m in src.members()] == [LIKES]
    assert refused(src) == {"your_facebook_activity/secret.json": "link"}


def _deflated_zeros(path: Path, name: str, size: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                fh.write(chunk)
    return path


def test_flat_zip_bomb_is_refused_by_ratio_without_inflating(tmp_path):
    p = _deflated_zeros(tmp_path / "facebook-bomb.zip", LIKES, 64 << 20)  # 64 MB -> ~64 KB, ratio ~1000
    assert p.stat().st_size < 1 << 20
    t0 = time.perf_counter()
    src = ZipSource(p)
    assert src.members() == [] and refused(src) == {LIKES: "compression_ratio"}
    assert time.perf_counter() - t0 < 0.5


def _patch_sizes(path: Path, declared: int) -> None:
    """Make the headers lie: declare ``declared`` bytes (central directory and local header)."""
    data = bytearray(path.read_bytes())
    cd = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 24, declared)
    loc = data.index(b"PK\x03\x04")
    struct.pack_into("<I", data, loc + 22, declared)
    path.write_bytes(bytes(data))


def test_member_that_inflates_past_its_declared_size_is_stopped(tmp_path):
    """A bomb that lies in its headers (declares 1 KB, inflates to 8 MB) stops at the declared size."""
    body = b"[" + b"1," * (4 << 20) + b"1]"
    p = write_zip(tmp_path / "facebook-lie.zip", [(LIKES, body)])
    _patch_sizes(p, 1024)
    src = ZipSource(p)
    (m,) = src.members()
    assert m.size == 1024
    tracemalloc.start()
    with pytest.raises(AuditError) as e:
        with m.open() as fh:
            while fh.read(65536):
                pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert e.value.code in ("archive.member_too_large", "archive.member_unreadable")
    assert peak < 8 << 20


def test_a_declared_multi_gigabyte_member_is_refused_at_once(tmp_path):
    p = write_zip(tmp_path / "facebook-huge.zip", [(LIKES, LIKE_BODY), ("media/video.mp4", b"\0" * 100)])
    _patch_sizes(p, 0xF0000000)  # 3.75 GB declared for the first member
    t0 = time.perf_counter()
    src = ZipSource(p, Limits(max_member_size=1 << 30))
    assert [m.path for m in src.members()] == ["media/video.mp4"]
    assert refused(src) == {LIKES: "too_large"}
    src = ZipSource(p)  # default limits: the 1:10^8 ratio gives it away
    assert [m.path for m in src.members()] == ["media/video.mp4"]
    assert refused(src) == {LIKES: "compression_ratio"}
    assert time.perf_counter() - t0 < 0.5


@pytest.mark.skipif(os.name != "posix", reason="sparse files")
def test_a_real_five_gigabyte_file_is_refused_without_reading_it(tmp_path):
    root = tmp_path / "export"
    (root / "your_facebook_activity").mkdir(parents=True)
    big = root / "your_facebook_activity" / "huge.json"
    with open(big, "wb") as fh:
        fh.truncate(5 * 1024**3)  # sparse: no disk used
    (root / LIKES).parent.mkdir(parents=True, exist_ok=True)
    (root / LIKES).write_bytes(LIKE_BODY)
    t0 = time.perf_counter()
    src = FolderSource(root)
    assert [m.path for m in src.members()] == [LIKES]
    assert refused(src) == {"your_facebook_activity/huge.json": "too_large"}
    with pytest.raises(UnsafeArchiveError) as e:
        open_inputs_or_raise(big)
    assert e.value.code == "archive.member_too_large"
    assert time.perf_counter() - t0 < 1.0
    assert "huge.json" in tr(e.value.code, "id", **e.value.params)  # the message names the file


def open_inputs_or_raise(path: Path):
    opened = open_inputs([path])
    if opened.problems:
        raise opened.problems[0].error
    return opened


def test_nested_zip_bomb_is_never_opened(tmp_path):
    """The app does not open zips inside zips: a nested bomb is one unrecognised member."""
    inner = _deflated_zeros(tmp_path / "inner.zip", "zeros.bin", 16 << 20).read_bytes()
    p = write_zip(tmp_path / "facebook-nested.zip", [(LIKES, LIKE_BODY)] + [(f"n/{i}.zip", inner) for i in range(10)])
    t0 = time.perf_counter()
    result = scan_quiet([p])
    assert time.perf_counter() - t0 < 10
    (source,) = result.sources
    assert source.error is None
    skipped = source.coverage.to_json()["files_skipped"]
    assert all(f"n/{i}.zip" in json.dumps(skipped) for i in range(10))


def test_thousands_of_tiny_members_are_listed_fast_and_capped(tmp_path):
    members = [(f"your_facebook_activity/x/{i}.json", b"{}") for i in range(20_000)] + [(LIKES, LIKE_BODY)]
    p = write_zip(tmp_path / "facebook-many.zip", members)
    t0 = time.perf_counter()
    result = scan_quiet([p])
    took = time.perf_counter() - t0
    assert result.sources[0].error is None and took < 30, took
    with pytest.raises(UnsafeArchiveError) as e:
        ZipSource(p, Limits(max_members=5000)).members()
    assert e.value.code == "archive.too_many_members"
    problems = open_inputs([p], Limits(max_members=5000)).problems
    assert problems and problems[0].error.code == "archive.too_many_members"


def test_a_folder_with_too_many_entries_stops_early(tmp_path):
    """Stands in for "a folder with millions of files": the walk stops at the limit, files or folders."""
    root = tmp_path / "export"
    (root / "your_facebook_activity").mkdir(parents=True)
    for i in range(1500):
        (root / "your_facebook_activity" / f"{i}.json").write_bytes(b"{}")
    with pytest.raises(UnsafeArchiveError):
        FolderSource(root, Limits(max_members=1000)).members()
    root2 = tmp_path / "dirs"
    for i in range(1500):
        (root2 / "d" / str(i)).mkdir(parents=True)
    with pytest.raises(UnsafeArchiveError) as e:
        FolderSource(root2, Limits(max_members=500)).members()
    assert e.value.code == "archive.too_many_members"


def test_duplicate_names_keep_the_first_and_report_the_rest(tmp_path):
    p = write_zip(tmp_path / "facebook-dup.zip", [(LIKES, LIKE_BODY), (LIKES, b"not json"), (LIKES, b"{}")])
    src = ZipSource(p)
    (m,) = src.members()
    # Found: the listing kept the first entry but zipfile's name lookup opened the last one.
    assert m.open().read() == LIKE_BODY
    assert src.refused == [(LIKES, "duplicate_name"), (LIKES, "duplicate_name")]


def _encrypt_flag(path: Path, which: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    for magic, off in ((b"PK\x01\x02", 8), (b"PK\x03\x04", 6)):
        start, k = 0, 0
        while (i := data.find(magic, start)) >= 0:
            if which is None or k == which:
                data[i + off] |= 0x01
            start, k = i + 4, k + 1
    path.write_bytes(bytes(data))


def test_encrypted_members_are_refused_and_a_fully_encrypted_zip_says_so(tmp_path):
    p = write_zip(tmp_path / "facebook-enc.zip", [(LIKES, LIKE_BODY), ("your_facebook_activity/b.json", b"{}")])
    _encrypt_flag(p, which=1)
    src = ZipSource(p)
    assert [m.path for m in src.members()] == [LIKES]
    assert refused(src) == {"your_facebook_activity/b.json": "encrypted"}
    _encrypt_flag(p)
    with pytest.raises(InputError) as e:
        ZipSource(p).members()
    assert e.value.code == "archive.encrypted"
    assert tr("archive.encrypted", "id", path="x.zip") != "archive.encrypted"  # a real sentence, both languages
    assert tr("archive.encrypted", "en", path="x.zip") != "archive.encrypted"


def test_non_utf8_member_names_are_read(tmp_path):
    """Old Windows zippers write names in the local code page (no UTF-8 flag): cp437 bytes."""
    p = write_zip(tmp_path / "facebook-cp.zip", [(LIKES, LIKE_BODY)])
    data = bytearray(p.read_bytes())
    name = b"your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json"
    bad = name.replace(b"likes_and", b"lik\x82s_and")  # cp437 0x82 = e acute
    data = bytearray(bytes(data).replace(name, bad))
    p.write_bytes(bytes(data))
    src = ZipSource(p)
    (m,) = src.members()
    assert "é" in m.path and m.open().read() == LIKE_BODY


def test_hostile_zip_scan_never_raises_and_never_writes(tmp_path):
    """All of the above in one archive, through the whole pipeline."""
    box = tmp_path / "in"
    box.mkdir()
    info = zipfile.ZipInfo("l.json")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    p = write_zip(box / "facebook-all.zip", [("../x.json", b"{}"), (info, b"/"), (LIKES, LIKE_BODY),
                                             (LIKES, b"{}"), ("deep/" * 100 + "a.json", b"{}")])
    before = tree(tmp_path)
    result = scan_quiet([p, box / "missing.zip", box])
    assert tree(tmp_path) == before
    assert any(s.error is not None and s.error.code == "input.not_found" for s in result.sources)
    assert result.items_total >= 1
