"""The post-its (geeltjes) of the open network: a list to read, filter by moment and edit.

The moment filter is the workshop's view state (`workshop.view`), which the wheel, the wall
and the quick bar follow too (the wheel takes its post-its from the contents and the view
state, not from this panel).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.ui.control.parts import MOMENTS, NETWORK, NOTES
from app.ui.control.workshop import Workshop
from app.ui.dialogs import note_dialog
from app.ui.dialogs.note_dialog import segment_label
from app.ui.widgets.id_list import ID_ROLE, current_id, select_id
from app.ui.widgets.plain import literal_ampersands, plain_tooltip
from app.ui.widgets.record_labels import colour_icon
from app.ui.widgets.record_widgets import RecordButtons, empty_state_label
from db.records import Note

WheelNote = tuple[int, str, str, str]  # id, segment key, text, colour: what the wheel shows


def visible_notes(workshop: Workshop) -> list[Note]:
    """The open network's post-its the view state's moment filter lets through."""
    if not workshop.has_network:
        return []
    moment_id = workshop.view.moment_filter()
    notes = workshop.contents.notes
    return [note for note in notes if moment_id is None or note.moment_id == moment_id]


def wheel_notes(workshop: Workshop) -> list[WheelNote]:
    """The same as the wheel wants them: (id, segment key, text, colour)."""
    return [(n.id, n.segment_key, n.text, n.colour) for n in visible_notes(workshop)]


class NotesPanel(QWidget):
    """The network's post-its, all or those of one moment; add, edit, move and delete them."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.view = workshop.view
        self.stack = QStackedWidget()
        self.empty = empty_state_label()
        self.stack.addWidget(self.empty)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        show = QLabel(self.tr("Show"))
        filter_row.addWidget(show)
        self.filter = QComboBox()
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        show.setBuddy(self.filter)
        filter_row.addWidget(self.filter, 1)
        layout.addLayout(filter_row)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Post-its"))
        self.list.setIconSize(QSize(20, 20))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.list, 1)
        self.no_notes = empty_state_label()
        layout.addWidget(self.no_notes, 1)
        self.move_button = QToolButton()
        self.move_button.setText(self.tr("Move to"))
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.buttons = RecordButtons(self.tr("Add…"), [self.move_button])
        self.add_button, self.edit_button = self.buttons.add, self.buttons.edit
        self.delete_button = self.buttons.delete
        self.add_button.clicked.connect(lambda: self.add_note())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addWidget(self.buttons)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        workshop.noticed.connect(self._noticed)
        workshop.networkOpened.connect(self.refresh)
        self.view.momentFilterChanged.connect(self._show_filter)
        self.refresh()

    # --- showing -------------------------------------------------------------------------------

    def _noticed(self, changes: Changes) -> None:
        if changes.touches(MOMENTS | NETWORK):
            self.refresh()  # the filter's moments, the menu's segment names
        elif changes.touches(NOTES):
            self._fill_list()

    def refresh(self) -> None:
        if not self.workshop.has_network:
            self.empty.setText(self.tr("Open or create a network to collect its post-its."))
            self.stack.setCurrentIndex(0)
            self.list.clear()
            self._update_buttons()
            return
        self.stack.setCurrentIndex(1)
        contents = self.workshop.contents
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("all moments"), None)
        for moment in contents.moments:
            self.filter.addItem(self.tr("moment %1").replace("%1", moment.label), moment.id)
        self.filter.setCurrentIndex(max(self.filter.findData(self.view.moment_filter()), 0))
        self.filter.blockSignals(False)
        self._fill_list()
        self._fill_move_menu()

    def _fill_list(self) -> None:
        selected = self.selected_note()
        self.list.clear()
        places: dict[str, str] = {}  # each segment's words once, not once per post-it
        for note in self.visible_notes():
            place = places.get(note.segment_key)
            if place is None:
                place = places[note.segment_key] = segment_label(self.workshop, note.segment_key)
            item = QListWidgetItem(colour_icon(note.colour, 20), f"{place}\n{note.text}")
            item.setData(ID_ROLE, note.id)
            item.setToolTip(plain_tooltip(note.text))
            self.list.addItem(item)
            if selected is not None and selected.id == note.id:
                self.list.setCurrentItem(item)
        empty = self.list.count() == 0
        if self.view.moment_filter() is None:
            hint = self.tr(
                "No post-its yet. Double-click a segment of the wheel, or press Add, "
                "to stick one on."
            )
        else:
            hint = self.tr("No post-its for this moment.")
        self.no_notes.setText(hint)
        self.no_notes.setVisible(empty)
        self.list.setVisible(not empty)
        self._update_buttons()

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        for key, label in note_dialog.segment_choices(self.workshop):
            action = self.move_menu.addAction(literal_ampersands(label))
            action.triggered.connect(lambda _=False, key=key: self.move_selected(key))

    def visible_notes(self) -> list[Note]:
        if not self.workshop.has_network:
            return []
        return visible_notes(self.workshop)

    def shown_notes(self) -> list[WheelNote]:
        """The filtered notes as the wheel wants them: (id, segment key, text, colour)."""
        return wheel_notes(self.workshop)

    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 0

    # --- the filter ----------------------------------------------------------------------------

    def _filter_chosen(self, index: int) -> None:
        self.set_moment_filter(self.filter.itemData(index))

    def set_moment_filter(self, moment_id: int | None) -> None:
        """Show the notes of one moment (None: all of them), here, on the wheel, on the wall."""
        self.view.set_moment_filter(moment_id)

    def moment_filter(self) -> int | None:
        return self.view.moment_filter()

    def _show_filter(self, moment_id: int | None) -> None:
        if not self.workshop.has_network:
            return
        self.filter.blockSignals(True)
        self.filter.setCurrentIndex(max(self.filter.findData(moment_id), 0))
        self.filter.blockSignals(False)
        self._fill_list()

    # --- selection and actions -----------------------------------------------------------------

    def selected_note(self) -> Note | None:
        note_id = current_id(self.list)
        if note_id is None or not self.workshop.has_network:
            return None
        return next((n for n in self.workshop.contents.notes if n.id == note_id), None)

    def select_note(self, note_id: int) -> None:
        select_id(self.list, note_id)

    def _update_buttons(self) -> None:
        self.buttons.set_chosen(self.selected_note() is not None)

    def add_note(self, segment_key: str | None = None) -> None:
        dialog = note_dialog.NoteDialog(
            self.workshop, segment_key=segment_key, moment_id=self.moment_filter(), parent=self
        )
        if dialog.exec() and dialog.saved_id is not None:
            self.select_note(dialog.saved_id)

    def edit_selected(self) -> None:
        note = self.selected_note()
        if note is not None:
            note_dialog.NoteDialog(self.workshop, note, parent=self).exec()

    def move_selected(self, segment_key: str) -> None:
        note = self.selected_note()
        if note is not None and note.segment_key != segment_key:
            self.workshop.learning.update_note(note.id, segment_key=segment_key)

    def delete_selected(self) -> None:
        """No question asked: a post-it is small, and Undo brings it back."""
        note = self.selected_note()
        if note is not None:
            self.workshop.learning.delete_note(note.id)
