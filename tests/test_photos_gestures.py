"""Finger-state logic on synthetic 21-point hands. Runs without the [photos] extra.

The hands are built like a real one: a palm of four knuckles, fingers of
three bones that bend at three joints, a thumb that either stands away or
folds across the palm. Every listed pose is then turned every way a
camera sees it (rolled in the picture plane, turned sideways, tilted)
with landmark noise, which is where "tip above the middle joint" fails.
"""

from __future__ import annotations

import math
import random

import pytest

from audit.photos.gestures import LISTED_POSES, classify, finger_states, plausibility

# Palm in the x-y plane, y towards the fingers, palm facing the camera (-z).
KNUCKLES = {"index": (0.33, 0.95), "middle": (0.1, 1.0), "ring": (-0.12, 0.95), "pinky": (-0.32, 0.85)}
BONES = {"index": (0.45, 0.27, 0.2), "middle": (0.5, 0.3, 0.22), "ring": (0.46, 0.28, 0.2),
         "pinky": (0.36, 0.2, 0.18), "thumb": (0.35, 0.3, 0.25)}
SPLAY = {"index": 8, "middle": 0, "ring": -7, "pinky": -16}
UP = (4, 6, 4)           # a straight finger is never perfectly straight
DOWN = (75, 100, 60)     # folded into a fist
ORDER = ("thumb", "index", "middle", "ring", "pinky")


def _chain(start, splay_deg, bones, flex):
    d = (math.sin(math.radians(splay_deg)), math.cos(math.radians(splay_deg)), 0.0)
    pts, p, theta = [], start, 0.0
    for length, f in zip(bones, flex):
        theta += math.radians(f)
        v = (d[0] * math.cos(theta), d[1] * math.cos(theta), -math.sin(theta))
        p = (p[0] + v[0] * length, p[1] + v[1] * length, p[2] + v[2] * length)
        pts.append(p)
    return pts


def hand(up: set[str], ok: bool = False) -> list[tuple[float, float, float]]:
    lm: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0)] * 21
    cmc = (0.22, 0.22, 0.0)
    lm[1] = cmc
    if "thumb" in up:
        lm[2:5] = _chain(cmc, 50, BONES["thumb"], (5, 6, 5))
    else:
        # Folded across the palm towards the ring knuckle, in front of it.
        lm[2:5] = _chain(cmc, -35, BONES["thumb"], (35, 30, 25))
    for name in ("index", "middle", "ring", "pinky"):
        base = KNUCKLES[name] + (0.0,)
        flex = UP if name in up else DOWN
        if ok and name == "index":
            flex = (30, 70, 50)
        i = {"index": 5, "middle": 9, "ring": 13, "pinky": 17}[name]
        lm[i] = base
        lm[i + 1:i + 4] = _chain(base, SPLAY[name], BONES[name], flex)
    if ok:   # thumb tip meets the index tip
        tip = lm[8]
        lm[4] = (tip[0] + 0.02, tip[1] - 0.02, tip[2])
        lm[3] = tuple((a + b) / 2 for a, b in zip(lm[2], lm[4]))
    return lm


def _rotate(lm, roll, yaw, pitch):
    r, y, p = (math.radians(a) for a in (roll, yaw, pitch))
    out = []
    for x0, y0, z0 in lm:
        x1, y1 = x0 * math.cos(r) - y0 * math.sin(r), x0 * math.sin(r) + y0 * math.cos(r)
        x2, z1 = x1 * math.cos(y) + z0 * math.sin(y), -x1 * math.sin(y) + z0 * math.cos(y)
        y2, z2 = y1 * math.cos(p) - z1 * math.sin(p), y1 * math.sin(p) + z1 * math.cos(p)
        out.append((x2, y2, z2))
    return out


def view(lm, roll=0.0, yaw=0.0, pitch=0.0, noise=0.0, seed=0, scale=180.0, flip_y=True):
    """As a camera gives it: rotated, scaled to pixels, y pointing down, noisy."""
    rnd = random.Random(seed)
    pts = _rotate(lm, roll, yaw, pitch)
    return [(400 + x * scale + rnd.gauss(0, noise * scale),
             (300 - y * scale if flip_y else 300 + y * scale) + rnd.gauss(0, noise * scale),
             z * scale + rnd.gauss(0, noise * scale)) for x, y, z in pts]


