"""PDF of the personal report, made offline with Qt's own PDF writer.

The HTML comes from ``audit.report`` (pure Python); this module only lays it
out on A4 pages with QTextDocument + QPdfWriter. It works headless (the CLI
calls it with ``QT_QPA_PLATFORM=offscreen``) and writes the file atomically,
so a crash never leaves half a PDF where the user asked for one.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

_app: QGuiApplication | None = None


def ensure_gui_app() -> QCoreApplication:
    """Text layout needs a QGuiApplication; make a headless one when run from the CLI."""
    global _app
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["jejak-netral"])
    return _app


def html_to_pdf(html: str, path: str | os.PathLike[str], *, title: str = "") -> Path:
    ensure_gui_app()
    dest = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=dest.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(150)
        writer.setTitle(title)
        writer.setCreator("Jejak Netral")
        doc = QTextDocument()
        doc.setDefaultFont(QFont("DejaVu Sans", 9))
        doc.setHtml(html)
        # A page-sized document is printed as laid out; without it Qt adds its own 2 cm
        # margins on top of the writer's and squeezes the tables.
        dpi = QGuiApplication.primaryScreen().logicalDotsPerInch() if QGuiApplication.primaryScreen() else 96.0
        rect = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
        doc.setPageSize(QSizeF(rect.width() * dpi, rect.height() * dpi))
        doc.setDocumentMargin(0)
        doc.print_(writer)
        del writer  # the file is finished when the writer goes away
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


def write_report_pdf(store: object, run_id: int, path: str | os.PathLike[str], *, lang: str = "id",
                     include_content: bool = True) -> Path:
    from audit.i18n import tr
    from audit.report import render_html
    html = render_html(store, run_id, lang=lang, include_content=include_content)  # type: ignore[arg-type]
    return html_to_pdf(html, path, title=tr("report.title", lang))
