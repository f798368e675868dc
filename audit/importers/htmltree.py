"""A light HTML tree built record by record, for exports written as HTML.

Meta ("Download Your Information" in HTML) and Google (My Activity HTML)
write one big page holding thousands of records. The page is fed to the
standard library's ``html.parser`` in chunks; each record is handed out as
soon as its end tag is seen and then dropped, so memory stays flat whatever
the page size. Records are found by structure (the children of the page's
``<main>`` / ``role="main"`` container) or by a predicate on the start tag
(Google's ``outer-cell`` cards, ``<li>`` lines), never by regular
expressions over markup.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import BinaryIO

from audit.errors import FormatError

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
BLOCK = frozenset({"div", "p", "li", "ul", "ol", "tr", "table", "tbody", "thead", "td", "th",
                   "h1", "h2", "h3", "h4", "h5", "h6", "section", "footer", "header", "main",
                   "article", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SKIP_TEXT = frozenset({"script", "style", "template", "noscript", "title"})
# Deeper nesting than this is folded into the deepest kept element: no real
# export comes close, and it keeps hostile input from exhausting memory.
MAX_DEPTH = 256
CHUNK = 256 * 1024


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: "Node | None" = None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []
        self.parent = parent

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self) -> Iterator["Node"]:
        """This node and its descendants, document order, without recursion."""
        stack: list[Node] = [self]
        while stack:
            n = stack.pop()
            yield n
            stack.extend(c for c in reversed(n.children) if isinstance(c, Node))

    def find_all(self, *tags: str) -> list["Node"]:
        return [n for n in self.iter() if n.tag in tags and n is not self]

    def elements(self) -> list["Node"]:
        return [c for c in self.children if isinstance(c, Node)]

    def direct_text(self) -> str:
        return " ".join(" ".join(c.split()) for c in self.children if isinstance(c, str)).strip()

    def lines(self) -> list[str]:
        """Visible text as lines: block elements and ``<br>`` break lines, inline ones join."""
        out: list[str] = []
        buf: list[str] = []

        def flush() -> None:
            s = " ".join("".join(buf).split())
            if s:
                out.append(s)
            buf.clear()

        # Iterative walk with explicit "leave" markers so deep trees cannot overflow.
        stack: list[object] = [self]
        while stack:
            x = stack.pop()
            if isinstance(x, str):
                buf.append(x)
                continue
            if isinstance(x, tuple):          # ("end", tag)
                if x[1] in BLOCK:
                    flush()
                continue
            assert isinstance(x, Node)
            if x.tag in SKIP_TEXT:
                continue
            if x.tag == "br":
                flush()
                continue
            if x.tag in BLOCK:
                flush()
            stack.append(("end", x.tag))
            stack.extend(reversed(x.children))
        flush()
        return out

    def text(self, sep: str = "\n") -> str:
        return sep.join(self.lines())


class RecordParser(HTMLParser):
    """Builds the tree and detaches each finished record into ``ready``.

    ``is_record(node)`` (checked at each start tag outside a record) marks
    records; without it, records are the element children of the page's
    main container.
    """

    def __init__(self, is_record: Callable[[Node], bool] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack: list[Node] = [self.root]
        self.is_record = is_record
        self.container: Node | None = None
        self.record: Node | None = None
        self.ready: list[Node] = []
        self.saw_html_end = False
        self.saw_container = False
        self.depth_overflow = False

    # -- tree building ---------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._implied_end(tag)
        if len(self.stack) >= MAX_DEPTH:
            self.depth_overflow = True
            return
        parent = self.stack[-1]
        node = Node(tag, {k: (v or "") for k, v in attrs}, parent)
        parent.children.append(node)
        if self.record is None:
            if self.is_record is not None:
                if self.is_record(node):
                    self.record = node
            elif self.container is None:
                if tag == "main" or node.attrs.get("role") == "main":
                    self.container = node
                    self.saw_container = True
            elif parent is self.container:
                self.record = node
        if tag in VOID:
            if node is self.record:
                self._finish(node)
            return
        self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1].tag == tag and len(self.stack) > 1:
            self._pop_to(len(self.stack) - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag == "html":
            self.saw_html_end = True
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self._pop_to(i)
                return
        # A stray end tag with no open element is ignored, as browsers do.

    def handle_data(self, data: str) -> None:
        if data:
            self.stack[-1].children.append(data)

    def _implied_end(self, tag: str) -> None:
        # The few implied end tags Meta/Google pages rely on (unclosed <li>, <td>, <tr>, <p>).
        closes = {"li": ("li", ("ul", "ol")), "tr": ("tr", ("table", "tbody", "thead")),
                  "td": ("td", ("tr",)), "th": ("th", ("tr",)), "p": ("p", ("div", "section"))}
        if tag not in closes:
            return
        target, fences = closes[tag]
        for i in range(len(self.stack) - 1, 0, -1):
            t = self.stack[i].tag
            if t in fences:
                return
            if t == target or (tag in ("td", "th") and t in ("td", "th")):
                self._pop_to(i)
                return

    def _pop_to(self, i: int) -> None:
        closed = self.stack[i:]
        del self.stack[i:]
        for n in closed:
            if n is self.record:
                self._finish(n)
            if n is self.container:
                self.container = None

    def _finish(self, node: Node) -> None:
        self.record = None
        if node.parent is not None:
            try:
                node.parent.children.remove(node)
            except ValueError:
                pass
        self.ready.append(node)

    def take(self) -> list[Node]:
        out, self.ready = self.ready, []
        return out

    @property
    def in_record(self) -> bool:
        return self.record is not None


def stream_records(stream: BinaryIO, path: str, is_record: Callable[[Node], bool] | None = None,
                   on_progress: Callable[[int], None] | None = None,
                   outcome: dict[str, object] | None = None) -> Iterator[Node]:
    """Yield records of an HTML page read from ``stream`` in chunks.

    ``outcome`` receives ``truncated`` (a record or the page was cut off) and
    ``fallback`` (no main container: records were guessed from the whole
    tree, which then had to be held in memory). A page the parser cannot
    read at all raises ``FormatError``.
    """
    parser = RecordParser(is_record)
    dec = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    out = outcome if outcome is not None else {}
    try:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            if on_progress:
                on_progress(len(chunk))
            parser.feed(dec.decode(chunk))
            yield from parser.take()
        parser.feed(dec.decode(b"", final=True))
        truncated = parser.in_record or not parser.saw_html_end
        parser.close()
        yield from parser.take()
    except (AssertionError, ValueError, IndexError, RecursionError) as e:
        raise FormatError("importers.html.unreadable", file=path, detail=str(e)[:120]) from e
    finally:
        stream.close()
    if is_record is None and not parser.saw_container:
        out["fallback"] = True
        yield from guess_records(parser.root)
    out["truncated"] = truncated or parser.depth_overflow


def guess_records(root: Node) -> list[Node]:
    """Records of a page without a main container: the largest run of same-tag siblings.

    Old Meta pages wrap records in ``div[role=main]`` and new ones in
    ``<main>``; this covers anything else (a saved or trimmed page).
    """
    best: list[Node] = []
    for n in root.iter():
        if n.tag in ("head", "table", "tbody", "tr", "ul", "ol", "select"):
            continue
        kids = [c for c in n.elements() if c.tag in ("div", "section", "article")]
        if len(kids) < 2 and not (kids and n.tag == "body"):
            continue
        by_tag: dict[str, list[Node]] = {}
        for k in kids:
            by_tag.setdefault(k.tag, []).append(k)
        run = max(by_tag.values(), key=len)
        if len(run) > len(best):
            best = run
    return best
