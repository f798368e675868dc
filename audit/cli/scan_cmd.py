"""``jejak-netral scan PATH... [--json FILE|-] [--rules FILE...] [--timezone WIB|WITA|WIT]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from audit.demo import demo_archive_path
from audit.i18n import language, tr
from audit.model import iso
from audit.pipeline import ScanProgress, ScanResult, scan
from audit.scan_json import FindingsSpool
from audit.textfix import strip_controls
from audit.timeutil import ZONES, system_zone_name

SEV_LABEL = {"high": "scan.sev.high", "medium": "scan.sev.medium", "low": "scan.sev.low"}


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("scan", help="audit one or more archives (zip, parts, folder or single file)")
    p.add_argument("paths", nargs="*", help="archives; none = the bundled demo archive")
    p.add_argument("--json", dest="json_out", metavar="FILE|-", default=None,
                   help="write the JSON document to FILE, or '-' for standard output")
    p.add_argument("--rules", nargs="+", metavar="FILE", default=None,
                   help="rule pack files to use instead of the shipped ones")
    p.add_argument("--timezone", choices=sorted(ZONES), default=None,
                   help="zone for dates without a zone (default: from the system, else WIB)")
    p.add_argument("--whatsapp-self", metavar="NAME", default=None,
                   help="your name as it appears in WhatsApp chat exports")
    p.add_argument("--photos", action="store_true",
                   help="also check photos (hand gestures, text in images, frames); needs the [photos] extra")
    p.add_argument("--all", action="store_true", help="list every finding (default: the first 50)")
    p.add_argument("--quiet", action="store_true", help="no progress line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from audit.rules import load_packs

    paths = [Path(p) for p in args.paths] or [demo_archive_path()]
    ruleset = load_packs([Path(r) for r in args.rules]) if args.rules else load_packs()
    options: dict[str, Any] = {}
    if args.whatsapp_self:
        options["whatsapp_self"] = args.whatsapp_self
    show_progress = not args.quiet and sys.stderr.isatty()

    def progress(p: ScanProgress) -> None:
        if show_progress:
            pct = int(p.fraction * 100)
            sys.stderr.write(f"\r{tr('scan.progress', items=p.items, findings=p.findings, pct=pct)}   ")
            sys.stderr.flush()

    # Findings stream to a spool as they are found (memory stays flat on huge archives);
    # the document written from it is the one ``scan_document`` describes.
    out_dir = str(Path(args.json_out).resolve().parent) if args.json_out and args.json_out != "-" else None
    spool = FindingsSpool(language(), keep=None if args.all else 50, spool_dir=out_dir)
    try:
        result = scan(paths, ruleset=ruleset, timezone_name=args.timezone or system_zone_name(),
                      options=options, progress=progress, photos=args.photos, sink=spool,
                      keep_findings=False)
        if show_progress:
            sys.stderr.write("\n")
        if args.json_out == "-":
            sys.stdout.flush()
            spool.write_document(result, sys.stdout.buffer)
            sys.stdout.buffer.write(b"\n")
            sys.stdout.buffer.flush()
        elif args.json_out:
            with open(args.json_out, "wb") as fh:
                spool.write_document(result, fh)
                fh.write(b"\n")
        if args.json_out != "-":
            print_summary(result, sys.stdout, show_all=args.all, spool=spool)
    finally:
        spool.close()
    if result.problems:
        for s in result.problems:
            assert s.error is not None
            print(f"{tr('cli.error_prefix', 'id')}: {s.error.message('id')}", file=sys.stderr)
            print(f"{tr('cli.error_prefix', 'en')}: {s.error.message('en')}", file=sys.stderr)
        # Exit 2 when an input could not be read, even if others were.
        return 2
    return 0


def _clip(s: str | None, n: int = 90) -> str:
    if not s:
        return ""
    s = strip_controls(s).replace("\n", " ").strip()
    return s if len(s) <= n else s[: n - 1] + "…"


def print_summary(result: ScanResult, out: TextIO, show_all: bool = False,
                  spool: FindingsSpool | None = None) -> None:
    """The console summary; with ``spool`` the findings come from it (scan with keep_findings=False)."""
    w = out.write
    for src in result.readable:
        cov = src.coverage
        assert cov is not None
        c = cov.to_json()
        w(tr("scan.source_header", name=src.name, platform=tr(f"platform.{src.platform}"),
             generation=src.generation) + "\n")
        w("  " + tr("scan.files_line", read=len(c["files_read"]), skipped=len(c["files_skipped"])) + "\n")
        for reason, n in c["skipped_by_reason"].items():
            w("    - " + tr(f"coverage.reason.{reason}") + f": {n}\n")
        kinds = ", ".join(f"{tr('kind.' + k)} {n}" for k, n in c["items_by_kind"].items())
        w("  " + tr("scan.items_line", total=c["items_total"], kinds=kinds or "-") + "\n")
        if c["unknown_date"] or c["unknown_target"]:
            w("  " + tr("scan.unknowns_line", date=c["unknown_date"], target=c["unknown_target"]) + "\n")
        for note in c["notes"]:
            w("  ! " + tr(note["code"], **note.get("params", {})) + "\n")
    w("\n")
    if spool is not None:
        f_all = spool.first_findings()
        total = spool.count
        counts = {k: spool.by_sev.get(k, 0) for k in ("high", "medium", "low")}
    else:
        f_all = sorted(result.findings, key=lambda f: (-_sev_rank(f.severity.value),
                                                      iso(f.item.timestamp) or ""))
        total = len(f_all)
        counts = {k: 0 for k in ("high", "medium", "low")}
        for f in f_all:
            counts[f.severity.value] += 1
    w(tr("scan.findings_header", total=total, high=counts["high"], medium=counts["medium"],
         low=counts["low"]) + "\n")
    shown = f_all if show_all else f_all[:50]
    lang = language()
    for f in shown:
        it = f.item
        date = it.timestamp.strftime("%Y-%m-%d") if it.timestamp else tr("scan.no_date")
        tgt = it.target.name or it.target.handle or it.target.id if it.target else None
        w(f"[{tr(SEV_LABEL[f.severity.value])}] {date}  {tr('platform.' + it.platform.value)} · "
          f"{tr('kind.' + it.kind.value)}")
        if tgt:
            w(f" · {_clip(tgt, 50)}")
        w("\n")
        if it.text:
            w(f"    “{_clip(it.text)}”\n")
        w(f"    {_clip(f.explanation.get(lang) or f.explanation.get('id'), 300)}\n")
        w(f"    → {tr('action.' + f.action)}" + (f": {f.action_url}" if f.action_url else "") + "\n")
    if total > len(shown):
        w(tr("scan.more_findings", n=total - len(shown)) + "\n")
    if result.manual_check_count:
        w(tr("scan.manual_check", n=result.manual_check_count) + "\n")
    if result.photos_status is None:
        w(tr("scan.photos_not_asked") + "\n")
    elif not result.photos_status.startswith("photos.available"):
        w(tr("scan.photos_unavailable", why=tr(result.photos_status)) + "\n")


def _sev_rank(s: str) -> int:
    return {"high": 3, "medium": 2, "low": 1}.get(s, 0)


