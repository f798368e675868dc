"""The streamed-record Meta repair skips only records it cannot change."""

from __future__ import annotations

from audit.importers.base import _fix_meta_record
from audit.textfix import fix_meta_obj


def _mojibake(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def test_ascii_records_come_back_as_they_are():
    rec = {"timestamp": 1700000000, "title": "Budi likes Info Kota's post.", "data": [{"x": 1.5, "y": None}]}
    assert _fix_meta_record(rec) is rec


def test_records_with_mojibake_are_repaired_like_the_walk():
    rec = {"data": [{"comment": {"comment": _mojibake("Mantap 👍 café"), "author": "Budi"}}],
           _mojibake("clé"): [_mojibake("ñ"), 3, True]}
    got = _fix_meta_record(rec)
    assert got == fix_meta_obj(rec)
    assert got["data"][0]["comment"]["comment"] == "Mantap 👍 café"
    assert "clé" in got


def test_values_orjson_refuses_still_get_the_walk():
    big = 2 ** 70
    rec = {"id": big, "name": _mojibake("Śiti")}
    assert _fix_meta_record(rec) == {"id": big, "name": "Śiti"}
