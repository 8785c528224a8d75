"""Add or edit a piece of evidence for a step: a short text, where it comes from (a person, a
document, a file path or a link — kept as text, never opened), a date, and which moment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.core.limits import MAX_NOTE
from app.ui.control.workshop import Workshop
from app.ui.widgets.date_field import date_edit
from db.errors import StoreError
from db.records import Evidence


class EvidenceDialog(QDialog):
    """A new piece of evidence (`evidence` None) for `step_key` of a line, or an existing one."""

    def __init__(
        self,
        workshop: Workshop,
        line_id: int,
        step_key: str,
        evidence: Evidence | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.line_id = line_id
        self.step_key = step_key
        self.evidence = evidence
        self.setWindowTitle(self.tr("Edit evidence") if evidence else self.tr("Add evidence"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.text = QPlainTextEdit(evidence.text if evidence else "")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What shows that this step happens?"))
        form.addRow(self.tr("Evidence"), self.text)
        self.source = QLineEdit(evidence.source if evidence else "")
        self.source.setMaxLength(MAX_NOTE)
        self.source.setPlaceholderText(self.tr("A person, a document, a file path or a link"))
        form.addRow(self.tr("Source"), self.source)
        self.has_date = QCheckBox(self.tr("On"))
        self.date = date_edit()
        self.has_date.toggled.connect(self.date.setEnabled)
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_date)
        row.addWidget(self.date, 1)
        form.addRow(self.tr("Date"), when)
        self.moment = QComboBox()
        self.moment.addItem(self.tr("(no moment)"), None)
        for moment in workshop.contents.moments:
            self.moment.addItem(moment.label, moment.id)
        form.addRow(self.tr("Moment"), self.moment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        day = evidence.date if evidence else None
        self.has_date.setChecked(day is not None)
        self.date.setEnabled(day is not None)
        if day is not None:
            self.date.set_day(day)
        if evidence is not None and evidence.moment_id is not None:
            self.moment.setCurrentIndex(max(self.moment.findData(evidence.moment_id), 0))

    def values(self) -> dict[str, object]:
        return {
            "text": self.text.toPlainText().strip(),
            "source": self.source.text().strip(),
            "date": self.date.day() if self.has_date.isChecked() else None,
            "moment_id": self.moment.currentData(),
        }

    def accept(self) -> None:
        values = self.values()
        if not values["text"]:
            self.text.setFocus()
            return
        try:
            if self.evidence is None:
                self.workshop.line_edits.add_evidence(
                    self.line_id,
                    self.step_key,
                    str(values["text"]),
                    str(values["source"]),
                    values["date"],  # type: ignore[arg-type]
                    values["moment_id"],  # type: ignore[arg-type]
                )
            else:
                self.workshop.line_edits.update_evidence(self.evidence.id, **values)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Evidence not saved"), str(error))
            return
        super().accept()
