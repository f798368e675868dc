"""Last resort: an unexpected error shows a dialog the user can copy from.

Nothing is sent anywhere. The text names code locations, not archive content.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from audit import __version__
from audit.i18n import tr
from desktop.widgets import heading, plain_label

log = logging.getLogger(__name__)


def crash_report(details: str) -> str:
    from PySide6 import __version__ as qt_version
    return (f"Jejak Netral {__version__}\nPython {platform.python_version()} · PySide6 {qt_version} · "
            f"{platform.system()} {platform.release()}\n\n{details}")


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("gui.crash.title"))
        self.resize(640, 420)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(tr("gui.crash.title"), 2))
        lay.addWidget(plain_label(tr("gui.crash.explain")))
        self.details = QPlainTextEdit(crash_report(details))
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("gui.crash.details"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        lay.addWidget(self.details, 1)
        box = QDialogButtonBox()
        self.copy_button = box.addButton(tr("gui.crash.copy"), QDialogButtonBox.ButtonRole.ActionRole)
        close = box.addButton(tr("gui.button.close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        box.accepted.connect(self.accept)
        lay.addWidget(box)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(tr("gui.crash.copied"))


class _Relay(QObject):
    """Carries errors from any thread to the GUI thread."""
    error = Signal(str)


_relay: _Relay | None = None
_showing = False


def show_crash(details: str, parent: QWidget | None = None) -> None:
    global _showing
    if _showing:  # one dialog at a time: a repeating error must not stack windows
        log.error("further error while the crash dialog is open")
        return
    _showing = True
    try:
        dlg = CrashDialog(details, parent or QApplication.activeWindow())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.exec()
    finally:
        _showing = False


def install_crash_handler() -> None:
    global _relay
    _relay = _Relay()
    _relay.error.connect(show_crash, Qt.ConnectionType.QueuedConnection)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error:\n%s", text)
        if _relay is not None:
            _relay.error.emit(text)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
