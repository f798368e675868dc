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


def open_store(path: str | os.PathLike[str] | None = None, cipher: Cipher | None = None) -> Store:
    return Store.open(path, cipher=cipher if cipher is not None else default_cipher())


__all__ = ["Store", "open_store", "set_cipher_provider", "default_cipher"]
