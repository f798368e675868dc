"""The engine never loads Qt: importing every module of audit/ in a fresh process."""

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import audit

ROOT = Path(audit.__file__).resolve().parent.parent


def _audit_modules() -> list[str]:
    names = ["audit"]
    for info in pkgutil.walk_packages([str(ROOT / "audit")], prefix="audit."):
        if not info.name.endswith("__main__"):
            names.append(info.name)
    return names


def test_every_audit_module_imports_without_qt():
    mods = _audit_modules()
    assert "audit.pipeline" in mods and "audit.archive.members" in mods
    code = (
        "import importlib, json, sys\n"
        f"mods = {mods!r}\n"
        "failed = {}\n"
        "for m in mods:\n"
        "    try:\n"
        "        importlib.import_module(m)\n"
        "    except ImportError as e:\n"
        "        failed[m] = repr(e)\n"
        "qt = sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6', 'desktop')))\n"
        "print(json.dumps({'qt': qt, 'failed': failed}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    res = json.loads(out.stdout.strip().splitlines()[-1])
    assert res["qt"] == [], f"audit/ pulled in Qt: {res['qt']}"
    # Optional extras (photos) may be absent; nothing else may fail to import.
    hard = {m: e for m, e in res["failed"].items() if not m.startswith("audit.photos")}
    assert hard == {}


def test_cli_scan_help_runs_without_qt():
    code = ("import sys\nfrom audit.cli import build_parser\nbuild_parser()\n"
            "print(any(k.startswith('PySide6') for k in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
