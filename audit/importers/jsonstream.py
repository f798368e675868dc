"""One pass over a big JSON file that picks records at several paths at once.

``ImportContext.iter_json`` reads a file once per prefix. TikTok's
``user_data_tiktok.json`` holds a dozen sections (old and new names), and a
Telegram ``result.json`` nests messages inside chats: reading them once per
path would re-read hundreds of megabytes. Here ijson's event stream is walked
once; only the records under the wanted paths are built into Python objects,
so memory stays at one record at a time.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

from audit.archive.members import Member
from audit.errors import FormatError
from audit.importers.base import _CountingReader
from audit.importers.jsonguard import check_depth, guard_stream

import ijson  # type: ignore[import-untyped]

# (path, event, value) triples from ijson.parse; re-exported for the Telegram walker.
Event = tuple[str, str, Any]


def events(member: Member, on_progress: Callable[[int], None] = lambda n: None) -> Iterator[Event]:
    """ijson events of a member; a broken file raises ``FormatError`` where it breaks."""
    stream = _CountingReader(guard_stream(member.open(), member.path), on_progress)
    try:
        yield from ijson.parse(stream, use_float=True)
    except ijson.JSONError as e:
        raise FormatError("format.bad_json", file=member.path, detail=str(e)[:120]) from e
    except (UnicodeDecodeError, ValueError) as e:
        raise FormatError("format.bad_json", file=member.path, detail=str(e)[:120]) from e
    finally:
        stream.close()


def pick(evs: Iterator[Event], wanted: dict[str, str]) -> Iterator[tuple[str, Any]]:
    """Yield ``(tag, value)`` for each value found at a path in ``wanted`` (path -> tag).

    Paths use ijson's notation (``"Activity.Like List.ItemFavoriteList.item"``).
    Scalars at a wanted path are yielded as they are; maps and arrays are built.
    """
    builder: Any = None
    cur = ""
    for prefix, event, value in evs:
        if builder is not None:
            builder.event(event, value)
            if prefix == cur and event in ("end_map", "end_array"):
                yield wanted[cur], builder.value
                builder = None
            continue
        if prefix in wanted:
            if event in ("start_map", "start_array"):
                builder = ijson.ObjectBuilder()
                builder.event(event, value)
                cur = prefix
            elif event not in ("map_key", "end_map", "end_array"):
                yield wanted[prefix], value


def top_keys(member: Member, stop_after: int = 12, max_bytes: int = 2 * 1024 * 1024) -> list[str]:
    """The first top-level keys of a JSON object, read from the file's head only.

    Empty when it is not an object or cannot be read: ``detect`` uses it and
    must never raise, nor read a whole archive to recognise it.
    """
    keys: list[str] = []
    try:
        with member.open() as fh:
            head = fh.read(max_bytes)
        check_depth(head, member.path)
        for prefix, event, value in ijson.parse(io.BytesIO(head)):
            if prefix == "" and event == "start_array":
                return []
            if prefix == "" and event == "map_key":
                keys.append(value)
                if len(keys) >= stop_after:
                    break
    except Exception:  # noqa: BLE001 - a sniff: a cut-off head or any failure ends it
        return keys
    return keys
