"""Readers for Telegram Desktop's default HTML export (stdlib ``html.parser``).

Pages written by tdesktop's HTML writer:

* ``export_results.html`` — the summary; its ``personal_info`` block holds the
  owner's first and last name (no user id).
* ``lists/chats.html`` and ``lists/left_chats.html`` — one ``a.entry`` per chat,
  linking to ``chats/chat_NNN/messages.html``, with the name and a type line
  ("Private group", "Public channel"...).
* ``chats/chat_NNN/messages.html``, ``messages2.html``... — 1000 messages per
  page. A message is ``div.message.default`` (``joined`` when it continues the
  previous sender's run and so has no ``from_name``), with ``div.from_name``,
  ``div.text``, ``div.pull_right.date.details[title]`` and, for forwards, a
  ``div.forwarded.body`` holding the original sender's ``from_name``.

The HTML never marks which messages are the owner's: they are matched by the
owner's display name (see the importer's coverage note).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from html.parser import HTMLParser
from typing import BinaryIO

from audit.timeutil import plausible

_VOID = {"br", "img", "meta", "link", "hr", "input", "source", "wbr", "col", "area", "base", "embed"}
_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?: UTC([+-])(\d{1,2}):?(\d{2}))?")
_MEDIA_WRAPS = {"photo_wrap": "photo", "video_file_wrap": "video", "animated_wrap": "video",
                "sticker_wrap": "sticker", "video_wrap": "video"}


def parse_title_date(title: str | None, local: tzinfo) -> datetime | None:
    """``15.08.2020 10:57:36 UTC+03:00`` (newer) or ``15.01.2024 10:00:00`` (older, local)."""
    m = _DATE.search(title or "")
    if not m:
        return None
    d, mo, y, h, mi, s = (int(x) for x in m.groups()[:6])
    tz = local
    if m.group(7):
        off = timedelta(hours=int(m.group(8)), minutes=int(m.group(9)))
        tz = timezone(off if m.group(7) == "+" else -off)
    try:
        return plausible(datetime(y, mo, d, h, mi, s, tzinfo=tz))
    except ValueError:
        return None


class _Walker(HTMLParser):
    """Keeps a stack of open elements with their classes, so handlers ask "am I inside X?"."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, frozenset[str]]] = []

    def inside(self, cls: str) -> bool:
        return any(cls in c for _, c in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        classes = frozenset(a.get("class", "").split())
        self.on_start(tag, classes, a)
        if tag not in _VOID:
            self.stack.append((tag, classes))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        self.on_start(tag, frozenset(a.get("class", "").split()), a)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # Pop up to the matching element; tolerate stray end tags in damaged pages.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                while len(self.stack) > i:
                    t, c = self.stack.pop()
                    self.on_end(t, c)
                return

    def on_start(self, tag: str, classes: frozenset[str], attrs: dict[str, str]) -> None:
        pass

    def on_end(self, tag: str, classes: frozenset[str]) -> None:
        pass


@dataclass
class HtmlMessage:
    id: str
    sender: str | None
    text: str
    date_title: str | None
    forwarded_from: str | None
    media: list[tuple[str, str]] = field(default_factory=list)   # (href, type)


class ChatPageParser(_Walker):
    """One ``messages*.html`` page; ``last_sender`` carries ``joined`` runs across pages."""

    def __init__(self, last_sender: str | None = None) -> None:
        super().__init__()
        self.title: str | None = None
        self.messages: list[HtmlMessage] = []
        self.last_sender = last_sender
        self._msg: dict | None = None
        self._capture: str | None = None   # "title" | "from" | "fwd" | "text"
        self._buf: list[str] = []

    def on_start(self, tag: str, classes: frozenset[str], attrs: dict[str, str]) -> None:
        if tag == "div" and "message" in classes and "default" in classes:
            self._msg = {"id": attrs.get("id", "").removeprefix("message"), "joined": "joined" in classes,
                         "from": None, "fwd": None, "text": [], "date": None, "media": [],
                         "depth": len(self.stack)}
            return
        if tag == "br" and self._capture == "text":
            self._buf.append("\n")
            return
        if tag == "div" and "text" in classes and "bold" in classes and self.inside("page_header") \
                and self.title is None:
            self._start_capture("title")
            return
        m = self._msg
        if m is None:
            return
        if tag == "div" and "date" in classes and "details" in classes and "pull_right" in classes \
                and m["date"] is None and not self.inside("forwarded"):
            m["date"] = attrs.get("title")
        elif tag == "div" and "from_name" in classes:
            self._start_capture("fwd" if self.inside("forwarded") else "from")
        elif tag == "div" and "text" in classes and not self.inside("reply_to"):
            self._start_capture("text")
        elif tag == "span" and self._capture in ("from", "fwd") and ("details" in classes or "date" in classes):
            self._capture_paused = True
        elif tag == "a":
            for cls, kind in _MEDIA_WRAPS.items():
                if cls in classes and attrs.get("href"):
                    m["media"].append((attrs["href"], kind))

    def _start_capture(self, what: str) -> None:
        self._capture = what
        self._capture_depth = len(self.stack)
        self._capture_paused = False
        self._buf = []

    def handle_data(self, data: str) -> None:
        if self._capture and not getattr(self, "_capture_paused", False):
            self._buf.append(data)

    def on_end(self, tag: str, classes: frozenset[str]) -> None:
        if tag == "span" and getattr(self, "_capture_paused", False):
            self._capture_paused = False
            return
        if self._capture and tag == "div" and len(self.stack) == self._capture_depth:
            self._finish_capture()
        m = self._msg
        if m is not None and tag == "div" and len(self.stack) == m["depth"]:
            sender = m["from"] or (self.last_sender if m["joined"] else None)
            if sender:
                self.last_sender = sender
            self.messages.append(HtmlMessage(m["id"], sender, "".join(m["text"]).strip(), m["date"],
                                             m["fwd"], m["media"]))
            self._msg = None

    def _finish_capture(self) -> None:
        what, text = self._capture, "".join(self._buf)
        self._capture, self._buf = None, []
        if what == "title":
            self.title = " ".join(text.split()) or None
            return
        m = self._msg
        if m is None:
            return
        if what == "from" and m["from"] is None:
            m["from"] = " ".join(text.split()) or None
        elif what == "fwd" and m["fwd"] is None:
            m["fwd"] = " ".join(text.split()) or None
        elif what == "text":
            m["text"].append(text.strip("\n "))


class ListPageParser(_Walker):
    """``lists/chats.html`` / ``lists/left_chats.html``: (href, name, type line) per entry."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[str, str, str]] = []
        self._cur: dict | None = None
        self._cap: str | None = None
        self._buf: list[str] = []
        self._cap_depth = 0

    def on_start(self, tag: str, classes: frozenset[str], attrs: dict[str, str]) -> None:
        if tag == "a" and "entry" in classes:
            self._cur = {"href": attrs.get("href", ""), "name": "", "details": "", "depth": len(self.stack)}
        elif self._cur is not None and tag == "div" and ("name" in classes or "details_entry" in classes):
            key = "name" if "name" in classes else "details"
            if not self._cur[key]:
                self._cap, self._buf, self._cap_depth = key, [], len(self.stack)

    def handle_data(self, data: str) -> None:
        if self._cap:
            self._buf.append(data)

    def on_end(self, tag: str, classes: frozenset[str]) -> None:
        if self._cap and tag == "div" and len(self.stack) == self._cap_depth and self._cur is not None:
            self._cur[self._cap] = " ".join("".join(self._buf).split())
            self._cap = None
        if self._cur is not None and tag == "a" and len(self.stack) == self._cur["depth"]:
            self.entries.append((self._cur["href"], self._cur["name"], self._cur["details"]))
            self._cur = None


class PersonalInfoParser(_Walker):
    """``export_results.html``: the owner's first and last name."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self._cap = False
        self._buf: list[str] = []
        self._depth = 0

    def on_start(self, tag: str, classes: frozenset[str], attrs: dict[str, str]) -> None:
        if tag == "div" and "value" in classes and self.inside("names") and self.inside("personal_info"):
            self._cap, self._buf, self._depth = True, [], len(self.stack)

    def handle_data(self, data: str) -> None:
        if self._cap:
            self._buf.append(data)

    def on_end(self, tag: str, classes: frozenset[str]) -> None:
        if self._cap and tag == "div" and len(self.stack) == self._depth:
            v = " ".join("".join(self._buf).split())
            if v:
                self.names.append(v)
            self._cap = False

    @property
    def owner(self) -> str | None:
        return " ".join(self.names) or None


def feed_stream(parser: HTMLParser, raw: BinaryIO, chunk: int = 256 * 1024) -> Iterator[None]:
    """Feed a page in chunks (incremental UTF-8), yielding after each so callers drain results."""
    dec = codecs.getincrementaldecoder("utf-8")(errors="replace")
    first = True
    while True:
        b = raw.read(chunk)
        if not b:
            break
        s = dec.decode(b)
        if first:
            s = s.lstrip("\ufeff")
            first = False
        parser.feed(s)
        yield None
    parser.feed(dec.decode(b"", final=True))
    parser.close()
    yield None
