"""The program's behaviour behind the window: the open network, its edits and their undo.

Panels call these methods and listen to `noticed`; they hold no SQL and no business rules
(the Mu editor's split of logic and interface). Every edit is one store transaction wrapped
in an undo command, so Edit → Undo reaches every kind of change, and every committed change
becomes one `Changes` notice (`app.core.changes`). The Workshop keeps its copy of the open
network current by patching the parts a change touched; it reads the whole network only when
one is opened or a change touched lines, indicators, measurements or moments (whose deletes
cascade).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.core.changes import Changes, Origin, Part
from app.core.geometry import Arrangement
from app.core.model import Direction, Language, Model
from app.core.reasoning import ReasoningLine, arrangement_for, lines_of
from app.core.wording import Wording
from app.ui.control.commands import QT_TRANSLATE_NOOP, Change, UndoText
from app.ui.control.core_edits import CoreEdits
from app.ui.control.learning_edits import LearningEdits
from app.ui.control.line_edits import LineEdits
from app.ui.control.note_edits import NoteEdits
from app.ui.control.parts import INDICATORS, LINES, MEASUREMENTS, NETWORK, STORIES, WHEEL
from app.ui.control.undoable import UndoableEdits
from app.ui.control.view_state import ViewState
from db.errors import DuplicateNameError
from db.records import Line, LineStatus, NetworkContents, Snapshot, WheelState
from db.store import Store

# A story keystroke commits without waiting for the disk; this long after the last one, the
# log is synced, so a power cut loses at most this much typing (docs/store-safety.md, "Typing").
SYNC_TYPING_MS = 500


class Workshop(QObject):
    """One open store and, within it, the open network."""

    networkOpened = Signal()  # another network (or none) is open; everything changed
    noticed = Signal(Changes)  # one committed change: its parts, records, origin and initiator
    changed = Signal(frozenset)  # the same change's parts, each a Part (older listeners)
    wheelMoved = Signal(WheelState, bool)  # the wheel should show this state (animated?)
    wheelOptionsChanged = Signal(WheelState)  # locks or partial focus of the stored wheel
    currentLineChanged = Signal()  # the saved line the line panel edits (or the draft)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model: Model = store.model
        self.undo_stack = QUndoStack(self)
        self.edits = UndoableEdits(store, self.undo_stack, self._emit, self.replaying)
        self._origin = Origin.EDIT
        self._initiator: object | None = None
        self.view = ViewState(self)
        """What is being viewed (the post-it moment filter): one owner for every view."""
        self.learning = LearningEdits(self.edits, self._network, lambda: self.contents)
        self.core_edits = CoreEdits(self.edits, self._network, lambda: self.contents)
        self.line_edits = LineEdits(self.edits, self)
        self.notes = NoteEdits(self.edits, self._network, lambda: self.contents)  # many at once
        self.network_id: int | None = None
        self._contents: NetworkContents | None = None
        self.current_line_id: int | None = None
        self.rework_line_id: int | None = None  # the saved line the wheel was turned away from
        self.direction = Direction.INSIDE_OUT
        self.language: Language = "nl"  # for texts taken from the model (default titles)
        self.draft_title = ""
        self.draft_assumptions = ""
        # Stories typed for a line that is not saved yet, per focus line: turning away and back
        # within the session keeps them.
        self._drafts: dict[tuple[str, ...], dict[str, str]] = {}
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(SYNC_TYPING_MS)
        self._sync_timer.timeout.connect(self.sync_typing)

    # --- reading ---------------------------------------------------------------------------

    @property
    def contents(self) -> NetworkContents:
        if self.network_id is None:
            raise LookupError("no network is open")
        if self._contents is None:
            self._contents = self.store.networks.load_network(self.network_id)
        return self._contents

    @property
    def has_network(self) -> bool:
        return self.network_id is not None

    def focus_line(self) -> ReasoningLine:
        return lines_of(self.model, self.contents.wheel.arrangement, self.direction)[0]

    def current_line(self) -> Line | None:
        if self.current_line_id is None or self.network_id is None:
            return None
        return next((line for line in self.contents.lines if line.id == self.current_line_id), None)

    def saved_focus_line(self) -> Line | None:
        """The saved line on the focus sightline, if the line in focus is saved."""
        line = self.current_line()
        if line is not None and line.segment_keys == self.focus_line().segment_keys:
            return line
        return None

    def draft_stories(self) -> dict[str, str]:
        return self._drafts.setdefault(self.focus_line().segment_keys, {})

    # --- the change stream -------------------------------------------------------------------

    @contextmanager
    def _acting(self, origin: Origin, initiator: object | None) -> Iterator[None]:
        before = self._origin, self._initiator
        self._origin, self._initiator = origin, initiator
        try:
            yield
        finally:
            self._origin, self._initiator = before

    def on_behalf_of(self, view: object) -> AbstractContextManager[None]:
        """Edits made inside come from `view`: their notices carry it as the initiator, so it
        can leave out refreshing itself (`Changes.made_by`)."""
        return self._acting(self._origin, view)

    def replaying(self, origin: Origin) -> AbstractContextManager[None]:
        """An undo or a redo runs inside: its notices say so, and have no initiator."""
        return self._acting(origin, None)

    def from_the_room(self, view: object | None = None) -> AbstractContextManager[None]:
        """Edits made inside write what a participant sent from a phone (accepted in `view`)."""
        return self._acting(Origin.ROOM, view)

    def _emit(self, *parts: Part, ids: Mapping[Part, Iterable[int]] | None = None) -> None:
        """Tell every listener about one committed change, after patching the contents."""
        changes = Changes.of(parts, self._origin, self._initiator, ids)
        self._patch(changes.parts)
        filtered = self.view.moment_filter()
        gone = changes.touches(Part.MOMENTS) and filtered is not None
        if gone and all(moment.id != filtered for moment in self.contents.moments):
            self.view.set_moment_filter(None)  # its moment is gone: all post-its
        self.noticed.emit(changes)
        self.changed.emit(changes.members())

    # Parts the Workshop reads again on their own (one query each) instead of the whole
    # network; STORIES are patched by the edit itself (`_story_written`).
    _PATCHED = Part.STORIES | Part.NOTES | Part.CORE | Part.NETWORK | Part.WHEEL

    def _patch(self, parts: Part) -> None:
        """Bring the cached contents up to date with a committed change to `parts`."""
        contents = self._contents
        if contents is None or self.network_id is None:
            return
        if parts & ~self._PATCHED:
            self._contents = None  # lines, indicators, measurements, moments: read it all again
            return
        network_id, store = self.network_id, self.store
        if parts & Part.NOTES:
            contents = replace(contents, notes=store.notes.list_notes(network_id))
        if parts & Part.CORE:
            contents = replace(contents, core=store.lines.list_core(network_id))
        if parts & Part.NETWORK:
            contents = replace(contents, network=store.networks.get_network(network_id))
        if parts & Part.WHEEL:
            contents = replace(contents, wheel=store.wheel.get_wheel(network_id))
        self._contents = contents

    def _story_written(self, line: Line) -> None:
        """A keystroke's commit returned: patch the contents, and sync after a pause."""
        self._patch_line(line)
        self._sync_timer.start()

    def sync_typing(self) -> None:
        """Make the typing committed so far survive a power cut (after a pause, at close)."""
        self._sync_timer.stop()
        self.store.sync()

    @property
    def typing_unsynced(self) -> bool:
        """Story keystrokes are committed but not yet synced to the disk."""
        return self._sync_timer.isActive()

    def _patch_line(self, line: Line) -> None:
        """Put a line the store just wrote into the loaded contents (no reload)."""
        if self._contents is not None:
            lines = tuple(line if old.id == line.id else old for old in self._contents.lines)
            self._contents = replace(self._contents, lines=lines)

    # --- networks --------------------------------------------------------------------------

    def open_network(self, network_id: int | None) -> None:
        """Show another network (None: none); undo history belongs to the network left."""
        self.undo_stack.clear()
        self._open(network_id)

    def _open(self, network_id: int | None) -> None:
        if self.typing_unsynced:
            self.sync_typing()
        self.network_id = network_id
        self._contents = None
        self.view.set_moment_filter(None)  # the moments belong to the network left
        self._drafts.clear()
        self.current_line_id = None
        self.rework_line_id = None
        self.direction = Direction.INSIDE_OUT
        if network_id is not None:
            self._follow_arrangement(self.contents.wheel.arrangement)
        self.networkOpened.emit()
        if network_id is not None:
            self.wheelMoved.emit(self.contents.wheel, False)

    def create_network(self, name: str) -> int:
        network = self.store.networks.create_network(name)
        self.open_network(network.id)
        return network.id

    def duplicate_network(self, name: str | None = None) -> int:
        network = self.store.networks.duplicate_network(self._network(), name)
        self.open_network(network.id)
        return network.id

    def import_network(self, path: Any) -> int:
        network = self.store.networks.import_file(path)
        self.open_network(network.id)
        return network.id

    def export_network(self, path: Any) -> None:
        self.store.networks.export_network_to(self._network(), path)

    def delete_network(self) -> None:
        """Delete the open network; undo (until the program closes) brings it back and opens it."""
        network_id = self._network()
        name = self.contents.network.name
        self.undo_stack.clear()
        snapshot: list[Snapshot] = []

        def apply() -> None:
            snapshot[:] = [self.store.networks.delete_network(network_id)]
            self._open(None)

        def revert() -> None:
            self.store.networks.restore(snapshot[0])
            self._open(network_id)

        apply()
        text = UndoText(QT_TRANSLATE_NOOP("Workshop", "Delete network “%1”"), name)
        self.undo_stack.push(Change(text, apply, revert))

    def rename_network(self, name: str) -> None:
        network_id = self._network()
        old = self.contents.network.name
        if name == old:
            return
        if self.store.networks.unique_name(name) != name.strip():
            raise DuplicateNameError(f"there is already a network named {name!r}", name)
        self.edits.push_simple(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Rename network")),
            lambda: self.store.networks.rename_network(network_id, name),
            lambda: self.store.networks.rename_network(network_id, old),
            NETWORK,
        )

    def set_description(self, text: str) -> None:
        network_id = self._network()
        self.edits.edit_field(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Edit description")),
            ("description", network_id),
            self.contents.network.description,
            text,
            lambda value: self.store.networks.set_network_description(network_id, value),
            NETWORK,
        )

    def set_stakeholder_name(self, key: str, name: str) -> None:
        network_id = self._network()
        group = self.contents.network.stakeholder(key)
        self.edits.edit_field(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Name stakeholder group")),
            ("stakeholder", network_id, key),
            group.name,
            name,
            lambda value: self.store.networks.set_stakeholder_group(
                network_id, key, value, self.contents.network.stakeholder(key).description
            ),
            NETWORK,
        )

    def _network(self) -> int:
        if self.network_id is None:
            raise LookupError("no network is open")
        return self.network_id

    # --- the wheel -------------------------------------------------------------------------

    def wheel_settled(self, arrangement: Arrangement) -> None:
        """The wheel came to rest by hand (a drag, flick or key): one undo step per gesture."""
        if self.network_id is None:
            return
        old = self.contents.wheel
        if arrangement != old.arrangement:
            new = WheelState(arrangement, old.locked_rings, old.focus_ring, old.focus_stakeholder)
            self._push_wheel(
                UndoText(QT_TRANSLATE_NOOP("Workshop", "Turn the wheel")),
                old,
                new,
                animate=True,
                shown=True,
            )

    def set_locked(self, ring_key: str, locked: bool) -> None:
        """Lock a ring against hands (or free it); the one place that decides locks."""
        old = self.contents.wheel
        rings = old.locked_rings | {ring_key} if locked else old.locked_rings - {ring_key}
        self._set_wheel_options(rings, old.focus_ring, old.focus_stakeholder)

    def set_partial_focus(self, key: str | None) -> None:
        """Put one ring or one stakeholder group in focus (None: the whole model)."""
        old = self.contents.wheel
        ring = key if key in self.model.ring_keys else None
        stakeholder = key if key is not None and ring is None else None
        if stakeholder is not None:
            self.model.stakeholder_ring.index_of(stakeholder)  # KeyError for anything else
        self._set_wheel_options(old.locked_rings, ring, stakeholder)

    def _set_wheel_options(
        self, locked: frozenset[str], focus_ring: str | None, focus_stakeholder: str | None
    ) -> None:
        old = self.contents.wheel
        new = WheelState(old.arrangement, frozenset(locked), focus_ring, focus_stakeholder)
        if new != old:
            self._push_wheel(
                UndoText(QT_TRANSLATE_NOOP("Workshop", "Lock or focus")),
                old,
                new,
                animate=False,
                shown=False,
            )

    def turn_to_line(self, line_id: int) -> None:
        """Select a saved line: the rings turn (animated) until it lies on the focus sightline."""
        line = next(line for line in self.contents.lines if line.id == line_id)
        self.current_line_id = line_id
        self.rework_line_id = None
        self.direction = line.direction
        target = arrangement_for(self.model, line.reasoning_line)
        old = self.contents.wheel
        if target != old.arrangement:
            new = WheelState(target, old.locked_rings, old.focus_ring, old.focus_stakeholder)
            self._push_wheel(
                UndoText(QT_TRANSLATE_NOOP("Workshop", "Turn to a line")),
                old,
                new,
                animate=True,
                shown=False,
            )
        self.currentLineChanged.emit()

    def _push_wheel(
        self, text: str | UndoText, old: WheelState, new: WheelState, animate: bool, shown: bool
    ) -> None:
        """Store a new wheel state as one undo step; undo and redo show (turn) the wheel too.

        `shown`: the wheel shows `new`'s arrangement already (a hand turned it), so only the
        store follows. Locks and focus are always shown from here (`wheelOptionsChanged`).
        """
        network_id = self._network()

        def show(state: WheelState, mirror: bool) -> None:
            self.store.wheel.save_wheel(network_id, state)
            self._follow_arrangement(state.arrangement)
            self._emit(WHEEL)
            self.wheelOptionsChanged.emit(state)
            if mirror:
                self.wheelMoved.emit(state, animate)

        show(new, not shown and new.arrangement != old.arrangement)
        self.undo_stack.push(Change(text, lambda: show(new, True), lambda: show(old, True)))

    def _follow_arrangement(self, arrangement: Arrangement) -> None:
        """Keep the line panel on a saved line while it is in focus, else on the draft."""
        focus = lines_of(self.model, arrangement, self.direction)[0].segment_keys
        current = self.current_line()
        if current is not None and current.segment_keys == focus:
            return
        matches = [line for line in self.contents.lines if line.segment_keys == focus]
        chosen = max(matches, key=lambda line: line.updated_at, default=None)
        if chosen is not None:
            self.rework_line_id = None
        elif current is not None:
            self.rework_line_id = current.id  # turned away from a saved line: it may be reworked
        self.current_line_id = chosen.id if chosen else None
        if chosen is not None:
            self.direction = chosen.direction
        self.currentLineChanged.emit()

    # --- reasoning lines --------------------------------------------------------------------

    def set_direction(self, direction: Direction) -> None:
        line = self.current_line()
        if line is None:
            self.direction = direction
            self.currentLineChanged.emit()
            return
        self.direction = direction
        self.edits.edit_field(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Change direction")),
            ("direction", line.id),
            line.direction,
            direction,
            lambda value: self.store.lines.update_line(line.id, direction=value),
            LINES,
        )

    def save_line(self) -> int:
        """Save the focus line (with the draft's title, stories and assumptions) as a new line."""
        network_id = self._network()
        focus = self.focus_line()
        stories = {key: text for key, text in self.draft_stories().items() if text}
        title = self.draft_title.strip() or self.wording().default_title(focus)
        assumptions = self.draft_assumptions
        direction = self.direction
        line_id = self.edits.push_create(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Save line")),
            lambda: self.store.lines.create_line(
                network_id,
                focus.segment_keys,
                direction,
                title=title,
                stories=stories,
                assumptions=assumptions,
            ),
            self.store.lines.delete_line,
            LINES,
        )
        self._drafts.pop(focus.segment_keys, None)
        self.draft_title = ""
        self.draft_assumptions = ""
        self.current_line_id = line_id
        self.rework_line_id = None
        self.currentLineChanged.emit()
        return line_id

    def after_rework(self, line_id: int | None, rework_id: int | None) -> None:
        """After a rework, its undo or its redo: the panels show `line_id` (or the draft)."""
        self._emit(LINES, INDICATORS, MEASUREMENTS)
        self.current_line_id, self.rework_line_id = line_id, rework_id
        if line_id is None:  # an undo: a saved line may lie in focus again
            focus = self.focus_line().segment_keys
            match = next((ln for ln in self.contents.lines if ln.segment_keys == focus), None)
            if match is not None:
                self.current_line_id, self.rework_line_id = match.id, None
        self.currentLineChanged.emit()

    def wording(self) -> Wording:
        """The model's texts in the chosen language with the open network's own names."""
        if self.network_id is None:
            return Wording.of(self.model, self.language)
        groups = self.contents.network.stakeholders
        return Wording.of(self.model, self.language, ((g.key, g.name) for g in groups))

    def set_story(self, step_key: str, text: str) -> None:
        line = self.current_line()
        if line is None:
            self.draft_stories()[step_key] = text
            return
        self.edits.edit_field(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Edit story")),
            ("story", line.id, step_key),
            line.story(step_key),
            text,
            lambda value: self._story_written(
                self.store.lines.set_line_story(line.id, step_key, value)
            ),
            STORIES,
        )

    def set_line_text(self, field: str, text: str) -> None:
        """`field` is 'title' or 'assumptions'."""
        line = self.current_line()
        if line is None:
            setattr(self, f"draft_{field}", text)
            return
        labels = {
            "title": UndoText(QT_TRANSLATE_NOOP("Workshop", "Rename line")),
            "assumptions": UndoText(QT_TRANSLATE_NOOP("Workshop", "Edit assumptions")),
        }
        self.edits.edit_field(
            labels[field],
            (field, line.id),
            getattr(line, field),
            text,
            lambda value: self.store.lines.update_line(line.id, **{field: value}),
            LINES,
        )

    def set_line_status(self, line_id: int, status: LineStatus) -> None:
        line = next(line for line in self.contents.lines if line.id == line_id)
        self.edits.edit_field(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Change status")),
            ("status", line_id),
            line.status,
            status,
            lambda value: self.store.lines.update_line(line_id, status=value),
            LINES,
        )

    def rename_line(self, line_id: int, title: str) -> None:
        line = next(line for line in self.contents.lines if line.id == line_id)
        self.edits.edit_field(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Rename line")),
            ("title", line_id),
            line.title,
            title,
            lambda value: self.store.lines.update_line(line_id, title=value),
            LINES,
        )

    def delete_line(self, line_id: int) -> None:
        if self.current_line_id == line_id:
            self.current_line_id = None
            self.currentLineChanged.emit()
        self.edits.push_delete(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Delete line")),
            lambda: self.store.lines.delete_line(line_id),
            LINES,
            INDICATORS,
            MEASUREMENTS,
        )
