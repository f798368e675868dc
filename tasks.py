#!/usr/bin/env python3
"""One-command set-up and run for Jejak Netral (needs only Python 3.11+).

    python3 tasks.py app [ARCHIVE...]   set up, then open the app (on the demo archive if none given)
    python3 tasks.py test               set up, then run the whole test suite
    python3 tasks.py test-slow          set up, then run the slow tests (crash/fuzz loops)
    python3 tasks.py scan [ARGS...]     set up, then `jejak-netral scan` (CLI)
    python3 tasks.py bench [ARGS...]    set up, then run the benchmarks (prints figures)
    python3 tasks.py screenshots        set up, then take screenshots of every screen (Xvfb)

Set-up is idempotent: a virtual environment in .venv, the package and its
extras installed from pyproject.toml (skipped when nothing changed), and, on
Debian/Ubuntu as root, the system libraries Qt needs to draw offscreen.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
IS_WIN = os.name == "nt"
BIN = VENV / ("Scripts" if IS_WIN else "bin")
PY = BIN / ("python.exe" if IS_WIN else "python")

# Debian packages: Qt's offscreen/xcb platform plugins, fonts, and test tools.
APT_RUNTIME = ["libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libxkbcommon0",
               "libxkbcommon-x11-0", "libdbus-1-3", "libglib2.0-0", "libx11-xcb1", "libxcb-cursor0",
               "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
               "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1",
               "libxcb-sync1", "libxcb-shm0", "fonts-dejavu-core", "fonts-noto-color-emoji"]
APT_TEST = ["poppler-utils", "xvfb", "xauth"]


def log(msg: str) -> None:
    print(f"[tasks] {msg}", flush=True)


def run(cmd: list[str], **kw) -> int:  # type: ignore[no-untyped-def]
    return subprocess.call([str(c) for c in cmd], **kw)


def apt_install(packages: list[str]) -> None:
    """Install missing Debian packages when we can (root + apt); otherwise say what is missing."""
    if IS_WIN or sys.platform == "darwin" or not shutil.which("dpkg-query"):
        return
    missing = []
    for p in packages:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True, text=True)
        if "install ok installed" not in r.stdout:
            missing.append(p)
    if not missing:
        return
    if os.geteuid() != 0:
        sudo = shutil.which("sudo")
        if not sudo:
            log("missing system packages (install them as root): " + " ".join(missing))
            return
        prefix = [sudo, "-n"]
    else:
        prefix = []
    log("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if run(prefix + ["apt-get", "update", "-qq"], env=env) != 0 or \
       run(prefix + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env) != 0:
        log("could not install: " + " ".join(missing) + " (tests that need them will be skipped)")


def ensure_venv(extras: str) -> None:
    if not PY.exists():
        log("creating virtual environment in .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()
                            + (ROOT / "packaging" / "constraints.txt").read_bytes()
                            if (ROOT / "packaging" / "constraints.txt").exists()
                            else (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    log(f"installing jejak-netral{('[' + extras + ']') if extras else ''} into .venv")
    pip = [PY, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    if run(pip + ["-U", "pip"]) != 0:
        log("could not upgrade pip; continuing with the one there is")
    target = f".[{extras}]" if extras else "."
    constraints = ROOT / "packaging" / "constraints.txt"
    pinned = ["-c", str(constraints)] if constraints.exists() else []
    # The pinned set first (reproducible); unpinned if a pin has no wheel for this machine.
    if run(pip + pinned + ["-e", target], cwd=ROOT) != 0 and (
            not pinned or run(pip + ["-e", target], cwd=ROOT) != 0):
        sys.exit("[tasks] pip install failed")
    photo_script = ROOT / "packaging" / "install_photo_extra.py"
    if "photos" in extras and photo_script.exists():
        # Some photo libraries must be installed without their declared heavy dependencies.
        if run([PY, photo_script]) != 0:
            log("photo extra could not be installed; photo tests will be skipped")
    stamp.write_text(digest)


def cmd_app(args: list[str]) -> int:
    apt_install(APT_RUNTIME)
    ensure_venv("")
    argv = args or ["--demo"]
    return run([BIN / ("jejak-netral-app.exe" if IS_WIN else "jejak-netral-app"), *argv])


def cmd_scan(args: list[str]) -> int:
    ensure_venv("")
    return run([BIN / "jejak-netral", "scan", *args])


def cmd_test(args: list[str], slow: bool = False) -> int:
    apt_install(APT_RUNTIME + APT_TEST)
    ensure_venv("test,photos")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    cmd = [PY, "-m", "pytest", "-q"]
    if slow:
        cmd += ["-m", "slow"]
    rc = run(cmd + args, cwd=ROOT, env=env)
    return 0 if rc == 5 and slow else rc


def cmd_bench(args: list[str]) -> int:
    ensure_venv("test,photos")
    return run([PY, "-m", "benchmarks", *args], cwd=ROOT)


def cmd_screenshots(args: list[str]) -> int:
    apt_install(APT_RUNTIME + APT_TEST)
    ensure_venv("test")
    return run([PY, ROOT / "scripts" / "screenshots.py", *args], cwd=ROOT)


def main() -> int:
    if sys.version_info < (3, 11):
        sys.exit("Jejak Netral needs Python 3.11 or newer.")
    if len(sys.argv) < 2 or sys.argv[1] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0
    name, rest = sys.argv[1], sys.argv[2:]
    commands = {
        "app": cmd_app, "scan": cmd_scan, "test": cmd_test,
        "test-slow": lambda a: cmd_test(a, slow=True), "bench": cmd_bench,
        "screenshots": cmd_screenshots,
    }
    if name not in commands:
        print(__doc__)
        return 2
    return commands[name](rest)


if __name__ == "__main__":
    sys.exit(main())
