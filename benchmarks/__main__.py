"""``python -m benchmarks [scale options]`` — or a named benchmark first:

    python -m benchmarks                     archives at scale (see benchmarks/scale.py)
    python -m benchmarks --sizes 100k --only fb
    python -m benchmarks engine [--items N] [--candidates N]   engine items/s with a big regional pack
    python -m benchmarks gui [--items N]     GUI: time to first window, longest event-loop gap
    python -m benchmarks libs [--items N]    what each fast library buys (vs the standard library)
    python -m benchmarks photos eval|speed   photo audit accuracy and speed
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("engine", "gui", "photos", "scale", "libs"):
        name, rest = argv[0], argv[1:]
        if name == "engine":
            from benchmarks import engine_bench
            engine_bench.main(rest)
            return 0
        if name == "libs":
            from benchmarks import libs_bench
            return libs_bench.main(rest)
        if name == "gui":
            from benchmarks import gui_bench
            return gui_bench.main(rest)
        if name == "photos":
            from benchmarks import photo_bench
            return int(photo_bench.main(rest) or 0)
        argv = rest
    from benchmarks import scale
    return scale.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
