"""Progress of a running scan: one bar, the stage, each platform, time left, Cancel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from audit.i18n import tr
from desktop.text import fmt_count, fmt_remaining, platform_label
from desktop.widgets import heading, plain_label


class ProgressPage(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        outer.addLayout(col, 4)
        outer.addStretch(1)
        col.addStretch(1)
        col.addWidget(heading(tr("gui.progress.title"), 1))
        col.addWidget(plain_label(tr("gui.progress.offline")))
        self.stage = plain_label()
        self.stage.setAccessibleName(tr("gui.progress.stage"))
        col.addWidget(self.stage)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName(tr("gui.progress.bar"))
        self.bar.setMinimumHeight(self.bar.sizeHint().height() + 8)
        col.addWidget(self.bar)
        self.counts = plain_label()
        self.eta = plain_label()
        col.addWidget(self.counts)
        col.addWidget(self.eta)
        self.platforms = plain_label()
        self.platforms.setAccessibleName(tr("gui.progress.platforms"))
        col.addWidget(self.platforms)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(tr("gui.progress.cancel"))
        self.cancel_button.setMinimumHeight(self.cancel_button.sizeHint().height() + 8)
        self.cancel_button.clicked.connect(self._cancel)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        col.addLayout(row)
        col.addStretch(2)
        self.reset()

    def reset(self) -> None:
        self._seen: list[tuple[str, str]] = []   # (archive, platform) in order of reading
        self._current: tuple[str, str] | None = None
        self.bar.setValue(0)
        self.bar.setFormat("%p%")
        self.stage.setText(tr("gui.progress.stage_open"))
        self.counts.setText("")
        self.eta.setText(fmt_remaining(None))
        self.platforms.setText("")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(tr("gui.progress.cancel"))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(tr("gui.progress.cancelling"))
        self.stage.setText(tr("gui.progress.cancelling_hint"))
        self.cancel_requested.emit()

    def update_progress(self, p: Any) -> None:
        if not self.cancel_button.isEnabled():
            return  # cancelling: keep the message steady
        if p.stage == "photos" and p.photos_total:
            self.bar.setValue(int(1000 * p.photos_done / p.photos_total))
        else:
            self.bar.setValue(int(p.fraction * 1000))
        if p.stage == "open":
            self.stage.setText(tr("gui.progress.stage_open"))
        elif p.stage == "import":
            key = (p.archive, p.platform)
            if key not in self._seen:
                self._seen.append(key)
            self._current = key
            self.stage.setText(tr("gui.progress.stage_import", platform=platform_label(p.platform),
                                  archive=p.archive, n=self._seen.index(key) + 1))
        elif p.stage == "photos":
            self.stage.setText(tr("gui.progress.stage_photos", platform=platform_label(p.platform),
                                  done=fmt_count(p.photos_done), total=fmt_count(p.photos_total)))
        elif p.stage == "done":
            self._current = None
            self.stage.setText(tr("gui.progress.stage_done"))
        self.counts.setText(tr("gui.progress.counts", items=fmt_count(p.items), findings=fmt_count(p.findings)))
        self.eta.setText(fmt_remaining(p.eta_seconds) if p.stage == "import" else "")
        lines = []
        for key in self._seen:
            mark = tr("gui.progress.reading") if key == self._current else tr("gui.progress.read_done")
            lines.append(f"{platform_label(key[1])} — {key[0]}: {mark}")
        self.platforms.setText("\n".join(lines))
        self.bar.setAccessibleDescription(self.stage.text())
