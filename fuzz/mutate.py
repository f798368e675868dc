"""Mutations of valid exports: what half downloads, old tools, hand edits and attackers produce.

Every function takes a ``random.Random`` so that the same seed replays the
same input: the long fuzz run drives it with a plain PRNG, the property
tests with Hypothesis (``st.randoms``), which can then shrink a failure.
"""

from __future__ import annotations

import copy
import json
import random
import re
from typing import Any

# Values of the wrong type or absurd size, put where a record expected something sensible.
NASTY: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, 2**63, 2**64 + 1, -(2**63) - 1, 10**30, -10**30, 1e308, -1e308, 1.5,
    1e-320, "", " ", "0", "-1", "null", "NaN", "Infinity", "1e999", "9999999999999999999",
    "9999-99-99T99:99:99", "2024-02-30T25:61:00Z", "0000-00-00", "1970-01-01T00:00:00",
    "2024-13-45 99:99:99", "Feb 30, 2024, 99:99:99 PM", "31/02/24 25.61", "\u0000", "\u202e\u200f",
    "\ud83d", "ÃƒÂ©Ã¢â‚¬â„¢", "x" * 5000, "é" * 300, "http://", "https://", "https://%zz/../../",
    "file:///etc/passwd", "../../../../etc/passwd", "C:\\Windows\\win.ini", "\\\\server\\share",
    [], {}, [None], [[]], [{}], {"": None}, {"timestamp": "x"}, {"title": None, "data": None},
    {"string_list_data": None}, {"href": 5, "value": [], "timestamp": "soon"},
]

_KEYS_LIKELY = ["timestamp", "title", "data", "href", "value", "name", "text", "uri", "date", "Date",
                "string_map_data", "string_list_data", "label_values", "attachments", "messages",
                "chats", "list", "tweet", "full_text", "created_at", "id", "from", "type", "", "__proto__"]

DEEP = "__FUZZ_DEEP__"


