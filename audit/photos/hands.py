"""Hand landmarks from MediaPipe 0.10.21's legacy Hands solution (models inside the wheel).

MediaPipe is installed without its declared dependencies (jax, full OpenCV,
matplotlib...): see docs/photos.md. Its package imports matplotlib only for
a 3-D plotting helper we never call, so when matplotlib is absent a
placeholder module stands in during that one import and is removed again.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from dataclasses import dataclass
from typing import Any

# The landmark graph logs to stderr through glog/absl; keep the console of
# the worker quiet.
os.environ.setdefault("GLOG_minloglevel", "2")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

MIN_DETECTION = 0.5
MIN_HANDEDNESS = 0.8   # below this the landmark model itself doubts it saw a hand
MIN_HAND_SIZE = 0.04   # hand box diagonal / shorter image side: smaller is a face in a crowd


@dataclass(frozen=True, slots=True)
class HandObservation:
    landmarks: list[tuple[float, float, float]]   # pixels (x, y) and z in pixel scale
    handedness: str                                # "Left" | "Right" (as MediaPipe sees it)
    score: float
    size: float                                    # box diagonal / shorter image side

    def to_json(self) -> dict[str, Any]:
        return {"landmarks": [[round(v, 1) for v in p] for p in self.landmarks],
                "handedness": self.handedness, "score": round(self.score, 3),
                "size": round(self.size, 3)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "HandObservation":
        return cls([tuple(p) for p in d["landmarks"]], d["handedness"], d["score"], d["size"])  # type: ignore[misc]


def import_mediapipe_hands() -> Any:
    """``mediapipe.python.solutions.hands`` without pulling matplotlib in."""
    placeholder = importlib.util.find_spec("matplotlib") is None
    if placeholder:
        mpl = types.ModuleType("matplotlib")
        plt = types.ModuleType("matplotlib.pyplot")
        mpl.pyplot = plt  # type: ignore[attr-defined]
        sys.modules["matplotlib"], sys.modules["matplotlib.pyplot"] = mpl, plt
    try:
        from mediapipe.python.solutions import hands as mp_hands
    finally:
        if placeholder:
            sys.modules.pop("matplotlib", None)
            sys.modules.pop("matplotlib.pyplot", None)
    return mp_hands


class HandDetector:
    """One MediaPipe graph, reused for every photo in a worker process."""

    def __init__(self, max_hands: int = 4, complexity: int = 1) -> None:
        mp_hands = import_mediapipe_hands()
        self._hands = mp_hands.Hands(static_image_mode=True, max_num_hands=max_hands,
                                     model_complexity=complexity,
                                     min_detection_confidence=MIN_DETECTION)

    def detect(self, rgb: Any) -> list[HandObservation]:
        """``rgb``: HxWx3 uint8 numpy array."""
        h, w = rgb.shape[:2]
        res = self._hands.process(rgb)
        out: list[HandObservation] = []
        if not res.multi_hand_landmarks:
            return out
        sides = res.multi_handedness or []
        for k, hand in enumerate(res.multi_hand_landmarks):
            pts = [(p.x * w, p.y * h, p.z * w) for p in hand.landmark]
            cls = sides[k].classification[0] if k < len(sides) else None
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            diag = ((max(xs) - min(xs)) ** 2 + (max(ys) - min(ys)) ** 2) ** 0.5
            out.append(HandObservation(pts, cls.label if cls else "", float(cls.score) if cls else 0.0,
                                       diag / max(1, min(h, w))))
        return out

    def close(self) -> None:
        self._hands.close()
