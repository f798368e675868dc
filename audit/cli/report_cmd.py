"""``jejak-netral report --out FILE [--format pdf|html] [--run N] [--no-content]``: the personal report.

HTML is made here in pure Python; PDF goes through Qt (``desktop.report_pdf``),
imported only when asked for, and run headless.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from audit.errors import InputError
from audit.i18n import language, tr


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="write the personal report (PDF or HTML), made offline")
    p.add_argument("--out", required=True, metavar="FILE", help="where to save it (.pdf or .html)")
    p.add_argument("--format", choices=["pdf", "html"], default=None, help="default: from the file name")
    p.add_argument("--run", type=int, default=None, help="audit number (default: the latest)")
    p.add_argument("--no-content", action="store_true",
                   help="leave out the contents of the items (counts and categories only)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from audit.cli.checklist_cmd import pick_run
    from audit.report import render_html
    from audit.store import open_store

    out = Path(args.out)
    fmt = args.format or ("html" if out.suffix.lower() in (".html", ".htm") else "pdf")
    if not out.parent.is_dir():
        raise InputError("input.not_found", path=str(out.parent))
    lang = language()
    with open_store() as store:
        run_id = pick_run(store, args.run)
        html = render_html(store, run_id, lang=lang, include_content=not args.no_content)
    if fmt == "html":
        tmp = out.with_name(f".{out.name}.tmp")
        tmp.write_text(html, encoding="utf-8")
        os.replace(tmp, out)
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from desktop.report_pdf import html_to_pdf  # Qt only for PDF, and only now
        html_to_pdf(html, out, title=tr("report.title", lang))
    print(tr("cli.report.saved", path=str(out)))
    return 0
