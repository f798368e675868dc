"""Every crash the fuzzer found, as a test that replays the input that caused it.

Each test names the input; the fix is in the module the traceback pointed at.
"""

from __future__ import annotations

import json
import time
import tracemalloc

import pytest

from audit.errors import FormatError
from audit.importers.jsonguard import MAX_DEPTH, DepthScanner, check_depth
from audit.importers.registry import all_importers
from fuzz.harness import run_importer
from fuzz.seeds import importer_seeds

IMPORTERS = {i.name: i for i in all_importers()}
DEEP = 100_000


def deep_json(opener: str = "[", closer: str = "]", depth: int = DEEP) -> bytes:
    return (opener * depth + "1" + closer * depth).encode()


def first_json_member(seed: dict[str, bytes]) -> str:
    return next(p for p in seed if p.endswith((".json", ".js")))


def _replay(name: str, files: dict[str, bytes]):
    tracemalloc.start()
    t0 = time.perf_counter()
    out = run_importer(IMPORTERS[name], files)
    took = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert out.crash is None, out.crash.trace
    return out, took, peak


@pytest.mark.parametrize("name", ["facebook_json", "instagram_json", "x_archive", "tiktok", "telegram",
                                  "whatsapp", "youtube_takeout"])
@pytest.mark.parametrize("shape", [("[", "]"), ('{"a":', "}")])
def test_deep_nesting_is_refused_quickly_in_flat_memory(name, shape):
    """Found: 200 KB of ``[`` made ijson's C backend allocate > 6 GB (MemoryError / OOM kill),
    and orjson-loaded 1000-deep objects overflowed the recursive Meta text repair."""
    for seed in importer_seeds()[name]:
        json_members = [p for p in seed if p.endswith((".json", ".js"))]
        if not json_members:
            continue
        files = {p: deep_json(*shape) if p in json_members else b for p, b in seed.items()}
        out, took, peak = _replay(name, files)
        assert took < 5, took
        assert peak < 64 * 1024 * 1024, peak


def test_deep_nesting_just_under_the_limit_is_still_read():
    """The guard must not refuse real files: nesting up to the limit parses."""
    check_depth(deep_json(depth=MAX_DEPTH), "ok.json")
    with pytest.raises(FormatError):
        check_depth(deep_json(depth=MAX_DEPTH + 1), "deep.json")


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 4096])
def test_depth_scanner_ignores_brackets_in_strings_across_chunk_boundaries(size):
    texts = ["[" * 5000, "\\", '"[[[', "\\\\\"{{{{", "}" * 300]
    data = json.dumps([{"t": t, "n": [[1]]} for t in texts] * 20).encode()
    scan = DepthScanner("x.json")
    for i in range(0, len(data), size):
        scan.feed(data[i:i + size])
    assert scan.depth == 0
    # And a real nest split at every boundary is still counted.
    scan = DepthScanner("x.json")
    with pytest.raises(FormatError):
        d = deep_json(depth=MAX_DEPTH + 1)
        for i in range(0, len(d), size):
            scan.feed(d[i:i + size])


def test_facebook_event_responses_with_a_number_for_the_list():
    """Found: ``{"event_responses_v2": {"events_joined": 1.5}}`` raised TypeError ('float' not iterable)."""
    seed = importer_seeds()["facebook_json"][-1]
    path = next(p for p in seed if p.endswith("your_event_responses.json"))
    for bad in (1.5, "x", True, {"a": 1}):
        files = dict(seed)
        files[path] = json.dumps({"event_responses_v2": {"events_joined": bad, "events_interested": None}}).encode()
        out, _, _ = _replay("facebook_json", files)
        assert out.items > 0  # the rest of the export is still read


def test_youtube_deeply_nested_comment_cell_and_activity_record():
    """Found: a comment cell or the first My Activity record nested thousands deep raised RecursionError."""
    from audit.importers.youtube import comment_text
    text, links, ok = comment_text("{" + '"a":[' * 5000 + "1" + "]" * 5000 + "}")
    assert not ok and links == []
    seed = importer_seeds()["youtube_takeout"][0]
    files = dict(seed)
    act = next(p for p in seed if p.endswith(".json"))
    files[act] = b"[" + deep_json() + b"]"
    _replay("youtube_takeout", files)


