"""Findings built from the real Finding/Item classes, for GUI tests that do not need a scan.

Every pair gets the same acts (neutral fixtures). Names and texts are fictional.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

from audit.coverage import Coverage
from audit.findings import Evidence, Finding, Severity
from audit.model import Item, Kind, MediaRef, Platform, SourceRef, Target
from audit.pipeline import ScanResult, SourceResult

PAIRS = ["pemilu2024.pair.01", "pemilu2024.pair.02", "pemilu2024.pair.03"]
PLATFORMS = [Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X]
KINDS = [Kind.LIKE, Kind.COMMENT, Kind.POST, Kind.FOLLOW]
SEVS = [Severity.HIGH, Severity.MEDIUM, Severity.LOW]
START = datetime(2023, 6, 1, 3, 0, tzinfo=timezone.utc)


def make_finding(i: int, *, text: str | None = None, media: tuple[MediaRef, ...] = ()) -> Finding:
    pair = PAIRS[i % 3]
    num = pair[-2:]
    body = text if text is not None else f"Ayo dukung paslon {num} bersama Relawan Contoh {i}"
    word = f"paslon {num}"
    start = body.find(word)
    item = Item(platform=PLATFORMS[(i // 3) % 3], kind=KINDS[(i // 9) % 4],
                timestamp=START + timedelta(days=(i * 7) % 400, hours=i % 24),
                source=SourceRef("your_activity/comments.json", i),
                target=Target(name=f"Relawan Contoh {num}", url=f"https://www.example.org/relawan{num}"),
                text=body, url=f"https://www.example.org/post/{i}", media=media)
    ev = [Evidence("text", start, start + len(word), word)] if start >= 0 else []
    return Finding(id=f"f{i:06d}", item=item, rule="support.entity-and-phrase",
                   category=["comment_campaign", "like_campaign", "post_campaign"][i % 3],
                   severity=SEVS[(i // 2) % 3], entities=[pair], evidence=ev,
                   explanation={"id": f"Teks menyebut dukungan kepada paslon {num}.",
                                "en": f"The text states support for pair {num}."},
                   action="delete", action_url=f"https://www.example.org/post/{i}",
                   phase="pemilu2024.campaign" if i % 2 else "pemilu2024.prospective",
                   sanction={"table": "disiplin", "id": "Hukuman disiplin berat", "en": "Severe discipline"})


def make_result(n: int = 30, ruleset: object | None = None) -> ScanResult:
    if ruleset is None:
        from audit.rules import load_packs
        ruleset = load_packs()
    findings = [make_finding(i) for i in range(n)]
    cov = Coverage(platform="facebook", generation="G4")
    cov.read("your_activity/comments.json", n)
    cov.skip("ads_information/ads.json", "not_relevant")
    cov.skip("media/photo1.jpg", "media")
    cov.counts["comment"] = n
    src = SourceResult("facebook-contoh.zip", ["/nonexistent/facebook-contoh.zip"], "facebook", "G4", "json", cov)
    bad = SourceResult("catatan.docx", ["/nonexistent/catatan.docx"], None,
                       error=__import__("audit.errors", fromlist=["InputError"]).InputError(
                           "input.unknown_file", path="catatan.docx"))
    return ScanResult(sources=[src, bad], findings=findings, items_total=n * 3, ruleset=ruleset)


def fake_ruleset() -> SimpleNamespace:
    return SimpleNamespace(phases=[], entities={}, packs=[])
