"""Frozen entry point of ``jejak-netral-app`` (the desktop app)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # spawned photo workers re-run this executable
    from desktop.app import main

    sys.exit(main())
