"""`netimpact export NETWORK --format xlsx|csv`: the tables from the command line."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from app.cli import main
from db import Store


@pytest.fixture
def store_file(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path) as store:
        network = store.networks.create_network("Zorgnetwerk")
        store.lines.add_core_entry(network.id, "core.partners", "=1+1")
    return path


def test_export_as_a_workbook_in_english(store_file, tmp_path, capsys):
    target = tmp_path / "report.xlsx"
    assert main(["export", "Zorgnetwerk", "-o", str(target), "--language", "en"]) == 0
    assert "(xlsx)" in capsys.readouterr().out
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == "Read me" and "Core" in book.sheetnames
    cell = book["Core"]["C2"]
    assert cell.value == "=1+1" and cell.data_type == "s"


def test_export_as_csv_with_semicolons(store_file, tmp_path):
    target = tmp_path / "tables.zip"
    assert main(["export", "Zorgnetwerk", "-o", str(target), "--separator", ";"]) == 0
    with zipfile.ZipFile(io.BytesIO(target.read_bytes())) as archive:
        core = archive.read("02 Kern.csv").decode("utf-8-sig")
    assert core.splitlines()[1].endswith(";'=1+1")


def test_the_format_wins_over_the_extension_and_json_stays_the_default(store_file, tmp_path):
    as_csv = tmp_path / "odd.dat"
    assert main(["export", "Zorgnetwerk", "--format", "csv", "-o", str(as_csv)]) == 0
    assert zipfile.is_zipfile(as_csv)
    as_json = tmp_path / "plain.out"
    assert main(["export", "Zorgnetwerk", "-o", str(as_json)]) == 0
    assert as_json.read_text(encoding="utf-8").startswith("{")


def test_an_export_onto_the_store_is_refused(store_file, capsys):
    assert main(["export", "Zorgnetwerk", "--format", "xlsx", "-o", str(store_file)]) == 1
    assert "is the store" in capsys.readouterr().err
    with Store.open(store_file) as store:
        assert store.networks.list_networks()[0].name == "Zorgnetwerk"
