"""A light HTML tree built record by record, for exports written as HTML.

Meta ("Download Your Information" in HTML) and Google (My Activity HTML)
write one big page holding thousands of records. The page is fed to an HTML
tokenizer in chunks; each record is handed out as soon as its end tag is
seen and then dropped, so memory stays flat whatever the page size. Records
are found by structure (the children of the page's ``<main>`` /
``role="main"`` container) or by a predicate on the start tag (Google's
``outer-cell`` cards, ``<li>`` lines), never by regular expressions over
markup.

The tokenizer is libxml2's HTML push parser (through lxml) when installed:
the standard library's ``html.parser`` is pure Python and was a third of
the time of reading a Meta HTML export (``python -m benchmarks libs``). Both
drive the same tree builder, and a test holds them to the same records.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import Any, BinaryIO

from audit.errors import FormatError

try:
    from lxml import etree as _lxml
except ImportError:  # the standard library's parser reads the same pages, slower
    _lxml = None

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
# The few implied end tags Meta/Google pages rely on (unclosed <li>, <td>, <tr>, <p>):
# start tag -> (the open element it closes, the elements that fence the search).
_IMPLIED_END = {"li": ("li", ("ul", "ol")), "tr": ("tr", ("table", "tbody", "thead")),
                "td": ("td", ("tr",)), "th": ("th", ("tr",)), "p": ("p", ("div", "section"))}
CHUNK = 256 * 1024


class Node:
    __slots__ = ("tag", "attrs", "children", "kids", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: "Node | None" = None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []
        self.kids: list[Node] = []           # the element children alone, in order
        self.parent = parent

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def append(self, node: "Node") -> None:
        self.children.append(node)
        self.kids.append(node)

    def remove(self, node: "Node") -> None:
        self.children.remove(node)
        self.kids.remove(node)

    def iter(self) -> Iterator["Node"]:
        """This node and its descendants, document order, without recursion."""
        return iter(self.descendants())

    def descendants(self) -> list["Node"]:
        """This node and every node below it, document order, as one list (one walk)."""
        out: list[Node] = []
        stack: list[Node] = [self]
        while stack:
            n = stack.pop()
            out.append(n)
            if n.kids:
                stack.extend(reversed(n.kids))
        return out

    def find_all(self, *tags: str) -> list["Node"]:
        return [n for n in self.descendants() if n.tag in tags and n is not self]

    def elements(self) -> list["Node"]:
        return list(self.kids)

    def direct_text(self) -> str:
        return " ".join(" ".join(c.split()) for c in self.children if isinstance(c, str)).strip()

    def lines(self) -> list[str]:
        """Visible text as lines: block elements and ``<br>`` break lines, inline ones join."""
        out: list[str] = []
        buf: list[str] = []

        def flush() -> None:
            if buf:
                s = " ".join("".join(buf).split())
                if s:
                    out.append(s)
                buf.clear()

        # Recursion is bounded: the tree builder never nests deeper than MAX_DEPTH.
        def walk(x: Node) -> None:
            tag = x.tag
            if tag in SKIP_TEXT:
                return
            if tag == "br":
                flush()
                return
            block = tag in BLOCK
            if block:
                flush()
            for c in x.children:
                if type(c) is str:
                    buf.append(c)
                else:
                    walk(c)  # type: ignore[arg-type]
            if block:
                flush()

        walk(self)
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
        self.cut_off: Node | None = None

    # -- tree building ---------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.start_node(tag, {k: (v or "") for k, v in attrs})

    def start_node(self, tag: str, attrs: dict[str, str]) -> None:
        self._implied_end(tag)
        if len(self.stack) >= MAX_DEPTH:
            self.depth_overflow = True
            return
        parent = self.stack[-1]
        node = Node(tag, attrs, parent)
        parent.append(node)
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
        stack = self.stack
        if len(stack) > 1 and stack[-1].tag == tag:
            # The usual case, a well-formed page: close the innermost element.
            node = stack.pop()
            if node is self.record:
                self._finish(node)
            if node is self.container:
                self.container = None
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self._pop_to(i)
                return
        # A stray end tag with no open element is ignored, as browsers do.

    def handle_data(self, data: str) -> None:
        if data:
            self.stack[-1].children.append(data)

    def _implied_end(self, tag: str) -> None:
        if tag not in _IMPLIED_END:
            return
        target, fences = _IMPLIED_END[tag]
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
        if node is self.cut_off:
            return  # still open when the page ended: a cut-off record is not handed out
        if node.parent is not None:
            try:
                node.parent.remove(node)
            except ValueError:
                pass
        self.ready.append(node)

    def take(self) -> list[Node]:
        out, self.ready = self.ready, []
        return out

    @property
    def in_record(self) -> bool:
        return self.record is not None


class _LibxmlFeed:
    """Feeds a ``RecordParser`` from libxml2's HTML push parser (C tokenizer, same events).

    libxml2 closes the elements still open only when the page ends, so a page
    cut off inside a record still reads as truncated when ``in_record`` is
    checked before ``close``. ``</html>`` is seen as it comes.
    """

    def __init__(self, tree: RecordParser) -> None:
        self.tree = tree
        assert _lxml is not None
        # No network and no entity expansion beyond HTML's own: a page is data, never a fetch.
        self._parser = _lxml.HTMLParser(target=self, encoding="utf-8", recover=True, no_network=True,
                                        remove_comments=True, remove_pis=True, huge_tree=True)

    # -- lxml target interface -------------------------------------------
    def start(self, tag: Any, attrib: Any) -> None:
        if isinstance(tag, str):
            self.tree.start_node(tag.lower(), dict(attrib))

    def end(self, tag: Any) -> None:
        if isinstance(tag, str):
            self.tree.handle_endtag(tag.lower())

    def data(self, data: str) -> None:
        self.tree.handle_data(data)

    def close(self) -> None:
        return None

    # -- what stream_records calls ---------------------------------------
    def feed(self, text: str) -> None:
        if text:
            self._parser.feed(text.encode("utf-8", "surrogatepass"))

    def finish(self) -> None:
        # Closing makes libxml2 end every element still open, the record being read included.
        self.tree.cut_off = self.tree.record
        try:
            self._parser.close()
        except _lxml.XMLSyntaxError:  # type: ignore[union-attr]
            pass  # recover mode: what could be read was handed to the tree already


class _StdlibFeed:
    def __init__(self, tree: RecordParser) -> None:
        self.tree = tree

    def feed(self, text: str) -> None:
        self.tree.feed(text)

    def finish(self) -> None:
        self.tree.close()


def _feeder(tree: RecordParser, backend: str | None) -> _LibxmlFeed | _StdlibFeed:
    if backend == "stdlib" or (backend is None and _lxml is None):
        return _StdlibFeed(tree)
    return _LibxmlFeed(tree)


def stream_records(stream: BinaryIO, path: str, is_record: Callable[[Node], bool] | None = None,
                   on_progress: Callable[[int], None] | None = None,
                   outcome: dict[str, object] | None = None, backend: str | None = None) -> Iterator[Node]:
    """Yield records of an HTML page read from ``stream`` in chunks.

    ``outcome`` receives ``truncated`` (a record or the page was cut off) and
    ``fallback`` (no main container: records were guessed from the whole
    tree, which then had to be held in memory). A page the parser cannot
    read at all raises ``FormatError``. ``backend`` ("libxml2" or "stdlib")
    is for tests; by default libxml2 is used when lxml is installed.
    """
    parser = RecordParser(is_record)
    feed = _feeder(parser, backend)
    dec = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    out = outcome if outcome is not None else {}
    try:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            if on_progress:
                on_progress(len(chunk))
            feed.feed(dec.decode(chunk))
            yield from parser.take()
        feed.feed(dec.decode(b"", final=True))
        truncated = parser.in_record or not parser.saw_html_end
        feed.finish()
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
