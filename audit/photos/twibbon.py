"""Is there a campaign frame (twibbon) over a profile or cover picture?

A twibbon is an overlay: flat coloured bands along the edges of a square
picture, usually with text in the band, and the user's photo in the middle.
Two signals, both cheap: how many edges carry a flat band (one colour over
most of the strip, little texture), and how much of the recognised text
sits in the border rather than in the photo. Neither proves a campaign:
the frame text, matched by the rule packs, does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from audit.photos.ocr import OcrLine

BAND = 0.14         # strip depth, as a fraction of the side
FLAT_SHARE = 0.5    # a strip is a band when one colour covers this much of it
RING = 0.025        # depth of the thin outer border
BORDER_TEXT = 0.6   # share of text area in the border for "frame text"


@dataclass(frozen=True, slots=True)
class FrameSignal:
    flat_sides: int           # 0..4 edges with a flat coloured band
    border_text: float        # share of OCR text area inside the border ring
    score: float              # 0..1
    ringed: bool = False      # one colour along all four outer edges

    @property
    def framed(self) -> bool:
        return self.score >= 0.5

    def to_json(self) -> dict[str, Any]:
        return {"flat_sides": self.flat_sides, "border_text": round(self.border_text, 3),
                "score": round(self.score, 3), "ringed": self.ringed}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "FrameSignal":
        return cls(d["flat_sides"], d["border_text"], d["score"], d.get("ringed", False))


def _band_colour(strip: Any) -> tuple[float, float, float] | None:
    """The strip's colour when one saturated colour covers most of it, else None."""
    import numpy as np
    px = strip.reshape(-1, 3).astype(np.float32)
    med = np.median(px, axis=0)
    share = float((np.abs(px - med).sum(axis=1) < 60).mean())
    # Sky and white walls are flat too; a frame band is a saturated colour.
    if share < FLAT_SHARE or float(med.max() - med.min()) < 60:
        return None
    return (float(med[0]), float(med[1]), float(med[2]))


def frame_signal(rgb: Any, lines: list[OcrLine]) -> FrameSignal:
    h, w = rgb.shape[:2]
    dy, dx = max(1, int(h * BAND)), max(1, int(w * BAND))
    flat_sides = sum(_band_colour(s) is not None
                     for s in (rgb[:dy], rgb[h - dy:], rgb[:, :dx], rgb[:, w - dx:]))
    # A thin border of one colour on all four edges: photos hardly ever have it.
    ty, tx = max(1, int(h * RING)), max(1, int(w * RING))
    ring = [_band_colour(s) for s in (rgb[:ty], rgb[h - ty:], rgb[:, :tx], rgb[:, w - tx:])]
    ringed = all(c is not None for c in ring) and max(
        abs(a - b) for c in ring for a, b in zip(c, ring[0])) < 50  # type: ignore[arg-type]
    total = inside = 0.0
    for ln in lines:
        x0, y0, x1, y1 = ln.box
        area = max(1.0, (x1 - x0) * (y1 - y0))
        total += area
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if cy < h * 0.22 or cy > h * 0.78 or cx < w * 0.12 or cx > w * 0.88:
            inside += area
    border_text = inside / total if total else 0.0
    score = min(1.0, 0.3 * flat_sides + (0.4 if ringed else 0.0)
                + (0.3 if border_text >= BORDER_TEXT else 0.0))
    return FrameSignal(flat_sides, border_text, score, ringed)
