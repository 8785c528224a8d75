"""The wheel in the accessibility tree, for screen readers (Orca, NVDA) and their users.

A `QGraphicsScene` is one blank picture to assistive technology; as MuseScore did for its
score, the wheel's view gets an accessible interface of its own (through Qt's accessibility
factory) whose children are what the picture shows:

    wheel (canvas)
    ├── line at 12 o'clock (static text: "Lijn: … → … → …")
    ├── ring (list; actions: turn clockwise, turn anticlockwise)
    │   ├── lock (check box: checked when locked; action: toggle)
    │   └── segment (list item: name; ring, position and "op 12 uur" in its description)
    │       └── post-its (note: "3 geeltjes")
    │           └── one post-it (static text: its text)
    └── …

Children that are not QObjects live as long as their view: Qt's accessibility cache keeps
a pointer to every interface it has handed out, so Python keeps each one (a dict per view)
and never makes a second for the same part. An interface whose part has gone (a note
removed, the view closed) reports itself invalid.

When the line at 12 o'clock changes, the view announces it (politely, after what the screen
reader is saying) with Qt's `QAccessibleAnnouncementEvent`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QPolygonF,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsItem, QWidget

from app.canvas.shapes import annular_sector
from app.core.wording import CHAIN_SEPARATOR

if TYPE_CHECKING:
    from app.canvas.scene import WheelScene
    from app.canvas.view import WheelView

Note = tuple[int, str, str, str]  # id, segment key, text, colour


def line_announcement(scene: WheelScene) -> str:
    """'Lijn: LEF → Kennis & bewustzijn → … → Directe doelgroep': the line at 12 o'clock."""
    focus = scene.lines()[0]
    names = [scene.core_title(), *(scene.label_text(key) for key in focus.segment_keys)]
    return QCoreApplication.translate("WheelAccessible", "Line: {chain}").format(
        chain=CHAIN_SEPARATOR.join(names)
    )


def notes_count(count: int) -> str:
    # Two texts, not one with %n: lupdate reads plural forms only from tr() calls.
    if count == 1:
        return QCoreApplication.translate("WheelAccessible", "1 post-it")
    return QCoreApplication.translate("WheelAccessible", "{count} post-its").format(count=count)


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class _Part(QAccessibleInterface):
    """A part of the wheel that is no QObject: a child of `parent` in the tree."""

    def __init__(self, wheel: WheelAccessible, parent: QAccessibleInterface) -> None:
        super().__init__()
        self.wheel = wheel
        self._parent = parent

    # The view's interface is deleted by Qt with the view; every part asks its view.
    @property
    def view(self) -> WheelView | None:
        view = self.wheel.wheel_view
        return view if _alive(view) else None

    def isValid(self) -> bool:
        return self.view is not None

    def object(self) -> QObject | None:  # type: ignore[override]  # parts are no QObjects
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        view = self.view
        return view.window().windowHandle() if view is not None else None

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        for index in range(self.childCount()):
            child = self.child(index)
            if child is not None and child.rect().contains(x, y):
                return child
        return None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        children = self.children()
        return children[index] if 0 <= index < len(children) else None

    def childCount(self) -> int:
        return len(self.children())

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        children = self.children()
        for index, candidate in enumerate(children):
            if candidate is child:
                return index
        return -1

    def children(self) -> list[QAccessibleInterface]:
        return []

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass  # nothing on the wheel is renamed through the accessibility tree

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        view = self.view
        state.invisible = view is None or not view.isVisible()
        return state

    def _screen_rect(self, polygon: QPolygonF) -> QRect:
        view = self.view
        if view is None:
            return QRect()
        shown = view.mapFromScene(polygon).boundingRect()
        return QRect(view.viewport().mapToGlobal(shown.topLeft()), shown.size())

    def _item_rect(self, item: QGraphicsItem) -> QRect:
        return self._screen_rect(QPolygonF(item.sceneBoundingRect()))

    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:
        # Qt takes a void*: PySide converts a VoidPtr, not the plain int its stub declares
        # (an int crashes the conversion).
        actions = self.actions()
        address = 0
        if kind == QAccessible.InterfaceType.ActionInterface and actions is not None:
            address = shiboken6.getCppPointer(actions)[0]
        return shiboken6.VoidPtr(address)  # type: ignore[return-value]

    def actions(self) -> QAccessibleActionInterface | None:
        return None


