"""Write a post-it: which segment, what it says, its colour and (optionally) its moment."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from app.core.wheel_layout import CALM
from app.ui.recovery_dialog import warn
from app.ui.workshop import Workshop
from db.errors import StoreError
from db.records import DEFAULT_NOTE_COLOUR, Note


def segment_label(workshop: Workshop, key: str) -> str:
    """'Ring 1 · Ontmoeting & bereik', 'As (kern) · Partners' — where a note sits, in words."""
    model = workshop.model
    language = workshop.language
    ring = model.ring_of(key)
    if ring.key == model.core.key:
        return f"{model.core.label.in_(language)} · {model.segment(key).label.in_(language)}"
    if ring.key == model.stakeholder_ring.key:
        segment = workshop.stakeholder_label(key)
    else:
        segment = model.segment(key).label.in_(language)
    return f"{ring.short_label.in_(language)} · {segment}"


def segment_choices(workshop: Workshop) -> list[tuple[str, str]]:
    """Every segment a note can stick to, core parts first, then the rings inside out."""
    model = workshop.model
    keys = [part.key for part in model.core.segments]
    keys += [segment.key for ring in model.rings for segment in ring.segments]
    return [(key, segment_label(workshop, key)) for key in keys]


def colour_icon(colour: str, size: int = 18) -> QIcon:
    """A square swatch of a note colour with a thin edge."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour).darker(135))
    inner = QPixmap(size - 2, size - 2)
    inner.fill(QColor(colour))
    painter = QPainter(pixmap)
    painter.drawPixmap(1, 1, inner)
    painter.end()
    return QIcon(pixmap)


class NoteDialog(QDialog):
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
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit post-it") if note else self.tr("New post-it"))
        self.setMinimumWidth(440)
        form = QFormLayout(self)
        self.segment = QComboBox()
        for key, label in segment_choices(workshop):
            self.segment.addItem(label, key)
        form.addRow(self.tr("On"), self.segment)
        self.text = QPlainTextEdit(note.text if note else "")
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
            button.setToolTip(colour)
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons
        self.set_segment(note.segment_key if note else segment_key)
        self.set_moment(note.moment_id if note else moment_id)
        self.text.setFocus()

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

    def values(self) -> dict[str, object]:
        return {
            "segment_key": self.segment.currentData(),
            "text": self.text.toPlainText().strip(),
            "colour": self.colour(),
            "moment_id": self.moment.currentData(),
        }

    def save(self) -> int:
        """Write through the Workshop (one undo step); the note's id."""
        values = self.values()
        if self.note is None:
            self.saved_id = self.workshop.add_note(**values)  # type: ignore[arg-type]
        else:
            self.workshop.update_note(self.note.id, **values)  # only what changed
            self.saved_id = self.note.id
        return self.saved_id

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.text.setFocus()
            return
        try:
            self.save()
        except StoreError as error:
            warn(self, self.tr("Post-it not saved"), error)
            return
        super().accept()


def add_note_for_segment(
    parent: QWidget | None, workshop: Workshop, segment_key: str, moment_id: int | None = None
) -> int | None:
    """Ask for a post-it on a segment (the canvas's double-click); its id, or None."""
    if not workshop.has_network:
        return None
    dialog = NoteDialog(workshop, segment_key=segment_key, moment_id=moment_id, parent=parent)
    return dialog.saved_id if dialog.exec() else None
