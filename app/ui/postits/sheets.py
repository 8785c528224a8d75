"""Reading a sheet of post-its chosen by the user: a CSV file or the first sheet of an Excel
workbook, as rows of cells. Reading only; the store's own files are refused unread (nothing
but SQLite opens them), and a file that cannot be read says why in plain words.

The file is hostile until read (issue 27): only a regular file is opened (a FIFO would wait
for ever, /dev/zero would never end), and at most `MAX_BYTES` of it; a CSV file is UTF-8 (with
or without its BOM) or, when no byte of it is UTF-8, Windows-1252 and the reader says so, never
a mix; a field longer than the csv module allows is a refusal, not a traceback. A workbook is
a zip archive: its members' unpacked sizes are checked in its directory before anything is
unpacked (zipfile never unpacks more than a member declares), its XML is parsed by defusedxml
(no DTD, no entity, no external reference) and the first sheet's dimension and rows are
counted in one streaming pass that stops at the first row too many or too wide, before
openpyxl builds a single row. The caller may pass a `Deadline`: the reading stops with
"cancelled" or "too slow" at the next row.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from db.files import is_store_file

MAX_ROWS = 5_000  # post-its; the heading row comes on top. More is not a list of notes
MAX_BYTES = 20_000_000
MAX_UNPACKED = 40_000_000  # bytes all of a workbook's members may unpack to
MAX_STRINGS = 100_000  # shared strings: a sheet of post-its has one or a few per row
MAX_MEMBERS = 1_000
MAX_CELLS_IN_ROW = 200  # a sheet of post-its has a handful of columns
CHUNK = 1 << 20

_SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


class SheetError(ValueError):
    """The file cannot be read as a sheet of post-its. `reason` says why, as one of: store,
    not a file, too large, unreadable, not a sheet, not text, mixed encoding, bad csv, too
    many rows, too many columns, unpacks too large, not a workbook, cancelled, too slow (the
    dialog words it in the user's language); the message is for the log."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class Deadline:
    """When a reading must stop: at a cancel (from another thread) or after `seconds`."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._until = time.monotonic() + seconds
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise SheetError("cancelled", "the reading was cancelled")
        if time.monotonic() > self._until:
            raise SheetError("too slow", f"the file was not read within {self.seconds:g} s")


@dataclass(frozen=True, slots=True)
class Sheet:
    """The rows of a sheet, headings first; `encoding` is how a CSV file was decoded
    ("utf-8", "utf-16" or "cp1252"; "" for a workbook)."""

    rows: list[list[object]]
    encoding: str = ""


def read_rows(path: Path, deadline: Deadline | None = None) -> list[list[object]]:
    """The rows of a .csv, .xlsx or .xlsm file, headings first."""
    return read_sheet_file(path, deadline).rows


def read_sheet_file(path: Path, deadline: Deadline | None = None) -> Sheet:
    """The sheet in the file at `path`, or a `SheetError` saying why it cannot be read."""
    deadline = deadline or Deadline(float("inf"))
    if is_store_file(path):
        raise SheetError("store", f"{path.name} is the store (or one of its files); it is not read")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", ".xlsx", ".xlsm"):
        raise SheetError(
            "not a sheet", f"{path.name} is neither a CSV file nor an Excel workbook (.xlsx)"
        )
    data = _read_regular_file(path, deadline)
    if suffix in (".csv", ".txt"):
        return _csv_sheet(data, deadline)
    return Sheet(_excel_rows(data, path.name, deadline))


def _read_regular_file(path: Path, deadline: Deadline) -> bytes:
    """At most `MAX_BYTES` of a regular file; anything else is refused before it is opened."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise SheetError("not a file", f"{path.name} is not a regular file")
        # Non-blocking: should the name become a FIFO meanwhile, opening it does not wait.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb", buffering=0) as file:
            status = os.fstat(file.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise SheetError("not a file", f"{path.name} is not a regular file")
            if status.st_size > MAX_BYTES:
                raise SheetError("too large", f"{path.name} is too large for a sheet of post-its")
            chunks: list[bytes] = []
            size = 0
            while size <= MAX_BYTES:
                deadline.check()
                chunk = file.read(min(CHUNK, MAX_BYTES + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
    except OSError as error:
        raise SheetError(
            "unreadable", f"{path.name} cannot be read: {error.strerror or error}"
        ) from error
    if size > MAX_BYTES:  # it grew while being read
        raise SheetError("too large", f"{path.name} is too large for a sheet of post-its")
    return b"".join(chunks)


def _decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM), UTF-16 with its BOM, or
    Windows-1252 when not one byte sequence of the file is UTF-8; never a mix."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise SheetError("not text", "the file is not UTF-16 text") from None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as error:
        first_bad = error.start
    if data.startswith(codecs.BOM_UTF8) or _UTF8_SEQUENCE.search(data):
        line = data.count(b"\n", 0, first_bad) + 1
        raise SheetError(
            "mixed encoding",
            f"line {line} is not UTF-8 while the rest of the file is: save it again as UTF-8",
        )
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise SheetError("not text", "the file is not text") from None


def _csv_sheet(data: bytes, deadline: Deadline) -> Sheet:
    text, encoding = _decode(data)
    if "\0" in text:
        raise SheetError("not text", "the file is not text")
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[object]] = []
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        for row in reader:
            deadline.check()
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                raise SheetError("too many rows", f"more than {MAX_ROWS:,} post-its")
    except csv.Error as error:  # a field over csv's limit (131,072 characters), a stray quote
        raise SheetError("bad csv", f"line {reader.line_num}: {error}") from None
    return Sheet(rows, encoding)


def _excel_rows(data: bytes, name: str, deadline: Deadline) -> list[list[object]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise SheetError("not a workbook", f"{name} is not a zip archive") from error
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNPACKED:
        raise SheetError(
            "unpacks too large", f"{name} would unpack to more than {MAX_UNPACKED:,} bytes"
        )
    import openpyxl  # only when a workbook is read: it takes a while to import

    try:
        for member in members:
            if member.filename.lower().endswith("sharedstrings.xml"):
                with archive.open(member) as stream:
                    _count_strings(stream, deadline)
        for part in _sheets_to_count(archive):
            with archive.open(part) as stream:
                _count_rows(stream, deadline)
    except SheetError:
        raise
    except Exception as error:  # malformed XML, a DTD, an entity, a bad CRC, a missing part
        raise _not_readable(name) from error
    # Only now openpyxl: it would scan a whole sheet for its size when it has no dimension.
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises whatever its parsers meet in a hostile file
        raise _not_readable(name) from error
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return []
        try:
            rows: list[list[object]] = []
            for values in sheet.iter_rows(values_only=True, max_col=MAX_CELLS_IN_ROW):
                deadline.check()
                rows.append(list(values))
                if len(rows) > MAX_ROWS + 1:
                    raise SheetError("too many rows", f"more than {MAX_ROWS:,} post-its")
        except SheetError:
            raise
        except Exception as error:
            raise _not_readable(name) from error
        return rows
    finally:
        book.close()


def _sheets_to_count(archive: zipfile.ZipFile) -> list[str]:
    """Every worksheet's part: openpyxl sizes each sheet as it loads the workbook (scanning
    the whole of one without a dimension), so each is counted first. The first sheet's part,
    as the workbook's relations name it, is added when it lies elsewhere."""
    from defusedxml.ElementTree import fromstring

    relations = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    names = set(archive.namelist())
    parts = sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    try:
        book = fromstring(archive.read("xl/workbook.xml"))
        links = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return parts  # parts under other names: openpyxl will not find them either
    wanted = {sheet.get(relations) for sheet in book.iter(f"{_SHEET_NS}sheet")}
    for link in links:
        if link.get("Id") in wanted:
            target = link.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if part in names and part not in parts:
                parts.append(part)
    return parts


def _not_readable(name: str) -> SheetError:
    return SheetError("not a workbook", f"{name} is not a readable Excel file")


def _count_strings(stream: IO[bytes], deadline: Deadline) -> None:
    """Refuse a workbook with more shared strings than a sheet of post-its could hold before
    openpyxl loads them all into memory."""
    from defusedxml.ElementTree import iterparse

    strings = 0
    for _event, element in iterparse(stream, events=("end",)):
        if element.tag == f"{_SHEET_NS}si":
            strings += 1
            element.clear()
            if strings % 4096 == 0:
                deadline.check()
            if strings > MAX_STRINGS:
                raise SheetError("too many rows", f"more than {MAX_STRINGS:,} texts")


def _count_rows(stream: IO[bytes], deadline: Deadline) -> None:
    """One streaming pass over a sheet's XML (defusedxml: no DTD, no entities): refuse a
    dimension, a row count or a row's width beyond the limits at the first sign of it."""
    from defusedxml.ElementTree import iterparse

    rows = cells = events = 0
    for event, element in iterparse(stream, events=("start", "end")):
        events += 1
        if events % 4096 == 0:
            deadline.check()
        tag = element.tag
        if event == "end":
            if tag == f"{_SHEET_NS}row":
                element.clear()
            continue
        if tag == f"{_SHEET_NS}c":
            cells += 1
            if cells > MAX_CELLS_IN_ROW:
                raise SheetError("too many columns", f"a row of more than {MAX_CELLS_IN_ROW}")
        elif tag == f"{_SHEET_NS}row":
            rows, cells = rows + 1, 0
            if rows > MAX_ROWS + 1:
                raise SheetError("too many rows", f"more than {MAX_ROWS:,} post-its")
        elif tag == f"{_SHEET_NS}dimension":
            _check_dimension(element.get("ref", ""))


def _check_dimension(reference: str) -> None:
    from openpyxl.utils.cell import range_boundaries

    try:
        first_column, first_row, last_column, last_row = range_boundaries(reference)
    except (TypeError, ValueError):
        return  # no dimension, or one openpyxl would not read either: the rows are counted
    if last_row is not None and first_row is not None and last_row - first_row + 1 > MAX_ROWS + 1:
        raise SheetError("too many rows", f"the sheet's dimension {reference} has too many rows")
    if (
        last_column is not None
        and first_column is not None
        and last_column - first_column + 1 > MAX_CELLS_IN_ROW
    ):
        raise SheetError("too many columns", f"the sheet's dimension {reference} is too wide")
