"""Indonesian strings for Qt's own dialogs (desktop/qt_strings.py, resources/translations/qt_id.toml)."""

from __future__ import annotations

import re
import struct
import tomllib
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox  # noqa: E402

from audit.paths import resource_path  # noqa: E402
from desktop.qt_strings import install_qt_indonesian, load_table  # noqa: E402

pytestmark = pytest.mark.gui
CATALOGUE = resource_path("translations", "qt_id.toml")


def _qm_sources(path: Path) -> set[tuple[str, str]]:
    """(context, source) pairs of a compiled Qt catalogue (.qm)."""
    data = path.read_bytes()
    i, msgs = 16, b""
    while i < len(data):
        tag, ln = data[i], struct.unpack(">I", data[i + 1:i + 5])[0]
        if tag == 0x69:
            msgs = data[i + 5:i + 5 + ln]
        i += 5 + ln
    out, cur, j = set(), {}, 0
    while j < len(msgs):
        t = msgs[j]
        j += 1
        if t == 1:
            if "ctx" in cur and "src" in cur:
                out.add((cur["ctx"], cur["src"]))
            cur = {}
            continue
        if t == 5:
            continue
        ln = struct.unpack(">I", msgs[j:j + 4])[0]
        ln = 0 if ln == 0xFFFFFFFF else ln
        val = msgs[j + 4:j + 4 + ln]
        j += 4 + ln
        if t == 6:
            cur["src"] = val.decode("utf-8")
        elif t == 7:
            cur["ctx"] = val.decode("utf-8")
    return out


def test_every_key_is_a_real_qt_source_string():
    import PySide6
    qm = Path(PySide6.__file__).parent / "Qt" / "translations" / "qtbase_de.qm"
    if not qm.exists():
        pytest.skip("this PySide6 has no Qt catalogues to compare with")
    known = _qm_sources(qm)
    assert len(known) > 1000
    table = load_table(CATALOGUE)
    unknown = [(c, s) for c, t in table.items() for s in t if (c, s) not in known]
    assert not unknown, f"not Qt source strings (typo?): {unknown}"


def test_mnemonics_and_placeholders_survive():
    data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    for ctx, table in data.items():
        for src, dst in table.items():
            assert dst.strip(), (ctx, src)
            assert (src.replace("&&", "").count("&") == 1) == (dst.replace("&&", "").count("&") == 1), (ctx, src, dst)
            assert sorted(re.findall(r"%\d", src)) == sorted(re.findall(r"%\d", dst)), (ctx, src, dst)
            assert src.count("\n") == dst.count("\n"), (ctx, src)


def test_buttons_and_dialogs_speak_indonesian_then_english_again(qapp):
    try:
        assert install_qt_indonesian(qapp, "id") is not None
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
        mb = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                         QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert mb.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
        assert mb.button(QMessageBox.StandardButton.No).text() == "&Tidak"
        # Untranslated strings fall through to Qt's English, never to an empty label.
        assert QCoreApplication.translate("QPlatformTheme", "No such string") == "No such string"
        install_qt_indonesian(qapp, "id")  # repeat: still exactly one translator
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Cari di:"
        assert install_qt_indonesian(qapp, "en") is None
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box2.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        install_qt_indonesian(qapp, "en")


def test_broken_catalogue_means_english_not_a_crash(tmp_path):
    bad = tmp_path / "qt_id.toml"
    bad.write_text("[QPlatformTheme\n", encoding="utf-8")
    assert load_table(bad) == {}
    assert load_table(tmp_path / "missing.toml") == {}
