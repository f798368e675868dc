"""What each fast library buys, measured against the standard-library way (CPU time, one core).

    python -m benchmarks libs [--items 100k]

* ijson's C backend (yajl2_c) against its pure-Python backend, streaming the records
  of a generated Facebook export (what keeps memory flat);
* orjson against ``json`` for writing the findings of ``scan --json``;
* pyahocorasick (one automaton for every phrase of the packs) against one ``re``
  alternation of the same phrases, on the same normalized texts;
* rapidfuzz's Levenshtein against a pure-Python edit distance (typo-tolerant names);
* the all-ASCII shortcut for Meta's mojibake repair against walking every record;
* lxml (libxml2's HTML push parser) against ``html.parser`` driving the same record
  tree builder over a Meta HTML page (exports downloaded in Meta's default format).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cpu(fn: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def _row(what: str, fast: float, slow: float, unit: str) -> None:
    print(f"| {what} | {fast:.3f} s | {slow:.3f} s | {slow / fast:.1f}x | {unit} |")


def main(argv: list[str] | None = None) -> int:
    from benchmarks.gen import build_facebook
    from benchmarks.scale import SIZES, machine

    ap = argparse.ArgumentParser(prog="python -m benchmarks libs", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", default="100k")
    args = ap.parse_args(argv)
    n = SIZES.get(args.items.lower()) or int(args.items)
    print(f"machine: {machine()}")
    print()
    print("| step | with the library | standard way | gain | on |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        archive = build_facebook(Path(tmp) / "fb.zip", n)
        with zipfile.ZipFile(archive) as zf:
            member = next(i.filename for i in zf.infolist() if i.filename.endswith("likes_and_reactions_1.json"))
            data = zf.read(member)
    _ijson(data)
    findings = _findings(n)
    _orjson(findings)
    _automaton()
    _levenshtein()
    _meta(data)
    _html(max(2_000, n // 5))
    return 0


def _ijson(data: bytes) -> None:
    import ijson
    from ijson.backends import python as py_backend

    count = len(json.loads(data))

    def c_backend() -> None:
        for _ in ijson.items(io.BytesIO(data), "item", use_float=True):
            pass

    def py() -> None:
        for _ in py_backend.items(io.BytesIO(data), "item", use_float=True):
            pass
    _row(f"stream records (ijson {ijson.backend} vs ijson pure Python)", cpu(c_backend), cpu(py, 1),
         f"{count:,} reaction records, {len(data) / 1e6:.0f} MB")


def _findings(n: int) -> list[dict[str, Any]]:
    from audit.pipeline import scan
    from audit.scan_json import FindingsSpool
    from benchmarks.gen import build_x

    with tempfile.TemporaryDirectory() as tmp:
        archive = build_x(Path(tmp) / "x.zip", min(n, 100_000))
        spool = FindingsSpool("id", keep=None)
        scan([archive], sink=spool, keep_findings=False)
        out = [f.to_json("id") for f in spool.first_findings()]
        spool.close()
    return out


def _orjson(docs: list[dict[str, Any]]) -> None:
    import orjson

    def fast() -> None:
        for d in docs:
            orjson.dumps(d, option=orjson.OPT_INDENT_2)

    def slow() -> None:
        for d in docs:
            json.dumps(d, ensure_ascii=False, indent=2)
    _row("write findings JSON, indent 2 (orjson vs json)", cpu(fast), cpu(slow), f"{len(docs):,} findings")


def _automaton() -> None:
    import random

    from audit.engine import Auditor
    from audit.rules import load_packs
    from benchmarks.gen import Content

    rules = Auditor(load_packs()).rules
    c = Content(11)
    texts = [rules.normalizer.normalize(c.text(5, 40)) for _ in range(20_000)]
    pats = sorted(rules.patterns, key=len, reverse=True)
    t0 = time.process_time()
    rx = re.compile(r"(?<![^ #])(?:" + "|".join(map(re.escape, pats)) + r")(?![^ ])")
    compile_s = time.process_time() - t0
    auto = rules.auto

    def fast() -> None:
        for t in texts:
            for _ in auto.iter(t):
                pass

    def slow() -> None:
        for t in texts:
            for _ in rx.finditer(t):
                pass
    random.Random(1)
    _row(f"find {len(pats):,} pack phrases (pyahocorasick vs one re alternation; "
         f"re compile {compile_s:.2f} s)", cpu(fast), cpu(slow, 1), f"{len(texts):,} texts")


def _levenshtein() -> None:
    from rapidfuzz.distance import Levenshtein

    def py_dist(a: str, b: str) -> int:
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]
    pairs = [("prabowoo", "prabowo"), ("ganjarr", "ganjar"), ("muhaimin", "muhaimim"), ("pembangunan", "pemabngunan")]
    pairs = pairs * 25_000

    def fast() -> None:
        for a, b in pairs:
            Levenshtein.distance(a, b, score_cutoff=1)

    def slow() -> None:
        for a, b in pairs:
            py_dist(a, b)
    _row("edit distance of candidate names (rapidfuzz vs pure Python)", cpu(fast), cpu(slow, 1),
         f"{len(pairs):,} pairs")


def _meta(data: bytes) -> None:
    import orjson

    from audit.importers.base import _fix_meta_record
    from audit.textfix import fix_meta_obj

    recs = orjson.loads(data)

    def fast() -> None:
        for r in recs:
            _fix_meta_record(r)

    def slow() -> None:
        for r in recs:
            fix_meta_obj(r)
    _row("Meta mojibake repair per record (orjson all-ASCII check vs walk)", cpu(fast), cpu(slow),
         f"{len(recs):,} records")


def _html(n: int) -> None:
    import sys

    from audit.importers.htmltree import stream_records
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.fixtures import meta_html as F

    page = F.page([F.record(f"Budi Santoso menyukai kiriman Halaman Contoh {i % 500}.",
                            f"{1 + i % 28} Jan 2023 19.{i % 60:02d}", content=[f"Komentar nomor {i} 😀"],
                            link=f"https://www.facebook.com/p/{i}") for i in range(n)]).encode()

    def run(backend: str) -> Callable[[], None]:
        def go() -> None:
            for _ in stream_records(io.BytesIO(page), "x.html", backend=backend):
                pass
        return go
    _row("Meta HTML page into records (lxml/libxml2 vs html.parser, same tree builder)",
         cpu(run("libxml2")), cpu(run("stdlib")), f"{n:,} records, {len(page) / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
