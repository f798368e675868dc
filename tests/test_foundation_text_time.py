from datetime import datetime, timezone

import pytest

from audit.textfix import fix_meta_obj, fix_meta_text, strip_controls
from audit.timeutil import ZONES, from_iso, from_local, from_rfc2822, from_unix, parse_any


def mojibake(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


@pytest.mark.parametrize("text", ["Café", "Selamat pagi 👍", "Coblos nomor 2 ✌️", "Dirgahayu RI ke-79 🇮🇩",
                                  "plain ascii"])
def test_meta_mojibake_is_repaired(text):
    assert fix_meta_text(mojibake(text)) == text


def test_meta_repair_leaves_good_text_alone():
    assert fix_meta_text("Ganjar 😀") == "Ganjar 😀"
    assert fix_meta_text("naïve") == "naïve"  # latin-1 encodable but not valid utf-8 bytes


def test_meta_repair_applies_to_keys_and_nested_values():
    obj = {mojibake("Komentär"): [{"value": mojibake("Mantap 🔥")}]}
    assert fix_meta_obj(obj) == {"Komentär": [{"value": "Mantap 🔥"}]}


def test_strip_controls_removes_bidi_and_control():
    assert strip_controls("a\u202eb\x1b[31mc\u200e") == "ab[31mc"


def test_unix_seconds_and_ms_and_bogus():
    assert from_unix(1700000000) == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    assert from_unix("1700000000000") == from_unix(1700000000)
    assert from_unix(-62169958800) is None      # Meta's year-0 capture date
    assert from_unix(1) is None                 # placeholder
    assert from_unix(0) is None
    assert from_unix(10**15) is None or from_unix(10**15).year < 2100
    assert from_unix("abc") is None
    assert from_unix(float("nan")) is None
    assert from_unix(True) is None


def test_zone_less_local_times_use_the_chosen_zone():
    wib = from_local("2024-02-10 20:00:00", ZONES["WIB"])
    wit = from_local("2024-02-10 20:00:00", ZONES["WIT"])
    assert wib.isoformat() == "2024-02-10T13:00:00+00:00"
    assert (wib - wit).total_seconds() == 2 * 3600
    assert from_local("2024:02:10 20:00:00", ZONES["WITA"]).hour == 12


def test_iso_and_rfc2822():
    assert from_iso("2024-02-01T03:04:05.678Z").minute == 4
    assert from_iso("2024-02-01T03:04:05") is None            # zone-less without a zone given
    assert from_rfc2822("Wed Oct 10 20:19:24 +0000 2018").year == 2018
    assert from_rfc2822("Wed Oct 10 20:19:24 +0000 1997") is None   # X's bogus old dates
    assert parse_any("1700000000") == from_unix(1700000000)


def test_x_dates_fast_path_agrees_with_strptime_and_refuses_impossible_days():
    from datetime import datetime

    from audit.timeutil import from_rfc2822
    for v in ("Wed Oct 10 20:19:24 +0000 2018", "Sun Feb 04 23:59:59 +0000 2024", "Thu Feb 29 00:00:00 +0000 2024"):
        assert from_rfc2822(v) == datetime.strptime(v, "%a %b %d %H:%M:%S %z %Y")
    assert from_rfc2822("Wed Feb 30 20:19:24 +0000 2018") is None
    assert from_rfc2822("Wed Oct 10 25:19:24 +0000 2018") is None
    assert from_rfc2822("Wed Oct 10 20:19:24 +0000 1997") is None      # before any network: a placeholder
    # Another zone still goes through the general parser.
    assert from_rfc2822("Wed Oct 10 20:19:24 +0700 2018").hour == 13


def test_unix_fast_path_keeps_the_range_checks():
    import time

    from audit.timeutil import from_unix
    assert from_unix(1072915200) is not None                  # 2004-01-01, the earliest kept
    assert from_unix(1072915199) is None
    assert from_unix(int(time.time()) + 3 * 86_400) is None  # days in the future: a bogus date
    assert from_unix(1_700_000_000_000) == from_unix(1_700_000_000)   # milliseconds
    assert from_unix(True) is None
