"""One measured step, run in a fresh process so its peak memory is its own.

    python -m benchmarks.steps floor ARCHIVE          read + orjson-decode the text members, nothing else
    python -m benchmarks.steps floor_stream ARCHIVE   read + ijson-stream the same records (flat memory)
    python -m benchmarks.steps floor_items ARCHIVE    the stream floor plus one bare Item per record (no parsing)
    python -m benchmarks.steps import ARCHIVE DB KEY  scan into the local store (StoreSink)
    python -m benchmarks.steps reopen DB KEY          open the store, load the latest run's findings

Prints one JSON line: what the step counted and its own timings (seconds).
The scan step is the real command line (``python -m audit scan``), run by
the orchestrator directly.
"""

from __future__ import annotations

import json
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

TEXT_EXT = (".json", ".js")


def _members(archive: Path) -> Iterator[tuple[str, IO[bytes]]]:
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                if info.filename.endswith(TEXT_EXT):
                    with zf.open(info) as fh:
                        yield info.filename, fh
        return
    for p in sorted(archive.rglob("*")):
        if p.is_file() and p.name.endswith(TEXT_EXT):
            with p.open("rb") as fh:
                yield str(p.relative_to(archive)), fh


def _strip_preface(data: bytes) -> bytes:
    if data[:7] == b"window.":
        return data[data.index(b"=") + 1:]
    return data


def floor(archive: Path) -> dict[str, object]:
    import orjson
    records = nbytes = 0
    for _name, fh in _members(archive):
        data = fh.read()
        nbytes += len(data)
        obj = orjson.loads(_strip_preface(data))
        if isinstance(obj, dict) and len(obj) == 1 and isinstance(next(iter(obj.values())), list):
            obj = next(iter(obj.values()))
        records += len(obj) if isinstance(obj, list) else 1
        del obj, data
    return {"records": records, "bytes": nbytes}


def _stream_records(archive: Path) -> Iterator[tuple[str, int, object]]:
    """Every record of every text member, streamed with ijson: (member, index, record)."""
    import ijson
    for name, fh in _members(archive):
        src = _SkipPreface(fh)
        first = src.head.lstrip()[:1]
        if first == b"{":
            # A one-key wrapper around the list ({"comments_v2": [...]}) or a single object.
            key = None
            for prefix, event, value in ijson.parse(_SkipPreface(_reopen(archive, name))):
                if prefix == "" and event == "map_key":
                    key = value
                    break
            prefix = f"{key}.item" if key else "item"
        else:
            prefix = "item"
        for i, rec in enumerate(ijson.items(src, prefix, use_float=True)):
            yield name, i, rec


def floor_items(archive: Path) -> dict[str, object]:
    """The stream floor plus the least a per-item model costs in Python: one ``Item`` per record.

    No sentence parsing, no audit, no output: the record's date and one text field are
    copied into an Item and the Item is dropped. What a scan spends above this is the
    importers', the engine's and the output's own work; this step shows how much of the
    2x target the item model alone already takes.
    """
    from audit.model import Item, Kind, Platform, SourceRef
    from audit.timeutil import from_unix
    records = 0
    for name, i, rec in _stream_records(archive):
        if isinstance(rec, dict) and len(rec) == 1:
            inner = next(iter(rec.values()))  # X wraps each record: {"tweet": {...}}
            rec = inner if isinstance(inner, dict) else rec
        if not isinstance(rec, dict):
            continue
        text = rec.get("title") or rec.get("full_text")
        Item(Platform.FACEBOOK, Kind.POST, from_unix(rec.get("timestamp")), SourceRef(name, i),
             text=text if isinstance(text, str) else None)
        records += 1
    return {"records": records}


class _SkipPreface:
    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        head = fh.read(256)
        self.head = _strip_preface(head)

    def read(self, n: int = -1) -> bytes:
        if n == 0:
            return b""  # ijson probes the stream type with read(0)
        if self.head:
            out, self.head = self.head, b""
            return out
        return self.fh.read(n)


def floor_stream(archive: Path) -> dict[str, object]:
    records = 0
    for _rec in _stream_records(archive):
        records += 1
    return {"records": records}


def _reopen(archive: Path, name: str) -> IO[bytes]:
    if archive.suffix == ".zip":
        return zipfile.ZipFile(archive).open(name)
    return (archive / name).open("rb")


def import_(archive: Path, db: Path, key_hex: str) -> dict[str, object]:
    from audit.security.cipher import Cipher
    from audit.store.sink import scan_into_store
    from audit.store.store import Store
    t0 = time.perf_counter()
    store = Store.open(db, cipher=Cipher(bytes.fromhex(key_hex)))
    run_id, result = scan_into_store(store, [archive])
    store.close()
    return {"run_id": run_id, "items": result.items_total, "t_inside": time.perf_counter() - t0}


def reopen(db: Path, key_hex: str) -> dict[str, object]:
    t0 = time.perf_counter()
    from audit.security.cipher import Cipher
    from audit.store.store import Store
    t1 = time.perf_counter()
    store = Store.open(db, cipher=Cipher(bytes.fromhex(key_hex)))
    run = store.latest_run()
    assert run is not None
    findings = store.findings(run.id)
    t2 = time.perf_counter()
    n = len(findings)
    store.close()
    return {"findings": n, "items": run.items_total, "t_imports": t1 - t0, "t_load": t2 - t1}


def main(argv: list[str]) -> int:
    step, *args = argv
    t0 = time.perf_counter()
    if step == "floor":
        out = floor(Path(args[0]))
    elif step == "floor_stream":
        out = floor_stream(Path(args[0]))
    elif step == "floor_items":
        out = floor_items(Path(args[0]))
    elif step == "import":
        out = import_(Path(args[0]), Path(args[1]), args[2])
    elif step == "reopen":
        out = reopen(Path(args[0]), args[1])
    else:
        raise SystemExit(f"unknown step {step!r}")
    out["t_step"] = time.perf_counter() - t0
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
