"""Scale benchmark: big generated archives, time and peak memory of each step.

    python -m benchmarks [--sizes 100k,1m,3m] [--only fb|x] [--folder] [--keep DIR] [--gui]

For each platform and size, a deterministic archive is generated in a temp
folder (zip by default, as users receive them), then each step runs in a
fresh process and is timed from the outside (wall time, interpreter start
included) with the process's own peak RSS:

  floor         read + decode the same JSON members with orjson, nothing else
  stream floor  the same records streamed one by one with ijson (what flat memory costs)
  +Item         the stream floor plus one bare ``Item`` per record, nothing parsed or audited:
                what the pure-Python item model alone costs (see PERFORMANCE.md, 2x target)
  scan          ``python -m audit scan ARCHIVE --json OUT --quiet`` (import + audit + JSON output)
  import        scan into the local store (sealed rows, batches of 5,000)
  reopen        open the store and load every finding of the latest run (decrypted)

The floor is the faster of the two plain decodes; ratios against it make figures
comparable on a noisy machine.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.gen import BUILDERS

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"10k": 10_000, "100k": 100_000, "300k": 300_000, "1m": 1_000_000, "3m": 3_000_000}
TARGETS = {"scan/floor": 2.0, "import/floor": 3.0, "rss_mb": 300.0, "reopen_s": 2.0}


@dataclass
class Measure:
    wall: float
    rss_mb: float
    out: dict = field(default_factory=dict)  # type: ignore[type-arg]
    cpu: float = 0.0   # user + system CPU of the process: steadier than wall time on a shared machine


def run_child(args: list[str], env: dict[str, str] | None = None) -> Measure:
    """Run one step in a fresh process; wall time and that process's peak RSS."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env=env or os.environ.copy())
    # wait4 gives this child's own rusage (RUSAGE_CHILDREN would mix all children).
    out_b, err_b = b"", b""
    import threading

    def drain(stream, sink: list[bytes]) -> None:  # type: ignore[no-untyped-def]
        sink.append(stream.read())
    outs: list[bytes] = []
    errs: list[bytes] = []
    th = [threading.Thread(target=drain, args=(proc.stdout, outs)),
          threading.Thread(target=drain, args=(proc.stderr, errs))]
    for t in th:
        t.start()
    _pid, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    for t in th:
        t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out_b, err_b = b"".join(outs), b"".join(errs)
    if proc.returncode not in (0,):
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{err_b.decode()[-2000:]}")
    last = out_b.decode().strip().splitlines()[-1:] if out_b.strip() else []
    try:
        data = json.loads(last[0]) if last else {}
    except ValueError:
        data = {}
    return Measure(wall, ru.ru_maxrss / 1024, data, ru.ru_utime + ru.ru_stime)


def _summary_of(doc_path: Path) -> dict:  # type: ignore[type-arg]
    """The document's summary, read from its tail: decoding the whole document here would
    grow this process, and children inherit its memory high-water mark at spawn."""
    with doc_path.open("rb") as fh:
        fh.seek(max(0, doc_path.stat().st_size - 65536))
        tail = fh.read().decode("utf-8", errors="replace")
    i = tail.rfind('"summary": {')
    return json.loads("{" + tail[i:]).get("summary", {}) if i >= 0 else {}


def text_bytes(archive: Path) -> int:
    import zipfile
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as zf:
            return sum(i.file_size for i in zf.infolist() if i.filename.endswith((".json", ".js")))
    return sum(p.stat().st_size for p in archive.rglob("*") if p.name.endswith((".json", ".js")))


def bench_one(plat: str, n: int, work: Path, folder: bool, steps: set[str], keep: bool = False) -> dict[str, object]:
    py = sys.executable
    name = f"{plat}-{n}" + ("" if folder else ".zip")
    archive = work / name
    t0 = time.perf_counter()
    if not (keep and archive.exists()):  # a kept archive is reused: generation is deterministic
        BUILDERS[plat](archive, n)
    gen_s = time.perf_counter() - t0
    row: dict[str, object] = {"platform": plat, "items": n, "text_mb": text_bytes(archive) / 1e6,
                              "gen_s": gen_s}
    floor = run_child([py, "-m", "benchmarks.steps", "floor", str(archive)])
    row.update(floor_s=floor.wall, floor_cpu=floor.cpu, floor_rss=floor.rss_mb, records=floor.out.get("records"))
    if "stream" in steps:
        fs = run_child([py, "-m", "benchmarks.steps", "floor_stream", str(archive)])
        row.update(stream_s=fs.wall, stream_cpu=fs.cpu, stream_rss=fs.rss_mb)
    if "items" in steps:
        fi = run_child([py, "-m", "benchmarks.steps", "floor_items", str(archive)])
        row.update(items_floor_s=fi.wall, items_floor_cpu=fi.cpu)
    env = os.environ.copy()
    env["JEJAK_NETRAL_DATA_DIR"] = str(work / "data")
    if "scan" in steps:
        out_json = work / f"{name}.json"
        sc = run_child([py, "-m", "audit", "scan", str(archive), "--json", str(out_json), "--quiet"], env)
        summ = _summary_of(out_json)
        row.update(scan_s=sc.wall, scan_cpu=sc.cpu, scan_rss=sc.rss_mb, items_total=summ.get("items_total"),
                   findings=summ.get("findings_total"))
        out_json.unlink()
    if "import" in steps:
        from audit.security.cipher import Cipher
        key = Cipher.new_key().hex()
        db = work / f"{name}.db"
        im = run_child([py, "-m", "benchmarks.steps", "import", str(archive), str(db), key], env)
        row.update(import_s=im.wall, import_cpu=im.cpu, import_rss=im.rss_mb)
        ro = run_child([py, "-m", "benchmarks.steps", "reopen", str(db), key], env)
        row.update(reopen_s=ro.wall, reopen_cpu=ro.cpu, reopen_load_s=ro.out.get("t_load"), reopen_rss=ro.rss_mb,
                   reopen_findings=ro.out.get("findings"))
        for p in work.glob(f"{name}.db*"):
            p.unlink()
    if keep:
        pass
    elif archive.is_dir():
        shutil.rmtree(archive)
    else:
        archive.unlink()
    return row


