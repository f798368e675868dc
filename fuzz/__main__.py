"""The long fuzz run: ``python -m fuzz --seconds 600`` or ``python -m fuzz --examples 20000``.

Targets: every importer (mutated exports of its own platform, imported even
when detection declines), the zip reader (damaged zip bytes through
``open_inputs`` and a full read), and the rule-pack loader (damaged TOML).
Prints the inputs tried per target, the slowest input, and every crash
(an exception other than the project's typed errors), each with its seed
so that ``--replay TARGET:SEED`` reproduces it. Exit status 1 if anything crashed.
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from fuzz.harness import Outcome, Tally, run_importer, run_pack_loader, run_zip_reader, scratch_dir
from fuzz.mutate import mutate_archive, mutate_toml, mutate_zip
from fuzz.seeds import importer_seeds, rulepack_seed, zip_seeds


def targets(work: Path) -> dict[str, Callable[[random.Random], Outcome]]:
    from audit.importers.registry import all_importers
    seeds = importer_seeds()
    out: dict[str, Callable[[random.Random], Outcome]] = {}
    for imp in all_importers():
        pool = seeds.get(imp.name)
        if not pool:
            continue
        out[imp.name] = (lambda rnd, imp=imp, pool=pool:
                         run_importer(imp, mutate_archive(rnd.choice(pool), rnd)))
    pack = rulepack_seed()
    out["rulepack"] = lambda rnd: run_pack_loader(mutate_toml(pack, rnd), work)
    zips = zip_seeds()
    out["zipreader"] = lambda rnd: run_zip_reader(mutate_zip(rnd.choice(zips), rnd), work)
    return out


def _where(trace: str) -> str:
    frames = re.findall(r'File "[^"]*?(audit/[^"]+)", line (\d+), in (\w+)', trace)
    return " <- ".join(f"{f}:{line} {fn}" for f, line, fn in frames[::-1][:3]) or "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--seconds", type=float, help="time budget for all targets together (split evenly)")
    g.add_argument("--examples", type=int, help="inputs per target")
    ap.add_argument("--target", action="append", help="only these targets (repeatable)")
    ap.add_argument("--seed", type=int, default=0, help="first PRNG seed (inputs are seed, seed+1, ...)")
    ap.add_argument("--replay", help="TARGET:SEED - run one input and print its traceback")
    ap.add_argument("--save", type=Path, help="folder to write crashing inputs to (pickle)")
    args = ap.parse_args(argv)
    work = scratch_dir()
    all_t = targets(work)
    if args.replay:
        name, seed = args.replay.rsplit(":", 1)
        out = all_t[name](random.Random(int(seed)))
        print(out.crash.trace if out.crash else f"no crash (typed error: {out.typed_error}, items: {out.items})")
        return 1 if out.crash else 0
    chosen = {k: v for k, v in all_t.items() if not args.target or k in args.target}
    per_target = (args.seconds / len(chosen)) if args.seconds else None
    examples = args.examples if args.examples else (None if per_target else 2000)
    tally = Tally()
    first_seed: dict[tuple[str, str], int] = {}
    slowest_seed: dict[str, int] = {}
    t_all = time.monotonic()
    for name, fn in chosen.items():
        t0 = time.monotonic()
        i = args.seed
        while True:
            if examples is not None and i - args.seed >= examples:
                break
            if per_target is not None and time.monotonic() - t0 >= per_target:
                break
            out = fn(random.Random(i))
            if out.seconds > tally.slowest.get(name, -1.0):
                slowest_seed[name] = i
            tally.add(name, out)
            if out.crash is not None:
                key = (name, out.crash.error.split(":")[0] + " " + _where(out.crash.trace))
                if key not in first_seed:
                    first_seed[key] = i
                    if args.save:
                        args.save.mkdir(parents=True, exist_ok=True)
                        (args.save / f"{name}-{i}.pickle").write_bytes(pickle.dumps(out.crash.reproducer))
            i += 1
        took = time.monotonic() - t0
        n_crash = len(tally.crashes.get(name, []))
        print(f"{name:16s} {tally.tried.get(name, 0):8d} inputs  {took:7.1f} s  "
              f"slowest {tally.slowest.get(name, 0):5.2f} s (seed {slowest_seed.get(name, '-')})  "
              f"crashes {n_crash}", flush=True)
    total = sum(tally.tried.values())
    print(f"{'TOTAL':16s} {total:8d} inputs  {time.monotonic() - t_all:7.1f} s")
    for (name, what), seed in first_seed.items():
        print(f"CRASH {name}: {what}  (replay: python -m fuzz --replay {name}:{seed})")
    return 1 if first_seed else 0


if __name__ == "__main__":
    sys.exit(main())
