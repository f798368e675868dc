"""``jejak-netral checklist [--run N] [--tasks] [--json] [--import PATH...]``: cleanup status from the store."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from audit.checklist import Checklist, Progress
from audit.errors import StoreError
from audit.i18n import language, tr
from audit.textfix import strip_controls


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("checklist", help="cleanup checklist status (from the local store)")
    p.add_argument("--run", type=int, default=None, help="audit number (default: the latest)")
    p.add_argument("--tasks", action="store_true", help="list every task with its steps")
    p.add_argument("--json", action="store_true", help="machine-readable output on standard output")
    p.add_argument("--import", dest="import_paths", nargs="+", metavar="PATH", default=None,
                   help="first audit these archives into the store (a newer archive is compared with the earlier one)")
    p.add_argument("--timezone", default=None, help="zone for dates without a zone (with --import)")
    p.set_defaults(func=run)


def pick_run(store: Any, run_id: int | None) -> int:
    if run_id is not None:
        return int(store.run(run_id).id)
    latest = store.latest_run()
    if latest is None:
        raise StoreError("store.no_runs")
    return int(latest.id)


def _pct(p: Progress) -> int:
    return int(round(p.fraction * 100))


def run(args: argparse.Namespace) -> int:
    from audit.store import open_store

    with open_store() as store:
        if args.import_paths:
            from audit.store.sink import scan_into_store
            from audit.timeutil import system_zone_name
            run_id, _ = scan_into_store(store, [Path(p) for p in args.import_paths],
                                        timezone_name=args.timezone or system_zone_name())
        else:
            run_id = pick_run(store, args.run)
        cl = Checklist(store, run_id)
        overall, per = cl.progress()
        lang = language()
        if args.json:
            doc = {
                "run": run_id,
                "progress": {"total": overall.total, "todo": overall.todo, "done": overall.done,
                             "not_applicable": overall.not_applicable, "cannot": overall.cannot,
                             "percent": _pct(overall)},
                "platforms": {plat: {"total": p.total, "todo": p.todo, "done": p.done,
                                     "not_applicable": p.not_applicable, "cannot": p.cannot}
                              for plat, p in per.items()},
                "tasks": [{"platform": t.platform, "action": t.action, "title": t.title(lang), "link": t.link,
                           "findings": [f.id for f in t.findings], "steps": t.steps(lang),
                           "progress": {"total": t.progress.total, "resolved": t.progress.resolved}}
                          for t in cl.tasks],
            }
            sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
            return 0
        info = store.run(run_id)
        started = info.started.strftime("%Y-%m-%d %H:%M") if info.started else "-"
        print(tr("cli.checklist.header", run=run_id, started=started, total=overall.total,
                 resolved=overall.resolved, pct=_pct(overall)))
        for plat, p in per.items():
            print("  " + tr("cli.checklist.platform_line", platform=tr(f"platform.{plat}"), resolved=p.resolved,
                            total=p.total, pct=_pct(p), todo=p.todo))
        if args.tasks:
            for t in cl.tasks:
                p = t.progress
                mark = "x" if t.done else " "
                print(f"[{mark}] {strip_controls(t.title(lang))}  ({p.resolved}/{p.total})")
                if t.link:
                    print(f"      {strip_controls(t.link)}")
                for n, step in enumerate(t.steps(lang), 1):
                    print(f"      {n}. {step}")
        elif cl.tasks:
            print(tr("cli.checklist.more", n=len(cl.tasks)))
    return 0
