"""The store's parts for the learning path (moments, measurements, targets) and for the
workshop notes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select

from app.core.changes import Part
from app.core.limits import MAX_LABEL, MAX_NAME, MAX_NOTE, MAX_STORY, MAX_TEXT
from db import convert, snapshots
from db import validate as check
from db.errors import InvalidValueError, NotFoundError
from db.records import DEFAULT_NOTE_COLOUR, Measurement, Moment, NewNote, Note, Snapshot, Target
from db.schema import (
    IndicatorRow,
    MeasurementRow,
    MomentRow,
    NetworkRow,
    NoteRow,
    RoomArrivalRow,
    TargetRow,
)
from db.store_sessions import StorePart, now

_notes, _arrivals = (cast(Table, row.__table__) for row in (NoteRow, RoomArrivalRow))
# An accepted post-it's statements, built once (building them costs more than running them).
_INSERT_NOTE = insert(_notes).returning(_notes.c.id)
_DROP_ARRIVALS = delete(_arrivals).where(_arrivals.c.id.in_(bindparam("ids", expanding=True)))


class LearningPart(StorePart):
    """Moments, measurement entries and targets: one part of `db.store.Store`."""

    # --- the learning path: moments and measurements ---------------------------------------

    def list_moments(self, network_id: int) -> tuple[Moment, ...]:
        """By date (undated last), then label."""
        with self._db.reading() as session:
            row = self._db.get(session, NetworkRow, network_id, "network")
            return tuple(convert.moment(m) for m in sorted(row.moments, key=moment_order))

    def get_moment(self, moment_id: int) -> Moment:
        with self._db.reading() as session:
            return convert.moment(self._db.get(session, MomentRow, moment_id, "moment"))

    def add_moment(
        self,
        network_id: int,
        label: str,
        date: Any = None,
        focus: str = "",
        learnings: str = "",
    ) -> Moment:
        values = _moment_values(
            {"label": label, "date": date, "focus": focus, "learnings": learnings}
        )
        with self._db.writing() as session:
            self._db.get(session, NetworkRow, network_id, "network")
            last = session.scalar(
                select(func.max(MomentRow.position)).where(MomentRow.network_id == network_id)
            )
            # Once moments were put in order by hand, a new one comes last; else dates rule.
            row = MomentRow(network_id=network_id, position=(last + 1) if last else 0, **values)
            session.add(row)
            self._db.touch(session, network_id)
            session.flush()
            return convert.moment(row)

    def update_moment(self, moment_id: int, *, seen: int | None = None, **changes: Any) -> Moment:
        """Change the given fields: label, date, focus, learnings; `seen`: the version the
        edit was made from (`EditConflictError` if it changed since; None: no check)."""
        values = _moment_values(changes)
        with self._db.writing() as session:
            row = self._db.get(session, MomentRow, moment_id, "moment")
            self._db.check_seen(row, seen, "moment", values, _stored(row, values))
            for field, value in values.items():
                setattr(row, field, value)
            self._db.touch(session, row.network_id)
            session.flush()
            return convert.moment(row)

    def move_moment(self, moment_id: int, index: int) -> tuple[Moment, ...]:
        """Put a moment at place `index` (0 = first) of the learning path, by hand."""
        index = check.position(index, "the place")
        with self._db.writing() as session:
            row = self._db.get(session, MomentRow, moment_id, "moment")
            network = self._db.get(session, NetworkRow, row.network_id, "network")
            ordered = sorted(network.moments, key=moment_order)
            ordered.remove(row)
            ordered.insert(min(index, len(ordered)), row)
            for place, moment in enumerate(ordered, start=1):
                moment.position = place
            self._db.touch(session, row.network_id)
            return tuple(convert.moment(m) for m in ordered)

    def set_moment_order(self, network_id: int, order: Sequence[int] | None) -> tuple[Moment, ...]:
        """Put all moments in `order` (their ids, first to last) by hand in one transaction;
        None forgets a hand order, so the learning path runs by date again (undo of a move)."""
        with self._db.writing() as session:
            network = self._db.get(session, NetworkRow, network_id, "network")
            moments = {moment.id: moment for moment in network.moments}
            if order is not None and sorted(order) != sorted(moments):
                raise InvalidValueError("the order must name every moment of the network once")
            for moment in moments.values():
                moment.position = 0 if order is None else order.index(moment.id) + 1
            self._db.touch(session, network_id)
            return tuple(convert.moment(m) for m in sorted(network.moments, key=moment_order))

    def delete_moment(self, moment_id: int) -> Snapshot:
        """The moment with its measurements and its notes."""
        return self._db.delete(MomentRow, moment_id, "moment")

    def list_measurements(self, indicator_id: int) -> tuple[Measurement, ...]:
        """An indicator's measurements in the order of the learning path."""
        with self._db.reading() as session:
            indicator = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            moments = sorted(indicator.line.network.moments, key=moment_order)
            rank = {moment.id: place for place, moment in enumerate(moments)}
            rows = sorted(indicator.measurements, key=lambda m: (rank[m.moment_id], m.id))
            return tuple(convert.measurement(m) for m in rows)

    def get_measurement(self, measurement_id: int) -> Measurement:
        with self._db.reading() as session:
            row = self._db.get(session, MeasurementRow, measurement_id, "measurement")
            return convert.measurement(row)

    def add_measurement(
        self,
        indicator_id: int,
        moment_id: int,
        value: float | None = None,
        text: str = "",
        note: str = "",
        source: str = "",
        measured_on: date | None = None,
    ) -> Measurement:
        """One entry of what an indicator showed at a moment: a number and/or a text, a note,
        who or what it came from and when (a moment takes any number of entries)."""
        values = measurement_values(
            {
                "value": value,
                "text": text,
                "note": note,
                "source": source,
                "measured_on": measured_on,
            }
        )
        with self._db.writing() as session:
            indicator = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            self._db.same_network_moment(session, moment_id, indicator.line.network_id)
            row = MeasurementRow(indicator_id=indicator_id, moment_id=moment_id, **values)
            session.add(row)
            self._db.touch(session, indicator.line.network_id)
            session.flush()
            return convert.measurement(row)

    def update_measurement(
        self, measurement_id: int, *, seen: int | None = None, **changes: Any
    ) -> Measurement:
        """Change the given fields: value, text, note, source, measured_on, moment_id;
        `seen` as for `update_moment`."""
        moment_id = changes.pop("moment_id", None)
        values = measurement_values(changes)
        with self._db.writing() as session:
            row = self._db.get(session, MeasurementRow, measurement_id, "measurement")
            self._db.check_seen(row, seen, "measurement", values, _stored(row, values))
            network_id = row.indicator.line.network_id
            if moment_id is not None:
                self._db.same_network_moment(session, moment_id, network_id)
                row.moment_id = moment_id
            for field, value in values.items():
                setattr(row, field, value)
            self._db.touch(session, network_id)
            session.flush()
            return convert.measurement(row)

    def delete_measurement(self, measurement_id: int) -> Snapshot:
        return self._db.delete(MeasurementRow, measurement_id, "measurement")

    # --- targets per moment, with their history ----------------------------------------------

    def set_target(
        self,
        indicator_id: int,
        moment_id: int,
        value: float | None,
        text: str = "",
        reason: str = "",
    ) -> Target:
        """A new target for an indicator at a moment; the earlier ones stay as its history."""
        value = check.optional_number(value, "the target")
        text = _limited(text, "the target's text", MAX_NAME)
        reason = _limited(reason, "the reason for the target", MAX_TEXT)
        if value is None and not text.strip():
            raise InvalidValueError("a target needs a number or a text")
        with self._db.writing() as session:
            indicator = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            self._db.same_network_moment(session, moment_id, indicator.line.network_id)
            row = TargetRow(
                indicator_id=indicator_id,
                moment_id=moment_id,
                value=value,
                text=text,
                reason=reason,
                set_at=now(),
            )
            session.add(row)
            self._db.touch(session, indicator.line.network_id)
            session.flush()
            return convert.target(row)

    def list_targets(self, indicator_id: int) -> tuple[Target, ...]:
        """Every target ever set for the indicator, oldest first."""
        with self._db.reading() as session:
            indicator = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            return tuple(convert.target(t) for t in sorted(indicator.targets, key=_target_order))

    def delete_target(self, target_id: int) -> Snapshot:
        return self._db.delete(TargetRow, target_id, "target")


