"""Builds the labelled photo set in tests/photos/set/ from the photos in base/.

Run once by hand (needs the [photos] extra for numpy and OpenCV):
    .venv/bin/python tests/photos/make_images.py
The output is committed; tests never regenerate it. Deterministic (seeded).

Campaign text is rendered with Pillow's built-in font and pasted onto real
photos with a perspective warp, blur, noise and JPEG compression, the way
a banner, poster or twibbon looks in a phone photo. Every pair gets the
same treatment: one "COBLOS NO n" banner, one hashtag poster, one name
poster and one twibbon each.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
BASE = HERE / "base"
OUT = HERE / "set"

PAIRS = {
    1: {"hashtag": "#AniesPresiden", "names": "ANIES - MUHAIMIN"},
    2: {"hashtag": "#PrabowoPresiden", "names": "PRABOWO - GIBRAN"},
    3: {"hashtag": "#GanjarPresiden", "names": "GANJAR - MAHFUD"},
}
COLOURS = [((200, 30, 40), (255, 255, 255)), ((20, 60, 160), (255, 255, 255)),
           ((250, 210, 40), (20, 20, 20)), ((30, 130, 60), (255, 255, 255))]


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def render_sign(lines: list[str], bg, fg, size: int = 64, pad: int = 28) -> Image.Image:
    f = font(size)
    boxes = [f.getbbox(t) for t in lines]
    w = max(b[2] - b[0] for b in boxes) + 2 * pad
    line_h = size + size // 3
    h = line_h * len(lines) + 2 * pad
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    for i, t in enumerate(lines):
        tw = boxes[i][2] - boxes[i][0]
        d.text(((w - tw) // 2 - boxes[i][0], pad + i * line_h), t, font=f, fill=fg)
    d.rectangle([4, 4, w - 5, h - 5], outline=fg, width=4)
    return im


def paste_warped(photo: Image.Image, sign: Image.Image, rnd: random.Random, width_frac: float) -> Image.Image:
    """The sign, seen at an angle, placed somewhere in the photo."""
    base = np.array(photo.convert("RGB"))
    H, W = base.shape[:2]
    s = np.array(sign)
    sh, sw = s.shape[:2]
    target_w = W * width_frac
    scale = target_w / sw
    tw, th = target_w, sh * scale
    x0 = rnd.uniform(0.03, 0.97 - width_frac) * W
    y0 = rnd.uniform(0.05, 0.9 - th / H) * H if th < H * 0.8 else H * 0.05
    j = lambda: rnd.uniform(-0.07, 0.07) * tw  # noqa: E731 - perspective jitter
    dst = np.float32([[x0 + j(), y0 + j()], [x0 + tw + j(), y0 + j()],
                      [x0 + tw + j(), y0 + th + j()], [x0 + j(), y0 + th + j()]])
    src = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(s, m, (W, H))
    mask = cv2.warpPerspective(np.full((sh, sw), 255, np.uint8), m, (W, H))
    mask = cv2.GaussianBlur(mask, (3, 3), 0)[..., None] / 255.0
    out = (base * (1 - mask) + warped * mask).astype(np.uint8)
    return Image.fromarray(out)


def degrade(im: Image.Image, rnd: random.Random) -> Image.Image:
    im = im.filter(ImageFilter.GaussianBlur(rnd.uniform(0.4, 1.1)))
    a = np.array(im).astype(np.float32)
    a += np.random.default_rng(rnd.randrange(1 << 30)).normal(0, rnd.uniform(3, 7), a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def square(photo: Image.Image, size: int = 512) -> Image.Image:
    w, h = photo.size
    s = min(w, h)
    return photo.crop(((w - s) // 2, (h - s) // 2, (w - s) // 2 + s, (h - s) // 2 + s)).resize((size, size))


def twibbon(photo: Image.Image, top: str, bottom: str, bg, fg) -> Image.Image:
    """A campaign frame: coloured border, a band with text at the bottom, a ribbon on top."""
    im = square(photo)
    d = ImageDraw.Draw(im)
    S = im.size[0]
    d.rectangle([0, 0, S - 1, S - 1], outline=bg, width=int(S * 0.04))
    d.rectangle([0, int(S * 0.78), S, S], fill=bg)
    d.polygon([(0, 0), (int(S * 0.62), 0), (int(S * 0.52), int(S * 0.12)), (0, int(S * 0.12))], fill=bg)
    f_big, f_small = font(int(S * 0.075)), font(int(S * 0.05))
    bw = f_big.getbbox(bottom)
    d.text(((S - (bw[2] - bw[0])) // 2, int(S * 0.83)), bottom, font=f_big, fill=fg)
    d.text((int(S * 0.03), int(S * 0.03)), top, font=f_small, fill=fg)
    return im


def main() -> None:
    rnd = random.Random(2024)
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.jpg"):
        old.unlink()
    labels: list[dict] = []

    def save(name: str, im: Image.Image, **label) -> None:
        im = im.convert("RGB")
        im.thumbnail((640, 640))
        im.save(OUT / name, quality=rnd.choice([70, 80, 88]))
        labels.append({"file": name, **label})

    photo = lambda n: Image.open(BASE / n).convert("RGB")  # noqa: E731

    banner_bases = ["building.jpg", "home.jpg", "rocket.jpg"]
    poster_bases = ["astronaut.jpg", "coffee.jpg", "camera.jpg"]
    name_bases = ["basketball1.jpg", "messi5.jpg", "chelsea.jpg"]
    for k, (n, p) in enumerate(PAIRS.items()):
        bg, fg = COLOURS[k]
        text = f"COBLOS NO {n}"
        im = paste_warped(photo(banner_bases[k]), render_sign([text], bg, fg), rnd, 0.6)
        save(f"banner_coblos_{n}.jpg", degrade(im, rnd), kind="photo", side=n, text=text, twibbon=False)
        im = paste_warped(photo(poster_bases[k]), render_sign([p["hashtag"]], fg if k == 2 else bg,
                                                               bg if k == 2 else fg), rnd, 0.55)
        save(f"poster_hashtag_{n}.jpg", degrade(im, rnd), kind="photo", side=n, text=p["hashtag"], twibbon=False)
        lines = [p["names"], f"PILIH NOMOR {n}"]
        im = paste_warped(photo(name_bases[k]), render_sign(lines, bg, fg, size=48), rnd, 0.5)
        save(f"poster_names_{n}.jpg", degrade(im, rnd), kind="photo", side=n, text=" ".join(lines), twibbon=False)
        tw = twibbon(photo(["astronaut.jpg", "chelsea.jpg", "coffee.jpg"][k]), "PEMILU 2024",
                     p["hashtag"], bg, fg)
        save(f"twibbon_{n}.jpg", degrade(tw, rnd), kind="profile", side=n, text=p["hashtag"], twibbon=True)

    # Neutral frames and neutral text: must not be read as campaign material.
    save("twibbon_neutral_guru.jpg", degrade(twibbon(photo("camera.jpg"), "25 NOVEMBER",
                                                      "HARI GURU NASIONAL", *COLOURS[3]), rnd),
         kind="profile", side=None, text="HARI GURU NASIONAL", twibbon=True)
    save("twibbon_neutral_hut.jpg", degrade(twibbon(photo("messi5.jpg"), "17 AGUSTUS",
                                                     "DIRGAHAYU RI", *COLOURS[0]), rnd),
         kind="profile", side=None, text="DIRGAHAYU RI", twibbon=True)
    save("profile_plain_astronaut.jpg", degrade(square(photo("astronaut.jpg")), rnd),
         kind="profile", side=None, text="", twibbon=False)
    save("profile_plain_chelsea.jpg", degrade(square(photo("chelsea.jpg")), rnd),
         kind="profile", side=None, text="", twibbon=False)
    for name, text, base in (("neutral_rapat.jpg", "SELAMAT DATANG PESERTA RAPAT KERJA", "building.jpg"),
                             ("neutral_netralitas.jpg", "ASN JAGA NETRALITAS PEMILU 2024", "home.jpg")):
        im = paste_warped(photo(base), render_sign([text], *COLOURS[1], size=40), rnd, 0.7)
        save(name, degrade(im, rnd), kind="photo", side=None, text=text, twibbon=False)
    for name in ("scenetext01.jpg", "scenetext03.jpg", "coffee.jpg", "chelsea.jpg", "messi5.jpg",
                 "basketball1.jpg", "hand.jpg"):
        save(f"plain_{name}", photo(name), kind="photo", side=None, text=None, twibbon=False,
             hand="open_palm" if name == "hand.jpg" else None)
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1) + "\n")
    print(f"{len(labels)} images in {OUT}")


if __name__ == "__main__":
    main()
