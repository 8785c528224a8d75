"""The learning path: moments (A, B, C …) and, per indicator of the current line, what it
showed at each moment, with a small trend for numbers and the stories as text."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.limits import MAX_TEXT
from app.core.model import IndicatorKind
from app.ui import moment_dialog
from app.ui.id_list import ID_ROLE, current_id, select_id
from app.ui.indicator_form import kind_icon
from app.ui.indicator_panel import empty_state_label, step_title
from app.ui.parts import INDICATORS, LINES, MEASUREMENTS, MOMENTS, NETWORK
from app.ui.plain import literal_ampersands
from app.ui.text_limits import LimitedItems
from app.ui.trend_chart import TrendChart
from app.ui.workshop import Workshop
from db.records import Indicator, Measurement, Moment

VALUE, TEXT, NOTE = 1, 2, 3  # table columns after the moment's label


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


def moment_title(moment: Moment) -> str:
    """'A · 12-03-2025 · focus', leaving out what is not there."""
    parts = [moment.label]
    if moment.date is not None:
        parts.append(QLocale().toString(moment.date, "d MMM yyyy"))
    if moment.focus:
        parts.append(moment.focus)
    return " · ".join(parts)


class MeasurementTable(QTableWidget):
    """One indicator's measurements: a row per moment; editing a cell records it."""

    def __init__(self, panel: LearningPathPanel, indicator: Indicator) -> None:
        super().__init__(0, 4)
        self.panel = panel
        self.indicator = indicator
        self._filling = False
        self.setHorizontalHeaderLabels(
            [self.tr("Moment"), self.tr("Value"), self.tr("Story, quote or text"), self.tr("Note")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setColumnHidden(VALUE, IndicatorKind(indicator.kind) is IndicatorKind.QUALITATIVE)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(LimitedItems(MAX_TEXT, self))
        self.itemChanged.connect(self._edited)

    def fill(self, moments: tuple[Moment, ...], measurements: tuple[Measurement, ...]) -> None:
        by_moment = {m.moment_id: m for m in measurements}
        self._filling = True
        try:
            self.setRowCount(len(moments))
            for row, moment in enumerate(moments):
                label = QTableWidgetItem(moment.label)
                label.setFlags(Qt.ItemFlag.ItemIsEnabled)
                label.setData(ID_ROLE, moment.id)
                label.setToolTip(f"<p>{html.escape(moment_title(moment))}</p>")
                self.setItem(row, 0, label)
                found = by_moment.get(moment.id)
                cells = {
                    VALUE: format_number(found.value) if found else "",
                    TEXT: found.text if found else "",
                    NOTE: found.note if found else "",
                }
                for column, text in cells.items():
                    item = self.item(row, column)
                    if item is None:
                        item = QTableWidgetItem()
                        self.setItem(row, column, item)
                    if item.text() != text:
                        item.setText(text)
                    item.setToolTip(f"<p>{html.escape(text)}</p>" if text else "")
        finally:
            self._filling = False
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(height)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == 0:
            return
        row = item.row()
        moment_id = self.item(row, 0).data(ID_ROLE)
        texts = {c: (self.item(row, c).text() if self.item(row, c) else "") for c in (1, 2, 3)}
        try:
            value = parse_number(texts[VALUE])
        except ValueError:
            self.panel.show_problem(
                self.tr("“%1” is not a number; the value was not changed.").replace(
                    "%1", texts[VALUE]
                )
            )
            self.panel.refresh_measurements()
            return
        self.panel.record(self.indicator.id, moment_id, value, texts[TEXT], texts[NOTE])


class IndicatorTrend(QGroupBox):
    """An indicator's table, with its trend chart (numbers) or its stories (texts) below."""

    def __init__(self, panel: LearningPathPanel, indicator: Indicator) -> None:
        super().__init__()
        self.indicator = indicator
        kind = IndicatorKind(indicator.kind)
        title = indicator.name if not indicator.unit else f"{indicator.name} ({indicator.unit})"
        self.setTitle(literal_ampersands(title))
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(kind_icon(kind).pixmap(18, 18))
        heading.addWidget(badge)
        self.step = QLabel()
        self.step.setTextFormat(Qt.TextFormat.PlainText)
        self.step.setStyleSheet("color: palette(placeholder-text);")
        heading.addWidget(self.step, 1)
        layout.addLayout(heading)
        self.table = MeasurementTable(panel, indicator)
        layout.addWidget(self.table)
        self.chart: TrendChart | None = None
        self.stories: QLabel | None = None
        if kind is IndicatorKind.QUANTITATIVE:
            self.chart = TrendChart()
            layout.addWidget(self.chart)
        else:
            self.stories = QLabel()
            self.stories.setTextFormat(Qt.TextFormat.PlainText)
            self.stories.setWordWrap(True)
            self.stories.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.stories)

    def fill(
        self, step: str, moments: tuple[Moment, ...], measurements: tuple[Measurement, ...]
    ) -> None:
        self.step.setText(step)
        self.table.fill(moments, measurements)
        by_moment = {m.moment_id: m for m in measurements}
        if self.chart is not None:
            self.chart.set_points(
                [
                    (moment.label, by_moment[moment.id].value if moment.id in by_moment else None)
                    for moment in moments
                ]
            )
        if self.stories is not None:
            told = [
                f"{moment.label}: “{by_moment[moment.id].text}”"
                for moment in moments
                if moment.id in by_moment and by_moment[moment.id].text
            ]
            self.stories.setText("\n".join(told) or self.tr("No stories recorded yet."))


class LearningPathPanel(QWidget):
    """Moments with their focus and learnings; the current line's measurements per moment."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self._structure: tuple[object, ...] | None = None
        self.trends: list[IndicatorTrend] = []
        self.stack = QStackedWidget()
        self.empty = empty_state_label()
        self.stack.addWidget(self.empty)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Moments")))
        self.moments = QListWidget()
        self.moments.itemSelectionChanged.connect(self._update_buttons)
        self.moments.itemDoubleClicked.connect(lambda _item: self.edit_selected_moment())
        layout.addWidget(self.moments)
        self.no_moments = empty_state_label()
        self.no_moments.setMargin(6)
        self.no_moments.setText(self.tr("No moments yet. Add moment A to start the learning path."))
        layout.addWidget(self.no_moments)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add moment…"))
        self.add_button.clicked.connect(self.add_moment)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected_moment)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected_moment)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.learnings = QLabel()
        self.learnings.setTextFormat(Qt.TextFormat.PlainText)
        self.learnings.setWordWrap(True)
        layout.addWidget(self.learnings)
        layout.addWidget(self._heading(self.tr("Measurements")))
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a33;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.measurements_hint = empty_state_label()
        self.measurements_hint.setMargin(6)
        layout.addWidget(self.measurements_hint)
        self.trend_box = QWidget()
        self.trend_layout = QVBoxLayout(self.trend_box)
        self.trend_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.trend_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        workshop.changed.connect(self._changed)
        workshop.networkOpened.connect(self.refresh)
        workshop.currentLineChanged.connect(self.refresh)
        self.refresh()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # --- showing -------------------------------------------------------------------------------

    def _changed(self, parts: frozenset[str]) -> None:
        if parts & {MOMENTS, MEASUREMENTS, INDICATORS, LINES, NETWORK}:
            self.refresh()

    def refresh(self) -> None:
        if not self.workshop.has_network:
            self.empty.setText(self.tr("Open or create a network to follow its learning path."))
            self.stack.setCurrentIndex(0)
            self._structure = None
            self._clear_trends()
            return
        self.stack.setCurrentIndex(1)
        self._refresh_moments()
        self.refresh_measurements()

    def _refresh_moments(self) -> None:
        selected = self.selected_moment()
        self.moments.clear()
        for moment in self.workshop.contents.moments:
            item = QListWidgetItem(moment_title(moment))
            item.setData(ID_ROLE, moment.id)
            if moment.learnings:
                item.setToolTip(f"<p>{html.escape(moment.learnings)}</p>")
            self.moments.addItem(item)
            if selected is not None and moment.id == selected.id:
                self.moments.setCurrentItem(item)
        has_moments = self.moments.count() > 0
        rows = min(max(self.moments.count(), 1), 6)
        self.moments.setFixedHeight(
            rows * self.moments.sizeHintForRow(0) + 2 * self.moments.frameWidth() + 4
        )
        self.moments.setVisible(has_moments)
        self.no_moments.setVisible(not has_moments)
        self.add_button.setText(
            self.tr("Add moment %1…").replace("%1", self.workshop.next_moment_label())
        )
        self._update_buttons()

    def refresh_measurements(self) -> None:
        """Per indicator of the current line a table (and trend); rebuilt only when the
        indicators or moments changed, so typing in a table keeps its place."""
        workshop = self.workshop
        contents = workshop.contents
        line = workshop.current_line()
        hint = ""
        if line is None:
            hint = self.tr("Save a reasoning line first; its indicators are measured here.")
        elif not contents.indicators_of(line.id):
            hint = self.tr("This reasoning line has no indicators yet (tab Indicators).")
        elif not contents.moments:
            hint = self.tr("Add a moment to record what the indicators show.")
        self.measurements_hint.setText(hint)
        self.measurements_hint.setVisible(bool(hint))
        if hint or line is None:
            self._structure = None
            self._clear_trends()
            return
        indicators = contents.indicators_of(line.id)
        structure = (
            line.id,
            tuple((i.id, i.name, i.unit, i.kind) for i in indicators),
            tuple(m.id for m in contents.moments),
        )
        if structure != self._structure:
            self._clear_trends()
            for indicator in indicators:
                trend = IndicatorTrend(self, indicator)
                self.trend_layout.addWidget(trend)
                self.trends.append(trend)
            self._structure = structure
        steps = {step.ring_key: step for step in line.reasoning_line.steps(workshop.model)}
        for trend in self.trends:
            indicator = trend.indicator
            trend.fill(
                step_title(workshop, steps[indicator.step_key]),
                contents.moments,
                contents.measurements_of(indicator.id),
            )

    def _clear_trends(self) -> None:
        for trend in self.trends:
            trend.hide()
            trend.deleteLater()
        self.trends = []

    def trend_of(self, indicator_id: int) -> IndicatorTrend:
        return next(trend for trend in self.trends if trend.indicator.id == indicator_id)

    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 0

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    # --- moments ------------------------------------------------------------------------------

    def selected_moment(self) -> Moment | None:
        moment_id = current_id(self.moments)
        if moment_id is None or not self.workshop.has_network:
            return None
        return next((m for m in self.workshop.contents.moments if m.id == moment_id), None)

    def select_moment(self, moment_id: int) -> None:
        select_id(self.moments, moment_id)

    def _update_buttons(self) -> None:
        moment = self.selected_moment()
        self.edit_button.setEnabled(moment is not None)
        self.delete_button.setEnabled(moment is not None)
        if moment is not None and moment.learnings:
            self.learnings.setText(
                self.tr("Learnings at %1: %2")
                .replace("%1", moment.label)
                .replace("%2", moment.learnings)
            )
        else:
            self.learnings.setText("")
        self.learnings.setVisible(bool(self.learnings.text()))

    def add_moment(self) -> None:
        dialog = moment_dialog.MomentDialog(self.workshop, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.select_moment(dialog.saved_id)

    def edit_selected_moment(self) -> None:
        moment = self.selected_moment()
        if moment is not None:
            moment_dialog.MomentDialog(self.workshop, moment, self).exec()

    def confirm_delete(self, moment: Moment) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete moment"),
            self.tr(
                "Delete moment %1 with its measurements and post-its? (Undo brings it back.)"
            ).replace("%1", moment.label),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected_moment(self) -> None:
        moment = self.selected_moment()
        if moment is not None and self.confirm_delete(moment):
            self.workshop.delete_moment(moment.id)

    # --- measurements -----------------------------------------------------------------------

    def record(
        self, indicator_id: int, moment_id: int, value: float | None, text: str, note: str
    ) -> None:
        self.show_problem("")
        self.workshop.set_measurement(indicator_id, moment_id, value, text.strip(), note.strip())
