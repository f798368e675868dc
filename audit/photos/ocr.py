"""Text in images with RapidOCR (PP-OCR models inside the rapidocr wheel, run by onnxruntime).

Only the models the wheel ships are used; RapidOCR downloads other models
on demand, so the configuration never names one. One thread per engine:
the photo step runs two worker processes on a two-core laptop.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

MIN_SCORE = 0.6   # lines RapidOCR itself doubts are mostly texture read as "0" or "8"


@dataclass(frozen=True, slots=True)
class OcrLine:
    text: str
    score: float
    box: tuple[float, float, float, float]   # x0, y0, x1, y1 in pixels of the analysed image

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "score": round(self.score, 3), "box": [round(v, 1) for v in self.box]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "OcrLine":
        return cls(d["text"], d["score"], tuple(d["box"]))  # type: ignore[arg-type]


class TextReader:
    def __init__(self, threads: int = 1) -> None:
        from rapidocr import RapidOCR
        self._engine = RapidOCR(params={
            "Global.log_level": "error",
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        })
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)

    def read(self, bgr: Any) -> list[OcrLine]:
        """``bgr``: HxWx3 uint8 array (OpenCV order). Lines in reading order."""
        res = self._engine(bgr)
        if not res.txts:
            return []
        out: list[OcrLine] = []
        for text, score, box in zip(res.txts, res.scores, res.boxes):
            text = str(text).strip()
            if not text or float(score) < MIN_SCORE:
                continue
            xs, ys = [float(p[0]) for p in box], [float(p[1]) for p in box]
            out.append(OcrLine(text, float(score), (min(xs), min(ys), max(xs), max(ys))))
        out.sort(key=lambda ln: (round(ln.box[1] / 20), ln.box[0]))
        return out
