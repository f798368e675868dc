"""The user's own answers in polls (Telegram poll.answers[].chosen, Facebook polls_you_voted_on):
choosing one side's option is support, for every pair and party alike; the options the user did
not choose name no one, and the cleanup step is to retract the vote."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from audit.model import Item, Kind, Platform, SourceRef, Target

from tests.engine_checks import CAMPAIGN, flagged, pair_id, side_of

QUESTION = "Siapa pilihan capres kalian di pilpres nanti?"
ALL = ["Anies-Muhaimin", "Prabowo-Gibran", "Ganjar-Mahfud", "Belum menentukan"]


def vote(auditor, chosen, question=QUESTION, platform=Platform.TELEGRAM, when=CAMPAIGN):
    extra = {"object": "poll", "poll_vote": True, "poll_question": question, "poll_options": ALL,
             "chosen": chosen, "chat": "Grup Warga RT 05"}
    text = "\n".join([question, *chosen])
    item = Item(platform, Kind.REACTION, when, SourceRef("result.json", 0),
                target=Target(name="Grup Warga RT 05", type="group"), text=text, extra=extra)
    return auditor.audit(item)


@pytest.mark.parametrize("n", [1, 2, 3])
@pytest.mark.parametrize("platform", [Platform.TELEGRAM, Platform.FACEBOOK])
def test_choosing_one_sides_option_is_support(auditor, n, platform) -> None:
    for option in (ALL[n - 1], f"0{n}", f"Paslon nomor {n}"):
        fs = vote(auditor, [option], platform=platform)
        assert flagged(fs), option
        assert side_of(auditor, fs) == {pair_id(n)}
        assert fs[0].rule == "poll.vote" and fs[0].action == "retract_vote"
        assert "jajak pendapat" in fs[0].explanation["id"]


def test_options_not_chosen_name_no_one(auditor) -> None:
    assert not vote(auditor, ["Belum menentukan"])
    # Several sides chosen at once (a multiple-answer poll) say nothing about one side.
    assert not flagged(vote(auditor, ["Anies-Muhaimin", "Ganjar-Mahfud"]))


def test_bare_number_in_a_poll_off_the_election_is_not_a_vote(auditor) -> None:
    assert not vote(auditor, ["02"], question="Rapat minggu depan sesi berapa?")


def test_number_before_its_draw_names_no_pair(auditor) -> None:
    early = datetime(2023, 6, 1, 5, tzinfo=timezone.utc)
    assert pair_id(2) not in side_of(auditor, vote(auditor, ["02"], when=early))


@pytest.mark.parametrize("option,party", [("PKB", "pkb"), ("Partai nomor 2", "gerindra"), ("PDIP", "pdip"),
                                          ("Partai Golkar", "golkar")])
def test_party_polls_name_the_party(auditor, option, party) -> None:
    fs = vote(auditor, [option], question="Partai pilihanmu di pileg 2024?")
    assert flagged(fs)
    assert fs[0].entities == [f"pemilu2024.party.{party}"]
