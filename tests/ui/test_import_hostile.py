"""Hostile sheets of post-its (issue 27): special files, encodings, huge fields, XML attacks
and real zip bombs generated here. Each is refused with its reason (or read whole) through
the real import: the file dialog answered, the worker thread, the refusal's message box."""

from __future__ import annotations

import io
import os
import stat
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.postits.import_dialog import (
    ImportNotesDialog,
    import_notes,
    read_in_background,
    sheet_notes,
)
from app.ui.postits.sheets import MAX_ROWS, Deadline, SheetError, read_sheet_file
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import answer_file_dialogs

SEGMENT = "Hulpbronnen"


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the refusal boxes the import shows (their modal loop is skipped)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[ImportNotesDialog]:
    """The preview dialogs the import shows; each is accepted (its OK pressed)."""
    shown: list[ImportNotesDialog] = []

    def accept(dialog: ImportNotesDialog) -> int:
        shown.append(dialog)
        dialog.accept()
        return 1

    monkeypatch.setattr(ImportNotesDialog, "exec", accept)
    return shown


@pytest.fixture
def kring(window: MainWindow) -> MainWindow:
    window.workshop.create_network("Kring")
    return window


def _import(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> int:
    answer_file_dialogs(monkeypatch, path)
    return import_notes(window, window.workshop)


def _notes(window: MainWindow) -> list[str]:
    workshop = window.workshop
    return [note.text for note in workshop.store.notes.list_notes(workshop.contents.network.id)]


def _reason(path: Path) -> str:
    with pytest.raises(SheetError) as caught:
        read_sheet_file(path)
    return caught.value.reason


# --- special files -----------------------------------------------------------------------------


def _unblock_later(fifo: Path, seconds: float = 5.0) -> threading.Timer:
    """Should the import wait on the FIFO (the fault), a writer comes and goes after a while, so
    the test fails instead of hanging."""

    def write() -> None:
        try:
            descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return  # nobody is reading it: nothing to unblock
        os.write(descriptor, b"tekst,segment\nUit de pijp,Hulpbronnen\n")
        os.close(descriptor)

    timer = threading.Timer(seconds, write)
    timer.start()
    return timer


def test_a_fifo_is_refused_at_once_never_waited_on(kring, monkeypatch, tmp_path, refusals):
    fifo = tmp_path / "notes.csv"
    os.mkfifo(fifo)
    timer = _unblock_later(fifo)
    try:
        assert _import(kring, monkeypatch, fifo) == 0
    finally:
        timer.cancel()
    assert len(refusals) == 1 and "regular file" in refusals[0]
    assert _notes(kring) == [] and stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize(("name", "minor"), [("zero.csv", 5), ("urandom.xlsx", 9)])
def test_an_endless_device_is_refused_unread(kring, monkeypatch, tmp_path, refusals, name, minor):
    if os.geteuid() != 0:
        pytest.skip("mknod of a device node needs root")
    device = tmp_path / name
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, minor))  # /dev/zero, /dev/urandom
    assert _import(kring, monkeypatch, device) == 0
    assert len(refusals) == 1 and "regular file" in refusals[0]
    assert _reason(device) == "not a file"


# --- CSV -----------------------------------------------------------------------------------------


def test_exactly_five_thousand_post_its_are_read_and_one_more_is_refused(tmp_path):
    rows = "".join(f"Notitie {number},{SEGMENT}\n" for number in range(MAX_ROWS))
    full = tmp_path / "vol.csv"
    full.write_text("tekst,segment\n" + rows, encoding="utf-8")
    assert len(read_sheet_file(full).rows) == MAX_ROWS + 1  # the headings on top
    over = tmp_path / "over.csv"
    over.write_text("tekst,segment\n" + rows + f"Een te veel,{SEGMENT}\n", encoding="utf-8")
    assert _reason(over) == "too many rows"


def test_five_thousand_post_its_through_the_window(kring, monkeypatch, tmp_path, previews):
    rows = "".join(f"Notitie {number},{SEGMENT}\n" for number in range(MAX_ROWS))
    path = tmp_path / "vol.csv"
    path.write_text("tekst,segment\n" + rows, encoding="utf-8")
    assert _import(kring, monkeypatch, path) == MAX_ROWS
    assert len(_notes(kring)) == MAX_ROWS


