"""Key handling: keyring when it is safe, a passphrase otherwise, clear errors when the key is gone."""

from __future__ import annotations

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from audit.security import keys
from audit.security.keys import KeyLost, KeyUnavailable, forget_key, keyring_usable, open_cipher


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's PlaintextKeyring: must be refused by name."""


@pytest.fixture
def memory_keyring():
    old = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(old)


@pytest.fixture
def no_keyring(monkeypatch):
    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv(keys.ENV_PASSPHRASE, raising=False)
    yield
    keyring.set_keyring(old)


def test_keyring_key_is_created_once_and_reused(tmp_path, memory_keyring):
    c1 = open_cipher(tmp_path)
    blob = c1.seal("Relawan Contoh")
    assert len(memory_keyring.store) == 1
    secret = next(iter(memory_keyring.store.values()))
    # The key is in the keyring, not on disk.
    on_disk = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert secret.encode() not in on_disk
    c2 = open_cipher(tmp_path)
    assert c2.open(blob) == "Relawan Contoh"


def test_no_keyring_asks_for_passphrase_and_never_writes_plaintext(tmp_path, no_keyring):
    assert keyring_usable()[0] is False
    with pytest.raises(KeyUnavailable) as ei:
        open_cipher(tmp_path)
    assert ei.value.code == "keys.no_keyring"
    assert "frasa sandi" in ei.value.message("id")
    assert not (tmp_path / keys.KEYINFO).exists()
    c = open_cipher(tmp_path, passphrase="rahasia-sekali")
    blob = c.seal("isi rahasia")
    info = (tmp_path / keys.KEYINFO).read_text()
    assert "rahasia-sekali" not in info and '"passphrase"' in info
    assert open_cipher(tmp_path, passphrase="rahasia-sekali").open(blob) == "isi rahasia"
    with pytest.raises(KeyLost) as ei2:
        open_cipher(tmp_path, passphrase="salah-sekali")
    assert ei2.value.code == "keys.wrong_passphrase"
    with pytest.raises(KeyUnavailable):
        open_cipher(tmp_path)  # passphrase store, none given


def test_plaintext_backend_is_refused(tmp_path, monkeypatch):
    old = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    monkeypatch.delenv(keys.ENV_PASSPHRASE, raising=False)
    try:
        assert keyring_usable()[0] is False
        with pytest.raises(KeyUnavailable):
            open_cipher(tmp_path)
    finally:
        keyring.set_keyring(old)


def test_lost_key_is_reported_not_crashed(tmp_path, memory_keyring):
    open_cipher(tmp_path)
    memory_keyring.store.clear()
    with pytest.raises(KeyLost) as ei:
        open_cipher(tmp_path)
    assert ei.value.code == "keys.key_lost"
    assert "hapus" in ei.value.message("id").lower()


def test_damaged_keyinfo_is_reported(tmp_path, memory_keyring):
    open_cipher(tmp_path)
    (tmp_path / keys.KEYINFO).write_text("{not json")
    with pytest.raises(KeyLost) as ei:
        open_cipher(tmp_path)
    assert ei.value.code == "keys.keyinfo_damaged"


def test_forget_key_removes_keyring_entry_and_keyinfo(tmp_path, memory_keyring):
    open_cipher(tmp_path)
    removed = forget_key(tmp_path)
    assert memory_keyring.store == {}
    assert any(r.startswith("keyring:") for r in removed)
    assert not (tmp_path / keys.KEYINFO).exists()
