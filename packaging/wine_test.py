"""Silent install/uninstall of the Windows installers under wine, around the stand-in payload.

Qt does not load under wine, so this checks the installer scripts, not the app:
files land in the per-user folder, the organisation file lands where the
installed app reads it (beside jejak-netral-app.exe, or %ProgramData%\\JejakNetral
for an all-users install: audit/orgconfig.py), rule packs are copied, the
uninstall entry is written, and uninstalling removes all of it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
ORG_TEXT = '[organisation]\nname = "Wine test — BKD Kota Contoh"\n'
PACK_NAME = "pilkada-uji.toml"


class Wine:
    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEARCH="win64",
                        # No Mono/Gecko download prompts: there is no network, and nothing here needs them.
                        WINEDLLOVERRIDES="mscoree,mshtml=")
        self.env.pop("DISPLAY", None)

    def run(self, args: list[str], cwd: Path | None = None, timeout: float = 300) -> int:
        p = subprocess.run(["wine", *args], env=self.env, cwd=cwd, capture_output=True, text=True,
                           timeout=timeout)
        self.wait()
        return p.returncode

    def wait(self) -> None:
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300)

    def expand(self, var: str) -> Path:
        p = subprocess.run(["wine", "cmd", "/c", f"echo %{var}%"], env=self.env, capture_output=True, text=True)
        win = p.stdout.strip().splitlines()[-1].strip()
        return self.unix(win)

    def unix(self, win: str) -> Path:
        p = subprocess.run(["winepath", "-u", win], env=self.env, capture_output=True, text=True)
        return Path(p.stdout.strip())

    def windows(self, path: Path) -> str:
        p = subprocess.run(["winepath", "-w", str(path)], env=self.env, capture_output=True, text=True)
        return p.stdout.strip()

    def reg_has(self, key: str) -> bool:
        p = subprocess.run(["wine", "reg", "query", key], env=self.env, capture_output=True, text=True)
        return p.returncode == 0


def _check(ok: bool, what: str, lines: list[str]) -> bool:
    lines.append(f"{'PASS' if ok else 'FAIL'}  wine: {what}")
    print(lines[-1], flush=True)
    return ok


def _gone(path: Path, seconds: float = 60) -> bool:
    # The NSIS uninstaller re-runs itself from %TEMP%; wineserver -w waits, this is the safety net.
    end = time.monotonic() + seconds
    while path.exists() and time.monotonic() < end:
        time.sleep(1)
    return not path.exists()


def run_wine_tests(setup: Path, msi: Path, figures: dict[str, object]) -> bool:
    if not shutil.which("wine"):
        print("SKIP  wine tests: wine is not installed (apt-get install wine)")
        return True
    lines: list[str] = []
    ok = True
    prefix = OUT / "wineprefix"
    shutil.rmtree(prefix, ignore_errors=True)
    w = Wine(prefix)
    t0 = time.monotonic()
    subprocess.run(["wineboot", "-i"], env=w.env, capture_output=True, timeout=600)
    w.wait()
    figures["wine_boot_seconds"] = round(time.monotonic() - t0, 1)

    # HR's folder: the installer with the organisation file and a rulepacks folder beside it.
    share = OUT / "hr-share"
    shutil.rmtree(share, ignore_errors=True)
    (share / "rulepacks").mkdir(parents=True)
    (share / "organisation.toml").write_text(ORG_TEXT, encoding="utf-8")
    (share / "rulepacks" / PACK_NAME).write_text("# test pack\n", encoding="utf-8")
    (share / "rulepacks" / "pilkada-uji.jnpack").write_bytes(b"{}")
    local = w.expand("LOCALAPPDATA")
    progdata = w.expand("ProgramData")
    progfiles = w.expand("ProgramW6432")

    if setup.exists():
        shutil.copy2(setup, share / "setup.exe")
        inst = local / "Programs" / "JejakNetral"
        # 1. Per user, silent, organisation file and packs picked up from beside setup.exe.
        t0 = time.monotonic()
        rc = w.run(["setup.exe", "/S"], cwd=share)
        figures["nsis_silent_install_seconds"] = round(time.monotonic() - t0, 1)
        ok &= _check(rc == 0 and (inst / "jejak-netral-app.exe").is_file() and (inst / "jejak-netral.exe").is_file(),
                     f"NSIS /S installs per user into {inst}", lines)
        org = inst / "organisation.toml"
        ok &= _check(org.is_file() and org.read_text(encoding="utf-8") == ORG_TEXT
                     and org.parent == (inst / "jejak-netral-app.exe").parent,
                     "NSIS: organisation.toml from beside setup.exe is beside jejak-netral-app.exe", lines)
        ok &= _check((inst / "rulepacks" / PACK_NAME).is_file(), "NSIS: rulepacks\\ copied", lines)
        key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\JejakNetral"
        ok &= _check(w.reg_has(key), "NSIS: per-user uninstall entry in HKCU (no admin)", lines)
        shortcut = w.expand("APPDATA") / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Jejak Netral.lnk"
        ok &= _check(shortcut.is_file(), "NSIS: Start-menu shortcut", lines)
        # Upgrade in place keeps HR's file when no new one is given.
        other = OUT / "hr-empty"
        shutil.rmtree(other, ignore_errors=True)
        other.mkdir()
        shutil.copy2(setup, other / "setup.exe")
        rc = w.run(["setup.exe", "/S"], cwd=other)
        ok &= _check(rc == 0 and org.is_file() and org.read_text(encoding="utf-8") == ORG_TEXT,
                     "NSIS: reinstall without an organisation file keeps the existing one", lines)
        rc = w.run([w.windows(inst / "uninstall.exe"), "/S", "/WIPEDATA"])
        ok &= _check(_gone(inst) and not w.reg_has(key), "NSIS: silent uninstall removes folder, file, entry", lines)
        ok &= _check(not shortcut.exists(), "NSIS: shortcut removed", lines)

        # 2. /ORG= and /D=: an explicit file and folder.
        custom = w.unix("C:\\JN-Custom")
        explicit = OUT / "hr-explicit.toml"
        explicit.write_text(ORG_TEXT + "# explicit\n", encoding="utf-8")
        rc = w.run(["setup.exe", "/S", "/NOSHORTCUT", f"/ORG={w.windows(explicit)}", "/D=C:\\JN-Custom"], cwd=other)
        ok &= _check(rc == 0 and (custom / "organisation.toml").read_text(encoding="utf-8").endswith("# explicit\n")
                     if (custom / "organisation.toml").exists() else False,
                     "NSIS: /ORG=<file> /D=<folder> puts the file beside the app", lines)
        w.run([w.windows(custom / "uninstall.exe"), "/S"])
        ok &= _check(_gone(custom), "NSIS: uninstall of the custom folder", lines)

        # 3. A missing /ORG file stops the install with an error code, nothing installed.
        rc = w.run(["setup.exe", "/S", "/ORG=C:\\nope\\organisation.toml"], cwd=other)
        ok &= _check(rc != 0 and not inst.exists(), "NSIS: missing /ORG file -> error exit, nothing installed", lines)

        # 4. All users (admin; wine's user is one): Program Files + %ProgramData%\JejakNetral.
        rc = w.run(["setup.exe", "/S", "/ALLUSERS"], cwd=share)
        all_inst = progfiles / "JejakNetral"
        sys_org = progdata / "JejakNetral" / "organisation.toml"
        ok &= _check(rc == 0 and (all_inst / "jejak-netral-app.exe").is_file() and sys_org.is_file()
                     and (sys_org.parent / "rulepacks" / PACK_NAME).is_file(),
                     f"NSIS /ALLUSERS: app in {all_inst.name}, organisation file in %ProgramData%\\JejakNetral", lines)
        w.run([w.windows(all_inst / "uninstall.exe"), "/S"])
        ok &= _check(_gone(all_inst) and not sys_org.exists(), "NSIS /ALLUSERS: uninstall removes both", lines)
    else:
        ok &= _check(False, f"{setup.name} not built", lines)

    if msi.exists():
        inst = local / "Programs" / "JejakNetral"
        t0 = time.monotonic()
        rc = w.run(["msiexec", "/i", w.windows(msi), "/qn", f"ORGDIR={w.windows(share)}",
                    f"PACKSDIR={w.windows(share / 'rulepacks')}"])
        figures["msi_silent_install_seconds"] = round(time.monotonic() - t0, 1)
        org = inst / "organisation.toml"
        ok &= _check(rc == 0 and (inst / "jejak-netral-app.exe").is_file(), "MSI /qn installs per user", lines)
        ok &= _check(org.is_file() and org.read_text(encoding="utf-8") == ORG_TEXT,
                     "MSI: ORGDIR=<folder> puts organisation.toml beside jejak-netral-app.exe", lines)
        ok &= _check((inst / "rulepacks" / PACK_NAME).is_file(), "MSI: PACKSDIR= copied", lines)
        rc = w.run(["msiexec", "/x", w.windows(msi), "/qn"])
        _gone(inst, 30)
        left = sorted(str(p.relative_to(inst)) for p in inst.rglob("*")) if inst.exists() else []
        ok &= _check(rc == 0 and not org.exists() and not (inst / "jejak-netral-app.exe").exists()
                     and all(x.startswith("rulepacks") for x in left),
                     "MSI /x /qn removes the program and the organisation file", lines)
        if left:
            # Wine's msi deletes RemoveFile rows with DeleteFileW on the literal name, so the
            # wildcard row for the copied packs does nothing here; Windows Installer expands it.
            lines.append(f"NOTE  wine: MSI left {left}: wildcard RemoveFile rows are not expanded by wine")
            print(lines[-1], flush=True)
    else:
        print(f"SKIP  {msi.name} not built (wixl missing)")

    figures["wine_checks"] = f"{sum(l.startswith('PASS') for l in lines)} passed, " \
                             f"{sum(l.startswith('FAIL') for l in lines)} failed"
    print(f"WINE {'OK' if ok else 'FAILED'}: {figures['wine_checks']}", flush=True)
    return ok
