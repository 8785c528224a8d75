"""Add or edit a moment of the learning path: label, optional date, focus and learnings."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.core.limits import MAX_LABEL, MAX_STORY, MAX_TEXT
from app.ui.control.workshop import Workshop
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.date_field import OptionalDate
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
        self.when = OptionalDate(moment.date if moment else None)
        self.has_date, self.date = self.when.has_date, self.when.date
        form.addRow(self.tr("Date"), self.when)
        self.focus = limit_line(QLineEdit(moment.focus if moment else ""), MAX_TEXT)
        self.focus.setPlaceholderText(self.tr("What this moment looks at"))
        form.addRow(self.tr("Focus"), self.focus)
        self.learnings = QPlainTextEdit(moment.learnings if moment else "")
        self.learnings_limit = limit_text(self.learnings, MAX_STORY)
        self.learnings.setTabChangesFocus(True)
        self.learnings.setPlaceholderText(self.tr("What did we learn?"))
        form.addRow(self.tr("Learnings"), self.learnings)
        self.add_buttons()

    def set_date(self, value: date | None) -> None:
        self.when.set_day(value)

    def values(self) -> MomentValues:
        return MomentValues(
            label=self.label.text().strip(),
            date=self.when.day(),
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
            # only what changed, refused if someone else changed the moment since it was opened
            learning.update_moment(self.moment.id, seen=self.moment.version, **asdict(values))
            self.saved_id = self.moment.id
        return self.saved_id

    def is_complete(self) -> bool:
        if not self.label.text().strip():
            self.label.setFocus()
            return False
        return self.when.is_complete()

    def failure_title(self) -> str:
        return self.tr("Moment not saved")
