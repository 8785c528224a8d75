"""The store's methods for a network's core, its reasoning lines and their indicators."""

from __future__ import annotations

import time
from collections import namedtuple
from collections.abc import Mapping
from functools import cache
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, func, insert, select, true, union_all, update
from sqlalchemy.orm import selectinload

from app.core.changes import Part
from app.core.geometry import Arrangement
from app.core.limits import MAX_NAME, MAX_STORY
from app.core.model import Direction, IndicatorKind, Model
from app.core.reasoning import lines_of
from db import convert
from db import validate as check
from db.errors import (
    UNDONE,
    EditConflictError,
    InvalidValueError,
    NotFoundError,
    UnknownKeyError,
    quoted,
)
from db.live import CHANNEL
from db.records import (
    INDICATOR_PLAN_FIELDS,
    CoreEntry,
    Indicator,
    Line,
    LineStatus,
    LineStep,
    Snapshot,
    SourceKind,
)
from db.schema import CoreEntryRow, IndicatorRow, LineRow, LineStepRow, NetworkRow
from db.store_sessions import STAMP_NETWORK, StorePart, StoreSessions, now

# A story's write, as plain statements built once (see `LinesPart.set_line_story`).
_lines, _steps = (cast(Table, row.__table__) for row in (LineRow, LineStepRow))
_AFTER_AN_UNDONE_KEYSTROKE = 0.05  # s; see set_line_story
_STAMP_LINE = (
    update(_lines)
    .where(_lines.c.id == bindparam("line"))
    .values(updated_at=bindparam("stamp"))
    .returning(*_lines.c)  # the line as stamped: no second read of it
)
# A bulk UPDATE bypasses SQLAlchemy's version counter, so it counts the version itself; the
# second form writes only over the version the typist saw (optimistic concurrency).
_WRITE_STORY = (
    update(_steps)
    .where(_steps.c.line_id == bindparam("line"), _steps.c.step_key == bindparam("step"))
    .values(story=bindparam("text"), version=_steps.c.version + 1)
)
_WRITE_SEEN_STORY = _WRITE_STORY.where(_steps.c.version == bindparam("seen"))
_STORED_STORY = select(_steps.c.story, _steps.c.version).where(
    _steps.c.line_id == bindparam("line"), _steps.c.step_key == bindparam("step")
)
_INSERT_LINE = insert(_lines).returning(_lines.c.id)  # statements built once: see create_line
_INSERT_STEPS = insert(_steps)
_LINE = select(_lines).where(_lines.c.id == bindparam("line"))
_STEPS = select(_steps).where(_steps.c.line_id == bindparam("line"))


@cache
def _story_in_one_statement(seen: bool) -> Select[Any]:
    """A story keystroke on a team store as one statement, which the server runs as its own
    transaction: one round trip where the statements of `set_line_story` take seven.

    The same writes, in the same order of locks: the line (taken first, as its stamp takes it
    in `set_line_story`, and as strongly: `FOR NO KEY UPDATE`, so adding a step or indicator
    to it elsewhere does not wait), the step's story (only over version `seen`, if `seen`),
    the line's and the network's stamps, the notice. Each waits for the one before it through
    the rows it returns, so a story that was not written (another version, no such step or
    line, the line not in `network`) writes nothing and the statement returns no rows. Else
    one row per step of the line as written, after the line's columns.

    The other steps are read `FOR SHARE`, after the line: a statement sees the database as it
    was when it began, and one that waited for the line while someone else saved another
    step would otherwise return that step as it was before (a lock reads the row as it is).

    Only where the place `writes_alone` (`StorePlace`); built on the first keystroke."""
    locked = (
        select(_lines.c.id)
        .where(_lines.c.id == bindparam("line"), _lines.c.network_id == bindparam("network"))
        .with_for_update(key_share=True)
        .cte("locked")
    )
    written = _WRITE_SEEN_STORY if seen else _WRITE_STORY
    story = (
        written.where(_steps.c.line_id == select(locked.c.id).scalar_subquery())
        .returning(*_steps.c)
        .cte("story")
    )
    line = (
        update(_lines)
        .where(_lines.c.id == select(story.c.line_id).scalar_subquery())
        .values(updated_at=bindparam("stamp"))
        .returning(*_lines.c)
        .cte("line")
    )
    network = (  # the network `locked` found the line in, once the line is stamped
        STAMP_NETWORK.where(select(line.c.id).exists())
        .returning(STAMP_NETWORK.table.c.id)
        .cte("network")
    )
    notice = (
        select(func.pg_notify(CHANNEL, bindparam("notice")).label("sent"))
        .select_from(network)
        .cte("notice")
    )
    others = (
        select(*_steps.c)
        .where(
            _steps.c.line_id == select(locked.c.id).scalar_subquery(),
            _steps.c.step_key != bindparam("step"),
        )
        .with_for_update(read=True)
        .cte("others")
    )
    steps = union_all(select(*story.c), select(*others.c)).subquery("steps")
    return select(*line.c, *steps.c).select_from(line).join(steps, true()).join(notice, true())


