"""Signed rule packs (Ed25519): how HR distributes rule updates without a server that sees anyone.

A signed pack (``.jnpack``) is a small JSON envelope::

    {"format": "jejak-netral-signed-pack/1", "pack_name": "pilkada-contoh-2024.toml",
     "issued": "2024-08-01T00:00:00Z", "expires": "2025-01-31T00:00:00Z",
     "key_id": "ab12cd34ef56ab78", "content": "<base64 of the TOML pack>",
     "signature": "<base64 Ed25519 signature>"}

The signature covers the format, the name, both dates and the SHA-256 of
the content, so no field can be changed without breaking it. Verification
happens before anything in the pack is used.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from audit.errors import AuditError

FORMAT = "jejak-netral-signed-pack/1"
MAX_ENVELOPE = 8 * 1024 * 1024


class PackSignatureError(AuditError):
    """A signed pack is refused (unsigned, tampered, wrong key, expired)."""


@dataclass
class VerifiedPack:
    pack_name: str
    content: bytes
    issued: datetime
    expires: datetime
    key_id: str


def key_id(public_key_b64: str) -> str:
    return hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:16]


def generate_keypair() -> tuple[str, str]:
    """(private key PEM, public key base64) for HR's signing tool."""
    priv = Ed25519PrivateKey.generate()
    pem = priv.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()
    pub = priv.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return pem, base64.b64encode(pub).decode()


def _message(pack_name: str, issued: str, expires: str, content: bytes) -> bytes:
    return "\n".join([FORMAT, pack_name, issued, expires, hashlib.sha256(content).hexdigest()]).encode()


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def sign_pack(pack_path: Path, private_key_pem: str, expires: datetime,
              issued: datetime | None = None) -> bytes:
    priv = serialization.load_pem_private_key(private_key_pem.encode(), password=None)
    if not isinstance(priv, Ed25519PrivateKey):
        raise PackSignatureError("packs.not_ed25519")
    content = pack_path.read_bytes()
    iss, exp = _iso(issued or datetime.now(timezone.utc)), _iso(expires)
    sig = priv.sign(_message(pack_path.name, iss, exp, content))
    pub = priv.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    env = {"format": FORMAT, "pack_name": pack_path.name, "issued": iss, "expires": exp,
           "key_id": key_id(base64.b64encode(pub).decode()),
           "content": base64.b64encode(content).decode(), "signature": base64.b64encode(sig).decode()}
    return json.dumps(env, indent=1).encode()


def verify_pack(envelope: bytes, public_keys: list[str], now: datetime | None = None) -> VerifiedPack:
    if len(envelope) > MAX_ENVELOPE:
        raise PackSignatureError("packs.too_large")
    try:
        env = json.loads(envelope)
    except (ValueError, UnicodeDecodeError) as e:
        raise PackSignatureError("packs.bad_file") from e
    if not isinstance(env, dict) or env.get("format") != FORMAT:
        raise PackSignatureError("packs.bad_file")
    if not env.get("signature"):
        raise PackSignatureError("packs.unsigned")
    try:
        name = str(env["pack_name"])
        iss, exp = str(env["issued"]), str(env["expires"])
        content = base64.b64decode(env["content"], validate=True)
        sig = base64.b64decode(env["signature"], validate=True)
        issued = datetime.fromisoformat(iss.replace("Z", "+00:00"))
        expires = datetime.fromisoformat(exp.replace("Z", "+00:00"))
    except (KeyError, TypeError, ValueError, binascii.Error) as e:
        raise PackSignatureError("packs.bad_file") from e
    if not name.endswith(".toml") or "/" in name or "\\" in name or name.startswith("."):
        raise PackSignatureError("packs.bad_file")
    if not public_keys:
        raise PackSignatureError("packs.no_trusted_key")
    msg = _message(name, iss, exp, content)
    for pk in public_keys:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(pk)).verify(sig, msg)
        except (InvalidSignature, ValueError, binascii.Error):
            continue
        if (now or datetime.now(timezone.utc)) > expires:
            raise PackSignatureError("packs.expired", expires=exp[:10])
        return VerifiedPack(name, content, issued, expires, key_id(pk))
    raise PackSignatureError("packs.bad_signature")