def test_utf8_with_one_latin1_byte_is_refused_not_read_as_cp1252(
    kring, monkeypatch, tmp_path, refusals
):
    path = tmp_path / "gemengd.csv"
    path.write_bytes("tekst,segment\ncafé,Hulpbronnen\n".encode() + b"cr\xe8me,Hulpbronnen\n")
    assert _import(kring, monkeypatch, path) == 0
    assert len(refusals) == 1 and "UTF-8" in refusals[0]
    assert _reason(path) == "mixed encoding" and _notes(kring) == []


def test_a_whole_cp1252_file_is_read_and_the_preview_says_so(
    kring, monkeypatch, tmp_path, previews
):
    path = tmp_path / "windows.csv"
    path.write_bytes("tekst,segment\ncrème brûlée,Hulpbronnen\n".encode("cp1252"))
    assert _import(kring, monkeypatch, path) == 1
    assert _notes(kring) == ["crème brûlée"]
    assert "cp1252" in previews[0].summary.text()


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_with_or_without_bom_is_read_as_utf8(kring, monkeypatch, tmp_path, previews, bom):
    path = tmp_path / "utf8.csv"
    path.write_bytes(bom + "tekst,segment\ncafé,Hulpbronnen\n".encode())
    assert _import(kring, monkeypatch, path) == 1
    assert _notes(kring) == ["café"] and "cp1252" not in previews[0].summary.text()


def test_a_field_over_csvs_limit_is_a_refusal_not_a_traceback(
    kring, monkeypatch, tmp_path, refusals
):
    path = tmp_path / "lang.csv"
    path.write_text('tekst,segment\n"' + "x" * 131_073 + f'",{SEGMENT}\n', encoding="utf-8")
    assert _import(kring, monkeypatch, path) == 0
    assert len(refusals) == 1 and "too long" in refusals[0]
    assert _reason(path) == "bad csv"


# --- workbooks -----------------------------------------------------------------------------------


def _workbook_bytes() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["text", "segment"])
    sheet.append(["Een bibliotheekruimte", SEGMENT])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _with_member(path: Path, name: str, write: Callable[[io.BufferedIOBase], None]) -> Path:
    """A real workbook with member `name` replaced by what `write` streams into it."""
    with zipfile.ZipFile(io.BytesIO(_workbook_bytes())) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for member, data in members.items():
            if member != name:
                target.writestr(member, data)
        with target.open(name, "w", force_zip64=True) as stream:
            write(stream)
    return path


def _text(text: str) -> Callable[[io.BufferedIOBase], None]:
    return lambda stream: stream.write(text.encode())


SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(2, 10)).replace(
        "&lol1;", "&lol;"
    )
    + "]>"
)
HOSTILE_XML = {
    "malformed": _text(f"<worksheet {MAIN}><sheetData><row><c"),
    "billion laughs": _text(
        LAUGHS + f"<worksheet {MAIN}><sheetData><row r='1'><c r='A1' t='inlineStr'>"
        "<is><t>&lol9;</t></is></c></row></sheetData></worksheet>"
    ),
    "external entity": _text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<worksheet {MAIN}><sheetData><row r='1'><c r='A1' t='inlineStr'>"
        "<is><t>&xxe;</t></is></c></row></sheetData></worksheet>"
    ),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_XML))
def test_hostile_xml_in_a_workbook_is_not_a_readable_excel_file(
    kring, monkeypatch, tmp_path, refusals, kind
):
    path = _with_member(tmp_path / "boek.xlsx", SHEET, HOSTILE_XML[kind])
    assert _import(kring, monkeypatch, path) == 0
    assert len(refusals) == 1 and "not a readable Excel file" in refusals[0]
    assert _reason(path) == "not a workbook"


@pytest.mark.parametrize("kind", ["billion laughs", "external entity"])
def test_hostile_shared_strings_are_refused_too(tmp_path, kind):
    text = {
        "billion laughs": LAUGHS + f"<sst {MAIN}><si><t>&lol9;</t></si></sst>",
        "external entity": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY x SYSTEM '
        f'"file:///etc/passwd">]><sst {MAIN}><si><t>&x;</t></si></sst>',
    }[kind]
    path = _with_member(tmp_path / "boek.xlsx", STRINGS, _text(text))
    assert _reason(path) == "not a workbook"


