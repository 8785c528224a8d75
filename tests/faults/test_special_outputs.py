"""Outputs that must not be written (issue 27): another SQLite store, a device node, a FIFO, a
folder, a read-only file, an empty name; each refused in one line with the file unchanged."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.cli import main
from db import Store
from db.errors import OutputIsDatabaseError, OutputNotAFileError, OutputReadOnlyError
from db.files import overwriting_allowed, write_output

OUTPUT_COMMANDS = {
    "export": ["export", "Eerste", "-o"],
    "poster": ["poster", "--network", "Eerste", "-o"],
    "image": ["image", "--network", "Eerste", "--size", "200", "-o"],
}


@pytest.fixture
def store_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "store" / "s.sqlite"
    path.parent.mkdir()
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path) as store:
        store.networks.create_network("Eerste")
    return path


def _one_line(err: str) -> None:
    assert "Traceback" not in err and err.count("\n") == 1, err


def _other_store(folder: Path) -> Path:
    other = folder / "other.sqlite"
    with Store.open(other) as store:
        store.networks.create_network("Van een ander")
    return other


@pytest.mark.parametrize("command", sorted(OUTPUT_COMMANDS))
def test_output_onto_another_closed_store_is_refused(store_file, tmp_path, capsys, command):
    other = _other_store(tmp_path)
    before = other.read_bytes()
    suffix = {"export": ".json", "poster": ".pdf", "image": ".png"}[command]
    renamed = other.rename(other.with_suffix(suffix))  # the extension does not make it safe
    assert main([*OUTPUT_COMMANDS[command], str(renamed)]) == 1
    err = capsys.readouterr().err
    _one_line(err)
    assert "SQLite database" in err and "--force" in err
    assert renamed.read_bytes() == before


def test_force_overwrites_another_database_but_never_the_store(store_file, tmp_path, capsys):
    plain = tmp_path / "plain.db"
    connection = sqlite3.connect(plain)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    assert main(["export", "Eerste", "-o", str(plain), "--force"]) == 0
    assert plain.read_bytes().startswith(b"{")
    before = store_file.read_bytes()
    assert main(["export", "Eerste", "-o", str(store_file), "--force"]) == 1
    assert store_file.read_bytes() == before


def test_the_writer_itself_refuses_a_database_unless_allowed(tmp_path):
    other = _other_store(tmp_path)
    with pytest.raises(OutputIsDatabaseError):
        write_output(other, b"{}")
    with overwriting_allowed(other):
        write_output(other, b"{}")
    assert other.read_bytes() == b"{}"


def _special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / kind
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "char-device":
        if os.geteuid() != 0:
            pytest.skip("mknod of a device node needs root")
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # the kernel's /dev/null
    elif kind == "folder":
        path.mkdir()
    return path


@pytest.mark.parametrize("kind", ["fifo", "char-device", "folder"])
@pytest.mark.parametrize("command", sorted(OUTPUT_COMMANDS))
def test_output_at_a_special_file_is_refused_and_it_stays(
    store_file, tmp_path, capsys, kind, command
):
    special = _special(tmp_path, kind)
    mode = os.lstat(special).st_mode
    assert main([*OUTPUT_COMMANDS[command], str(special)]) == 1
    err = capsys.readouterr().err
    _one_line(err)
    assert "not a file" in err
    assert os.lstat(special).st_mode == mode  # still the FIFO, the device, the folder
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_symbolic_link_to_a_device_is_refused(tmp_path):
    device = _special(tmp_path, "char-device")
    link = tmp_path / "out.json"
    link.symlink_to(device)
    with pytest.raises(OutputNotAFileError):
        write_output(link, b"{}")
    assert stat.S_ISCHR(os.stat(device).st_mode) and link.is_symlink()


def test_a_read_only_output_file_is_not_replaced(store_file, tmp_path, capsys):
    target = tmp_path / "uit.json"
    target.write_bytes(b"old")
    target.chmod(0o444)
    assert main(["export", "Eerste", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    _one_line(err)
    assert "read-only" in err
    assert target.read_bytes() == b"old" and stat.S_IMODE(target.stat().st_mode) == 0o444
    with pytest.raises(OutputReadOnlyError):
        write_output(target, b"new")


def test_an_empty_output_name_is_a_usage_error_in_one_line(store_file, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["export", "Eerste", "-o", ""])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    _one_line(err)
    assert "empty file name" in err and "busy" not in err


@pytest.mark.parametrize(
    "arguments",
    [
        ["poster", "--network", "Eerste", "--size", "A7", "-o", "p.pdf"],
        ["poster", "--network", "Eerste", "--language", "de", "-o", "p.pdf"],
        ["export", "Eerste"],
        ["nonsense"],
    ],
)
def test_usage_errors_are_one_line(store_file, capsys, arguments):
    with pytest.raises(SystemExit) as exit_:
        main(arguments)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    _one_line(err)
    assert "--help" in err


def test_size_and_language_are_read_in_either_case(store_file, tmp_path, capsys):
    output = tmp_path / "p.pdf"
    assert main(["poster", "--network", "Eerste", "--size", "a3", "-o", str(output)]) == 0
    assert output.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("kind", ["--session", "--report"])
def test_portrait_where_it_cannot_be_is_refused_not_ignored(store_file, tmp_path, capsys, kind):
    output = tmp_path / "p.pdf"
    assert main(["poster", "--network", "Eerste", kind, "--portrait", "-o", str(output)]) == 1
    err = capsys.readouterr().err
    _one_line(err)
    assert "--portrait" in err and not output.exists()