POSES = {
    "one_finger": ({"index"}, 1),
    "v_sign": ({"index", "middle"}, 2),
    "three_fingers": ({"index", "middle", "ring"}, 3),
    "metal": ({"thumb", "index", "pinky"}, 3),
    "thumbs_up": ({"thumb"}, 1),
    "four_fingers": ({"index", "middle", "ring", "pinky"}, 4),
    "finger_gun": ({"thumb", "index"}, 2),
    "call_me": ({"thumb", "pinky"}, 2),
    "open_palm": ({"thumb", "index", "middle", "ring", "pinky"}, 5),
    "fist": (set(), None),
}

VIEWS = [(roll, yaw, pitch) for roll in range(0, 360, 45) for yaw in (-40, 0, 40) for pitch in (-30, 0, 30)]


@pytest.mark.parametrize("pose", sorted(POSES))
def test_every_pose_reads_its_number_from_every_angle(pose):
    up, number = POSES[pose]
    wrong = []
    for k, (roll, yaw, pitch) in enumerate(VIEWS):
        got = classify(view(hand(up), roll, yaw, pitch, noise=0.008, seed=k))
        if (got.name, got.number) != (pose, number):
            wrong.append(((roll, yaw, pitch), got.name, got.fingers))
    assert not wrong, wrong[:5]


def test_ok_sign_with_three_fingers_reads_three_from_every_angle():
    for k, (roll, yaw, pitch) in enumerate(VIEWS):
        got = classify(view(hand({"middle", "ring", "pinky"}, ok=True), roll, yaw, pitch, noise=0.005, seed=k))
        assert (got.name, got.number) == ("ok_three", 3), (roll, yaw, pitch, got)


def test_listed_poses_are_all_covered():
    assert LISTED_POSES <= set(POSES) | {"ok_three"}


def test_sideways_open_hand_where_tip_above_joint_fails():
    # Hand lying sideways (fingers pointing right, like the opencv-doc photo):
    # every tip is at the same height as its middle joint, yet all are straight.
    lm = view(hand({"thumb", "index", "middle", "ring", "pinky"}), roll=-90)
    tip_above = [lm[t][1] < lm[t - 2][1] for t in (8, 12, 16, 20)]
    assert not all(tip_above)  # the naive rule would not count this as an open hand
    assert classify(lm).name == "open_palm"


def test_pointing_down_one_finger_is_still_one():
    got = classify(view(hand({"index"}), roll=180))
    assert (got.name, got.number) == ("one_finger", 1)


def test_half_bent_finger_lowers_confidence():
    lm = hand({"index", "middle"})
    clean = classify(view(lm)).confidence
    # bend the middle finger half way
    half = hand({"index"})
    half[10:13] = _chain(KNUCKLES["middle"] + (0.0,), 0, BONES["middle"], (20, 50, 45))
    assert classify(view(half)).confidence < clean


def test_finger_states_report_each_finger():
    st = finger_states(view(hand({"index", "pinky"})))
    assert [n for n in ORDER if st[n].extended] == ["index", "pinky"]
    assert st["middle"].bend > st["index"].bend


# -- false hands ---------------------------------------------------------------

def test_collapsed_knuckles_are_not_a_hand():
    lm = view(hand({"index", "middle", "ring", "pinky"}))
    for i in (9, 13, 17):
        lm[i] = lm[5]
    got = classify(lm)
    assert got.name == "not_a_hand" and got.reason in ("knuckles", "palm_shape")


def test_fingers_lying_across_the_palm_are_not_a_hand():
    # Crossed arms: the "fingers" follow the other forearm, at right angles to the palm.
    lm = hand(set())
    for name, i in (("index", 5), ("middle", 9), ("ring", 13), ("pinky", 17)):
        lm[i + 1:i + 4] = _chain(lm[i], -90, BONES[name], UP)
    got = classify(view(lm))
    assert got.name == "not_a_hand"
    assert got.reason == "finger_direction"


def test_impossible_finger_lengths_are_not_a_hand():
    lm = hand({"index", "middle"})
    lm[8] = (lm[7][0], lm[7][1] + 3.0, 0.0)   # a fingertip three palms away
    assert plausibility(view(lm))[0] is False


def test_too_few_landmarks_is_not_a_hand():
    assert classify([(0, 0, 0)] * 5).name == "not_a_hand"


def test_two_dimensional_landmarks_work():
    lm2d = [(x, y) for x, y, _ in view(hand({"index", "middle"}))]
    assert classify(lm2d).number == 2


def test_real_hands_pass_plausibility_from_every_angle():
    for pose, (up, _) in POSES.items():
        for k, (roll, yaw, pitch) in enumerate(VIEWS):
            ok, why = plausibility(view(hand(up), roll, yaw, pitch, noise=0.008, seed=k))
            assert ok, (pose, roll, yaw, pitch, why)
