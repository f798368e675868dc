"""Where the store's key lives: the OS credential store, or a passphrase.

* keyring (Windows Credential Locker, macOS Keychain, Secret Service) holds a
  random 256-bit key. No admin rights are needed.
* Where no usable keyring exists (a bare Linux session, a locked-down PC, a
  plaintext-only backend), we say so and derive the key from a passphrase
  (scrypt). Nothing secret is ever written in clear.
* ``keyinfo.json`` in the data folder records which method is used, the
  passphrase salt, and a sealed check value, so a wrong passphrase or a lost
  key is recognised at once and reported, never a crash.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from audit.errors import StoreError
from audit.paths import data_dir
from audit.security.cipher import Cipher

log = logging.getLogger(__name__)

SERVICE = "JejakNetral"
KEYINFO = "keyinfo.json"
ENV_PASSPHRASE = "JEJAK_NETRAL_PASSPHRASE"
_CHECK = b"jejak-netral key check v1"

# Backends that would keep the secret readable on disk: refused.
_INSECURE_BACKENDS = ("PlaintextKeyring", "fail.Keyring", "null.Keyring", "EncryptedKeyring",
                      "chainer.ChainerBackend")


class KeyUnavailable(StoreError):
    """No usable keyring: the caller must ask the user for a passphrase."""


class KeyLost(StoreError):
    """The store exists but its key is gone or the passphrase is wrong."""


@dataclass
class KeyInfo:
    method: str                # "keyring" | "passphrase"
    account: str               # keyring user name (unique per data folder)
    salt: str | None = None    # base64, passphrase only
    check: str | None = None   # base64 sealed check value

    @staticmethod
    def load(folder: Path) -> "KeyInfo | None":
        p = folder / KEYINFO
        if not p.exists():
            return None
        try:
            d = json.loads(p.read_text(encoding="utf-8"))
            return KeyInfo(d["method"], d["account"], d.get("salt"), d.get("check"))
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise KeyLost("keys.keyinfo_damaged") from e

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / (KEYINFO + ".tmp")
        tmp.write_text(json.dumps(self.__dict__, indent=1), encoding="utf-8")
        os.replace(tmp, folder / KEYINFO)


def keyring_usable() -> tuple[bool, str]:
    """Is there a keyring backend that keeps secrets safe? (name of the backend or why not)."""
    try:
        import keyring
        backend = keyring.get_keyring()
    except Exception as e:  # noqa: BLE001 - any backend failure means "not usable"
        return False, type(e).__name__
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if any(bad in name for bad in _INSECURE_BACKENDS):
        return False, name
    if getattr(backend, "priority", 1) <= 0:
        return False, name
    return True, name


def _account_for(folder: Path) -> str:
    # One key per data folder, so a portable copy and the installed app never share a key.
    import hashlib
    return "store-" + hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]


def _derive(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))


def _verify(info: KeyInfo, key: bytes) -> Cipher:
    cipher = Cipher(key)
    if info.check:
        try:
            if cipher.open_bytes(base64.b64decode(info.check)) != _CHECK:
                raise KeyLost("keys.wrong_key")
        except StoreError as e:
            raise KeyLost("keys.wrong_passphrase" if info.method == "passphrase" else "keys.key_lost") from e
    return cipher


def open_cipher(folder: Path | None = None, passphrase: str | None = None) -> Cipher:
    """The store's cipher, creating a key on first use.

    Raises ``KeyUnavailable`` when no keyring is usable and no passphrase was
    given; ``KeyLost`` when the key cannot be found or does not fit.
    """
    folder = folder or data_dir()
    passphrase = passphrase if passphrase is not None else os.environ.get(ENV_PASSPHRASE)
    info = KeyInfo.load(folder)
    if info is None:
        return _create(folder, passphrase)
    if info.method == "passphrase":
        if not passphrase:
            raise KeyUnavailable("keys.passphrase_needed")
        return _verify(info, _derive(passphrase, base64.b64decode(info.salt or "")))
    import keyring
    try:
        secret = keyring.get_password(SERVICE, info.account)
    except Exception as e:  # noqa: BLE001
        raise KeyLost("keys.keyring_failed", reason=type(e).__name__) from e
    if not secret:
        raise KeyLost("keys.key_lost")
    return _verify(info, base64.b64decode(secret))


def _create(folder: Path, passphrase: str | None) -> Cipher:
    ok, backend = keyring_usable()
    account = _account_for(folder)
    if ok and not passphrase:
        import keyring
        key = Cipher.new_key()
        try:
            keyring.set_password(SERVICE, account, base64.b64encode(key).decode())
        except Exception as e:  # noqa: BLE001 - fall back to a passphrase, loudly
            log.warning("keyring %s refused the key (%s)", backend, type(e).__name__)
            raise KeyUnavailable("keys.no_keyring", backend=backend) from e
        info = KeyInfo("keyring", account)
    else:
        if not passphrase:
            raise KeyUnavailable("keys.no_keyring", backend=backend)
        if len(passphrase) < 8:
            raise KeyUnavailable("keys.passphrase_too_short")
        salt = os.urandom(16)
        key = _derive(passphrase, salt)
        info = KeyInfo("passphrase", account, base64.b64encode(salt).decode())
    cipher = Cipher(key)
    sealed = cipher.seal(_CHECK)
    assert sealed is not None
    info.check = base64.b64encode(sealed).decode()
    info.save(folder)
    return cipher


def forget_key(folder: Path | None = None) -> list[str]:
    """Remove the key (keyring entry and keyinfo). Returns what was removed."""
    folder = folder or data_dir(create=False)
    removed: list[str] = []
    try:
        info = KeyInfo.load(folder)
    except KeyLost:
        info = None
    if info and info.method == "keyring":
        try:
            import keyring
            keyring.delete_password(SERVICE, info.account)
            removed.append(f"keyring:{SERVICE}/{info.account}")
        except Exception:  # noqa: BLE001 - already gone or no backend: nothing to remove
            pass
    p = folder / KEYINFO
    if p.exists():
        p.unlink()
        removed.append(str(p))
    return removed
