"""The organisation file HR places beside the app or in a system-wide folder.

Format (TOML, documented in packaging/README.md)::

    [organisation]
    name = "Badan Kepegawaian Daerah Kota Contoh"

    [defaults]
    language = "id"            # "id" or "en"
    timezone = "WITA"          # WIB, WITA or WIT
    region_code = "64.72"      # BPS code of the user's region (optional)
    region_name = "Kota Contoh"

    [rulepacks]
    extra = ["pilkada-contoh-2024.toml"]   # paths relative to this file
    disable_national = false

    [updates]
    url = "https://intranet.contoh.go.id/jejak-netral/pilkada-contoh.jnpack"
    public_keys = ["<base64 Ed25519 public key>"]

Search order (the first file found wins): ``JEJAK_NETRAL_ORG_CONFIG``; the
folder of the installed app; the system-wide folder (Windows
``%ProgramData%\\JejakNetral``, Linux ``/etc/jejak-netral``, macOS
``/Library/Application Support/JejakNetral``). A missing file means
defaults; a broken one gives clear messages and falls back to defaults.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.errors import AuditError
from audit.timeutil import ZONES

ENV_ORG_CONFIG = "JEJAK_NETRAL_ORG_CONFIG"
FILE_NAME = "organisation.toml"


@dataclass
class OrgConfig:
    source: Path | None = None
    name: str | None = None
    language: str | None = None
    timezone: str | None = None
    region_code: str | None = None
    region_name: str | None = None
    extra_packs: list[Path] = field(default_factory=list)
    disable_national: bool = False
    update_url: str | None = None
    public_keys: list[str] = field(default_factory=list)
    problems: list[AuditError] = field(default_factory=list)


def candidate_paths() -> list[Path]:
    out: list[Path] = []
    env = os.environ.get(ENV_ORG_CONFIG)
    if env:
        out.append(Path(env))
    app_dir = Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) \
        else Path(__file__).resolve().parent.parent
    out.append(app_dir / FILE_NAME)
    if os.name == "nt":
        out.append(Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "JejakNetral" / FILE_NAME)
    elif sys.platform == "darwin":
        out.append(Path("/Library/Application Support/JejakNetral") / FILE_NAME)
    else:
        out.append(Path("/etc/jejak-netral") / FILE_NAME)
    return out


def load_org_config(paths: list[Path] | None = None) -> OrgConfig:
    for p in paths if paths is not None else candidate_paths():
        if p.is_file():
            return parse_org_config(p)
    return OrgConfig()


def parse_org_config(path: Path) -> OrgConfig:
    cfg = OrgConfig(source=path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as e:
        cfg.problems.append(AuditError("org.bad_toml", file=str(path), detail=str(e)))
        return cfg
    except OSError as e:
        cfg.problems.append(AuditError("org.unreadable", file=str(path), detail=e.strerror or str(e)))
        return cfg

    def section(name: str) -> dict[str, Any]:
        v = data.get(name, {})
        if not isinstance(v, dict):
            cfg.problems.append(AuditError("org.bad_field", file=str(path), field=name))
            return {}
        return v

    def text(sec: dict[str, Any], key: str, where: str) -> str | None:
        v = sec.get(key)
        if v is None:
            return None
        if not isinstance(v, str) or not v.strip():
            cfg.problems.append(AuditError("org.bad_field", file=str(path), field=f"{where}.{key}"))
            return None
        return v.strip()

    org, defaults, packs, updates = (section("organisation"), section("defaults"),
                                     section("rulepacks"), section("updates"))
    cfg.name = text(org, "name", "organisation")
    lang = text(defaults, "language", "defaults")
    if lang and lang not in ("id", "en"):
        cfg.problems.append(AuditError("org.bad_field", file=str(path), field="defaults.language"))
        lang = None
    cfg.language = lang
    tz = text(defaults, "timezone", "defaults")
    if tz and tz.upper() not in ZONES:
        cfg.problems.append(AuditError("org.bad_field", file=str(path), field="defaults.timezone"))
        tz = None
    cfg.timezone = tz.upper() if tz else None
    cfg.region_code = text(defaults, "region_code", "defaults")
    cfg.region_name = text(defaults, "region_name", "defaults")
    extra = packs.get("extra", [])
    if not isinstance(extra, list) or not all(isinstance(x, str) for x in extra):
        cfg.problems.append(AuditError("org.bad_field", file=str(path), field="rulepacks.extra"))
        extra = []
    for rel in extra:
        p = (path.parent / rel).resolve()
        if p.is_file():
            cfg.extra_packs.append(p)
        else:
            cfg.problems.append(AuditError("org.pack_missing", file=str(path), pack=rel))
    dn = packs.get("disable_national", False)
    cfg.disable_national = dn if isinstance(dn, bool) else False
    url = text(updates, "url", "updates")
    if url and not (url.startswith("https://") or _loopback_http(url)):
        cfg.problems.append(AuditError("org.insecure_url", file=str(path), url=url))
        url = None
    cfg.update_url = url
    keys = updates.get("public_keys", [])
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        cfg.problems.append(AuditError("org.bad_field", file=str(path), field="updates.public_keys"))
        keys = []
    cfg.public_keys = keys
    return cfg


def _loopback_http(url: str) -> bool:
    from urllib.parse import urlsplit
    u = urlsplit(url)
    return u.scheme == "http" and (u.hostname or "") in ("127.0.0.1", "localhost", "::1")
