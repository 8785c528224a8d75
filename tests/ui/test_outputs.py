"""Getting started and getting work out, from the window: the examples, the tables, the images
of the wheel (clipboard, PNG, SVG)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog

from app.core.examples import EXAMPLES
from app.ui.shell import output_dialogs
from app.ui.shell.output_dialogs import ImageDialog
from tests.ui.conftest import answer_file_dialogs

SVG = "{http://www.w3.org/2000/svg}"


def open_lef_example(window) -> None:
    window.start.example_menu.actions()[0].trigger()


def test_the_empty_start_page_offers_the_examples_and_one_opens(window) -> None:
    assert not window.workshop.store.networks.list_networks()
    assert window.start.empty.isVisible() and window.start.example_button.isVisible()
    titles = [action.text() for action in window.start.example_menu.actions()]
    assert titles == [example.title.nl for example in EXAMPLES]
    open_lef_example(window)
    contents = window.workshop.contents
    assert contents.network.name == "Voorbeeld: LEF binnenkring"
    assert window.scene.arrangement() == contents.wheel.arrangement
    # Nothing is forced: the examples come only on request, and each can be added again.
    window.outputs.examples[EXAMPLES[1].key].trigger()
    assert window.workshop.contents.network.name.startswith("Voorbeeld: samen tegen")
    assert len(window.workshop.store.networks.list_networks()) == 2


def test_the_tables_are_exported_from_the_file_menu(window, monkeypatch, tmp_path: Path) -> None:
    open_lef_example(window)
    workbook = tmp_path / "lef.xlsx"
    answer_file_dialogs(monkeypatch, workbook)
    window.outputs.export_xlsx.trigger()
    book = openpyxl.load_workbook(workbook)
    assert book.sheetnames[0] == "Lees mij" and book["Indicatoren"].max_row == 1 + 3
    zipped = tmp_path / "lef.zip"
    semicolons = "CSV files in a zip, semicolon-separated for Dutch Excel (*.zip)"
    answer_file_dialogs(monkeypatch, zipped, semicolons)
    window.outputs.export_csv.trigger()
    import zipfile

    with zipfile.ZipFile(zipped) as archive:
        measured = archive.read("06 Metingen.csv").decode("utf-8-sig")
    assert ";45;" in measured and "Leidse" not in measured.splitlines()[0]


def test_the_wheel_goes_to_the_clipboard_as_shown(window) -> None:
    open_lef_example(window)
    window.outputs.copy_image.trigger()
    image = QGuiApplication.clipboard().image()
    assert image.width() == output_dialogs.CLIPBOARD_SIZE == image.height()


def test_the_wheel_is_saved_as_png_and_as_svg(window, monkeypatch, tmp_path: Path) -> None:
    open_lef_example(window)
    dialog = ImageDialog(window)
    dialog.pixels.setValue(900)
    dialog.notes.setChecked(False)
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    png = tmp_path / "wiel.png"
    answer_file_dialogs(monkeypatch, png)
    assert output_dialogs.save_wheel_image(window, dialog) == png
    image = QImage(str(png))
    assert image.width() == image.height() == 900
    chosen = tmp_path / "wiel"  # no extension: the chosen filter decides
    answer_file_dialogs(monkeypatch, chosen, "SVG drawing (*.svg)")
    svg = output_dialogs.save_wheel_image(window, dialog)
    assert svg == tmp_path / "wiel.svg"
    texts = "".join(e.text or "" for e in ET.parse(svg).iter(f"{SVG}text"))
    assert "Kennis&bewustzijn" in texts and "Voorbeeld: LEF" in texts
    assert "Cijfers per" not in texts  # the post-its were left out


def test_a_failed_export_says_why_in_plain_text(window, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    open_lef_example(window)
    shown: list[tuple[str, Qt.TextFormat]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.textFormat())) or 0
    )
    nowhere = tmp_path / "<b>missing</b>" / "lef.xlsx"
    answer_file_dialogs(monkeypatch, nowhere)
    assert output_dialogs.export_tables(window, "xlsx") is None
    assert len(shown) == 1
    text, text_format = shown[0]
    assert "<b>missing</b>" in text and "does not exist" in text
    assert text_format == Qt.TextFormat.PlainText
