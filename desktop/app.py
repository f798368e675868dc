"""``jejak-netral-app [PATHS...] [--demo] [--data-dir DIR] [--lang id|en]``.

With no paths the start page opens (first start: the welcome); ``--demo``
opens directly on the bundled demo archive.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence

from audit.i18n import LANGS, set_language
from audit.paths import data_dir, set_data_dir


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="jejak-netral-app", description="Jejak Netral")
    p.add_argument("paths", nargs="*", help="archives to open (zip, parts, folders, export files)")
    p.add_argument("--demo", action="store_true", help="open on the bundled demo archive")
    p.add_argument("--data-dir", default=None, help="keep settings and the local store in this folder")
    p.add_argument("--lang", choices=LANGS, default=None, help="interface language (remembered)")
    p.add_argument("--smoke-test", metavar="REPORT", default=os.environ.get("JEJAK_NETRAL_SMOKE_REPORT")
                   if os.environ.get("JEJAK_NETRAL_SMOKE") else None,
                   help="installer check: open, scan (demo if no paths), write REPORT (.pdf/.html), exit 0")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    # The photo check uses worker processes; a frozen Windows app must let them start.
    multiprocessing.freeze_support()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.data_dir:
        set_data_dir(args.data_dir)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop.crash_dialog import install_crash_handler
    from desktop.main_window import MainWindow, app_icon
    from desktop.settings import Settings
    from desktop.single_instance import SingleInstance

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Jejak Netral")
    app.setOrganizationName("JejakNetral")
    app.setWindowIcon(app_icon())

    folder = data_dir()
    instance = SingleInstance(folder)
    if not instance.acquire():
        from pathlib import Path
        instance.send([str(Path(p).resolve()) for p in args.paths])
        return 0

    settings = Settings()
    if args.lang:
        settings.set("language", args.lang)
    set_language(settings.language)
    from desktop.qt_strings import install_qt_indonesian
    install_qt_indonesian(app, settings.language)
    install_crash_handler()

    window = MainWindow(settings)
    instance.message_received.connect(window.open_from_other_start)
    window.show()
    if args.smoke_test:
        from desktop.smoke import run_smoke
        code = run_smoke(app, window, args.paths, args.smoke_test)
        instance.release()
        return code
    if args.paths:
        window.start_scan(args.paths)
    elif args.demo:
        window.load_demo()
    try:
        return app.exec()
    finally:
        instance.release()


if __name__ == "__main__":
    sys.exit(main())
