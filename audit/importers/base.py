"""The one interface every platform importer implements.

An importer says whether it recognises an archive (``detect``) and turns it
into items (``iter_items``), streaming: it yields items as it reads and never
holds a whole archive in memory. It marks every member it reads or skips in
``ctx.coverage``; the pipeline accounts for the rest.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any, BinaryIO, ClassVar

from audit.archive.archive import Archive
from audit.archive.members import Member
from audit.coverage import Coverage, MEDIA
from audit.errors import AuditError, Cancelled, FormatError
from audit.importers.jsonguard import check_depth, guard_stream
from audit.model import Item, Platform
from audit.textfix import fix_meta_obj, fix_meta_text
from audit.timeutil import zone

try:  # A C-backed streaming JSON parser keeps memory flat on huge files.
    import ijson  # type: ignore[import-untyped]
    _IJSON_BACKEND = ijson.backend
except ImportError:  # pragma: no cover - ijson is a dependency
    ijson = None
    _IJSON_BACKEND = None

try:
    import orjson  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    orjson = None

# What reading a member stream can raise below the typed errors (a file vanished,
# a damaged deflate stream): importers that read raw streams catch these too.
READ_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zipfile.BadZipFile, zlib.error)

MEDIA_EXT = re.compile(r"\.(jpe?g|png|gif|webp|heic|heif|bmp|tiff?|mp4|mov|m4v|3gp|webm|mkv|avi"
                       r"|opus|ogg|mp3|m4a|aac|wav|amr|webp|tgs|pdf)$", re.I)


@dataclass(frozen=True)
class Detection:
    platform: Platform
    generation: str          # e.g. "G4 (2024-2025)", "I2", "tweets.js 2022+"
    confidence: float        # 0..1; the best detection wins
    fmt: str = "json"        # "json", "html", "txt", "csv"...


@dataclass
class ImportContext:
    """What an importer needs besides the archive; created by the pipeline."""

    coverage: Coverage
    timezone_name: str = "WIB"
    options: dict[str, Any] = field(default_factory=dict)   # e.g. {"whatsapp_self": "Budi"}
    is_cancelled: Callable[[], bool] = lambda: False
    on_progress: Callable[[int], None] = lambda n: None      # bytes read since last call
    _tick: int = 0

    @property
    def tz(self) -> tzinfo:
        return zone(self.timezone_name)

    def check_cancel(self) -> None:
        """Call between records; raises ``Cancelled`` promptly when the user cancels."""
        self._tick += 1
        if self._tick & 255 == 0 and self.is_cancelled():
            raise Cancelled()

    # -- reading helpers -------------------------------------------------
    def read_bytes(self, member: Member, limit: int = 512 * 1024 * 1024) -> bytes:
        if member.size > limit:
            raise FormatError("format.file_too_large", file=member.path)
        with member.open() as fh:
            data = fh.read(limit + 1)
        self.on_progress(len(data))
        if len(data) > limit:
            raise FormatError("format.file_too_large", file=member.path)
        return data

    def read_text(self, member: Member, limit: int = 512 * 1024 * 1024) -> str:
        data = self.read_bytes(member, limit)
        return decode_text(data)

    def load_json(self, member: Member, meta: bool = False, prefix_strip: bool = False) -> Any:
        """Decode a whole JSON member (for small files). ``meta`` repairs Meta mojibake.

        ``prefix_strip`` drops an X-style ``window.YTD.x.part0 = `` preface.
        """
        data = self.read_bytes(member)
        if prefix_strip:
            data = strip_js_preface(data)
        check_depth(data, member.path)
        try:
            obj = orjson.loads(data) if orjson else json.loads(data)
        except (ValueError, UnicodeDecodeError) as e:
            raise FormatError("format.bad_json", file=member.path, detail=str(e)[:120]) from e
        return fix_meta_obj(obj) if meta else obj

    def iter_json(self, member: Member, prefixes: tuple[str, ...], meta: bool = False,
                  prefix_strip: bool = False) -> Iterator[Any]:
        """Stream the records of a JSON array without loading the whole file.

        ``prefixes`` are ijson paths tried in order, e.g. ``("item", "reactions_v2.item")``:
        the first that yields anything wins (a bare list in one generation, an
        object wrapping the list in another). Malformed JSON raises ``FormatError``
        after the records before the damage were yielded.
        """
        if ijson is None:
            obj = self.load_json(member, meta=False, prefix_strip=prefix_strip)
            for rec in _walk_prefixes(obj, prefixes):
                self.check_cancel()
                yield fix_meta_obj(rec) if meta else rec
            return
        for p in prefixes:
            got = False
            raw = member.open()
            # X's ``window.YTD.tweets.part0 = [`` preface is skipped on the stream,
            # so a huge tweets.js is parsed record by record, never loaded whole.
            stream = _CountingReader(guard_stream(_skip_js_preface(raw) if prefix_strip else raw, member.path),
                                     self.on_progress)
            try:
                for rec in ijson.items(stream, p, use_float=True):
                    got = True
                    self.check_cancel()
                    yield _fix_meta_record(rec) if meta else rec
            except ijson.JSONError as e:
                raise FormatError("format.bad_json", file=member.path, detail=str(e)[:120]) from e
            except (UnicodeDecodeError, ValueError) as e:
                raise FormatError("format.bad_json", file=member.path, detail=str(e)[:120]) from e
            finally:
                stream.close()
            if got:
                return

    def json_top_keys(self, member: Member, meta: bool = False) -> list[str]:
        """Keys of the top-level object (empty for a list), read without decoding values."""
        if ijson is None:
            obj = self.load_json(member, meta)
            return list(obj) if isinstance(obj, dict) else []
        keys: list[str] = []
        with guard_stream(member.open(), member.path) as fh:
            try:
                for prefix, event, value in ijson.parse(fh):
                    if prefix == "" and event == "start_array":
                        return []
                    if prefix == "" and event == "map_key":
                        keys.append(fix_meta_text(value) if meta else value)
            except (ijson.JSONError, UnicodeDecodeError, ValueError) as e:
                if not keys:
                    raise FormatError("format.bad_json", file=member.path, detail=str(e)[:120]) from e
        return keys


def _fix_meta_record(rec: Any) -> Any:
    """``fix_meta_obj`` for one streamed record, skipping the walk when nothing can change.

    Only non-ASCII strings are ever repaired; orjson serializes a record in about
    a microsecond, and all-ASCII output means every string and key is ASCII (the
    walk costs ten times more and most records of a big export are plain ASCII).
    """
    if orjson is not None:
        try:
            if orjson.dumps(rec).isascii():
                return rec
        except TypeError:  # e.g. an integer beyond 64 bits: let the walk handle it
            pass
    return fix_meta_obj(rec)


class _CountingReader(io.RawIOBase):
    def __init__(self, raw: BinaryIO, on_progress: Callable[[int], None]) -> None:
        self._raw = raw
        self._cb = on_progress

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        data = self._raw.read(len(b))
        n = len(data)
        b[:n] = data
        if n:
            self._cb(n)
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def _walk_prefixes(obj: Any, prefixes: tuple[str, ...]) -> Iterator[Any]:
    for p in prefixes:
        node: Any = obj
        parts = p.split(".")
        ok = True
        for part in parts[:-1] if parts[-1] == "item" else parts:
            if isinstance(node, dict) and part in node:
                node = node[part]
            else:
                ok = False
                break
        if not ok:
            continue
        if parts[-1] == "item":
            if isinstance(node, list) and node:
                yield from node
                return
        elif node is not None:
            yield node
            return


_PREFACE = re.compile(rb"^\s*window\.[A-Za-z0-9_.$\[\]\"']+\s*=\s*")


class _PrependedReader:
    """A stream that first returns ``head`` and then the rest of ``raw``."""

    def __init__(self, head: bytes, raw: BinaryIO) -> None:
        self._head = head
        self._raw = raw

    def read(self, n: int = -1) -> bytes:
        if self._head:
            if n is None or n < 0:
                out, self._head = self._head + self._raw.read(), b""
                return out
            out, self._head = self._head[:n], self._head[n:]
            return out
        return self._raw.read(n)

    def close(self) -> None:
        self._raw.close()


def _skip_js_preface(raw: BinaryIO) -> Any:
    head = raw.read(512)
    return _PrependedReader(strip_js_preface(head), raw)


def strip_js_preface(data: bytes) -> bytes:
    """``window.YTD.tweets.part0 = [...]`` -> ``[...]`` (X archives)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    m = _PREFACE.match(data[:512])
    return data[m.end():] if m else data


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 as a last resort."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


