"""Import measurement entries from a sheet in the import dialog: a preview with where every
row goes or why it cannot, then the good rows as one undo step; and from the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.cli import main
from app.core.model import IndicatorKind
from app.ui.control.workshop import Workshop
from app.ui.postits.measure_import import ImportMeasurementsDialog, sheet_entries
from db.store import Store

CSV = """indicator;moment;waarde;toelichting;bron;datum
Aantal deelnemers;B;120;;presentielijst;12-03-2025
Verhalen van leraren;B;;We bellen elkaar nu gewoon;docent Ada;2025-03-13
Aantal deelnemers;Q;3;;;
Aantal deelnemers;B;veel;;;
"""


def _network(workshop: Workshop) -> None:
    workshop.create_network("Leren met de Stad")
    line_id = workshop.save_line()
    ring = workshop.model.rings[0].key
    workshop.learning.add_indicator(line_id, ring, "Aantal deelnemers", IndicatorKind.QUANTITATIVE)
    workshop.learning.add_indicator(
        line_id, ring, "Verhalen van leraren", IndicatorKind.QUALITATIVE
    )
    workshop.learning.add_moment("A")
    workshop.learning.add_moment("B")


def test_the_preview_shows_each_row_and_why_before_writing(
    workshop: Workshop, qtbot, tmp_path: Path
) -> None:
    _network(workshop)
    path = tmp_path / "metingen.csv"
    path.write_text(CSV, encoding="utf-8")
    entries = sheet_entries(workshop, path)
    assert not isinstance(entries, str)
    dialog = ImportMeasurementsDialog(workshop, entries)
    qtbot.addWidget(dialog)
    assert workshop.contents.measurements == ()  # a preview writes nothing
    problems = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 7).text()
        for row in range(dialog.table.rowCount())
    }
    assert problems["2"] == "" and problems["3"] == ""
    assert "moment" in problems["4"] and "number" in problems["5"]
    dialog.accept()
    entries_now = workshop.store.networks.load_network(workshop.network_id).measurements
    assert sorted((m.text, m.value, m.source) for m in entries_now) == [
        ("", 120.0, "presentielijst"),
        ("We bellen elkaar nu gewoon", None, "docent Ada"),
    ]
    workshop.undo_stack.undo()  # the import is one step
    assert workshop.store.networks.load_network(workshop.network_id).measurements == ()


def test_the_command_line_imports_all_or_nothing_and_says_why(
    workshop: Workshop, tmp_path: Path, capsys, monkeypatch
) -> None:
    _network(workshop)
    store_path = workshop.store.path
    workshop.store.close()
    monkeypatch.setenv("NETIMPACT_DB", str(store_path))
    bad = tmp_path / "metingen.csv"
    bad.write_text(CSV, encoding="utf-8")
    assert main(["import-measurements", "Leren met de Stad", str(bad)]) == 1
    said = capsys.readouterr().out
    assert "row 4: the network has no moment of this name" in said
    assert "row 5: the value is not a number" in said
    with Store.open(store_path) as store:
        network = store.networks.find_network("Leren met de Stad")
        assert store.networks.load_network(network.id).measurements == ()  # nothing written

    assert main(["import-measurements", "Leren met de Stad", str(bad), "--skip-bad"]) == 0
    assert "Imported 2 measurement entries" in capsys.readouterr().out

    book = openpyxl.Workbook()
    book.active.append(["Indicator", "Moment", "Value", "Group"])
    for value in (1, 2, 3):
        book.active.append(["Aantal deelnemers", "A", value, "mbo"])
    workbook = tmp_path / "metingen.xlsx"
    book.save(workbook)
    assert main(["import-measurements", "Leren met de Stad", str(workbook), "--dry-run"]) == 0
    assert "3 entries would be imported" in capsys.readouterr().out
    assert main(["import-measurements", "Leren met de Stad", str(workbook)]) == 0
    with Store.open(store_path) as store:
        network = store.networks.find_network("Leren met de Stad")
        entries = store.networks.load_network(network.id).measurements
    assert len(entries) == 5
    assert sorted(m.note for m in entries if m.value in (1, 2, 3)) == ["group: mbo"] * 3
