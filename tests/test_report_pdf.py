"""The PDF report: made headless from the CLI, text holds the counts, pages render."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from audit.security.cipher import Cipher
from test_store_fixtures import Src, import_run, item

ROOT = Path(__file__).resolve().parents[1]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                   reason="poppler-utils (pdftotext, pdftoppm) not installed: "
                                          "apt-get install -y poppler-utils")


def _store_file(tmp_path: Path) -> tuple[Path, bytes]:
    from audit.checklist import Checklist
    from audit.model import Kind, Target
    from audit.store.store import Store
    key = Cipher.new_key()
    path = tmp_path / "data" / "jejak-netral.db"
    with Store.open(path, cipher=Cipher(key)) as st:
        fb = Src("facebook", "facebook-budi.zip", owner="budi")
        for d in range(1, 13):
            fb.add(item("facebook", Kind.LIKE, d, target=Target(name="Relawan Kota X"), index=d))
        for d in range(1, 5):
            fb.add(item("facebook", Kind.COMMENT, d, text=f"Mantap, semoga menang {d}", index=50 + d),
                   category="comment_campaign", severity="high")
        run = import_run(st, [fb])
        cl = Checklist(st, run)
        likes = next(t for t in cl.tasks if t.action == "unlike")
        cl.set_state([f.id for f in likes.findings[:9]], "done")
        cl.set_state([likes.findings[9].id], "cannot", "deleted_by_owner")
    return path, key


def _cli(tmp_path: Path, key: bytes, *args: str) -> subprocess.CompletedProcess[str]:
    code = ("import sys\nfrom audit.security.cipher import Cipher\nfrom audit.store import set_cipher_provider\n"
            f"set_cipher_provider(lambda: Cipher(bytes.fromhex({key.hex()!r})))\n"
            "from desktop.cli import main\nsys.exit(main(sys.argv[1:]))\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-c", code, "--data-dir", str(tmp_path / "data"), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


@needs_poppler
def test_pdf_from_the_cli_holds_the_counts_and_renders(tmp_path):
    _, key = _store_file(tmp_path)
    out = tmp_path / "laporan.pdf"
    res = _cli(tmp_path, key, "--lang", "en", "report", "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    assert "Personal Digital Footprint Audit Report" in flat
    assert "Findings: 16 — done 9, to do 6, not applicable 0, cannot do 1" in flat
    assert "Cleanup progress: 62%" in flat
    assert "By level: high 4, medium 12, low 0" in flat
    # Table cells wrap: read the cells in reading order (no -layout) for the item texts.
    cells = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                    check=True).stdout.split())
    assert "Mantap, semoga menang 3" in cells and "The post was deleted by its owner" in cells
    pages = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(pages)], check=True)
    images = sorted(tmp_path.glob("page*.png"))
    assert images and all(p.stat().st_size > 2000 for p in images)   # real pages, not blank


@needs_poppler
def test_pdf_without_content_in_indonesian(tmp_path):
    _, key = _store_file(tmp_path)
    out = tmp_path / "ringkas.pdf"
    res = _cli(tmp_path, key, "report", "--out", str(out), "--no-content")
    assert res.returncode == 0, res.stderr
    flat = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Temuan: 16 — sudah dikerjakan 9, belum 6, tidak perlu 0, tidak bisa 1" in flat
    assert "Relawan" not in flat and "Mantap" not in flat and "facebook-budi" not in flat


def test_html_and_checklist_from_the_cli(tmp_path):
    _, key = _store_file(tmp_path)
    out = tmp_path / "laporan.html"
    res = _cli(tmp_path, key, "report", "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert "Kemajuan pembersihan: 62%" in out.read_text(encoding="utf-8")
    res = _cli(tmp_path, key, "--lang", "en", "checklist", "--json")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["progress"] == {"total": 16, "todo": 6, "done": 9, "not_applicable": 0, "cannot": 1, "percent": 62}
    assert [t["title"] for t in doc["tasks"]] == ["Delete 4 comments", "Unlike 12 posts of Relawan Kota X"]
    assert doc["tasks"][1]["progress"] == {"total": 12, "resolved": 10}
    res = _cli(tmp_path, key, "checklist", "--tasks")
    assert res.returncode == 0, res.stderr
    assert "Facebook: 10/16 (62%), belum dikerjakan 6" in res.stdout
    assert "Batalkan suka pada 12 unggahan dari Relawan Kota X  (10/12)" in res.stdout


def test_cli_without_a_store_says_so(tmp_path):
    res = _cli(tmp_path, Cipher.new_key(), "checklist")
    assert res.returncode == 2
    assert "Belum ada audit yang tersimpan" in res.stderr and "No audit has been saved yet" in res.stderr


def test_engine_cli_alone_refuses_pdf_clearly_and_never_loads_qt(tmp_path):
    """`python -m audit` has no PDF writer (the engine never imports Qt): a clear message, exit 2."""
    code = ("import sys\nfrom audit.cli import main\nrc = main(sys.argv[1:])\n"
            "print('QT' if any(m.startswith(('PySide6', 'desktop')) for m in sys.modules) else 'NOQT')\n"
            "sys.exit(rc)\n")
    res = subprocess.run([sys.executable, "-c", code, "--data-dir", str(tmp_path / "data"), "report",
                          "--out", str(tmp_path / "r.pdf")], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert res.returncode == 2
    assert "--format html" in res.stderr and "Traceback" not in res.stderr
    assert res.stdout.strip().endswith("NOQT")
    assert not (tmp_path / "r.pdf").exists()