class Importer:
    """Base class. Subclasses set ``platform`` and implement ``detect`` and ``iter_items``."""

    platform: ClassVar[Platform]
    # Short, unique name for logs and tests ("facebook_json", "facebook_html"...).
    name: ClassVar[str]

    def detect(self, archive: Archive) -> Detection | None:
        raise NotImplementedError

    def iter_items(self, archive: Archive, ctx: ImportContext) -> Iterator[Item]:
        raise NotImplementedError

    # Helper: mark all media files as seen-but-not-read-as-text.
    @staticmethod
    def mark_media(archive: Archive, ctx: ImportContext) -> None:
        for m in archive.members():
            if MEDIA_EXT.search(m.path) and not ctx.coverage.accounted(m.path):
                ctx.coverage.skip(m.path, MEDIA)


def safe_records(ctx: ImportContext, member: Member, records: Iterator[Any],
                 build: Callable[[Any, int], Item | list[Item] | None]) -> Iterator[Item]:
    """Run ``build`` on each record, counting items; a malformed file keeps what was read.

    ``build`` returns an item, a list of items or None for a record that holds
    nothing relevant. A record of the wrong shape (a string where an object was
    expected, a missing key) makes ``build`` raise KeyError/TypeError/
    AttributeError/ValueError: that record is skipped and counted, the others
    are kept. A reader error (truncated or invalid JSON) ends the file, keeping
    the items read before it.
    """
    n = 0
    bad = 0
    try:
        for idx, rec in enumerate(records):
            try:
                got = build(rec, idx)
            except (KeyError, TypeError, AttributeError, ValueError, IndexError, OverflowError):
                bad += 1
                continue
            if got is None:
                continue
            for it in (got if isinstance(got, list) else [got]):
                n += 1
                yield it
    except AuditError as e:
        if n:
            ctx.coverage.read(member.path, n)
        ctx.coverage.fail(member.path, e.code)
        return
    finally:
        if bad:
            ctx.coverage.note("coverage.bad_records", file=member.path, count=bad)
    ctx.coverage.read(member.path, n)
