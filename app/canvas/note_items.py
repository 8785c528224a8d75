"""Workshop post-its on the wheel: small coloured squares stuck on their segment.

A note on a ring is a child of that ring's item, so it turns with the ring; it paints itself
counter-rotated so its words always stand upright. Notes on a part of the core sit around
the axis, which does not turn. Notes never take the mouse: a press on one goes to the scene,
so grabbing the ring under it turns the ring as anywhere else.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.canvas.fonts import wheel_font
from app.canvas.shapes import point_at

if TYPE_CHECKING:
    from app.canvas.scene import WheelScene

NOTE_WIDTH = 120.0  # scene units; the wheel's outer radius is 1000
NOTE_HEIGHT = 88.0
HALF_DIAGONAL = math.hypot(NOTE_WIDTH, NOTE_HEIGHT) / 2
TEXT_SIZE = 19
TEXT_COLOUR = QColor("#2b2213")
SNIPPET_WORDS = 8
MAX_TILT = 4.0  # degrees: a stuck-on look, the same for the same note every time
ARC_SHARE = 0.8  # share of a segment's arc a row of notes may use before they start to overlap
CORE_ANGLES = (315.0, 45.0, 135.0, 225.0)  # where each core part's notes sit around the axis


def snippet(text: str, words: int = SNIPPET_WORDS) -> str:
    """The first words of a note, on one line; '…' when there is more."""
    parts = text.split()
    shown = " ".join(parts[:words])
    return shown + ("…" if len(parts) > words else "")


class NoteItem(QGraphicsItem):
    """One post-it: its colour and the first words of its text, always upright."""

    def __init__(
        self, note_id: int, segment_key: str, text: str, colour: str, parent: QGraphicsItem
    ) -> None:
        super().__init__(parent)
        self.note_id = note_id
        self.segment_key = segment_key
        self.text = text
        self.colour = QColor(colour)
        self.snippet = snippet(text)
        self._tilt = (zlib.crc32(str(note_id).encode()) % 1000 / 1000 * 2 - 1) * MAX_TILT
        self._font = wheel_font(TEXT_SIZE)
        self._bounds = QRectF(-HALF_DIAGONAL, -HALF_DIAGONAL, 2 * HALF_DIAGONAL, 2 * HALF_DIAGONAL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setAcceptTouchEvents(False)
        self.setZValue(5)

    def boundingRect(self) -> QRectF:
        return self._bounds  # holds the note at any rotation

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        # Undo every rotation above (the ring's), then tilt a little: the words stay upright.
        painter.rotate(-self._scene_rotation() + self._tilt)
        card = QRectF(-NOTE_WIDTH / 2, -NOTE_HEIGHT / 2, NOTE_WIDTH, NOTE_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 45))
        painter.drawRect(card.translated(3, 4))
        painter.setBrush(self.colour)
        painter.drawRect(card)
        painter.setBrush(self.colour.darker(112))
        painter.drawRect(QRectF(card.left(), card.top(), card.width(), 10))  # the sticky strip
        painter.setPen(TEXT_COLOUR)
        painter.setFont(self._font)
        inner = card.adjusted(7, 13, -7, -5)
        painter.drawText(inner, _TEXT_FLAGS, _wrapped_elided(self.snippet, self._font, inner))

    def _scene_rotation(self) -> float:
        """The rotation (degrees) of this item's coordinate system in the scene."""
        transform = self.sceneTransform()
        return math.degrees(math.atan2(transform.m12(), transform.m11()))


_TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def _wrapped_elided(text: str, font: QFont, rect: QRectF) -> str:
    """Break `text` into the lines that fit `rect`; the last one ends in '…' if cut off."""
    metrics = QFontMetricsF(font)
    max_lines = max(1, int(rect.height() // metrics.lineSpacing()))
    lines: list[str] = []
    current = ""
    words = text.split()
    for index, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= rect.width() or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            rest = " ".join(words[index:])
            lines[-1] = metrics.elidedText(
                f"{lines[-1]} {rest}", Qt.TextElideMode.ElideRight, rect.width()
            )
            return "\n".join(lines)
    if current:
        lines.append(current)
    lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()) for line in lines]
    return "\n".join(lines[:max_lines])


def _fan(count: int, centre: float, radius: float, sweep: float) -> list[float]:
    """Angles for `count` notes side by side around `centre`, within `sweep` degrees."""
    if count == 1:
        return [centre]
    spacing = math.degrees(NOTE_WIDTH * 1.08 / radius)
    spacing = min(spacing, sweep * ARC_SHARE / (count - 1))
    first = centre - spacing * (count - 1) / 2
    return [first + i * spacing for i in range(count)]


def note_items(scene: WheelScene) -> list[NoteItem]:
    """Every note item on the wheel, rings inside out, then the core's."""
    parents: list[QGraphicsItem] = [*scene.rings.values(), scene.core]
    return [child for p in parents for child in p.childItems() if isinstance(child, NoteItem)]


def place_notes(scene: WheelScene, notes: Sequence[tuple[int, str, str, str]]) -> None:
    """Replace the wheel's notes by `notes` (id, segment key, text, colour).

    Ring notes sit near the ring's outer edge on their segment's arc; core notes around the
    axis's rim, a quarter per core part. Unknown segment keys are skipped.
    """
    for item in note_items(scene):
        scene.removeItem(item)
    model = scene.model
    by_segment: dict[str, list[tuple[int, str, str, str]]] = {}
    for note in notes:
        if model.has_segment(note[1]):
            by_segment.setdefault(note[1], []).append(note)
    core_parts = [part.key for part in model.core.segments]
    for key, group in by_segment.items():
        if key in core_parts:
            parent: QGraphicsItem = scene.core
            radius = scene.core.radius
            slot = 360.0 / len(core_parts)
            centre = CORE_ANGLES[core_parts.index(key) % len(CORE_ANGLES)]
            sweep = slot * 0.7
        else:
            ring = model.ring_of(key)
            ring_item = scene.rings[ring.key]
            parent = ring_item
            radius = ring_item.outer - HALF_DIAGONAL - 4
            centre = ring.index_of(key) * ring_item.step  # segment centres in ring coordinates
            sweep = ring_item.step
        for note, angle in zip(group, _fan(len(group), centre, radius, sweep), strict=True):
            item = NoteItem(note[0], note[1], note[2], note[3], parent)
            item.setPos(point_at(radius, angle))
