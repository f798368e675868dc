"""General fixes made after the first run of the fifth held-out corpus (tests/corpus/heldout5.jsonl).

Each rule is checked for every pair alike, with counter-examples that must still be flagged.
"""

from __future__ import annotations

import pytest

from audit.model import Kind, Platform, Target

from tests.engine_checks import audit, flagged, pair_id, side_of

PAIRS = [(1, "Anies-Muhaimin", "Anies Baswedan", "Anies"), (2, "Prabowo-Gibran", "Prabowo Subianto", "Prabowo"),
         (3, "Ganjar-Mahfud", "Ganjar Pranowo", "Ganjar")]


def share_link(auditor, headline, text=None):
    return audit(auditor, kind=Kind.SHARE, text=text,
                 target=Target(name=headline, url="https://portalberita.example/pemilu/artikel", type="link"))


@pytest.mark.parametrize("n,pair,full,bare", PAIRS)
def test_shared_headline_is_content_not_an_account_name(auditor, n, pair, full, bare) -> None:
    # A news link about a candidate shared without words: worth a look at most (it was "high",
    # read as if the user followed an account named "Capres X ...").
    fs = share_link(auditor, f"Capres {full} paparkan program pendidikan dalam debat")
    assert not flagged(fs)
    # Campaign content in the headline is still campaign content, and so are the user's own words.
    fs = share_link(auditor, f"Coblos 0{n} {pair} menang satu putaran!")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
    fs = share_link(auditor, f"Capres {full} paparkan program pendidikan", text=f"{bare} presidenku!")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)


@pytest.mark.parametrize("n,pair,full,bare", PAIRS)
def test_a_hoax_quoted_to_debunk_it_is_not_support(auditor, n, pair, full, bare) -> None:
    for q in ("'{x}'", "\u2018{x}\u2019"):
        said = q.format(x=f"{bare} menang tunjangan PNS dihapus")
        text = f"Bapak2 ibu2, pesan {said} itu hoaks ya, sudah dibantah di situs cek fakta"
        assert not flagged(audit(auditor, text=text, kind=Kind.MESSAGE, platform=Platform.WHATSAPP)), text
    # An apostrophe inside a word opens no quotation.
    fs = audit(auditor, text=f"Jum'at ini {bare} menang debat, mantap")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)


@pytest.mark.parametrize("n,pair,full,bare", PAIRS)
def test_leetspeak_abbreviations_are_read(auditor, n, pair, full, bare) -> None:
    fs = audit(auditor, text=f"pokokny fix pil1h n0 {n} 🔥🔥 {bare} t0p bgt")
    assert flagged(fs) and pair_id(n) in side_of(auditor, fs)
    assert auditor.rules.normalizer.normalize(f"n0 {n} s4tu putaran") == f"nomor {n} 1 putaran"
