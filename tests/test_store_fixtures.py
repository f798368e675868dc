"""Helpers shared by the store/checklist/report tests (items and findings built directly),
plus the tests of the blind-index normalisation they rely on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from audit.coverage import Coverage
from audit.findings import Finding, Severity
from audit.model import Item, Kind, Platform, SourceRef, Target
from audit.pipeline import ScanResult, SourceResult
from audit.security.cipher import Cipher
from audit.store.blinds import Blinds, norm_url
from audit.store.sink import StoreSink
from audit.store.store import Store

ACTION_FOR = {Kind.LIKE: "unlike", Kind.REACTION: "unlike", Kind.PAGE_LIKE: "unfollow", Kind.FOLLOW: "unfollow",
              Kind.GROUP_MEMBERSHIP: "leave_group", Kind.POST: "delete", Kind.PHOTO: "delete",
              Kind.COMMENT: "delete", Kind.SHARE: "delete", Kind.MESSAGE: "delete"}


def ts(day: int, hour: int = 9) -> datetime:
    return datetime(2024, 1, day, hour, 0, tzinfo=timezone.utc)


def item(platform: str, kind: Kind, day: int, *, target: Target | None = None, text: str | None = None,
         url: str | None = None, index: int = 0, profile_owner: str | None = None) -> Item:
    extra = {"owner": profile_owner} if profile_owner else {}
    return Item(Platform(platform), kind, ts(day) if day else None, SourceRef(f"{platform}/data.json", index),
                target=target, text=text, url=url, extra=extra)


def finding(it: Item, *, category: str = "like_campaign", severity: str = "medium",
            action: str | None = None, rule: str = "support.entity") -> Finding:
    act = action or ACTION_FOR.get(it.kind, "review")
    return Finding(id=f"{it.fingerprint()}:{rule}", item=it, rule=rule, category=category,
                   severity=Severity(severity), entities=["pemilu2024.pair.01"], evidence=[],
                   explanation={"id": "Menyukai halaman kampanye.", "en": "Liked a campaign page."},
                   action=act, action_url=it.url or (it.target.url if it.target else None))


@dataclass
class Src:
    platform: str
    name: str
    entries: list[tuple[Item, list[Finding]]] = field(default_factory=list)
    owner: str | None = None

    def add(self, it: Item, flagged: bool = True, **kw: object) -> Item:
        self.entries.append((it, [finding(it, **kw)] if flagged else []))  # type: ignore[arg-type]
        return it


def import_run(store: Store, sources: Sequence[Src], problems: Iterable[SourceResult] = ()) -> int:
    """Stream sources into the store the way the pipeline does; returns the run id."""
    sink = StoreSink(store, timezone_name="WIB")
    result = ScanResult()
    for s in sources:
        cov = Coverage(platform=s.platform, generation="test")
        entries = list(s.entries)
        if s.owner:
            profile = Item(Platform(s.platform), Kind.PROFILE, ts(1), SourceRef("profile.json", 0),
                           extra={"owner": s.owner})
            entries.insert(0, (profile, []))
        for it, _ in entries:
            cov.counts[it.kind.value] += 1
            cov.read(it.source.file, 1)
            iso = it.timestamp.isoformat().replace("+00:00", "Z") if it.timestamp else None
            if iso and (cov.date_min is None or iso < cov.date_min):
                cov.date_min = iso
            if iso and (cov.date_max is None or iso > cov.date_max):
                cov.date_max = iso
            if iso is None:
                cov.unknown_date += 1
        cov.skip(f"{s.platform}/ads.json", "not_relevant")
        src = SourceResult(s.name, [s.name], s.platform, "test", "json", cov)
        result.sources.append(src)
        sink.begin_source(src, None)  # type: ignore[arg-type]
        for it, fs in entries:
            sink.add(it, fs)
            result.items_total += 1
        sink.end_source(src)
    result.sources.extend(problems)
    return sink.finish(result)


def new_store(path: Path, cipher: Cipher | None = None) -> Store:
    return Store.open(path, cipher=cipher or Cipher(Cipher.new_key()))


# ---- blind-index normalisation --------------------------------------------------------------

def test_urls_of_one_page_normalise_alike() -> None:
    assert norm_url("https://www.facebook.com/RelawanContoh/") == norm_url("http://m.facebook.com/relawancontoh")
    assert norm_url("https://facebook.com/profile.php?id=1") != norm_url("https://facebook.com/profile.php?id=2")


def test_target_keys_match_across_spellings_but_not_platforms() -> None:
    b = Blinds(Cipher(Cipher.new_key()))
    a = b.target("facebook", Target(name="Relawan  Contoh", url="https://www.facebook.com/RelawanContoh/"))
    c = b.target("facebook", Target(name="relawan contoh"))
    d = b.target("instagram", Target(name="Relawan Contoh"))
    assert a.name == c.name and a.name is not None
    assert c.primary == c.name                      # only a name: the name is the best key
    assert a.primary != a.name                      # the URL wins when there is one
    assert d.name != a.name                         # same name on another platform: another page
    assert b.target("x", None).all == ()


def test_blinds_depend_on_the_key() -> None:
    one, two = Blinds(Cipher(Cipher.new_key())), Blinds(Cipher(Cipher.new_key()))
    assert one.item("abc") != two.item("abc") and len(one.item("abc")) == 16
