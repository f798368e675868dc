"""Signed rule packs: tampering, wrong key, expiry, unsigned, keep-previous, download over loopback."""

from __future__ import annotations

import base64
import json
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from audit.packs_update import download_and_install, install_envelope, installed_dir, installed_packs
from audit.security.signing import PackSignatureError, generate_keypair, sign_pack, verify_pack
from audit.paths import resource_path

FUTURE = datetime.now(timezone.utc) + timedelta(days=365)


def _template_pack() -> Path:
    packs = sorted(resource_path("rulepacks").rglob("*.toml"))
    assert packs, "shipped rule packs missing"
    # Prefer the fictional worked example (a regional pack) when present.
    for p in packs:
        if "contoh" in p.name or "example" in p.name:
            return p
    return packs[0]


@pytest.fixture
def keypair():
    return generate_keypair()


@pytest.fixture
def signed(tmp_path, keypair):
    pack = tmp_path / "pilkada-contoh-2024.toml"
    pack.write_bytes(_template_pack().read_bytes())
    return sign_pack(pack, keypair[0], FUTURE)


def test_good_signature_verifies(signed, keypair):
    vp = verify_pack(signed, [keypair[1]])
    assert vp.pack_name == "pilkada-contoh-2024.toml"
    assert vp.content == _template_pack().read_bytes()


def test_one_tampered_byte_is_refused(signed, keypair):
    env = json.loads(signed)
    content = bytearray(base64.b64decode(env["content"]))
    content[len(content) // 2] ^= 0x01
    env["content"] = base64.b64encode(bytes(content)).decode()
    with pytest.raises(PackSignatureError) as ei:
        verify_pack(json.dumps(env).encode(), [keypair[1]])
    assert ei.value.code == "packs.bad_signature"
    assert "ditolak" in ei.value.message("id")


def test_changed_expiry_is_refused(signed, keypair):
    env = json.loads(signed)
    env["expires"] = "2099-01-01T00:00:00Z"
    with pytest.raises(PackSignatureError) as ei:
        verify_pack(json.dumps(env).encode(), [keypair[1]])
    assert ei.value.code == "packs.bad_signature"


def test_wrong_key_is_refused(signed):
    other = generate_keypair()[1]
    with pytest.raises(PackSignatureError) as ei:
        verify_pack(signed, [other])
    assert ei.value.code == "packs.bad_signature"


def test_expired_pack_is_refused(tmp_path, keypair):
    pack = tmp_path / "old.toml"
    pack.write_bytes(_template_pack().read_bytes())
    env = sign_pack(pack, keypair[0], datetime(2024, 12, 31, tzinfo=timezone.utc),
                    issued=datetime(2024, 8, 1, tzinfo=timezone.utc))
    with pytest.raises(PackSignatureError) as ei:
        verify_pack(env, [keypair[1]])
    assert ei.value.code == "packs.expired"
    assert "2024-12-31" in ei.value.message("id")


def test_unsigned_and_garbage_are_refused(signed, keypair):
    env = json.loads(signed)
    env["signature"] = ""
    with pytest.raises(PackSignatureError) as ei:
        verify_pack(json.dumps(env).encode(), [keypair[1]])
    assert ei.value.code == "packs.unsigned"
    for junk in (b"", b"\xff\xfe", b"[]", b'{"format": "x"}', _template_pack().read_bytes()):
        with pytest.raises(PackSignatureError):
            verify_pack(junk, [keypair[1]])


def test_path_in_pack_name_is_refused(tmp_path, keypair):
    pack = tmp_path / "p.toml"
    pack.write_bytes(_template_pack().read_bytes())
    env = json.loads(sign_pack(pack, keypair[0], FUTURE))
    env["pack_name"] = "../../evil.toml"
    with pytest.raises(PackSignatureError):
        verify_pack(json.dumps(env).encode(), [keypair[1]])


def test_install_keeps_previous_when_new_one_fails(signed, keypair):
    vp = install_envelope(signed, [keypair[1]])
    target = installed_dir() / vp.pack_name
    first = target.read_bytes()
    env = json.loads(signed)
    env["signature"] = base64.b64encode(b"\0" * 64).decode()
    with pytest.raises(PackSignatureError):
        install_envelope(json.dumps(env).encode(), [keypair[1]])
    assert target.read_bytes() == first
    assert installed_packs() == [target]


def test_validly_signed_but_invalid_pack_is_refused(tmp_path, keypair):
    bad = tmp_path / "rusak.toml"
    bad.write_text('[pack]\nid = "x"\n')  # misses every required field
    with pytest.raises(PackSignatureError) as ei:
        install_envelope(sign_pack(bad, keypair[0], FUTURE), [keypair[1]])
    assert ei.value.code == "packs.invalid_pack"
    assert installed_packs() == []


class _Handler(BaseHTTPRequestHandler):
    payload = b""

    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.payload)))
        self.end_headers()
        self.wfile.write(self.payload)

    def log_message(self, *a):
        pass


def test_download_from_loopback_server(signed, keypair):
    _Handler.payload = signed
    srv = HTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        vp = download_and_install(f"http://127.0.0.1:{srv.server_port}/p.jnpack", [keypair[1]], timeout=5)
    finally:
        srv.shutdown()
    assert (installed_dir() / vp.pack_name).exists()


def test_plain_http_to_other_hosts_is_refused(keypair):
    with pytest.raises(PackSignatureError) as ei:
        download_and_install("http://intranet.contoh.go.id/p.jnpack", [keypair[1]])
    assert ei.value.code == "packs.insecure_url"
