"""The program's date fields: typed the Dutch way ("15-02-2025"), with a calendar to pick from.

A QDateEdit takes typing section by section in the locale's format and rejects a whole date
typed over a selection: "15-02-2025" ended up as "02-02--". A free line edit let Home and
typing put a second date before the first ("15-02-202507-12-2026"). A date field here is a
line edit with the mask dd-mm-jjjj: typing overwrites digit by digit wherever it starts (the
dashes are skipped, typed or not), so it always holds one date; a calendar button beside it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)


class DateField(QLineEdit):
    """A date typed as 15-02-2025 (or picked from the calendar); red while it is no date."""

    def __init__(self) -> None:
        super().__init__()
        self.setInputMask("99-99-9999;_")  # one date, typed over in place: dd-mm-jjjj
        self.setToolTip(self.tr("dd-mm-yyyy"))
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Pick a date"))
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.button = QToolButton(self)
        self.button.setText("📅")
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setCursor(self.cursor())
        self.textChanged.connect(self._check)
        self.set_day(date.today())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        size = self.height() - 4
        self.button.setGeometry(self.width() - size - 2, 2, size, size)
        self.setTextMargins(0, 0, size + 2, 0)

    def typed(self) -> str:
        """What is typed, '' for an empty mask ("--")."""
        text = self.text()
        return "" if not text.strip("- ") else text

    def day(self) -> date | None:
        """The date typed, or None (empty or not a date)."""
        try:
            return parse_day(self.typed())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        try:
            parse_day(self.typed())
        except ValueError:
            return False
        return True

    def set_day(self, day: date | None) -> None:
        self.setText(format_day(day))
        self.setCursorPosition(0)  # typing starts at the day, over what is there
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, chosen: QDate) -> None:
        self.set_day(date(chosen.year(), chosen.month(), chosen.day()))
        self.button.menu().hide()

    def _check(self) -> None:
        self.setStyleSheet("" if self.is_valid() else "color: #a33;")


def date_edit() -> DateField:
    return DateField()


class OptionalDate(QWidget):
    """A date that may be left out: "On" ticks it, the date field beside it holds it."""

    def __init__(self, day: date | None = None) -> None:
        super().__init__()
        self.has_date = QCheckBox(self.tr("On"))
        self.date = date_edit()  # typing "15-02-2025" works, whatever the system's locale
        self.date.setAccessibleName(self.tr("Date"))
        self.has_date.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_date)
        row.addWidget(self.date, 1)
        self.set_day(day)

    def set_day(self, day: date | None) -> None:
        self.has_date.setChecked(day is not None)
        self.date.setEnabled(day is not None)
        if day is not None:
            self.date.set_day(day)

    def day(self) -> date | None:
        """The date, or None when it is left out (or is no date)."""
        return self.date.day() if self.has_date.isChecked() else None

    def is_complete(self) -> bool:
        """False while "On" is ticked over something that is no date (the field has the focus)."""
        if self.has_date.isChecked() and self.date.day() is None:
            self.date.setFocus()
            return False
        return True


def parse_day(text: str) -> date | None:
    """A date typed as 15-02-2025, 15/2/2025, 15.2.2025 or 2025-02-15; '' is None.

    Raises ValueError for anything else (also for a day that does not exist).
    """
    text = text.strip()
    if not text:
        return None
    for separator in "-/.":
        parts = text.split(separator)
        if len(parts) == 3 and all(part.strip().isdigit() for part in parts):
            first, second, third = (int(part) for part in parts)
            if len(parts[0].strip()) == 4:
                return date(first, second, third)
            if len(parts[2].strip()) == 4:
                return date(third, second, first)
    raise ValueError(text)


def format_day(day: date | None) -> str:
    return "" if day is None else day.strftime("%d-%m-%Y")