# The line's and a step's columns of a row of `_story_in_one_statement`, by their own names.
_LineColumns = namedtuple("_LineColumns", _lines.c.keys())  # type: ignore[misc]
_StepColumns = namedtuple("_StepColumns", _steps.c.keys())  # type: ignore[misc]


class LinesPart(StorePart):
    """Core entries, reasoning lines and indicators: one part of `db.store.Store`."""

    def __init__(self, db: StoreSessions) -> None:
        super().__init__(db)
        self._networks_of_lines: dict[int, int] = {}
        """On a team store: the network of each line typed in (a line never moves to another
        network), so a keystroke's notice is made before its one statement runs."""

    # --- the core --------------------------------------------------------------------------

    def _core_order(self, row: CoreEntryRow) -> tuple[int, int, int]:
        return convert.core_order(row, self.model)

    def list_core(self, network_id: int, kind: str | None = None) -> tuple[CoreEntry, ...]:
        """The core's entries, per part in model order, each part in its own order."""
        if kind is not None:
            check.core_kind(self.model, kind)
        with self._db.reading() as session:
            row = self._db.get(session, NetworkRow, network_id, "network")
            entries = [e for e in row.core_entries if kind is None or e.kind == kind]
            return tuple(convert.core_entry(e) for e in sorted(entries, key=self._core_order))

    def add_core_entry(self, network_id: int, kind: str, text: str) -> CoreEntry:
        """A new entry at the end of its part of the core."""
        kind = check.core_kind(self.model, kind)
        text = check.text(text, "the entry")
        with self._db.writing() as session:
            self._db.get(session, NetworkRow, network_id, "network")
            last = session.scalar(
                select(func.max(CoreEntryRow.position)).where(
                    CoreEntryRow.network_id == network_id, CoreEntryRow.kind == kind
                )
            )
            row = CoreEntryRow(
                network_id=network_id, kind=kind, text=text, position=(last or 0) + 1
            )
            session.add(row)
            self._db.touch(session, network_id)
            session.flush()
            return convert.core_entry(row)

    def edit_core_entry(self, entry_id: int, text: str, *, seen: int | None = None) -> CoreEntry:
        """`seen`: the entry's version the edit was made from (`EditConflictError` if it
        changed since; None: no check)."""
        text = check.text(text, "the entry")
        with self._db.writing() as session:
            row = self._db.get(session, CoreEntryRow, entry_id, "core entry")
            self._db.check_seen(row, seen, "core entry", text, row.text)
            row.text = text
            self._db.touch(session, row.network_id)
            session.flush()
            return convert.core_entry(row)

    def move_core_entry(self, entry_id: int, index: int) -> tuple[CoreEntry, ...]:
        """Put an entry at place `index` (0 = first) of its part; returns that part in order."""
        index = check.position(index, "the place")
        with self._db.writing() as session:
            row = self._db.get(session, CoreEntryRow, entry_id, "core entry")
            siblings = sorted(
                session.scalars(
                    select(CoreEntryRow).where(
                        CoreEntryRow.network_id == row.network_id, CoreEntryRow.kind == row.kind
                    )
                ),
                key=self._core_order,
            )
            siblings.remove(row)
            siblings.insert(min(index, len(siblings)), row)
            for place, sibling in enumerate(siblings, start=1):
                sibling.position = place
            self._db.touch(session, row.network_id)
            return tuple(convert.core_entry(s) for s in siblings)

    def delete_core_entry(self, entry_id: int) -> Snapshot:
        return self._db.delete(CoreEntryRow, entry_id, "core entry")

    # --- reasoning lines -------------------------------------------------------------------

    def list_lines(self, network_id: int) -> tuple[Line, ...]:
        """The network's saved lines, oldest first."""
        with self._db.reading() as session:
            self._db.get(session, NetworkRow, network_id, "network")
            rows = session.scalars(
                select(LineRow)
                .where(LineRow.network_id == network_id)
                .order_by(LineRow.id)
                .options(selectinload(LineRow.steps))
            )
            return tuple(convert.line(row, self.model) for row in rows)

    def find_line(self, network_id: int, id_or_title: str) -> Line:
        """A line of the network by its exact title, else by its id (for the command line).

        Raises NotFoundError when none matches, InvalidValueError when several share the title.
        """
        with self._db.reading() as session:
            self._db.get(session, NetworkRow, network_id, "network")
            rows = session.scalars(
                select(LineRow)
                .where(LineRow.network_id == network_id, LineRow.title == id_or_title)
                .order_by(LineRow.id)
            ).all()
            if len(rows) > 1:
                ids = ", ".join(str(row.id) for row in rows)
                raise InvalidValueError(
                    f"several lines are titled {quoted(id_or_title)} (ids {ids}); give the id"
                )
            row = rows[0] if rows else None
            number = check.id_from_text(id_or_title)
            if row is None and number is not None:
                row = session.get(LineRow, number)
                if row is not None and row.network_id != network_id:
                    row = None
            if row is None:
                raise NotFoundError(
                    f"the network has no reasoning line titled or numbered {quoted(id_or_title)}"
                )
            return convert.line(row, self.model)

    def get_line(self, line_id: int) -> Line:
        with self._db.reading() as session:
            return convert.line(
                self._db.get(session, LineRow, line_id, "reasoning line"), self.model
            )

    def create_line(
        self,
        network_id: int,
        segment_keys: tuple[str, ...],
        direction: Direction = Direction.INSIDE_OUT,
        *,
        title: str = "",
        status: LineStatus = LineStatus.IDEA,
        stories: Mapping[str, str] | None = None,
        assumptions: str = "",
    ) -> Line:
        """Save a reasoning line: one segment key per ring (inside out), stories by step key."""
        keys = check.line_segment_keys(self.model, segment_keys)
        direction = check.enum(direction, Direction, "the direction")
        status = check.enum(status, LineStatus, "the status")
        title = check.text(title, "the title", MAX_NAME).strip()
        assumptions = check.text(assumptions, "the text of the assumptions", MAX_STORY)
        stories = dict(stories or {})
        for key, story in stories.items():
            check.step_key(self.model, key)
            check.text(story, f"the story of step {key!r}", MAX_STORY)
        if not isinstance(network_id, int):
            raise NotFoundError(f"there is no network with id {network_id!r}")
        steps = tuple(
            LineStep(key, segment, stories.get(key, ""))
            for key, segment in zip(self.model.step_keys, (None, *keys), strict=True)
        )
        # Plain statements, no objects: stamp the network (none: there is no such network),
        # insert the line, its steps in one executemany.
        with self._db.writing_statements() as connection:
            stamp = self._db.stamp_network(connection, network_id)
            line_id = connection.execute(
                _INSERT_LINE,
                {
                    "network_id": network_id,
                    "title": title,
                    "direction": direction.value,
                    "status": status.value,
                    "assumptions": assumptions,
                    "created_at": stamp,
                    "updated_at": stamp,
                },
            ).scalar_one()
            connection.execute(
                _INSERT_STEPS,
                [
                    {
                        "line_id": line_id,
                        "step_key": step.key,
                        "segment_key": step.segment_key,
                        "story": step.story,
                        "plausibility": None,
                    }
                    for step in steps
                ],
            )
            self._db.wrote(connection, network_id, Part.LINES, (line_id,))
            return Line(
                line_id, network_id, title, direction, status, steps, assumptions, stamp, stamp
            )

    def create_line_from_arrangement(
        self,
        network_id: int,
        arrangement: Arrangement,
        direction: Direction = Direction.INSIDE_OUT,
        *,
        title: str = "",
    ) -> Line:
        """Save the line on the focus sightline of `arrangement`."""
        focus_line = lines_of(self.model, arrangement, direction)[0]
        return self.create_line(network_id, focus_line.segment_keys, direction, title=title)

    def update_line(
        self,
        line_id: int,
        *,
        title: str | None = None,
        status: LineStatus | None = None,
        direction: Direction | None = None,
        assumptions: str | None = None,
        seen: int | None = None,
    ) -> Line:
        """Change the given fields (None = leave as is); `seen`: the line's version the edit
        was made from (`EditConflictError` with the stored title if it changed since)."""
        with self._db.writing() as session:
            row = self._db.get(session, LineRow, line_id, "reasoning line")
            self._db.check_seen(row, seen, "reasoning line", title, row.title)
            if title is not None:
                row.title = check.text(title, "the title", MAX_NAME).strip()
            if status is not None:
                row.status = check.enum(status, LineStatus, "the status")
            if direction is not None:
                row.direction = check.enum(direction, Direction, "the direction")
            if assumptions is not None:
                row.assumptions = check.text(assumptions, "the text of the assumptions", MAX_STORY)
            row.updated_at = now()
            self._db.touch(session, row.network_id)
            session.flush()
            return convert.line(row, self.model)

    def set_line_story(
        self, line_id: int, step_key: str, story: str, *, seen: int | None = None
    ) -> Line:
        """Store one step's story. Typing calls this for every keystroke, so it writes with
        three plain UPDATEs (the first returns the line) and reads its steps back, without loading
        objects into the session (a fifth of the ORM's cost), and commits without waiting
        for the disk: safe against a crash of the program at once, against a power cut after
        `sync` (docs/store-safety.md, "Typing"). On a team store, from the second keystroke
        in a line on, all of it is one statement (`_story_in_one_statement`): one round trip
        to the server instead of seven.

        `seen`: the step's version the typing started from; if someone else saved the story
        since, nothing is written and `EditConflictError` carries both texts."""
        step_key = check.step_key(self.model, step_key)
        story = check.text(story, "the story", MAX_STORY)
        if not isinstance(line_id, int):
            raise NotFoundError(f"there is no reasoning line with id {line_id!r}")
        try:
            return self._store_story(line_id, step_key, story, seen)
        except EditConflictError as undone:
            if undone.what != UNDONE:
                raise
            # The server undid the keystroke (a deadlock with another writer's transaction):
            # nothing of it was written, so it is made once more; a change of the story made
            # meanwhile is then refused as ever, with both texts. The server let the other
            # writer go on; made again at once, the keystroke can take the step back before that
            # writer wakes, and meet it in the same deadlock: it first gives it a moment.
            time.sleep(_AFTER_AN_UNDONE_KEYSTROKE)
            return self._store_story(line_id, step_key, story, seen)

    def _store_story(self, line_id: int, step_key: str, story: str, seen: int | None) -> Line:
        network_id = self._networks_of_lines.get(line_id)
        if network_id is not None:
            line = self._story_at_once(line_id, network_id, step_key, story, seen)
            if line is not None:
                return line
        line = self._story_in_statements(line_id, step_key, story, seen)
        if self._db.writes_alone:  # a line stays in its network: the next keystroke knows it
            self._networks_of_lines[line_id] = line.network_id
        return line

    def _story_in_statements(
        self, line_id: int, step_key: str, story: str, seen: int | None
    ) -> Line:
        with self._db.writing_statements(typing=True) as connection:
            stamp = now()
            row = connection.execute(_STAMP_LINE, {"line": line_id, "stamp": stamp}).one_or_none()
            if row is None:
                raise NotFoundError(f"there is no reasoning line with id {line_id!r}")
            network_id = row.network_id
            values = {"line": line_id, "step": step_key, "text": story}
            if seen is None:
                written = connection.execute(_WRITE_STORY, values)
            else:
                written = connection.execute(_WRITE_SEEN_STORY, {**values, "seen": seen})
            if written.rowcount == 0:  # the transaction rolls back: nothing changes
                stored = connection.execute(_STORED_STORY, values).one_or_none()
                if stored is not None:
                    raise EditConflictError("story", line_id, story, stored.story, stored.version)
                raise UnknownKeyError(f"line {line_id} has no step {step_key!r}")
            self._db.stamp_network(connection, network_id, stamp)
            self._db.wrote(connection, network_id, Part.STORIES, (line_id,))
            step_rows = connection.execute(_STEPS, {"line": line_id}).all()
            return convert.line_from(row, step_rows, self.model)

    def _story_at_once(
        self, line_id: int, network_id: int, step_key: str, story: str, seen: int | None
    ) -> Line | None:
        """`set_line_story` on a team store in one statement; None when it wrote nothing (a
        conflict, no such step or line): the statements then find out why."""
        stamp = now()
        values = {
            "line": line_id,
            "network": network_id,
            "step": step_key,
            "text": story,
            "stamp": stamp,
            "notice": self._db.notice(network_id, Part.STORIES, (line_id,)),
        }
        if seen is not None:
            values["seen"] = seen
        with self._db.writing_alone() as connection:
            rows = connection.execute(_story_in_one_statement(seen is not None), values).all()
            if not rows:
                return None
            self._db.stamping["network", network_id] = stamp
        width = len(_LineColumns._fields)
        line = _LineColumns._make(rows[0][:width])
        steps = (_StepColumns._make(row[width:]) for row in rows)
        return convert.line_from(line, steps, self.model)

    def delete_line(self, line_id: int) -> Snapshot:
        """The line with its steps, indicators and their measurements."""
        return self._db.delete(LineRow, line_id, "reasoning line")

    # --- indicators ------------------------------------------------------------------------

    def _indicator_order(self, row: IndicatorRow) -> tuple[int, int, int]:
        return indicator_order(row, self.model)

    def list_indicators(self, line_id: int, step_key: str | None = None) -> tuple[Indicator, ...]:
        """A line's indicators, by step (inside out) and then in the order they were added."""
        if step_key is not None:
            check.step_key(self.model, step_key)
        with self._db.reading() as session:
            row = self._db.get(session, LineRow, line_id, "reasoning line")
            chosen = [i for i in row.indicators if step_key is None or i.step_key == step_key]
            return tuple(convert.indicator(i) for i in sorted(chosen, key=self._indicator_order))

    def get_indicator(self, indicator_id: int) -> Indicator:
        with self._db.reading() as session:
            return convert.indicator(self._db.get(session, IndicatorRow, indicator_id, "indicator"))

    def add_indicator(
        self, line_id: int, step_key: str, name: str, kind: IndicatorKind, **plan: Any
    ) -> Indicator:
        """An indicator on one step of a line; `plan` takes fields of `INDICATOR_PLAN_FIELDS`."""
        values = _indicator_values(
            {"step_key": step_key, "name": name, "kind": kind, **plan}, self.model
        )
        with self._db.writing() as session:
            line = self._db.get(session, LineRow, line_id, "reasoning line")
            last = session.scalar(
                select(func.max(IndicatorRow.position)).where(IndicatorRow.line_id == line_id)
            )
            row = IndicatorRow(line_id=line_id, position=(last or 0) + 1)
            for field in ("step_key", "name", "kind", *INDICATOR_PLAN_FIELDS):
                setattr(row, field, values.get(field, _indicator_default(field)))
            session.add(row)
            self._db.stamp_line(session, line.id)
            self._db.touch(session, line.network_id)
            session.flush()
            return convert.indicator(row)

    def update_indicator(
        self, indicator_id: int, *, seen: int | None = None, **changes: Any
    ) -> Indicator:
        """Change the given fields: step_key, name, kind, or any of `INDICATOR_PLAN_FIELDS`;
        `seen` as for `update_line`."""
        values = _indicator_values(changes, self.model)
        with self._db.writing() as session:
            row = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            self._db.check_seen(row, seen, "indicator", values, _fields(row, values))
            for field, value in values.items():
                setattr(row, field, value)
            self._db.stamp_line(session, row.line_id)
            self._db.touch(session, row.line.network_id)
            session.flush()
            return convert.indicator(row)

    def move_indicator(self, indicator_id: int, index: int) -> tuple[Indicator, ...]:
        """Put an indicator at place `index` (0 = first) among those of its step, by hand."""
        index = check.position(index, "the place")
        with self._db.writing() as session:
            row = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            siblings = sorted(
                (i for i in row.line.indicators if i.step_key == row.step_key),
                key=self._indicator_order,
            )
            siblings.remove(row)
            siblings.insert(min(index, len(siblings)), row)
            for place, sibling in enumerate(siblings, start=1):
                sibling.position = place
            self._db.touch(session, row.line.network_id)
            return tuple(convert.indicator(i) for i in siblings)

    def delete_indicator(self, indicator_id: int) -> Snapshot:
        """The indicator with its measurements."""
        return self._db.delete(IndicatorRow, indicator_id, "indicator")


