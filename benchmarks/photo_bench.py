"""Photo audit: accuracy on the labelled set, and speed.

    .venv/bin/python -m benchmarks.photo_bench eval      # precision/recall per check
    .venv/bin/python -m benchmarks.photo_bench speed     # photos/s per check, cache cold/warm, peak memory
    .venv/bin/python -m benchmarks.photo_bench speed --repeat 4 --workers 2

The labelled set is tests/photos/set with tests/photos/labels.json (see
tests/photos/SOURCES.md). "campaign text" is scored per image: a true
positive is an image labelled with a pair whose finding names that pair;
"twibbon" is scored on profile pictures (frame seen or not). Rules are the
shipped rule packs through ``audit.engine.Auditor`` when it exists, else
the strict word-boundary matcher the tests use.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "photos"
sys.path.insert(0, str(ROOT))


def _auditor():
    from audit.rules import load_packs
    rs = load_packs()
    try:
        from audit.engine import Auditor  # type: ignore[attr-defined]
        return Auditor(rs), "audit.engine.Auditor"
    except ImportError:
        sys.path.insert(0, str(ROOT / "tests"))
        from test_photos_judge import RuleMatcher
        return RuleMatcher(rs), "tests' RuleMatcher (engine not available)"


def build_archive(folder: Path, labels: list[dict], copies: int = 1):
    """A folder archive of the set, one item per image (profile pictures as PROFILE)."""
    from audit.archive.archive import Archive
    from audit.archive.members import FolderSource
    from audit.model import Item, Kind, MediaRef, Platform, SourceRef
    items = []
    when = datetime(2024, 1, 20, 3, 0, tzinfo=timezone.utc)
    for c in range(copies):
        for i, lab in enumerate(labels):
            sub = "profile" if lab["kind"] == "profile" else "posts"
            dst = folder / "media" / sub / f"{c}_{lab['file']}"
            dst.parent.mkdir(parents=True, exist_ok=True)
            data = (SET / "set" / lab["file"]).read_bytes()
            # Copies differ by a trailing byte so the cache sees distinct files.
            dst.write_bytes(data + (bytes([c]) if c else b""))
            kind = Kind.PROFILE if lab["kind"] == "profile" else Kind.PHOTO
            items.append(Item(platform=Platform.FACEBOOK, kind=kind, timestamp=when,
                              source=SourceRef("posts.json", i), text=None,
                              media=(MediaRef(f"media/{sub}/{c}_{lab['file']}"),),
                              extra={"label": lab}))
    return Archive([FolderSource(folder)]), items


def sides_of(auditor):
    """Entity id -> the pair it stands for (a candidate's pair, a pair itself).

    A party named by number ("coblos no 1" is also party no. 1) keeps its own
    id: the image is scored on whether the wanted pair is among the entities.
    """
    rs = getattr(auditor, "ruleset", None)
    ents = getattr(rs, "entities", None) or getattr(getattr(auditor, "rules", None), "entities", None) or {}
    if not ents:
        from audit.rules import load_packs
        ents = load_packs().entities
    return lambda e: ents[e].side if e in ents else e


def evaluate(workers: int = 0) -> dict[str, dict[str, float]]:
    from audit.photos import analyse_photos
    labels = json.loads((SET / "labels.json").read_text())
    auditor, _ = _auditor()
    tmp = Path(tempfile.mkdtemp(prefix="jn-eval-"))
    try:
        archive, items = build_archive(tmp / "archive", labels)
        results: list = []
        findings = list(analyse_photos(archive, items, auditor, workers=workers, use_cache=False,
                                       results=results))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    by_file: dict[str, list] = {}
    for f in findings:
        by_file.setdefault(f.item.extra["label"]["file"], []).append(f)
    framed = {r.path.rsplit("/", 1)[-1].split("_", 1)[1]: (r.data.get("frame") or {}).get("score", 0) >= 0.7
              for r in results}
    sides = sides_of(auditor)
    text = {"tp": 0, "fp": 0, "fn": 0}
    twib = {"tp": 0, "fp": 0, "fn": 0}
    for lab in labels:
        fs = by_file.get(lab["file"], [])
        want = f"pemilu2024.pair.0{lab['side']}" if lab.get("side") else None
        got = {sides(e) for f in fs for e in f.entities}
        if want and want in got:
            text["tp"] += 1
        if want and want not in got:
            text["fn"] += 1
        if fs and (want is None or want not in got):
            text["fp"] += 1
        if lab["kind"] == "profile":
            seen = framed.get(lab["file"], False)
            twib["tp"] += seen and lab["twibbon"]
            twib["fp"] += seen and not lab["twibbon"]
            twib["fn"] += (not seen) and lab["twibbon"]

    def pr(c: dict[str, int]) -> dict[str, float]:
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        return {"precision": round(p, 3), "recall": round(r, 3), **c}

    return {"campaign_text": pr(text), "twibbon": pr(twib), "images": {"n": len(labels)}}


def speed(repeat: int, workers: int) -> dict[str, object]:
    from audit.photos import analyse_photos
    from audit.photos.inspect import init_worker, inspect
    labels = json.loads((SET / "labels.json").read_text())
    files = [(SET / "set" / lab["file"]).read_bytes() for lab in labels]
    out: dict[str, object] = {"images": len(files)}
    # Per check, in this process, models loaded once (what one worker does).
    for check in ("hands", "ocr", "frame"):
        checks = (check,) if check != "frame" else ("ocr", "frame")
        init_worker(checks)
        inspect("w", files[0], None, checks, None)   # warm-up
        t = time.perf_counter()
        for data in files:
            inspect("x", data, None, checks, None)
        dt = time.perf_counter() - t
        out[f"{check}_photos_per_s_1core"] = round(len(files) / dt, 2)
    auditor, name = _auditor()
    out["rules"] = name
    tmp = Path(tempfile.mkdtemp(prefix="jn-bench-"))
    os.environ["JEJAK_NETRAL_DATA_DIR"] = str(tmp / "data")
    try:
        archive, items = build_archive(tmp / "archive", labels, copies=repeat)
        for label in ("cold", "warm"):
            t = time.perf_counter()
            n = sum(1 for _ in analyse_photos(archive, items, auditor, workers=workers))
            dt = time.perf_counter() - t
            out[f"all_checks_{label}_photos_per_s_{workers}workers"] = round(len(items) / dt, 2)
            out[f"findings_{label}"] = n
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out["peak_rss_mb_main"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["peak_rss_mb_worker"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="photo_bench")
    ap.add_argument("what", choices=("eval", "speed"))
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args(argv)
    from audit.photos import photos_available
    ok, reason = photos_available()
    if not ok:
        print(f"photo extra missing: {reason}")
        return 2
    res = evaluate() if a.what == "eval" else speed(a.repeat, a.workers)
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
