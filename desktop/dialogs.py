"""Small questions to the user. Module-level functions, so tests can replace them.

Qt ships no Indonesian catalogue for its standard buttons, so every button
text here is set explicitly from our own catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QMessageBox, QVBoxLayout, QWidget

from audit.i18n import tr
from desktop.widgets import plain_label


def confirm_close_during_scan(parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("gui.close.title"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(tr("gui.close.question"))
    box.setInformativeText(tr("gui.close.detail"))
    stop = box.addButton(tr("gui.close.stop_and_close"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("gui.close.keep_going"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is stop


class WhoAreYouDialog(QDialog):
    """WhatsApp chat exports name every participant; only the user's own messages count."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("gui.whatsapp.title"))
        lay = QVBoxLayout(self)
        lay.addWidget(plain_label(tr("gui.whatsapp.question")))
        lay.addWidget(plain_label(tr("gui.whatsapp.why")))
        self.names = QListWidget()
        self.names.setAccessibleName(tr("gui.whatsapp.question"))
        for n in names:
            self.names.addItem(n)  # list items are plain text
        if names:
            self.names.setCurrentRow(0)
        self.names.itemDoubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.names)
        box = QDialogButtonBox()
        ok = box.addButton(tr("gui.whatsapp.this_is_me"), QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(tr("gui.whatsapp.skip"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        lay.addWidget(box)

    def chosen(self) -> str | None:
        item = self.names.currentItem()
        return item.text() if item else None


def ask_whatsapp_self(parent: QWidget | None, names: list[str]) -> str | None:
    dlg = WhoAreYouDialog(names, parent)
    return dlg.chosen() if dlg.exec() == QDialog.DialogCode.Accepted else None


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(tr("gui.button.close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


class PassphraseDialog(QDialog):
    """Asked only where no safe credential store exists on the computer."""

    def __init__(self, problem: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QLineEdit
        super().__init__(parent)
        self.setWindowTitle(tr("gui.passphrase.title"))
        lay = QVBoxLayout(self)
        if problem:
            lay.addWidget(plain_label(problem))
        lay.addWidget(plain_label(tr("gui.passphrase.explain")))
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(tr("gui.passphrase.field"))
        self.edit.setPlaceholderText(tr("gui.passphrase.field"))
        lay.addWidget(self.edit)
        box = QDialogButtonBox()
        ok = box.addButton(tr("gui.passphrase.ok"), QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(tr("gui.passphrase.skip"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        lay.addWidget(box)


def ask_passphrase(parent: QWidget | None, problem: str) -> str | None:
    dlg = PassphraseDialog(problem, parent)
    return dlg.edit.text() if dlg.exec() == QDialog.DialogCode.Accepted and dlg.edit.text() else None


def confirm_wipe(parent: QWidget | None) -> bool:
    """"Hapus semua data": says exactly what goes and what stays, and defaults to No."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("gui.menu.wipe"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(tr("gui.wipe.question"))
    box.setInformativeText(tr("gui.wipe.detail"))
    yes = box.addButton(tr("gui.wipe.yes"), QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(tr("gui.wipe.no"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_store_recovery(parent: QWidget | None, message: str, can_restore: bool) -> str:
    """A damaged store: "restore", "start_over" or "cancel" (the damaged file is kept either way)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("gui.recovery.title"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    restore = box.addButton(tr("gui.recovery.restore"), QMessageBox.ButtonRole.AcceptRole) if can_restore else None
    fresh = box.addButton(tr("gui.recovery.start_over"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(tr("gui.recovery.later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or later)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    if clicked is fresh:
        return "start_over"
    return "cancel"
