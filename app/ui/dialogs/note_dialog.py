"""Write a post-it: which segment, what it says, its colour and (optionally) its moment."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from app.core.limits import MAX_NOTE
from app.core.wheel_layout import CALM
from app.ui.control.workshop import Workshop
from app.ui.dialogs.conflict_dialog import ask_which_text
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.record_labels import colour_icon, colour_name
from app.ui.widgets.text_limits import limit_text
from db.errors import EditConflictError
from db.records import DEFAULT_NOTE_COLOUR, Note


def segment_label(workshop: Workshop, key: str) -> str:
    """'Ring 1 · Ontmoeting & bereik', 'As (kern) · Partners' — where a note sits, in words."""
    return workshop.wording().place(key)


def segment_choices(workshop: Workshop) -> list[tuple[str, str]]:
    """Every segment a note can stick to, core parts first, then the rings inside out."""
    model = workshop.model
    keys = [part.key for part in model.core.segments]
    keys += [segment.key for ring in model.rings for segment in ring.segments]
    return [(key, segment_label(workshop, key)) for key in keys]


@dataclass(frozen=True, slots=True)
class NoteValues:
    """What the dialog holds, trimmed: the fields of a post-it."""

    segment_key: str
    text: str
    colour: str
    moment_id: int | None


class NoteDialog(RecordDialog):
    """A new post-it (`note` None) on `segment_key`, or an existing one to edit."""

    def __init__(
        self,
        workshop: Workshop,
        note: Note | None = None,
        segment_key: str | None = None,
        moment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.note = note
        self.setWindowTitle(self.tr("Edit post-it") if note else self.tr("New post-it"))
        self.setMinimumWidth(440)
        form = self.form
        self.segment = QComboBox()
        for key, label in segment_choices(workshop):
            self.segment.addItem(label, key)
        form.addRow(self.tr("On"), self.segment)
        self.text = QPlainTextEdit(note.text if note else "")
        self.text_limit = limit_text(self.text, MAX_NOTE)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What does the post-it say?"))
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 5 + 14)
        form.addRow(self.tr("Text"), self.text)
        self.colours = QButtonGroup(self)
        swatches = QWidget()
        swatch_layout = QHBoxLayout(swatches)
        swatch_layout.setContentsMargins(0, 0, 0, 0)
        palette = [colour.upper() for colour in CALM.note_colours]
        current = (note.colour if note else DEFAULT_NOTE_COLOUR).upper()
        if note is not None and current not in palette:
            palette.append(current)
        for colour in palette:
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(colour_icon(colour, 22))
            button.setIconSize(QSize(22, 22))
            button.setProperty("colour", colour)
            button.setToolTip(colour_name(colour))
            button.setAccessibleName(colour_name(colour))
            button.setAutoRaise(True)
            button.setStyleSheet(
                "QToolButton { border: 2px solid transparent; border-radius: 4px; padding: 2px; }"
                "QToolButton:checked { border-color: palette(highlight); }"
            )
            self.colours.addButton(button)
            swatch_layout.addWidget(button)
        swatch_layout.addStretch(1)
        form.addRow(self.tr("Colour"), swatches)
        self.set_colour(current if current in palette else palette[0])
        self.moment = QComboBox()
        self.moment.addItem(self.tr("No moment"), None)
        for moment in workshop.contents.moments:
            self.moment.addItem(moment.label, moment.id)
        form.addRow(self.tr("Moment"), self.moment)
        self.add_buttons()
        self.text.installEventFilter(self)  # Ctrl+Enter in the text accepts, as in a chat
        self.set_segment(note.segment_key if note else segment_key)
        self.set_moment(note.moment_id if note else moment_id)
        self.text.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def set_segment(self, key: str | None) -> None:
        """Choose a segment; the core's own key (a click on the axis) means its first part."""
        model = self.workshop.model
        if key == model.core.key:
            key = model.core.segments[0].key
        index = self.segment.findData(key) if key else -1
        self.segment.setCurrentIndex(max(index, 0))

    def set_moment(self, moment_id: int | None) -> None:
        index = self.moment.findData(moment_id) if moment_id is not None else 0
        self.moment.setCurrentIndex(max(index, 0))

    def set_colour(self, colour: str) -> None:
        for button in self.colours.buttons():
            if button.property("colour") == colour.upper():
                button.setChecked(True)

    def colour(self) -> str:
        checked = self.colours.checkedButton()
        return checked.property("colour") if checked else DEFAULT_NOTE_COLOUR

    def values(self) -> NoteValues:
        moment_id = self.moment.currentData()
        return NoteValues(
            segment_key=str(self.segment.currentData()),
            text=self.text.toPlainText().strip(),
            colour=self.colour(),
            moment_id=int(moment_id) if moment_id is not None else None,
        )

    def save(self) -> int:
        """Write through the Workshop (one undo step); the note's id."""
        values = self.values()
        learning = self.workshop.learning
        if self.note is None:
            self.saved_id = learning.add_note(
                values.segment_key, values.text, values.colour, values.moment_id
            )
        else:
            try:  # only what changed, made from the version this dialog was opened on
                learning.update_note(self.note.id, seen=self.note.version, **asdict(values))
            except EditConflictError as conflict:
                if not isinstance(conflict.theirs, str) or conflict.mine is None:
                    raise  # not the text: said in a message, the wall shows what is stored
                text = ask_which_text(self.tr("this post-it"), values.text, conflict.theirs, self)
                chosen = asdict(replace(values, text=text))
                learning.update_note(self.note.id, seen=conflict.their_version, **chosen)
            self.saved_id = self.note.id
        return self.saved_id

    def is_complete(self) -> bool:
        if not self.text.toPlainText().strip():
            self.text.setFocus()
            return False
        return True

    def failure_title(self) -> str:
        return self.tr("Post-it not saved")


def add_note_for_segment(
    parent: QWidget | None, workshop: Workshop, segment_key: str, moment_id: int | None = None
) -> int | None:
    """Ask for a post-it on a segment (the canvas's double-click); its id, or None."""
    if not workshop.has_network:
        return None
    dialog = NoteDialog(workshop, segment_key=segment_key, moment_id=moment_id, parent=parent)
    return dialog.saved_id if dialog.exec() else None
