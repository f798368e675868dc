"""Overview: counts by severity, category, platform and election phase, the timeline,
and any archive that could not be read."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from audit.i18n import tr
from desktop.text import category_label, fmt_count, phase_label, platform_label
from desktop.timeline_widget import TimelineWidget
from desktop.widgets import CountList, heading, plain_label


class OverviewView(QScrollArea):
    show_findings = Signal()
    show_coverage = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(16, 12, 16, 12)

        self.title = heading(tr("gui.overview.title"), 1)
        self.summary = plain_label()
        self.summary.setAccessibleName(tr("gui.overview.title"))
        self.reassure = plain_label(tr("gui.overview.not_a_verdict"))
        self.reassure.setStyleSheet("QLabel { background: #eef5ee; border: 1px solid #b9d4b9;"
                                    " border-radius: 6px; padding: 6px; }")
        lay.addWidget(self.title)
        lay.addWidget(self.summary)
        lay.addWidget(self.reassure)

        self.problems_box = QGroupBox(tr("gui.overview.problems"))
        self.problems_label = plain_label(selectable=True)
        QVBoxLayout(self.problems_box).addWidget(self.problems_label)
        self.problems_box.setStyleSheet("QGroupBox { color: #8a3b00; }")
        lay.addWidget(self.problems_box)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.by_severity = CountList()
        self.by_platform = CountList()
        self.by_category = CountList()
        self.by_phase = CountList()
        for i, (key, widget) in enumerate((("gui.overview.by_severity", self.by_severity),
                                           ("gui.overview.by_platform", self.by_platform),
                                           ("gui.overview.by_category", self.by_category),
                                           ("gui.overview.by_phase", self.by_phase))):
            box = QGroupBox(tr(key))
            box.setAccessibleName(tr(key))
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, i // 2, i % 2)
        lay.addLayout(grid)

        tl_box = QGroupBox(tr("gui.overview.timeline"))
        tl_lay = QVBoxLayout(tl_box)
        self.timeline = TimelineWidget()
        tl_lay.addWidget(self.timeline)
        tl_lay.addWidget(plain_label(tr("gui.overview.timeline_hint")))
        lay.addWidget(tl_box)

        buttons = QHBoxLayout()
        self.to_findings = QPushButton(tr("gui.overview.open_findings"))
        self.to_coverage = QPushButton(tr("gui.overview.open_coverage"))
        self.to_findings.clicked.connect(self.show_findings)
        self.to_coverage.clicked.connect(self.show_coverage)
        buttons.addWidget(self.to_findings)
        buttons.addWidget(self.to_coverage)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addStretch(1)

    def set_result(self, result: Any, tz_name: str) -> None:
        findings = result.findings
        rs = result.ruleset
        sev = Counter(f.severity.value for f in findings)
        plat = Counter(f.item.platform.value for f in findings)
        cat = Counter(f.category for f in findings)
        # An undated item is not "outside the phases": the archive just does not say when.
        phase = Counter(f.phase if f.phase or f.item.timestamp is not None else "__no_date__"
                        for f in findings)
        items = fmt_count(result.items_total)
        if findings:
            self.summary.setText(tr("gui.overview.summary", items=items, findings=fmt_count(len(findings)),
                                    high=fmt_count(sev.get("high", 0))))
        else:
            self.summary.setText(tr("gui.overview.summary_none", items=items))
        if result.manual_check_count:
            self.summary.setText(self.summary.text() + "\n"
                                 + tr("gui.overview.manual_check", n=fmt_count(result.manual_check_count)))
        none = tr("gui.overview.none")
        self.by_severity.set_rows(self.by_severity.severity_rows(sev) if findings else [], none)
        self.by_platform.set_rows([(platform_label(k), n, None) for k, n in plat.most_common()], none)
        self.by_category.set_rows([(category_label(k), n, None) for k, n in cat.most_common()], none)
        self.by_phase.set_rows([(phase_label(rs, k), n, "#5b7f95") for k, n in phase.most_common()], none)
        self.timeline.set_data(findings, getattr(rs, "phases", None) or [], tz_name)
        problems = [s.error.message() for s in result.sources if s.error is not None]
        self.problems_box.setVisible(bool(problems))
        self.problems_label.setText("\n\n".join(problems))
        self.to_findings.setEnabled(bool(findings))
