#!/usr/bin/env python3
"""Build the installers and smoke-test the frozen app.

    python3 packaging/build.py freeze      PyInstaller bundle -> packaging/out/dist/jejak-netral
    python3 packaging/build.py linux       freeze, then the .deb and the self-extracting .run
    python3 packaging/build.py smoke       install the .deb, run the frozen app headless, purge
    python3 packaging/build.py windows     compile the NSIS and WiX installers (on Windows: around
                                           the real bundle; elsewhere: around a stand-in payload)
    python3 packaging/build.py wine-test   silent install/uninstall of both installers under wine
    python3 packaging/build.py all         linux + smoke + windows + wine-test

Options: --org-file FILE and --rulepacks DIR bake an organisation file and a
folder of rule packs into the .deb (as /etc/jejak-netral/...). --skip-freeze
reuses the existing bundle. `smoke --bundle DIR` tests an unpacked bundle
(the default on Windows and macOS). `windows --payload DIR` wraps a given
Windows bundle (e.g. the Windows job's artifact, to build the MSI with wixl).
JN_SIGN_CMD (environment) signs the NSIS installer and uninstaller, e.g.
"signtool sign /f cert.pfx /p PASSWORD /fd sha256 /tr http://timestamp.example /td sha256". Figures (build time, sizes, start-up time, glibc
floor) are printed and written to packaging/out/figures.json.

Everything runs offline. Needed on Debian: dpkg-dev, makeself, xz-utils,
binutils (readelf); for `windows`: nsis, wixl; for `wine-test`: wine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
DIST = OUT / "dist" / "jejak-netral"
IS_WIN = os.name == "nt"
APP = "jejak-netral"
ORG_FILE = "organisation.toml"          # audit/orgconfig.py FILE_NAME
ETC_DIR = "/etc/jejak-netral"           # audit/orgconfig.py, Linux system-wide folder
OPT_DIR = "/opt/jejak-netral"
FIGURES: dict[str, object] = {}


def log(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def run(cmd: list[str | Path], **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    kw.setdefault("check", True)
    kw.setdefault("text", True)
    return subprocess.run([str(c) for c in cmd], **kw)


def venv_python() -> Path:
    if os.environ.get("JN_PYTHON"):
        return Path(os.environ["JN_PYTHON"])
    cand = ROOT / ".venv" / ("Scripts/python.exe" if IS_WIN else "bin/python")
    return cand if cand.exists() else Path(sys.executable)


def version() -> str:
    text = (ROOT / "audit" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not m:
        sys.exit("[build] audit/__init__.py has no __version__")
    return m.group(1)


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def need(*tools: str) -> None:
    missing = [t for t in tools if not shutil.which(t)]
    if missing:
        sys.exit(f"[build] missing tools: {' '.join(missing)} "
                 f"(Debian: apt-get install dpkg-dev makeself xz-utils binutils nsis wixl wine)")


# --- PyInstaller ---------------------------------------------------------------

def freeze() -> Path:
    t0 = time.monotonic()
    log("PyInstaller: freezing the GUI and the CLI (onedir)")
    run([venv_python(), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", OUT / "dist", "--workpath", OUT / "work", HERE / "jejak-netral.spec"], cwd=ROOT)
    FIGURES["freeze_seconds"] = round(time.monotonic() - t0, 1)
    FIGURES["bundle_bytes"] = tree_size(DIST)
    log(f"bundle: {DIST} — {mib(tree_size(DIST))}, built in {FIGURES['freeze_seconds']} s")
    if any(DIST.rglob("keyrings")):
        sys.exit("[build] keyrings.alt found in the bundle: plaintext keyring backends must not ship")
    return DIST


# --- Linux: shared-library facts -------------------------------------------------

def _elf_files(root: Path) -> list[Path]:
    out = []
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink():
            with p.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(p)
    return out


def glibc_floor(root: Path) -> str:
    """The newest GLIBC_x.y symbol version any file in the bundle asks for."""
    best = (0, 0)
    for f in _elf_files(root):
        res = subprocess.run(["readelf", "-V", "-W", str(f)], capture_output=True, text=True)
        for a, b in re.findall(r"GLIBC_(\d+)\.(\d+)", res.stdout):
            best = max(best, (int(a), int(b)))
    return f"{best[0]}.{best[1]}"


def system_libraries(root: Path) -> list[str]:
    """Shared libraries the bundle links to but does not carry (they come from the system)."""
    bundled = {p.name for p in root.rglob("*.so*")}
    needed: set[str] = set()
    for f in _elf_files(root):
        res = subprocess.run(["readelf", "-d", str(f)], capture_output=True, text=True)
        needed.update(re.findall(r"\(NEEDED\).*\[(.+?)\]", res.stdout))
    return sorted(n for n in needed if n not in bundled)


def debian_depends(libs: list[str], floor: str) -> str:
    """Map the system libraries to the Debian packages that provide them on this host."""
    pkgs: set[str] = set()
    for lib in libs:
        res = subprocess.run(["dpkg", "-S", f"*/{lib}"], capture_output=True, text=True)
        for line in res.stdout.splitlines():
            pkg = line.split(":", 1)[0].strip()
            if pkg and "," not in pkg:
                pkgs.add(pkg)
                break
    pkgs.discard("libc6")
    return ", ".join([f"libc6 (>= {floor})"] + sorted(pkgs))


# --- Linux: .deb ---------------------------------------------------------------------

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Jejak Netral
GenericName=Audit jejak digital ASN
Comment=Audit mandiri jejak digital ASN menjelang pemilu (offline)
Comment[en]=Self-audit of a civil servant's social-media archive (offline)
Exec={exec} %F
Terminal=false
Categories=Office;Utility;
Keywords=ASN;netralitas;pemilu;audit;
"""


