"""Split an indicator by group (one or two dimensions, each with its groups), say how the
whole follows from the groups, give the baseline as a value; and enter a moment's values
per group. Bad input is one plain sentence in the form; the store stays as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.groups import MAX_DIMENSIONS, Cell, WholeRule
from app.core.limits import MAX_LABEL, MAX_TEXT
from app.core.model import IndicatorKind
from app.ui.control import group_edits
from app.ui.control.workshop import Workshop
from app.ui.panels.indicator_trend import format_number, parse_number
from app.ui.widgets.date_field import date_edit
from db.errors import InvalidValueError
from db.group_specs import DimensionSpec, GroupsInUseError, GroupSpec
from db.records import Indicator
from db.trends import group_cells


def _problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("groups_problem")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a33;")
    return label


class GroupsDialog(QDialog):
    """Dimensions (a name and one group per line), the whole's rule and the baseline."""

    def __init__(
        self, workshop: Workshop, indicator: Indicator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("groups_dialog")
        self.workshop = workshop
        self.indicator = indicator
        self.setWindowTitle(self.tr("Groups of “%1”").replace("%1", indicator.name))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Split the measurements by one or two dimensions, e.g. “school” with a group "
                "per school. One group per line; renaming a group keeps its entries."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        existing = workshop.contents.dimensions_of(indicator.id)
        self.names: list[QLineEdit] = []
        self.groups: list[QPlainTextEdit] = []
        for place in range(MAX_DIMENSIONS):
            found = existing[place] if place < len(existing) else None
            box = QGroupBox(self.tr("Dimension %1").replace("%1", str(place + 1)))
            form = QFormLayout(box)
            name = QLineEdit(found.name if found else "")
            name.setMaxLength(MAX_LABEL)
            name.setPlaceholderText(self.tr("e.g. school, neighbourhood, age"))
            name.setAccessibleName(self.tr("Name of dimension %1").replace("%1", str(place + 1)))
            groups = QPlainTextEdit("\n".join(g.name for g in found.groups) if found else "")
            groups.setTabChangesFocus(True)
            groups.setFixedHeight(90)
            groups.setAccessibleName(
                self.tr("Groups of dimension %1, one per line").replace("%1", str(place + 1))
            )
            form.addRow(self.tr("Name"), name)
            form.addRow(self.tr("Groups"), groups)
            layout.addWidget(box)
            self.names.append(name)
            self.groups.append(groups)
        form = QFormLayout()
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("How the whole follows from the groups"))
        self.rule.addItem(self.tr("not chosen (not computed)"), None)
        self.rule.addItem(self.tr("the sum of the groups (counts)"), WholeRule.SUM)
        self.rule.addItem(self.tr("the mean of the groups (scores)"), WholeRule.MEAN)
        self.rule.addItem(self.tr("not computable (e.g. percentages)"), WholeRule.NOT_COMPUTABLE)
        self.rule.setCurrentIndex(max(0, self.rule.findData(indicator.whole_rule)))
        form.addRow(self.tr("The whole"), self.rule)
        self.baseline = QLineEdit(format_number(indicator.baseline_value))
        self.baseline.setPlaceholderText(self.tr("a number, e.g. 20"))
        self.baseline.setAccessibleName(self.tr("Baseline value"))
        self.baseline.setEnabled(indicator.kind is IndicatorKind.QUANTITATIVE)
        form.addRow(self.tr("Baseline value"), self.baseline)
        self.baseline_date = date_edit()
        self.baseline_date.set_day(indicator.baseline_date)
        self.baseline_date.setAccessibleName(self.tr("Date of the baseline"))
        form.addRow(self.tr("Baseline date"), self.baseline_date)
        self.baseline_note = QLineEdit(indicator.baseline_note)
        self.baseline_note.setMaxLength(MAX_TEXT)
        self.baseline_note.setAccessibleName(self.tr("Note on the baseline"))
        form.addRow(self.tr("Baseline note"), self.baseline_note)
        layout.addLayout(form)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def specs(self) -> list[DimensionSpec]:
        """The dimensions typed, keeping the ids of the dimensions and groups in their place
        (a renamed group keeps its entries)."""
        existing = self.workshop.contents.dimensions_of(self.indicator.id)
        specs = []
        for place, (name, groups) in enumerate(zip(self.names, self.groups, strict=True)):
            typed = [line.strip() for line in groups.toPlainText().splitlines() if line.strip()]
            if not name.text().strip() and not typed:
                continue
            found = existing[place] if place < len(existing) else None
            old = list(found.groups) if found else []
            specs.append(
                DimensionSpec(
                    name.text().strip(),
                    tuple(
                        GroupSpec(text, old[index].id if index < len(old) else None)
                        for index, text in enumerate(typed)
                    ),
                    found.id if found else None,
                )
            )
        return specs

    def accept(self) -> None:
        try:
            value = parse_number(self.baseline.text())
        except ValueError:
            self.problem.setText(
                self.tr("The baseline value “%1” is not a number.").replace(
                    "%1", self.baseline.text()
                )
            )
            return
        if not self.baseline_date.is_valid():
            self.problem.setText(self.tr("The baseline date is not a date (e.g. 15-02-2025)."))
            return
        baseline = (value, self.baseline_date.day(), self.baseline_note.text())
        specs = self.specs()
        try:
            group_edits.save_groups(
                self.workshop, self.indicator, specs, self.rule.currentData(), baseline
            )
        except GroupsInUseError as error:
            if not self._merge_asked(error.count):
                return
            group_edits.save_groups(
                self.workshop,
                self.indicator,
                specs,
                self.rule.currentData(),
                baseline,
                merge=True,
            )
        except InvalidValueError as error:
            self.problem.setText(self.explain(str(error)))
            return
        super().accept()

    def _merge_asked(self, count: int) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Groups in use"),
            self.tr(
                "%1 entries or targets belong to groups you removed. Merge them into the "
                "whole, or keep the groups?"
            ).replace("%1", str(count)),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        merge = box.addButton(self.tr("Merge into the whole"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep the groups"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is merge

    def explain(self, problem: str) -> str:
        """The store's refusal in the user's language."""
        if "at least one group" in problem:
            return self.tr("Each dimension needs at least one group.")
        if "appears twice" in problem:
            return self.tr("A name appears twice; each dimension and group needs its own.")
        if "cannot be empty" in problem:
            return self.tr("A dimension with groups needs a name.")
        return self.tr("The groups could not be saved: %1").replace("%1", problem)


class GroupEntryDialog(QDialog):
    """A moment's values per group: one field per group (both dimensions: per pair)."""

    def __init__(
        self, workshop: Workshop, indicator: Indicator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("group_entry_dialog")
        self.workshop = workshop
        self.indicator = indicator
        contents = workshop.contents
        self.setWindowTitle(self.tr("Values per group: %1").replace("%1", indicator.name))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.moment = QComboBox()
        self.moment.setAccessibleName(self.tr("Moment"))
        for moment in contents.moments:
            self.moment.addItem(moment.label, moment.id)
        top.addRow(self.tr("Moment"), self.moment)
        layout.addLayout(top)
        rows = QWidget()
        form = QFormLayout(rows)
        self.fields: list[tuple[Cell, str, QLineEdit]] = []
        for cell in group_cells(contents, indicator):
            label = contents.group_label(indicator.id, cell)
            field = QLineEdit()
            field.setPlaceholderText(self.tr("a number"))
            field.setAccessibleName(self.tr("Value of %1").replace("%1", label))
            form.addRow(label, field)
            self.fields.append((cell, label, field))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        scroll.setMaximumHeight(420)
        layout.addWidget(scroll)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        values: list[tuple[Cell, float]] = []
        for cell, label, field in self.fields:
            try:
                value = parse_number(field.text())
            except ValueError:
                self.problem.setText(
                    self.tr("“%1” for %2 is not a number.")
                    .replace("%1", field.text())
                    .replace("%2", label)
                )
                field.setFocus()
                return
            if value is not None:
                values.append((cell, value))
        moment_id = self.moment.currentData()
        if moment_id is None:
            self.problem.setText(self.tr("Add a moment to the learning path first."))
            return
        if not values:
            self.problem.setText(self.tr("Fill in a value for at least one group."))
            return
        group_edits.add_group_entries(self.workshop, self.indicator.id, moment_id, values)
        super().accept()
