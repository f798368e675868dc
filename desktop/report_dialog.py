"""Save the personal report: language, with or without item contents, PDF or HTML.

The file goes only where the user picks in the save dialog; nothing is sent.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget)

from audit.errors import AuditError
from audit.i18n import language, tr
from audit.report import render_html
from audit.store.store import Store
from desktop.report_pdf import html_to_pdf


def save_report(store: Store, run_id: int, path: str | os.PathLike[str], *, fmt: str, lang: str,
                include_content: bool) -> Path:
    html = render_html(store, run_id, lang=lang, include_content=include_content)
    dest = Path(path)
    if fmt == "html":
        tmp = dest.with_name(f".{dest.name}.tmp")
        tmp.write_text(html, encoding="utf-8")
        os.replace(tmp, dest)
        return dest
    return html_to_pdf(html, dest, title=tr("report.title", lang))


class ReportDialog(QDialog):
    def __init__(self, store: Store, run_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.run_id = run_id
        self.saved_path: Path | None = None
        self.setWindowTitle(tr("report.gui.title"))
        lay = QVBoxLayout(self)
        intro = QLabel(tr("report.gui.intro"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.lang = QComboBox()
        self.lang.addItem(tr("report.gui.lang_id"), "id")
        self.lang.addItem(tr("report.gui.lang_en"), "en")
        self.lang.setCurrentIndex(1 if language() == "en" else 0)
        form.addRow(tr("report.gui.language"), self.lang)
        self.pdf = QRadioButton(tr("report.gui.pdf"))
        self.html = QRadioButton(tr("report.gui.html"))
        self.pdf.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.html)
        row = QHBoxLayout()
        row.addWidget(self.pdf)
        row.addWidget(self.html)
        row.addStretch(1)
        form.addRow(tr("report.gui.format"), row)
        lay.addLayout(form)
        self.include_content = QCheckBox(tr("report.gui.include_content"))
        self.include_content.setChecked(True)
        lay.addWidget(self.include_content)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_btn = buttons.addButton(tr("report.gui.save"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(tr("report.gui.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_btn.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        lay.addWidget(buttons)

    @property
    def fmt(self) -> str:
        return "html" if self.html.isChecked() else "pdf"

    def save(self) -> None:
        fmt = self.fmt
        suggested = str(Path.home() / f"{tr('report.gui.default_name')}.{fmt}")
        flt = "PDF (*.pdf)" if fmt == "pdf" else "HTML (*.html)"
        path, _ = QFileDialog.getSaveFileName(self, tr("report.gui.title"), suggested, flt)
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            self.saved_path = save_report(self.store, self.run_id, path, fmt=fmt, lang=self.lang.currentData(),
                                          include_content=self.include_content.isChecked())
        except (OSError, AuditError) as e:
            reason = e.message() if isinstance(e, AuditError) else (e.strerror or type(e).__name__)
            self.status.setText(tr("report.gui.failed", reason=reason))
            return
        self.status.setText(tr("report.gui.saved", path=str(self.saved_path)))
        self.accept()