def _one_huge_cell(size: int) -> Callable[[io.BufferedIOBase], None]:
    def write(stream: io.BufferedIOBase) -> None:
        stream.write(f"<sst {MAIN}><si><t>".encode())
        chunk = b"A" * (1 << 20)
        for _ in range(size // len(chunk)):
            stream.write(chunk)
        stream.write(b"</t></si></sst>")

    return write


def _rows(count: int) -> Callable[[io.BufferedIOBase], None]:
    def write(stream: io.BufferedIOBase) -> None:
        stream.write(f"<worksheet {MAIN}><sheetData>".encode())
        for start in range(1, count + 1, 10_000):
            stream.write(
                "".join(
                    f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>x</t></is></c></row>'
                    for n in range(start, min(count + 1, start + 10_000))
                ).encode()
            )
        stream.write(b"</sheetData></worksheet>")

    return write


def _wide_row(cells: int) -> Callable[[io.BufferedIOBase], None]:
    def write(stream: io.BufferedIOBase) -> None:
        stream.write(f'<worksheet {MAIN}><sheetData><row r="1">'.encode())
        cell = b'<c t="inlineStr"><is><t>x</t></is></c>'
        for _ in range(cells // 10_000):
            stream.write(cell * 10_000)
        stream.write(b"</row></sheetData></worksheet>")

    return write


BOMBS = {
    "one cell of 200 MB": (STRINGS, _one_huge_cell(200 << 20), "unpacks too large"),
    "200,000 rows": (SHEET, _rows(200_000), "too many rows"),
    "one row of 500,000 cells": (SHEET, _wide_row(500_000), "too many columns"),
    "a dimension of a million rows": (
        SHEET,
        _text(f'<worksheet {MAIN}><dimension ref="A1:B1000000"/><sheetData/></worksheet>'),
        "too many rows",
    ),
}


@pytest.fixture(scope="module")
def bombs(tmp_path_factory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("bombs")
    yield {
        name: _with_member(folder / f"{number}.xlsx", member, write)
        for number, (name, (member, write, _reason)) in enumerate(BOMBS.items())
    }


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_zip_bombs_are_refused_through_the_window(kring, monkeypatch, refusals, bombs, name):
    path = bombs[name]
    assert path.stat().st_size < 20_000_000  # small files, that unpack to far more
    assert _import(kring, monkeypatch, path) == 0
    assert len(refusals) == 1 and _notes(kring) == []
    assert _reason(path) == BOMBS[name][2]


def test_a_reading_stops_at_its_deadline_or_its_cancel(kring, tmp_path):
    path = tmp_path / "vol.csv"
    path.write_text("tekst,segment\n" + f"x,{SEGMENT}\n" * 10, encoding="utf-8")
    assert read_in_background(kring, path, seconds=0) == "too slow"
    deadline = Deadline(60)
    deadline.cancel()
    with pytest.raises(SheetError) as caught:
        read_sheet_file(path, deadline)
    assert caught.value.reason == "cancelled"


def test_the_store_and_other_refusals_still_hold(kring, tmp_path):
    assert sheet_notes(kring.workshop, kring.workshop.store.path) == "store"


def test_a_huge_text_is_previewed_by_its_start(kring, monkeypatch, tmp_path, previews):
    path = tmp_path / "groot.csv"
    path.write_text(
        f'tekst,segment\n"{"y" * 120_000}",{SEGMENT}\nGewoon,{SEGMENT}\n', encoding="utf-8"
    )
    assert _import(kring, monkeypatch, path) == 1
    table = previews[0].table
    shown = table.item(0, 2).text()
    assert len(shown) < 300 and shown.startswith("y" * 200) and "120" in shown
    assert table.item(0, 4).text() != "" and _notes(kring) == ["Gewoon"]


def test_a_slow_sheet_can_be_cancelled_from_the_progress_dialog(
    kring, monkeypatch, tmp_path, refusals, previews
):
    """Within every limit (5,000 rows of 200 cells) but slow to read: the progress dialog
    shows, its Cancel ends the import at once, and nothing is written or asked."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    cell = b'<c t="inlineStr"><is><t>x</t></is></c>' * 200

    def write(stream: io.BufferedIOBase) -> None:
        stream.write(f'<worksheet {MAIN}><dimension ref="A1:GR5000"/><sheetData>'.encode())
        for number in range(1, 5001):
            stream.write(f'<row r="{number}">'.encode() + cell + b"</row>")
        stream.write(b"</sheetData></worksheet>")

    path = _with_member(tmp_path / "traag.xlsx", SHEET, write)
    seen: list[QProgressDialog] = []

    def cancel_when_shown() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget)
                (button,) = widget.findChildren(QPushButton)
                button.click()  # as the facilitator does
                return
        QTimer.singleShot(20, cancel_when_shown)

    QTimer.singleShot(20, cancel_when_shown)
    assert _import(kring, monkeypatch, path) == 0
    assert seen and refusals == [] and previews == [] and _notes(kring) == []
    assert seen[0].accessibleName() != ""
