"""One photo, one finding: combine what was seen the way the rules weigh it.

* A gesture alone (a family photo with a V sign) is at most a low "review",
  in or out of an election phase: it is the most common pose there is.
* A gesture together with a candidate's name or number in the caption or
  in the image is medium, high when the upload falls in an election phase.
* A gesture inside an election phase with campaign words around it is medium.
* Text in the image is judged by the rule engine exactly as a post would be.
* A campaign frame (twibbon) on a profile or cover picture with matched text
  is at least medium: a profile picture is shown on everything the user does.
Explanations list what was seen, in words ("tangan dengan dua jari terangkat").
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from audit.findings import SEVERITY_ORDER, Evidence, Finding, Severity
from audit.i18n import LANGS, tr
from audit.model import Item, Kind, MediaRef, iso
from audit.photos.context import RuleContext, numbers_in
from audit.photos.gestures import LISTED_POSES, Pose, classify
from audit.photos.hands import MIN_HAND_SIZE
from audit.photos.ocr import OcrLine
from audit.photos.twibbon import FrameSignal
from audit.timeutil import from_local, zone

MIN_POSE_CONFIDENCE = 0.3
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


def _max(a: Severity, b: Severity) -> Severity:
    return a if SEVERITY_ORDER[a] >= SEVERITY_ORDER[b] else b


def poses_of(result: dict[str, Any]) -> list[Pose]:
    out = []
    for h in result.get("hands") or []:
        if h.get("size", 1.0) < MIN_HAND_SIZE:
            continue
        pose = classify(h["landmarks"])
        if pose.number is not None and pose.confidence >= MIN_POSE_CONFIDENCE:
            out.append(pose)
    return out


def photo_date(item: Item, media: MediaRef, result: dict[str, Any], tz: str = "WIB") -> tuple[datetime | None, str | None]:
    """When the photo was put online (the act judged), else when it was taken.

    Archive metadata first; EXIF only as a last resort (its clock is the
    camera's, zone-less, and often wrong): bogus dates become unknown.
    """
    if item.timestamp is not None:
        return item.timestamp, "archive"
    if media.taken is not None:
        return media.taken, "archive_taken"
    raw = result.get("exif_date")
    if raw:
        dt = from_local(str(raw).replace(":", "-", 2), zone(tz))
        if dt is not None:
            return dt, "exif"
    return None, None


def is_profile_picture(item: Item, media: MediaRef) -> bool:
    p = media.path.lower()
    return item.kind is Kind.PROFILE or "profile_pic" in p or "cover_photo" in p or "profile_photo" in p \
        or "/profile/" in p or "avatar" in p


def _both(key: str, **params: Any) -> dict[str, str]:
    return {lang: tr(key, lang, **params) for lang in LANGS}


def judge(item: Item, media: MediaRef, result: dict[str, Any], ctx: RuleContext,
          thumbnail: str | None = None, tz: str = "WIB") -> Finding | None:
    if result.get("error"):
        return None
    when, date_source = photo_date(item, media, result, tz)
    phase = ctx.phase(when)
    caption = " ".join(t for t in (item.text, item.extra.get("title")) if isinstance(t, str) and t.strip())
    lines = [OcrLine.from_json(d) for d in result.get("ocr") or []]
    ocr_text = "\n".join(ln.text for ln in lines)
    ocr_found, ocr_variant = ctx.match(item, ocr_text)
    cap_found, _ = ctx.match(item, caption)
    poses = poses_of(result)
    frame = FrameSignal.from_json(result["frame"]) if result.get("frame") else None
    profile = is_profile_picture(item, media)
    framed = bool(profile and frame and frame.score >= 0.7)

    ocr_mentions = ctx.mentions(ocr_variant) | ctx.mentions(ocr_text)
    entities = sorted({e for f in ocr_found + cap_found for e in f.entities}
                      | ctx.mentions(caption) | ocr_mentions)
    mentioned = {n for n in numbers_in(caption) | numbers_in(ocr_variant) | numbers_in(ocr_text)
                 if ctx.number_drawn(n, when)}
    campaign = ctx.campaign_context(caption) or ctx.campaign_context(ocr_variant)
    listed = [p for p in poses if p.name in LISTED_POSES]
    palms = [p for p in poses if p.name == "open_palm"]
    gesture = max(listed, key=lambda p: p.confidence, default=None)
    if gesture is None and palms and (entities or 5 in mentioned):
        gesture = palms[0]   # the open palm counts only with a name or number beside it

    text_sev: Severity | None = None
    for f in ocr_found:
        text_sev = f.severity if text_sev is None else _max(text_sev, f.severity)

    parts: list[dict[str, str]] = []
    evidence: list[Evidence] = []
    rule, category = "", "campaign_props"
    severity: Severity | None = None

    if gesture is not None:
        rule, category = "photo.gesture", "photo_gesture"
        linked = bool(entities) or gesture.number in mentioned
        if linked:
            severity = Severity.HIGH if phase is not None else Severity.MEDIUM
        elif campaign and phase is not None:
            severity = Severity.MEDIUM
        else:
            severity = Severity.LOW
        if text_sev is not None:
            severity = _max(severity, text_sev)
        parts.append(_both(f"photos.seen.{gesture.name}", n=gesture.number))
        evidence.append(Evidence("media.gesture", -1, -1, f"{gesture.name}:{gesture.number}"))
    if ocr_found:
        if not rule:
            rule = "photo.twibbon" if framed else "photo.ocr"
            severity = text_sev
            if framed:
                severity = _max(severity or Severity.MEDIUM, Severity.MEDIUM)
        shown = ocr_variant.replace("\n", " ")
        parts.append(_both("photos.seen.frame_text" if framed else "photos.seen.text",
                           text=shown[:80]))
        for f in ocr_found:
            for e in f.evidence:
                evidence.append(Evidence("media.ocr", e.start, e.end, e.match))
    elif ocr_mentions and gesture is None:
        # A candidate's name on a poster or banner with no claim around it
        # (the engine makes no finding of a bare name): worth a look, no more.
        rule, severity = ("photo.twibbon" if framed else "photo.ocr"), Severity.LOW
        parts.append(_both("photos.seen.frame_name" if framed else "photos.seen.name",
                           text=ocr_variant.replace("\n", " ")[:80]))
        evidence.append(Evidence("media.ocr", 0, len(ocr_variant[:80]), ocr_variant[:80]))
    elif framed and not lines and gesture is None:
        # A frame whose text could not be read: only the user can say what it says.
        rule, severity = "photo.twibbon", Severity.LOW
        parts.append(_both("photos.seen.frame"))
        evidence.append(Evidence("media.frame", -1, -1, f"frame:{frame.score:.2f}" if frame else "frame"))
    if rule == "":
        return None
    if framed and rule != "photo.twibbon":
        parts.append(_both("photos.seen.frame"))
    if gesture is not None and cap_found:
        for f in cap_found:
            evidence.extend(e for e in f.evidence if e.field == "text")
        parts.append(_both("photos.seen.caption"))
    elif gesture is not None and gesture.number in mentioned:
        parts.append(_both("photos.seen.number", n=gesture.number))
    if phase is not None and gesture is not None:
        name = getattr(phase, "name", None)
        label = name if isinstance(name, dict) else {"id": str(getattr(phase, "id", phase)),
                                                      "en": str(getattr(phase, "id", phase))}
        parts.append({lang: tr("photos.seen.phase", lang, phase=label.get(lang) or label.get("id", ""))
                      for lang in LANGS})
    assert severity is not None
    lead = "photos.why.review" if severity is Severity.LOW else "photos.why.partisan"
    explanation = {lang: tr(lead, lang, seen="; ".join(p[lang] for p in parts)) for lang in LANGS}

    source_finding = next(iter(sorted(ocr_found + cap_found, key=lambda f: -SEVERITY_ORDER[f.severity])), None)
    sha = result.get("sha", "")
    fid = hashlib.sha1(f"{item.fingerprint()}|{rule}|{sha}".encode()).hexdigest()[:20]
    if severity is Severity.LOW:
        action = "review"
    else:
        action = "delete"
    return Finding(
        id=fid, item=item, rule=rule, category=category, severity=severity,
        entities=entities, evidence=evidence, explanation=explanation, action=action,
        action_url=_action_url(item),
        phase=getattr(phase, "id", None) if phase is not None else None,
        sanction=source_finding.sanction if source_finding is not None else None,
        extra={
            "media": media.path, "media_sha": sha, "thumbnail": thumbnail,
            "photo_date": iso(when), "date_source": date_source,
            "gestures": [{"pose": p.name, "number": p.number, "confidence": p.confidence} for p in poses],
            "media.ocr": ocr_variant, "ocr_lines": [ln.text for ln in lines],
            "frame": frame.to_json() if frame else None,
            "faces": "off",
        },
    )


def _action_url(item: Item) -> str | None:
    """The item's own link, else the same cleanup page the engine gives for this kind of item."""
    if item.url:
        return item.url
    from audit.engine.actions import action_for
    return action_for(item)[1]
