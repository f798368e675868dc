"""Installer scripts agree with where the app looks (fast; the real build is `packaging/build.py`)."""

from __future__ import annotations

import ast
import inspect
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import audit.orgconfig as orgconfig
import audit.paths as paths

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "packaging"
NSI = PKG / "nsis" / "jejak-netral.nsi"
WXS = PKG / "wix" / "jejak-netral.wxs"
SPEC = PKG / "jejak-netral.spec"
WIX_NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}


def _nsis_define(name: str) -> str:
    m = re.search(rf'^!define {name} "([^"]+)"', NSI.read_text(encoding="utf-8"), re.M)
    assert m, name
    return m.group(1)


def _spec_exe_names() -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "EXE":
            for kw in node.keywords:
                if kw.arg == "name":
                    names.add(ast.literal_eval(kw.value))
    return names


def test_frozen_app_reads_the_file_beside_its_executable(monkeypatch, tmp_path):
    # Every installer puts organisation.toml beside jejak-netral-app(.exe): that is the
    # frozen app's folder (sys.executable), second in the search order.
    exe = tmp_path / "JejakNetral" / "jejak-netral-app"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    monkeypatch.delenv(orgconfig.ENV_ORG_CONFIG, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    cands = orgconfig.candidate_paths()
    assert cands[0] == exe.parent / "organisation.toml"
    (exe.parent / "organisation.toml").write_text('[organisation]\nname = "Uji"\n', encoding="utf-8")
    assert orgconfig.load_org_config().name == "Uji"


def test_onedir_resources_are_under_meipass(monkeypatch, tmp_path):
    # PyInstaller 6 onedir: sys._MEIPASS is <app>/_internal; the spec puts resources there.
    internal = tmp_path / "_internal"
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert paths.resource_path("demo") == internal / "resources" / "demo"
    spec = SPEC.read_text(encoding="utf-8")
    assert 'DATAS = [(str(ROOT / "resources"), "resources")]' in spec


@pytest.mark.skipif(sys.platform == "win32", reason="orgconfig picks the Windows folder by os.name")
def test_linux_packages_use_the_system_path_the_app_reads(monkeypatch):
    monkeypatch.delenv(orgconfig.ENV_ORG_CONFIG, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    system = orgconfig.candidate_paths()[-1]
    build = _build_module()
    assert Path(build.ETC_DIR) / build.ORG_FILE == system
    install_sh = (PKG / "makeself" / "install.sh").read_text(encoding="utf-8")
    assert f"ORGDIR={system.parent}" in install_sh          # root install of the .run
    assert 'ORGDIR=$PREFIX' in install_sh                   # per-user: beside the app
    assert f'cp "$ORG_FILE" "$ORGDIR/{system.name}"' in install_sh


def test_windows_installers_use_the_paths_the_app_reads():
    assert _nsis_define("ORGFILE") == orgconfig.FILE_NAME
    # All users: %ProgramData%\<APPKEY>\organisation.toml, the folder orgconfig names.
    src = inspect.getsource(orgconfig.candidate_paths)
    m = re.search(r'"PROGRAMDATA".*?\)\)\s*/\s*"([^"]+)"\s*/\s*FILE_NAME', src)
    assert m, "orgconfig's Windows system folder changed: update the installers"
    assert _nsis_define("APPKEY") == m.group(1)
    nsi = NSI.read_text(encoding="utf-8")
    assert 'StrCpy $OrgDir "$APPDATA\\${APPKEY}"' in nsi   # $APPDATA is ProgramData in the "all" context
    assert 'StrCpy $OrgDir "$INSTDIR"' in nsi               # per user: beside the app
    assert 'CopyFiles /SILENT "$OrgSrc" "$OrgDir\\${ORGFILE}"' in nsi
    assert "RequestExecutionLevel user" in nsi and "Target amd64-unicode" in nsi


def test_executable_names_match_everywhere():
    assert _spec_exe_names() == {"jejak-netral", "jejak-netral-app"}
    nsi = NSI.read_text(encoding="utf-8")
    assert '"$INSTDIR\\jejak-netral-app.exe"' in nsi and '"$INSTDIR\\jejak-netral.exe" data wipe --yes' in nsi
    wxs = ET.parse(WXS).getroot()
    shortcut = wxs.find(".//w:Shortcut", WIX_NS)
    assert shortcut is not None and shortcut.get("Target") == "[INSTALLDIR]jejak-netral-app.exe"


def _build_module():
    sys.path.insert(0, str(PKG))
    try:
        import build
    finally:
        sys.path.remove(str(PKG))
    return build


def test_msi_is_per_user_and_copies_the_org_file_beside_the_app():
    root = ET.parse(WXS).getroot()
    pkg = root.find(".//w:Package", WIX_NS)
    assert pkg is not None and pkg.get("InstallScope") == "perUser"
    sql = " ".join(_build_module().MSI_SQL)
    # MoveFile row: ORGDIR\organisation.toml copied (Options 0) into INSTALLDIR, beside the app.
    assert (f"'OrgFile', 'InstallState', '{orgconfig.FILE_NAME}', '{orgconfig.FILE_NAME}', 'ORGDIR', "
            "'INSTALLDIR', 0") in sql
    assert f"'RmOrgFile', 'InstallState', '{orgconfig.FILE_NAME}', 'INSTALLDIR', 2" in sql
    assert "ORGDIR;PACKSDIR" in sql


def test_shipped_org_template_means_defaults():
    cfg = orgconfig.parse_org_config(PKG / "org" / "organisation.toml")
    assert cfg.problems == [] and cfg.name is None and cfg.extra_packs == [] and cfg.public_keys == []


def test_frozen_entry_points_call_freeze_support():
    for name in ("entry_cli.py", "entry_gui.py"):
        text = (PKG / name).read_text(encoding="utf-8")
        assert text.index("multiprocessing.freeze_support()") < text.index("main())"), name


def test_string_imported_modules_are_collectable():
    # SUBCOMMANDS/IMPORTERS are imported by name; the spec collects every audit module except
    # audit.photos.* (optional extra). A listed module there would vanish from the frozen app.
    from audit.cli import SUBCOMMANDS
    from audit.importers.registry import IMPORTERS
    listed = SUBCOMMANDS + [m for m, _ in IMPORTERS]
    assert all(m.startswith("audit.") and not m.startswith("audit.photos.") for m in listed)
    spec = SPEC.read_text(encoding="utf-8")
    assert '_modules("audit")' in spec and 'collect_submodules("desktop")' in spec
    assert 'hiddenimports=AUDIT_MODULES + ["desktop.report_pdf"]' in spec  # CLI's PDF report


def test_constraints_pin_what_the_app_needs():
    pins = {}
    for line in (PKG / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, ver = line.partition("==")
            pins[name.lower().replace("_", "-")] = ver
    for dep in ("pyside6-essentials", "keyring", "cryptography", "ijson", "orjson", "platformdirs", "pyinstaller"):
        assert re.fullmatch(r"\d+(\.\d+)*\S*", pins.get(dep, "")), dep


def test_workflows_name_real_files():
    yaml = pytest.importorskip("yaml")
    for wf in ("windows.yml", "macos.yml"):
        doc = yaml.safe_load((ROOT / ".github" / "workflows" / wf).read_text(encoding="utf-8"))
        steps = [s for job in doc["jobs"].values() for s in job["steps"]]
        text = "\n".join(str(s.get("run", "")) for s in steps)
        assert "packaging/build.py" in text and "-c packaging/constraints.txt" in text
        assert "smoke" in text


@pytest.mark.skipif(not shutil.which("makensis"), reason="makensis (Debian nsis) not installed")
def test_nsis_script_compiles(tmp_path):
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    for exe in ("jejak-netral.exe", "jejak-netral-app.exe"):
        (payload / exe).write_bytes(b"MZ")
    out = tmp_path / "setup.exe"
    p = subprocess.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", "-DVERSION=1.2.3", f"-DPAYLOAD={payload}",
                        f"-DOUTFILE={out}", str(NSI)], capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr
    assert out.read_bytes()[:2] == b"MZ"


@pytest.mark.skipif(not all(shutil.which(t) for t in ("wixl", "wixl-heat", "msibuild", "msiinfo")),
                    reason="wixl/msitools (Debian) not installed")
def test_wix_source_compiles_with_the_org_file_copy(tmp_path):
    build = _build_module()
    payload = tmp_path / "jejak-netral"
    (payload / "_internal").mkdir(parents=True)
    for exe in ("jejak-netral.exe", "jejak-netral-app.exe", "_internal/base.txt"):
        (payload / exe).write_bytes(b"x")
    frag = tmp_path / "files.wxs"
    build._write_wix_fragment(payload, frag)
    out = tmp_path / "x.msi"
    p = subprocess.run(["wixl", "-a", "x64", "-D", "Version=1.2.3", "-D", "Payload=jejak-netral", "-D", "Win64=yes",
                        "-o", str(out), str(WXS), str(frag)], cwd=tmp_path, capture_output=True, text=True)
    assert p.returncode == 0 and out.exists(), p.stdout + p.stderr
    build.msi_add_org_copy(out)
    move = subprocess.run(["msiinfo", "export", str(out), "MoveFile"], capture_output=True, text=True).stdout
    assert "organisation.toml\torganisation.toml\tORGDIR\tINSTALLDIR\t0" in move
    seq = subprocess.run(["msiinfo", "export", str(out), "InstallExecuteSequence"],
                         capture_output=True, text=True).stdout
    assert "MoveFiles" in seq
    files = subprocess.run(["msiinfo", "export", str(out), "File"], capture_output=True, text=True).stdout
    assert "jejak-netral-app.exe" in files
