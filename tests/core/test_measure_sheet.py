"""Measurement entries read from a sheet's rows: where each goes, or why it cannot."""

from __future__ import annotations

from datetime import date, datetime

from app.core.measure_sheet import IndicatorChoice, read_entries

INDICATORS = [
    IndicatorChoice(7, "Aantal deelnemers", True),
    IndicatorChoice(8, "Verhalen van leraren", False),
    IndicatorChoice(9, "Dubbel", True),
    IndicatorChoice(10, "dubbel", True),
]
MOMENTS = [(1, "A"), (2, "B")]


def test_every_row_goes_somewhere_or_says_why_not() -> None:
    rows = [
        ["Indicator", "Moment", "Waarde", "Toelichting", "Bron", "Datum", "Groep"],
        ["Aantal deelnemers", "b", "1.200,5", "", "presentielijst", "12-03-2025", "mbo"],
        ["8", "A", None, "We bellen elkaar nu", "Ans", datetime(2025, 3, 1, 9, 30), None],
        ["", "A", 3, "", "", "", ""],
        ["Onbekend", "A", 3, "", "", "", ""],
        ["Dubbel", "A", 3, "", "", "", ""],
        ["Aantal deelnemers", "", 3, "", "", "", ""],
        ["Aantal deelnemers", "Z", 3, "", "", "", ""],
        ["Aantal deelnemers", "A", "veel", "", "", "", ""],
        ["Aantal deelnemers", "A", 3, "", "", "morgen", ""],
        ["Aantal deelnemers", "A", "", "", "", "", ""],
        ["Aantal deelnemers", "A", "", "x" * 2001, "", "", ""],
        ["Aantal deelnemers", "A", 2, "", "b" * 201, "", ""],
        [None, None, None, None, None, None, None],  # blank: skipped, no error
    ]
    entries = read_entries(rows, INDICATORS, MOMENTS)
    assert not isinstance(entries, str)
    first, second, *refused = entries
    assert (first.indicator_id, first.moment_id, first.value, first.measured_on) == (
        7,
        2,
        1200.5,
        date(2025, 3, 12),
    )
    assert (first.source, first.note, first.problem) == ("presentielijst", "group: mbo", "")
    assert (second.indicator_id, second.value, second.text, second.measured_on) == (
        8,
        None,
        "We bellen elkaar nu",
        date(2025, 3, 1),
    )
    assert [(entry.row, entry.problem) for entry in refused] == [
        (4, "no indicator"),
        (5, "unknown indicator"),
        (6, "ambiguous indicator"),
        (7, "no moment"),
        (8, "unknown moment"),
        (9, "not a number"),
        (10, "bad date"),
        (11, "empty"),
        (12, "text too long"),
        (13, "source too long"),
    ]


def test_a_sheet_without_its_columns_is_refused_as_a_whole() -> None:
    assert read_entries([], INDICATORS, MOMENTS) == "empty sheet"
    assert read_entries([["moment", "value"]], INDICATORS, MOMENTS) == "no indicator column"
    assert read_entries([["indicator", "value"]], INDICATORS, MOMENTS) == "no moment column"
    assert read_entries([["indicator", "moment"]], INDICATORS, MOMENTS) == (
        "no value or text column"
    )
