"""Installer smoke test of the real, frozen app: open, scan, write the report, exit.

``jejak-netral-app --smoke-test REPORT [PATHS]`` (or JEJAK_NETRAL_SMOKE=1 with
JEJAK_NETRAL_SMOKE_REPORT): the main window scans the given archives (the
demo if none) through the same worker and store as a user would, writes the
personal report (PDF or HTML by the file's extension), prints one summary
line and exits 0. Any failure exits non-zero with the reason on stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

SMOKE_TIMEOUT_MS = 180_000


def run_smoke(app: Any, window: Any, paths: list[str], report: str) -> int:
    from desktop import dialogs

    state = {"code": 3, "why": "timeout"}
    # No questions in a smoke test: the demo's WhatsApp owner is the demo owner.
    dialogs.ask_whatsapp_self = lambda _parent, names: names[0] if names else None  # type: ignore[assignment]

    def finish(code: int, why: str = "") -> None:
        state["code"], state["why"] = code, why
        app.quit()

    def on_result() -> None:
        out = window.outcome
        if out is None or out.run_id is None or window.store is None:
            finish(4, "no stored run (store unavailable: set JEJAK_NETRAL_PASSPHRASE where no keyring exists)")
            return
        try:
            dest = Path(report)
            if dest.suffix.lower() == ".pdf":
                from desktop.report_pdf import write_report_pdf
                write_report_pdf(window.store, out.run_id, dest)
            else:
                from audit.report import render_html
                dest.write_text(render_html(window.store, out.run_id), encoding="utf-8")
        except Exception as e:  # noqa: BLE001 - reported, and the exit code says it failed
            finish(5, f"report failed: {type(e).__name__}: {e}")
            return
        res = out.result
        print(f"smoke ok: sources={len(res.sources)} items={res.items_total} findings={len(res.findings)} "
              f"report={dest} bytes={dest.stat().st_size}", flush=True)
        finish(0)

    window.result_shown.connect(on_result)
    window.worker.crashed.connect(lambda text: finish(6, "worker crashed:\n" + text))
    QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: finish(3, "timeout"))
    if paths:
        QTimer.singleShot(0, lambda: window.start_scan(paths))
    else:
        QTimer.singleShot(0, window.load_demo)
    app.exec()
    if state["code"] != 0:
        print(f"smoke failed ({state['code']}): {state['why']}", file=sys.stderr, flush=True)
    window.worker.cancel_and_wait()
    if window.store is not None:
        window.store.close()
    return state["code"]
