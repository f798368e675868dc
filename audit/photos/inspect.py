"""What the models see in one photo or video frame. Runs inside a worker process.

Input is the file's bytes (photos) or a temporary file path (videos, whose
first frames OpenCV reads); output is a plain dict (JSON-able) that goes
into the cache and back to the main process. Nothing here knows about
rules, dates of uploads or findings.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

ANALYSE_SIDE = 1280       # longer side the models see: enough for banners, cheap for hands
THUMB_SIDE = 256
MAX_PIXELS = 60_000_000   # larger "photos" are decompression bombs, not phone pictures
ALL_CHECKS = ("hands", "ocr", "frame")

_hands = None
_reader = None


def _detector() -> Any:
    global _hands
    if _hands is None:
        from audit.photos.hands import HandDetector
        _hands = HandDetector()
    return _hands


def _text_reader() -> Any:
    global _reader
    if _reader is None:
        from audit.photos.ocr import TextReader
        _reader = TextReader()
    return _reader


def init_worker(checks: tuple[str, ...]) -> None:
    """Load the models once per worker process, before the first photo."""
    import os
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        import cv2
        cv2.setNumThreads(1)
    except ImportError:
        pass
    if "hands" in checks:
        _detector()
    if "ocr" in checks or "frame" in checks:
        _text_reader()


def _exif_date(img: Any) -> str | None:
    try:
        exif = img.getexif()
        sub = exif.get_ifd(0x8769)
        raw = sub.get(0x9003) or sub.get(0x9004) or exif.get(0x0132)
    except Exception:  # noqa: BLE001 - broken EXIF is common and never fatal
        return None
    return str(raw).strip("\x00 ") if raw else None


def _decode_photo(data: bytes) -> tuple[Any, str | None]:
    from PIL import Image, ImageOps
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    img = Image.open(io.BytesIO(data))
    img.draft("RGB", (ANALYSE_SIDE, ANALYSE_SIDE))   # JPEG: decode at reduced size, far less memory
    exif = _exif_date(img)
    img = ImageOps.exif_transpose(img).convert("RGB")
    img.thumbnail((ANALYSE_SIDE, ANALYSE_SIDE))
    return img, exif


def _decode_video(path: str) -> Any:
    import cv2
    from PIL import Image
    cap = cv2.VideoCapture(path)
    try:
        frames = int(cap.get(cv2.CAP_PROP_FRAME_COUNT) or 0)
        if frames > 10:
            cap.set(cv2.CAP_PROP_POS_FRAMES, min(frames // 3, 300))
        ok, frame = cap.read()
    finally:
        cap.release()
    if not ok or frame is None:
        return None
    img = Image.fromarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
    img.thumbnail((ANALYSE_SIDE, ANALYSE_SIDE))
    return img


def inspect(sha: str, data: bytes | None, video_path: str | None, checks: tuple[str, ...],
            thumb: str | None) -> dict[str, Any]:
    """Everything the checks see in one file. Never raises for a bad file."""
    out: dict[str, Any] = {"sha": sha, "checks": list(checks), "error": None, "width": 0, "height": 0,
                           "exif_date": None, "hands": [], "ocr": [], "frame": None}
    try:
        if video_path is not None:
            img = _decode_video(video_path)
            if img is None:
                out["error"] = "photos.error.video_unreadable"
                return out
        else:
            img, out["exif_date"] = _decode_photo(data or b"")
    except MemoryError:
        out["error"] = "photos.error.too_large"
        return out
    except Exception as exc:  # noqa: BLE001 - any decoder failure means "not a readable image"
        out["error"] = ("photos.error.too_large" if type(exc).__name__ == "DecompressionBombError"
                        else "photos.error.unreadable")
        return out
    import numpy as np
    out["width"], out["height"] = img.size
    if thumb and not Path(thumb).exists():
        t = img.copy()
        t.thumbnail((THUMB_SIDE, THUMB_SIDE))
        tmp = Path(thumb + ".part")
        t.save(tmp, "JPEG", quality=80)
        tmp.replace(thumb)
    rgb = np.asarray(img)
    if "hands" in checks:
        out["hands"] = [h.to_json() for h in _detector().detect(rgb)]
    lines = []
    if "ocr" in checks or "frame" in checks:
        lines = _text_reader().read(rgb[:, :, ::-1].copy())
        out["ocr"] = [ln.to_json() for ln in lines]
    if "frame" in checks:
        from audit.photos.twibbon import frame_signal
        out["frame"] = frame_signal(rgb, lines).to_json()
    return out
