"""Engine throughput: ``python -m benchmarks engine [--items N] [--candidates N] [--repeat N]``.

Loads the shipped 2024 national pack plus a generated regional pack with many
candidates (default 2,000), builds the Auditor, and audits a mix of typical
items (likes and follows with a target name, posts and comments of social-media
length, a few partisan ones). Prints build time and items per second (one core).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from audit.engine import Auditor
from audit.model import Item, Kind, Platform, SourceRef, Target
from audit.paths import resource_path
from audit.rules import load_packs

# Syllables that do not make Indonesian words, so generated names do not collide with text.
SYL = ["bra", "klo", "tru", "vin", "zef", "dor", "wix", "mel", "qua", "jor", "fen", "gry", "sho", "plu", "tev"]
WORDS = ("hari ini kita rapat di kantor bersama tim semoga lancar dan sehat selalu terima kasih ibu bapak "
         "selamat pagi jangan lupa makan siang acara keluarga besar liburan ke pantai harga cabai naik lagi "
         "anak sekolah ujian besok mohon doanya mantap keren sekali enak banget kopi susu gula aren").split()
PARTISAN = ["Coblos 02! menang satu putaran", "Dukung Ganjar Pranowo", "#AniesPresiden", "Asal bukan {c}",
            "Ayo pilih nomor urut {n} di pilbup", "Relawan {c} siap menangkan"]


def fake_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYL) for _ in range(rng.randint(2, 4))).title()


def regional_pack(n_candidates: int, rng: random.Random) -> str:
    lines = ["format = 1", "[pack]", 'id = "bench-regional"', 'version = "1"', 'title = "Bench"',
             'election = { type = "pilkada", year = 2024 }', 'region = { level = "provinsi", code = "99", name = "Bench" }',
             'author = "bench"', "valid_from = 2024-05-05", "valid_to = 2025-02-20", "fictional = true"]
    for i, (kind, a, b) in enumerate([("prospective", "2024-05-05", "2024-09-21"),
                                      ("campaign", "2024-09-25", "2024-11-23"), ("voting", "2024-11-27", "2024-11-27")]):
        lines += ["[[phase]]", f'id = "bench.{kind}"', f'kind = "{kind}"', f'name = "{kind}"', f"start = {a}", f"end = {b}"]
    names = []
    for p in range(n_candidates // 2):
        c1, c2 = (f"{fake_name(rng)} {fake_name(rng)}" for _ in range(2))
        names.append(c1)
        pid = f"bench.pair.{p}"
        lines += ["[[entity]]", f'id = "{pid}"', 'type = "pair"', f"number = {p + 1}", f'name = "{c1} - {c2}"',
                  f'members = ["bench.cand.{p}a", "bench.cand.{p}b"]', f'aliases = ["{c1.lower()} {c2.lower()}"]']
        for suffix, c in (("a", c1), ("b", c2)):
            lines += ["[[entity]]", f'id = "bench.cand.{p}{suffix}"', 'type = "candidate"', f'pair = "{pid}"',
                      f'name = "{c}"', f'aliases = ["{c.lower()}"]', f'ambiguous = ["{c.split()[0].lower()}"]',
                      f'accounts = [{{ platform = "instagram", handle = "{c.replace(" ", "_").lower()}" }}]']
    return "\n".join(lines) + "\n", names  # type: ignore[return-value]


def make_items(n: int, names: list[str], rng: random.Random) -> list[Item]:
    start = datetime(2023, 1, 1, tzinfo=timezone.utc)
    items = []
    for i in range(n):
        ts = start + timedelta(minutes=rng.randint(0, 60 * 24 * 700))
        r = rng.random()
        src = SourceRef("bench.json", i)
        if r < 0.55:
            page = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))).title()
            items.append(Item(Platform.FACEBOOK, Kind.LIKE, ts, src, target=Target(name=f"{page} {i % 997}")))
        elif r < 0.65:
            items.append(Item(Platform.INSTAGRAM, Kind.FOLLOW, ts, src,
                              target=Target(handle=f"{fake_name(rng).lower()}_{i}")))
        else:
            if rng.random() < 0.03:
                text = rng.choice(PARTISAN).format(c=rng.choice(names), n=rng.randint(1, 9))
            else:
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 25)))
            kind = Kind.POST if r < 0.85 else Kind.COMMENT
            items.append(Item(Platform.FACEBOOK, kind, ts, src, text=text))
    return items


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--candidates", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (fresh Auditor each)")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    text, names = regional_pack(args.candidates, rng)  # type: ignore[misc]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench-regional.toml"
        path.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        national = load_packs()
        t1 = time.perf_counter()
        Auditor(national)
        t2 = time.perf_counter()
        rs = load_packs([resource_path("rulepacks", "pemilu-2024-nasional.toml"), path])
        t3 = time.perf_counter()
        auditor = Auditor(rs)
        t4 = time.perf_counter()
    items = make_items(args.items, names, rng)
    # Best of --repeat runs, each on a fresh Auditor (cold caches), CPU time of this process:
    # other processes on a shared machine do not count against the engine.
    runs = []
    for _ in range(args.repeat):
        auditor = Auditor(rs)
        c5, t5 = time.process_time(), time.perf_counter()
        found = 0
        for it in items:
            found += len(auditor.audit(it))
            auditor.needs_manual_check(it)
        runs.append((time.process_time() - c5, time.perf_counter() - t5))
    cpu, wall = min(runs)
    print(f"national pack: load {t1 - t0:.3f} s, Auditor build {t2 - t1:.3f} s")
    print(f"national + regional ({args.candidates} candidates, {len(rs.entities)} entities, "
          f"{len(auditor.rules.patterns)} patterns): load {t3 - t2:.3f} s, Auditor build {t4 - t3:.3f} s")
    print(f"audited {len(items)} items in {cpu:.2f} s CPU ({wall:.2f} s wall): "
          f"{len(items) / cpu:,.0f} items/s on one core, {found} findings")


if __name__ == "__main__":
    main()
