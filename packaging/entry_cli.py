"""Frozen entry point of ``jejak-netral`` (the command line)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The photo analysis starts worker processes with "spawn": in a frozen
    # app each worker re-runs this executable and must stop here.
    multiprocessing.freeze_support()
    from desktop.cli import main

    sys.exit(main())