def org_template() -> str:
    return (HERE / "org" / ORG_FILE).read_text(encoding="utf-8")


def build_deb(org_file: Path | None, rulepacks: Path | None) -> Path:
    need("dpkg-deb", "readelf", "dpkg")
    ver = version()
    stage = OUT / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    (stage / "DEBIAN").mkdir(parents=True)
    shutil.copytree(DIST, stage / OPT_DIR.lstrip("/"), symlinks=True)
    (stage / "usr/bin").mkdir(parents=True)
    for exe in (APP, f"{APP}-app"):
        os.symlink(f"{OPT_DIR}/{exe}", stage / "usr/bin" / exe)
    apps = stage / "usr/share/applications"
    apps.mkdir(parents=True)
    (apps / f"{APP}.desktop").write_text(DESKTOP_ENTRY.format(exec=f"{APP}-app"), encoding="utf-8")
    etc = stage / ETC_DIR.lstrip("/")
    etc.mkdir(parents=True)
    (etc / ORG_FILE).write_text(org_file.read_text(encoding="utf-8") if org_file else org_template(),
                                encoding="utf-8")
    conffiles = [f"{ETC_DIR}/{ORG_FILE}"]
    if rulepacks:
        for p in sorted(rulepacks.iterdir()):
            if p.suffix in (".toml", ".jnpack") and p.is_file():
                (etc / "rulepacks").mkdir(exist_ok=True)
                shutil.copy2(p, etc / "rulepacks" / p.name)
                conffiles.append(f"{ETC_DIR}/rulepacks/{p.name}")
    floor = glibc_floor(DIST)
    FIGURES["glibc_floor"] = floor
    depends = debian_depends(system_libraries(DIST), floor)
    installed_kib = tree_size(stage) // 1024
    control = (HERE / "deb" / "control.in").read_text(encoding="utf-8").format(
        version=ver, depends=depends, installed_size=installed_kib)
    (stage / "DEBIAN/control").write_text(control, encoding="utf-8")
    (stage / "DEBIAN/conffiles").write_text("\n".join(conffiles) + "\n", encoding="utf-8")
    for script in ("postinst", "postrm"):
        dst = stage / "DEBIAN" / script
        shutil.copy2(HERE / "deb" / script, dst)
        dst.chmod(0o755)
    for d in [stage] + [p for p in stage.rglob("*") if p.is_dir()]:
        d.chmod(0o755)  # dpkg-deb refuses group-writable control folders (umask on build hosts varies)
    out = OUT / f"{APP}_{ver}_amd64.deb"
    t0 = time.monotonic()
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage, out], stdout=subprocess.DEVNULL)
    FIGURES["deb_seconds"] = round(time.monotonic() - t0, 1)
    FIGURES["deb_bytes"] = out.stat().st_size
    FIGURES["deb_depends"] = depends
    log(f".deb: {out} — {mib(out.stat().st_size)} in {FIGURES['deb_seconds']} s; glibc >= {floor}")
    return out


