"""``jejak-netral bench [engine|gui|photos] [ARGS...]``: the benchmarks of ``benchmarks/``.

A thin wrapper over ``python -m benchmarks`` for a source checkout; installed
builds do not ship the benchmarks and say so plainly.
"""

from __future__ import annotations

import argparse

from audit.errors import InputError


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("bench", help="benchmarks: big archives, engine, GUI, photos (source checkout only)",
                       add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER, help="arguments for python -m benchmarks")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        from benchmarks.__main__ import main
    except ImportError as e:
        raise InputError("cli.bench.unavailable") from e
    return int(main(list(args.rest)) or 0)
