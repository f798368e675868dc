"""Photo audit: hand gestures, text in images, campaign frames on profile pictures.

Optional: needs the ``[photos]`` extra (see docs/photos.md). Importing this
package never needs it; ``photos_available()`` says whether the step can
run and, if not, why (an i18n key the GUI and CLI show as is).
The finger-count logic (``audit.photos.gestures``) is pure Python.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from audit.findings import Finding
    from audit.model import Item
    from audit.photos.analyse import PhotoResult

__all__ = ["photos_available", "analyse_photos", "PhotoResult", "faces_status"]

_REQUIRED = ("numpy", "PIL", "cv2", "rapidocr", "onnxruntime", "mediapipe")


def photos_available() -> tuple[bool, str]:
    """(True, "photos.available" | "photos.available_no_hands") or (False, message key). Never raises."""
    try:
        missing = [m for m in _REQUIRED if importlib.util.find_spec(m) is None]
    except Exception:  # noqa: BLE001 - a broken install is "not available", not a crash
        return False, "photos.unavailable.broken"
    if missing == ["mediapipe"]:
        # Text and frames still work; hand gestures are not checked.
        return True, "photos.available_no_hands"
    if missing:
        return False, "photos.unavailable.missing_extra"
    try:
        import numpy
        if int(numpy.__version__.split(".")[0]) >= 2:
            return False, "photos.unavailable.numpy2"
    except Exception:  # noqa: BLE001
        return False, "photos.unavailable.broken"
    return True, "photos.available"


def faces_status(enabled: bool = False, ruleset: Any = None) -> str:
    """Face matching of candidates: always off in this version, and the key says why."""
    if not enabled:
        return "photos.faces.off"
    return "photos.faces.no_descriptors"


def analyse_photos(archive: Any, items: Iterable["Item"], ruleset_or_auditor: Any,
                   progress: Callable[[int, int], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None, **options: Any) -> Iterator["Finding"]:
    from audit.photos.analyse import analyse_photos as run
    return run(archive, items, ruleset_or_auditor, progress, is_cancelled, **options)


def __getattr__(name: str) -> Any:
    if name == "PhotoResult":
        from audit.photos.analyse import PhotoResult
        return PhotoResult
    raise AttributeError(name)
