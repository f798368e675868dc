"""Logs hold counts and ids, never content: checked on a real debug scan of the demo archive."""

from __future__ import annotations

import logging

from audit.cli import main
from audit.logsetup import LOG_NAME, ContentFilter, log_dir


def test_filter_keeps_codes_and_numbers_and_drops_text():
    rec = logging.LogRecord("x", logging.INFO, __file__, 1, "a %s %s %s %s", (
        "store.migrated", 42, "Relawan Prabowo-Gibran Kota Contoh", ["Budi"]), None)
    ContentFilter().filter(rec)
    msg = rec.getMessage()
    assert "store.migrated" in msg and "42" in msg
    assert "Relawan" not in msg and "Budi" not in msg


def test_debug_scan_log_has_no_archive_content(tmp_path):
    rc = main(["--debug", "scan", "--quiet", "--json", str(tmp_path / "o.json")])
    assert rc in (0, 2)
    text = (log_dir() / LOG_NAME).read_text(encoding="utf-8")
    for secret in ("Budi", "Santoso", "Relawan", "Coblos", "Keluarga Besar", "Prabowo", "Anies", "Ganjar",
                   "contoh.invalid", "+62"):
        assert secret not in text, secret
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "baseFilename", "").endswith(LOG_NAME):
            root.removeHandler(h)
            h.close()
