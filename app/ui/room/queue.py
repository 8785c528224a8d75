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
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.room.submission import Incoming
from app.ui.dialogs.note_dialog import NoteDialog, segment_label
from app.ui.room.accepting import StoryFitsNoStepError, lines_for_story, story_text
from app.ui.room.controller import ANSWER_COLOUR, Room
from app.ui.store.recovery_dialog import warn
from app.ui.widgets.id_list import ID_ROLE, current_id
from app.ui.widgets.photo_icon import photo_icon
from app.ui.widgets.record_labels import colour_icon
from db.errors import StoreError
from db.records import DEFAULT_NOTE_COLOUR


class RoomQueue(QWidget):
    """The waiting post-its, oldest first. `moment` says which moment new post-its get
    (None: the moment the view state's post-it filter shows, as the wheel does)."""

    def __init__(
        self,
        room: Room,
        moment: Callable[[], int | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self.workshop = room.workshop
        self.moment = moment or self.workshop.view.moment_filter
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
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
        # Two by two, so the room's dock fits beside the wheel on a 1024-pixel screen.
        buttons = QGridLayout()
        for number, button in enumerate(
            (self.accept_button, self.edit_button, self.reject_button, self.accept_all_button)
        ):
            buttons.addWidget(button, number // 2, number % 2)
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
        room.questionChanged.connect(lambda: self.refresh())
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("Accept (Enter)"))
        self.list.setAccessibleName(self.tr("Waiting post-its"))
        self.edit_button.setText(self.tr("Edit…"))
        self.reject_button.setText(self.tr("Reject (Del)"))
        self.accept_all_button.setText(self.tr("Accept all"))
        self.refresh(rebuild=True)  # the descriptions are in the new language

    def refresh(self, rebuild: bool = False) -> None:
        """Show the queue; keep the selection on the same post-it, else on the oldest. When
        only arrivals were added (a busy room), they are appended: the window stays fluid."""
        selected = current_id(self.list)
        pending = self.room.pending
        shown = [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]
        if rebuild or not shown or [item.id for item in pending[: len(shown)]] != shown:
            self.list.clear()
            shown = []
        with_photos = any(incoming.photo for incoming in pending)
        self.list.setIconSize(QSize(48, 48) if with_photos else QSize(18, 18))
        for incoming in pending[len(shown) :]:
            lines = self._describe(incoming)
            colour = (
                ANSWER_COLOUR
                if incoming.is_answer or incoming.is_measure or incoming.is_story
                else DEFAULT_NOTE_COLOUR
            )
            icon = photo_icon(incoming.photo) if incoming.photo else colour_icon(colour, 18)
            item = QListWidgetItem(icon, "\n".join(lines))
            item.setData(ID_ROLE, incoming.id)
            self.list.addItem(item)
        ids = [incoming.id for incoming in self.room.pending]
        row = ids.index(selected) if selected in ids else 0
        if ids:
            self.list.setCurrentRow(row)
        heading = (
            self.tr("%n post-it(s) waiting", "", len(ids))
            if ids
            else self.tr("No post-its waiting. They appear here as phones send them.")
        )
        if self.room.indicator is not None:  # the presenter sees how many measured
            heading += "\n" + self.tr(
                "%n answer(s) to the indicator came in", "", self.room.measured()
            )
        self.heading.setText(heading)
        self._update_buttons()

    def _groups(self, incoming: Incoming) -> str:
        """The group per dimension the phone chose ("the whole" where it did not know)."""
        assert incoming.indicator is not None
        dimensions = incoming.indicator.dimensions
        if not dimensions:
            return ""
        chosen = [*incoming.groups, *[""] * len(dimensions)]
        whole = self.tr("the whole")  # the phone did not know its group
        return ", ".join(
            f"{dimension.name}: {name or whole}"
            for dimension, name in zip(dimensions, chosen, strict=False)
        )

    def _describe(self, incoming: Incoming) -> list[str]:
        """The lines of one waiting item, as plain text (never markup)."""
        signed = f"— {incoming.name}" if incoming.name else ""
        if incoming.indicator is not None:
            asked = incoming.indicator
            heading = self.tr("Measurement: %1").replace("%1", asked.question)
            if asked.moment:
                heading += f" ({asked.moment})"
            value = f"{incoming.text} {asked.unit}".strip() if asked.number else incoming.text
            return [line for line in (heading, value, self._groups(incoming), signed) if line]
        if incoming.story is not None:
            places = ", ".join(
                segment_label(self.workshop, key) for key in incoming.story.segment_keys
            )
            heading = self.tr("Story of change: %1").replace("%1", places)
            return [line for line in (heading, story_text(incoming), signed) if line]
        lines = [segment_label(self.workshop, incoming.segment_key)]
        if incoming.question is not None:
            asked_text = incoming.question.text.in_(self.workshop.language)
            lines.append(self.tr("Answer to: %1").replace("%1", asked_text))
        lines.append(incoming.post_it_text())
        return lines

    def _update_buttons(self) -> None:
        chosen = current_id(self.list) is not None and self.workshop.has_network
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setEnabled(chosen)
        item_id = current_id(self.list)
        incoming = next((item for item in self.room.pending if item.id == item_id), None)
        if chosen and incoming is not None:
            self.edit_button.setEnabled(not incoming.is_measure and not incoming.is_story)
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
        except StoryFitsNoStepError:
            self.place_story(item_id)

    def place_story(self, item_id: int) -> None:
        """A story that fits no step of the current line: the facilitator picks a line that
        has a step on one of its segments (or learns that none has)."""
        fitting = lines_for_story(self.room.item(item_id), self.workshop.contents.lines)
        if not fitting:
            QMessageBox.information(
                self,
                self.tr("Story not placed"),
                self.tr(
                    "None of the segments this story was told for is a step of a saved line. "
                    "Save a line through one of them, then accept it again."
                ),
            )
            return
        titles = [line.title or self.tr("Line %1").replace("%1", str(line.id)) for line in fitting]
        title, chosen = QInputDialog.getItem(
            self,
            self.tr("Story for which line?"),
            self.tr("This story fits no step of the current line. Put it on:"),
            titles,
            0,
            False,
        )
        if not chosen:
            return
        try:
            self.room.accept_story(item_id, fitting[titles.index(title)].id)
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
        if self.room.item(item_id).is_measure or self.room.item(item_id).is_story:
            return  # measured as told: accepted or rejected, not rewritten
        dialog = self.edit_dialog(item_id)
        if dialog.exec() and dialog.saved_id is not None:
            self.room.take(item_id)  # it is on the wall now, as edited

    def edit_dialog(self, item_id: int) -> NoteDialog:
        incoming = self.room.item(item_id)
        dialog = NoteDialog(
            self.workshop, segment_key=incoming.segment_key, moment_id=self.moment(), parent=self
        )
        dialog.text.setPlainText(incoming.post_it_text())
        dialog.set_colour(ANSWER_COLOUR if incoming.is_answer else DEFAULT_NOTE_COLOUR)
        return dialog
