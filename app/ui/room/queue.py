"""The post-its from the room that wait for the facilitator: accept (Enter), edit, reject
(Delete), or accept all. Only on the facilitator's screen, never on the projector.

Self-contained (it needs the Room and a way to know the moment being viewed), so it can sit in
the room's panel today and in the presenter console later.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialogs.note_dialog import NoteDialog, colour_icon, segment_label
from app.ui.room.controller import ANSWER_COLOUR, Room
from app.ui.store.recovery_dialog import warn
from app.ui.widgets.id_list import ID_ROLE, current_id
from db.errors import StoreError
from db.records import DEFAULT_NOTE_COLOUR


class RoomQueue(QWidget):
    """The waiting post-its, oldest first. `moment` says which moment new post-its get."""

    def __init__(
        self,
        room: Room,
        moment: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self.workshop = room.workshop
        self.moment = moment
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(18, 18))
        self.list.setSpacing(2)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self.accept_selected)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button = QPushButton()
        self.accept_all_button.clicked.connect(self.accept_all)
        buttons = QHBoxLayout()
        for button in (
            self.accept_button,
            self.edit_button,
            self.reject_button,
            self.accept_all_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (("Return", "Enter"), self.accept_selected),
            (("Delete", "Backspace"), self.reject_selected),
            (("F2", "E"), self.edit_selected),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self.list, slot, context=scope)
        room.queueChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("Accept (Enter)"))
        self.list.setAccessibleName(self.tr("Waiting post-its"))
        self.edit_button.setText(self.tr("Edit…"))
        self.reject_button.setText(self.tr("Reject (Del)"))
        self.accept_all_button.setText(self.tr("Accept all"))
        self.refresh()

    def refresh(self) -> None:
        """Show the queue; keep the selection on the same post-it, else on the oldest."""
        selected = current_id(self.list)
        self.list.clear()
        for incoming in self.room.pending:
            where = segment_label(self.workshop, incoming.segment_key)
            lines = [where]
            if incoming.question is not None:
                asked = incoming.question.text.in_(self.workshop.language)
                lines.append(self.tr("Answer to: %1").replace("%1", asked))
            lines.append(incoming.post_it_text())
            colour = ANSWER_COLOUR if incoming.is_answer else DEFAULT_NOTE_COLOUR
            item = QListWidgetItem(colour_icon(colour, 18), "\n".join(lines))
            item.setData(ID_ROLE, incoming.id)
            self.list.addItem(item)
        ids = [incoming.id for incoming in self.room.pending]
        row = ids.index(selected) if selected in ids else 0
        if ids:
            self.list.setCurrentRow(row)
        self.heading.setText(
            self.tr("%n post-it(s) waiting", "", len(ids))
            if ids
            else self.tr("No post-its waiting. They appear here as phones send them.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = current_id(self.list) is not None and self.workshop.has_network
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setEnabled(chosen)
        self.accept_all_button.setEnabled(bool(self.room.pending) and self.workshop.has_network)

    def selected_id(self) -> int | None:
        return current_id(self.list)

    def _report(self, error: StoreError) -> None:
        warn(self, self.tr("Post-it not saved"), error)

    def accept_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is None or not self.workshop.has_network:
            return
        try:
            self.room.accept(item_id, self.moment())
        except StoreError as error:
            self._report(error)

    def accept_all(self) -> None:
        if not self.workshop.has_network:
            return
        try:
            self.room.accept_all(self.moment())
        except StoreError as error:
            self._report(error)

    def reject_selected(self) -> None:
        """No question asked: the post-it was never on the wall."""
        item_id = self.selected_id()
        if item_id is not None:
            self.room.reject(item_id)

    def edit_selected(self) -> None:
        """The post-it dialog, filled in; OK sticks the edited post-it on the wall."""
        item_id = self.selected_id()
        if item_id is None or not self.workshop.has_network:
            return
        dialog = self.edit_dialog(item_id)
        if dialog.exec() and dialog.saved_id is not None:
            self.room.reject(item_id)  # it is on the wall now, as edited

    def edit_dialog(self, item_id: int) -> NoteDialog:
        incoming = self.room.item(item_id)
        dialog = NoteDialog(
            self.workshop, segment_key=incoming.segment_key, moment_id=self.moment(), parent=self
        )
        dialog.text.setPlainText(incoming.post_it_text())
        dialog.set_colour(ANSWER_COLOUR if incoming.is_answer else DEFAULT_NOTE_COLOUR)
        return dialog