class _Actions(QAccessibleActionInterface):
    """Named actions, each a callable; Qt asks for this through `interface_cast`."""

    def __init__(self, actions: dict[str, tuple[Callable[[], str], Callable[[], None]]]) -> None:
        super().__init__()
        self._actions = actions  # action name -> (its name for people, what it does)

    def actionNames(self) -> list[str]:
        return list(self._actions)

    def localizedActionName(self, name: str) -> str:
        return self._actions[name][0]() if name in self._actions else ""

    def localizedActionDescription(self, name: str) -> str:
        return self.localizedActionName(name)

    def doAction(self, name: str) -> None:
        if name in self._actions:
            self._actions[name][1]()

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []


class LineAccessible(_Part):
    """The reasoning line at 12 o'clock, read as one sentence."""

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.StaticText

    def text(self, t: QAccessible.Text) -> str:
        view = self.view
        if view is None:
            return ""
        if t == QAccessible.Text.Name:
            return line_announcement(view.wheel)
        if t == QAccessible.Text.Description:
            return QCoreApplication.translate(
                "WheelAccessible", "The active reasoning line, along the sightline at 12 o'clock"
            )
        return ""

    def rect(self) -> QRect:
        view = self.view
        if view is None:
            return QRect()
        radius = view.wheel.radius
        return self._screen_rect(QPolygonF([QPointF(-60, -radius), QPointF(60, 0)]))


class RingAccessible(_Part):
    """One turning ring: its segments and lock; turning it is an action."""

    CLOCKWISE = QAccessibleActionInterface.increaseAction()
    ANTICLOCKWISE = QAccessibleActionInterface.decreaseAction()

    def __init__(self, wheel: WheelAccessible, ring_key: str) -> None:
        super().__init__(wheel, wheel)
        self.ring_key = ring_key
        self.lock = LockAccessible(wheel, self)
        scene = wheel.scene
        self.segments = [
            SegmentAccessible(wheel, self, segment.key)
            for segment in scene.model.ring(ring_key).segments
        ]
        self._actions = _Actions(
            {
                self.CLOCKWISE: (
                    lambda: QCoreApplication.translate("WheelAccessible", "Turn clockwise"),
                    lambda: self.turn(1),
                ),
                self.ANTICLOCKWISE: (
                    lambda: QCoreApplication.translate("WheelAccessible", "Turn anticlockwise"),
                    lambda: self.turn(-1),
                ),
            }
        )

    def actions(self) -> QAccessibleActionInterface:
        return self._actions

    def turn(self, segments: int) -> None:
        """Turn one segment on, as the arrow keys do on the selected ring."""
        view = self.view
        if view is None:
            return
        view.wheel.select_ring(self.ring_key)
        view.wheel.turn_selected(segments)

    def children(self) -> list[QAccessibleInterface]:
        return [self.lock, *self.segments]

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.List

    def text(self, t: QAccessible.Text) -> str:
        view = self.view
        if view is None:
            return ""
        scene = view.wheel
        number = scene.model.ring_keys.index(self.ring_key) + 1
        if t == QAccessible.Text.Name:
            return QCoreApplication.translate("WheelAccessible", "Ring {number}: {name}").format(
                number=number, name=scene.wording.ring(self.ring_key)
            )
        if t == QAccessible.Text.Description:
            locked = (
                QCoreApplication.translate("WheelAccessible", "locked")
                if scene.is_locked(self.ring_key)
                else QCoreApplication.translate("WheelAccessible", "free to turn")
            )
            return QCoreApplication.translate(
                "WheelAccessible", "{state}; turn it with ← and →, or choose it with {number}"
            ).format(state=locked, number=number)
        return ""

    def state(self) -> QAccessible.State:
        state = super().state()
        view = self.view
        state.focusable = True
        if view is not None:
            selected = view.wheel.selected_ring() == self.ring_key
            state.focused = selected and view.hasFocus()
            state.selected = selected
            state.readOnly = view.wheel.is_locked(self.ring_key)
        return state

    def rect(self) -> QRect:
        view = self.view
        return QRect() if view is None else self._item_rect(view.wheel.rings[self.ring_key])


