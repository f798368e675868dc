"""Find the line of a field in a TOML file, so validation errors can say where.

``tomllib`` gives positions only for syntax errors. For schema errors we scan
the raw lines once and remember where every table header and key starts,
under the same path spelling the validator uses (``entity[3].number``).
Multi-line arrays and inline tables resolve to the line of their key.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*((?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'))*)\s*=""")


def _split_key(k: str) -> list[str]:
    return [p.strip().strip("\"'") for p in re.findall(r"""[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'""", k)]


class Locator:
    def __init__(self, text: str) -> None:
        self.lines: dict[str, int] = {}
        counters: dict[str, int] = {}
        current = ""
        depth = 0  # open brackets of a multi-line value: keys inside are not top-level keys
        for no, raw in enumerate(text.splitlines(), start=1):
            line = _strip_comment(raw)
            if depth == 0:
                h = _HEADER.match(line)
                if h:
                    parts = _split_key(h.group(2))
                    path = self._resolve(parts, counters, is_array=h.group(1) == "[[")
                    current = path
                    self.lines.setdefault(path, no)
                    continue
                m = _KEY.match(line)
                if m:
                    key = ".".join(_split_key(m.group(1)))
                    path = f"{current}.{key}" if current else key
                    self.lines.setdefault(path, no)
            depth += line.count("[") + line.count("{") - line.count("]") - line.count("}")
            depth = max(depth, 0)

    def _resolve(self, parts: list[str], counters: dict[str, int], is_array: bool) -> str:
        # Each prefix of the header refers to the latest element of an array of tables.
        path = ""
        for i, p in enumerate(parts):
            path = f"{path}.{p}" if path else p
            last = i == len(parts) - 1
            if last and is_array:
                n = counters.get(path, -1) + 1
                counters[path] = n
                # A new element resets the counters of arrays nested in it.
                for k in [k for k in counters if k.startswith(path + "[")]:
                    del counters[k]
                path = f"{path}[{n}]"
            elif path in counters:
                path = f"{path}[{counters[path]}]"
        return path

    def line_of(self, path: str) -> int | None:
        p = path
        while p:
            if p in self.lines:
                return self.lines[p]
            cut = max(p.rfind("."), p.rfind("["))
            p = p[:cut] if cut > 0 else ""
        return None


def _strip_comment(line: str) -> str:
    out = []
    quote = ""
    for ch in line:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            break
        out.append(ch)
    # Brackets inside strings must not count towards depth.
    return re.sub(r'"[^"]*"|\'[^\']*\'', '""', "".join(out))