class NotesPart(StorePart):
    """The workshop's notes (post-its on the wheel): one part of `db.store.Store`."""

    def list_notes(self, network_id: int, moment_id: int | None = None) -> tuple[Note, ...]:
        """All of a network's notes, or those of one moment, oldest first."""
        with self._db.reading() as session:
            self._db.get(session, NetworkRow, network_id, "network")
            query = select(NoteRow).where(NoteRow.network_id == network_id)
            if moment_id is not None:
                query = query.where(NoteRow.moment_id == moment_id)
            return tuple(convert.note(n) for n in session.scalars(query.order_by(NoteRow.id)))

    def get_note(self, note_id: int) -> Note:
        with self._db.reading() as session:
            return convert.note(self._db.get(session, NoteRow, note_id, "note"))

    def add_note(
        self,
        network_id: int,
        segment_key: str,
        text: str,
        colour: str = DEFAULT_NOTE_COLOUR,
        moment_id: int | None = None,
        arrivals_done: Sequence[int] = (),
    ) -> Note:
        """A post-it; `arrivals_done` are the room's arrivals it came from, removed in the
        same transaction. Accepting a phone's post-it calls this, so it writes with plain
        statements (stamp the network, insert, remove the arrival) and loads no objects."""
        segment_key = check.segment_key(self.model, segment_key)
        text = check.text(text, "the note", MAX_NOTE)
        colour = check.colour(colour)
        if not isinstance(network_id, int):
            raise NotFoundError(f"there is no network with id {network_id!r}")
        with self._db.writing_statements() as connection:
            stamp = self._db.stamp_network(connection, network_id)
            if moment_id is not None:
                self._db.same_network_moment(connection, moment_id, network_id)
            note_id = connection.execute(
                _INSERT_NOTE,
                {
                    "network_id": network_id,
                    "moment_id": moment_id,
                    "segment_key": segment_key,
                    "text": text,
                    "colour": colour,
                    "created_at": stamp,
                },
            ).scalar_one()
            if arrivals_done:
                connection.execute(_DROP_ARRIVALS, {"ids": list(arrivals_done)})
            self._db.wrote(connection, network_id, Part.NOTES, (note_id,))
            return Note(note_id, network_id, moment_id, segment_key, text, colour, stamp)

    def update_note(self, note_id: int, *, seen: int | None = None, **changes: Any) -> Note:
        """Change the given fields: text, colour, segment_key, moment_id (None = no moment);
        `seen`: the note's version the edit was made from (`EditConflictError` with the
        stored text if someone changed the note since; None: no check)."""
        unknown = set(changes) - {"text", "colour", "segment_key", "moment_id"}
        if unknown:
            raise TypeError(f"a note has no field {sorted(unknown)[0]!r}")
        with self._db.writing() as session:
            row = self._db.get(session, NoteRow, note_id, "note")
            self._db.check_seen(row, seen, "note", changes.get("text"), row.text)
            if "text" in changes:
                row.text = check.text(changes["text"], "the note", MAX_NOTE)
            if "colour" in changes:
                row.colour = check.colour(changes["colour"])
            if "segment_key" in changes:
                row.segment_key = check.segment_key(self.model, changes["segment_key"])
            if "moment_id" in changes:
                if changes["moment_id"] is not None:
                    self._db.same_network_moment(session, changes["moment_id"], row.network_id)
                row.moment_id = changes["moment_id"]
            self._db.touch(session, row.network_id)
            session.flush()
            return convert.note(row)

    def move_note(self, note_id: int, segment_key: str) -> Note:
        """Stick a note on another segment."""
        return self.update_note(note_id, segment_key=segment_key)

    def delete_note(self, note_id: int) -> Snapshot:
        return self._db.delete(NoteRow, note_id, "note")

    def add_notes(self, network_id: int, notes: Sequence[NewNote]) -> tuple[Note, ...]:
        """Many notes in one transaction (a paste, an import): every one is checked first,
        so a bad one raises before anything is written."""
        checked = [
            NewNote(
                check.segment_key(self.model, note.segment_key),
                check.text(note.text, "the note"),
                check.colour(note.colour),
                note.moment_id,
            )
            for note in notes
        ]
        with self._db.writing() as session:
            self._db.get(session, NetworkRow, network_id, "network")
            rows = []
            for note in checked:
                if note.moment_id is not None:
                    self._db.same_network_moment(session, note.moment_id, network_id)
                row = NoteRow(
                    network_id=network_id,
                    moment_id=note.moment_id,
                    segment_key=note.segment_key,
                    text=note.text,
                    colour=note.colour,
                    created_at=now(),
                )
                session.add(row)
                rows.append(row)
            self._db.touch(session, network_id)
            session.flush()
            return tuple(convert.note(row) for row in rows)

    def update_notes(self, changes: Mapping[int, Mapping[str, Any]]) -> dict[int, dict[str, Any]]:
        """Change several notes in one transaction (segment_key, colour, text, moment_id by
        note id); what each changed field held before, to put back with the same call."""
        allowed = {"text", "colour", "segment_key", "moment_id"}
        old: dict[int, dict[str, Any]] = {}
        with self._db.writing() as session:
            for note_id, fields in changes.items():
                unknown = set(fields) - allowed
                if unknown:
                    raise TypeError(f"a note has no field {sorted(unknown)[0]!r}")
                row = self._db.get(session, NoteRow, note_id, "note")
                old[note_id] = {field: getattr(row, field) for field in fields}
                if "text" in fields:
                    row.text = check.text(fields["text"], "the note")
                if "colour" in fields:
                    row.colour = check.colour(fields["colour"])
                if "segment_key" in fields:
                    row.segment_key = check.segment_key(self.model, fields["segment_key"])
                if "moment_id" in fields:
                    if fields["moment_id"] is not None:
                        self._db.same_network_moment(session, fields["moment_id"], row.network_id)
                    row.moment_id = fields["moment_id"]
                self._db.touch(session, row.network_id)
        return old

    def merge_notes(self, keep_id: int, other_id: int, text: str) -> tuple[str, Snapshot]:
        """Two notes become one in one transaction: `keep_id` gets `text` (both texts), the
        other goes. The kept note's old text and the other's snapshot let `unmerge_notes`
        undo it."""
        if keep_id == other_id:
            raise InvalidValueError("a note cannot be merged with itself")
        table = snapshots.table_of(NoteRow)
        with self._db.writing() as session:
            keep = self._db.get(session, NoteRow, keep_id, "note")
            other = self._db.get(session, NoteRow, other_id, "note")
            if keep.network_id != other.network_id:
                raise InvalidValueError("notes of two networks cannot be merged")
            old_text = keep.text
            keep.text = check.text(text, "the note")
            taken = snapshots.take(session, table, other_id, "note")
            session.delete(other)
            session.flush()
            self._db.touch(session, keep.network_id)
        return old_text, taken

    def unmerge_notes(self, keep_id: int, old_text: str, snapshot: Snapshot) -> None:
        """Undo `merge_notes`: the kept note's old text back and the other note, same id."""
        with self._db.writing() as session:
            keep = self._db.get(session, NoteRow, keep_id, "note")
            keep.text = old_text
            snapshots.put_back(session, snapshot)
            self._db.touch(session, keep.network_id)

    def delete_notes(self, note_ids: Sequence[int]) -> Snapshot:
        """Delete many notes in one transaction; one snapshot puts them all back."""
        table = snapshots.table_of(NoteRow)
        taken: list[tuple[str, tuple[tuple[str, object], ...]]] = []
        with self._db.writing() as session:
            network_ids = set()
            for note_id in note_ids:
                row = self._db.get(session, NoteRow, note_id, "note")
                network_ids.add(row.network_id)
                taken.extend(snapshots.take(session, table, note_id, "note").rows)
                session.delete(row)
            session.flush()
            for network_id in network_ids:
                self._db.touch(session, network_id)
        return Snapshot(f"{len(note_ids)} notes", tuple(taken))


