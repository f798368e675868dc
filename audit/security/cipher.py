"""Content encryption for the local store.

What the app keeps about the user's archive (item texts, targets, URLs,
thumbnails, decisions) is sealed with AES-256-GCM under a key that lives in
the operating system's credential store (or is derived from a passphrase);
the store's structure (ids, counts, dates, states) may stay readable.

``blind()`` gives a keyed hash for lookups by value (e.g. "all items of this
page") without keeping the value in clear.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from audit.errors import StoreError

_VERSION = b"\x01"
KEY_BYTES = 32


class Cipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("key must be 32 bytes")
        self._aead = AESGCM(key)
        # Separate sub-key for blind indexes so they reveal nothing about the AEAD key.
        self._mac_key = hmac.new(key, b"jejak-netral blind index v1", hashlib.sha256).digest()

    @staticmethod
    def new_key() -> bytes:
        return AESGCM.generate_key(bit_length=256)

    def seal(self, value: str | bytes | None, aad: bytes = b"") -> bytes | None:
        if value is None:
            return None
        data = value.encode("utf-8") if isinstance(value, str) else value
        nonce = os.urandom(12)
        return _VERSION + nonce + self._aead.encrypt(nonce, data, aad or None)

    def open_bytes(self, blob: bytes | None, aad: bytes = b"") -> bytes | None:
        if blob is None:
            return None
        if len(blob) < 13 or blob[:1] != _VERSION:
            raise StoreError("store.decrypt_failed")
        try:
            return self._aead.decrypt(blob[1:13], blob[13:], aad or None)
        except InvalidTag as e:
            raise StoreError("store.decrypt_failed") from e

    def open(self, blob: bytes | None, aad: bytes = b"") -> str | None:
        raw = self.open_bytes(blob, aad)
        return raw.decode("utf-8") if raw is not None else None

    def blind(self, value: str) -> str:
        return self.blind_bytes(value).hex()

    def blind_bytes(self, value: str) -> bytes:
        # One-shot HMAC: the store computes one per item, and hmac.digest skips the Python
        # HMAC object (about three times faster than hmac.new(...).hexdigest()).
        return hmac.digest(self._mac_key, value.encode("utf-8"), "sha256")[:16]
