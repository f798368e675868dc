"""A nesting-depth guard in front of every JSON parser that reads archive members.

Why: ijson's C backend builds a prefix string per event, so memory grows with
the square of the nesting depth: 200 KB of ``[`` took more than 6 GB (found by
``python -m fuzz``). orjson stops at 1024 levels, but the recursive Meta
mojibake repair and the stdlib parser hit Python's recursion limit before
that. No real export nests beyond a few dozen levels, so anything deeper
than ``MAX_DEPTH`` is refused as malformed, before any parser sees it.

The scan is string-aware (brackets inside texts do not count) and runs at C
speed for the text itself (bytes.replace/split/translate); only windows of
brackets that could reach the limit are walked in Python.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from audit.errors import FormatError

MAX_DEPTH = 256

_NOT_BRACKET = bytes(i for i in range(256) if i not in b"[]{}")
_OPEN = frozenset(b"[{")


class DepthScanner:
    """Feeds on consecutive chunks of one JSON text; raises ``FormatError`` past ``max_depth``."""

    def __init__(self, name: str, max_depth: int = MAX_DEPTH) -> None:
        self.name = name
        self.max_depth = max_depth
        self.depth = 0
        self._in_str = False
        self._carry = b""

    def feed(self, chunk: bytes) -> None:
        data = self._carry + chunk
        # A trailing run of backslashes means something only with the next byte; keep its parity.
        body = data.rstrip(b"\\")
        self._carry = b"\\" if (len(data) - len(body)) % 2 else b""
        # Escaped backslashes and quotes out of the way, every remaining quote opens or closes a string.
        parts = body.replace(b"\\\\", b"__").replace(b'\\"', b"__").split(b'"')
        outside = b"".join(parts[1 if self._in_str else 0::2])
        if len(parts) % 2 == 0:
            self._in_str = not self._in_str
        brackets = outside.translate(None, _NOT_BRACKET)
        if not brackets:
            return
        # Windows of brackets: one that cannot reach the limit is counted at C speed.
        d = self.depth
        for i in range(0, len(brackets), 128):
            w = brackets[i: i + 128]
            opens = w.count(b"[") + w.count(b"{")
            if d + opens <= self.max_depth:
                d = max(0, d + 2 * opens - len(w))
                continue
            for b in w:
                if b in _OPEN:
                    d += 1
                    if d > self.max_depth:
                        raise FormatError("format.bad_json", file=self.name,
                                          detail=f"nesting deeper than {self.max_depth}")
                elif d > 0:
                    d -= 1
        self.depth = d


class DepthGuardReader(io.RawIOBase):
    """A binary stream that checks nesting as it is read (for the streaming parsers)."""

    def __init__(self, raw: BinaryIO, name: str, max_depth: int = MAX_DEPTH) -> None:
        self._raw = raw
        self._scan = DepthScanner(name, max_depth)

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:  # type: ignore[override]
        data = self._raw.read(n)
        for i in range(0, len(data), 1 << 16):
            self._scan.feed(data[i: i + (1 << 16)])
        return data

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


def guard_stream(raw: BinaryIO, name: str) -> DepthGuardReader:
    return DepthGuardReader(raw, name)


def check_depth(data: bytes | str, name: str, max_depth: int = MAX_DEPTH) -> None:
    """The same check on a whole text, before ``json.loads``/``orjson.loads``."""
    scan = DepthScanner(name, max_depth)
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    # Small slices: splitting a slice makes one object per string in it, so this bounds the peak.
    for i in range(0, len(raw), 1 << 16):
        scan.feed(raw[i: i + (1 << 16)])
