"""Loaded by Python at start-up when this folder is on PYTHONPATH (no-network tests).

Every attempt to open a network connection or resolve a name is refused and
written to $JN_NETGUARD_LOG, so a test can prove that a whole run of the CLI
or the GUI opened no connection at all. Unix-domain sockets (Qt's single-
instance lock) are local and allowed.
"""

import os
import socket

_LOG = os.environ.get("JN_NETGUARD_LOG")


def _record(what: str) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(what + "\n")


def _is_local_unix(sock: socket.socket) -> bool:
    return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


_orig_connect = socket.socket.connect
_orig_connect_ex = socket.socket.connect_ex


def _connect(self, address):  # type: ignore[no-untyped-def]
    if _is_local_unix(self):
        return _orig_connect(self, address)
    _record(f"connect {address!r}")
    raise OSError("network blocked by the no-network test")


def _connect_ex(self, address):  # type: ignore[no-untyped-def]
    if _is_local_unix(self):
        return _orig_connect_ex(self, address)
    _record(f"connect_ex {address!r}")
    raise OSError("network blocked by the no-network test")


def _getaddrinfo(host, *a, **k):  # type: ignore[no-untyped-def]
    _record(f"getaddrinfo {host!r}")
    raise socket.gaierror("name resolution blocked by the no-network test")


socket.socket.connect = _connect  # type: ignore[method-assign]
socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
socket.getaddrinfo = _getaddrinfo  # type: ignore[assignment]
_record("guard-installed")