# --- Linux: self-extracting .run (makeself) -------------------------------------------

def build_run() -> Path:
    need("makeself")
    ver = version()
    stage = OUT / "run-root"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(DIST, stage / APP, symlinks=True)
    for name in ("install.sh", "uninstall.sh"):
        shutil.copy2(HERE / "makeself" / name, stage / name)
        (stage / name).chmod(0o755)
    shutil.copy2(HERE / "org" / ORG_FILE, stage / "organisation.example.toml")
    out = OUT / f"{APP}-{ver}-linux-x86_64.run"
    t0 = time.monotonic()
    run(["makeself", "--xz", "--quiet", "--tar-quietly", stage, out, f"Jejak Netral {ver}", "./install.sh"],
        stdout=subprocess.DEVNULL)
    FIGURES["run_seconds"] = round(time.monotonic() - t0, 1)
    FIGURES["run_bytes"] = out.stat().st_size
    log(f".run: {out} — {mib(out.stat().st_size)} in {FIGURES['run_seconds']} s")
    return out


# --- Smoke test -----------------------------------------------------------------------------

def smoke(deb: Path | None, bundle: Path | None = None) -> int:
    from smoke_test import smoke_bundle, smoke_installed  # packaging/smoke_test.py
    if bundle is not None or IS_WIN or sys.platform == "darwin":
        results = smoke_bundle(bundle or DIST)
        FIGURES.update(results.figures)
        return 0 if results.ok else 1
    deb = deb or max(OUT.glob(f"{APP}_*_amd64.deb"), key=lambda p: p.stat().st_mtime, default=None)
    if deb is None:
        sys.exit("[build] no .deb in packaging/out: run `python3 packaging/build.py linux` first")
    results = smoke_installed(deb)
    FIGURES.update(results.figures)
    return 0 if results.ok else 1


# --- Windows installers ---------------------------------------------------------------------

def windows_payload() -> Path:
    """The bundle to wrap: the real PyInstaller folder on Windows, a stand-in elsewhere.

    Qt does not load under wine, so off Windows the installers are compiled and
    tested around a small stand-in with the same file names.
    """
    if IS_WIN:
        return DIST
    stub = OUT / "win-payload" / APP
    shutil.rmtree(stub.parent, ignore_errors=True)
    (stub / "_internal").mkdir(parents=True)
    probe = _stub_exe()
    for exe in (f"{APP}.exe", f"{APP}-app.exe"):
        shutil.copy2(probe, stub / exe)
    (stub / "_internal" / "STAND-IN.txt").write_text(
        "Stand-in payload for testing the installer scripts; not the app.\n", encoding="utf-8")
    return stub


def _stub_exe() -> Path:
    """A tiny real Windows program (wine's own hostname.exe) so shortcuts and uninstall have a target."""
    for cand in ("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/hostname.exe",
                 "/usr/lib/wine/x86_64-windows/hostname.exe"):
        if Path(cand).exists():
            return Path(cand)
    stub = OUT / "stub.exe"
    stub.write_bytes(b"MZ stand-in")
    return stub