class LockAccessible(_Part):
    """A ring's lock: checked while the ring cannot be turned by hand."""

    def __init__(self, wheel: WheelAccessible, ring: RingAccessible) -> None:
        super().__init__(wheel, ring)
        self.ring = ring
        toggle = QAccessibleActionInterface.toggleAction()
        self._actions = _Actions(
            {
                toggle: (
                    lambda: QCoreApplication.translate("WheelAccessible", "Lock or unlock"),
                    self.toggle,
                )
            }
        )

    def actions(self) -> QAccessibleActionInterface:
        return self._actions

    def toggle(self) -> None:
        view = self.view
        if view is not None:
            key = self.ring.ring_key
            view.wheel.lockRequested.emit(key, not view.wheel.is_locked(key))

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.CheckBox

    def text(self, t: QAccessible.Text) -> str:
        view = self.view
        if view is None or t != QAccessible.Text.Name:
            return ""
        return QCoreApplication.translate("WheelAccessible", "Lock of {ring}").format(
            ring=view.wheel.wording.ring(self.ring.ring_key)
        )

    def state(self) -> QAccessible.State:
        state = super().state()
        view = self.view
        state.checkable = True
        state.checked = view is not None and view.wheel.is_locked(self.ring.ring_key)
        return state

    def rect(self) -> QRect:
        view = self.view
        if view is None:
            return QRect()
        centre = view.wheel.rings[self.ring.ring_key].lock_centre
        item = view.wheel.rings[self.ring.ring_key]
        corner = QPointF(30, 30)
        return self._screen_rect(item.mapToScene(QPolygonF([centre - corner, centre + corner])))


class SegmentAccessible(_Part):
    """A segment: its name, and where it lies (ring, position, at 12 o'clock or not)."""

    def __init__(self, wheel: WheelAccessible, ring: RingAccessible, segment_key: str) -> None:
        super().__init__(wheel, ring)
        self.ring = ring
        self.segment_key = segment_key
        self.stack = StackAccessible(wheel, self)

    def children(self) -> list[QAccessibleInterface]:
        view = self.view
        if view is None or not view.wheel.notes_on(self.segment_key):
            return []
        return [self.stack]

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def _index(self, scene: WheelScene) -> int:
        return scene.model.ring(self.ring.ring_key).index_of(self.segment_key)

    def at_focus(self, scene: WheelScene) -> bool:
        ring_index = scene.model.ring_keys.index(self.ring.ring_key)
        return scene.arrangement().indices[ring_index] == self._index(scene)

    def text(self, t: QAccessible.Text) -> str:
        view = self.view
        if view is None:
            return ""
        scene = view.wheel
        if t == QAccessible.Text.Name:
            return scene.label_text(self.segment_key)
        if t == QAccessible.Text.Description:
            ring = scene.model.ring(self.ring.ring_key)
            where = QCoreApplication.translate(
                "WheelAccessible", "{ring}, segment {position} of {count}"
            ).format(
                ring=scene.wording.ring(ring.key),
                position=self._index(scene) + 1,
                count=ring.segment_count,
            )
            if self.at_focus(scene):
                where += QCoreApplication.translate("WheelAccessible", ", at 12 o'clock")
            count = len(scene.notes_on(self.segment_key))
            if count:
                where += ", " + notes_count(count)
            return where
        return ""

    def state(self) -> QAccessible.State:
        state = super().state()
        view = self.view
        state.selectable = True
        state.selected = view is not None and self.at_focus(view.wheel)
        return state

    def rect(self) -> QRect:
        view = self.view
        if view is None:
            return QRect()
        item = view.wheel.rings[self.ring.ring_key]
        index = self._index(view.wheel)
        sector = annular_sector(item.inner, item.outer, (index - 0.5) * item.step, item.step)
        return self._screen_rect(item.mapToScene(sector.toFillPolygon()))


class StackAccessible(_Part):
    """A segment's post-its: how many, and each one's text as a child (read on request)."""

    def __init__(self, wheel: WheelAccessible, segment: SegmentAccessible) -> None:
        super().__init__(wheel, segment)
        self.segment = segment
        self._notes: list[NoteAccessible] = []

    def notes(self) -> tuple[Note, ...]:
        view = self.view
        return () if view is None else view.wheel.notes_on(self.segment.segment_key)

    def children(self) -> list[QAccessibleInterface]:
        count = len(self.notes())
        while len(self._notes) < count:  # made once each, kept: Qt's cache points at them
            self._notes.append(NoteAccessible(self.wheel, self, len(self._notes)))
        return list(self._notes[:count])

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Note

    def text(self, t: QAccessible.Text) -> str:
        view = self.view
        if view is None:
            return ""
        if t == QAccessible.Text.Name:
            return QCoreApplication.translate("WheelAccessible", "{count} on {segment}").format(
                count=notes_count(len(self.notes())),
                segment=view.wheel.label_text(self.segment.segment_key),
            )
        if t == QAccessible.Text.Description:
            return QCoreApplication.translate(
                "WheelAccessible", "Expand to hear the post-its' texts"
            )
        return ""

    def isValid(self) -> bool:
        return super().isValid() and bool(self.notes())

    def rect(self) -> QRect:
        view = self.view
        if view is None:
            return QRect()
        for item in view.wheel.stacks():
            if item.segment_key == self.segment.segment_key:
                return self._item_rect(item)
        return self.segment.rect()


