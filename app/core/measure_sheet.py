"""Measurement entries from a sheet (CSV or Excel, read elsewhere into rows of cells): each
data row as an entry of an indicator at a moment, or the reason it cannot be one. Pure logic:
the import dialog previews the result, the command line prints it, and only good rows are
written (in one transaction).

Columns are found by their headings, Dutch or English, in any order: indicator (its name or
id), moment (its label), value, text, source, date, group, note. A group has no place of its
own in the store: it is kept at the front of the entry's note ("group: …").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.core.limits import MAX_NAME, MAX_NOTE

HEADINGS: Mapping[str, tuple[str, ...]] = {
    "indicator": ("indicator", "indicator id", "indicator-id", "indicatornaam"),
    "moment": ("moment", "meetmoment"),
    "value": ("value", "waarde", "getal", "number"),
    "text": ("text", "tekst", "toelichting", "verhaal", "story", "antwoord", "answer"),
    "source": ("source", "bron"),
    "date": ("date", "datum"),
    "group": ("group", "groep"),
    "note": ("note", "opmerking"),
}
MAX_NUMBER = 1e15
_DAY = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")


@dataclass(frozen=True, slots=True)
class IndicatorChoice:
    id: int
    name: str
    quantitative: bool


@dataclass(frozen=True, slots=True)
class SheetEntry:
    """A row read as a measurement entry; when `problem` is set, why it cannot be one."""

    row: int  # the row's number in the sheet, headings being row 1
    indicator_id: int | None
    indicator: str  # as named in the sheet, for the preview
    moment_id: int | None
    moment: str
    value: float | None
    text: str
    source: str
    measured_on: date | None
    note: str
    problem: str = ""


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def column_order(headings: Sequence[str]) -> dict[str, int] | str:
    """Which column holds what, or the problem: no indicator or moment column."""
    found: dict[str, int] = {}
    for index, heading in enumerate(headings):
        folded = _folded(str(heading or ""))
        for column, names in HEADINGS.items():
            if folded in names and column not in found:
                found[column] = index
    for needed in ("indicator", "moment"):
        if needed not in found:
            return f"no {needed} column"
    if "value" not in found and "text" not in found:
        return "no value or text column"
    return found


def parse_value(cell: object) -> float:
    """A number from a cell: a spreadsheet's number, or text as people write it ("3,5")."""
    if isinstance(cell, bool):
        raise ValueError(cell)
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = re.sub(r"[\s\u00a0\u202f']", "", str(cell)).rstrip("%")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        elif "," in text and "." in text:
            decimal = "," if text.rfind(",") > text.rfind(".") else "."
            text = text.replace("." if decimal == "," else ",", "").replace(",", ".")
        value = float(text)
    if not math.isfinite(value) or abs(value) > MAX_NUMBER:
        raise ValueError(cell)
    return value


def parse_day(cell: object) -> date:
    """A date from a cell: a spreadsheet's date, or 2025-03-12, 12-03-2025, 12/3/2025."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    found = _DAY.fullmatch(str(cell).strip())
    if found is None:
        raise ValueError(cell)
    first, second, third = found.groups()
    if len(first) == 4:
        return date(int(first), int(second), int(third))
    if len(third) == 4:
        return date(int(third), int(second), int(first))
    raise ValueError(cell)


def _indicator(named: str, indicators: Sequence[IndicatorChoice]) -> list[IndicatorChoice]:
    if named.isdigit():
        by_id = [choice for choice in indicators if choice.id == int(named)]
        if by_id:
            return by_id
    folded = _folded(named)
    return [choice for choice in indicators if _folded(choice.name) == folded]


def read_entries(
    rows: Sequence[Sequence[object]],
    indicators: Sequence[IndicatorChoice],
    moments: Sequence[tuple[int, str]],
) -> list[SheetEntry] | str:
    """Every data row (headings first) as an entry or a refusal with its reason: no or an
    unknown or ambiguous indicator, no or an unknown moment, a value that is no number,
    neither value nor text, a date that is none, a text or source over its limit. A problem
    with the sheet as a whole comes back as a string."""
    if not rows:
        return "empty sheet"
    order = column_order([str(cell or "") for cell in rows[0]])
    if isinstance(order, str):
        return order
    by_label = {_folded(label): moment_id for moment_id, label in moments}
    result = []
    for number, row in enumerate(rows[1:], start=2):

        def raw(column: str, row: Sequence[object] = row) -> object:
            index = order.get(column)
            if index is None or index >= len(row) or row[index] is None:
                return ""
            return row[index]

        def cell(column: str) -> str:
            return str(raw(column)).strip()

        if not any(str(value or "").strip() for value in row):
            continue  # a blank row is no entry and no error
        named, moment, text, source = (
            cell("indicator"),
            cell("moment"),
            cell("text"),
            cell("source"),
        )
        group, note = cell("group"), cell("note")
        if group:
            note = f"group: {group}" + (f"; {note}" if note else "")
        problem = ""
        found = _indicator(named, indicators) if named else []
        moment_id = by_label.get(_folded(moment)) if moment else None
        value: float | None = None
        day: date | None = None
        if not named:
            problem = "no indicator"
        elif not found:
            problem = "unknown indicator"
        elif len(found) > 1:
            problem = "ambiguous indicator"
        elif not moment:
            problem = "no moment"
        elif moment_id is None:
            problem = "unknown moment"
        if not problem and cell("value"):
            try:
                value = parse_value(raw("value"))
            except ValueError:
                problem = "not a number"
        if not problem and cell("date"):
            try:
                day = parse_day(raw("date"))
            except ValueError:
                problem = "bad date"
        if not problem and value is None and not text:
            problem = "empty"
        if not problem and (len(text) > MAX_NOTE or len(note) > MAX_NOTE):
            problem = "text too long"
        if not problem and len(source) > MAX_NAME:
            problem = "source too long"
        indicator_id = found[0].id if len(found) == 1 else None
        result.append(
            SheetEntry(
                number,
                indicator_id,
                named,
                moment_id,
                moment,
                value,
                text,
                source,
                day,
                note,
                problem,
            )
        )
    return result