# ---- the zip reader (audit/archive/members.py) --------------------------------------------------

def _zip_bytes(tmp_path, members: dict[str, bytes], method=None) -> bytes:
    import zipfile
    p = tmp_path / "seed.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED if method is None else method) as z:
        for n, b in members.items():
            z.writestr(n, b)
    return p.read_bytes()


def _read_all_members(path):
    from audit.archive.inputs import open_inputs
    from audit.errors import AuditError
    opened = open_inputs([path])
    errors = [p.error.code for p in opened.problems]
    for a in opened.archives:
        for m in a.members():
            try:
                with m.open() as fh:
                    while fh.read(65536):
                        pass
            except AuditError as e:
                errors.append(e.code)
        a.close()
    return errors


def test_damaged_deflate_data_and_bad_crc_are_typed_errors(tmp_path):
    """Found: a flipped bit in compressed data raised zlib.error / BadZipFile('Bad CRC-32') from read()."""
    import zipfile
    body = json.dumps([{"title": f"Budi menyukai kiriman {i}", "timestamp": i} for i in range(500)]).encode()
    good = _zip_bytes(tmp_path, {"your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json": body})
    start = good.index(b"PK\x03\x04") + 30 + len("your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json")
    for off in (5, 40, 200):
        bad = bytearray(good)
        bad[start + off] ^= 0x55
        p = tmp_path / f"facebook-x-{off}.zip"
        p.write_bytes(bytes(bad))
        assert _read_all_members(p) == ["archive.member_unreadable"]
    # Stored (uncompressed) member whose bytes no longer match the CRC.
    stored = bytearray(_zip_bytes(tmp_path, {"data/tweets.js": b"window.YTD.tweets.part0 = []"}, zipfile.ZIP_STORED))
    i = stored.index(b"window.YTD")
    stored[i] = ord("W")
    p = tmp_path / "twitter-crc.zip"
    p.write_bytes(bytes(stored))
    assert _read_all_members(p) == ["archive.member_unreadable"]


def test_unknown_zip_version_and_undecodable_names_are_typed_errors(tmp_path):
    """Found: a damaged 'version needed' field raised NotImplementedError('zip file version 25.5');
    a local header name that is not UTF-8 while flagged UTF-8 raised UnicodeDecodeError."""
    good = _zip_bytes(tmp_path, {"result.json": b'{"chats": {"list": []}}'})
    bad = bytearray(good)
    cd = bad.index(b"PK\x01\x02")
    bad[cd + 6] = 255  # version needed to extract, in the central directory
    p = tmp_path / "telegram-ver.zip"
    p.write_bytes(bytes(bad))
    assert _read_all_members(p) in (["archive.bad_zip"], ["archive.member_unreadable"])
    bad = bytearray(good)
    loc = bad.index(b"PK\x03\x04")
    bad[loc + 7] |= 0x08  # UTF-8 flag (bit 11) in the local header
    bad[loc + 30] = 0xFF  # first byte of the local file name
    p = tmp_path / "telegram-name.zip"
    p.write_bytes(bytes(bad))
    assert _read_all_members(p) == ["archive.member_unreadable"]


def test_zero_length_member_name_is_refused(tmp_path):
    """Found by ``python -m fuzz`` (zipreader seed 109779): a central directory entry whose name
    length is 0 made zipfile's ZipInfo.is_dir() raise IndexError while listing."""
    import struct
    good = _zip_bytes(tmp_path, {"a.json": b"{}", "result.json": b'{"chats": {"list": []}}'})
    data = bytearray(good)
    cd = data.index(b"PK\x01\x02")
    name_len = struct.unpack_from("<H", data, cd + 28)[0]
    struct.pack_into("<H", data, cd + 28, 0)
    del data[cd + 46: cd + 46 + name_len]
    eocd = data.index(b"PK\x05\x06")
    cd_size = struct.unpack_from("<I", data, eocd + 12)[0]
    struct.pack_into("<I", data, eocd + 12, cd_size - name_len)
    p = tmp_path / "telegram-noname.zip"
    p.write_bytes(bytes(data))
    from audit.archive.members import ZipSource
    src = ZipSource(p)
    assert [m.path for m in src.members()] == ["result.json"]
    assert src.refused == [("", "unsafe_name")]
