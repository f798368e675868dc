"""``jejak-netral report --out FILE [--format pdf|html] [--run N] [--no-content]``: the personal report.

HTML is made here in pure Python. PDF needs Qt's PDF writer, which the engine
never imports: the app layer registers a writer with ``set_pdf_writer`` (the
installed ``jejak-netral`` command is ``desktop.cli:main``, which does so).
Without one, ``--format pdf`` says to use HTML or the installed command.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from audit.errors import InputError
from audit.i18n import language, tr


# (html, path, title) -> None; set by the app layer, never imported from here.
PdfWriter = Callable[[str, Path, str], object]
_pdf_writer: PdfWriter | None = None


def set_pdf_writer(writer: PdfWriter | None) -> None:
    global _pdf_writer
    _pdf_writer = writer


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
    if fmt == "pdf" and _pdf_writer is None:
        raise InputError("cli.report.pdf_unavailable")
    lang = language()
    with open_store() as store:
        run_id = pick_run(store, args.run)
        html = render_html(store, run_id, lang=lang, include_content=not args.no_content)
    if fmt == "html":
        tmp = out.with_name(f".{out.name}.tmp")
        tmp.write_text(html, encoding="utf-8")
        os.replace(tmp, out)
    else:
        assert _pdf_writer is not None
        _pdf_writer(html, out, tr("report.title", lang))
    print(tr("cli.report.saved", path=str(out)))
    return 0
