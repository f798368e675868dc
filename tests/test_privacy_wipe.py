from __future__ import annotations

import keyring
import pytest

from audit.paths import DATA_MARKER, data_dir, set_data_dir
from audit.security.keys import open_cipher
from audit.security.wipe import wipe_all
from tests.test_privacy_keys import MemoryKeyring


@pytest.fixture
def memory_keyring():
    old = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(old)


def test_wipe_removes_every_file_and_the_key_but_not_archives(tmp_path, memory_keyring):
    archive = tmp_path / "facebook-budi.zip"
    archive.write_bytes(b"PK-not-really")
    set_data_dir(tmp_path / "data")
    d = data_dir()
    open_cipher(d)
    files = [d / "jejak-netral.db", d / "jejak-netral.db-wal", d / "logs" / "app.log",
             d / "photo-cache" / "ab" / "cd.json", d / "thumbnails" / "x.jpg", d / "backups" / "db.1"]
    for f in files:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b"x")
    rep = wipe_all(d)
    assert rep.complete
    assert memory_keyring.store == {}
    assert not d.exists()
    for f in files:
        assert str(f) in rep.removed
    assert archive.read_bytes() == b"PK-not-really"


def test_wipe_refuses_a_folder_the_app_did_not_make(tmp_path, memory_keyring):
    mine = tmp_path / "Documents"
    mine.mkdir()
    (mine / "skripsi.docx").write_bytes(b"precious")
    rep = wipe_all(mine)
    assert not rep.complete
    assert (mine / "skripsi.docx").read_bytes() == b"precious"
    assert not (mine / DATA_MARKER).exists()
