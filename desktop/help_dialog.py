"""How to download each platform's archive, step by step (most users never did it)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from audit.i18n import tr
from desktop.text import N_, platform_label
from desktop.widgets import heading, plain_label

# platform -> catalogue key of its steps (one step per line).
HELP_STEPS = {
    "facebook": N_("gui.help.steps.facebook"),
    "instagram": N_("gui.help.steps.instagram"),
    "x": N_("gui.help.steps.x"),
    "tiktok": N_("gui.help.steps.tiktok"),
    "telegram": N_("gui.help.steps.telegram"),
    "whatsapp": N_("gui.help.steps.whatsapp"),
    "youtube": N_("gui.help.steps.youtube"),
}


def numbered(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return "\n".join(f"{i}. {ln}" for i, ln in enumerate(lines, 1))


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, platform: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("gui.help.title"))
        self.resize(720, 520)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(tr("gui.help.title"), 2))
        lay.addWidget(plain_label(tr("gui.help.intro")))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("gui.help.title"))
        for plat, key in HELP_STEPS.items():
            page = QWidget()
            pl = QVBoxLayout(page)
            steps = plain_label(numbered(tr(key)), selectable=True)
            steps.setAccessibleName(tr("gui.help.steps_for", platform=platform_label(plat)))
            pl.addWidget(steps)
            pl.addStretch(1)
            self.tabs.addTab(page, platform_label(plat))
            if plat == platform:
                self.tabs.setCurrentWidget(page)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(plain_label(tr("gui.help.after")))
        box = QDialogButtonBox()
        close = box.addButton(tr("gui.button.close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        box.accepted.connect(self.accept)
        lay.addWidget(box)
