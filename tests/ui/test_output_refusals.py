"""Outputs from the window onto files that must not be replaced (issue 27): the poster's PDF
chosen as a FIFO, another store or a read-only file is refused with a message that says why,
and the file stays as it was."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.ui.dialogs.poster_dialog import PosterDialog, ask_and_make_poster
from db import Store
from tests.ui.conftest import answer_file_dialogs


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _other_store(path: Path) -> Path:
    with Store.open(path) as store:
        store.networks.create_network("Van een ander")
    return path


def _read_only(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4 oud")
    path.chmod(0o444)
    return path


CASES = {
    "fifo": (_fifo, "special file"),
    "another store": (_other_store, "database"),
    "read-only": (_read_only, "read-only"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_poster_refuses_a_file_that_must_not_be_replaced(
    window, monkeypatch, tmp_path: Path, case: str
) -> None:
    make, words = CASES[case]
    target = make(tmp_path / "poster.pdf")
    before = os.lstat(target)
    content = target.read_bytes() if stat.S_ISREG(before.st_mode) else None
    window.workshop.create_network("Binnenkring")
    shown: list[str] = []
    monkeypatch.setattr(PosterDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    answer_file_dialogs(monkeypatch, target)
    assert ask_and_make_poster(window, window.workshop) is None
    assert len(shown) == 1 and words in shown[0]
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    if content is not None:
        assert target.read_bytes() == content


def test_a_network_import_from_a_fifo_or_a_device_is_refused_at_once(
    window, monkeypatch, tmp_path: Path
) -> None:
    """File → Import network… on a named pipe waited for ever; on /dev/zero it read 32 MB."""
    import threading

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    fifo = _fifo(tmp_path / "netwerk.json")

    def unblock() -> None:  # should the import wait on the FIFO (the fault), end the wait
        try:
            descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return
        os.close(descriptor)

    timer = threading.Timer(5.0, unblock)
    timer.start()
    try:
        answer_file_dialogs(monkeypatch, fifo)
        window.import_action.trigger()
    finally:
        timer.cancel()
    paths = [fifo]
    if os.geteuid() == 0:
        device = tmp_path / "zero.json"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 5))
        answer_file_dialogs(monkeypatch, device)
        window.import_action.trigger()
        paths.append(device)
    assert len(warnings) == len(paths)
    assert window.workshop.store.networks.list_networks() == ()
