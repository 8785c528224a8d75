"""Set the target of an indicator at a moment, and see when and why it changed before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.core.limits import MAX_NAME
from app.ui.control import group_edits
from app.ui.control.workshop import Workshop
from app.ui.dialogs.record_dialog import save_or_explain
from app.ui.panels.indicator_trend import format_number, parse_number
from app.ui.widgets.date_field import format_day
from db.records import Indicator
from db.trends import group_cells


class TargetDialog(QDialog):
    """A new target replaces the one before; the history below says what it was and why."""

    def __init__(
        self, workshop: Workshop, indicator: Indicator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.indicator = indicator
        self.setWindowTitle(self.tr("Target of “%1”").replace("%1", indicator.name))
        self.setMinimumWidth(440)
        form = QFormLayout(self)
        self.moment = QComboBox()
        for moment in workshop.contents.moments:
            self.moment.addItem(moment.label, moment.id)
        form.addRow(self.tr("Moment"), self.moment)
        # An indicator split by group takes a target for the whole or for one group.
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Target of the whole or of a group"))
        self.group.addItem(self.tr("the whole"), ())
        for cell in group_cells(workshop.contents, indicator):
            self.group.addItem(workshop.contents.group_label(indicator.id, cell), cell)
        if self.group.count() > 1:
            form.addRow(self.tr("For"), self.group)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("a number, e.g. 40"))
        form.addRow(self.tr("Target value"), self.value)
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_NAME)
        self.text.setPlaceholderText(self.tr("or in words, e.g. “most teachers”"))
        form.addRow(self.tr("Target in words"), self.text)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why this target (or why it changed)?"))
        form.addRow(self.tr("Why"), self.reason)
        self.history = QLabel()
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        form.addRow(self.tr("Before"), self.history)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #a33;")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.moment.currentIndexChanged.connect(self._show_history)
        self.group.currentIndexChanged.connect(self._show_history)
        self._show_history()

    def _show_history(self) -> None:
        moment_id = self.moment.currentData()
        cell = self.group.currentData() or ()
        history = (
            self.workshop.contents.target_history(self.indicator.id, moment_id, tuple(cell))
            if moment_id is not None
            else ()
        )
        self.history.setText(
            "\n".join(
                f"{format_day(t.set_at.date())}: "
                + " ".join(p for p in (format_number(t.value), t.text) if p)
                + (f" — {t.reason}" if t.reason else "")
                for t in history
            )
            or self.tr("No target set yet.")
        )
        if history:
            self.value.setText(format_number(history[-1].value))
            self.text.setText(history[-1].text)

    def accept(self) -> None:
        moment_id = self.moment.currentData()
        if moment_id is None:
            self.problem.setText(self.tr("Add a moment first."))
            return
        try:
            value = parse_number(self.value.text())
        except ValueError:
            self.problem.setText(self.tr("“%1” is not a number.").replace("%1", self.value.text()))
            return
        cell = tuple(self.group.currentData() or ())
        text, reason = self.text.text().strip(), self.reason.text().strip()

        def save() -> int:
            if cell:
                return group_edits.set_group_target(
                    self.workshop, self.indicator.id, moment_id, cell, value, text, reason
                )
            return self.workshop.learning.set_target(
                self.indicator.id, moment_id, value, text, reason
            )

        if save_or_explain(self, self.tr("Target not saved"), save):
            super().accept()