def build_windows(payload: Path | None = None) -> list[Path]:
    ver = version()
    payload = payload.resolve() if payload else windows_payload()
    made: list[Path] = []
    if shutil.which("makensis"):
        out = OUT / f"{APP}-{ver}-setup-x64.exe"
        t0 = time.monotonic()
        sign = [f"-DSIGN_CMD={os.environ['JN_SIGN_CMD']}"] if os.environ.get("JN_SIGN_CMD") else []
        run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={ver}", f"-DPAYLOAD={payload}",
             f"-DOUTFILE={out}", *sign, HERE / "nsis" / "jejak-netral.nsi"])
        FIGURES["nsis_seconds"] = round(time.monotonic() - t0, 1)
        log(f"NSIS: {out} — {mib(out.stat().st_size)} in {FIGURES['nsis_seconds']} s")
        made.append(out)
    else:
        log("makensis not found: NSIS installer skipped")
    wixl = shutil.which("wixl")
    if wixl and shutil.which("wixl-heat") and shutil.which("msibuild"):
        out = OUT / f"{APP}-{ver}-x64.msi"
        files_wxs = OUT / "payload-files.wxs"
        _write_wix_fragment(payload, files_wxs)
        t0 = time.monotonic()
        # wixl resolves File sources relative to the working folder only (absolute paths fail).
        run([wixl, "-a", "x64", "-D", f"Version={ver}", "-D", f"Payload={payload.name}", "-D", "Win64=yes",
             "-o", out, HERE / "wix" / "jejak-netral.wxs", files_wxs], cwd=payload.parent, capture_output=True)
        msi_add_org_copy(out)
        FIGURES["msi_seconds"] = round(time.monotonic() - t0, 1)
        log(f"MSI: {out} — {mib(out.stat().st_size)} in {FIGURES['msi_seconds']} s")
        made.append(out)
    elif IS_WIN:
        log("wixl not on Windows: build the MSI with WiX (see packaging/README.md)")
    portable = OUT / f"{APP}-{ver}-windows-x64-portable.zip"
    _portable_zip(payload, portable)
    made.append(portable)
    return made


# wixl cannot author the MoveFile table, so it is added afterwards (msibuild, msitools):
# Windows Installer's own way to copy files from outside the package at install time.
MSI_SQL = [
    "CREATE TABLE `MoveFile` (`FileKey` CHAR(72) NOT NULL, `Component_` CHAR(72) NOT NULL, "
    "`SourceName` CHAR(255) LOCALIZABLE, `DestName` CHAR(255) LOCALIZABLE, `SourceFolder` CHAR(72), "
    "`DestFolder` CHAR(72) NOT NULL, `Options` INT NOT NULL PRIMARY KEY `FileKey`)",
    # ORGDIR\organisation.toml -> beside the app (Options 0 = copy, not move).
    "INSERT INTO `MoveFile` (`FileKey`, `Component_`, `SourceName`, `DestName`, `SourceFolder`, `DestFolder`, "
    "`Options`) VALUES ('OrgFile', 'InstallState', 'organisation.toml', 'organisation.toml', 'ORGDIR', "
    "'INSTALLDIR', 0)",
    "INSERT INTO `MoveFile` (`FileKey`, `Component_`, `SourceName`, `SourceFolder`, `DestFolder`, `Options`) "
    "VALUES ('PackToml', 'RulePacksFolder', '*.toml', 'PACKSDIR', 'RULEPACKSDIR', 0)",
    "INSERT INTO `MoveFile` (`FileKey`, `Component_`, `SourceName`, `SourceFolder`, `DestFolder`, `Options`) "
    "VALUES ('PackSigned', 'RulePacksFolder', '*.jnpack', 'PACKSDIR', 'RULEPACKSDIR', 0)",
    # Copies are not the package's own files: remove them on uninstall (InstallMode 2).
    "INSERT INTO `RemoveFile` (`FileKey`, `Component_`, `FileName`, `DirProperty`, `InstallMode`) "
    "VALUES ('RmOrgFile', 'InstallState', 'organisation.toml', 'INSTALLDIR', 2)",
    "INSERT INTO `RemoveFile` (`FileKey`, `Component_`, `FileName`, `DirProperty`, `InstallMode`) "
    "VALUES ('RmPacks', 'RulePacksFolder', '*.*', 'RULEPACKSDIR', 2)",
    # Public properties HR passes on the command line must survive into the install script.
    "UPDATE `Property` SET `Value` = 'WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED;ORGDIR;PACKSDIR' "
    "WHERE `Property` = 'SecureCustomProperties'",
]


