"""The photo step inside the scan pipeline: opt-in, symmetric on the demo, honest when unavailable."""

from __future__ import annotations

import pytest

from audit.demo import demo_archive_path
from audit.photos import photos_available
from audit.pipeline import scan

needs_photos = pytest.mark.skipif(not photos_available()[0], reason="the [photos] extra is not installed")


@pytest.mark.photos
@needs_photos
def test_demo_banner_photos_are_found_once_per_pair():
    r = scan([demo_archive_path()], photos=True)
    assert r.photos_status and r.photos_status.startswith("photos.available")
    photo = [f for f in r.findings if f.rule.startswith("photo.")]
    texts = sorted(m.match.upper() for f in photo for m in f.evidence if m.field == "media.ocr")
    assert any("COBLOS NO 1" in t for t in texts)
    assert any("COBLOS NO 2" in t for t in texts)
    assert any("COBLOS NO 3" in t for t in texts)
    sev = {f.severity.value for f in photo}
    assert len(sev) == 1, "the three pairs' banners must get the same severity"
    assert all(f.action_url for f in photo)
    fb = next(s for s in r.sources if s.platform == "facebook")
    assert not any(v["reason"] == "media" and "kegiatan" in k for k, v in fb.coverage.files_skipped.items())


def test_without_the_flag_photos_are_not_analysed_and_it_says_so(capsys):
    r = scan([demo_archive_path()])
    assert r.photos_status is None
    assert not any(f.rule.startswith("photo.") for f in r.findings)
    fb = next(s for s in r.sources if s.platform == "facebook")
    assert any(v["reason"] == "media" for v in fb.coverage.files_skipped.values())


def test_missing_extra_is_reported_not_raised(monkeypatch):
    import audit.photos
    monkeypatch.setattr(audit.photos, "photos_available", lambda: (False, "photos.unavailable.missing_extra"))
    r = scan([demo_archive_path()], photos=True)
    assert r.photos_status == "photos.unavailable.missing_extra"
    assert not any(f.rule.startswith("photo.") for f in r.findings)
    assert r.findings  # the rest of the audit still ran


@pytest.mark.photos
@needs_photos
def test_photo_findings_are_kept_in_the_store(tmp_path):
    from audit.security.cipher import Cipher
    from audit.store import Store
    from audit.store.sink import scan_into_store

    store = Store.open(tmp_path / "s.db", cipher=Cipher(Cipher.new_key()))
    run_id, _ = scan_into_store(store, [demo_archive_path()], photos=True)
    stored = store.findings(run_id)
    photo = [f for f in stored if f.category in ("campaign_props", "photo_gesture")]
    assert len(photo) == 3
    # Every photo finding points at an item the store knows.
    fps = {fp for (fp,) in store.conn.execute("SELECT fp FROM items")}
    assert {f.item_fp for f in photo} <= fps
    assert all("COBLOS" in str(f.content.get("extra", {}).get("ocr_lines")) for f in photo)
    store.close()
