"""Dates as pages written in the Indonesian locale print them.

CLDR's Indonesian data (as shipped in the JDK's JavaTimeSupplementary_id) formats zone
offsets "+HH.mm", so a zone without a short name appears as "GMT+07.00"; months are
abbreviated Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des and times use dots.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from audit.importers.localdates import parse_human_date

UTC = timezone.utc


@pytest.mark.parametrize("text,expected", [
    ("12 Okt 2024, 19.05.33 GMT+07.00", datetime(2024, 10, 12, 12, 5, 33, tzinfo=UTC)),
    ("12 Okt 2024, 19.05.33 GMT-03.30", datetime(2024, 10, 12, 22, 35, 33, tzinfo=UTC)),
    ("3 Mei 2024, 10.00.00 WIB", datetime(2024, 5, 3, 3, 0, tzinfo=UTC)),
    ("17 Agu 2024, 07.05.33 WITA", datetime(2024, 8, 16, 23, 5, 33, tzinfo=UTC)),
    ("5 Des 2023, 23.59.01 WIT", datetime(2023, 12, 5, 14, 59, 1, tzinfo=UTC)),
    ("12 Januari 2024 pukul 19.05", datetime(2024, 1, 12, 19, 5, tzinfo=UTC)),
])
def test_indonesian_locale_dates(text, expected):
    got, ok = parse_human_date(text, UTC)
    assert ok and got == expected
