"""The learning path: moments (A, B, C …) and, per indicator of the current line, what it
showed at each moment, with a small trend for numbers and the stories as text."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.ui.control.parts import INDICATORS, LINES, MEASUREMENTS, MOMENTS, NETWORK
from app.ui.control.workshop import Workshop
from app.ui.dialogs import moment_dialog
from app.ui.dialogs.target_dialog import TargetDialog
from app.ui.panels.indicator_trend import IndicatorTrend
from app.ui.widgets.id_list import ID_ROLE, current_id, select_id
from app.ui.widgets.plain import plain_tooltip
from app.ui.widgets.record_widgets import RecordButtons, empty_state_label, move_buttons
from db.records import Indicator, Moment


def moment_title(moment: Moment) -> str:
    """'A · 12-03-2025 · focus', leaving out what is not there."""
    parts = [moment.label]
    if moment.date is not None:
        day = QDate(moment.date.year, moment.date.month, moment.date.day)
        parts.append(QLocale().toString(day, "d MMM yyyy"))
    if moment.focus:
        parts.append(moment.focus)
    return " · ".join(parts)


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
        self.moments.setAccessibleName(self.tr("Moments"))
        self.moments.itemSelectionChanged.connect(self._update_buttons)
        self.moments.itemDoubleClicked.connect(lambda _item: self.edit_selected_moment())
        layout.addWidget(self.moments)
        self.no_moments = empty_state_label()
        self.no_moments.setMargin(6)
        self.no_moments.setText(self.tr("No moments yet. Add moment A to start the learning path."))
        layout.addWidget(self.no_moments)
        self.earlier_button, self.later_button = move_buttons(
            self.tr("Move this moment earlier on the path"),
            self.tr("Move this moment later on the path"),
            self.move_selected_moment,
        )
        self.buttons = RecordButtons(
            self.tr("Add moment…"), (self.earlier_button, self.later_button)
        )
        self.add_button, self.edit_button = self.buttons.add, self.buttons.edit
        self.delete_button = self.buttons.delete
        self.add_button.clicked.connect(self.add_moment)
        self.edit_button.clicked.connect(self.edit_selected_moment)
        self.delete_button.clicked.connect(self.delete_selected_moment)
        layout.addWidget(self.buttons)
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
        scroll.setAccessibleName(self.tr("Learning path"))
        scroll.setWidgetResizable(True)
        # The content follows the panel's width (no sideways scrolling): tables elide, the
        # moments wrap onto rows, the chart scales.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        workshop.noticed.connect(self._noticed)
        workshop.networkOpened.connect(self.refresh)
        workshop.view.currentLineChanged.connect(self.refresh)
        self.refresh()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # --- showing -------------------------------------------------------------------------------

    def _noticed(self, changes: Changes) -> None:
        if changes.touches(MOMENTS | MEASUREMENTS | INDICATORS | LINES | NETWORK):
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
                item.setToolTip(plain_tooltip(moment.learnings))
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
            self.tr("Add moment %1…").replace("%1", self.workshop.learning.next_moment_label())
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
        )
        if structure != self._structure:
            self._clear_trends()
            for indicator in indicators:
                trend = IndicatorTrend(self, indicator)
                self.trend_layout.addWidget(trend)
                self.trends.append(trend)
            self._structure = structure
        steps = {step.ring_key: step for step in line.reasoning_line.steps(workshop.model)}
        wording = workshop.wording()
        for trend in self.trends:
            indicator = trend.indicator
            trend.fill(wording.step_title(steps[indicator.step_key]).one_line(), contents)

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
        self.buttons.set_chosen(moment is not None)
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
            self.workshop.learning.delete_moment(moment.id)

    # --- measurements -----------------------------------------------------------------------

    def record(
        self, indicator_id: int, moment_id: int, entry_id: int | None, **values: object
    ) -> None:
        """Write one entry typed in a table (an empty row clears it)."""
        self.show_problem("")
        self.workshop.learning.save_entry(indicator_id, moment_id, entry_id, **values)

    def move_selected_moment(self, step: int) -> None:
        moment = self.selected_moment()
        if moment is None:
            return
        order = [m.id for m in self.workshop.contents.moments]
        index = order.index(moment.id) + step
        if 0 <= index < len(order):
            self.workshop.learning.move_moment(moment.id, index)
            self.select_moment(moment.id)

    def move_indicator(self, indicator_id: int, step: int) -> None:
        indicator = next(i for i in self.workshop.contents.indicators if i.id == indicator_id)
        siblings = [
            i.id
            for i in self.workshop.contents.indicators_of(indicator.line_id, indicator.step_key)
        ]
        self.workshop.line_edits.move_indicator(indicator_id, siblings.index(indicator_id) + step)

    def set_target(self, indicator: Indicator) -> None:
        TargetDialog(self.workshop, indicator, self).exec()