def indicator_order(row: IndicatorRow, model: Model) -> tuple[int, int, int]:
    """Where an indicator stands among its line's: its step (inside out), its place, its id."""
    keys = model.step_keys
    rank = keys.index(row.step_key) if row.step_key in keys else len(keys)
    return rank, row.position, row.id


def _indicator_default(field: str) -> Any:
    return None if field in {"source_kind", "valid", "measurable", "relevant"} else ""


def _indicator_values(changes: Mapping[str, Any], model: Model) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "step_key":
            values[field] = check.step_key(model, value)
        elif field == "name":
            values[field] = check.name(value, "an indicator's name")
        elif field == "kind":
            values[field] = check.enum(value, IndicatorKind, "the kind").value
        elif field == "source_kind":
            kind = check.optional_enum(value, SourceKind, "the source kind")
            values[field] = kind.value if kind else None
        elif field in {"valid", "measurable", "relevant"}:
            values[field] = check.optional_bool(value, f"{field!r}")
        elif field in INDICATOR_PLAN_FIELDS:
            values[field] = check.text(value, f"the indicator's {field}")
        else:
            raise TypeError(f"an indicator has no field {field!r}")
    return values


def _fields(row: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """The stored values of the fields an edit would change (what a conflict shows as theirs)."""
    return {field: getattr(row, field) for field in values}
