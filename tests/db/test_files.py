"""Output files: written whole or not at all, keeping permissions, never onto a store."""

from __future__ import annotations

import os
import stat

import pytest

from db import Store
from db.errors import OutputRefusedError
from db.files import atomic_output, is_store_file, write_output


def test_a_write_replaces_the_file_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    write_output(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["poster.pdf"]


def test_a_failure_halfway_leaves_the_old_file_whole_and_no_temporary(tmp_path):
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old and whole")
    with pytest.raises(RuntimeError), atomic_output(target) as file:
        file.write(b"half")
        raise RuntimeError("the renderer failed")
    assert target.read_bytes() == b"old and whole"
    assert [p.name for p in tmp_path.iterdir()] == ["poster.pdf"]


@pytest.mark.parametrize("name", ["s.sqlite", "s.sqlite-wal", "s.sqlite-shm", "link.sqlite"])
def test_the_open_store_and_its_files_are_refused(tmp_path, name):
    with Store.open(tmp_path / "s.sqlite") as store:
        store.networks.create_network("Net")
        os.link(tmp_path / "s.sqlite", tmp_path / "link.sqlite")
        # Compared by stat, not by reading: reading would drop the store's locks (db.locks).
        before = (tmp_path / "s.sqlite").stat().st_mtime_ns
        assert is_store_file(tmp_path / name)
        with pytest.raises(OutputRefusedError, match="is the store"):
            write_output(tmp_path / name, b"{}")
        assert (tmp_path / "s.sqlite").stat().st_mtime_ns == before
        assert [n.name for n in store.networks.list_networks()] == ["Net"]
    assert not is_store_file(tmp_path / "s.sqlite")


def test_a_backup_beside_a_named_store_is_refused(tmp_path):
    store = tmp_path / "s.sqlite"
    backup = tmp_path / "s.daily.2026-12-02_101500.sqlite"
    assert is_store_file(backup, (store,))
    assert not is_store_file(tmp_path / "s-report.sqlite", (store,))
    assert not is_store_file(tmp_path / "report.pdf", (store,))
