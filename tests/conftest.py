"""Shared test setup: offscreen Qt, a private data folder per test, Indonesian pinned,
and two fixtures tests ask for by name: ``auditor`` (the engine on the shipped packs) and
``html_backend`` (one run per HTML tokenizer).

Kept small on purpose: every test in the suite runs through it.
"""

from __future__ import annotations

import os

import pytest

# Qt must never try to open a real display in tests; `QT_QPA_PLATFORM=xcb pytest` opts out.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_and_language(tmp_path, monkeypatch):
    from audit import i18n, paths

    data = tmp_path / "jejak-netral-data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data))
    paths.set_data_dir(None)
    i18n.set_language("id")
    yield data
    paths.set_data_dir(None)
    i18n.set_language("id")


@pytest.fixture(autouse=True, scope="session")
def _no_network_outside_loopback():
    """The whole suite runs with connections refused except to this machine (loopback tests)."""
    import ipaddress
    import socket

    orig = socket.socket.connect

    def guarded(self, address):  # type: ignore[no-untyped-def]
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]
            try:
                ok = ipaddress.ip_address(host).is_loopback
            except ValueError:
                ok = host == "localhost"
            if not ok:
                raise OSError(f"test suite: network connection to {host!r} refused")
        return orig(self, address)

    socket.socket.connect = guarded  # type: ignore[method-assign]
    yield
    socket.socket.connect = orig  # type: ignore[method-assign]


@pytest.fixture(scope="module")
def auditor():
    """The engine on the shipped rule packs, built once per test module."""
    from audit.engine import Auditor
    from audit.rules import load_packs
    return Auditor(load_packs())


@pytest.fixture(params=["libxml2", "stdlib"])
def html_backend(request, monkeypatch):
    """Runs a test once per HTML tokenizer (lxml's libxml2, then html.parser)."""
    from audit.importers import htmltree
    if request.param == "stdlib":
        monkeypatch.setattr(htmltree, "_lxml", None)
    elif htmltree._lxml is None:
        pytest.skip("lxml is not installed")
    return request.param
