"""A worker the crash-safety tests kill with SIGKILL at random moments.

    python -m tests.robust.crash_worker import STORE KEYHEX N     import the demo archive N times
    python -m tests.robust.crash_worker edit STORE KEYHEX SEED    change checklist states for ever

It prints one line per step *after* the step is committed (what the user
would see as saved), flushed at once, so the parent knows what must survive:
``DONE <run_id> <findings>`` after an import, ``BEGIN <id> <state>`` before
and ``SAVED <id> <state>`` after a checklist change.
"""

from __future__ import annotations

import random
import sys


def _store(path: str, keyhex: str):
    from audit.security.cipher import Cipher
    from audit.store.store import Store
    return Store.open(path, cipher=Cipher(bytes.fromhex(keyhex)))


def do_import(path: str, keyhex: str, times: int) -> None:
    from audit.demo import demo_archive_path
    from audit.pipeline import scan
    from audit.store.sink import StoreSink
    paths = sorted(str(p) for p in demo_archive_path().iterdir() if p.suffix in (".zip", ".txt"))
    store = _store(path, keyhex)
    print("READY", flush=True)
    for _ in range(times):
        sink = StoreSink(store)
        result = scan(paths, sink=sink)
        run_id = sink.finish(result)
        print(f"DONE {run_id} {len(result.findings)}", flush=True)


def do_edit(path: str, keyhex: str, seed: int) -> None:
    from audit.checklist import CANNOT_REASONS, NA_REASONS, Checklist
    from audit.store.store import CANNOT, DONE, NOT_APPLICABLE, TODO
    store = _store(path, keyhex)
    run = store.latest_run()
    assert run is not None
    cl = Checklist(store, run.id)
    ids = [f.id for f in cl.findings]
    rnd = random.Random(seed)
    print("READY", flush=True)
    while True:
        fid = rnd.choice(ids)
        state = rnd.choice([TODO, DONE, NOT_APPLICABLE, CANNOT])
        code = rnd.choice(NA_REASONS[:-1]) if state == NOT_APPLICABLE else \
            rnd.choice(CANNOT_REASONS[:-1]) if state == CANNOT else None
        print(f"BEGIN {fid} {state}", flush=True)
        cl.set_state([fid], state, code)
        print(f"SAVED {fid} {state}", flush=True)


if __name__ == "__main__":
    mode, store_path, key = sys.argv[1:4]
    if mode == "import":
        do_import(store_path, key, int(sys.argv[4]))
    else:
        do_edit(store_path, key, int(sys.argv[4]))
