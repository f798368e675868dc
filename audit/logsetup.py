"""Logging for the app and the CLI: a small rotating file in the data folder.

Policy: logs hold counts, ids, codes and timings — never the content of
posts, names of accounts, groups or pages, or file names from archives
(they can name people). ``ContentFilter`` is a last line of defence: log
records whose arguments are not numbers, codes or enums are reduced to
their types before they are written.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from enum import Enum
from pathlib import Path

from audit.paths import data_dir

LOG_NAME = "jejak-netral.log"
_CODE = re.compile(r"^[A-Za-z0-9_.:\-]{1,64}$")


class ContentFilter(logging.Filter):
    """Drops free text from log arguments: only numbers, enums and code-like tokens pass."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(self._safe(a) for a in args)
        return True

    @staticmethod
    def _safe(a: object) -> object:
        if isinstance(a, (int, float, bool)) or a is None:
            return a
        if isinstance(a, Enum):
            return a.value
        if isinstance(a, str) and _CODE.match(a):
            return a
        return f"<{type(a).__name__}>"


def log_dir() -> Path:
    return data_dir() / "logs"


def setup_file_logging(level: int = logging.INFO) -> Path:
    """Attach a rotating file handler (1 MB x 3) with the content filter to the root logger."""
    d = log_dir()
    d.mkdir(parents=True, exist_ok=True)
    path = d / LOG_NAME
    root = logging.getLogger()
    for h in root.handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path:
            return path
    h = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    h.addFilter(ContentFilter())
    root.addHandler(h)
    root.setLevel(min(root.level or level, level))
    return path