class NoteAccessible(_Part):
    """One post-it of a stack, by its place in the stack."""

    def __init__(self, wheel: WheelAccessible, stack: StackAccessible, index: int) -> None:
        super().__init__(wheel, stack)
        self.stack = stack
        self.index = index

    def isValid(self) -> bool:
        return super().isValid() and self.index < len(self.stack.notes())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.StaticText

    def text(self, t: QAccessible.Text) -> str:
        notes = self.stack.notes()
        if t != QAccessible.Text.Name or self.index >= len(notes):
            return ""
        return notes[self.index][2]

    def rect(self) -> QRect:
        return self.stack.rect()


class WheelAccessible(QAccessibleWidget):
    """The wheel's view: a canvas whose children are the line at 12 o'clock and the rings."""

    def __init__(self, view: WheelView) -> None:
        super().__init__(view, QAccessible.Role.Canvas)
        self.wheel_view = view
        self.scene = view.wheel
        self.line = LineAccessible(self, self)
        self.rings = [RingAccessible(self, key) for key in self.scene.model.ring_keys]
        _KEPT[id(view)] = self  # parts point here; see the module's docstring

    def children(self) -> list[QAccessibleInterface]:
        return [self.line, *self.rings]

    def childCount(self) -> int:
        return len(self.children())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        children = self.children()
        return children[index] if 0 <= index < len(children) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for index, candidate in enumerate(self.children()):
            if candidate is child:
                return index
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        for ring in reversed(self.rings):
            if ring.rect().contains(x, y):
                segment = ring.childAt(x, y)
                return segment if segment is not None else ring
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        selected = self.scene.selected_ring()
        if selected is None or not self.wheel_view.hasFocus():
            return None
        return self.rings[self.scene.model.ring_keys.index(selected)]

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return QCoreApplication.translate("WheelAccessible", "Wheel")
        if t == QAccessible.Text.Description:
            return QCoreApplication.translate(
                "WheelAccessible",
                "The network impact wheel: 1 to 4 choose a ring, ← and → turn it, "
                "Tab goes to the next ring",
            )
        return super().text(t)

    def ring_interface(self, ring_key: str) -> RingAccessible:
        return self.rings[self.scene.model.ring_keys.index(ring_key)]


# The view's interface by id(view), so a view's parts stay alive while Qt may ask for them.
_KEPT: dict[int, WheelAccessible] = {}


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    from app.canvas.view import WheelView  # the view imports this module

    if isinstance(obj, WheelView):
        key = id(obj)
        obj.destroyed.connect(lambda *_args: _KEPT.pop(key, None))
        return WheelAccessible(obj)
    return None


_installed = False


def install() -> None:
    """Let Qt ask this module for the wheel's accessible interface (once per program)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def wheel_interface(view: QWidget) -> WheelAccessible | None:
    """The view's accessible interface, if assistive technology has made one."""
    found = _KEPT.get(id(view))
    return found if found is not None and found.wheel_view is view else None


class Announcer(QObject):
    """Tells assistive technology what changed on the wheel: the new line at 12 o'clock
    (politely), and which ring the keys now turn (a focus event on that ring)."""

    def __init__(self, view: WheelView) -> None:
        super().__init__(view)
        self._view = view
        self._last = ""
        view.wheel.arrangementSettled.connect(self.line_changed)
        view.wheel.ringSelected.connect(self.ring_selected)

    def line_changed(self, *_args: object) -> None:
        if not QAccessible.isActive():
            return
        message = line_announcement(self._view.wheel)
        if message == self._last:
            return
        self._last = message
        wheel = QAccessible.queryAccessibleInterface(self._view)
        found = wheel_interface(self._view)
        if found is not None:
            QAccessible.updateAccessibility(
                QAccessibleEvent(found.line, QAccessible.Event.NameChanged)
            )
        if wheel is not None:
            event = QAccessibleAnnouncementEvent(self._view, message)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)

    def ring_selected(self, ring_key: str) -> None:
        if not QAccessible.isActive() or not ring_key or not self._view.hasFocus():
            return
        QAccessible.queryAccessibleInterface(self._view)  # made by the factory if not yet
        found = wheel_interface(self._view)
        if found is not None:
            ring = found.ring_interface(ring_key)
            QAccessible.updateAccessibility(QAccessibleEvent(ring, QAccessible.Event.Focus))
