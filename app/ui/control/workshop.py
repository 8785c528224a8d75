"""The program's behaviour behind the window: the open network, its edits and their undo.

Panels call these methods and listen to `noticed`; they hold no SQL and no business rules
(the Mu editor's split of logic and interface). Every edit is one store transaction wrapped
in an undo command, so Edit → Undo reaches every kind of change, and every committed change
becomes one `Changes` notice (`app.core.changes`), carrying the ids of the records touched.
The Workshop keeps its copy of the open network current by patching it with the records each
write returned (a delete: its snapshot, cascades included; `db.patching`). It reads the whole
network only when one is opened, or after a write that cannot say all it changed (an undone
delete put back, a rework, groups of an indicator); notes, core, network and wheel it then
reads on their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

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
from db.arriving import StoreToCome
from db.errors import DuplicateNameError, NotFoundError
from db.patching import Written, patched
from db.records import Line, LineStatus, NetworkContents, Snapshot, WheelState

if TYPE_CHECKING:
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
    said = Signal(str)  # a short message for the status bar (a line deleted by someone else)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model: Model = store.model
        self.undo_stack = QUndoStack(self)
        self.edits = UndoableEdits(
            store, self.undo_stack, self._emit, self.replaying, self.show_what_is_stored
        )
        self._origin = Origin.EDIT
        self._initiator: object | None = None
        self.view = ViewState(self)
        """What is being viewed (line, draft, direction, moment filter, selected ring, reader):
        one owner for every view."""
        self.learning = LearningEdits(self.edits, self._network, lambda: self.contents)
        self.core_edits = CoreEdits(self.edits, self._network, lambda: self.contents)
        self.line_edits = LineEdits(self.edits, self)
        self.notes = NoteEdits(self.edits, self._network, lambda: self.contents)  # many at once
        self.network_id: int | None = None
        self.connected = True  # False while a team store's server cannot be reached
        self._contents: NetworkContents | None = None
        self.language: Language = "nl"  # for texts taken from the model (default titles)
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(SYNC_TYPING_MS)
        self._sync_timer.timeout.connect(self.sync_typing)
        # What waits for a store still to come (`db.arriving`); None once it is open.
        to_come = isinstance(store, StoreToCome) and store.arrived is None
        self._until_stored: list[Callable[[], None]] | None = [] if to_come else None

    def when_stored(self, then: Callable[[], None]) -> None:
        """Run `then` once the store is open: now, or when it has come (the start furnishes
        the window while the store is still to come: `app.ui.shell.application`)."""
        if self._until_stored is None:
            then()
        elif then not in self._until_stored:  # asked again meanwhile: it runs once
            self._until_stored.append(then)

    def store_came(self) -> None:
        """The store to come is open: what waited for it runs now, in the order it asked;
        each of it, also when one before fails (the first error is raised after)."""
        waiting, self._until_stored = self._until_stored or [], None
        failed: list[Exception] = []
        for then in waiting:
            try:
                then()
            except Exception as error:
                failed.append(error)
        if failed:
            raise failed[0]

    # --- what is viewed (the view state's; here for the Workshop's readers) ----------------

    @property
    def current_line_id(self) -> int | None:
        return self.view.current_line_id

    @property
    def rework_line_id(self) -> int | None:
        return self.view.rework_line_id

    @property
    def direction(self) -> Direction:
        return self.view.direction

    @property
    def draft_title(self) -> str:
        return self.view.draft_title

    @property
    def draft_assumptions(self) -> str:
        return self.view.draft_assumptions

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
        return self.view.draft_stories(self.focus_line().segment_keys)

    # --- the change stream -------------------------------------------------------------------

    @contextmanager
    def _acting(self, origin: Origin, initiator: object | None) -> Iterator[None]:
        before = self._origin, self._initiator
        self._origin, self._initiator = origin, initiator
        self.store.origin = origin  # what the live notices of the writes inside say
        try:
            yield
        finally:
            self._origin, self._initiator = before
            self.store.origin = before[0]

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

    def _emit(
        self,
        *parts: Part,
        ids: Mapping[Part, Iterable[int]] | None = None,
        wrote: object = None,
    ) -> None:
        """Tell every listener about one committed change, after patching the contents with
        what the store wrote (`wrote`: the write's records or a delete's snapshot)."""
        written = Written.of(wrote) if wrote is not None else None
        touched: dict[Part, Iterable[int]] = dict(written.ids()) if written is not None else {}
        touched.update(ids or {})
        self._notice(Changes.of(parts, self._origin, self._initiator, touched), written)

    def _notice(self, changes: Changes, written: Written | None = None) -> None:
        self._patch(changes, written)
        filtered = self.view.moment_filter()
        gone = changes.touches(Part.MOMENTS) and filtered is not None
        if gone and all(moment.id != filtered for moment in self.contents.moments):
            self.view.set_moment_filter(None)  # its moment is gone: all post-its
        self.noticed.emit(changes)
        self.changed.emit(changes.members())

    # Parts the Workshop reads again on their own (one query each) when a write did not say
    # what it wrote; STORIES are patched by the edit itself (`_story_written`).
    _PATCHED = Part.STORIES | Part.NOTES | Part.CORE | Part.NETWORK | Part.WHEEL

    def _patch(self, changes: Changes, written: Written | None = None) -> None:
        """Bring the cached contents up to date with a committed change: put in the records
        the store wrote, read a part on its own where the write did not say (or the change
        was made elsewhere), and read the whole network only where a part cannot be read on
        its own."""
        contents = self._contents
        parts = changes.parts
        if contents is None or self.network_id is None:
            return
        network_id, store = self.network_id, self.store
        if written is not None and written.covers(parts):
            contents = patched(contents, written, self.model, store.stamps)
            parts &= ~written.parts()
        elif parts & ~self._PATCHED:
            self._contents = None  # lines, indicators, measurements, moments: read it all again
            return
        if parts & Part.STORIES and changes.origin is Origin.ELSEWHERE:
            # Someone else's typing: this window's edits patched their own line already.
            ids = changes.ids_of(Part.STORIES) or {line.id for line in contents.lines}
            lines = {line.id: line for line in store.lines.list_lines(network_id) if line.id in ids}
            if len(lines) < len(ids & {line.id for line in contents.lines}):
                self._contents = None  # a line is gone meanwhile: read it all again
                return
            contents = replace(contents, lines=tuple(lines.get(ln.id, ln) for ln in contents.lines))
        if parts & Part.NOTES:
            contents = replace(contents, notes=store.notes.list_notes(network_id))
        if parts & Part.CORE:
            contents = replace(contents, core=store.lines.list_core(network_id))
        if parts & Part.NETWORK:
            contents = replace(contents, network=store.networks.get_network(network_id))
        if parts & Part.WHEEL:
            contents = replace(contents, wheel=store.wheel.get_wheel(network_id))
        stamp = store.stamps.get(("network", network_id))  # every write stamps its network
        if stamp is not None and stamp > contents.network.updated_at:
            contents = replace(contents, network=replace(contents.network, updated_at=stamp))
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

    # --- others' changes (a team store) -------------------------------------------------------

    def apply_elsewhere(self, changes: Changes) -> None:
        """A change someone else committed to the open network (another window, program or
        machine): patch or reload what it touched and tell every view, as `Origin.ELSEWHERE`.
        A saved line being edited here that is gone now closes cleanly (`_line_gone`)."""
        if self.network_id is None:
            return
        elsewhere = Changes(changes.parts, Origin.ELSEWHERE, None, changes.ids)
        current = self.current_line()
        if changes.touches(Part.NETWORK) and not self._network_still_there():
            self._open(None)
            self.said.emit(self.tr("Someone else deleted this network."))
            return
        self._notice(elsewhere)
        if current is not None and self.current_line() is None:
            self._line_gone(current)

    def connection_lost(self) -> None:
        """The team store's server cannot be reached: the window keeps what it shows, the
        store refuses edits (`ConnectionLostError`), and the status bar says so."""
        self.connected = False
        self.said.emit(
            self.tr("Connection lost: changes are not saved until it is back. Connecting again…")
        )

    def connection_back(self) -> None:
        """The server is back: read the open network again (changes made meanwhile by others
        were not heard) and say so."""
        self.connected = True
        self.show_what_is_stored()
        self.said.emit(self.tr("Connected to the server again; the network shows the latest."))

    def show_what_is_stored(self) -> None:
        """An edit was refused because someone else changed or removed its record meanwhile:
        read the open network again and let every view show what is stored now."""
        if self.network_id is None:
            return
        if self._origin in (Origin.UNDO, Origin.REDO):
            # An undo or a redo was refused: the history no longer fits what is stored, and
            # the stack already counts that step as done. Forget it once the step is over.
            QTimer.singleShot(0, self._forget_history)
        current = self.current_line()
        if not self._network_still_there():
            self._open(None)
            return
        self._notice(Changes(Part.everything() & ~Part.WHEEL, Origin.ELSEWHERE))
        if current is not None and self.current_line() is None:
            self._line_gone(current)

    def _forget_history(self) -> None:
        self.undo_stack.clear()
        self.said.emit(
            self.tr(
                "Someone else changed this meanwhile: nothing was undone, and Undo starts anew."
            )
        )

    def _network_still_there(self) -> bool:
        try:
            self.store.networks.get_network(self._network())
        except NotFoundError:
            return False
        return True

    def _line_gone(self, line: Line) -> None:
        """The saved line being edited was deleted by someone else: its texts stay here as a
        draft of the same line (nothing typed is lost; saving makes it a line again), and the
        status bar says what happened."""
        focus = line.segment_keys
        drafts = self.view.draft_stories(focus)
        for step in line.steps:
            if step.story and not drafts.get(step.key):
                self.view.set_draft_story(focus, step.key, step.story)
        if not self.view.draft_title:
            self.view.set_draft_text("title", line.title)
        if not self.view.draft_assumptions:
            self.view.set_draft_text("assumptions", line.assumptions)
        current = None if self.current_line_id == line.id else self.current_line_id
        rework = None if self.rework_line_id == line.id else self.rework_line_id
        self.view.show_line(current, rework, line.direction)
        self.said.emit(
            self.tr(
                "Someone else deleted the line “%1”; what it said is kept here as a draft."
            ).replace("%1", line.title)
        )

    def _patch_line(self, line: Line) -> None:
        """Put a line the store just wrote into the loaded contents (no reload)."""
        if self._contents is not None:
            lines = tuple(line if old.id == line.id else old for old in self._contents.lines)
            self._contents = replace(self._contents, lines=lines)

    # --- networks --------------------------------------------------------------------------

    def open_network(self, network_id: int | None, contents: NetworkContents | None = None) -> None:
        """Show another network (None: none); undo history belongs to the network left.
        `contents`: the network as just read elsewhere (the start's, `db.glance`), which the
        store is then not asked for."""
        if contents is not None and contents.network.id != network_id:
            raise ValueError("the contents given are of another network")
        self.undo_stack.clear()
        self._open(network_id, contents)

    def _open(self, network_id: int | None, contents: NetworkContents | None = None) -> None:
        if self.typing_unsynced:
            self.sync_typing()
        self.network_id = network_id
        self._contents = contents
        self.view.set_moment_filter(None)  # the moments belong to the network left
        self.view.forget_draft()
        self.view.show_line(None, None, Direction.INSIDE_OUT, announce=False)
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
        seen = [self.contents.network.version]  # the first rename only: undo and redo go ahead
        self.edits.push_simple(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Rename network")),
            lambda: self.store.networks.rename_network(
                network_id, name, seen=seen.pop() if seen else None
            ),
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
            lambda value: self.store.networks.set_network_description(
                network_id, value, seen=self.contents.network.version
            ),
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

    def _step_version(self, line_id: int, step_key: str) -> int | None:
        """The version of a saved line's step this window shows (its story's next keystroke
        is made from it; the window's own keystrokes move it on as they return)."""
        line = next((line for line in self.contents.lines if line.id == line_id), None)
        return None if line is None else line.step(step_key).version

    def _line_version(self, line_id: int) -> int | None:
        """The version of a saved line this window shows (what its next edit is made from)."""
        return next((line.version for line in self.contents.lines if line.id == line_id), None)

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
        self.view.show_line(line_id, None, line.direction, announce=False)
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
        self.view.currentLineChanged.emit()

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
            self.view.show_line(chosen.id, None, chosen.direction)
        else:  # turned away from a saved line (if one was viewed): it may be reworked
            rework = current.id if current is not None else self.rework_line_id
            self.view.show_line(None, rework)

    # --- reasoning lines --------------------------------------------------------------------

    def set_direction(self, direction: Direction) -> None:
        line = self.current_line()
        if line is None:
            self.view.show_line(None, self.rework_line_id, direction)
            return
        # The line's notice (LINES) tells every view; the panel chose it already.
        self.view.show_line(line.id, self.rework_line_id, direction, announce=False)
        self.edits.edit_field(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Change direction")),
            ("direction", line.id),
            line.direction,
            direction,
            lambda value: self.store.lines.update_line(
                line.id, direction=value, seen=self._line_version(line.id)
            ),
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
        self.view.forget_draft(focus.segment_keys)
        self.view.show_line(line_id, None)
        return line_id

    def after_rework(self, line_id: int | None, rework_id: int | None) -> None:
        """After a rework, its undo or its redo: the panels show `line_id` (or the draft)."""
        self._emit(LINES, INDICATORS, MEASUREMENTS)
        if line_id is None:  # an undo: a saved line may lie in focus again
            focus = self.focus_line().segment_keys
            match = next((ln for ln in self.contents.lines if ln.segment_keys == focus), None)
            if match is not None:
                line_id, rework_id = match.id, None
        self.view.show_line(line_id, rework_id)

    def wording(self) -> Wording:
        """The model's texts in the chosen language with the open network's own names."""
        if self.network_id is None:
            return Wording.of(self.model, self.language)
        groups = self.contents.network.stakeholders
        return Wording.of(self.model, self.language, ((g.key, g.name) for g in groups))

    def set_story(self, step_key: str, text: str) -> None:
        """Store a keystroke in a step's story. Someone else's save of the same story since
        this window read it raises `EditConflictError` (both texts; nothing written: the
        caller asks which to keep and calls `resolve_story`); a line deleted by someone else
        meanwhile closes, its texts kept as a draft (`_line_gone`)."""
        line = self.current_line()
        if line is None:
            self.view.set_draft_story(self.focus_line().segment_keys, step_key, text)
            return
        try:
            self.edits.edit_field(
                UndoText(QT_TRANSLATE_NOOP("Workshop", "Edit story")),
                ("story", line.id, step_key),
                line.story(step_key),
                text,
                lambda value: self._story_written(
                    self.store.lines.set_line_story(
                        line.id, step_key, value, seen=self._step_version(line.id, step_key)
                    )
                ),
                STORIES,
            )
        except NotFoundError:
            self.show_what_is_stored()
            if self.current_line() is None:  # the line is gone: keep this keystroke too
                self.view.set_draft_story(self.focus_line().segment_keys, step_key, text)

    def resolve_story(self, step_key: str, text: str) -> None:
        """After a conflict: read the line as stored now and save `text` (the choice made:
        mine, theirs or both) over that version; one more undo step of the typing."""
        line = self.current_line()
        if line is None:
            return
        try:
            stored = self.store.lines.get_line(line.id)
        except NotFoundError:
            self.show_what_is_stored()
            return
        self._patch_line(stored)
        if stored.story(step_key) == text:
            with self._acting(Origin.ELSEWHERE, None):
                self._emit(STORIES, ids={STORIES: (line.id,)})  # theirs kept: views show it
            return
        self.set_story(step_key, text)

    def set_line_text(self, field: str, text: str) -> None:
        """`field` is 'title' or 'assumptions'."""
        line = self.current_line()
        if line is None:
            self.view.set_draft_text(field, text)
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
            lambda value: self.store.lines.update_line(
                line.id, seen=self._line_version(line.id), **{field: value}
            ),
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
            lambda value: self.store.lines.update_line(
                line_id, title=value, seen=self._line_version(line_id)
            ),
            LINES,
        )

    def delete_line(self, line_id: int) -> None:
        if self.current_line_id == line_id:
            self.view.show_line(None, self.rework_line_id)
        self.edits.push_delete(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Delete line")),
            lambda: self.store.lines.delete_line(line_id),
            LINES,
            INDICATORS,
            MEASUREMENTS,
        )
