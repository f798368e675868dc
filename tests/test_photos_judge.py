"""Judging photos from what the models saw. Runs without the [photos] extra.

The model output is synthetic here (landmarks of a built hand, OCR lines);
the rules are the shipped Pemilu 2024 pack. Every test runs twice: with
``audit.engine.Auditor`` and with ``RuleMatcher``, a strict word-boundary
matcher of the pack's names, aliases and "coblos nomor N" phrases (the
photo step must work with any object that has ``audit(item)``; glued OCR
words are a real problem for both).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from audit.findings import Evidence, Finding, Severity
from audit.model import Item, Kind, MediaRef, Platform, SourceRef
from audit.photos.context import RuleContext, numbers_in
from audit.photos.judge import judge
from audit.photos.respace import respace
from audit.rules import load_packs
from test_photos_gestures import hand, view

UTC = timezone.utc
CAMPAIGN_DAY = datetime(2024, 1, 20, 3, 0, tzinfo=UTC)
QUIET_YEAR = datetime(2021, 6, 1, 3, 0, tzinfo=UTC)


class RuleMatcher:
    """A strict word-boundary matcher over a RuleSet, with the engine's interface."""

    def __init__(self, ruleset):
        self.ruleset = ruleset
        self.terms: list[tuple[re.Pattern[str], str, bool]] = []
        for e in ruleset.entities.values():
            if e.type not in ("pair", "candidate"):
                continue
            side = e.pair or e.id
            for t in (e.name, *e.aliases, *e.hashtags):
                self.terms.append((re.compile(r"(?<!\w)#?" + re.escape(t.lower()) + r"(?!\w)"), side, False))
            for t in e.ambiguous:
                self.terms.append((re.compile(r"(?<!\w)#?" + re.escape(t.lower()) + r"(?!\w)"), side, True))
        self.numbers = {e.number: e.id for e in ruleset.entities.values() if e.type == "pair"}
        verbs = "|".join(map(re.escape, ruleset.vocabulary.vote_verbs + ["pilih"]))
        self.vote = re.compile(rf"\b(?:{verbs})\s+(?:no\.?|nomor|nomer)?\s*0?([1-9])\b")

    def phase_of(self, dt):
        return next((p for p in self.ruleset.phases if p.contains(dt)), None)

    def audit(self, item: Item) -> list[Finding]:
        text = (item.text or "").lower()
        found: list[Finding] = []
        context = bool(re.search(r"\b(presiden|capres|pilih|dukung|menang)\b", text))
        for rx, side, ambiguous in self.terms:
            m = rx.search(text)
            if m and (not ambiguous or context):
                found.append(self._finding(item, side, Severity.MEDIUM, m))
        for m in self.vote.finditer(text):
            side = self.numbers.get(int(m.group(1)))
            if side:
                found.append(self._finding(item, side, Severity.HIGH, m))
        return found

    def _finding(self, item, side, sev, m):
        return Finding(id="x", item=item, rule="support.entity", category="post_campaign", severity=sev,
                       entities=[side], evidence=[Evidence("text", m.start(), m.end(), item.text[m.start():m.end()])],
                       explanation={"id": "", "en": ""}, action="delete", action_url=None)


@pytest.fixture(scope="module", params=["engine", "matcher"])
def ctx(request):
    """Both the real engine and the strict matcher: the photo step must work with either."""
    rs = load_packs()
    if request.param == "engine":
        from audit.engine import Auditor
        return RuleContext(Auditor(rs))
    return RuleContext(RuleMatcher(rs))


def pairs(ctx, f):
    ents = ctx.ruleset.entities
    return sorted({ents[e].side[-2:] for e in f.entities if e in ents and ents[e].side.startswith("pemilu2024.pair.")})


def item(kind=Kind.PHOTO, text=None, when=CAMPAIGN_DAY, path="media/posts/1.jpg"):
    return Item(platform=Platform.FACEBOOK, kind=kind, timestamp=when, source=SourceRef("posts.json", 0),
                text=text, url="https://www.facebook.com/photo/1", media=(MediaRef(path),))


def seen(hands=(), ocr=(), frame=None, exif=None):
    return {"sha": "ab" * 32, "error": None, "width": 640, "height": 480, "exif_date": exif,
            "hands": [{"landmarks": lm, "handedness": "Right", "score": 0.9, "size": 0.3} for lm in hands],
            "ocr": [{"text": t, "score": 0.95, "box": list(box)} for t, box in ocr], "frame": frame}


V = view(hand({"index", "middle"}))
ONE = view(hand({"index"}), roll=30)
THREE = view(hand({"index", "middle", "ring"}), yaw=30)
PALM = view(hand({"thumb", "index", "middle", "ring", "pinky"}), roll=-90)
MIDDLE_BOX = (100, 200, 500, 260)


