"""The report tables (`db.tables`) as an Excel workbook or as CSV files in a zip.

The workbook is written with XlsxWriter (see docs/exports.md for why): every cell through a
typed call (`write_string`, `write_number`, `write_datetime`, `write_boolean`), so a text is
always a text cell and never becomes a formula or a link, whatever it starts with. CSV has no
types: a text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
apostrophe, which spreadsheet programs show as text instead of running it (OWASP's advice on
CSV injection). Both files go through `db.files.write_output`: never half a file, never the store.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Literal

import xlsxwriter  # type: ignore[import-untyped]  # XlsxWriter ships no type hints or stubs

from app.core.model import Language, Model
from db.files import write_output
from db.records import NetworkContents
from db.tables import Column, Table, Value, network_tables, readme_table, yes_no

TableFormat = Literal["xlsx", "csv"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60  # characters: wider columns wrap their text instead
LONG_TEXT_WIDTH = 50
# Fixed, so the same network gives the same bytes (XlsxWriter would stamp the current time).
_DOCUMENT_TIME = datetime(2000, 1, 1)
# The workbook's cell formats by name (header, date, datetime, wrap, top).
_Formats = dict[str, xlsxwriter.format.Format]


def defuse(text: str) -> str:
    """`text` as a CSV cell no spreadsheet runs as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


# --- Excel -----------------------------------------------------------------------------------


def workbook_bytes(tables: Sequence[Table], language: Language) -> bytes:
    """An .xlsx with a "read me" sheet first, then one sheet per table."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    book.set_properties({"created": _DOCUMENT_TIME, "title": "Netwerkimpact"})
    formats = {
        "header": book.add_format({"bold": True, "bg_color": "#E8E2D0", "bottom": 1}),
        "date": book.add_format({"num_format": "yyyy-mm-dd", "align": "left"}),
        "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm", "align": "left"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "top": book.add_format({"valign": "top"}),
    }
    for table in (readme_table(tuple(tables), language), *tables):
        _sheet(book, table, formats)
    book.close()
    return buffer.getvalue()


def _sheet(book: xlsxwriter.Workbook, table: Table, formats: _Formats) -> None:
    sheet = book.add_worksheet(table.name[:31])
    for column, spec in enumerate(table.columns):
        sheet.write_string(0, column, spec.header, formats["header"])
    for row_number, row in enumerate(table.rows, start=1):
        for column, (spec, value) in enumerate(zip(table.columns, row, strict=True)):
            _cell(sheet, row_number, column, spec, value, formats)
    for column, spec in enumerate(table.columns):
        width = _width(spec, [row[column] for row in table.rows])
        style = formats["wrap"] if spec.kind == "long_text" else formats["top"]
        sheet.set_column(column, column, width, style)
    sheet.freeze_panes(1, 0)
    if table.rows:
        sheet.autofilter(0, 0, len(table.rows), len(table.columns) - 1)


def _cell(
    sheet: xlsxwriter.worksheet.Worksheet,
    row: int,
    column: int,
    spec: Column,
    value: Value,
    formats: _Formats,
) -> None:
    if value is None or value == "":
        return  # an empty cell: nothing typed, not yet checked, no value
    if isinstance(value, bool):
        sheet.write_boolean(row, column, value)
    elif isinstance(value, int | float):
        sheet.write_number(row, column, value)
    elif isinstance(value, datetime):
        sheet.write_datetime(row, column, value, formats["datetime"])
    elif isinstance(value, date):
        sheet.write_datetime(row, column, value, formats["date"])
    else:
        style = formats["wrap"] if spec.kind == "long_text" else None
        sheet.write_string(row, column, str(value), style)


def _width(spec: Column, values: list[Value]) -> float:
    """Characters wide: the header or the longest value's longest line, within bounds."""
    if spec.kind == "date":
        longest = 10
    elif spec.kind == "datetime":
        longest = 16
    else:
        longest = max(
            (len(line) for value in values for line in _shown(value).splitlines()), default=0
        )
        if spec.kind == "long_text":
            longest = min(longest, LONG_TEXT_WIDTH)
    return min(MAX_WIDTH, max(len(spec.header), longest, 4) + 2)


def _shown(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- CSV -------------------------------------------------------------------------------------


def csv_zip_bytes(tables: Sequence[Table], language: Language, delimiter: str = ",") -> bytes:
    """A zip with one UTF-8 (with BOM) CSV file per table and the "read me" as a CSV.

    With `;` as the separator (what Dutch Excel expects) numbers get a decimal comma.
    """
    if delimiter not in (",", ";"):
        raise ValueError("the CSV separator is a comma or a semicolon")
    buffer = io.BytesIO()
    every = (readme_table(tuple(tables), language), *tables)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, table in enumerate(every):
            name = f"{number:02d} {table.name}.csv"
            info = zipfile.ZipInfo(name, date_time=_DOCUMENT_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, _csv_text(table, language, delimiter).encode("utf-8-sig"))
    return buffer.getvalue()


def _csv_text(table: Table, language: Language, delimiter: str) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([defuse(column.header) for column in table.columns])
    for row in table.rows:
        writer.writerow([_csv_value(value, language, delimiter) for value in row])
    return out.getvalue()


def _csv_value(value: Value, language: Language, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value, language)
    if isinstance(value, int | float):
        shown = _shown(value)
        return shown.replace(".", ",") if delimiter == ";" else shown
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return defuse(str(value))


# --- one network -----------------------------------------------------------------------------


def write_network_tables(
    path: Path | str,
    contents: NetworkContents,
    model: Model,
    table_format: TableFormat,
    language: Language = "nl",
    delimiter: str = ",",
    stores: tuple[Path, ...] | None = None,
) -> Path:
    """Write one network's tables to `path` as .xlsx or as a zip of CSV files."""
    tables = network_tables(contents, model, language)
    if table_format == "xlsx":
        data = workbook_bytes(tables, language)
    elif table_format == "csv":
        data = csv_zip_bytes(tables, language, delimiter)
    else:
        raise ValueError(f"unknown table format {table_format!r}")
    write_output(path, data, stores)
    return Path(path)
