"""The indicators of the current reasoning line, step by step in the line's reading order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.model import IndicatorKind
from app.ui.control.parts import INDICATORS, LINES, NETWORK
from app.ui.control.workshop import Workshop
from app.ui.dialogs import indicator_form
from app.ui.widgets.plain import plain_tooltip
from app.ui.widgets.record_labels import kind_icon, kind_text
from app.ui.widgets.record_widgets import RecordButtons, empty_state_label, move_buttons
from db.records import Indicator, Line

STEP_ROLE = Qt.ItemDataRole.UserRole
INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 1
ADD_ROLE = Qt.ItemDataRole.UserRole + 2


class IndicatorPanel(QWidget):
    """Each step of the current line with its indicators; add, edit and delete them."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self._line: Line | None = None
        self.stack = QStackedWidget()
        self.empty = empty_state_label()
        self.stack.addWidget(self.empty)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        layout.addWidget(self.title)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Indicators per step"))
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.tree.itemClicked.connect(self._clicked)
        layout.addWidget(self.tree, 1)
        self.up_button, self.down_button = move_buttons(
            self.tr("Move the indicator up within its step"),
            self.tr("Move the indicator down within its step"),
            self.move_selected,
        )
        self.buttons = RecordButtons(self.tr("Add…"), (self.up_button, self.down_button))
        self.add_button, self.edit_button = self.buttons.add, self.buttons.edit
        self.delete_button = self.buttons.delete
        self.add_button.setToolTip(self.tr("Add an indicator to the selected step"))
        self.add_button.clicked.connect(self.add_to_selected_step)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addWidget(self.buttons)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        workshop.noticed.connect(self._noticed)
        workshop.networkOpened.connect(self.refresh)
        workshop.view.currentLineChanged.connect(self.refresh)
        self.refresh()

    # --- showing -------------------------------------------------------------------------------

    def _noticed(self, changes: Changes) -> None:
        if changes.touches(INDICATORS | LINES | NETWORK):
            self.refresh()

    def refresh(self) -> None:
        """Rebuild from the Workshop, keeping the selection and which steps are folded."""
        workshop = self.workshop
        if not workshop.has_network:
            self._show_empty(self.tr("Open or create a network to work on its indicators."))
            return
        line = workshop.current_line()
        self._line = line
        if line is None:
            self._show_empty(
                self.tr(
                    "Save a reasoning line first: indicators belong to the steps of a saved line."
                )
            )
            return
        selected = self._selected_ids()
        folded = {step.data(0, STEP_ROLE) for step in self._steps() if not step.isExpanded()}
        self.title.setText(line.title)
        self.tree.clear()
        indicators = workshop.contents.indicators_of(line.id)
        wording = workshop.wording()
        for step in line.reasoning_line.steps(workshop.model):
            item = QTreeWidgetItem([wording.step_title(step).one_line()])
            item.setData(0, STEP_ROLE, step.ring_key)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            for indicator in (i for i in indicators if i.step_key == step.ring_key):
                item.addChild(self._indicator_item(indicator))
            add = QTreeWidgetItem([self.tr("+ Add indicator…")])
            add.setData(0, ADD_ROLE, step.ring_key)
            add.setForeground(0, self.palette().brush(QPalette.ColorRole.Link))
            add.setToolTip(0, self.tr("Add an indicator to this step"))
            item.addChild(add)
            item.setExpanded(step.ring_key not in folded)
        self.stack.setCurrentIndex(1)
        if selected:
            self.select_indicator(selected[0])
        self._update_buttons()

    def _indicator_item(self, indicator: Indicator) -> QTreeWidgetItem:
        kind = IndicatorKind(indicator.kind)
        name = indicator.name if not indicator.unit else f"{indicator.name} ({indicator.unit})"
        when_who = " · ".join(part for part in (indicator.frequency, indicator.owner) if part)
        details = " · ".join(part for part in (indicator.source, when_who) if part)
        item = QTreeWidgetItem([f"{name}\n{details}" if details else name])
        item.setIcon(0, kind_icon(kind))
        item.setData(0, INDICATOR_ROLE, indicator.id)
        tip = f"{kind_text(kind)}"
        if indicator.insight:
            tip += f"\n{indicator.insight}"
        item.setToolTip(0, plain_tooltip(indicator.name) + plain_tooltip(tip))
        return item

    def _show_empty(self, message: str) -> None:
        self._line = None
        self.tree.clear()
        self.empty.setText(message)
        self.stack.setCurrentIndex(0)
        self._update_buttons()

    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 0

    def empty_message(self) -> str:
        return self.empty.text()

    def step_keys(self) -> list[str]:
        """The steps shown, top to bottom (the line's reading order)."""
        return [str(step.data(0, STEP_ROLE)) for step in self._steps()]

    def _steps(self) -> list[QTreeWidgetItem]:
        """The tree's step rows, top to bottom."""
        tops = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in tops if item is not None]

    @staticmethod
    def _children(step: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        """A step row's rows: its indicators (and the row that adds one)."""
        rows = (step.child(c) for c in range(step.childCount()))
        return [row for row in rows if row is not None]

    def indicator_names(self, step_key: str) -> list[str]:
        for step in self._steps():
            if step.data(0, STEP_ROLE) == step_key:
                return [
                    self._indicator(row).name
                    for row in self._children(step)
                    if row.data(0, INDICATOR_ROLE) is not None
                ]
        raise KeyError(step_key)

    # --- selection -----------------------------------------------------------------------------

    def _indicator(self, item: QTreeWidgetItem) -> Indicator:
        indicator_id = item.data(0, INDICATOR_ROLE)
        return next(i for i in self.workshop.contents.indicators if i.id == indicator_id)

    def _selected_ids(self) -> list[int]:
        return [
            item.data(0, INDICATOR_ROLE)
            for item in self.tree.selectedItems()
            if item.data(0, INDICATOR_ROLE) is not None
        ]

    def selected_indicator(self) -> Indicator | None:
        ids = self._selected_ids()
        if not ids:
            return None
        return next((i for i in self.workshop.contents.indicators if i.id == ids[0]), None)

    def selected_step(self) -> str | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        item = items[0]
        while (parent := item.parent()) is not None:
            item = parent
        return str(item.data(0, STEP_ROLE))

    def select_indicator(self, indicator_id: int) -> None:
        for step in self._steps():
            for row in self._children(step):
                if row.data(0, INDICATOR_ROLE) == indicator_id:
                    self.tree.setCurrentItem(row)
                    return

    def _update_buttons(self) -> None:
        has_line = self._line is not None
        self.add_button.setEnabled(has_line and self.selected_step() is not None)
        self.buttons.set_chosen(self.selected_indicator() is not None)

    # --- actions -------------------------------------------------------------------------------

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        step_key = item.data(0, ADD_ROLE)
        if step_key is not None:
            self.add_to_step(step_key)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, INDICATOR_ROLE) is not None:
            self.edit_selected()

    def add_to_step(self, step_key: str) -> None:
        if self._line is None:
            return
        form = indicator_form.IndicatorForm(self.workshop, self._line.id, step_key, parent=self)
        if form.exec() and form.saved_id is not None:
            self.select_indicator(form.saved_id)

    def add_to_selected_step(self) -> None:
        step_key = self.selected_step()
        if step_key is not None:
            self.add_to_step(step_key)

    def edit_selected(self) -> None:
        indicator = self.selected_indicator()
        if indicator is None:
            return
        form = indicator_form.IndicatorForm(
            self.workshop, indicator.line_id, indicator.step_key, indicator, self
        )
        form.exec()

    def move_selected(self, step: int) -> None:
        """One place up (-1) or down (+1) among the indicators of its step (undoable)."""
        indicator = self.selected_indicator()
        if indicator is None:
            return
        siblings = [
            i.id
            for i in self.workshop.contents.indicators_of(indicator.line_id, indicator.step_key)
        ]
        self.workshop.line_edits.move_indicator(indicator.id, siblings.index(indicator.id) + step)
        self.select_indicator(indicator.id)

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete indicator"),
            self.tr(
                "Delete the indicator “%1” and its measurements? (Undo brings it back.)"
            ).replace("%1", name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        indicator = self.selected_indicator()
        if indicator is not None and self.confirm_delete(indicator.name):
            self.workshop.learning.delete_indicator(indicator.id)
