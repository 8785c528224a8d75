"""The date field holds one date typed dd-mm-jjjj, wherever typing starts (issue 23,
item 18: Home and typing gave "15-02-202507-12-2026")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.widgets.date_field import DateField, OptionalDate


def test_home_and_typing_type_over_the_date(qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.set_day(date(2026, 12, 7))
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Home)
    QTest.keyClicks(field, "15-02-2025")
    assert field.text() == "15-02-2025"
    assert field.day() == date(2025, 2, 15)
    QTest.keyClick(field, Qt.Key.Key_Home)
    QTest.keyClicks(field, "01032025")  # the dashes need not be typed
    assert field.day() == date(2025, 3, 1)


def test_typing_over_a_selection_and_clearing(qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "31-12-2024")
    assert field.day() == date(2024, 12, 31)
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert field.typed() == "" and field.day() is None  # empty: no date, not a wrong one
    field.set_day(None)
    assert field.typed() == "" and field.day() is None
    QTest.keyClicks(field, "31-02-2025")  # no such day
    assert field.day() is None and not field.is_valid()


def test_an_optional_date_keeps_dd_mm_yyyy(qtbot) -> None:
    optional = OptionalDate(date(2025, 2, 15))
    qtbot.addWidget(optional)
    assert optional.date.text() == "15-02-2025"
    assert optional.day() == date(2025, 2, 15)
