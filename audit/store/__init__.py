"""The local store (SQLite, per-user data folder, content sealed with a Cipher).

``open_store()`` is what the CLI and the GUI call: it gets the cipher from
the registered provider (key management, ``audit.security``) so that the
store itself never decides where keys live.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from audit.errors import StoreError
from audit.security.cipher import Cipher
from audit.store.store import Store

CipherProvider = Callable[[], Cipher]
_provider: CipherProvider | None = None


def set_cipher_provider(provider: CipherProvider | None) -> None:
    """Key management registers here how to get the store's key (keyring, passphrase...)."""
    global _provider
    _provider = provider


def default_cipher() -> Cipher:
    if _provider is not None:
        return _provider()
    try:
        from audit.security import keys  # key management lives there (issue #7)
    except ImportError as e:
        raise StoreError("store.no_key") from e
    get = getattr(keys, "open_cipher", None) or getattr(keys, "store_cipher", None)
    if get is None:
        raise StoreError("store.no_key")
    cipher = get()
    if not isinstance(cipher, Cipher):
        raise StoreError("store.no_key")
    return cipher


class StoreHealthError(StoreError):
    """The store file is damaged, unreadable or in a read-only place; ``health`` says which."""

    def __init__(self, health: object) -> None:
        super().__init__(health.code, path=str(health.path), backups=len(health.backups))  # type: ignore[attr-defined]
        self.health = health


def open_store(path: str | os.PathLike[str] | None = None, cipher: Cipher | None = None) -> Store:
    """Check the file's health first (never opening a damaged file for writing), then open it,
    and keep a daily "last good" backup."""
    from audit.store.recovery import check_store, make_backup
    from audit.store.store import default_path
    p = default_path() if path is None else path
    health = check_store(p)
    if not health.ok:
        raise StoreHealthError(health)
    store = Store.open(p, cipher=cipher if cipher is not None else default_cipher())
    _daily_backup(store.path, make_backup)
    return store


def _daily_backup(path: object, make_backup: Callable[..., object]) -> None:
    import time
    from pathlib import Path
    p = Path(str(path))
    latest = max((q.stat().st_mtime for q in p.parent.glob(f"{p.stem}.good-*.bak{p.suffix}")), default=0.0)
    if time.time() - latest > 24 * 3600:
        try:
            make_backup(p)
        except StoreError:
            pass  # a backup that cannot be made must not stop the user; the next open tries again


__all__ = ["Store", "StoreHealthError", "open_store", "set_cipher_provider", "default_cipher"]
