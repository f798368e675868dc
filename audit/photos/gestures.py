"""Reading a number from the 21 hand landmarks MediaPipe gives. Pure Python.

Why joint angles: the usual "fingertip above the middle joint" test only
works for an upright hand; a hand held sideways, pointing down or tilted
towards the camera gives the wrong count. How straight each finger is (the
bend at its three joints, in 3-D) does not depend on how the hand is held.

Landmark order (MediaPipe Hands): 0 wrist; thumb 1-4 (CMC, MCP, IP, tip);
index 5-8, middle 9-12, ring 13-16, little 17-20 (MCP, PIP, DIP, tip).

Which poses count and what number they read as follows the agency pose
lists (BKN, Nov 2023): one finger, V, three fingers, metal, thumbs-up,
"OK" with three fingers raised, four fingers. The finger-gun and "phone"
poses are on some regional lists and read as two. A fist and two-hand
heart are allowed; an open palm reads as five but is mostly waving, so
the caller treats it as evidence only together with campaign context.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Point = Sequence[float]   # (x, y) or (x, y, z), any consistent unit

WRIST = 0
FINGERS: dict[str, tuple[int, int, int, int]] = {
    "thumb": (1, 2, 3, 4),
    "index": (5, 6, 7, 8),
    "middle": (9, 10, 11, 12),
    "ring": (13, 14, 15, 16),
    "pinky": (17, 18, 19, 20),
}
ORDER = ("thumb", "index", "middle", "ring", "pinky")

# Bend limits in degrees (0 = perfectly straight). A finger is "extended"
# below the first limit, "folded" above the second, and "unsure" between;
# measured on synthetic hands and the hand photo from opencv-doc.
_STRAIGHT_SUM, _FOLDED_SUM = 75.0, 120.0       # PIP + DIP bend of a long finger
_MCP_FOLDED = 75.0                              # finger folded at the knuckle only
_THUMB_STRAIGHT, _THUMB_FOLDED = 55.0, 90.0    # thumb MCP + IP bend
_THUMB_ACROSS = 0.25  # how far the thumb tip reaches across the palm, in palm widths
_TOUCH = 0.33         # thumb tip to index tip for "OK", in palm lengths


@dataclass(frozen=True, slots=True)
class FingerState:
    name: str
    extended: bool
    bend: float         # total bend in degrees (straight = 0)
    margin: float       # 0..1: how far from the extended/folded boundary (confidence)


@dataclass(frozen=True, slots=True)
class Pose:
    name: str            # "one_finger", "v_sign", "three_fingers", "metal", "thumbs_up",
                         # "ok_three", "four_fingers", "finger_gun", "call_me",
                         # "open_palm", "fist", "other", "not_a_hand"
    number: int | None   # the number the pose reads as, None when it reads as none
    fingers: tuple[str, ...]   # extended fingers, thumb first
    confidence: float    # 0..1
    reason: str = ""     # for "not_a_hand": which plausibility check failed


LISTED_POSES = frozenset({"one_finger", "v_sign", "three_fingers", "metal", "thumbs_up",
                          "ok_three", "four_fingers", "finger_gun", "call_me"})


# -- small vector helpers (no numpy: this module works without the extra) ----

def _p(lm: Sequence[Point], i: int) -> tuple[float, float, float]:
    pt = lm[i]
    return (float(pt[0]), float(pt[1]), float(pt[2]) if len(pt) > 2 else 0.0)


def _sub(a: tuple[float, float, float], b: tuple[float, float, float]) -> tuple[float, float, float]:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _norm(v: tuple[float, float, float]) -> float:
    return math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2])


def _dist(lm: Sequence[Point], i: int, j: int) -> float:
    return _norm(_sub(_p(lm, i), _p(lm, j)))


def _unit(v: tuple[float, float, float]) -> tuple[float, float, float]:
    n = _norm(v)
    return (v[0] / n, v[1] / n, v[2] / n) if n else (0.0, 0.0, 0.0)


def _angle(u: tuple[float, float, float], v: tuple[float, float, float]) -> float:
    nu, nv = _norm(u), _norm(v)
    if nu == 0 or nv == 0:
        return 180.0   # a zero-length bone is not a straight finger
    c = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (nu * nv)
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def _bend(lm: Sequence[Point], a: int, b: int, c: int) -> float:
    """Bend at joint b: 0 when a-b-c is a straight line, 180 when folded back."""
    return _angle(_sub(_p(lm, b), _p(lm, a)), _sub(_p(lm, c), _p(lm, b)))


def palm_length(lm: Sequence[Point]) -> float:
    return _dist(lm, WRIST, 9)


# -- finger states -----------------------------------------------------------

def _margin(value: float, straight: float, folded: float) -> float:
    mid = (straight + folded) / 2
    half = (folded - straight) / 2 + 30.0
    return max(0.0, min(1.0, abs(value - mid) / half))


def _both(ok1: bool, m1: float, ok2: bool, m2: float) -> float:
    """Confidence of "extended = ok1 and ok2": when folded, the clearest failing
    test decides; when extended, the weakest passing one does."""
    if ok1 and ok2:
        return min(m1, m2)
    return max(m for ok, m in ((ok1, m1), (ok2, m2)) if not ok)


def _across_palm(lm: Sequence[Point], i: int) -> float:
    """Position of landmark i along the index->little knuckle line, in palm widths
    (0 at the index knuckle, 1 at the little one, negative beyond the index side)."""
    base = _p(lm, 5)
    line = _sub(_p(lm, 17), base)
    width = _norm(line)
    if width == 0:
        return 0.0
    v = _sub(_p(lm, i), base)
    return (v[0] * line[0] + v[1] * line[1] + v[2] * line[2]) / (width * width)


def finger_states(lm: Sequence[Point]) -> dict[str, FingerState]:
    if len(lm) < 21:
        raise ValueError("a hand has 21 landmarks")
    out: dict[str, FingerState] = {}
    for name in ORDER:
        a, b, c, d = FINGERS[name]
        if name == "thumb":
            bend = _bend(lm, a, b, c) + _bend(lm, b, c, d)
            # A straight thumb laid across the palm is still folded: measure how
            # far its tip reaches from the index knuckle towards the little one.
            across = _across_palm(lm, d)
            extended = bend < (_THUMB_STRAIGHT + _THUMB_FOLDED) / 2 and across < _THUMB_ACROSS
            m = _both(bend < (_THUMB_STRAIGHT + _THUMB_FOLDED) / 2,
                      _margin(bend, _THUMB_STRAIGHT, _THUMB_FOLDED),
                      across < _THUMB_ACROSS,
                      max(0.0, min(1.0, abs(across - _THUMB_ACROSS) / 0.35)))
        else:
            knuckle = _bend(lm, WRIST, a, b)
            bend = _bend(lm, a, b, c) + _bend(lm, b, c, d)
            straight = bend < (_STRAIGHT_SUM + _FOLDED_SUM) / 2
            extended = straight and knuckle < _MCP_FOLDED
            m = _both(straight, _margin(bend, _STRAIGHT_SUM, _FOLDED_SUM),
                      knuckle < _MCP_FOLDED, max(0.0, min(1.0, abs(knuckle - _MCP_FOLDED) / 30.0)))
            bend += knuckle
        out[name] = FingerState(name, extended, round(bend, 1), round(m, 3))
    return out


# -- false hands -------------------------------------------------------------

def plausibility(lm: Sequence[Point]) -> tuple[bool, str]:
    """Reject landmark sets no real hand makes.

    The landmark model always draws a hand-shaped skeleton, even on crossed
    arms, a sleeve or a patterned shirt; what gives those away is proportion:
    a palm as wide as it is long twice over, knuckles out of order or piled
    on one point, "fingers" that run sideways across the palm, or finger
    lengths no hand has.
    """
    if len(lm) < 21:
        return False, "landmarks"
    palm = palm_length(lm)
    if palm <= 0:
        return False, "palm_size"
    width = _dist(lm, 5, 17) / palm
    if not 0.3 <= width <= 1.25:
        return False, "palm_shape"
    for i, j in ((5, 9), (9, 13), (13, 17)):
        gap = _dist(lm, i, j) / palm
        if not 0.08 <= gap <= 0.6:
            return False, "knuckles"
    # Knuckles must keep their order across the palm: index-middle and
    # ring-little steps point the same way.
    step1 = _sub(_p(lm, 9), _p(lm, 5))
    step3 = _sub(_p(lm, 17), _p(lm, 13))
    if _angle(step1, step3) > 80:
        return False, "knuckles"
    axis = _unit(_sub(_p(lm, 9), _p(lm, WRIST)))
    across = _sub(_p(lm, 17), _p(lm, 5))
    k = across[0] * axis[0] + across[1] * axis[1] + across[2] * axis[2]
    across = _unit((across[0] - k * axis[0], across[1] - k * axis[1], across[2] - k * axis[2]))
    for name in ("index", "middle", "ring", "pinky"):
        a, b, c, d = FINGERS[name]
        length = (_dist(lm, a, b) + _dist(lm, b, c) + _dist(lm, c, d)) / palm
        if not 0.3 <= length <= 1.7:
            return False, "finger_length"
        bones = sorted((_dist(lm, a, b), _dist(lm, b, c), _dist(lm, c, d)))
        if bones[0] <= 0 or bones[2] / bones[0] > 4.5:
            return False, "finger_bones"
        # A straight finger can bend towards the palm at its knuckle but hardly
        # sideways: fingers of a false hand often lie across the palm (seen on
        # crossed arms, where the "fingers" follow the other forearm).
        if _bend(lm, a, b, c) + _bend(lm, b, c, d) < 60:
            v = _sub(_p(lm, d), _p(lm, a))
            along = v[0] * axis[0] + v[1] * axis[1] + v[2] * axis[2]
            side = abs(v[0] * across[0] + v[1] * across[1] + v[2] * across[2])
            if math.degrees(math.atan2(side, along)) > 60:
                return False, "finger_direction"
    thumb = sum(_dist(lm, i, i + 1) for i in (1, 2, 3)) / palm
    if not 0.3 <= thumb <= 1.5:
        return False, "finger_length"
    return True, ""


# -- poses -------------------------------------------------------------------

_POSES: dict[frozenset[str], tuple[str, int | None]] = {
    frozenset({"index"}): ("one_finger", 1),
    frozenset({"index", "middle"}): ("v_sign", 2),
    frozenset({"index", "middle", "ring"}): ("three_fingers", 3),
    frozenset({"thumb", "index", "middle"}): ("three_fingers", 3),
    frozenset({"thumb", "index", "pinky"}): ("metal", 3),
    frozenset({"index", "pinky"}): ("metal", 3),
    frozenset({"thumb"}): ("thumbs_up", 1),
    frozenset({"index", "middle", "ring", "pinky"}): ("four_fingers", 4),
    frozenset({"thumb", "index"}): ("finger_gun", 2),
    frozenset({"thumb", "pinky"}): ("call_me", 2),
    frozenset({"thumb", "index", "middle", "ring", "pinky"}): ("open_palm", 5),
    frozenset(): ("fist", None),
}


def classify(lm: Sequence[Point]) -> Pose:
    """The pose of one hand and the number it reads as."""
    ok, why = plausibility(lm)
    if not ok:
        return Pose("not_a_hand", None, (), 0.0, why)
    states = finger_states(lm)
    up = frozenset(n for n, s in states.items() if s.extended)
    confidence = min(s.margin for s in states.values())
    palm = palm_length(lm)
    touching = _dist(lm, 4, 8) / palm < _TOUCH
    if up >= {"middle", "ring", "pinky"} and touching:
        name, number = "ok_three", 3
        # The thumb bends to meet the index tip: its own state does not matter.
        confidence = min(states[n].margin for n in ("index", "middle", "ring", "pinky"))
    else:
        name, number = _POSES.get(up, ("other", None))
    fingers = tuple(n for n in ORDER if n in up)
    return Pose(name, number, fingers, round(confidence, 3))


def describe_key(pose: Pose) -> str:
    """The i18n key that says in words what was seen."""
    return f"photos.pose.{pose.name}"
