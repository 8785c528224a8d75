"""The facilitator's room panel: open or close the room, see how phones get in, choose the
question to ask, and the queue of post-its waiting to be let through."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.changes import Changes, Part
from app.ui.room.card import RoomCard
from app.ui.room.controller import Room
from app.ui.room.measure_box import MeasureBox
from app.ui.room.queue import RoomQueue


class RoomPanel(QWidget):
    def __init__(
        self,
        room: Room,
        toggle: Callable[[], None],
        moment: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(toggle)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.card = RoomCard(large=False)
        self.card.setMaximumHeight(360)
        self.question_label = QLabel()
        self.questions = QComboBox()
        self.questions.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.questions.setMinimumContentsLength(20)
        self.questions.activated.connect(self._question_chosen)
        self.question_label.setBuddy(self.questions)
        self.measure = MeasureBox(room)
        self.queue = RoomQueue(room, moment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.status)
        layout.addWidget(self.card)
        layout.addWidget(self.question_label)
        layout.addWidget(self.questions)
        layout.addWidget(self.measure)
        layout.addWidget(self.queue, 1)
        room.opened.connect(self.refresh)
        room.closed.connect(self.refresh)
        room.questionChanged.connect(self.refresh)
        room.workshop.view.currentLineChanged.connect(self.fill_questions)
        room.workshop.noticed.connect(self._noticed)
        room.workshop.networkOpened.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.question_label.setText(self.tr("&Question for the phones"))
        self.measure.retranslate()
        self.queue.retranslate()
        self.refresh()

    def refresh(self, *_args: object) -> None:
        room = self.room
        address = room.address
        self.toggle_button.setText(
            self.tr("Close the room") if address else self.tr("Open the room")
        )
        self.toggle_button.setEnabled(room.workshop.has_network or address is not None)
        if address is None:
            self.status.setText(
                self.tr(
                    "Open the room to let participants add post-its from their phones, "
                    "over the local network (no internet needed)."
                )
            )
        elif not room.local_network:
            self.status.setText(
                self.tr(
                    "The room is open, but this computer is on no local network: only it can "
                    "reach the room. Connect to the venue's Wi-Fi or start a hotspot, then "
                    "close and open the room again."
                )
            )
        else:
            self.status.setText(self.tr("The room is open."))
        self.card.setVisible(address is not None)
        asked = room.question.text.in_(room.workshop.language) if room.question else ""
        self.card.show_room(address, asked)
        self.fill_questions()

    def _noticed(self, changes: Changes) -> None:
        if changes.touches(Part.NETWORK | Part.LINES | Part.WHEEL):  # the focus line's questions
            self.fill_questions()

    def fill_questions(self) -> None:
        """The focus line's questions, and "none"; the one asked stays chosen if still there."""
        room = self.room
        language = room.workshop.language
        self.questions.blockSignals(True)
        self.questions.clear()
        self.questions.addItem(self.tr("No question"), None)
        chosen = 0
        for choice in room.question_choices():
            label = f"{choice.step.in_(language)}: {choice.text.in_(language)}"
            self.questions.addItem(label, choice)
            self.questions.setItemData(
                self.questions.count() - 1, label, Qt.ItemDataRole.ToolTipRole
            )
            if room.question is not None and (room.question.segment_key, room.question.text) == (
                choice.segment_key,
                choice.text,
            ):
                chosen = self.questions.count() - 1
        self.questions.setCurrentIndex(chosen)
        self.questions.blockSignals(False)

    def _question_chosen(self, index: int) -> None:
        self.room.ask(self.questions.itemData(index))
