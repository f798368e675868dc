"""The engine never raises on odd items: random texts, handles and names of every kind.

A seeded random run (the same inputs every time) plus the inputs such runs found.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from audit.model import Item, Kind, Platform, SourceRef, Target

WORDS = ("anies prabowo ganjar gibran mahfud muhaimin amin 01 02 03 coblos nomor urut salam dua jari ✌️ ☝️ "
         "#AMIN #PrabowoGibran2024 pks gerindra pdip golkar nasdem pkb relawan timnas tkn tpn asal bukan "
         "tolak dukung pilih menang presiden capres pemilu kpu tps golput surat suara kali 5 nyoblos "
         "a b c 1 2 3 0 nol satu dua tiga siji loro telu yg dgn utk no nmr g a n j a r pr4bowo "
         "@relawan_amin https://www.facebook.com/TimnasAMIN 😀 🇮🇩 é ẞ İ ǅ ﬁ ⁰ ² ① Ⅻ").split()
CHARS = [chr(c) for c in [*range(32, 127), *range(0xA0, 0x250), 0x200B, 0x200D, 0xFE0F, 0x301, 0x1F600,
                          0x0660, 0x0966, 0xFF10, 0x2460]]


def _text(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 25)))
    return "".join(rng.choice(WORDS + CHARS) for _ in range(rng.randint(0, 120)))


def _item(rng: random.Random, i: int) -> Item:
    ts = None if rng.random() < 0.1 else \
        datetime(2022, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=rng.randint(0, 1_500_000))
    target = None
    if rng.random() < 0.6:
        target = Target(name=_text(rng) if rng.random() < 0.6 else None,
                        handle=_text(rng).replace(" ", "_")[:40] if rng.random() < 0.5 else None,
                        url="https://www.facebook.com/" + _text(rng).replace(" ", "")[:30] if rng.random() < 0.3 else None,
                        type=rng.choice([None, "page", "group", "account", "channel"]))
    extra = {"title": _text(rng)} if rng.random() < 0.3 else {}
    return Item(rng.choice(list(Platform)), rng.choice(list(Kind)), ts, SourceRef("f", i), target=target,
                text=_text(rng) if rng.random() < 0.7 else None, extra=extra)


def test_random_items_never_raise(auditor):
    rng = random.Random(20261123)
    flagged = 0
    for i in range(4000):
        item = _item(rng, i)
        found = auditor.audit(item)
        auditor.needs_manual_check(item)
        for f in found:
            assert f.to_json()["entities"] is not None
        flagged += bool(found)
    assert 0 < flagged < 4000   # the inputs do reach the rules


def test_hashtag_hits_in_a_handle_with_digits_do_not_break_the_count_check(auditor):
    # Found by a random run: hashtag hits carry offsets into their tag, past the end of the text.
    item = Item(Platform.TELEGRAM, Kind.PROFILE, datetime(2022, 1, 29, tzinfo=timezone.utc), SourceRef("f", 1),
                target=Target(handle="dukung_#AMIN_ẞ_⁰_no_⁰_siji_ﬁ_presiden_gi", type="account"))
    assert isinstance(auditor.audit(item), list)
