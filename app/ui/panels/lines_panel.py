"""The saved reasoning lines: pick one to turn the wheel to it; rename, status, delete."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.limits import MAX_NAME
from app.ui.control.parts import LINES, NETWORK
from app.ui.control.workshop import Workshop
from app.ui.panels.line_panel import plausibility_label
from app.ui.widgets.id_list import ID_ROLE, current_id
from app.ui.widgets.plain import plain_tooltip
from app.ui.widgets.record_labels import status_label
from app.ui.widgets.text_limits import ask_text
from db.records import LineStatus


class LinesPanel(QWidget):
    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.list = QListWidget()
        self.status = QComboBox()
        for status in LineStatus:
            self.status.addItem("", status)
        self.rename = QPushButton()
        self.duplicate = QPushButton()
        self.delete = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.rename)
        buttons.addWidget(self.duplicate)
        buttons.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemClicked.connect(self._picked)
        self.list.itemActivated.connect(self._picked)
        self.list.currentItemChanged.connect(lambda *_: self._sync_buttons())
        self.status.activated.connect(self._status_chosen)
        self.rename.clicked.connect(self.rename_line)
        self.duplicate.clicked.connect(self.duplicate_line)
        self.delete.clicked.connect(self.delete_line)
        workshop.networkOpened.connect(self.refresh)
        workshop.view.currentLineChanged.connect(self.refresh)
        workshop.noticed.connect(self._noticed)
        self.retranslate()

    def retranslate(self) -> None:
        self.rename.setText(self.tr("Rename…"))
        self.list.setAccessibleName(self.tr("Saved lines"))
        self.duplicate.setText(self.tr("Duplicate…"))
        self.delete.setText(self.tr("Delete…"))
        for index, status in enumerate(LineStatus):
            self.status.setItemText(index, status_label(status))
        self.refresh()

    def _noticed(self, changes: Changes) -> None:
        if changes.touches(LINES | NETWORK):
            self.refresh()

    def selected_id(self) -> int | None:
        return current_id(self.list)

    def refresh(self) -> None:
        workshop = self.workshop
        blocked = self.list.blockSignals(True)
        self.list.clear()
        lines = workshop.contents.lines if workshop.has_network else ()
        for line in lines:
            weakest = line.weakest_step
            where = workshop.model.ring(weakest.key).short_label.in_(workshop.language)
            item = QListWidgetItem(
                f"{line.title or '—'}\n{status_label(line.status)} · "
                + self.tr("weakest step: %1 %2")
                .replace("%1", where)
                .replace("%2", plausibility_label(weakest.plausibility))
            )
            item.setData(ID_ROLE, line.id)
            item.setToolTip(plain_tooltip(line.title) if line.title else "")
            self.list.addItem(item)
            if line.id == workshop.current_line_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(blocked)
        if not workshop.has_network:
            self.empty.setText(self.tr("No network is open."))
        else:
            self.empty.setText(
                self.tr(
                    "No saved lines yet. Turn the rings until a line tells a story, "
                    "then save it with Ctrl+S."
                )
            )
        self.empty.setVisible(not lines)
        self.list.setVisible(bool(lines))
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        line_id = self.selected_id()
        for widget in (self.status, self.rename, self.duplicate, self.delete):
            widget.setEnabled(line_id is not None)
        if line_id is not None:
            line = next(line for line in self.workshop.contents.lines if line.id == line_id)
            self.status.setCurrentIndex(list(LineStatus).index(line.status))

    def _picked(self, item: QListWidgetItem) -> None:
        self.workshop.turn_to_line(item.data(ID_ROLE))

    def _status_chosen(self, index: int) -> None:
        line_id = self.selected_id()
        if line_id is not None:
            self.workshop.set_line_status(line_id, LineStatus(self.status.itemData(index)))

    def rename_line(self) -> None:
        line_id = self.selected_id()
        if line_id is None:
            return
        line = next(line for line in self.workshop.contents.lines if line.id == line_id)
        title, accepted = ask_text(
            self, self.tr("Rename line"), self.tr("Title"), MAX_NAME, line.title
        )
        if accepted and title.strip():
            self.workshop.rename_line(line_id, title.strip())

    def duplicate_line(self) -> None:
        line_id = self.selected_id()
        if line_id is None:
            return
        line = next(line for line in self.workshop.contents.lines if line.id == line_id)
        title, accepted = ask_text(
            self,
            self.tr("Duplicate line"),
            self.tr("Title of the copy"),
            MAX_NAME,
            self.tr("%1 (copy)").replace("%1", line.title),
        )
        if accepted and title.strip():
            self.workshop.line_edits.duplicate_line(line_id, title.strip())

    def delete_line(self) -> None:
        line_id = self.selected_id()
        if line_id is None:
            return
        line = next(line for line in self.workshop.contents.lines if line.id == line_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete line"),
            self.tr(
                "Delete the line “%1” with its indicators? Edit → Undo brings it back."
            ).replace("%1", line.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.workshop.delete_line(line_id)