def run(ctx, it, result):
    return judge(it, it.media[0], result, ctx)


# -- gestures --------------------------------------------------------------------------

def test_gesture_alone_on_a_family_photo_outside_phases_is_low_review(ctx):
    f = run(ctx, item(text="Liburan keluarga di pantai", when=QUIET_YEAR), seen(hands=[V]))
    assert f.rule == "photo.gesture" and f.severity is Severity.LOW and f.action == "review"
    assert f.phase is None
    assert "dua jari terangkat" in f.explanation["id"] and "two fingers raised" in f.explanation["en"]


def test_gesture_alone_inside_a_phase_is_still_low(ctx):
    f = run(ctx, item(text="Liburan keluarga"), seen(hands=[V]))
    assert f.severity is Severity.LOW and f.phase == "pemilu2024.campaign"


@pytest.mark.parametrize("pose,number,name", [(ONE, 1, "Anies Baswedan"), (V, 2, "Prabowo Subianto"),
                                              (THREE, 3, "Ganjar Pranowo")])
def test_gesture_with_a_candidate_in_the_caption_is_high_in_phase_medium_outside(ctx, pose, number, name):
    f = run(ctx, item(text=f"Bersama relawan {name}"), seen(hands=[pose]))
    assert f.severity is Severity.HIGH
    assert pairs(ctx, f) == [f"0{number}"]
    assert f"nomor {number}" in f.explanation["id"]
    g = run(ctx, item(text=f"Bersama relawan {name}", when=QUIET_YEAR), seen(hands=[pose]))
    assert g.severity is Severity.MEDIUM


@pytest.mark.parametrize("pose,number", [(ONE, 1), (V, 2), (THREE, 3)])
def test_gesture_with_its_number_in_the_image_is_high(ctx, pose, number):
    f = run(ctx, item(text="Foto bersama"), seen(hands=[pose], ocr=[(f"COBLOS NO {number}", MIDDLE_BOX)]))
    assert f.rule == "photo.gesture" and f.severity is Severity.HIGH
    assert f"teks 'COBLOS NO {number}' pada gambar" in f.explanation["id"]
    assert {e.field for e in f.evidence} == {"media.gesture", "media.ocr"}


BEFORE_ANY_DRAW = datetime(2022, 10, 5, 3, 0, tzinfo=UTC)      # in a phase, before parties' numbers (14 Dec 2022)
PARTIES_DRAWN_ONLY = datetime(2023, 6, 5, 3, 0, tzinfo=UTC)    # parties numbered, pairs not yet (14 Nov 2023)


@pytest.mark.parametrize("pose,number", [(ONE, 1), (V, 2), (THREE, 3)])
def test_a_number_in_the_caption_links_the_pose_only_once_numbers_are_drawn(ctx, pose, number):
    caption = f"Salam {number} jari dari kami"
    drawn = run(ctx, item(text=caption), seen(hands=[pose]))
    assert drawn.severity is Severity.HIGH and f"nomor {number}" in drawn.explanation["id"]
    # Parties 1-3 are numbered from December 2022, so the caption's number still names someone.
    assert run(ctx, item(text=caption, when=PARTIES_DRAWN_ONLY), seen(hands=[pose])).severity is Severity.HIGH
    # Before any draw the number names no one: the pose alone is worth a look, no more (as in texts).
    early = run(ctx, item(text=caption, when=BEFORE_ANY_DRAW), seen(hands=[pose]))
    assert early.severity is Severity.LOW
    # A candidate's name still links the pose whatever the date.
    named = run(ctx, item(text=f"{caption} bersama relawan Anies Baswedan Prabowo Subianto Ganjar Pranowo",
                          when=BEFORE_ANY_DRAW), seen(hands=[pose]))
    assert named.severity is Severity.HIGH


def test_gesture_with_campaign_words_inside_a_phase_is_medium(ctx):
    f = run(ctx, item(text="Semangat kampanye hari ini"), seen(hands=[V]))
    assert f.severity is Severity.MEDIUM
    g = run(ctx, item(text="Semangat kampanye hari ini", when=QUIET_YEAR), seen(hands=[V]))
    assert g.severity is Severity.LOW


def test_open_palm_alone_is_not_a_finding_but_counts_with_a_name(ctx):
    assert run(ctx, item(text="Dadah!"), seen(hands=[PALM])) is None
    f = run(ctx, item(text="Salam dari Anies Baswedan"), seen(hands=[PALM]))
    assert f is not None and f.rule == "photo.gesture" and "lima jari" in f.explanation["id"]


def test_fist_and_false_hands_give_nothing(ctx):
    fist = view(hand(set()))
    crossed = hand(set())
    crossed[6:9] = [(p[0] - 1.0, p[1], p[2]) for p in crossed[6:9]]   # "fingers" along the other arm
    assert run(ctx, item(text="Bersama Prabowo Subianto"), seen(hands=[fist])) is None or \
        run(ctx, item(text="Bersama Prabowo Subianto"), seen(hands=[fist])).rule != "photo.gesture"
    assert run(ctx, item(text="Liburan"), seen(hands=[view(crossed)])) is None


