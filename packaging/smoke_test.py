"""Smoke test of the frozen app as installed from the .deb (run as root; `build.py smoke`).

Install the .deb, then use the installed programs the way a user and HR would,
headless: the command line audits the bundled demo archive into the store
and writes the personal report (PDF and HTML); the organisation file in /etc
is read by the frozen app (a pack signed with the key it names installs, one
without does not); with no keyring the app asks for a passphrase and never
falls back to a plaintext keyring; under a D-Bus session with an unlocked
gnome-keyring the frozen app finds the Secret Service backend; the desktop app
starts offscreen, scans the demo and writes its report (--smoke-test);
"Hapus semua data" wipes; purge leaves nothing behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

OPT = Path("/opt/jejak-netral")
ETC_ORG = Path("/etc/jejak-netral/organisation.toml")
CLI = "/usr/bin/jejak-netral"
PASSPHRASE = "smoke-test passphrase"
GUI_TIMEOUT = 180


@dataclass
class Target:
    """Where the programs under test are, and where their organisation file goes."""
    cli: str
    gui: str
    internal: Path                 # the bundle's _internal folder (resources/ inside)
    org_file: Path                 # a file the installed app reads as its organisation file
    expect_keyring: str | None     # "none": must be unavailable; else a backend name part; None: any

    @property
    def demo(self) -> Path:
        return self.internal / "resources" / "demo"

    @property
    def sample_pack(self) -> Path:
        return self.internal / "resources" / "rulepacks" / "pilkada-contoh-fiktif.toml"


def bundle_target(folder: Path) -> Target:
    """The unpacked PyInstaller folder (Windows/macOS runners); org file in the app's own folder."""
    ext = ".exe" if os.name == "nt" else ""
    expect = "Windows" if os.name == "nt" else None
    return Target(str(folder / f"jejak-netral{ext}"), str(folder / f"jejak-netral-app{ext}"),
                  folder / "_internal", folder / "organisation.toml", expect)


@dataclass
class SmokeResult:
    ok: bool = True
    figures: dict[str, object] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def check(self, cond: bool, what: str, detail: str = "") -> bool:
        self.lines.append(f"{'PASS' if cond else 'FAIL'}  {what}" + (f"\n      {detail}" if detail and not cond else ""))
        print(self.lines[-1], flush=True)
        self.ok &= cond
        return cond


