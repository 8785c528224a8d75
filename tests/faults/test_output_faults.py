"""Output files on a disk that is really full: the old file stays whole, no temporary is left.

Posters, the report and JSON exports are written to a temporary name beside the target and
renamed (db/files.py). These tests fill a tiny tmpfs (root) — or, without root, run the writer
in a child whose file-size limit makes every write past a few kilobytes fail — and check that
a good old file is byte-for-byte what it was and that the folder holds nothing new.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from app.cli import main
from app.core.model import Model, default_model
from app.poster import PosterWriteError, render_blank_poster, render_line_poster, render_report
from db import Store
from db.errors import OutputWriteError
from tests.faults.conftest import fill, limited_child

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def model() -> Model:
    return default_model()


@pytest.fixture
def store(tmp_path: Path, model: Model):
    with Store.open(tmp_path / "store.sqlite", model) as opened:
        network = opened.networks.create_network("Zorgnetwerk Rijnland")
        keys = tuple(ring.segments[0].key for ring in model.rings)
        opened.lines.create_line(
            network.id,
            keys,
            title="Van ontmoeting naar beleid",
            stories={"ring1": "Wij ontmoeten elkaar. " * 200},
        )
        yield opened


def _first_network(store: Store):
    network = store.networks.list_networks()[0]
    return store.networks.load_network(network.id)


def _renderers(store: Store, model: Model):
    contents = _first_network(store)
    line_id = contents.lines[0].id
    return {
        "blank poster": lambda path: render_blank_poster(path, model, contents.network),
        "line poster": lambda path: render_line_poster(path, model, contents, line_id),
        "report": lambda path: render_report(path, model, contents),
    }


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != ".filler")


@pytest.mark.parametrize("kind", ["blank poster", "line poster", "report"])
def test_a_pdf_that_does_not_fit_leaves_the_old_one_byte_for_byte(
    disk: Path, store: Store, model: Model, kind: str
):
    render = _renderers(store, model)[kind]
    target = disk / "poster.pdf"
    render(target)
    old = target.read_bytes()
    assert old.startswith(b"%PDF") and old.rstrip().endswith(b"%%EOF")
    fill(disk, leave=2048)
    with pytest.raises(PosterWriteError, match="disk is full"):
        render(target)
    assert target.read_bytes() == old
    assert _names(disk) == ["poster.pdf"]


def test_a_json_export_that_does_not_fit_leaves_the_old_one(disk: Path, store: Store):
    network_id = store.networks.list_networks()[0].id
    target = disk / "network.json"
    store.networks.export_network_to(network_id, target)
    old = target.read_bytes()
    store.networks.rename_network(network_id, "Zorgnetwerk Rijnland en Leiden")
    fill(disk, leave=256)
    with pytest.raises(OutputWriteError, match="disk is full"):
        store.networks.export_network_to(network_id, target)
    assert target.read_bytes() == old
    assert _names(disk) == ["network.json"]


def test_the_command_line_says_disk_full_in_one_line(disk: Path, store: Store, monkeypatch, capsys):
    monkeypatch.setenv("NETIMPACT_DB", str(store.path))
    target = disk / "poster.pdf"
    target.write_bytes(b"%PDF-1.4 an old poster\n%%EOF\n")
    fill(disk, leave=1024)
    assert main(["poster", "--network", "Zorgnetwerk Rijnland", "-o", str(target)]) == 1
    error = capsys.readouterr().err
    assert "disk is full" in error and "Traceback" not in error and error.count("\n") == 1
    assert target.read_bytes() == b"%PDF-1.4 an old poster\n%%EOF\n"
    assert _names(disk) == ["poster.pdf"]


@pytest.mark.slow
def test_a_size_limited_child_keeps_the_old_pdf_whole(tmp_path: Path):
    """Without root: RLIMIT_FSIZE makes the new PDF's write fail part-way (EFBIG)."""
    target = tmp_path / "poster.pdf"
    good = b"%PDF-1.4 the good old poster\n" + b"0" * 1000 + b"\n%%EOF\n"
    target.write_bytes(good)
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from app.core.model import default_model
        from app.poster import PosterWriteError, render_blank_poster
        try:
            render_blank_poster({str(target)!r}, default_model(), None)
        except PosterWriteError as error:
            print(error)
            sys.exit(3)
        """
    )
    result = limited_child(code, 8 * 1024, tmp_path)
    assert result.returncode == 3, result.stderr
    assert "too large for it" in result.stdout
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster.pdf"]


def test_the_new_pdf_keeps_the_old_files_permissions(tmp_path: Path, model: Model):
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old")
    target.chmod(0o604)
    render_blank_poster(target, model, None)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o604
