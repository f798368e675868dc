"""open_store checks the file first: a damaged store is never opened for writing; a daily good backup."""

from __future__ import annotations

import pytest

from audit.security.cipher import Cipher
from audit.store import StoreHealthError, open_store
from audit.store.recovery import restore_backup


def test_damaged_store_is_refused_with_a_clear_choice_and_kept(tmp_path):
    path = tmp_path / "jejak-netral.db"
    cipher = Cipher(Cipher.new_key())
    st = open_store(path, cipher=cipher)
    st.close()
    backups = list(tmp_path.glob("jejak-netral.good-*.bak.db"))
    assert len(backups) == 1  # first open of the day leaves a last-good copy
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\xff" * 3900   # scribble over the schema pages
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    with pytest.raises(StoreHealthError) as ei:
        open_store(path, cipher=cipher)
    err = ei.value
    assert err.code == "store.recovery.corrupt"
    assert "cadangan" in err.message("id") and "backup" in err.message("en")
    assert path.read_bytes() == damaged          # never overwritten silently
    kept = restore_backup(path, err.health.backups[0])
    assert kept.read_bytes() == damaged          # the damaged file is kept aside
    open_store(path, cipher=cipher).close()      # and the restored store opens


def test_cli_recover_keeps_the_damaged_file(tmp_path, capsys):
    from audit.cli import main
    from audit.paths import data_dir
    from audit.store.store import default_path

    path = default_path()
    open_store(path, cipher=Cipher(Cipher.new_key())).close()
    path.write_bytes(b"SQLite format 3\x00" + b"\xee" * 8192)
    assert main(["data", "recover"]) == 2          # says what is wrong, changes nothing
    assert main(["data", "recover", "--start-over"]) == 0
    out = capsys.readouterr().out
    assert "rusak" in out
    kept = list(data_dir().glob("jejak-netral.damaged-*.db"))
    assert kept and kept[0].read_bytes().startswith(b"SQLite format 3\x00\xee")
    assert not path.exists()
