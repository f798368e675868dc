"""Install MediaPipe for the photo audit without its heavy declared dependencies.

Run after ``pip install -e .[photos]`` (tasks.py does it):
    python packaging/install_photo_extra.py
It installs mediapipe==0.10.21 with --no-deps (the last release whose wheel
carries the Hands models), then checks that hands and OCR load offline.
"""

from __future__ import annotations

import subprocess
import sys

MEDIAPIPE = "mediapipe==0.10.21"


def main() -> int:
    try:
        from importlib.metadata import version
        have = version("mediapipe")
    except Exception:  # noqa: BLE001
        have = None
    if have != MEDIAPIPE.split("==")[1]:
        rc = subprocess.call([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                              "--no-deps", MEDIAPIPE])
        if rc != 0:
            print("[photos] could not install " + MEDIAPIPE, file=sys.stderr)
            return rc
    check = ("from audit.photos.hands import import_mediapipe_hands; import_mediapipe_hands(); "
             "import rapidocr, onnxruntime, cv2; from audit.photos import photos_available; "
             "ok, key = photos_available(); print('[photos]', key); raise SystemExit(0 if ok else 1)")
    return subprocess.call([sys.executable, "-c", check])


if __name__ == "__main__":
    raise SystemExit(main())