def msi_add_org_copy(msi: Path) -> None:
    cmd: list[str | Path] = ["msibuild", msi]
    for q in MSI_SQL:
        cmd += ["-q", q]
    run(cmd)
    seq = run(["msiinfo", "export", msi, "InstallExecuteSequence"], capture_output=True).stdout
    if "MoveFiles" not in seq:
        run(["msibuild", msi, "-q", "INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) "
             "VALUES ('MoveFiles', 3800)"])


def _write_wix_fragment(payload: Path, target: Path) -> None:
    """List every file of the bundle as WiX components (wixl-heat, from msitools)."""
    files = "".join(f"{p.relative_to(payload).as_posix()}\n" for p in sorted(payload.rglob("*")) if p.is_file())
    res = run(["wixl-heat", "-p", "", "--var", "var.Payload",
               "--component-group", "AppFiles", "--directory-ref", "INSTALLDIR", "--win64"],
              input=files, capture_output=True)
    target.write_text(res.stdout, encoding="utf-8")


def _portable_zip(payload: Path, out: Path) -> None:
    import zipfile
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(payload.rglob("*")):
            if p.is_file():
                zf.write(p, f"JejakNetral/{p.relative_to(payload).as_posix()}")
        zf.writestr("JejakNetral/organisation.example.toml", org_template())
        zf.writestr("JejakNetral/BACA-SAYA.txt", (HERE / "portable-readme.txt").read_text(encoding="utf-8"))
    log(f"portable zip: {out} — {mib(out.stat().st_size)}")


def wine_test() -> int:
    from wine_test import run_wine_tests  # packaging/wine_test.py
    ver = version()
    ok = run_wine_tests(OUT / f"{APP}-{ver}-setup-x64.exe", OUT / f"{APP}-{ver}-x64.msi", FIGURES)
    return 0 if ok else 1


# --- main ---------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("target", choices=["freeze", "linux", "smoke", "windows", "wine-test", "all"])
    p.add_argument("--org-file", type=Path, default=None, help="organisation file to put in the .deb")
    p.add_argument("--rulepacks", type=Path, default=None, help="folder of rule packs to put in the .deb")
    p.add_argument("--skip-freeze", action="store_true", help="reuse packaging/out/dist")
    p.add_argument("--payload", type=Path, default=None,
                   help="windows: the Windows bundle folder to wrap (e.g. the artifact of the Windows job)")
    p.add_argument("--bundle", type=Path, default=None,
                   help="smoke: test this unpacked bundle folder instead of installing the .deb")
    p.add_argument("--deb", type=Path, default=None, help="the .deb to smoke-test (default: newest)")
    args = p.parse_args(argv)
    sys.path.insert(0, str(HERE))
    OUT.mkdir(parents=True, exist_ok=True)
    figures_file = OUT / "figures.json"
    if figures_file.exists():
        FIGURES.update(json.loads(figures_file.read_text(encoding="utf-8")))
    t0 = time.monotonic()
    rc = 0
    try:
        if args.target in ("freeze", "linux", "all") or (args.target == "windows" and IS_WIN):
            if not (args.skip_freeze and DIST.exists()):
                freeze()
        if args.target in ("linux", "all"):
            build_deb(args.org_file, args.rulepacks)
            build_run()
        if args.target in ("smoke", "all"):
            rc |= smoke(args.deb, args.bundle)
        if args.target in ("windows", "all"):
            build_windows(args.payload)
        if args.target in ("wine-test", "all"):
            rc |= wine_test()
    finally:
        FIGURES[f"{args.target}_total_seconds"] = round(time.monotonic() - t0, 1)
        figures_file.write_text(json.dumps(FIGURES, indent=1, sort_keys=True), encoding="utf-8")
        log("figures: " + json.dumps(FIGURES, sort_keys=True))
    return rc


if __name__ == "__main__":
    sys.exit(main())