def _clean_env(home: Path) -> dict[str, str]:
    # No D-Bus session, no display, a fresh HOME: the office laptop's worst case.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("JEJAK_NETRAL_", "DBUS_", "QT_", "XDG_", "PYTHON", "DISPLAY", "WAYLAND"))}
    env.update(HOME=str(home), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return env


def _run(cmd: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


def _no_traceback(p: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in p.stdout + p.stderr


def _drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=False)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False  # containers may not allow it: the first start after install is then "cold-ish"


def smoke_installed(deb: Path) -> SmokeResult:
    r = SmokeResult()
    if os.geteuid() != 0:
        r.check(False, "smoke test needs root (dpkg -i / dpkg -P)")
        return r
    if subprocess.run(["dpkg", "-s", "jejak-netral"], capture_output=True).returncode == 0:
        subprocess.run(["dpkg", "-P", "jejak-netral"], capture_output=True)
    t0 = time.monotonic()
    inst = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
    r.figures["deb_install_seconds"] = round(time.monotonic() - t0, 1)
    if not r.check(inst.returncode == 0, f"dpkg -i {deb.name}", inst.stderr[-2000:]):
        return r
    target = Target(CLI, "/usr/bin/jejak-netral-app", OPT / "_internal", ETC_ORG, "none")
    try:
        conff = subprocess.run(["dpkg-query", "-W", "-f=${Conffiles}", "jejak-netral"],
                               capture_output=True, text=True).stdout
        r.check(str(ETC_ORG) in conff, "organisation file is a dpkg conffile", conff)
        r.figures["installed_bytes"] = sum(p.stat().st_size for p in OPT.rglob("*") if p.is_file() and not p.is_symlink())
        with tempfile.TemporaryDirectory(prefix="jn-smoke-") as tmp:
            _checks(r, Path(tmp), target)
    finally:
        purge = subprocess.run(["dpkg", "-P", "jejak-netral"], capture_output=True, text=True)
        r.check(purge.returncode == 0, "dpkg -P jejak-netral", purge.stderr[-1000:])
        r.check(not OPT.exists() and not ETC_ORG.exists() and not Path(CLI).exists()
                and not Path("/etc/jejak-netral").exists(),
                "purge removed /opt/jejak-netral, /usr/bin links and /etc/jejak-netral")
    _summary(r)
    return r


def smoke_bundle(folder: Path) -> SmokeResult:
    """The same checks on an unpacked bundle (no installer): for the Windows and macOS runners."""
    r = SmokeResult()
    target = bundle_target(folder.resolve())
    org = target.org_file
    backup = org.read_bytes() if org.exists() else None
    org.write_text("# smoke test\n", encoding="utf-8")
    try:
        with tempfile.TemporaryDirectory(prefix="jn-smoke-") as tmp:
            _checks(r, Path(tmp), target)
    finally:
        if backup is None:
            org.unlink(missing_ok=True)
        else:
            org.write_bytes(backup)
    _summary(r)
    return r


def _summary(r: SmokeResult) -> None:
    print(("SMOKE OK" if r.ok else "SMOKE FAILED") + f" ({sum(l.startswith('PASS') for l in r.lines)} passed, "
          f"{sum(l.startswith('FAIL') for l in r.lines)} failed)", flush=True)


def _checks(r: SmokeResult, tmp: Path, t: Target) -> None:
    home = tmp / "home"
    home.mkdir()
    env = _clean_env(home)
    data = tmp / "data"
    cli = [t.cli, "--data-dir", str(data)]
    DEMO = t.demo  # noqa: N806

    cold = _drop_caches()
    t0 = time.monotonic()
    p = _run([t.cli, "--version"], env)
    r.figures["cli_start_seconds" + ("_cold" if cold else "_first")] = round(time.monotonic() - t0, 2)
    r.check(p.returncode == 0 and "jejak-netral" in p.stdout, "frozen CLI starts (--version)", p.stderr)
    t0 = time.monotonic()
    _run([t.cli, "--version"], env)
    r.figures["cli_start_seconds_warm"] = round(time.monotonic() - t0, 2)

    # --- keyring: the platform's backend, or the passphrase path; never a plaintext backend -----
    p = _run(cli + ["data", "key"], env)
    line = p.stdout.splitlines()[0] if p.stdout else ""
    r.figures["keyring_backend"] = line
    r.check(p.returncode == 0 and "Plaintext" not in p.stdout and "keyrings.alt" not in p.stdout,
            f"keyring backend reported: {line}", p.stdout + p.stderr)
    if t.expect_keyring == "none":
        r.check("keyring: unavailable" in p.stdout, "no D-Bus: keyring reported unavailable", p.stdout)
        p = _run(cli + ["checklist", "--import", str(DEMO)], env)
        r.check(p.returncode == 2 and _no_traceback(p) and p.stderr.strip() != "",
                "without keyring or passphrase the store refuses clearly (exit 2, no traceback)",
                p.stdout[-500:] + p.stderr[-1000:])
    elif t.expect_keyring:
        r.check("keyring: ok" in p.stdout and t.expect_keyring in p.stdout,
                f"frozen app finds the {t.expect_keyring} keyring backend", p.stdout + p.stderr)
        kdata = tmp / "keyring-data"
        p = _run([t.cli, "--data-dir", str(kdata), "checklist", "--import", str(DEMO)], env)
        q = _run([t.cli, "--data-dir", str(kdata), "data", "key"], env)
        r.check(p.returncode == 0 and "method: keyring" in q.stdout,
                "store key kept in the platform keyring", p.stderr[-1000:] + q.stdout)
        _run([t.cli, "--data-dir", str(kdata), "data", "wipe", "--yes"], env)

    penv = dict(env, JEJAK_NETRAL_PASSPHRASE=PASSPHRASE)
    t0 = time.monotonic()
    p = _run(cli + ["checklist", "--import", str(DEMO)], penv)
    r.figures["cli_demo_import_seconds"] = round(time.monotonic() - t0, 2)
    r.check(p.returncode == 0 and _no_traceback(p), "CLI: demo archive audited into the store (passphrase)",
            p.stdout[-800:] + p.stderr[-1500:])
    if t.expect_keyring == "none":
        p = _run(cli + ["data", "key"], penv)
        r.check("method: passphrase" in p.stdout, "store key method is passphrase", p.stdout)
    p = _run(cli + ["scan", "--quiet", "--json", str(tmp / "scan.json"), str(DEMO)], penv)
    r.check(p.returncode in (0, 2) and (tmp / "scan.json").is_file() and _no_traceback(p),
            "CLI: scan --json on the demo archive", p.stderr[-1500:])
    for name in ("report.pdf", "report.html"):
        out = tmp / name
        p = _run(cli + ["report", "--out", str(out)], penv)
        head = out.read_bytes()[:5] if out.exists() else b""
        good = head == b"%PDF-" if name.endswith(".pdf") else head.lower().startswith(b"<!doc")
        r.check(p.returncode == 0 and good, f"CLI: report written ({name})", p.stdout[-500:] + p.stderr[-1500:])

    # --- the organisation file in /etc is read by the frozen app --------------------------------
    keys = tmp / "hr-keys"
    p = _run([t.cli, "packs", "keygen", "--out", str(keys)], env)
    r.check(p.returncode == 0, "HR: packs keygen", p.stderr)
    pub = (keys / "public-key.txt").read_text().strip() if (keys / "public-key.txt").exists() else ""
    pack_src = tmp / "pilkada-contoh-fiktif.toml"
    shutil.copy2(t.sample_pack, pack_src)
    expires = (date.today() + timedelta(days=365)).isoformat()
    signed = tmp / "pilkada-contoh-fiktif.jnpack"
    p = _run([t.cli, "packs", "sign", str(pack_src), "--key", str(keys / "signing-key.pem"),
              "--expires", expires, "--out", str(signed)], env)
    r.check(p.returncode == 0 and signed.is_file(), "HR: packs sign", p.stderr)
    p = _run(cli + ["packs", "install", str(signed)], penv)
    r.check(p.returncode == 2 and _no_traceback(p),
            "pack refused while the organisation file names no key", p.stdout + p.stderr)
    original = t.org_file.read_text(encoding="utf-8")
    t.org_file.write_text(original + f'\n[organisation]\nname = "Smoke Test"\n\n[updates]\npublic_keys = ["{pub}"]\n',
                          encoding="utf-8")
    p = _run(cli + ["packs", "install", str(signed)], penv)
    r.check(p.returncode == 0, f"pack installed with the key named in {t.org_file}", p.stdout + p.stderr)
    p = _run(cli + ["packs", "list"], penv)
    r.check("pilkada-contoh-fiktif.toml" in p.stdout, "installed pack listed", p.stdout + p.stderr)
    p = _run(cli + ["checklist", "--import", str(DEMO)], penv)
    r.check(p.returncode == 0, "CLI: audit with the installed regional pack", p.stderr[-1500:])

    # HR's unsigned route: a pack beside the organisation file, named in [rulepacks] extra.
    packs_dir = t.org_file.parent / "rulepacks"
    packs_dir.mkdir(exist_ok=True)
    org_pack = packs_dir / "pilkada-organisasi.toml"
    shutil.copy2(t.sample_pack, org_pack)
    t.org_file.write_text(original + '\n[rulepacks]\nextra = ["rulepacks/pilkada-organisasi.toml"]\n',
                          encoding="utf-8")
    p = _run([t.cli, "--data-dir", str(tmp / "org-data"), "rules", "list"], penv)
    used = [ln for ln in p.stdout.splitlines() if "pilkada2024-fiktif" in ln and "dipakai" in ln]
    r.check(p.returncode == 0 and bool(used) and str(org_pack) in p.stdout,
            "rule pack named in the organisation file is in use (rules list)", p.stdout[-1500:] + p.stderr)
    p = _run([t.cli, "--data-dir", str(tmp / "org-data"), "checklist", "--import", str(DEMO)], penv)
    r.check(p.returncode == 0, "CLI: audit with the organisation's pack", p.stderr[-1500:])
    org_pack.unlink()
    try:
        packs_dir.rmdir()
    except OSError:
        pass  # HR's own packs were already there
    t.org_file.write_text(original, encoding="utf-8")

    # --- desktop app, offscreen ------------------------------------------------------------------
    _gui_smoke(r, tmp, env, t)

    # --- Secret Service keyring, when the tools to start one are here ---------------------------
    if t.expect_keyring == "none":
        _secret_service(r, tmp, env, t)

    # --- "Hapus semua data" ----------------------------------------------------------------------
    p = _run(cli + ["data", "wipe", "--yes"], penv)
    left = [x for x in data.rglob("*") if x.is_file()] if data.exists() else []
    r.check(p.returncode == 0 and not left, "data wipe --yes leaves no app data", p.stdout + p.stderr + str(left))


def _gui_smoke(r: SmokeResult, tmp: Path, env: dict[str, str], t: Target) -> None:
    report = tmp / "gui-report.pdf"
    # desktop/smoke.py: `--smoke-test REPORT` scans the demo through the real window,
    # worker and store, writes the report and exits (0 = done).
    genv = dict(env, QT_QPA_PLATFORM="offscreen", JEJAK_NETRAL_PASSPHRASE=PASSPHRASE)
    cold = _drop_caches()
    t0 = time.monotonic()
    try:
        p = _run([t.gui, "--smoke-test", str(report), "--data-dir", str(tmp / "gui-data")], genv,
                 timeout=GUI_TIMEOUT)
        rc, err = p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired as e:
        rc, err = None, (e.stderr.decode(errors="replace") if isinstance(e.stderr, bytes) else str(e.stderr or ""))
    secs = round(time.monotonic() - t0, 2)
    r.figures["gui_smoke_seconds" + ("_cold" if cold else "_first")] = secs
    if rc is None:
        r.check(False, f"GUI: offscreen smoke run did not exit within {GUI_TIMEOUT} s",
                err[-1500:])
        return
    good = report.exists() and report.read_bytes()[:5] == b"%PDF-"
    r.check(rc == 0 and good and "Traceback" not in err,
            f"GUI: offscreen start, demo scanned, report written, exit 0 ({secs} s)", f"rc={rc}\n" + err[-2000:])


def _secret_service(r: SmokeResult, tmp: Path, env: dict[str, str], t: Target) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        r.lines.append("SKIP  Secret Service round trip (apt-get install dbus gnome-keyring to run it)")
        print(r.lines[-1])
        return
    data = tmp / "ss-data"
    script = (f'printf "smoke" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; '
              f'{t.cli} --data-dir {data} checklist --import {t.demo} >/dev/null && '
              f'{t.cli} --data-dir {data} data key && {t.cli} --data-dir {data} report --out {tmp}/ss.html')
    home = tmp / "ss-home"
    home.mkdir()
    senv = dict(env, HOME=str(home), XDG_RUNTIME_DIR=str(home))
    os.chmod(home, 0o700)
    p = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=senv, capture_output=True,
                       text=True, timeout=300)
    r.check(p.returncode == 0 and "SecretService" in p.stdout and "method: keyring" in p.stdout,
            "frozen app stores its key in the Secret Service (gnome-keyring over D-Bus)",
            p.stdout[-800:] + p.stderr[-1500:])
    # The store was opened again (report) from the keyring: the key round-tripped.


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    arg = Path(sys.argv[1])
    res = smoke_bundle(arg) if arg.is_dir() else smoke_installed(arg)
    sys.exit(0 if res.ok else 1)
