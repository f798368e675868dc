"""The CLI and the `scan --json` public contract, on the bundled demo archive and on bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest

from audit.cli import main
from audit.importers.registry import IMPORTERS, all_importers
from audit.scan_json import SCHEMA

ROOT = Path(__file__).resolve().parent.parent


def test_every_registered_importer_exists():
    assert len(all_importers()) == len(IMPORTERS)
    names = [i.name for i in all_importers()]
    assert len(set(names)) == len(names)


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory):
    out = tmp_path_factory.mktemp("scan") / "scan.json"
    rc = main(["scan", "--quiet", "--json", str(out), "--timezone", "WIB"])
    assert rc == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_json_document_matches_the_contract(demo_doc):
    jsonschema.validate(demo_doc, SCHEMA)
    assert demo_doc["tool"]["name"] == "jejak-netral"
    assert demo_doc["rulepacks"] and all(p["id"] for p in demo_doc["rulepacks"])


def test_demo_covers_every_platform_it_ships(demo_doc):
    platforms = {s["platform"] for s in demo_doc["sources"]}
    assert {"facebook", "instagram", "x", "telegram", "whatsapp"} <= platforms
    for s in demo_doc["sources"]:
        cov = s["coverage"]
        assert cov["items_total"] > 0, s["name"]
        # Every file is accounted for: read or skipped with a reason.
        assert cov["files_read"], s["name"]


def test_demo_findings_are_symmetric_across_pairs(demo_doc):
    per_pair: dict[str, int] = {}
    for f in demo_doc["findings"]:
        for e in f["entities"]:
            for n in ("01", "02", "03"):
                if e.endswith(f"pair.{n}") or e.endswith(f"pair-{n}") or e.endswith(f"paslon{n}") or e.endswith(f"pair{n}"):
                    per_pair[n] = per_pair.get(n, 0) + 1
    assert set(per_pair) == {"01", "02", "03"}, per_pair
    assert len(set(per_pair.values())) == 1, per_pair


def test_findings_echo_archive_values(demo_doc):
    texts = [f["text"] for f in demo_doc["findings"] if f["kind"] == "post"]
    assert any("Coblos nomor 1" in (t or "") for t in texts)
    for f in demo_doc["findings"]:
        for ev in f["evidence"]:
            if ev["field"] == "text" and ev["start"] >= 0:
                assert f["text"][ev["start"]:ev["end"]].lower() == ev["match"].lower()


def test_neutral_traps_in_demo_are_not_flagged(demo_doc):
    flagged = " ".join((f["text"] or "") for f in demo_doc["findings"])
    for trap in ("Amin ya Allah", "juara 1 lomba", "Gas terus, lembur", "Jangan lupa 14 Februari datang ke TPS"):
        assert trap not in flagged, trap


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


@pytest.mark.parametrize("make,expect_id,expect_en", [
    (lambda d: d / "tidak-ada.zip", "tidak ditemukan", "not found"),
    (lambda d: _write(d / "rusak.zip", b"PK\x03\x04 not a zip at all"), "rusak", "damaged"),
    (lambda d: _zip(d / "lain.zip", {"foo/bar.json": b"{}"}), "tidak dikenali", "not recognised"),
    (lambda d: _zip(d / "facebook-budi-html.zip", {
        "facebook-budi/your_facebook_activity/posts/your_posts_1.html": b"<html></html>",
        "facebook-budi/personal_information/profile_information/profile_information.html": b"<html></html>",
        "facebook-budi/index.html": b"<html></html>"}), None, None),
])
def test_bad_inputs_exit_2_with_both_languages_and_no_traceback(tmp_path, make, expect_id, expect_en):
    user = tmp_path / "user-files"
    user.mkdir()
    path = make(user)
    before = sorted(p.name for p in user.iterdir())
    r = _cli("scan", "--quiet", str(path), cwd=user)
    assert "Traceback" not in r.stderr + r.stdout
    after = sorted(p.name for p in user.iterdir())
    assert before == after  # nothing written next to the user's files
    if expect_id is None:  # an HTML Meta export is read by the HTML importer (or explained)
        assert r.returncode in (0, 2)
        return
    assert r.returncode == 2
    assert "Gagal:" in r.stderr and "Error:" in r.stderr
    assert expect_id in r.stderr and expect_en in r.stderr


def test_debug_shows_traceback_for_bad_input(tmp_path):
    r = _cli("--debug", "scan", "--quiet", str(tmp_path / "nope.zip"), cwd=tmp_path)
    assert r.returncode == 2


def _write(p: Path, data: bytes) -> Path:
    p.write_bytes(data)
    return p


def _zip(p: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(p, "w") as zf:
        for k, v in members.items():
            zf.writestr(k, v)
    return p
