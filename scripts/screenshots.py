"""Screenshots of every screen at 1366x768, in Indonesian, on the bundled demo archive.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py

Writes docs/screenshots/*.png. Uses a throwaway data folder, so it runs as a
first start. Without a display it falls back to Qt's offscreen platform.
Also renders resources/icons/jejak-netral-256.png from the SVG icon.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    data = tempfile.mkdtemp(prefix="jejak-netral-shots-")
    os.environ["JEJAK_NETRAL_DATA_DIR"] = data
    os.environ.setdefault("JEJAK_NETRAL_PASSPHRASE", "tangkapan-layar-sementara")  # throwaway store

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from audit.i18n import set_language
    set_language("id")
    from desktop import dialogs
    from desktop.help_dialog import HelpDialog
    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    OUT.mkdir(parents=True, exist_ok=True)
    icon_png = ROOT / "resources" / "icons" / "jejak-netral-256.png"
    img = QImage(256, 256, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "jejak-netral.svg")).render(painter)
    painter.end()
    img.save(str(icon_png))

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(widget: object, name: str) -> None:
        settle()
        widget.grab().save(str(OUT / f"{name}.png"))  # type: ignore[attr-defined]
        print("wrote", OUT / f"{name}.png")

    def wait_for(signal: object, ms: int = 120_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    # The WhatsApp question: answered as the demo's owner, shown once as its own picture.
    def who_am_i(parent: object, names: list[str]) -> str:
        dlg = dialogs.WhoAreYouDialog(names, parent)  # type: ignore[arg-type]
        dlg.resize(520, 320)
        dlg.show()
        shot(dlg, "06-whatsapp-who-are-you")
        dlg.close()
        return "Budi Santoso"
    dialogs.ask_whatsapp_self = who_am_i  # type: ignore[assignment]

    w = MainWindow(Settings())
    w.resize(*SIZE)
    w.show()
    shot(w, "01-welcome")

    help_dlg = HelpDialog(w, "facebook")
    help_dlg.show()
    shot(help_dlg, "02-help-download")
    help_dlg.close()

    grabbed = {"done": False}

    def on_progress(p: object) -> None:
        if not grabbed["done"] and getattr(p, "stage", "") == "import" and getattr(p, "items", 0) > 0:
            grabbed["done"] = True
            w.progress.update_progress(p)
            shot(w, "03-progress")
    w.worker.progress.connect(on_progress)
    w.load_demo()
    wait_for(w.result_shown)
    if not grabbed["done"]:
        print("note: the demo scan finished before a mid-import progress event; no progress shot")
    shot(w, "04-overview")
    w.show_tab(1)
    fv = w.findings
    for row in range(fv.proxy.rowCount()):
        f = fv.proxy.finding_at(row)
        if any(e.field == "text" for e in f.evidence):
            fv.select_row(row)
            break
    shot(w, "05-findings")
    fv.severity.setCurrentIndex(fv.severity.findData("high") if fv.severity.findData("high") > 0 else 1)
    shot(w, "07-findings-filtered")
    fv.reset_filters()
    w.show_tab(2)
    shot(w, "08-coverage")
    w.show_tab(3)
    shot(w, "09-checklist")
    # A photo finding (the demo's banner photos) when the photo libraries are installed.
    from audit.photos import photos_available
    if photos_available()[0]:
        w.rescan_with_photos()
        wait_for(w.result_shown)
        w.show_tab(1)
        fv = w.findings
        for row in range(fv.proxy.rowCount()):
            if fv.proxy.finding_at(row).rule.startswith("photo."):
                fv.select_row(row)
                break
        shot(w, "10-photo-finding")
    w.lock()
    shot(w, "11-locked")
    w.unlock(os.environ["JEJAK_NETRAL_PASSPHRASE"])
    w.go_home()
    shot(w, "12-start-again-last-results")
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
