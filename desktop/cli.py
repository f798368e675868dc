"""The installed ``jejak-netral`` command: the engine's CLI with Qt's PDF writer plugged in.

``audit`` never imports Qt; this app-layer entry point registers the PDF
writer (imported only when a PDF is actually asked for) and hands over to
``audit.cli.main``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def _write_pdf(html: str, path: Path, title: str) -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.report_pdf import html_to_pdf
    return html_to_pdf(html, path, title=title)


def main(argv: Sequence[str] | None = None) -> int:
    from audit.cli import main as audit_main
    from audit.cli.report_cmd import set_pdf_writer
    set_pdf_writer(_write_pdf)
    return audit_main(list(argv) if argv is not None else None)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
