"""Every visible string goes through here: labels for codes, dates, durations.

Keys marked with ``N_`` are looked up later; ``tests/test_i18n_complete.py``
finds them (like ``tr("...")`` calls) and checks both languages exist.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from audit.i18n import catalogue, tr
from audit.textfix import strip_controls
from audit.timeutil import zone


def N_(key: str) -> str:
    """Marks a catalogue key used later (the completeness test scans for it)."""
    return key


SEVERITY_KEYS = {"high": N_("gui.severity.high"), "medium": N_("gui.severity.medium"),
                 "low": N_("gui.severity.low")}
# Colour is never the only signal: every severity also has its word.
SEVERITY_COLORS = {"high": "#b3261e", "medium": "#9a5b00", "low": "#4a5a6a"}
SEVERITY_BG = {"high": "#fbe9e7", "medium": "#fff3e0", "low": "#eceff1"}

STATUS_KEYS = {"open": N_("gui.status.open"), "done": N_("gui.status.done")}


def has_key(key: str) -> bool:
    return key in catalogue()


def severity_label(sev: Any) -> str:
    return tr(SEVERITY_KEYS.get(str(sev), N_("gui.severity.low")))


def platform_label(platform: Any) -> str:
    return tr(f"platform.{platform}")


def kind_label(kind: Any) -> str:
    return tr(f"kind.{kind}")


def action_label(action: str | None) -> str:
    return tr(f"action.{action}") if action and has_key(f"action.{action}") else tr("action.review")


def _pretty(code: str) -> str:
    return code.replace("_", " ").replace(".", " ").strip().capitalize()


# The engine's behaviour categories (audit/engine/scoring.py), named in plain words.
CATEGORY_KEYS = {
    "like_campaign": N_("gui.category.like_campaign"),
    "comment_campaign": N_("gui.category.comment_campaign"),
    "share_campaign": N_("gui.category.share_campaign"),
    "follow_campaign": N_("gui.category.follow_campaign"),
    "join_group_campaign": N_("gui.category.join_group_campaign"),
    "campaign_online": N_("gui.category.campaign_online"),
    "call_to_vote": N_("gui.category.call_to_vote"),
    "photo_candidate_gesture": N_("gui.category.photo_candidate_gesture"),
    "party_membership": N_("gui.category.party_membership"),
    "photo_gesture": N_("gui.category.photo_gesture"),
    "campaign_props": N_("gui.category.campaign_props"),
}


def category_label(category: str) -> str:
    if category in CATEGORY_KEYS:
        return tr(CATEGORY_KEYS[category])
    for key in (f"category.{category}", f"engine.category.{category}"):
        if has_key(key):
            return tr(key)
    return _pretty(category)


def lang_text(value: Any, lang: str | None = None) -> str:
    """A ``{"id": ..., "en": ...}`` dict from a rule pack, or a plain string."""
    from audit.i18n import language
    if isinstance(value, dict):
        return str(value.get(lang or language()) or value.get("id") or next(iter(value.values()), ""))
    return "" if value is None else str(value)


def phase_label(ruleset: Any, phase_id: str | None) -> str:
    if not phase_id:
        return tr("gui.phase.none")
    if phase_id == "__no_date__":
        return tr("gui.phase.no_date")
    for ph in getattr(ruleset, "phases", None) or []:
        if getattr(ph, "id", None) == phase_id:
            return lang_text(getattr(ph, "name", phase_id)) or phase_id
    return _pretty(phase_id)


def entity_label(ruleset: Any, entity_id: str) -> str:
    ents = getattr(ruleset, "entities", None) or {}
    ent = ents.get(entity_id) if hasattr(ents, "get") else None
    if ent is None:
        return entity_id
    return lang_text(getattr(ent, "name", entity_id)) or entity_id


def one_line(s: str | None, limit: int = 140) -> str:
    """Archive text for a table cell: no control characters, one line, clipped."""
    if not s:
        return ""
    flat = " ".join(strip_controls(s).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def month_names() -> list[str]:
    return [m.strip() for m in tr("gui.months_short").split(",")]


def fmt_datetime(ts: datetime | None, tz_name: str) -> str:
    if ts is None:
        return tr("gui.date.unknown")
    local = ts.astimezone(zone(tz_name))
    return f"{local.day} {month_names()[local.month - 1]} {local.year}, {local:%H:%M} {tz_name}"


def fmt_date(ts: datetime | None, tz_name: str) -> str:
    if ts is None:
        return tr("gui.date.unknown")
    local = ts.astimezone(zone(tz_name))
    return f"{local.day:02d} {month_names()[local.month - 1]} {local.year}"


def fmt_remaining(seconds: float | None) -> str:
    if seconds is None:
        return tr("gui.progress.eta_unknown")
    if seconds < 60:
        return tr("gui.progress.eta_under_minute")
    minutes = int(round(seconds / 60))
    return tr("gui.progress.eta_minutes", n=minutes)


def fmt_count(n: int) -> str:
    """Thousands grouped the Indonesian way (1.234) or the English way (1,234)."""
    from audit.i18n import language
    s = f"{n:,}"
    return s.replace(",", ".") if language() == "id" else s
