"""Shared test setup: offscreen Qt, a private data folder per test, Indonesian pinned.

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
