"""Installing signed rule packs from a file (USB, intranet share) or, when the user asks, a download.

The only network use in the whole app, and only on the user's request.
A pack is verified (signature, expiry) and validated (it loads as a rule
pack) before it replaces anything; the previous version is kept as
``<name>.prev`` and stays in use if the new one fails.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from audit.errors import AuditError, RulePackError
from audit.paths import data_dir
from audit.security.signing import PackSignatureError, VerifiedPack, verify_pack

DOWNLOAD_LIMIT = 8 * 1024 * 1024


def installed_dir() -> Path:
    return data_dir() / "rulepacks"


def installed_packs() -> list[Path]:
    d = installed_dir()
    return sorted(d.glob("*.toml")) if d.is_dir() else []


def _validate(vp: VerifiedPack) -> None:
    """The pack must load together with the packs in use (a regional pack refers to national parties)."""
    from audit.rules import default_pack_paths, load_packs
    with tempfile.TemporaryDirectory(dir=data_dir()) as tmp:
        p = Path(tmp) / vp.pack_name
        p.write_bytes(vp.content)
        others = [q for q in default_pack_paths() if q.name != vp.pack_name]
        try:
            load_packs(others + [p])
        except RulePackError as e:
            raise PackSignatureError("packs.invalid_pack", detail=e.message("en")) from e


def install_envelope(envelope: bytes, public_keys: list[str]) -> VerifiedPack:
    vp = verify_pack(envelope, public_keys)
    _validate(vp)
    d = installed_dir()
    d.mkdir(parents=True, exist_ok=True)
    target = d / vp.pack_name
    tmp = d / (vp.pack_name + ".new")
    tmp.write_bytes(vp.content)
    if target.exists():
        os.replace(target, d / (vp.pack_name + ".prev"))
    os.replace(tmp, target)
    return vp


def install_file(path: Path, public_keys: list[str]) -> VerifiedPack:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise PackSignatureError("packs.unreadable", file=str(path), reason=e.strerror or str(e)) from e
    return install_envelope(data, public_keys)


def _allowed_url(url: str) -> bool:
    u = urlsplit(url)
    if u.scheme == "https":
        return True
    return u.scheme == "http" and (u.hostname or "") in ("127.0.0.1", "localhost", "::1")


def download_and_install(url: str, public_keys: list[str], timeout: float = 30.0) -> VerifiedPack:
    if not _allowed_url(url):
        raise PackSignatureError("packs.insecure_url", url=url)
    import requests
    try:
        with requests.get(url, timeout=(10, timeout), stream=True) as r:
            if r.status_code != 200:
                raise PackSignatureError("packs.download_failed", url=url, reason=f"HTTP {r.status_code}")
            chunks: list[bytes] = []
            total = 0
            for chunk in r.iter_content(64 * 1024):
                total += len(chunk)
                if total > DOWNLOAD_LIMIT:
                    raise PackSignatureError("packs.too_large")
                chunks.append(chunk)
    except requests.RequestException as e:
        raise PackSignatureError("packs.download_failed", url=url, reason=type(e).__name__) from e
    return install_envelope(b"".join(chunks), public_keys)


__all__ = ["install_file", "download_and_install", "installed_packs", "installed_dir", "AuditError"]
