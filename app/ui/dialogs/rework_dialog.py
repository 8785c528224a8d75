"""Update a saved line after turning the rings: for each step whose segment changed, ask what
happens to its story and indicators — keep them on the step, move them along with the old
segment to a new line, or drop them (Edit → Undo brings everything back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.control.workshop import Workshop
from app.ui.dialogs.record_dialog import save_or_explain
from db.records import Line, StepFate


class ReworkDialog(QDialog):
    """One choice per changed step; OK updates the line in one undoable step."""

    def __init__(self, workshop: Workshop, line: Line, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.line = line
        self.setWindowTitle(self.tr("Update line"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "“%1” will pass the segments now in focus. Steps that did not change keep "
                "their story and indicators. What happens to the steps that changed?"
            ).replace("%1", line.title)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for step_key, old, new in workshop.line_edits.rework_changes():
            choice = QComboBox()
            choice.addItem(self.tr("Keep the story and indicators on this step"), StepFate.KEEP)
            choice.addItem(
                self.tr("Move them along with the old segment to a new line"), StepFate.MOVE
            )
            choice.addItem(self.tr("Drop them"), StepFate.DROP)
            choice.currentIndexChanged.connect(self._sync)
            label = QLabel(f"{self._name(step_key, old)} → {self._name(step_key, new)}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            form.addRow(label, choice)
            label.setBuddy(choice)
            self.choices[step_key] = choice
        layout.addLayout(form)
        self.moved_title = QLineEdit(self.tr("%1 (earlier)").replace("%1", line.title))
        self.moved_title_label = QLabel(self.tr("Title of the new line"))
        title_row = QFormLayout()
        title_row.addRow(self.moved_title_label, self.moved_title)
        self.moved_title_label.setBuddy(self.moved_title)
        layout.addLayout(title_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Update line"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._sync()

    def _name(self, step_key: str, segment_key: str | None) -> str:
        model, language = self.workshop.model, self.workshop.language
        ring = model.ring(step_key).short_label.in_(language)
        if segment_key is None:
            return ring
        if model.ring_of(segment_key) is model.stakeholder_ring:
            return f"{ring}: {self.workshop.wording().segment(segment_key)}"
        return f"{ring}: {model.segment(segment_key).label.in_(language)}"

    def fates(self) -> dict[str, StepFate]:
        return {key: StepFate(choice.currentData()) for key, choice in self.choices.items()}

    def choose(self, step_key: str, fate: StepFate) -> None:
        choice = self.choices[step_key]
        choice.setCurrentIndex(choice.findData(fate))

    def _sync(self) -> None:
        moving = StepFate.MOVE in self.fates().values()
        self.moved_title.setVisible(moving)
        self.moved_title_label.setVisible(moving)

    def accept(self) -> None:
        if save_or_explain(
            self,
            self.tr("Line not updated"),
            lambda: self.workshop.line_edits.update_reworked_line(
                self.fates(), self.moved_title.text().strip()
            ),
        ):
            super().accept()
