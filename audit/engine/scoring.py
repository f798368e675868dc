"""Category, severity and sanction of a finding — one place, so every entity is scored alike.

Severity = kind of act (own post > share > comment > join/follow > like, from
``audit.model.KIND_WEIGHT``) + explicitness + the phase the date falls in.
Items dated outside every phase of the election they point at are at most
"low" (review): the rules target election periods. Undated items with explicit
(strong) evidence score like items inside a phase.
"""

from __future__ import annotations

from audit.findings import Severity
from audit.i18n import both
from audit.model import KIND_WEIGHT, Kind

EXPLICIT = {"strong": 2, "medium": 1, "weak": 0}
PHASE_BONUS = {"campaign": 1, "quiet": 1, "voting": 1, "candidates_fixed": 1, "prospective": 0, "after_vote": 0}
PHASE_PRIORITY = {"campaign": 6, "quiet": 5, "voting": 4, "candidates_fixed": 3, "prospective": 2, "after_vote": 1}

KIND_CATEGORY = {
    Kind.POST: "campaign_online", Kind.VIDEO: "campaign_online", Kind.PROFILE: "campaign_online",
    Kind.PHOTO: "campaign_online", Kind.MESSAGE: "campaign_online",
    Kind.COMMENT: "comment_campaign", Kind.SHARE: "share_campaign",
    Kind.LIKE: "like_campaign", Kind.REACTION: "like_campaign", Kind.SAVED: "like_campaign",
    Kind.FOLLOW: "follow_campaign", Kind.PAGE_LIKE: "follow_campaign",
    Kind.GROUP_MEMBERSHIP: "join_group_campaign",
}
OWN_CONTENT = {Kind.POST, Kind.VIDEO, Kind.PHOTO, Kind.PROFILE, Kind.MESSAGE}


def category(kind: Kind, *, call: bool = False, gesture: bool = False, membership: bool = False,
             photo_with: bool = False) -> str:
    if membership:
        return "party_membership"
    if kind in (Kind.PHOTO, Kind.VIDEO) and (gesture or photo_with):
        return "photo_candidate_gesture"
    if call and kind in OWN_CONTENT:
        return "call_to_vote"
    if kind in (Kind.POST,) and gesture:
        return "photo_candidate_gesture" if photo_with else "campaign_online"
    return KIND_CATEGORY.get(kind, "campaign_online")


def severity(kind: Kind, explicit: str, phase_kind: str | None, *, dated: bool, outside: bool,
             membership: bool = False, review: bool = False, left: bool = False) -> Severity:
    if review or left or outside:
        return Severity.LOW
    if membership:
        return Severity.HIGH
    # Some archives never date an act (X likes). Explicit campaign content cannot be placed
    # outside the election, so an undated strong claim weighs like one inside a phase;
    # weaker evidence gets the benefit of the doubt.
    bonus = PHASE_BONUS.get(phase_kind or "", 0) if dated else int(explicit == "strong")
    score = KIND_WEIGHT.get(kind, 1) + EXPLICIT.get(explicit, 0) + bonus
    if score >= 6 and explicit != "weak":
        return Severity.HIGH
    if score >= 4:
        return Severity.MEDIUM
    return Severity.LOW


def sanction(table: str | None, cat: str, *, dated: bool) -> dict[str, str]:
    """Which sanction table the date points to; the final call is always the authorities'."""
    if not dated:
        key, tbl = "engine.sanction.unknown_date", "tidak_diketahui"
    elif table is None:
        key, tbl = "engine.sanction.outside", "di_luar_tahapan"
    elif cat == "party_membership":
        key, tbl = "engine.sanction.ptdh", "disiplin"
    elif table == "kode_etik":
        key, tbl = "engine.sanction.kode_etik", "kode_etik"
    elif cat == "call_to_vote":
        key, tbl = "engine.sanction.disiplin_sedang_berat", "disiplin"
    else:
        key, tbl = "engine.sanction.disiplin_berat", "disiplin"
    text = both(key)
    final = both("engine.sanction.final_call")
    return {"table": tbl, "id": f"{text['id']} {final['id']}", "en": f"{text['en']} {final['en']}"}
