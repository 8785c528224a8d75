"""Hostile inputs to the command line (issue 27, the remaining cases): an exchange file that
is a FIFO or a device, and NAME-or-ID arguments of thousands of digits or megabytes: each a
one-line refusal, never a hang or a traceback."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from app.cli import main
from db import Store


@pytest.fixture
def store_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "s.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path) as store:
        network = store.networks.create_network("Eerste")
        keys = tuple(ring.segments[0].key for ring in store.model.rings)
        store.lines.create_line(network.id, keys, title="Lijn")
    return path


def _one_line(err: str) -> None:
    assert "Traceback" not in err and err.count("\n") == 1 and len(err) < 500, err[:500]


def test_import_from_a_fifo_is_refused_at_once(store_file, tmp_path, capsys):
    fifo = tmp_path / "in.json"
    os.mkfifo(fifo)

    def unblock() -> None:  # should the import wait on it (the fault), end the wait
        try:
            descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return
        os.write(descriptor, b"{}")
        os.close(descriptor)

    timer = threading.Timer(5.0, unblock)
    timer.start()
    try:
        assert main(["import", str(fifo)]) == 1
    finally:
        timer.cancel()
    err = capsys.readouterr().err
    _one_line(err)
    assert "not a regular file" in err


def test_import_from_an_endless_device_is_refused_unread(store_file, tmp_path, capsys):
    if os.geteuid() != 0:
        pytest.skip("mknod of a device node needs root")
    device = tmp_path / "zero.json"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero
    assert main(["import", str(device)]) == 1
    err = capsys.readouterr().err
    _one_line(err)
    assert "not a regular file" in err


@pytest.mark.parametrize(
    "argument",
    ["1" * 5000, "9" * 20, "x" * 10_000_000, "²", "٣"],
    ids=["5000 digits", "20 digits", "10 MB", "superscript", "arabic"],
)
@pytest.mark.parametrize("command", ["lines", "poster-line", "export"])
def test_a_hostile_name_or_id_is_a_short_refusal(store_file, tmp_path, capsys, argument, command):
    arguments = {
        "lines": ["lines", argument],
        "poster-line": [
            "poster",
            "--network",
            "Eerste",
            "--line",
            argument,
            "-o",
            str(tmp_path / "p.pdf"),
        ],
        "export": ["export", argument, "-o", str(tmp_path / "e.json")],
    }[command]
    assert main(arguments) == 1
    _one_line(capsys.readouterr().err)


def test_restoring_the_store_over_itself_by_another_spelling_is_refused(
    store_file, capsys, monkeypatch
):
    monkeypatch.chdir(store_file.parent)
    before = store_file.read_bytes()
    other_spelling = f"../{store_file.parent.name}/{store_file.name}"
    assert main(["restore", other_spelling]) == 1
    err = capsys.readouterr().err
    assert "the store itself" in err
    assert store_file.read_bytes() == before
    assert not [p for p in store_file.parent.iterdir() if "before-restore" in p.name]


@pytest.mark.parametrize("command", ["restore", "import"])
def test_a_name_too_long_for_the_system_is_one_line(store_file, capsys, command):
    assert main([command, "x" * 300]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1 and "too long" in err
