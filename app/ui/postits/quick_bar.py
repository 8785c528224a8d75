"""The scribe's quick-entry bar under the wheel: type a note, press Enter, it sticks on the
chosen segment, and the bar is ready for the next one.

Choosing the segment costs no extra keys when it need not: the bar follows a click on the
wheel and the line at 12 o'clock (turn a ring and the bar takes that ring's segment in the
beam; another network starts afresh on the first ring's), and a note typed as
"hou: meer ouders komen" goes to the segment whose name starts with "hou" (which then stays
chosen). On an empty line, 0 picks the axis, 1–4 the rings
inside out, ←/→ the neighbouring segment of that ring and ↑/↓ the next ring out or in.
Pasting several lines asks once, with the count, and adds one note per line in one step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QWidget

from app.core.capture import Choice, example_prefix, pasted_lines, read_quick_entry
from app.core.changes import Changes
from app.core.geometry import Arrangement
from app.core.limits import MAX_NOTE
from app.ui.control.parts import WHEEL
from app.ui.control.workshop import Workshop
from app.ui.dialogs.note_dialog import segment_choices, segment_label
from db.records import DEFAULT_NOTE_COLOUR, NewNote

RING_KEYS = {
    Qt.Key.Key_0: 0,
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
}


def capture_choices(workshop: Workshop) -> list[Choice]:
    """Every segment a note can go to, by the words on it (own name, else the model's)."""
    wording = workshop.wording()
    return [(key, wording.segment(key)) for key, _place in segment_choices(workshop)]


class QuickLine(QLineEdit):
    """The bar's line: on an empty line the segment keys choose, a paste of several lines
    goes to the bar; everything else is typing."""

    navigated = Signal(int, int)  # ring number (0 = axis) or -1, step along/across (±1)
    pastedLines = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            if len(pasted_lines(text)) > 1:
                self.pastedLines.emit(text)
                return
        if not self.text() and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            key = Qt.Key(event.key())
            if key in RING_KEYS:
                self.navigated.emit(RING_KEYS[key], 0)
                return
            steps = {
                Qt.Key.Key_Right: (-1, 1),
                Qt.Key.Key_Left: (-1, -1),
                Qt.Key.Key_Up: (-2, 1),
                Qt.Key.Key_Down: (-2, -1),
            }
            if key in steps:
                self.navigated.emit(*steps[key])
                return
        super().keyPressEvent(event)


class QuickBar(QWidget):
    """A line to type post-its into, the segment they go to, and what just happened."""

    segmentChosen = Signal(str)

    def __init__(
        self,
        workshop: Workshop,
        moment: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self._moment = moment
        self.confirm: Callable[[int, str], bool] = self._ask_to_add
        self.segment_key = self._rings()[1][0] if len(self._rings()) > 1 else ""
        self._arrangement: Arrangement | None = None  # the wheel the bar last followed
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.place = QLabel()
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.place)
        self.line = QuickLine()
        self.line.setMaxLength(MAX_NOTE)
        self.line.returnPressed.connect(self.add_typed)
        self.line.navigated.connect(self.navigate)
        self.line.pastedLines.connect(self.add_lines)
        layout.addWidget(self.line, 1)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        workshop.networkOpened.connect(self.start_afresh)
        workshop.noticed.connect(self._noticed)
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setAccessibleName(self.tr("New post-it"))
        # The example prefix comes from the segments' names in the language now shown.
        example = example_prefix(capture_choices(self.workshop))
        self.line.setPlaceholderText(
            self.tr(
                "Post-it: type and press Enter (\u201c%1: …\u201d picks a segment; 1–4, ←→)"
            ).replace("%1", example)
        )
        self._show_place()

    # --- choosing the segment -------------------------------------------------------------

    def _rings(self) -> list[list[str]]:
        """The axis's parts, then each ring's segments, inside out."""
        model = self.workshop.model
        rings = [[part.key for part in model.core.segments]]
        rings += [[segment.key for segment in ring.segments] for ring in model.rings]
        return rings

    def choose(self, segment_key: str) -> None:
        """Put the next notes on `segment_key` (the axis's own key: its first part)."""
        model = self.workshop.model
        if segment_key == model.core.key:
            segment_key = model.core.segments[0].key
        if not model.has_segment(segment_key):
            return
        self.segment_key = segment_key
        self._show_place()
        self.segmentChosen.emit(segment_key)

    def start_afresh(self) -> None:
        """Another network: no word of what was added to the last one, and the first ring's
        segment on the line at 12 o'clock."""
        self.message.clear()
        self._arrangement = None
        if len(self._rings()) > 1:
            self.segment_key = self._rings()[1][0]
            self.follow_line(force=True)

    def _noticed(self, changes: Changes) -> None:
        if changes.touches(WHEEL):
            self.follow_line()

    def follow_line(self, force: bool = False) -> None:
        """When the chosen segment's ring turned (or `force`), take that ring's segment on
        the line at 12 o'clock; an axis part stays, and so does a segment chosen by hand
        while its ring stands still."""
        if not self.workshop.has_network or not self.segment_key:
            return
        before, now = self._arrangement, self.workshop.contents.wheel.arrangement
        self._arrangement = now
        rings = self._rings()
        ring = next((n for n, keys in enumerate(rings) if self.segment_key in keys), 0)
        if ring == 0:
            return
        index = now.indices[ring - 1]
        turned = before is None or before.indices[ring - 1] != index
        if (force or turned) and rings[ring][index] != self.segment_key:
            self.choose(rings[ring][index])

    def navigate(self, ring: int, step: int) -> None:
        """Key choices: ring ≥ 0 picks that ring; −1 moves along it, −2 across the rings."""
        rings = self._rings()
        now_ring = next(n for n, keys in enumerate(rings) if self.segment_key in keys)
        now_index = rings[now_ring].index(self.segment_key)
        if ring >= 0:
            target = min(ring, len(rings) - 1)
            self.choose(rings[target][min(now_index, len(rings[target]) - 1)])
        elif ring == -1:
            keys = rings[now_ring]
            self.choose(keys[(now_index + step) % len(keys)])
        else:
            target = min(max(now_ring + step, 0), len(rings) - 1)
            self.choose(rings[target][min(now_index, len(rings[target]) - 1)])

    def _show_place(self) -> None:
        if self.segment_key:
            self.place.setText(segment_label(self.workshop, self.segment_key) + "  ›")

    # --- adding ---------------------------------------------------------------------------

    def add_typed(self) -> None:
        """Enter: the line becomes a note on its segment; a problem keeps the line."""
        if not self.workshop.has_network:
            return
        entry = read_quick_entry(self.line.text(), capture_choices(self.workshop))
        problems = {
            "ambiguous": self.tr("More than one segment starts like that: type more letters"),
            "unknown": self.tr("No segment starts like that"),
            "too long": self.tr("Too long for one post-it"),
        }
        if entry.problem:
            self.message.setText(problems.get(entry.problem, ""))
            return
        if entry.segment_key is not None:
            self.choose(entry.segment_key)
        self.workshop.learning.add_note(
            self.segment_key, entry.text, DEFAULT_NOTE_COLOUR, self._moment()
        )
        self.line.clear()
        self.message.setText(self.tr("Added"))

    def add_lines(self, text: str) -> int:
        """A paste of many lines: after a yes, one note per line on the chosen segment, in
        one step (one undo puts them all away again). The number added."""
        lines = pasted_lines(text)
        if not lines or not self.workshop.has_network:
            return 0
        if any(len(line) > MAX_NOTE for line in lines):
            self.message.setText(self.tr("A pasted line is too long for one post-it"))
            return 0
        if not self.confirm(len(lines), segment_label(self.workshop, self.segment_key)):
            return 0
        moment = self._moment()
        self.workshop.notes.add_notes(
            [NewNote(self.segment_key, line, DEFAULT_NOTE_COLOUR, moment) for line in lines]
        )
        self.message.setText(self.tr("Added %n post-it(s)", "", len(lines)))
        return len(lines)

    def _ask_to_add(self, count: int, place: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Paste post-its"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the place may be the network's own name
        box.setText(
            self.tr("Add %n post-it(s), one per line, to %1?", "", count).replace("%1", place)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()
