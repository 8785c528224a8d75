"""One indicator on the learning path: a table of its entries (any number per moment, typed in
place), the moments side by side (A | B | C) with their targets, and its trend chart."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.groups import whole_of
from app.core.limits import MAX_TEXT
from app.core.model import IndicatorKind
from app.ui.widgets.date_field import format_day, parse_day
from app.ui.widgets.id_list import ID_ROLE
from app.ui.widgets.plain import plain_tooltip
from app.ui.widgets.record_labels import kind_icon
from app.ui.widgets.record_widgets import move_buttons
from app.ui.widgets.text_limits import LimitedItems
from app.ui.widgets.trend_chart import TrendChart
from db.records import Indicator, Measurement, Moment, NetworkContents
from db.trends import group_series, trend_points

if TYPE_CHECKING:
    from app.ui.panels.learning_path_panel import LearningPathPanel

MOMENT, VALUE, TEXT, SOURCE, DATE, NOTE = range(6)
MOMENT_ROLE = ID_ROLE + 1  # the moment of a row (ID_ROLE holds the entry's id, None: a new one)
COLUMNS_PER_ROW = 3  # moments side by side; more continue on the next row, so the panel fits


def parse_number(text: str) -> float | None:
    """A number typed the local way ('12,5' in Dutch) or the C way ('12.5'); '' is None.

    Raises ValueError for anything else.
    """
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    for locale in (QLocale(), QLocale.c()):
        value, ok = locale.toDouble(text)
        if ok and math.isfinite(value):
            return value
    raise ValueError(text)


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value, "g", 12)


def entry_text(entry: Measurement) -> str:
    """'120 — “Goed gesprek” (student 4, 16-02-2025)'."""
    said = [format_number(entry.value)] if entry.value is not None else []
    if entry.text.strip():
        said.append(f"“{entry.text.strip()}”")
    where = [part for part in (entry.source.strip(), format_day(entry.measured_on)) if part]
    text = " — ".join(said)
    return f"{text} ({', '.join(where)})" if where else text


class EntryTable(QTableWidget):
    """A row per entry, moment by moment, and an empty row per moment for a new entry.

    Every row carries its moment and entry id, so an edit reaches the entry it was typed in
    whatever rows came or went; rows keep one height (no growing under the pointer).
    """

    def __init__(self, trend: IndicatorTrend, indicator: Indicator) -> None:
        super().__init__(0, 6)
        self.trend = trend
        self.indicator = indicator
        self.setAccessibleName(self.tr("Entries of %1").replace("%1", indicator.name))
        self._filling = False
        self.setHorizontalHeaderLabels(
            [
                self.tr("Moment"),
                self.tr("Value"),
                self.tr("Story or quote"),
                self.tr("From"),
                self.tr("Date"),
                self.tr("Note"),
            ]
        )
        header = self.horizontalHeader()
        for column, mode in (
            (MOMENT, QHeaderView.ResizeMode.ResizeToContents),
            (VALUE, QHeaderView.ResizeMode.ResizeToContents),
            (TEXT, QHeaderView.ResizeMode.Stretch),
            (SOURCE, QHeaderView.ResizeMode.Stretch),
            (DATE, QHeaderView.ResizeMode.ResizeToContents),
            (NOTE, QHeaderView.ResizeMode.Stretch),
        ):
            header.setSectionResizeMode(column, mode)
        header.setMinimumSectionSize(24)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setColumnHidden(VALUE, indicator.kind is IndicatorKind.QUALITATIVE)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setItemDelegate(LimitedItems(MAX_TEXT, self))  # no cell holds more than the store
        self.itemChanged.connect(self._edited)

    def rows(self) -> list[tuple[int, int | None]]:
        """(moment id, entry id or None for the new-entry row) of each row, top to bottom."""
        return [
            (self._first(row).data(MOMENT_ROLE), self._first(row).data(ID_ROLE))
            for row in range(self.rowCount())
        ]

    def _first(self, row: int) -> QTableWidgetItem:
        """The moment cell of `row`, which `fill` gives every row."""
        item = self.item(row, MOMENT)
        assert item is not None
        return item

    def row_of(self, moment_id: int, entry_id: int | None) -> int:
        return self.rows().index((moment_id, entry_id))

    def fill(self, moments: tuple[Moment, ...], entries: tuple[Measurement, ...]) -> None:
        wanted: list[tuple[Moment, Measurement | None]] = []
        for moment in moments:
            wanted += [(moment, entry) for entry in entries if entry.moment_id == moment.id]
            wanted.append((moment, None))
        self._filling = True
        try:
            self.setRowCount(len(wanted))
            for row, (moment, entry) in enumerate(wanted):
                label = moment.label if entry is not None else f"{moment.label} +"
                cells = {
                    MOMENT: label,
                    VALUE: format_number(entry.value) if entry else "",
                    TEXT: entry.text if entry else "",
                    SOURCE: entry.source if entry else "",
                    DATE: format_day(entry.measured_on) if entry else "",
                    NOTE: entry.note if entry else "",
                }
                for column, text in cells.items():
                    item = self.item(row, column)
                    if item is None:
                        item = QTableWidgetItem()
                        self.setItem(row, column, item)
                    if item.text() != text:
                        item.setText(text)
                    item.setToolTip(plain_tooltip(text) if text else "")
                first = self._first(row)
                first.setFlags(Qt.ItemFlag.ItemIsEnabled)
                first.setData(MOMENT_ROLE, moment.id)
                first.setData(ID_ROLE, entry.id if entry else None)
                if entry is None:
                    first.setToolTip(
                        plain_tooltip(
                            self.tr("Type here to add an entry to moment %1").replace(
                                "%1", moment.label
                            )
                        )
                    )
        finally:
            self._filling = False
        row_height = self.fontMetrics().height() + 8
        for row in range(self.rowCount()):
            self.setRowHeight(row, row_height)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        self.setFixedHeight(height + row_height * self.rowCount())

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == MOMENT:
            return
        row = item.row()
        first = self._first(row)
        moment_id, entry_id = first.data(MOMENT_ROLE), first.data(ID_ROLE)
        texts = {c: (cell.text() if (cell := self.item(row, c)) else "") for c in range(1, 6)}
        try:
            value = parse_number(texts[VALUE])
        except ValueError:
            self.trend.panel.show_problem(
                self.tr("“%1” is not a number; the value was not changed.").replace(
                    "%1", texts[VALUE]
                )
            )
            self.trend.panel.refresh_measurements()
            return
        try:
            day = parse_day(texts[DATE])
        except ValueError:
            self.trend.panel.show_problem(
                self.tr("“%1” is not a date (type it as 15-02-2025); nothing was changed.").replace(
                    "%1", texts[DATE]
                )
            )
            self.trend.panel.refresh_measurements()
            return
        self.trend.panel.record(
            self.indicator.id,
            moment_id,
            entry_id,
            value=value,
            text=texts[TEXT].strip(),
            source=texts[SOURCE].strip(),
            measured_on=day,
            note=texts[NOTE].strip(),
        )


class MomentColumns(QWidget):
    """The moments side by side (A | B | C): each with its target (and what it was before) and
    what its entries said, so before and after can be read across."""

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.columns: list[QLabel] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def fill(self, contents: NetworkContents, indicator: Indicator) -> None:
        moments = contents.moments
        while len(self.columns) < len(moments):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setMargin(4)
            place = len(self.columns)
            self.grid.addWidget(label, place // COLUMNS_PER_ROW, place % COLUMNS_PER_ROW)
            self.columns.append(label)
        for index, label in enumerate(self.columns):
            label.setVisible(index < len(moments))
        for column in range(COLUMNS_PER_ROW):
            self.grid.setColumnStretch(column, 1)
        for moment, label in zip(moments, self.columns, strict=False):
            label.setText(self.column_text(contents, indicator, moment))

    def column_text(self, contents: NetworkContents, indicator: Indicator, moment: Moment) -> str:
        lines = [moment.label + (f" · {format_day(moment.date)}" if moment.date else "")]
        history = contents.target_history(indicator.id, moment.id)
        if history:
            now = history[-1]
            target = " ".join(p for p in (format_number(now.value), now.text) if p)
            lines.append(self.tr("Target: %1").replace("%1", target))
            if len(history) > 1:
                before = history[-2]
                lines.append(
                    self.tr("was %1 until %2 (%3)")
                    .replace(
                        "%1", " ".join(p for p in (format_number(before.value), before.text) if p)
                    )
                    .replace("%2", format_day(now.set_at.date()))
                    .replace("%3", now.reason or "—")
                )
        entries = contents.measurements_of(indicator.id, moment.id)
        if contents.dimensions_of(indicator.id) and indicator.kind is IndicatorKind.QUANTITATIVE:
            whole = whole_of(indicator.whole_rule, [(e.groups, e.value) for e in entries])
            shown = format_number(whole) if whole is not None else self.tr("not computable")
            lines.append(self.tr("Whole: %1").replace("%1", shown))
        for entry in entries:
            said = entry_text(entry)
            group = contents.group_label(indicator.id, entry.groups)
            if said:
                lines.append(f"• {group}: {said}" if group else f"• {said}")
        if not entries:
            lines.append(self.tr("nothing recorded"))
        return "\n".join(lines)


class IndicatorTrend(QGroupBox):
    """An indicator's entries, its moments side by side and its chart."""

    def __init__(self, panel: LearningPathPanel, indicator: Indicator) -> None:
        super().__init__()
        self.panel = panel
        self.indicator = indicator
        kind = IndicatorKind(indicator.kind)
        title = indicator.name if not indicator.unit else f"{indicator.name} ({indicator.unit})"
        # The name heads the box as a wrapping label, not as the box's title: a title is one
        # line and a long name (or a large system font) would be cut off.
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        self.name = QLabel(title)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        name_font = self.name.font()
        name_font.setBold(True)
        self.name.setFont(name_font)
        layout.addWidget(self.name)
        heading = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(kind_icon(kind).pixmap(18, 18))
        heading.addWidget(badge)
        self.step = QLabel()
        self.step.setTextFormat(Qt.TextFormat.PlainText)
        self.step.setStyleSheet("color: palette(placeholder-text);")
        self.step.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.step.setWordWrap(True)
        heading.addWidget(self.step, 1)
        self.up, self.down = move_buttons(
            self.tr("Move this indicator up"),
            self.tr("Move this indicator down"),
            lambda step: panel.move_indicator(indicator.id, step),
        )
        self.target_button = QPushButton(self.tr("Target…"))
        self.groups_button = QPushButton(self.tr("Groups…"))
        self.groups_button.setToolTip(self.tr("Split by group, the whole and the baseline"))
        self.per_group_button = QPushButton(self.tr("Per group…"))
        self.per_group_button.setToolTip(self.tr("Enter a moment's values per group"))
        heading.addWidget(self.up)
        heading.addWidget(self.down)
        # The editing buttons get a row of their own, under the step: beside it they made the
        # panel wider than its dock.
        actions = QHBoxLayout()
        for button in (self.target_button, self.groups_button, self.per_group_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.target_button.clicked.connect(lambda: panel.set_target(indicator))
        self.groups_button.clicked.connect(self.edit_groups)
        self.per_group_button.clicked.connect(self.enter_per_group)
        layout.addLayout(heading)
        layout.addLayout(actions)
        self.table = EntryTable(self, indicator)
        layout.addWidget(self.table)
        self.columns = MomentColumns()
        layout.addWidget(self.columns)
        self.chart = TrendChart(bars=kind is IndicatorKind.QUALITATIVE)
        layout.addWidget(self.chart)

    def fill(self, step: str, contents: NetworkContents) -> None:
        self.step.setText(step)
        self.indicator = next(
            (i for i in contents.indicators if i.id == self.indicator.id), self.indicator
        )
        self.table.fill(contents.moments, contents.measurements_of(self.indicator.id))
        self.columns.fill(contents, self.indicator)
        self.chart.set_points(
            trend_points(contents, self.indicator),
            group_series(contents, self.indicator),
            self.indicator.baseline_value,
        )
        self.per_group_button.setVisible(
            bool(contents.dimensions_of(self.indicator.id))
            and self.indicator.kind is IndicatorKind.QUANTITATIVE
        )

    def edit_groups(self) -> None:
        from app.ui.dialogs.groups_dialog import GroupsDialog

        GroupsDialog(self.panel.workshop, self.indicator, self).exec()

    def enter_per_group(self) -> None:
        from app.ui.dialogs.groups_dialog import GroupEntryDialog

        GroupEntryDialog(self.panel.workshop, self.indicator, self).exec()
