"""Dates written for people, in English or Bahasa Indonesia, as HTML exports show them.

Meta's HTML pages print the account's local wall-clock time without a zone
("Jan 12, 2024 7:05:33 pm", "12 Jan 2024 19.05", "12 Januari 2024 pukul
19.05"); Google's My Activity pages add a zone abbreviation ("Mar 5, 2026,
9:36:36 AM WIB"). Regular expressions run on extracted text only.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo

from audit.timeutil import plausible

MONTHS: dict[str, int] = {}
for _i, _names in enumerate((
        ("jan", "january", "januari"), ("feb", "february", "februari", "peb"),
        ("mar", "march", "maret"), ("apr", "april"), ("may", "mei"),
        ("jun", "june", "juni"), ("jul", "july", "juli"),
        ("aug", "august", "agu", "ags", "agt", "agustus"),
        ("sep", "sept", "september"), ("oct", "october", "okt", "oktober"),
        ("nov", "november", "nop", "nopember"), ("dec", "december", "des", "desember")), start=1):
    for _n in _names:
        MONTHS[_n] = _i

_MON = r"(?P<mon>[A-Za-z]{3,9})\.?"
_TIME = (r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?"
         r"(?:\s*(?P<ampm>[aApP])\.?\s?[mM]\.?)?")
_SEP = r",?\s+(?:(?:at|pukul|jam|pkl\.?)\s+)?"
# Indonesian locale data writes offsets with a dot ("GMT+07.00": CLDR id hourFormat +HH.mm).
_ZONE = r"(?:\s+(?P<zone>[A-Z]{2,5}(?:[+-]\d{1,2}(?:[:.]?\d{2})?)?))?"
# "Jan 12, 2024 7:05:33 pm" / "Mar 5, 2026, 9:36:36 AM"
_MONTH_FIRST = re.compile(r"^(?:[A-Za-z]+,\s+)?" + _MON + r"\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})"
                          + _SEP + _TIME + _ZONE + r"$")
# "12 Jan 2024 19.05" / "12 Januari 2024 pukul 19.05" / "5 Mar 2026, 09.36.36 WIB"
_DAY_FIRST = re.compile(r"^(?:[A-Za-z]+,\s+)?(?P<d>\d{1,2})\s+" + _MON + r"\s+(?P<y>\d{4})"
                        + _SEP + _TIME + _ZONE + r"$")
# Old Google pages: "2020-05-06 19:32:44 UTC"
_ISOISH = re.compile(r"^(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})[ T](?P<h>\d{2}):(?P<mi>\d{2})"
                     r"(?::(?P<s>\d{2}))?(?:\.\d+)?\s*(?P<zone>Z|[A-Z]{2,5})?$")

ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WIB": 7, "WITA": 8, "WIT": 9, "ICT": 7, "SGT": 8, "MYT": 8,
    "PHT": 8, "HKT": 8, "AWST": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "IST": 5.5,
    "CET": 1, "CEST": 2, "BST": 1, "WET": 0, "WEST": 1, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}
_OFFSET = re.compile(r"^(?:UTC|GMT)(?P<sign>[+-])(?P<h>\d{1,2})(?:[:.]?(?P<m>\d{2}))?$")


def _normalise(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").replace("\u200e", "").split())


def _zone(abbr: str | None) -> tzinfo | None:
    if not abbr:
        return None
    if abbr in ZONE_OFFSETS:
        return timezone(timedelta(hours=ZONE_OFFSETS[abbr]))
    m = _OFFSET.match(abbr)
    if m:
        mins = int(m["h"]) * 60 + int(m["m"] or 0)
        return timezone(timedelta(minutes=-mins if m["sign"] == "-" else mins))
    return None


def parse_human_date(text: str, local: tzinfo) -> tuple[datetime | None, bool]:
    """Parse a whole-string human date; returns (aware UTC datetime or None, zone_known).

    A zone abbreviation in the text wins; without one (Meta) the time is read
    in ``local``. An abbreviation this table does not know is also read in
    ``local`` and reported with ``zone_known=False``.
    """
    s = _normalise(text)
    if not s or len(s) > 60 or not any(ch.isdigit() for ch in s):
        return None, False
    m = _MONTH_FIRST.match(s) or _DAY_FIRST.match(s)
    if m:
        mon = MONTHS.get(m["mon"].lower())
        if mon is None:
            return None, False
        y, d = int(m["y"]), int(m["d"])
    else:
        m = _ISOISH.match(s)
        if not m:
            return None, False
        y, mon, d = int(m["y"]), int(m["mo"]), int(m["d"])
    h, mi, sec = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    ampm = m.groupdict().get("ampm")
    if ampm:
        if h < 1 or h > 12:
            return None, False
        h = h % 12 + (12 if ampm.lower() == "p" else 0)
    zone_abbr = m["zone"]
    tz = _zone(zone_abbr)
    known = tz is not None or not zone_abbr
    try:
        dt = datetime(y, mon, d, h, mi, sec, tzinfo=tz or local)
    except ValueError:
        return None, False
    return plausible(dt), known


def looks_like_date(text: str) -> bool:
    """Cheap pre-check before the full parse (most text lines are not dates)."""
    s = text.strip()
    return 8 <= len(s) <= 60 and sum(ch.isdigit() for ch in s) >= 5