def moment_order(row: MomentRow) -> tuple[int, bool, date | int, str, int]:
    """The order of the learning path: as put by hand, else by date (undated last), label."""
    return row.position or 0, row.date is None, row.date or 0, row.label, row.id


def _target_order(row: TargetRow) -> tuple[datetime, int]:
    return row.set_at, row.id


def _limited(value: object, what: str, limit: int) -> str:
    """Text within one of the limits of `app.core.limits`."""
    value = check.text(value, what)
    if len(value) > limit:
        raise InvalidValueError(f"{what} is longer than {limit:,} characters")
    return value


def _moment_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "label":
            values[field] = check.name(value, "a moment's label", MAX_LABEL)
        elif field == "date":
            values[field] = check.optional_date(value, "the date")
        elif field == "focus":
            values[field] = check.text(value, "the moment's focus")
        elif field == "learnings":
            values[field] = check.text(value, "the moment's learnings text", MAX_STORY)
        else:
            raise TypeError(f"a moment has no field {field!r}")
    return values


def measurement_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    """A measurement's fields, each checked as the store keeps it (grouped entries too)."""
    values: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "value":
            values[field] = check.optional_number(value, "the value")
        elif field in {"text", "note"}:
            values[field] = check.text(value, f"the measurement's {field}")
        elif field == "source":
            values[field] = _limited(value, "where the measurement came from", MAX_NAME)
        elif field == "measured_on":
            values[field] = check.optional_date(value, "the measurement's date")
        else:
            raise TypeError(f"a measurement has no field {field!r}")
    return values


def _stored(row: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """The stored values of the fields an edit would change (what a conflict shows as theirs)."""
    return {field: getattr(row, field) for field in values}
