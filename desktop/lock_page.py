"""The lock screen: nothing read from the archives is visible until the user comes back.

With a passphrase-protected store the passphrase is asked again; with a key
in the system's credential store the lock hides the screen of a shared or
unattended laptop, and the operating system's own login protects the key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from audit.i18n import tr
from desktop.widgets import heading, plain_label


class LockPage(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        outer.addLayout(col, 3)
        outer.addStretch(1)
        col.addStretch(1)
        col.addWidget(heading(tr("gui.lock.title"), 1))
        self.text = plain_label(tr("gui.lock.text"))
        col.addWidget(self.text)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("gui.lock.passphrase"))
        self.passphrase.setPlaceholderText(tr("gui.lock.passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        col.addWidget(self.passphrase)
        self.problem = plain_label("")
        self.problem.setStyleSheet("QLabel { color: #8a1f11; }")
        col.addWidget(self.problem)
        row = QHBoxLayout()
        self.button = QPushButton(tr("gui.lock.unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._unlock)
        row.addWidget(self.button)
        row.addStretch(1)
        col.addLayout(row)
        col.addStretch(2)

    def prepare(self, needs_passphrase: bool) -> None:
        self.passphrase.clear()
        self.passphrase.setVisible(needs_passphrase)
        self.problem.setText("")
        (self.passphrase if needs_passphrase else self.button).setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())
