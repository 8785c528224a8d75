"""The guided indicator form: the six steps of the indicator plan (Bijlage 2), in order.

It starts from "what do we want to know?", not from "what data do we have?". The steps'
titles, questions and help come from the model (`model.indicator_plan`); the form only adds
the fields. One form adds a new indicator or edits an existing one; either way the change
goes through the Workshop, so it is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.limits import MAX_NAME, MAX_TEXT
from app.core.model import IndicatorKind, PlanStep
from app.ui.control.workshop import Workshop
from app.ui.dialogs.record_dialog import save_or_explain
from app.ui.widgets.record_labels import kind_icon, kind_text
from app.ui.widgets.text_limits import limit_line, limit_text
from app.ui.widgets.wrapping_scroll import WrappingScrollArea
from db.records import Indicator, SourceKind

NAME_LIMIT = 200  # the store's limit for names
KIND_COLOURS = {IndicatorKind.QUANTITATIVE: "#2f7f8f", IndicatorKind.QUALITATIVE: "#b0603a"}
# A language-neutral mark per kind: a number sign for counts, a quotation mark for stories.


def _plain_label(text: str = "", *, wrap: bool = True, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if muted:
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    limit_text(box, MAX_TEXT)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class PlanPage(QWizardPage):
    """One step of the plan: its number and label as title, its question and help on top."""

    def __init__(self, number: int, step: PlanStep, workshop: Workshop) -> None:
        super().__init__()
        language = workshop.language
        self.step = step
        self.setTitle(
            self.tr("Step %1 of %2 · %3")
            .replace("%1", str(number))
            .replace("%2", str(len(workshop.model.indicator_plan)))
            .replace("%3", step.label.in_(language))
        )
        # The page's content scrolls when a large system font makes it taller than the form.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = WrappingScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.title())
        outer.addWidget(scroll)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(8)
        self.lead = _plain_label()
        lead_font = self.lead.font()
        lead_font.setBold(True)
        lead_font.setPointSizeF(lead_font.pointSizeF() * 1.15)
        self.lead.setFont(lead_font)
        self.lead.hide()
        layout.addWidget(self.lead)
        self.question = _plain_label(step.question.in_(language))
        question_font = self.question.font()
        question_font.setBold(True)
        self.question.setFont(question_font)
        layout.addWidget(self.question)
        self.help = _plain_label(step.help.in_(language), muted=True)
        layout.addWidget(self.help)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        layout.addStretch(1)
        scroll.setWidget(body)


class IndicatorForm(QWizard):
    """Add an indicator to one step of a line (`indicator` None) or edit `indicator`."""

    def __init__(
        self,
        workshop: Workshop,
        line_id: int,
        step_key: str,
        indicator: Indicator | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.line_id = line_id
        self.step_key = step_key
        self.indicator = indicator
        self.saved_id: int | None = None
        self._checks_touched: set[str] = set()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Editing: every step is already filled in, so finishing early is fine.
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, indicator is not None)
        self.setWindowTitle(self.tr("Edit indicator") if indicator else self.tr("New indicator"))
        self.setMinimumSize(680, 660)
        plan = workshop.model.indicator_plan
        self.plan_pages = [PlanPage(n, step, workshop) for n, step in enumerate(plan, start=1)]
        builders = (
            self._build_insight,
            self._build_source,
            self._build_check,
            self._build_frequency,
            self._build_interpretation,
            self._build_communication,
        )
        for page, build in zip(self.plan_pages, builders, strict=False):
            build(page)
            self.addPage(page)
        if indicator is not None:
            self._fill(indicator)
            for page in self.plan_pages:
                page.setFinalPage(True)

    # --- the steps -------------------------------------------------------------------------

    def _build_insight(self, page: PlanPage) -> None:
        page.lead.setText(self.tr("What do we want to know?"))
        page.lead.show()
        self.suggestions = QListWidget()
        self.suggestions.setToolTip(self.tr("Click a suggestion to use it as a starting point"))
        self.suggestions.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.suggestions.itemClicked.connect(self.use_suggestion)
        self.suggestions.itemActivated.connect(self.use_suggestion)  # Enter, without a mouse
        self._fill_suggestions()
        if self.suggestions.count():
            page.form.addRow(self.tr("Suggestions"), self.suggestions)
        else:
            self.suggestions.hide()
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Number of teachers reached"))
        page.registerField("name*", self.name)
        page.form.addRow(self.tr("Indicator"), self.name)
        self.quantitative = QRadioButton(self.tr("Quantitative (numbers)"))
        self.qualitative = QRadioButton(self.tr("Qualitative (stories, quotes, images)"))
        self.quantitative.setChecked(True)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.quantitative)
        self.kinds.addButton(self.qualitative)
        kinds = QWidget()
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        kinds_layout.addWidget(self.quantitative)
        kinds_layout.addWidget(self.qualitative)
        page.form.addRow(self.tr("Kind"), kinds)
        self.unit = limit_line(QLineEdit(), MAX_TEXT)
        self.unit.setPlaceholderText(self.tr("e.g. participants, %, euro"))
        page.form.addRow(self.tr("Unit"), self.unit)
        self.quantitative.toggled.connect(self.unit.setEnabled)
        self.insight = _text_box(2)
        self.insight.setPlaceholderText(self.tr("What do we want to learn from it?"))
        page.form.addRow(self.tr("Insight"), self.insight)
        self.insight_audience = limit_line(QLineEdit(), MAX_TEXT)
        page.form.addRow(self.tr("For whom"), self.insight_audience)
        self.cost = limit_line(QLineEdit(), MAX_TEXT)
        self.cost.setPlaceholderText(self.tr("Time and money it takes to capture it well"))
        page.form.addRow(self.tr("Cost"), self.cost)
        self.form_field = limit_line(QLineEdit(), MAX_TEXT)
        self.form_field.setPlaceholderText(self.tr("e.g. figure, survey, story, photo"))
        page.form.addRow(self.tr("Form"), self.form_field)

    def _build_source(self, page: PlanPage) -> None:
        self.existing = QRadioButton(self.tr("An existing source"))
        self.new_instrument = QRadioButton(self.tr("A new instrument"))
        self.undecided = QRadioButton(self.tr("Not decided yet"))
        self.undecided.setChecked(True)
        self.sources = QButtonGroup(self)
        choice = QWidget()
        choice_layout = QVBoxLayout(choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.existing, self.new_instrument, self.undecided):
            self.sources.addButton(button)
            choice_layout.addWidget(button)
        page.form.addRow(self.tr("Measure with"), choice)
        self.source = _text_box(3)
        self.source.setPlaceholderText(
            self.tr("Which report, register or database; or which survey, interview or log")
        )
        page.form.addRow(self.tr("Source or instrument"), self.source)

    def _build_check(self, page: PlanPage) -> None:
        self.valid = QCheckBox(self.tr("Valid: it shows what we want to know"))
        self.measurable = QCheckBox(self.tr("Measurable: it can be collected readily"))
        self.relevant = QCheckBox(self.tr("Relevant: it matters for our goals"))
        for field, box in self._check_boxes().items():
            box.toggled.connect(lambda _on, field=field: self._checks_touched.add(field))
            page.form.addRow(box)
        self.check_note = _text_box(3)
        self.check_note.setPlaceholderText(self.tr("Doubts, reliability of the source, …"))
        page.form.addRow(self.tr("Note"), self.check_note)

    def _build_frequency(self, page: PlanPage) -> None:
        self.frequency = QComboBox()
        self.frequency.setEditable(True)
        self.frequency.addItems(
            [
                "",
                self.tr("once"),
                self.tr("per gathering"),
                self.tr("every quarter"),
                self.tr("every school year"),
                self.tr("every year"),
            ]
        )
        frequency_edit = self.frequency.lineEdit()
        if frequency_edit is not None:  # an editable combo box always has one
            frequency_edit.setPlaceholderText(self.tr("How often"))
        page.form.addRow(self.tr("Frequency"), self.frequency)
        self.owner = limit_line(QLineEdit(), MAX_TEXT)
        self.owner.setPlaceholderText(self.tr("Who collects it"))
        page.form.addRow(self.tr("Owner"), self.owner)

    def _build_interpretation(self, page: PlanPage) -> None:
        self.baseline = limit_line(QLineEdit(), MAX_TEXT)
        self.baseline.setPlaceholderText(self.tr("Where we start"))
        page.form.addRow(self.tr("Baseline"), self.baseline)
        self.target = limit_line(QLineEdit(), MAX_TEXT)
        self.target.setPlaceholderText(self.tr("What we aim for"))
        page.form.addRow(self.tr("Target"), self.target)
        self.interpretation = _text_box(4)
        self.interpretation.setPlaceholderText(
            self.tr("What does the outcome mean against the goals?")
        )
        page.form.addRow(self.tr("Interpretation"), self.interpretation)

    def _build_communication(self, page: PlanPage) -> None:
        self.audience = limit_line(QLineEdit(), MAX_TEXT)
        self.audience.setPlaceholderText(self.tr("e.g. partners, board, municipality"))
        page.form.addRow(self.tr("Audience"), self.audience)
        self.communication = _text_box(4)
        self.communication.setPlaceholderText(self.tr("How, in what form, and for what purpose"))
        page.form.addRow(self.tr("Communication"), self.communication)

    # --- suggestions -------------------------------------------------------------------------

    def _segment_key(self) -> str | None:
        line = next(
            (line for line in self.workshop.contents.lines if line.id == self.line_id), None
        )
        if line is None:
            return None
        return next((s.segment_key for s in line.steps if s.key == self.step_key), None)

    def _fill_suggestions(self) -> None:
        key = self._segment_key()
        if key is None:
            return
        for example in self.workshop.model.segment(key).example_indicators:
            item = QListWidgetItem(
                kind_icon(example.kind), example.name.in_(self.workshop.language)
            )
            item.setData(Qt.ItemDataRole.UserRole, example.kind.value)
            item.setToolTip(kind_text(example.kind))
            self.suggestions.addItem(item)

    def use_suggestion(self, item: QListWidgetItem) -> None:
        """Fill in the name and kind of a model example; the facilitator adapts it."""
        self.name.setText(item.text())
        kind = IndicatorKind(item.data(Qt.ItemDataRole.UserRole))
        self.set_kind(kind)

    def set_kind(self, kind: IndicatorKind) -> None:
        (self.quantitative if kind is IndicatorKind.QUANTITATIVE else self.qualitative).setChecked(
            True
        )

    # --- values ------------------------------------------------------------------------------

    def _check_boxes(self) -> dict[str, QCheckBox]:
        return {"valid": self.valid, "measurable": self.measurable, "relevant": self.relevant}

    def _fill(self, indicator: Indicator) -> None:
        self.name.setText(indicator.name)
        self.set_kind(indicator.kind)
        for field in ("unit", "insight_audience", "cost", "baseline", "target", "audience"):
            getattr(self, field).setText(getattr(indicator, field))
        self.form_field.setText(indicator.form)
        self.owner.setText(indicator.owner)
        self.frequency.setCurrentText(indicator.frequency)
        for field in ("insight", "source", "check_note", "interpretation", "communication"):
            getattr(self, field).setPlainText(getattr(indicator, field))
        source_kind = indicator.source_kind
        if source_kind == SourceKind.EXISTING:
            self.existing.setChecked(True)
        elif source_kind is not None:
            self.new_instrument.setChecked(True)
        for field, box in self._check_boxes().items():
            box.setChecked(bool(getattr(indicator, field)))
        self._checks_touched.clear()

    def kind(self) -> IndicatorKind:
        if self.qualitative.isChecked():
            return IndicatorKind.QUALITATIVE
        return IndicatorKind.QUANTITATIVE

    def values(self) -> dict[str, Any]:
        """Everything the form holds, as `add_indicator`/`update_indicator` fields."""
        kind = self.kind()
        if self.existing.isChecked():
            source_kind: SourceKind | None = SourceKind.EXISTING
        elif self.new_instrument.isChecked():
            source_kind = SourceKind.NEW
        else:
            source_kind = None
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "kind": kind,
            "unit": self.unit.text().strip() if kind is IndicatorKind.QUANTITATIVE else "",
            "insight": self.insight.toPlainText().strip(),
            "insight_audience": self.insight_audience.text().strip(),
            "cost": self.cost.text().strip(),
            "form": self.form_field.text().strip(),
            "source_kind": source_kind,
            "source": self.source.toPlainText().strip(),
            "check_note": self.check_note.toPlainText().strip(),
            "frequency": self.frequency.currentText().strip(),
            "owner": self.owner.text().strip(),
            "baseline": self.baseline.text().strip(),
            "target": self.target.text().strip(),
            "interpretation": self.interpretation.toPlainText().strip(),
            "audience": self.audience.text().strip(),
            "communication": self.communication.toPlainText().strip(),
        }
        # Once the check has been done (any box ticked, now or before), an unticked box means
        # "not confirmed"; a check nobody did stays "not checked yet" (None).
        boxes = self._check_boxes()
        before = [getattr(self.indicator, field) for field in boxes] if self.indicator else []
        checked = bool(self._checks_touched) or any(value is not None for value in before)
        for field, box in boxes.items():
            values[field] = True if box.isChecked() else (False if checked else None)
        return values

    def changes(self) -> dict[str, Any]:
        """For an edit: only the fields that differ from the indicator as it was."""
        values = self.values()
        if self.indicator is None:
            return values
        return {
            field: value
            for field, value in values.items()
            if _comparable(getattr(self.indicator, field)) != _comparable(value)
        }

    def save(self) -> int | None:
        """Write the form through the Workshop (one undo step); the indicator's id."""
        values = self.values()
        if self.indicator is None:
            name = values.pop("name")
            kind = values.pop("kind")
            self.saved_id = self.workshop.learning.add_indicator(
                self.line_id, self.step_key, name, kind, **values
            )
        else:
            changes = self.changes()
            if changes:
                self.workshop.learning.update_indicator(
                    self.indicator.id, seen=self.indicator.version, **changes
                )
            self.saved_id = self.indicator.id
        return self.saved_id

    def accept(self) -> None:
        if not self.name.text().strip():
            self.restart()
            self.name.setFocus()
            return
        if save_or_explain(self, self.tr("Indicator not saved"), self.save):
            super().accept()


def _comparable(value: object) -> object:
    """Enum members and their stored strings compare equal."""
    return getattr(value, "value", value)


def add_indicator(
    parent: QWidget | None, workshop: Workshop, line_id: int, step_key: str
) -> int | None:
    """Open the form for a new indicator on a step; the new id, or None when cancelled."""
    form = IndicatorForm(workshop, line_id, step_key, parent=parent)
    return form.saved_id if form.exec() else None


def edit_indicator(parent: QWidget | None, workshop: Workshop, indicator: Indicator) -> bool:
    """Open the form on an existing indicator; whether it was saved."""
    form = IndicatorForm(workshop, indicator.line_id, indicator.step_key, indicator, parent)
    return bool(form.exec())
