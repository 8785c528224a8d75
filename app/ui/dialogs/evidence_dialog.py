"""Add or edit a piece of evidence for a step: a short text, where it comes from (a person, a
document, a file path or a link — kept as text, never opened), a date, and which moment."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.core.limits import MAX_NOTE
from app.ui.control.workshop import Workshop
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.date_field import OptionalDate
from db.records import Evidence


@dataclass(frozen=True, slots=True)
class EvidenceValues:
    """What the dialog holds, typed as the store takes it."""

    text: str
    source: str
    date: date | None
    moment_id: int | None


class EvidenceDialog(RecordDialog):
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
        form = self.form
        self.text = QPlainTextEdit(evidence.text if evidence else "")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What shows that this step happens?"))
        form.addRow(self.tr("Evidence"), self.text)
        self.source = QLineEdit(evidence.source if evidence else "")
        self.source.setMaxLength(MAX_NOTE)
        self.source.setPlaceholderText(self.tr("A person, a document, a file path or a link"))
        form.addRow(self.tr("Source"), self.source)
        self.when = OptionalDate(evidence.date if evidence else None)
        self.has_date, self.date = self.when.has_date, self.when.date
        form.addRow(self.tr("Date"), self.when)
        self.moment = QComboBox()
        self.moment.addItem(self.tr("(no moment)"), None)
        for moment in workshop.contents.moments:
            self.moment.addItem(moment.label, moment.id)
        form.addRow(self.tr("Moment"), self.moment)
        self.add_buttons()
        if evidence is not None and evidence.moment_id is not None:
            self.moment.setCurrentIndex(max(self.moment.findData(evidence.moment_id), 0))

    def values(self) -> EvidenceValues:
        return EvidenceValues(
            text=self.text.toPlainText().strip(),
            source=self.source.text().strip(),
            date=self.when.day(),
            moment_id=self.moment.currentData(),
        )

    def is_complete(self) -> bool:
        if not self.values().text:
            self.text.setFocus()
            return False
        return self.when.is_complete()

    def save(self) -> int:
        values = self.values()
        edits = self.workshop.line_edits
        if self.evidence is None:
            return edits.add_evidence(
                self.line_id,
                self.step_key,
                values.text,
                values.source,
                values.date,
                values.moment_id,
            )
        edits.update_evidence(self.evidence.id, **asdict(values))
        return self.evidence.id

    def failure_title(self) -> str:
        return self.tr("Evidence not saved")
