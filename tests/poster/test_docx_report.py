"""The Word report: re-read with python-docx (headings in Word's styles, real tables with a
repeating header row, every story and number, the charts as pictures), in Dutch and English,
from the command line too; converted by LibreOffice where it is installed. Groups end to end:
the PDF report, the Word report and the Excel tables show every group and the whole by the
indicator's rule."""

from __future__ import annotations

import shutil
import subprocess

import docx
import openpyxl
import pytest

from app.cli import main
from app.core.examples import example_file
from app.core.model import default_model, parse_model
from app.poster import render_report
from app.poster.docx_report import render_docx_report
from db import Store
from db.table_files import write_network_tables
from tests.db.group_builders import AGES, SCHOOLS, grouped_network
from tests.model_factory import model_data
from tests.poster.pdf_checks import extracted_text, squeezed


@pytest.fixture
def grouped(tmp_path):
    with Store.open(tmp_path / "store.sqlite", parse_model(model_data())) as store:
        built = grouped_network(store)
        store.evidence.add_evidence(built.line_id, "ring1", "jaarverslag", "verslag.pdf")
        store.notes.add_note(
            built.network_id, "ring2.s1", "Meer aanmeldingen", "#FFE97A", built.moments[0]
        )
        yield store, built, store.networks.load_network(built.network_id)


def _all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_word_report_reads_back_with_headings_tables_stories_and_numbers(
    grouped, tmp_path, language
):
    store, _built, contents = grouped
    path = render_docx_report(tmp_path / "verslag.docx", store.model, contents, language)
    document = docx.Document(str(path))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == ("Title", "Leernetwerk Leiden")
    level_1 = [text for style, text in headings if style == "Heading 1"]
    if language == "nl":
        assert level_1[0] == "Inhoud" and "Indicatoren" in level_1 and "Leerpad" in level_1
    else:
        assert level_1[0] == "Contents" and "Indicators" in level_1 and "Learning path" in level_1
    assert ("Heading 2", "1. Meer jongeren in de techniek") in headings
    assert any(
        style == "Heading 2" and text.startswith("Deelnemers (leerlingen)")
        for style, text in headings
    )
    text = _all_text(document)
    # every story, note, evidence and moment's focus
    for told in (
        "We bereiken leerlingen op drie scholen.",
        "Een leerling koos voor de techniek.",
        "Meer aanmeldingen",
        "jaarverslag — verslag.pdf",
        "half jaar",
    ):
        assert told in text
    # the numbers table: a header row that repeats, the whole by its rule, every group
    table = document.tables[0]
    header = table.rows[0]
    assert [cell.text for cell in header.cells] == ["", "A", "B"]
    assert header._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in table.rows[1:]}
    whole = "geheel (som van de groepen)" if language == "nl" else "whole (sum of the groups)"
    assert rows[whole] == ["21", "27"]
    for number, (school, age) in enumerate(((s, a) for s in SCHOOLS for a in AGES), start=1):
        values = rows[f"{school} · {age}"]
        assert values[0] == str(number)
        assert values[1].startswith(str(number + 1))
    assert rows[f"{SCHOOLS[0]} · {AGES[0]}"][1] == "2 (▸5)"
    target = "doel" if language == "nl" else "target"
    assert rows[target][1].startswith("40")
    baseline = "nulmeting: 20" if language == "nl" else "baseline: 20"
    assert baseline in text
    # the trend charts are pictures, one per indicator
    assert len(document.inline_shapes) == len(contents.indicators)
    assert document.core_properties.language == ("nl-NL" if language == "nl" else "en-GB")


def test_the_whole_not_computable_is_said_and_left_empty(grouped, tmp_path):
    store, built, _ = grouped
    store.groups.set_whole_rule(built.indicator_id, "none")
    contents = store.networks.load_network(built.network_id)
    document = docx.Document(str(render_docx_report(tmp_path / "r.docx", store.model, contents)))
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in document.tables[0].rows}
    assert rows["geheel (het geheel is niet uit de groepen te berekenen)"] == ["–", "–"]


def test_groups_end_to_end_in_the_pdf_report_and_the_excel_tables(grouped, tmp_path):
    store, _built, contents = grouped
    pdf = render_report(tmp_path / "r.pdf", store.model, contents, "nl")
    text = squeezed(extracted_text(pdf))
    for label in ("geheel (som van de groepen)", "Da Vinci · 12–16", "Bonaventura · 17–21"):
        assert squeezed(label) in text
    assert squeezed("nulmeting: 20 (1 december 2024, telling 2024)") in text
    workbook = write_network_tables(tmp_path / "t.xlsx", contents, store.model, "xlsx")
    book = openpyxl.load_workbook(workbook)
    sheet = book["Metingen"]
    header = [cell.value for cell in sheet[1]]
    assert "Groep" in header
    groups = [row[header.index("Groep")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "Da Vinci · 12–16" in groups and groups.count(None) + groups.count("") >= 1


def test_the_report_command_writes_docx_and_pdf(tmp_path, monkeypatch, capsys):
    path = tmp_path / "examples.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path, default_model()) as store:
        name = store.networks.import_file(example_file("lef-binnenkring", "nl")).name
    word = tmp_path / "verslag.docx"
    assert main(["report", name, "-o", str(word), "--language", "en"]) == 0
    assert "(docx)" in capsys.readouterr().out
    assert docx.Document(str(word)).paragraphs[0].text == name
    paper = tmp_path / "verslag.pdf"
    assert main(["report", name, "-o", str(paper)]) == 0
    assert paper.read_bytes().startswith(b"%PDF")
    assert main(["report", "Geen netwerk", "-o", str(word)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (Debian's libreoffice-writer-nogui) is not installed; "
    "the python-docx re-read above checks the file",
)
def test_libreoffice_converts_the_word_report_without_complaint(grouped, tmp_path):
    store, _built, contents = grouped
    path = render_docx_report(tmp_path / "verslag.docx", store.model, contents, "nl")
    out = tmp_path / "pdf"
    finished = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        env={"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    converted = out / "verslag.pdf"
    assert converted.is_file()
    text = squeezed(extracted_text(converted))
    for expected in (
        "Leernetwerk Leiden",
        "Da Vinci · 12–16",
        "Een leerling koos voor de techniek.",
    ):
        assert squeezed(expected) in text
