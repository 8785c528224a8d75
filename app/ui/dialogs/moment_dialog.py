"""Add or edit a moment of the learning path: label, optional date, focus and learnings."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.core.limits import MAX_LABEL, MAX_STORY, MAX_TEXT
from app.ui.control.workshop import Workshop
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.date_field import date_edit
from app.ui.widgets.text_limits import limit_line, limit_text
from db.records import Moment


@dataclass(frozen=True, slots=True)
class MomentValues:
    """What the dialog holds, trimmed: the fields of a moment."""

    label: str
    date: date | None
    focus: str
    learnings: str


class MomentDialog(RecordDialog):
    """A new moment (`moment` None, labelled with the next free letter) or an existing one."""

    def __init__(
        self, workshop: Workshop, moment: Moment | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.moment = moment
        self.setWindowTitle(self.tr("Edit moment") if moment else self.tr("New moment"))
        self.setMinimumWidth(460)
        form = self.form
        self.label = QLineEdit(moment.label if moment else workshop.learning.next_moment_label())
        self.label.setMaxLength(MAX_LABEL)
        form.addRow(self.tr("Moment"), self.label)
        self.has_date = QCheckBox(self.tr("On"))
        self.date = date_edit()  # typing "15-02-2025" works, whatever the system's locale
        self.has_date.toggled.connect(self.date.setEnabled)
        when = QWidget()
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.has_date)
        when_layout.addWidget(self.date, 1)
        form.addRow(self.tr("Date"), when)
        self.focus = limit_line(QLineEdit(moment.focus if moment else ""), MAX_TEXT)
        self.focus.setPlaceholderText(self.tr("What this moment looks at"))
        form.addRow(self.tr("Focus"), self.focus)
        self.learnings = QPlainTextEdit(moment.learnings if moment else "")
        self.learnings_limit = limit_text(self.learnings, MAX_STORY)
        self.learnings.setTabChangesFocus(True)
        self.learnings.setPlaceholderText(self.tr("What did we learn?"))
        form.addRow(self.tr("Learnings"), self.learnings)
        self.add_buttons()
        if moment is not None and moment.date is not None:
            self.date.set_day(moment.date)
            self.has_date.setChecked(True)
        else:
            self.has_date.setChecked(False)
            self.date.setEnabled(False)

    def set_date(self, value: date | None) -> None:
        self.has_date.setChecked(value is not None)
        if value is not None:
            self.date.set_day(value)

    def values(self) -> MomentValues:
        return MomentValues(
            label=self.label.text().strip(),
            date=self.date.day() if self.has_date.isChecked() else None,
            focus=self.focus.text().strip(),
            learnings=self.learnings.toPlainText().strip(),
        )

    def save(self) -> int:
        """Write through the Workshop (one undo step); the moment's id."""
        values = self.values()
        learning = self.workshop.learning
        if self.moment is None:
            self.saved_id = learning.add_moment(
                values.label, values.date, values.focus, values.learnings
            )
        else:
            learning.update_moment(self.moment.id, **asdict(values))  # only what changed
            self.saved_id = self.moment.id
        return self.saved_id

    def is_complete(self) -> bool:
        if not self.label.text().strip():
            self.label.setFocus()
            return False
        if self.has_date.isChecked() and self.date.day() is None:
            self.date.setFocus()
            return False
        return True

    def failure_title(self) -> str:
        return self.tr("Moment not saved")
