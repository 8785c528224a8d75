"""The wheel as a QGraphicsScene: the model drawn, turned by hand, and reported when it rests.

Scene units: the wheel's outer radius is 1000, its centre the origin. The physics in
`app.core.physics` owns every ring's angle; the scene feeds it pointer bearings and key
presses, mirrors its angles onto the ring items, and says what happened through signals.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
)

from app.canvas.animator import Animator
from app.canvas.core_item import CoreItem, SightlineMarks
from app.canvas.glyph_sprites import GlyphSprites
from app.canvas.idle_work import TurningPreparation
from app.canvas.keys import WheelKeys
from app.canvas.label_paths import ArcBand, LabelShaper, PlacedLabel
from app.canvas.note_items import StackItem, place_notes, stack_items
from app.canvas.ring_item import LOCK_SIZE, RingItem
from app.canvas.scene_input import SceneInput
from app.canvas.shapes import polar
from app.canvas.turning import TurnInput
from app.canvas.wheel_base import WheelBase, paint_room
from app.core.geometry import Arrangement, segment_at
from app.core.model import Language, Model
from app.core.physics import RingPhysics, Wheel, inertia_for_radius
from app.core.reasoning import ReasoningLine, dimmed_segments, lines_of
from app.core.wheel_layout import CALM, CORE_RADIUS, SCREEN_LABEL, Palette, ring_bounds
from app.core.wording import Wording

RADIUS = 1000.0  # the wheel's outer radius in scene units
MARGIN = 80.0  # room outside the wheel for the sightline pointers
# Label sizes in scene units, from the shared layout (where the legibility floor is explained).
LABEL_PREFERRED = SCREEN_LABEL.preferred * RADIUS
LABEL_MINIMUM = SCREEN_LABEL.minimum * RADIUS


class WheelScene(QGraphicsScene):
    """The netwerkimpactmodel's wheel: a fixed core, turning rings, and the four sightlines."""

    arrangementSettled = Signal(object, object)  # Arrangement, tuple[ReasoningLine, ...]
    segmentSelected = Signal(str)  # a click: segment key (the core's key on the axis)
    segmentActivated = Signal(str)  # a double-click
    ringTurnStarted = Signal(str)  # ring key; a hand or key starts moving a ring
    ringSelected = Signal(str)  # ring key, "" when none is selected
    # Requests, not state: the owner of the wheel's state (the Workshop) decides and then
    # shows the result through set_locked / set_partial_focus.
    lockRequested = Signal(str, bool)  # ring key, locked? (lock icon or context menu)
    focusRequested = Signal(object)  # a ring key to put in focus, None for the whole model
    stackHovered = Signal(str)  # segment key: the pointer rests on that segment's notes

    def __init__(
        self,
        model: Model,
        language: Language = "nl",
        palette: Palette = CALM,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.language: Language = language
        self.wheel_palette = palette
        self.clock = clock
        self.radius = RADIUS
        self._notes: tuple[tuple[int, str, str, str], ...] = ()
        outer = RADIUS + MARGIN
        self.setSceneRect(QRectF(-outer, -outer, 2 * outer, 2 * outer))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # items turn all the time
        self._shaper = LabelShaper()
        self._sprites = GlyphSprites(self._shaper.outline)
        self._preparation = TurningPreparation(self._sprites, lambda: self.rings.values(), self)
        self._sprites.wanted = self.prepare_turning
        self._network_name = ""
        self._core_summary: dict[str, list[str]] = {}
        self.wording = Wording.of(model, language)
        self._partial_focus: str | None = None
        self._selected: str | None = None
        self.bounds = [
            (inner * RADIUS, outer * RADIUS) for inner, outer in ring_bounds(len(model.rings))
        ]
        self.rings: dict[str, RingItem] = {}
        physics: list[tuple[str, RingPhysics]] = []
        innermost = sum(self.bounds[0]) / 2
        for index, ring in enumerate(model.rings):
            inner, outer_radius = self.bounds[index]
            item = RingItem(
                ring.key,
                inner,
                outer_radius,
                ring.segment_count,
                palette,
                palette.ring_colours(index, len(self.model.rings)),
                sprites=self._sprites,
            )
            item.setZValue(1 + index)
            self.addItem(item)
            self.rings[ring.key] = item
            inertia = inertia_for_radius((inner + outer_radius) / 2, innermost)
            physics.append((ring.key, RingPhysics(ring.segment_count, inertia)))
        self.wheel = Wheel(physics)
        self.base = WheelBase(
            list(self.rings.values()), model.stakeholder_ring.segment_count, palette
        )
        self.addItem(self.base)
        self.core = CoreItem(CORE_RADIUS * RADIUS, palette)
        self.core.setZValue(20)
        self.addItem(self.core)
        self.marks = SightlineMarks(RADIUS, MARGIN, model.stakeholder_ring.segment_count, palette)
        self.addItem(self.marks)
        self.animator = Animator(self.wheel, self._frame, self._settled, self._now, self)
        self.turning = TurnInput(
            self.wheel,
            self.ring_at,
            self._now,
            self.ringTurnStarted.emit,
            self._moved,
            lambda _key: self.animator.kick(),
        )
        self.keys = WheelKeys(self)
        self.input = SceneInput(self)
        self.setBackgroundBrush(QBrush(QColor(palette.background)))
        self._relabel()

    def _now(self) -> float:
        return self.clock()

    # -- events: Qt calls these on the scene; the scene's input object handles them ---------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.input.mouse_press(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.input.mouse_move(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.input.mouse_release(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.input.mouse_double_click(event)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        self.input.help(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.input.context_menu(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.input.key_press(event):
            super().keyPressEvent(event)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        paint_room(painter, QRectF(rect), self.backgroundBrush(), RADIUS)
        self._preparation.painted()  # the first frame bent only what it shows: the rest, idle

    # -- content --------------------------------------------------------------------------

    def set_network_name(self, name: str) -> None:
        self._network_name = name
        self._refresh_core()

    def set_core_summary(self, summary: Mapping[str, Sequence[str]]) -> None:
        """What the network puts in, by core part key: partners, purpose, resources, …"""
        self._core_summary = {key: list(items) for key, items in summary.items()}
        self._refresh_core()

    def set_stakeholder_names(self, names: Mapping[str, str]) -> None:
        """The network's own names for its stakeholder groups, by segment key."""
        self.wording = Wording.of(self.model, self.language, names)
        self._relabel()

    def set_language(self, language: Language) -> None:
        self.language = language
        self.wording = Wording.of(self.model, language, self.wording.own_names)
        self._relabel()

    def set_palette(self, palette: Palette) -> None:
        self.wheel_palette = palette
        for index, item in enumerate(self.rings.values()):
            item.set_palette(palette, palette.ring_colours(index, len(self.model.rings)))
        self.base.set_palette(palette)
        self.core.set_palette(palette)
        self.marks.set_palette(palette)
        self.setBackgroundBrush(QBrush(QColor(palette.background)))
        self._preparation.restart()

    def prepare_turning(self, device_scale: float) -> None:
        """In idle moments, make the images labels are drawn from while the wheel turns, for
        a view at `device_scale` (device pixels per scene unit; the two latest are kept)."""
        self._preparation.want(device_scale)

    @property
    def preparing_turning(self) -> bool:
        """Whether images for turning are still being made in idle moments."""
        return self._preparation.active

    def set_notes(self, notes: Sequence[tuple[int, str, str, str]]) -> None:
        """The workshop's post-its (id, segment key, text, colour): a stack on each segment."""
        self._notes = tuple(notes)
        place_notes(self, self._notes, keep_unchanged=True)

    def notes_on(self, segment_key: str) -> tuple[tuple[int, str, str, str], ...]:
        """The post-its on one segment, in the order given to `set_notes`."""
        return tuple(note for note in self._notes if note[1] == segment_key)

    def stacks(self) -> list[StackItem]:
        """The post-it stacks shown on the wheel."""
        return stack_items(self)

    def core_title(self) -> str:
        """What the axis is called: the network's name, else the model's name for the core."""
        return self._network_name.strip() or self.wording.core()

    def label_text(self, segment_key: str) -> str:
        """The text shown on a segment: the network's own name for it, or the model's label."""
        return self.wording.segment(segment_key)

    def label_of(self, segment_key: str) -> PlacedLabel:
        ring = self.model.ring_of(segment_key)
        return self.rings[ring.key].labels[ring.index_of(segment_key)]

    def _relabel(self) -> None:
        for ring in self.model.rings:
            item = self.rings[ring.key]
            labels = []
            for index, segment in enumerate(ring.segments):
                band = ArcBand(item.inner, item.outer, index * item.step, item.step)
                labels.append(
                    self._shaper.place(
                        self.label_text(segment.key), band, LABEL_PREFERRED, LABEL_MINIMUM
                    )
                )
            item.set_labels(labels)
        self._refresh_core()
        place_notes(self, self._notes)  # stacks keep clear of the new labels and core texts
        self._preparation.restart()

    def _refresh_core(self) -> None:
        name = self.core_title()
        summary = [
            (part.label.in_(self.language), ", ".join(self._core_summary.get(part.key, [])))
            for part in self.model.core.segments
        ]
        self.core.set_content(name, summary)
        core_parts = {part.key for part in self.model.core.segments}
        if any(note[1] in core_parts for note in self._notes):
            place_notes(self, self._notes)  # the core's stacks keep clear of its new texts

    # -- arrangement ----------------------------------------------------------------------

    def arrangement(self) -> Arrangement:
        """The segment on the focus sightline per ring (where moving rings will rest)."""
        indices = []
        for key in self.model.ring_keys:
            ring = self.wheel.ring(key)
            target = ring.target_index
            indices.append(ring.focus_index if target is None else target)
        return Arrangement(tuple(indices))

    def lines(self) -> tuple[ReasoningLine, ...]:
        return lines_of(self.model, self.arrangement())

    def set_arrangement(self, arrangement: Arrangement, animate: bool = True) -> None:
        """Turn the wheel to `arrangement` (locks do not stop the program, only hands)."""
        if len(arrangement.indices) != len(self.model.rings):
            raise ValueError("the arrangement needs one index per ring")
        for key, index in zip(self.model.ring_keys, arrangement.indices, strict=True):
            ring = self.wheel.ring(key)
            if animate and not ring.locked:
                ring.go_to_index(index)
            else:
                locked = ring.locked
                ring.locked = False
                ring.set_index(index)
                ring.locked = locked
        self._mirror()
        self.animator.kick()

    def set_locked(self, ring_key: str, locked: bool) -> None:
        """Show a ring locked or free (the owner's decision; hands cannot turn a locked ring)."""
        ring = self.wheel.ring(ring_key)
        if ring.locked == locked:
            return
        ring.locked = locked
        self.rings[ring_key].set_locked(locked)
        self._mirror()

    def is_locked(self, ring_key: str) -> bool:
        return self.wheel.ring(ring_key).locked

    def _frame(self) -> None:
        self._set_turning(True)
        self._mirror()

    def _mirror(self) -> None:
        for key, ring in self.wheel:
            self.rings[key].setRotation(math.fmod(ring.angle, 360.0))

    def _set_turning(self, turning: bool) -> None:
        """While anything moves every ring draws its labels the fast way; at rest, exactly."""
        for item in self.rings.values():
            item.set_turning(turning)

    def _settled(self) -> None:
        self._set_turning(False)
        arrangement = self.arrangement()
        self.arrangementSettled.emit(arrangement, lines_of(self.model, arrangement))

    # -- focus, selection -----------------------------------------------------------------

    def set_partial_focus(self, key: str | None) -> None:
        """Put one ring or one stakeholder group in focus and dim the rest (None: the whole)."""
        dimmed = dimmed_segments(self.model, key)  # KeyError for a key that is neither
        self._partial_focus = key
        for ring_key, segments in dimmed.items():
            self.rings[ring_key].set_dimmed(segments)
        self.core.set_dimmed(key in self.model.ring_keys)

    def partial_focus(self) -> str | None:
        return self._partial_focus

    def selected_ring(self) -> str | None:
        return self._selected

    def select_ring(self, ring_key: str | None) -> None:
        if ring_key is not None and ring_key not in self.rings:
            raise KeyError(f"no ring {ring_key!r}")
        if ring_key == self._selected:
            return
        self._selected = ring_key
        for key, item in self.rings.items():
            item.set_selected(key == ring_key)
        self.ringSelected.emit(ring_key or "")

    def turn_selected(self, segments: int) -> None:
        """Turn the selected ring (the first one if none is) by whole segments, animated."""
        if self._selected is None:
            self.select_ring(self.model.ring_keys[0])
        key = self._selected or ""
        ring = self.wheel.ring(key)
        if ring.locked or ring.is_dragging or segments == 0:
            return
        self.ringTurnStarted.emit(key)
        ring.turn_by(segments)
        self.animator.kick()

    # -- where things are -----------------------------------------------------------------

    def ring_at(self, radius: float) -> str | None:
        """The ring under a point at this distance from the centre (None: core or outside)."""
        for key, (inner, outer) in zip(self.model.ring_keys, self.bounds, strict=True):
            if inner <= radius < outer:
                return key
        return None

    def segment_key_at(self, position: QPointF) -> str | None:
        """The segment under a scene point; the core's key on the axis; None outside."""
        radius, angle = polar(position)
        if radius < self.bounds[0][0]:
            return self.model.core.key
        key = self.ring_at(radius)
        if key is None:
            return None
        ring = self.model.ring(key)
        index = segment_at(angle, self.wheel.ring(key).angle, ring.segment_count)
        return ring.segments[index].key

    def lock_at(self, position: QPointF) -> str | None:
        """The ring whose (visible) lock icon is under a scene point."""
        for key, item in self.rings.items():
            if (item.locked or item.selected) and (
                (position - item.lock_centre).manhattanLength() < LOCK_SIZE
            ):
                return key
        return None

    # -- pointer and keys -----------------------------------------------------------------

    def _moved(self, ring_key: str) -> None:
        self._set_turning(True)
        ring = self.wheel.ring(ring_key)
        self.rings[ring_key].setRotation(math.fmod(ring.angle, 360.0))

    def segment_tapped(self, position: QPointF) -> None:
        """A click or tap that turned nothing: select the segment under it."""
        key = self.segment_key_at(position)
        if key is None:
            return
        if key != self.model.core.key:
            self.select_ring(self.model.ring_of(key).key)
        self.segmentSelected.emit(key)
