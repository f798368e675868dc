"""Flagged items per month, with election periods shaded. Drawn with QPainter.

No chart library: a few rectangles and labels are enough, and the same
numbers are exposed as an accessible description for screen readers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from audit.findings import Finding
from audit.i18n import tr
from audit.timeutil import zone
from desktop.text import SEVERITY_COLORS, lang_text, month_names

Month = tuple[int, int]  # (year, month)


@dataclass
class PhaseBand:
    label: str
    start: Month
    end: Month


def _month(dt: datetime, tz_name: str) -> Month:
    local = dt.astimezone(zone(tz_name))
    return local.year, local.month


def _next(m: Month) -> Month:
    return (m[0] + 1, 1) if m[1] == 12 else (m[0], m[1] + 1)


def _shift(m: Month, k: int) -> Month:
    i = m[0] * 12 + (m[1] - 1) + k
    return i // 12, i % 12 + 1


def month_range(first: Month, last: Month) -> list[Month]:
    out = [first]
    while out[-1] < last:
        out.append(_next(out[-1]))
    return out


class TimelineWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[Month] = []
        self.counts: dict[Month, Counter[str]] = {}
        self.bands: list[PhaseBand] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(160)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so screen readers read the summary
        self.setAccessibleName(tr("gui.overview.timeline"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, 12 * self.fontMetrics().height())

    def set_data(self, findings: Iterable[Finding], phases: Iterable[object], tz_name: str) -> None:
        counts: dict[Month, Counter[str]] = {}
        for f in findings:
            if f.item.timestamp is None:
                continue
            counts.setdefault(_month(f.item.timestamp, tz_name), Counter())[f.severity.value] += 1
        bands = []
        for ph in phases:
            start, end = getattr(ph, "start", None), getattr(ph, "end", None)
            if start is None or end is None:
                continue
            bands.append(PhaseBand(lang_text(getattr(ph, "name", "")), _month(start, tz_name),
                                   _month(end, tz_name)))
        self.counts = counts
        if counts:
            # The data decides the range (with two months either side); stages are clipped to it.
            first, last = _shift(min(counts), -2), _shift(max(counts), 2)
            self.months = month_range(first, last)
        else:
            self.months = []
        self.bands = [b for b in bands if self.months and b.end >= self.months[0] and b.start <= self.months[-1]]
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        if not self.counts:
            return tr("gui.overview.timeline_empty")
        names = month_names()
        parts = [f"{names[m - 1]} {y}: {sum(c.values())}" for (y, m), c in sorted(self.counts.items())]
        return "; ".join(parts)

    # -- painting ------------------------------------------------------
    def paintEvent(self, _event: object) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        line = fm.height()
        if not self.months:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("gui.overview.timeline_empty"))
            p.end()
            return
        left, right, top = fm.horizontalAdvance("0000") + 10, 8, line + 8
        bottom = 2 * line + 8
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        n = len(self.months)
        slot = plot.width() / n
        index = {m: i for i, m in enumerate(self.months)}
        peak = max(sum(c.values()) for c in self.counts.values()) or 1

        # Election periods: alternating soft bands with a border line, then their names.
        # Stages shorter than a month (quiet period, voting day) share a month with the
        # campaign: longer stages get their label first, a label never covers another.
        band_colors = (QColor("#d6e4f3"), QColor("#e9f0f8"))
        rects = []
        for k, b in enumerate(self.bands):
            i0 = index.get(max(b.start, self.months[0]), 0)
            i1 = index.get(min(b.end, self.months[-1]), n - 1)
            rect = QRectF(plot.left() + i0 * slot, plot.top() - line - 4, (i1 - i0 + 1) * slot,
                          plot.height() + line + 4)
            p.fillRect(rect, band_colors[k % 2])
            p.setPen(QColor("#7f9cbc"))
            p.drawLine(rect.topLeft(), rect.bottomLeft())
            rects.append((rect, b))
        taken: list[tuple[float, float]] = []
        p.setPen(QColor("#1f3f5f"))
        for rect, b in sorted(rects, key=lambda rb: -rb[0].width()):
            room = max(rect.width(), fm.horizontalAdvance(b.label) + 8)
            room = min(room, plot.right() - rect.left())
            text = fm.elidedText(b.label, Qt.TextElideMode.ElideRight, int(room) - 6)
            x0, x1 = rect.left() + 3, rect.left() + 3 + fm.horizontalAdvance(text)
            if not text or any(x0 < e and x1 > s0 - 6 for s0, e in taken):
                continue
            taken.append((x0, x1 + 6))
            p.drawText(QRectF(x0, rect.top(), room, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

        # Axis and gridline at the peak.
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(QRectF(0, plot.top() - line / 2, left - 6, line),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(peak))
        p.drawText(QRectF(0, plot.bottom() - line / 2, left - 6, line),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "0")

        # Stacked bars: high at the bottom, where the eye lands first.
        bar_w = max(2.0, slot * 0.7)
        for m, c in self.counts.items():
            x = plot.left() + index[m] * slot + (slot - bar_w) / 2
            y = plot.bottom()
            for sev in ("high", "medium", "low"):
                h = plot.height() * c.get(sev, 0) / peak
                if h <= 0:
                    continue
                p.fillRect(QRectF(x, y - h, bar_w, h), QColor(SEVERITY_COLORS[sev]))
                y -= h

        # Month labels: as many as fit, always January with its year.
        names = month_names()
        label_w = fm.horizontalAdvance("Mei 0000") + 6
        step = max(1, int(label_w // max(slot, 1)) + 1)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        for i, (y, mo) in enumerate(self.months):
            if i % step and mo != 1:
                continue
            x = plot.left() + i * slot
            text = f"{names[mo - 1]} {y}" if (mo == 1 or i == 0) else names[mo - 1]
            p.drawText(QRectF(x, plot.bottom() + 4, label_w, line), Qt.AlignmentFlag.AlignLeft, text)
        p.end()