# -- text in images ----------------------------------------------------------------------

@pytest.mark.parametrize("text,side", [("COBLOS NO 1", "01"), ("COBLOSNO2", "02"), ("COBLOSNOMOR 3", "03"),
                                       ("ANIES BASWEDAN", "01"), ("#PrabowoPresiden", "02"),
                                       ("GANJAR-MAHFUD", "03")])
def test_campaign_text_in_an_image_is_matched_with_the_rule_pack(ctx, text, side):
    f = run(ctx, item(text="Pagi ini"), seen(ocr=[(text, MIDDLE_BOX)]))
    assert f is not None and f.rule == "photo.ocr" and f.category == "campaign_props"
    assert side in pairs(ctx, f)
    assert all(e.field == "media.ocr" for e in f.evidence)
    variant = f.extra["media.ocr"]
    assert all(variant[e.start:e.end] == e.match for e in f.evidence)


@pytest.mark.parametrize("text", ["SELAMAT DATANG PESERTA RAPAT KERJA", "ASN JAGA NETRALITAS PEMILU 2024",
                                  "DOUBLE PARKING PROHIBITED", "HARI GURU NASIONAL"])
def test_neutral_text_in_an_image_gives_nothing(ctx, text):
    assert run(ctx, item(text="Kegiatan kantor"), seen(ocr=[(text, MIDDLE_BOX)])) is None


# -- twibbons ----------------------------------------------------------------------------

FRAMED = {"flat_sides": 3, "border_text": 1.0, "score": 1.0, "ringed": True}
BOTTOM = (60, 440, 450, 490)


@pytest.mark.parametrize("tag,side", [("#AniesPresiden", "01"), ("#PrabowoPresiden", "02"),
                                      ("#GanjarPresiden", "03")])
def test_twibbon_on_a_profile_picture_is_at_least_medium(ctx, tag, side):
    it = item(kind=Kind.PROFILE, path="profile_information/profile_pic.jpg")
    f = run(ctx, it, seen(ocr=[("PEMILU 2024", (10, 10, 200, 40)), (tag, BOTTOM)], frame=FRAMED))
    assert f.rule == "photo.twibbon" and f.severity in (Severity.MEDIUM, Severity.HIGH)
    assert pairs(ctx, f) == [side]
    assert "twibbon" in f.explanation["id"]


def test_neutral_twibbon_gives_nothing_and_unreadable_frame_is_review(ctx):
    it = item(kind=Kind.PROFILE, path="profile_information/profile_pic.jpg")
    assert run(ctx, it, seen(ocr=[("HARI GURU NASIONAL", BOTTOM)], frame=FRAMED)) is None
    f = run(ctx, it, seen(frame=FRAMED))
    assert f.rule == "photo.twibbon" and f.severity is Severity.LOW and f.action == "review"


def test_frame_signal_on_an_ordinary_post_is_ignored(ctx):
    assert run(ctx, item(text="Makan siang"), seen(frame=FRAMED)) is None


# -- dates -------------------------------------------------------------------------------

def test_exif_date_is_used_only_when_the_archive_has_none(ctx):
    it = item(text="Bersama Prabowo Subianto", when=None)
    f = run(ctx, it, seen(hands=[V], exif="2024:01:20 10:00:00"))
    assert f.extra["date_source"] == "exif" and f.phase == "pemilu2024.campaign"
    bogus = run(ctx, it, seen(hands=[V], exif="0000:00:00 00:00:00"))
    assert bogus.extra["photo_date"] is None and bogus.phase is None
    archive_first = run(ctx, item(text="x", when=QUIET_YEAR), seen(hands=[V], exif="2024:01:20 10:00:00"))
    assert archive_first.extra["date_source"] == "archive" and archive_first.phase is None


def test_unreadable_image_gives_no_finding(ctx):
    assert run(ctx, item(), {"error": "photos.error.unreadable"}) is None


# -- helpers -----------------------------------------------------------------------------

def test_respace_puts_back_dropped_spaces_only_where_certain():
    assert respace("COBLOSNO2") == "COBLOS NO 2"
    assert respace("PILIHNOMOR 1") == "PILIH NOMOR 1"
    assert respace("#GanjarPresiden") == "#Ganjar Presiden"
    assert respace("DIRGAHAYU RI") == "DIRGAHAYU RI"
    assert respace("PROHIBITED") == "PROHIBITED"


def test_numbers_in_text():
    assert numbers_in("Coblos no. 2!") == {2}
    assert numbers_in("paslon 03 menang") == {3}
    assert numbers_in("rapat jam 10.30, ruang 2") == set()
