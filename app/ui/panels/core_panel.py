"""The network and its core (axis): description, own stakeholder names, and the four parts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.limits import MAX_NAME, MAX_TEXT
from app.ui.control.parts import CORE, NETWORK
from app.ui.control.workshop import Workshop
from app.ui.widgets.id_list import ID_ROLE, current_id
from app.ui.widgets.plain import literal_ampersands
from app.ui.widgets.record_widgets import set_plain_text
from app.ui.widgets.text_limits import LimitedItems, limit_line, limit_text
from app.ui.widgets.wrapping_scroll import WrappingScrollArea


class CorePartList(QWidget):
    """One part of the core (partners, identity & purpose, resources, activities) as a list."""

    def __init__(self, workshop: Workshop, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.kind = kind
        self.list = QListWidget()
        self.list.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked
            | QListWidget.EditTrigger.EditKeyPressed
            | QListWidget.EditTrigger.SelectedClicked
        )
        self.list.setMaximumHeight(120)
        self.list.setItemDelegate(LimitedItems(MAX_TEXT, self.list))
        self.entry = limit_line(QLineEdit(), MAX_TEXT)
        self.entry.setPlaceholderText(self.tr("Add an entry and press Enter"))
        self.remove = QPushButton(self.tr("Remove"))
        self.up = QPushButton("↑")
        self.up.setToolTip(self.tr("Move up"))
        self.down = QPushButton("↓")
        self.down.setToolTip(self.tr("Move down"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.entry, 1)
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.entry.returnPressed.connect(self.add_entry)
        self.remove.clicked.connect(self.remove_entry)
        self.up.clicked.connect(lambda: self.move_entry(-1))
        self.down.clicked.connect(lambda: self.move_entry(1))
        self.list.itemChanged.connect(self.edit_entry)

    def refresh(self) -> None:
        entries = [e for e in self.workshop.contents.core if e.kind == self.kind]
        selected = self.selected_id()
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry.text)
            item.setData(ID_ROLE, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if entry.id == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(blocked)

    def selected_id(self) -> int | None:
        return current_id(self.list)

    def add_entry(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.workshop.core_edits.add_core_entry(self.kind, text)
            self.entry.clear()

    def edit_entry(self, item: QListWidgetItem) -> None:
        text = item.text().strip()
        if text:
            self.workshop.core_edits.edit_core_entry(item.data(ID_ROLE), text)
        else:
            self.refresh()  # an emptied entry is not a deletion: Remove is

    def remove_entry(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.workshop.core_edits.delete_core_entry(entry_id)

    def move_entry(self, delta: int) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.workshop.core_edits.move_core_entry(entry_id, self.list.currentRow() + delta)


class CorePanel(WrappingScrollArea):
    """Edits what the wheel's axis shows: the network and what its partners put in."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        body = QWidget()
        layout = QVBoxLayout(body)
        self.empty = QLabel(self.tr("Open or create a network to describe its core."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.network_box = QGroupBox(self.tr("Network"))
        form = QFormLayout(self.network_box)
        self.description = QPlainTextEdit()
        self.description_limit = limit_text(self.description, MAX_TEXT)
        self.description.setPlaceholderText(self.tr("What is this network about?"))
        self.description.setMaximumHeight(80)
        form.addRow(self.tr("Description"), self.description)
        self.stakeholders: dict[str, QLineEdit] = {}
        for segment in workshop.model.stakeholder_ring.segments:
            field = limit_line(QLineEdit(), MAX_NAME)
            field.setProperty("segment_key", segment.key)
            self.stakeholders[segment.key] = field
            label = QLabel()
            label.setBuddy(field)  # names the field for a screen reader
            form.addRow(label, field)
            field.textEdited.connect(
                lambda text, key=segment.key: self.workshop.set_stakeholder_name(key, text)
            )
        layout.addWidget(self.network_box)
        self.parts: dict[str, CorePartList] = {}
        self.part_boxes: list[QGroupBox] = []
        for part in workshop.model.core.segments:
            box = QGroupBox()
            box_layout = QVBoxLayout(box)
            definition = QLabel()
            definition.setWordWrap(True)
            definition.setTextFormat(Qt.TextFormat.PlainText)
            box_layout.addWidget(definition)
            part_list = CorePartList(workshop, part.key)
            box_layout.addWidget(part_list)
            self.parts[part.key] = part_list
            self.part_boxes.append(box)
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        self.description.textChanged.connect(
            lambda: self.workshop.set_description(self.description.toPlainText())
        )
        workshop.networkOpened.connect(self.refresh)
        workshop.noticed.connect(self._noticed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        language = self.workshop.language
        form = self.network_box.layout()
        assert isinstance(form, QFormLayout)  # built so in __init__
        for segment in self.workshop.model.stakeholder_ring.segments:
            field = self.stakeholders[segment.key]
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(segment.label.in_(language))
            field.setPlaceholderText(
                self.tr("Own name, e.g. “%1”").replace("%1", segment.label.in_(language))
            )
        self.setAccessibleName(self.tr("Core"))
        for box, part in zip(self.part_boxes, self.workshop.model.core.segments, strict=True):
            box.setTitle(literal_ampersands(part.label.in_(language)))
            part_list = self.parts[part.key]
            part_list.list.setAccessibleName(part.label.in_(language))
            part_list.entry.setAccessibleName(
                self.tr("New entry for %1").replace("%1", part.label.in_(language))
            )
            definition = box.findChild(QLabel)
            if definition is not None:
                definition.setText(part.definition.in_(language))

    def _noticed(self, changes: Changes) -> None:
        if changes.touches(CORE | NETWORK):
            self.refresh()

    def refresh(self) -> None:
        has_network = self.workshop.has_network
        self.empty.setVisible(not has_network)
        self.network_box.setVisible(has_network)
        for box in self.part_boxes:
            box.setVisible(has_network)
        if not has_network:
            return
        network = self.workshop.contents.network
        set_plain_text(self.description, network.description)
        for key, field in self.stakeholders.items():
            set_plain_text(field, network.stakeholder(key).name)
        for part_list in self.parts.values():
            part_list.refresh()