def _nodes(obj: Any, limit: int = 4000) -> list[tuple[Any, ...]]:
    """Paths to nodes (bounded, iterative: earlier mutations may have nested deeply)."""
    out: list[tuple[Any, ...]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), obj)]
    while stack and len(out) < limit:
        path, node = stack.pop()
        out.append(path)
        if len(path) > 200:
            continue
        if isinstance(node, dict):
            stack.extend((path + (k,), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((path + (i,), v) for i, v in enumerate(node))
    return out


def _get(obj: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        obj = obj[p]
    return obj


def _set(root: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = _get(root, path[:-1])
    parent[path[-1]] = value
    return root


def mutate_tree(obj: Any, rnd: random.Random) -> Any:
    """One structural change: wrong type, missing key, renamed key, huge list, deep nesting..."""
    paths = _nodes(obj)
    path = rnd.choice(paths)
    node = _get(obj, path)
    op = rnd.randrange(10)
    if op <= 2:
        return _set(obj, path, nasty(rnd))
    if op == 3 and isinstance(node, dict) and node:
        del node[rnd.choice(list(node))]
        return obj
    if op == 4 and isinstance(node, dict) and node:
        k = rnd.choice(list(node))
        node[rnd.choice(_KEYS_LIKELY)] = node.pop(k)
        return obj
    if op == 5 and isinstance(node, list) and node:
        # Many copies of one record: bounded, but enough to find quadratic work.
        node.extend([node[rnd.randrange(len(node))]] * rnd.choice([2, 50, 2000]))
        return obj
    if op == 6:
        return _set(obj, path, DEEP)
    if op == 7 and isinstance(node, dict):
        return _set(obj, path, list(node.values()))
    if op == 8 and isinstance(node, list):
        return _set(obj, path, {str(i): v for i, v in enumerate(node)})
    if op == 9 and isinstance(node, str):
        return _set(obj, path, mutate_string(node, rnd))
    return _set(obj, path, nasty(rnd))


def nasty(rnd: random.Random) -> Any:
    # A copy: later mutations change containers in place, the table must stay as it is.
    return copy.deepcopy(rnd.choice(NASTY))


def mutate_string(s: str, rnd: random.Random) -> str:
    op = rnd.randrange(6)
    if op == 0:
        return s[: rnd.randrange(len(s) + 1)]
    if op == 1:
        return s + rnd.choice(["\ud800", "\x00", "\u202e", "Ã", "\\", "\"", "<", "&#0;", "%"])
    if op == 2:
        return s * rnd.choice([2, 100])
    if op == 3:
        return "".join(rnd.sample(s, len(s))) if s else "\x00"
    if op == 4:
        return s.encode("utf-8", "surrogatepass").decode("latin-1")
    return rnd.choice([str(x) for x in NASTY if not isinstance(x, (list, dict))])


_PREFACE = re.compile(rb"^(\xef\xbb\xbf)?\s*window\.[A-Za-z0-9_.$\[\]\"']+\s*=\s*")


def mutate_json_bytes(data: bytes, rnd: random.Random) -> bytes | None:
    """Parse, change the tree 1-4 times, write back; None when ``data`` is not JSON."""
    m = _PREFACE.match(data[:512])
    head, body = (data[: m.end()], data[m.end():]) if m else (b"", data)
    try:
        obj = json.loads(body.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    for _ in range(rnd.randint(1, 4)):
        obj = mutate_tree(obj, rnd)
    text = json.dumps(obj, ensure_ascii=rnd.random() < 0.5, allow_nan=True)
    if DEEP in text:
        depth = rnd.choice([100, 1000, 5000, 100_000])
        opener, closer = rnd.choice([("[", "]"), ('{"a":', "}")])
        text = text.replace(f'"{DEEP}"', opener * depth + "1" + closer * depth, 1).replace(f'"{DEEP}"', "null")
    return head + text.encode("utf-8", "surrogatepass")


_NASTY_LINES = [
    b"", b"\x00\x00\x00", b"\xff\xfe\xfd", b"\xed\xa0\x80", b"\xc3(", b"<div>" * 3000, b"</div>" * 3000,
    b"<a href=\"javascript:alert(1)\">x</a>", b"&#xFFFFFFFF; &#0; &#x110000; &bogus;", b"<![CDATA[",
    b"<!--", b"<script>", b"<table><tr><td>" * 200, b"A" * 200_000,
    b"12/31/99, 25:61 - x: y", b"[99/99/9999, 99:99:99] a: b", b"31/02/24 23.59 - ",
    "\u202e\u200e\u200f".encode(), b"\r\r\r\n\n", b",,,,,,,,,,,,,,\"\"\"", b"\"unterminated,field\n",
]


def mutate_text_bytes(data: bytes, rnd: random.Random) -> bytes:
    """Line-level damage for HTML, chat text and CSV."""
    lines = data.split(b"\n")
    op = rnd.randrange(6)
    i = rnd.randrange(len(lines))
    if op == 0:
        del lines[i]
    elif op == 1:
        lines.insert(i, rnd.choice(_NASTY_LINES))
    elif op == 2:
        lines[i:i] = [lines[i]] * rnd.choice([2, 100, 3000])
    elif op == 3 and len(lines) > 1:
        j = rnd.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif op == 4:
        # Drop closing tags: the HTML readers must cope with unbalanced trees.
        lines[i] = re.sub(rb"</[a-z]+>", b"", lines[i])
    else:
        lines[i] = mutate_bytes(lines[i], rnd)
    return b"\n".join(lines)


def mutate_bytes(data: bytes, rnd: random.Random) -> bytes:
    """Byte-level damage: truncation, flips, garbage, wrong encodings."""
    n = len(data)
    op = rnd.randrange(10)
    if op == 0:
        return data[: rnd.randrange(n + 1)]
    if op == 1 and n:
        b = bytearray(data)
        for _ in range(rnd.randint(1, 8)):
            b[rnd.randrange(n)] = rnd.randrange(256)
        return bytes(b)
    if op == 2:
        pos = rnd.randrange(n + 1)
        return data[:pos] + rnd.randbytes(rnd.randint(1, 64)) + data[pos:]
    if op == 3:
        pos = rnd.randrange(n + 1)
        return data[:pos] + rnd.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\xef\xbb\xbf"]) + data[pos:]
    if op == 4:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return data[::-1]
        enc = rnd.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "utf-8-sig"])
        return text.encode(enc, "replace")
    if op == 5:
        return rnd.randbytes(rnd.choice([0, 1, 7, 100, 4096]))
    if op == 6 and n:
        a = rnd.randrange(n)
        return data[:a] + data[a + rnd.randint(1, 200):]
    if op == 7 and n:
        a = rnd.randrange(n)
        return data[:a] + data[a: a + 100] * rnd.choice([2, 50]) + data[a:]
    if op == 8:
        return b"\xef\xbb\xbf" + data if not data.startswith(b"\xef\xbb\xbf") else data[3:]
    return data + b"\x00" * rnd.choice([1, 1000])


def mutate_member(path: str, data: bytes, rnd: random.Random) -> bytes:
    low = path.lower()
    r = rnd.random()
    if low.endswith((".json", ".js")) and r < 0.6:
        got = mutate_json_bytes(data, rnd)
        if got is not None:
            return got
    if low.endswith((".html", ".htm", ".txt", ".csv")) and r < 0.6:
        return mutate_text_bytes(data, rnd)
    return mutate_bytes(data, rnd)


def mutate_archive(files: dict[str, bytes], rnd: random.Random) -> dict[str, bytes]:
    """1-3 changes to one export: member contents mostly, sometimes its file list."""
    out = dict(files)
    for _ in range(rnd.randint(1, 3)):
        paths = list(out)
        if not paths:
            out["x.json"] = b"{}"
            continue
        op = rnd.random()
        p = rnd.choice(paths)
        if op < 0.75:
            out[p] = mutate_member(p, out[p], rnd)
        elif op < 0.82:
            del out[p]
        elif op < 0.88:
            # Renamed by hand or by an old tool: case, extension, an extra folder.
            data = out.pop(p)
            q = rnd.choice([p.upper(), p + ".bak", "copy/" + p, p.replace("/", "/ "), p.rsplit(".", 1)[0]])
            out[q] = data
        elif op < 0.94:
            q = rnd.choice(paths)
            out[p], out[q] = out[q], out[p]
        else:
            out[p.rsplit("/", 1)[0] + "/" + rnd.choice(["empty.json", "index.html", "result.json", "x.txt"])] = \
                rnd.choice([b"", b"{}", b"[]", b"null", b"\xff"])
    return out


def mutate_toml(data: bytes, rnd: random.Random) -> bytes:
    """Rule pack damage: lines dropped/duplicated, values of the wrong type, dates out of range."""
    if rnd.random() < 0.15:
        return mutate_bytes(data, rnd)
    lines = data.split(b"\n")
    for _ in range(rnd.randint(1, 4)):
        i = rnd.randrange(len(lines))
        op = rnd.randrange(7)
        line = lines[i]
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, line)
        elif op == 2 and b"=" in line:
            k = line.split(b"=", 1)[0]
            lines[i] = k + b"= " + rnd.choice([
                b"1", b"-1", b"99999999999999999999", b"1e999", b"nan", b"true", b'""', b"[]", b"{}", b"[[]]",
                b"[1, 2]", b'["", ""]', b"9999-12-31", b"0001-01-01", b"2024-02-30", b"2024-01-01T25:00:00",
                b"2024-01-01T00:00:00+23:59", b'"\\u0000"', b'"' + b"x" * 10000 + b'"', b'"(((("', b'"[a-"',
                b'{ a = { b = { c = 1 } } }'])
        elif op == 3 and line.startswith(b"["):
            lines[i] = rnd.choice([b"[[" + line.strip(b"[]") + b"]]", b"[" + line.strip(b"[]") + b".x]", b"[]"])
        elif op == 4:
            lines[i] = mutate_bytes(line, rnd)
        elif op == 5:
            lines = lines[: rnd.randrange(len(lines) + 1)]
            if not lines:
                lines = [b""]
        else:
            lines.insert(i, rnd.choice([b"[pack]", b"[[entity]]", b"[[phase]]", b"x = 1", b"\xff\xfe",
                                        b"a." * 500 + b"b = 1"]))
    return b"\n".join(lines)


_ZIP_MAGIC = [b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07"]


def mutate_zip(data: bytes, rnd: random.Random) -> bytes:
    """Damage a zip where it hurts: headers, sizes, name lengths, compressed data, the end record."""
    b = bytearray(data)
    op = rnd.randrange(5)
    if op == 0:
        return bytes(b[: rnd.randrange(len(b) + 1)])
    heads = [m.start() for magic in _ZIP_MAGIC for m in re.finditer(re.escape(magic), data)]
    if op <= 2 and heads:
        h = rnd.choice(heads)
        for _ in range(rnd.randint(1, 4)):
            off = h + rnd.randrange(4, 46)
            if off < len(b):
                b[off] = rnd.choice([0, 0xFF, rnd.randrange(256)])
        return bytes(b)
    if op == 3:
        return mutate_bytes(data, rnd)
    # Flip bytes inside compressed data (after the first local header).
    for _ in range(rnd.randint(1, 6)):
        off = rnd.randrange(30, max(31, len(b)))
        if off < len(b):
            b[off] ^= 1 << rnd.randrange(8)
    return bytes(b)
