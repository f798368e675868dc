"""One running app per user data folder.

A lock file in the data folder decides who runs; a local socket (named after
the folder) lets a second start hand its archive paths to the running one and exit.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)


def server_name(data_folder: Path) -> str:
    digest = hashlib.sha1(str(data_folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"jejak-netral-{digest}"


class SingleInstance(QObject):
    message_received = Signal(list)   # archive paths sent by a second start (may be empty)

    def __init__(self, data_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_folder)
        self.lock = QLockFile(str(data_folder / "app.lock"))
        self.lock.setStaleLockTime(0)  # a crashed app's lock is detected by its dead PID
        self.server: QLocalServer | None = None
        self._pending: list[QLocalSocket] = []

    def acquire(self) -> bool:
        if not self.lock.tryLock(200):
            return False
        QLocalServer.removeServer(self.name)  # left behind by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            log.warning("single-instance server could not listen: %s", self.server.errorString())
        self.server.newConnection.connect(self._on_connection)
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def send(self, paths: list[str], timeout_ms: int = 2000) -> bool:
        """From a second start: hand the paths over; True if the running app got them."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(timeout_ms):
            return False
        sock.write(json.dumps({"paths": paths}).encode("utf-8") + b"\n")
        ok = sock.waitForBytesWritten(timeout_ms)
        sock.disconnectFromServer()
        return ok

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            self._pending.append(sock)
            sock.readyRead.connect(lambda s=sock: self._read(s))
            self._read(sock)  # the line may already be there

    def _read(self, sock: QLocalSocket) -> None:
        if sock not in self._pending or not sock.canReadLine():
            return
        self._pending.remove(sock)
        try:
            msg = json.loads(bytes(sock.readLine().data()).decode("utf-8"))
            paths = [str(p) for p in msg.get("paths", [])]
        except (ValueError, AttributeError):
            paths = []
        sock.readyRead.disconnect()
        sock.abort()
        sock.deleteLater()
        self.message_received.emit(paths)
