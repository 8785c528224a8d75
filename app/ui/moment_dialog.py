"""Add or edit a moment of the learning path: label, optional date, focus and learnings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.ui.recovery_dialog import warn
from app.ui.workshop import Workshop
from db.errors import StoreError
from db.records import Moment


class MomentDialog(QDialog):
    """A new moment (`moment` None, labelled with the next free letter) or an existing one."""

    def __init__(
        self, workshop: Workshop, moment: Moment | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.moment = moment
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit moment") if moment else self.tr("New moment"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.label = QLineEdit(moment.label if moment else workshop.next_moment_label())
        self.label.setMaxLength(200)
        form.addRow(self.tr("Moment"), self.label)
        self.has_date = QCheckBox(self.tr("On"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate.currentDate())
        self.has_date.toggled.connect(self.date.setEnabled)
        when = QWidget()
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.has_date)
        when_layout.addWidget(self.date, 1)
        form.addRow(self.tr("Date"), when)
        self.focus = QLineEdit(moment.focus if moment else "")
        self.focus.setPlaceholderText(self.tr("What this moment looks at"))
        form.addRow(self.tr("Focus"), self.focus)
        self.learnings = QPlainTextEdit(moment.learnings if moment else "")
        self.learnings.setTabChangesFocus(True)
        self.learnings.setPlaceholderText(self.tr("What did we learn?"))
        form.addRow(self.tr("Learnings"), self.learnings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons
        if moment is not None and moment.date is not None:
            self.date.setDate(QDate(moment.date.year, moment.date.month, moment.date.day))
            self.has_date.setChecked(True)
        else:
            self.has_date.setChecked(False)
            self.date.setEnabled(False)

    def set_date(self, value: date | None) -> None:
        self.has_date.setChecked(value is not None)
        if value is not None:
            self.date.setDate(QDate(value.year, value.month, value.day))

    def values(self) -> dict[str, object]:
        chosen = self.date.date()
        return {
            "label": self.label.text().strip(),
            "date": date(chosen.year(), chosen.month(), chosen.day())
            if self.has_date.isChecked()
            else None,
            "focus": self.focus.text().strip(),
            "learnings": self.learnings.toPlainText().strip(),
        }

    def save(self) -> int:
        """Write through the Workshop (one undo step); the moment's id."""
        values = self.values()
        if self.moment is None:
            self.saved_id = self.workshop.add_moment(**values)  # type: ignore[arg-type]
        else:
            self.workshop.update_moment(self.moment.id, **values)  # only what changed
            self.saved_id = self.moment.id
        return self.saved_id

    def accept(self) -> None:
        if not self.label.text().strip():
            self.label.setFocus()
            return
        try:
            self.save()
        except StoreError as error:
            warn(self, self.tr("Moment not saved"), error)
            return
        super().accept()
