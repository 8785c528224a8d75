"""Workshop post-its on the wheel: one tidy stack per segment, with a count badge.

A segment's notes are shown as a small fan of cards in the notes' colours with a badge that
counts them, placed by `app.core.note_stacks` where it covers neither the segment's label nor
the beam (the full texts open beside the wheel: hover or select a stack). A stack on a ring is
a child of that ring's item, so it turns with the ring; it paints itself counter-rotated so it
always stands upright, inside its round footprint. Stacks of a core part sit around the axis,
which does not turn. Stacks never take a mouse button: a press on one goes to the scene, so
grabbing the ring under it turns the ring as anywhere else; hovering one asks the scene to
show its notes (the scene's hover finds it with `stack_at`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.canvas.fonts import wheel_font
from app.canvas.shapes import point_at
from app.canvas.wheel_base import BEAM_HALF_WIDTH
from app.core.note_stacks import (
    PolarBox,
    StackPlace,
    beam_boxes,
    outline_boxes,
    place_in_disc,
    place_stack,
    stack_radii,
)

if TYPE_CHECKING:
    from app.canvas.scene import WheelScene

WheelNote = tuple[int, str, str, str]  # id, segment key, text, colour
TEXT_COLOUR = QColor("#2b2213")
BADGE_COLOUR = QColor("#2b2213")
SNIPPET_WORDS = 8
CARDS_FROM = 80.0  # footprints smaller than this (scene units) show the badge alone
BADGE_SHARE = 0.6  # the badge's radius beside the cards, a share of the footprint's
BADGE_RING = 0.16  # the ring of the notes' colours round the count, a share of the badge
CORE_ANGLES = (315.0, 45.0, 135.0, 225.0)  # where each core part's stack sits around the axis
CORE_CLEARANCE = 6.0  # between a core part's stack and the axis's texts or rim
LABEL_SLICE = 8.0  # radial width of the slices a label's outline is measured in


def snippet(text: str, words: int = SNIPPET_WORDS) -> str:
    """The first words of a note, on one line; '…' when there is more."""
    parts = text.split()
    shown = " ".join(parts[:words])
    return shown + ("…" if len(parts) > words else "")


class StackItem(QGraphicsItem):
    """A segment's post-its: up to three fanned cards and a badge with their number, upright,
    all inside a disc of radius `size` around the item's position."""

    def __init__(
        self,
        segment_key: str,
        notes: Sequence[WheelNote],
        size: float,
        parent: QGraphicsItem,
    ) -> None:
        super().__init__(parent)
        self.segment_key = segment_key
        self.notes = tuple(notes)
        self.size = size
        self._colours = [QColor(note[3]) for note in self.notes]
        self._bounds = QRectF(-size, -size, 2 * size, 2 * size)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)  # the scene's hover finds stacks: `stack_at`
        self.setAcceptTouchEvents(False)
        self.setZValue(5)

    @property
    def count(self) -> int:
        return len(self.notes)

    def boundingRect(self) -> QRectF:
        return self._bounds  # holds the footprint at any rotation

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.size, self.size)
        return path

    def badge(self) -> tuple[QPointF, float]:
        """Centre and radius of the count badge, in the item's upright coordinates."""
        if self.size < CARDS_FROM:
            return QPointF(0, 0), self.size
        radius = BADGE_SHARE * self.size
        reach = (self.size - radius) / math.sqrt(2)
        return QPointF(reach, -reach), radius

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.rotate(-self._scene_rotation())  # undo the ring's turn: upright
        if self.size >= CARDS_FROM:
            self._paint_cards(painter)
        self._paint_badge(painter)

    def _paint_cards(self, painter: QPainter) -> None:
        """Up to three cards, the first note's on top, fanned a little (inside 0.8 × size)."""
        width, height = 0.9 * self.size, 0.68 * self.size
        shown = list(reversed(self._colours[:3]))
        for number, colour in enumerate(shown):
            depth = len(shown) - 1 - number  # 0 for the top card
            painter.save()
            painter.translate(-0.1 * self.size - 0.08 * depth * self.size, 0.12 * self.size)
            painter.rotate(-7.0 * depth)
            card = QRectF(-width / 2, -height / 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 45))
            painter.drawRect(card.translated(2, 3))
            painter.setBrush(colour)
            painter.drawRect(card)
            painter.setBrush(colour.darker(112))
            painter.drawRect(QRectF(card.left(), card.top(), card.width(), 0.12 * height))
            painter.restore()

    def _paint_badge(self, painter: QPainter) -> None:
        """A dark disc with the count, ringed by the notes' colours in proportion."""
        centre, radius = self.badge()
        ring = max(3.0, BADGE_RING * radius)
        painter.setPen(Qt.PenStyle.NoPen)
        start = 90 * 16
        total = len(self._colours)
        outer = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        for number, colour in enumerate(self._colours):
            painter.setBrush(colour)
            span = -round(5760 / total) if number < total - 1 else -(5760 - 5760 // total * number)
            painter.drawPie(outer, start, span)
            start += span
        painter.setBrush(BADGE_COLOUR)
        painter.drawEllipse(centre, radius - ring, radius - ring)
        painter.setPen(QPen(QColor("#ffffff")))
        painter.setFont(_badge_font(radius, len(str(total))))
        painter.drawText(outer, int(Qt.AlignmentFlag.AlignCenter), str(total))

    def _scene_rotation(self) -> float:
        """The rotation (degrees) of this item's coordinate system in the scene."""
        transform = self.sceneTransform()
        return math.degrees(math.atan2(transform.m12(), transform.m11()))


def _badge_font(radius: float, digits: int) -> QFont:
    """The count's font: as large as the badge holds (a pixel size in scene units)."""
    return wheel_font(max(1, round(badge_text_size(radius, digits))), bold=True)


def badge_text_size(radius: float, digits: int) -> float:
    """The count's pixel size, in scene units, on a badge of `radius`."""
    # Two bold digits are about 1.3 × the size wide: they fit the dark disc inside the ring.
    return radius * (1.25 if digits < 3 else 0.85)


def label_boxes(path: QPainterPath, centre: float) -> tuple[PolarBox, ...]:
    """Polar boxes (ring coordinates, angles around `centre`) holding a label's outline,
    slice by slice: measured on every point of the path, control points included, so the
    boxes never fall short of the glyphs."""
    points = []
    for index in range(path.elementCount()):
        element = path.elementAt(index)
        points.append((element.x, element.y))
    return outline_boxes(points, centre, LABEL_SLICE)


def stack_items(scene: WheelScene) -> list[StackItem]:
    """Every stack on the wheel, rings inside out, then the core's."""
    parents: list[QGraphicsItem] = [*scene.rings.values(), scene.core]
    return [child for p in parents for child in p.childItems() if isinstance(child, StackItem)]


def stack_at(scene: WheelScene, position: QPointF) -> StackItem | None:
    """The stack whose footprint holds a scene point, if any."""
    for item in stack_items(scene):
        if item.shape().contains(item.mapFromScene(position)):
            return item
    return None


def stack_place(scene: WheelScene, segment_key: str, count: int = 1) -> StackPlace | None:
    """Where a ring segment's stack of `count` notes goes, as large as its count asks where
    there is room: clear of both of its label's outlines (it reads either way round as the
    ring turns) and of the beam at every detent.

    Remembered per placed label (a value: the same fit, band and shaper bend the same
    outlines), ring geometry and the sizes tried: measuring the outlines is most of the cost
    of placing post-its, and a post-it added or accepted leaves every label as it was."""
    ring = scene.model.ring_of(segment_key)
    item = scene.rings[ring.key]
    index = ring.index_of(segment_key)
    centre = index * item.step
    label = item.labels[index]
    sizes = tuple(stack_radii(count))
    key = (
        segment_key,
        label,
        item.inner,
        item.outer,
        item.step,
        ring.segment_count,
        scene.radius,
        sizes,
    )
    if key in _places:
        return _places[key]
    # What the stack keeps clear of is the same whatever its size: a post-it more on a
    # segment (another size) measures no outline again.
    keep = _keeps.get(key[:-1])
    if keep is None:
        keep = (
            *label_boxes(label.path(True), centre),
            *label_boxes(label.path(False), centre),
            *beam_boxes(item.inner, item.outer, ring.segment_count, BEAM_HALF_WIDTH),
        )
        _remember(_keeps, key[:-1], keep)
    place = place_stack(item.inner, item.outer, centre, item.step, keep, scene.radius, sizes)
    _remember(_places, key, place)
    return place


def _remember(cache: dict[tuple[object, ...], Any], key: tuple[object, ...], value: Any) -> None:
    if len(cache) >= _PLACES_KEPT:
        cache.pop(next(iter(cache)))  # the oldest
    cache[key] = value


_PLACES_KEPT = 1024  # a few wheels' worth: every segment, both languages, some sizes
_places: dict[tuple[object, ...], StackPlace | None] = {}
_keeps: dict[tuple[object, ...], tuple[PolarBox, ...]] = {}


def core_keep_clear(scene: WheelScene) -> list[tuple[float, float, float, float]]:
    """What a core part's stack leaves clear: the axis's texts and the beam leaving it at 12
    o'clock (as left, top, right, bottom)."""
    boxes = [(b.left(), b.top(), b.right(), b.bottom()) for b in scene.core.text_boxes()]
    boxes.append((-BEAM_HALF_WIDTH, -scene.core.radius, BEAM_HALF_WIDTH, 0.0))
    return boxes


def core_stack_place(
    scene: WheelScene,
    part: int,
    count: int,
    keep_clear: list[tuple[float, float, float, float]],
    taken: list[StackPlace],
) -> StackPlace | None:
    """Where core part number `part`'s stack of `count` notes goes: near its corner of the
    axis, as large as its count asks and the room allows, over none of the axis's texts."""
    preferred = CORE_ANGLES[part % len(CORE_ANGLES)]
    for fraction in stack_radii(count):
        size = fraction * scene.radius
        place = place_in_disc(scene.core.radius, size, keep_clear, taken, preferred, CORE_CLEARANCE)
        if place is not None:
            return place
    return None


def place_notes(
    scene: WheelScene, notes: Sequence[WheelNote], keep_unchanged: bool = False
) -> None:
    """Replace the wheel's stacks by those of `notes` (id, segment key, text, colour), in
    the order given. Unknown segment keys are skipped; so is a segment whose label leaves
    no room (its notes are still listed beside the wheel and on the wall).

    `keep_unchanged`: the labels are as they were (only post-its changed), so a ring
    segment's stack of the same post-its stays where it is, and so do the core's stacks if
    none of them changed (they make room for each other): a post-it added repaints one
    stack, not every one."""
    model = scene.model
    by_segment: dict[str, list[WheelNote]] = {}
    for note in notes:
        if model.has_segment(note[1]):
            by_segment.setdefault(note[1], []).append(note)
    core_parts = [part.key for part in model.core.segments]
    kept: set[str] = set()
    if keep_unchanged:
        existing = {item.segment_key: item for item in stack_items(scene)}
        core_same = all(
            tuple(by_segment.get(key, ())) == (existing[key].notes if key in existing else ())
            for key in core_parts
        )
        for key, item in existing.items():
            if (key not in core_parts or core_same) and item.notes == tuple(
                by_segment.get(key, ())
            ):
                kept.add(key)
    for item in stack_items(scene):
        if item.segment_key not in kept:
            scene.removeItem(item)
    core_texts = core_keep_clear(scene)
    core_taken: list[StackPlace] = []
    for key, group in by_segment.items():
        if key in kept:
            continue
        if key in core_parts:
            place: StackPlace | None = core_stack_place(
                scene, core_parts.index(key), len(group), core_texts, core_taken
            )
            if place is not None:
                core_taken.append(place)
            parent: QGraphicsItem = scene.core
        else:
            place = stack_place(scene, key, len(group))
            parent = scene.rings[model.ring_of(key).key]
        if place is None:
            continue
        item = StackItem(key, group, place.size, parent)
        item.setPos(point_at(place.radius, place.angle))
