"""Reading a sheet of post-its chosen by the user: a CSV file or the first sheet of an Excel
workbook, as rows of cells. Reading only; the store's own files are refused unread (nothing
but SQLite opens them), and a file that cannot be read says why in plain words."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from db.files import is_store_file

MAX_ROWS = 5_000  # far beyond a room's post-its; a bigger sheet is not a list of notes
MAX_BYTES = 20_000_000


class SheetError(ValueError):
    """The file cannot be read as a sheet of post-its. `reason` says why, as one of: store,
    too large, unreadable, not a sheet, not text, too many rows, not a workbook (the dialog
    words it in the user's language); the message is for the log."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def read_rows(path: Path) -> list[list[object]]:
    """The rows of a .csv, .xlsx or .xlsm file, headings first."""
    if is_store_file(path):
        raise SheetError("store", f"{path.name} is the store (or one of its files); it is not read")
    suffix = path.suffix.lower()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SheetError("too large", f"{path.name} is too large for a sheet of post-its")
        if suffix in (".csv", ".txt"):
            return _csv_rows(path.read_bytes())
        if suffix in (".xlsx", ".xlsm"):
            return _excel_rows(path)
    except OSError as error:
        raise SheetError(
            "unreadable", f"{path.name} cannot be read: {error.strerror or error}"
        ) from error
    raise SheetError(
        "not a sheet", f"{path.name} is neither a CSV file nor an Excel workbook (.xlsx)"
    )


def _csv_rows(data: bytes) -> list[list[object]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything; kept for the odd byte
        raise SheetError("not text", "the file is not text")
    if "\0" in text:
        raise SheetError("not text", "the file is not text")
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[object]] = []
    for row in csv.reader(io.StringIO(text), dialect):
        rows.append(list(row))
        if len(rows) > MAX_ROWS:
            raise SheetError("too many rows", f"more than {MAX_ROWS:,} rows")
    return rows


def _excel_rows(path: Path) -> list[list[object]]:
    import openpyxl  # only when a workbook is read: it takes a while to import

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise SheetError(
            "not a workbook", f"{path.name} is not an Excel workbook that can be read"
        ) from error
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return []
        rows: list[list[object]] = []
        for values in sheet.iter_rows(values_only=True):
            rows.append(list(values))
            if len(rows) > MAX_ROWS:
                raise SheetError("too many rows", f"more than {MAX_ROWS:,} rows")
        return rows
    finally:
        book.close()
