"""Bahasa Indonesia for Qt's own dialogs and buttons.

Qt ships no Indonesian catalogue, so without this a QMessageBox says "Yes"/
"Cancel" and the file dialog says "Look in:" inside an Indonesian app. The
strings live in resources/translations/qt_id.toml (Qt context -> English
source -> Indonesian). Call once after the QApplication exists, and again
when the user switches language:

    from desktop.qt_strings import install_qt_indonesian
    install_qt_indonesian(app, settings.language)
"""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from audit.paths import resource_path

log = logging.getLogger(__name__)

CATALOGUE = ("translations", "qt_id.toml")


def load_table(path: Path | None = None) -> dict[str, dict[str, str]]:
    """{context: {english source: indonesian}} from the TOML catalogue; empty if unreadable."""
    p = path or resource_path(*CATALOGUE)
    try:
        with p.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as e:
        # English buttons are better than no app: say so in the log and go on.
        log.warning("Qt Indonesian strings not loaded (%s)", type(e).__name__)
        return {}
    return {ctx: {k: v for k, v in table.items() if isinstance(v, str)}
            for ctx, table in data.items() if isinstance(table, dict)}


class TableTranslator(QTranslator):
    """A QTranslator answering from a dict instead of a compiled .qm file."""

    def __init__(self, table: dict[str, dict[str, str]], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._table = table

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:
        # None (a null QString) tells Qt "not mine": it then tries other translators
        # and finally shows the English source. An empty string would blank the label.
        return self._table.get(context, {}).get(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._table


_installed: TableTranslator | None = None


def install_qt_indonesian(app: QCoreApplication | None = None, lang: str = "id") -> TableTranslator | None:
    """Translate Qt's own strings when ``lang`` is Indonesian; remove the translation otherwise.

    Safe to call repeatedly (e.g. on every language switch). Returns the
    installed translator, or None when none is installed.
    """
    global _installed
    app = app or QCoreApplication.instance()
    if app is None:
        return None
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if lang != "id":
        return None
    table = load_table()
    if not table:
        return None
    tr = TableTranslator(table, app)
    if app.installTranslator(tr):
        _installed = tr
    return _installed
