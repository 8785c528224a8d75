"""The room, seen from the program: opens and closes the server, holds the post-its that wait
for the facilitator, and writes the accepted ones through the Workshop (one undo step each).

The server runs in its own thread and never touches the store. It puts arrivals in its inbox
and calls back; the callback emits `_arrived`, which Qt queues into this object's (the GUI)
thread, where the inbox is drained. Only this thread writes the store.

What waits is kept in the store (`room_arrivals`) the moment it is drained, under the network
it was sent to: a crash or a kill loses none, and each network's queue comes back with it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.changes import Changes
from app.core.model import IndicatorKind, Text
from app.core.wheel_layout import CALM
from app.room.address import LOOPBACK, PREFERRED_PORT, RoomAddress, RoomOpenError
from app.room.board import AskedQuestion, RoomBoard, build_board
from app.room.measures import AskedDimension, AskedIndicator, StoryInvitation
from app.room.submission import Incoming
from app.ui.control.parts import INDICATORS, NETWORK, WHEEL
from app.ui.control.workshop import Workshop
from app.ui.room.accepting import StoryFitsNoStepError, add_entries, add_story
from db.errors import StoreError
from db.records import DEFAULT_NOTE_COLOUR, Indicator, NewNote

if TYPE_CHECKING:
    from app.room.server import RoomServer

ANSWER_COLOUR = CALM.note_colours[3].upper()  # answers to a question stand out from notes

__all__ = ["ANSWER_COLOUR", "QuestionChoice", "Room", "RoomOpenError"]
log = logging.getLogger("netimpact.room")


@dataclass(frozen=True, slots=True)
class QuestionChoice:
    """A guiding question of the focus line that the facilitator can put to the room."""

    segment_key: str
    index: int
    step: Text
    text: Text


class Room(QObject):
    """One room for the program; `open()` starts listening, `close()` stops."""

    opened = Signal(object)  # RoomAddress
    closed = Signal()
    queueChanged = Signal()  # post-its arrived, were accepted or rejected
    questionChanged = Signal()
    _arrived = Signal()  # emitted in the server's thread, received in ours

    def __init__(self, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.model = workshop.model
        self.pending: list[Incoming] = []
        self.question: AskedQuestion | None = None
        self.indicator: AskedIndicator | None = None  # the indicator the phones measure
        self.stories: StoryInvitation | None = None  # phones may tell stories of change
        self._indicator_asks = 0
        self.network_id: int | None = None
        self.local_network = True  # False: only this laptop can reach the room
        # Where `open()` listens by default: None = the local networks and this laptop. Tests
        # set ["127.0.0.1"] and port 0, so they never listen beyond the loopback address.
        self.hosts: list[str] | None = None
        self.port = PREFERRED_PORT
        self._question_ids: dict[tuple[str, int, str], int] = {}
        self._server: RoomServer | None = None
        self._arrived.connect(self.take_arrivals)
        workshop.noticed.connect(self._noticed)
        workshop.view.currentLineChanged.connect(self.refresh_board)
        workshop.networkOpened.connect(self._network_opened)
        workshop.when_stored(self._show_waiting)

    # --- opening and closing -----------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._server is not None and self._server.is_open

    @property
    def address(self) -> RoomAddress | None:
        return self._server.address if self._server is not None else None

    def listening_on(self) -> list[tuple[str, int]]:
        return self._server.bound() if self._server is not None else []

    def open(self, hosts: list[str] | None = None, port: int | None = None) -> RoomAddress:
        """Listen on the local networks and this laptop (or on `hosts`, else `self.hosts`)."""
        hosts = hosts if hosts is not None else self.hosts
        port = self.port if port is None else port
        if not self.workshop.has_network:
            raise RoomOpenError("open a network first")
        if self.is_open:
            assert self.address is not None
            return self.address
        # The web stack and the interface list load with the first room, not at start.
        from app.room.addresses import local_network_addresses
        from app.room.server import RoomServer

        if hosts is None:
            networks = local_network_addresses()
            self.local_network = bool(networks)
            hosts = [*networks, LOOPBACK]
        else:
            self.local_network = any(host != LOOPBACK for host in hosts)
        self.network_id = self.workshop.network_id
        self._server = RoomServer(self.board(), on_arrival=self._arrived.emit, confirm_keeping=True)
        try:
            address = self._server.open(hosts, port)
        except RoomOpenError:
            self._server = None
            raise
        self.opened.emit(address)
        return address

    def close(self) -> None:
        """Stop listening; post-its still waiting stay in the queue."""
        if self._server is None:
            return
        self._server.close()
        self.take_arrivals()
        self._server = None
        self.closed.emit()

    # --- what the phones see -----------------------------------------------------------------

    def board(self) -> RoomBoard:
        workshop = self.workshop
        if not workshop.has_network:
            return RoomBoard("", (), None, workshop.language)
        network = workshop.contents.network
        return build_board(
            self.model,
            network.name,
            workshop.focus_line().segment_keys,
            {group.key: group.name for group in network.stakeholders},
            CALM,
            self.question,
            workshop.language,
            self.indicator,
            self.stories,
        )

    def refresh_board(self) -> None:
        if self._server is not None:
            self._server.set_board(self.board())

    def _noticed(self, changes: Changes) -> None:
        if changes.touches(INDICATORS) and self._groups_changed():
            asked = self.indicator
            assert asked is not None  # asked again: the phones' next page shows the groups now
            self.ask_indicator(asked.indicator_id, asked.moment_id)
        elif changes.touches(NETWORK | WHEEL):
            self.refresh_board()

    def _groups_changed(self) -> bool:
        """Whether the asked indicator's groups (asked of the phones) were edited since."""
        asked = self.indicator
        if asked is None or not asked.dimensions or not self.workshop.has_network:
            return False
        contents = self.workshop.contents
        if all(i.id != asked.indicator_id for i in contents.indicators):
            return False
        now = tuple(
            AskedDimension(d.name, tuple((g.id, g.name) for g in d.groups))
            for d in contents.dimensions_of(asked.indicator_id)
        )
        return now != asked.dimensions

    def _network_opened(self) -> None:
        """The room belongs to a network: another one closes it. The queue shows what waits
        for the network now open; the other network's arrivals wait in the store."""
        if self.is_open and self.workshop.network_id != self.network_id:
            self.ask(None)
            self.ask_indicator(None)
            self.invite_stories(False)
            self.close()
        self.workshop.when_stored(self._show_waiting)

    def _show_waiting(self) -> None:
        """The open network's queue as the store keeps it, shown (once the store is open)."""
        self._load_waiting()
        self.queueChanged.emit()

    def _load_waiting(self) -> None:
        """The open network's queue as the store keeps it (after a restart, a crash)."""
        self.pending = []
        network_id = self.workshop.network_id
        if network_id is None:
            return
        for arrival in self.workshop.store.room.waiting_arrivals(network_id):
            try:
                item = Incoming.from_payload(arrival.id, arrival.payload)
                self.pending.append(replace(item, photo=arrival.photo))
            except ValueError as error:  # not ours: left in the store, never shown
                log.warning("room: arrival %s cannot be read: %s", arrival.id, error)

    def question_choices(self) -> list[QuestionChoice]:
        """The focus line's guiding questions in its reading order (the core: one per part)."""
        if not self.workshop.has_network:
            return []
        model = self.model
        line = self.workshop.focus_line()
        choices = []
        for step in line.steps(model):
            ring = model.ring(step.ring_key)
            if step.segment_key is None:
                for part in model.core.segments:
                    questions = part.questions(line.direction)
                    choices.append(
                        QuestionChoice(
                            part.key, 0, ring.label, Text(questions.nl[0], questions.en[0])
                        )
                    )
                continue
            questions = model.segment(step.segment_key).questions(line.direction)
            for index, (nl, en) in enumerate(zip(questions.nl, questions.en, strict=False)):
                choices.append(
                    QuestionChoice(step.segment_key, index, ring.short_label, Text(nl, en))
                )
        return choices

    def ask(self, choice: QuestionChoice | None) -> None:
        """Put a question to the room (None: no question); phones see it on their next page."""
        if choice is None:
            self.question = None
        else:
            key = (choice.segment_key, choice.index, choice.text.en)
            question_id = self._question_ids.setdefault(key, len(self._question_ids) + 1)
            self.question = AskedQuestion(question_id, choice.segment_key, choice.step, choice.text)
        self.refresh_board()
        self.questionChanged.emit()

    # --- measuring with the room ------------------------------------------------------------

    def indicator_choices(self) -> list[Indicator]:
        """The current line's indicators, in their order (what the facilitator may ask)."""
        line = self.workshop.current_line() if self.workshop.has_network else None
        if line is None:
            return []
        return list(self.workshop.contents.indicators_of(line.id))

    def ask_indicator(
        self, indicator_id: int | None, moment_id: int | None = None, groups: bool = True
    ) -> None:
        """Ask the phones to measure an indicator at a moment (None: ask none); with `groups`
        an indicator split by group asks each phone its group per dimension."""
        if indicator_id is None or moment_id is None:
            self.indicator = None
        else:
            contents = self.workshop.contents
            indicator = next(i for i in contents.indicators if i.id == indicator_id)
            moment = next(m for m in contents.moments if m.id == moment_id)
            self._indicator_asks += 1
            self.indicator = AskedIndicator(
                self._indicator_asks,
                indicator.id,
                moment.id,
                indicator.name,
                indicator.kind is IndicatorKind.QUANTITATIVE,
                indicator.unit,
                moment.label,
                tuple(
                    AskedDimension(d.name, tuple((g.id, g.name) for g in d.groups))
                    for d in contents.dimensions_of(indicator.id)
                )
                if groups
                else (),
            )
        self.refresh_board()
        self.questionChanged.emit()

    def invite_stories(self, invite: bool, moment_id: int | None = None) -> None:
        """Let the phones tell stories of change (for a moment of the learning path)."""
        if not invite:
            self.stories = None
        else:
            moments = self.workshop.contents.moments if self.workshop.has_network else ()
            label = next((m.label for m in moments if m.id == moment_id), "")
            self.stories = StoryInvitation(label, moment_id if label else None)
        self.refresh_board()
        self.questionChanged.emit()

    def measured(self) -> int:
        """How many answers to the asked indicator wait in the queue (the presenter's count)."""
        asked = self.indicator
        if asked is None:
            return 0
        return sum(1 for item in self.pending if item.indicator == asked)

    def accept_story(self, item_id: int, line_id: int | None = None) -> list[int]:
        """A story of change as evidence on the steps of `line_id` (else the current line)
        that it belongs to; StoryFitsNoStepError when none does (it keeps waiting)."""
        item = self.item(item_id)
        assert item.story is not None
        contents = self.workshop.contents
        wanted = line_id if line_id is not None else self.workshop.current_line_id
        line = next((line for line in contents.lines if line.id == wanted), None)
        if line is None:
            raise StoryFitsNoStepError("")
        moment_id = item.story.moment_id
        if moment_id is not None and all(m.id != moment_id for m in contents.moments):
            moment_id = None  # the moment was deleted since: the story stays, undated
        evidence = add_story(self.workshop, item, line, moment_id, date.today())
        self._forget([item])
        self.queueChanged.emit()
        return evidence

    # --- the queue ----------------------------------------------------------------------------

    def take_arrivals(self) -> None:
        """Move what the server received into the queue, in the order it arrived, keeping it
        in the store first: from here on a crash or a kill loses none of it."""
        if self._server is None:
            return
        inbox = self._server.inbox
        items = []
        while not inbox.empty():
            items.append(inbox.get_nowait())
        if not items:
            return
        self.pending.extend(self._keep(items))
        self._server.kept([item.id for item in items])  # the phones hear "arrived" now
        self.queueChanged.emit()

    def _keep(self, items: list[Incoming]) -> list[Incoming]:
        """`items` with the ids the store gave them; when the store refuses (a full disk),
        they wait in memory only, with negative ids, rather than be lost at once."""
        network_id = self.network_id if self.network_id is not None else self.workshop.network_id
        try:
            if network_id is None:
                raise StoreError("no network is open")
            kept = self.workshop.store.room.keep_arrivals(
                network_id,
                [(item.kind, item.payload()) for item in items],
                [item.photo for item in items],
            )
        except StoreError as error:
            log.error("room: arrivals could not be kept in the store: %s", error)
            return [replace(item, id=-item.id) for item in items]
        return [replace(item, id=arrival.id) for item, arrival in zip(items, kept, strict=True)]

    def _forget(self, items: list[Incoming]) -> None:
        """Accepted or rejected: out of the queue and out of the store."""
        for item in items:
            self.pending.remove(item)
        self.workshop.store.room.drop_arrivals([item.id for item in items if item.id > 0])

    def item(self, item_id: int) -> Incoming:
        return next(item for item in self.pending if item.id == item_id)

    def accept(
        self,
        item_id: int,
        moment_id: int | None = None,
        text: str | None = None,
        segment_key: str | None = None,
    ) -> int:
        """Stick a waiting post-it on the wall (as edited): an ordinary, undoable post-it. A
        measurement becomes an entry of its indicator, a story evidence on the current line.

        A store error leaves it in the queue and goes to the caller.
        """
        item = self.item(item_id)
        if item.is_measure:
            title = self.tr("Accept a measurement from the room")
            (entry_id,) = add_entries(self.workshop, [item], date.today(), title)
            self.pending.remove(item)
            self.queueChanged.emit()
            return entry_id
        if item.is_story:
            return self.accept_story(item_id)[0]
        note_id = self._accept(item, moment_id, text, segment_key)
        self.queueChanged.emit()
        return note_id

    def _accept(
        self,
        item: Incoming,
        moment_id: int | None,
        text: str | None = None,
        segment_key: str | None = None,
    ) -> int:
        note = self._note(item, moment_id, text, segment_key)
        with self.workshop.from_the_room():
            note_id = self.workshop.learning.add_note(
                note.segment_key,
                note.text,
                note.colour,
                note.moment_id,
                [item.id] if item.id > 0 else [],  # out of the store's queue at once
            )
        self.pending.remove(item)
        return note_id

    @staticmethod
    def _note(
        item: Incoming,
        moment_id: int | None,
        text: str | None = None,
        segment_key: str | None = None,
    ) -> NewNote:
        return NewNote(
            segment_key or item.segment_key,
            item.post_it_text() if text is None else text,
            ANSWER_COLOUR if item.is_answer else DEFAULT_NOTE_COLOUR,
            moment_id,
        )

    def accept_all(self, moment_id: int | None = None) -> int:
        """Accept everything waiting, oldest first, as one undo step: post-its and answers in
        one transaction, measurements in one (which also empties their places in the queue),
        each story on the current line. Stories that fit no step of it keep waiting. The
        wheel and panels refresh once."""
        items = list(self.pending)
        notes = [item for item in items if not item.is_measure and not item.is_story]
        measures = [item for item in items if item.is_measure]
        stories = [item for item in items if item.is_story]
        if not items:
            return 0
        stack = self.workshop.undo_stack
        with self.workshop.from_the_room():
            return self._accept_all(stack, notes, measures, stories, moment_id)

    def _accept_all(
        self,
        stack: QUndoStack,
        notes: list[Incoming],
        measures: list[Incoming],
        stories: list[Incoming],
        moment_id: int | None,
    ) -> int:
        items = [*notes, *measures, *stories]
        stack.beginMacro(self.tr("Accept %n item(s) from the room", "", len(items)))
        accepted = 0
        try:
            if notes:
                self.workshop.notes.add_notes(
                    [self._note(item, moment_id) for item in notes],
                    self.tr("Accept %n post-it(s) from the room", "", len(notes)),
                )
                self._forget(notes)
                accepted += len(notes)
            if measures:
                title = self.tr("Accept %n measurement(s) from the room", "", len(measures))
                add_entries(self.workshop, measures, date.today(), title)
                for item in measures:
                    self.pending.remove(item)
                accepted += len(measures)
            for item in stories:
                try:
                    self.accept_story(item.id)
                    accepted += 1
                except StoryFitsNoStepError:
                    continue
        finally:
            stack.endMacro()
            self.queueChanged.emit()
        return accepted

    def reject(self, item_id: int) -> None:
        """Leave a waiting item off the wall: one undo step, which puts it back in its place
        in the queue (and in the store)."""
        item = self.item(item_id)
        self.workshop.undo_stack.push(RejectIncoming(self, item, self.pending.index(item)))

    def take(self, item_id: int) -> None:
        """A waiting post-it went on the wall another way (edited first): out of the queue."""
        self._forget([self.item(item_id)])
        self.queueChanged.emit()


class RejectIncoming(QUndoCommand):
    """Rejecting a phone's post-it: redo takes it out of the queue, undo puts it back where it
    was (the post-it was never in the store, so neither touches it)."""

    def __init__(self, room: Room, item: Incoming, index: int) -> None:
        super().__init__(QCoreApplication.translate("Room", "Reject a post-it from the room"))
        self.room = room
        self.item = item
        self.index = index

    def redo(self) -> None:
        if self.item in self.room.pending:
            self.room._forget([self.item])
            self.room.queueChanged.emit()

    def undo(self) -> None:
        if self.item not in self.room.pending:
            (self.item,) = self.room._keep([self.item])  # kept again, under a new id
            self.room.pending.insert(min(self.index, len(self.room.pending)), self.item)
            self.room.queueChanged.emit()
