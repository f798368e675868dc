"""Small shared widgets: plain-text labels, severity badges, counted bar lists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from desktop.text import SEVERITY_BG, SEVERITY_COLORS, fmt_count, severity_label


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                selectable: bool = False) -> QLabel:
    """A QLabel that never interprets its text as rich text (archive text is untrusted)."""
    lab = QLabel(parent)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(wrap)
    lab.setText(text)
    if selectable:
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                    | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return lab


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    lab = plain_label(text, parent)
    f = QFont(lab.font())
    f.setPointSizeF(f.pointSizeF() * {1: 1.6, 2: 1.25, 3: 1.08}.get(level, 1.0))
    f.setBold(True)
    lab.setFont(f)
    lab.setAccessibleName(text)
    return lab


class SeverityBadge(QLabel):
    """Severity as a word on a tinted background: the colour is never the only signal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_severity(None)

    def set_severity(self, sev: str | None) -> None:
        if sev is None:
            self.clear()
            self.setStyleSheet("")
            return
        self.setText(severity_label(sev))
        self.setAccessibleName(severity_label(sev))
        self.setStyleSheet(f"QLabel {{ color: {SEVERITY_COLORS[sev]}; background: {SEVERITY_BG[sev]};"
                           f" border: 1px solid {SEVERITY_COLORS[sev]}; border-radius: 4px;"
                           " padding: 2px 8px; font-weight: bold; }")


class _Bar(QWidget):
    def __init__(self, fraction: float, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = max(0.0, min(1.0, fraction))
        self._color = color
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("")  # decorative: the count next to it is the information

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, max(10, self.fontMetrics().height() - 4))

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.rect().adjusted(0, 2, 0, -2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        p.drawRoundedRect(r, 3, 3)
        if self._fraction > 0:
            w = max(3, int(r.width() * self._fraction))
            p.setBrush(self._color)
            p.drawRoundedRect(r.adjusted(0, 0, w - r.width(), 0), 3, 3)
        p.end()


class CountList(QFrame):
    """Label · count · bar rows (counts by severity, platform, category...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setColumnStretch(2, 1)

    def set_rows(self, rows: Sequence[tuple[str, int, str | None]], empty_text: str = "") -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not rows:
            self._grid.addWidget(plain_label(empty_text), 0, 0, 1, 3)
            return
        top = max(n for _, n, _ in rows) or 1
        for i, (label, n, color) in enumerate(rows):
            name = plain_label(label, wrap=False)
            count = plain_label(fmt_count(n), wrap=False)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name.setAccessibleName(f"{label}: {n}")
            self._grid.addWidget(name, i, 0)
            self._grid.addWidget(count, i, 1)
            self._grid.addWidget(_Bar(n / top, QColor(color or "#3b6ea5")), i, 2)

    def severity_rows(self, counts: dict[str, int]) -> list[tuple[str, int, str | None]]:
        return [(severity_label(s), counts.get(s, 0), SEVERITY_COLORS[s]) for s in ("high", "medium", "low")]
