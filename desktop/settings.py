"""User settings, declared once, stored as an INI file in the data folder.

Nothing here is secret. A file Qt cannot parse is moved aside (never silently
overwritten) before defaults are used.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from audit.i18n import LANGS
from audit.paths import data_dir
from audit.timeutil import ZONES, system_zone_name

log = logging.getLogger(__name__)

# key -> (default, type). Add keys here only; every read goes through ``get``.
DEFAULTS: dict[str, tuple[Any, type]] = {
    "language": ("id", str),
    "timezone": ("", str),          # "" = not asked yet
    "welcome_done": (False, bool),
    "whatsapp_self": ("", str),
    "last_folder": ("", str),
    "check_photos": (False, bool),  # the slower photo check, opt-in
    "autolock_minutes": (0, int),   # 0 = off
}


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (data_dir() / "settings.ini")
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._q.status() == QSettings.Status.FormatError:
            aside = self.path.with_name(f"{self.path.name}.broken-{int(time.time())}")
            log.warning("settings file unreadable, moved aside")
            self._q = None  # type: ignore[assignment]
            self.path.replace(aside)
            self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def release(self) -> None:
        """Let go of the file (before "Hapus semua data" removes the folder)."""
        self._q.sync()
        self._q = None  # type: ignore[assignment]

    def reopen(self) -> None:
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        default, typ = DEFAULTS[key]
        value = self._q.value(key, default)
        if typ is bool:
            return value in (True, "true", "1", 1) if not isinstance(value, bool) else value
        try:
            return typ(value)
        except (TypeError, ValueError):
            return default

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._q.setValue(key, value)
        self._q.sync()

    def is_set(self, key: str) -> bool:
        return self._q.contains(key)

    @property
    def language(self) -> str:
        # The user's choice wins; before any choice, the organisation's default (HR file).
        if not self.is_set("language"):
            org = _org_defaults()
            if org.language in LANGS:
                return org.language  # type: ignore[return-value]
        lang = self.get("language")
        return lang if lang in LANGS else "id"

    @property
    def timezone(self) -> str:
        tz = self.get("timezone")
        if tz in ZONES:
            return tz
        org = _org_defaults()
        return org.timezone if org.timezone in ZONES else system_zone_name()

    @property
    def timezone_asked(self) -> bool:
        return self.get("timezone") in ZONES


def _org_defaults():  # type: ignore[no-untyped-def]
    from audit.orgconfig import load_org_config
    return load_org_config()
