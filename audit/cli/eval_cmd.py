"""``jejak-netral eval [--corpus PATH] [--verbose] [--json]``: precision and recall on a labelled corpus."""

from __future__ import annotations

import argparse
import json

from audit.i18n import tr


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("eval", help=tr("eval.help", "en"))
    p.add_argument("--corpus", default=None,
                   help="labelled JSONL corpus (default: tests/corpus/labelled.jsonl)")
    p.add_argument("--verbose", action="store_true", help="per-party figures, notes and review items")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from audit.evaluate import evaluate, format_report, load_corpus

    report = evaluate(load_corpus(args.corpus))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, verbose=args.verbose, lang=getattr(args, "lang", None)))
    return 0