def _f(v: object, fmt: str) -> str:
    return format(v, fmt) if isinstance(v, (int, float)) else "-"


def print_table(rows: list[dict[str, object]]) -> None:
    """Seconds are CPU seconds of each process (user + system); wall time is in the JSON rows."""
    head = ("platform", "items", "text MB", "orjson s", "ijson s", "+Item s", "Item/floor", "scan s", "scan/floor", "items/s",
            "scan RSS", "import s", "imp/floor", "imp RSS", "reopen s", "findings")
    lines = [head]
    for r in rows:
        # The floor is the faster plain decode: orjson on whole members, or ijson streaming.
        fl = min(v for v in (r.get("floor_cpu"), r.get("stream_cpu")) if isinstance(v, float))
        scan = r.get("scan_cpu")
        imp = r.get("import_cpu")
        bare = r.get("items_floor_cpu")
        lines.append((
            str(r["platform"]), f"{r['items']:,}", _f(r["text_mb"], ".0f"), _f(r.get("floor_cpu"), ".2f"),
            _f(r.get("stream_cpu"), ".2f"), _f(bare, ".2f"),
            _f(bare / fl if isinstance(bare, float) else None, ".1f"),  # type: ignore[operator]
            _f(scan, ".2f"),
            _f(scan / fl if isinstance(scan, float) else None, ".1f"),  # type: ignore[operator]
            _f(r["items"] / scan if isinstance(scan, float) else None, ",.0f"),  # type: ignore[operator]
            _f(r.get("scan_rss"), ".0f") + " MB", _f(imp, ".2f"),
            _f(imp / fl if isinstance(imp, float) else None, ".1f"),  # type: ignore[operator]
            _f(r.get("import_rss"), ".0f") + " MB", _f(r.get("reopen_s"), ".2f"),
            _f(r.get("findings"), ",")))
    widths = [max(len(row[i]) for row in lines) for i in range(len(head))]
    for i, row in enumerate(lines):
        print("| " + " | ".join(c.rjust(w) for c, w in zip(row, widths)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    print("(seconds: CPU time of each fresh process; reopen: wall time including interpreter start)")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100k,1m,3m", help="comma list of " + ", ".join(SIZES))
    ap.add_argument("--only", choices=sorted(BUILDERS), default=None, help="one platform only")
    ap.add_argument("--folder", action="store_true", help="generate folders instead of zips")
    ap.add_argument("--steps", default="stream,items,scan,import", help="subset of stream,items,scan,import")
    ap.add_argument("--keep", default=None, help="work folder whose archives are kept and reused; default: a temp folder")
    ap.add_argument("--json", dest="json_out", default=None, help="also write the rows as JSON here")
    ap.add_argument("--gui", action="store_true", help="also run the GUI benchmark (event-loop gaps)")
    ap.add_argument("--table", default=None, help="only print the table of an earlier --json file")
    args = ap.parse_args(argv)
    if args.table:
        saved = json.loads(Path(args.table).read_text())
        print(f"machine: {saved['machine']}")
        print_table(saved["rows"])
        return 0
    sizes = [SIZES[s.strip().lower()] for s in args.sizes.split(",") if s.strip()]
    plats = [args.only] if args.only else ["fb", "x"]
    steps = {s.strip() for s in args.steps.split(",")}
    print(f"machine: {machine()}, load average {os.getloadavg()[0]:.1f}", flush=True)
    rows = []
    with contextlib.ExitStack() as stack:
        if args.keep:
            # Kept for inspection or profiling afterwards, so it is neither a temp folder nor removed.
            work = Path(args.keep)
            work.mkdir(parents=True, exist_ok=True)
        else:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="jn-bench-")))
        for n in sizes:
            for plat in plats:
                row = bench_one(plat, n, work, args.folder, steps, keep=bool(args.keep))
                rows.append(row)
                print(f"  done {plat} {n:,}: " + ", ".join(
                    f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()), flush=True)
    print()
    print_table(rows)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"machine": machine(), "rows": rows}, indent=1))
    if args.gui:
        from benchmarks import gui_bench
        gui_bench.main(["--items", str(max(sizes))] if sizes else [])
    return 0
