"""The service API the UI, the poster and the command line call: one method, one transaction.

Methods take and return plain values and frozen records (`db.records`), never ORM objects, so
callers hold no sessions. Every key is checked against the model; every delete returns a
`Snapshot` that `restore` puts back with the same ids (the UI's undo).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, selectinload

from app.core.geometry import Arrangement
from app.core.model import Direction, IndicatorKind, Model, default_model
from app.core.reasoning import lines_of
from db import convert, exchange, snapshots
from db import engine as store_engine
from db import validate as check
from db.errors import (
    DuplicateNameError,
    InvalidValueError,
    NotFoundError,
    SnapshotConflictError,
    StoreBusyError,
    UnknownKeyError,
)
from db.records import (
    DEFAULT_NOTE_COLOUR,
    INDICATOR_PLAN_FIELDS,
    CoreEntry,
    Indicator,
    Line,
    LineStatus,
    Measurement,
    Moment,
    Network,
    NetworkContents,
    NetworkSummary,
    Note,
    Snapshot,
    SourceKind,
    WheelState,
)
from db.schema import (
    Base,
    CoreEntryRow,
    IndicatorRow,
    LineRow,
    LineStepRow,
    MeasurementRow,
    MomentRow,
    NetworkRow,
    NoteRow,
    RingPositionRow,
    StakeholderGroupRow,
)

default_store_path = store_engine.default_store_path


def now() -> datetime:
    """The current time in UTC, to the second (what the store and the exchange format keep)."""
    return datetime.now(UTC).replace(microsecond=0)


class Store:
    """One open store file. Open with `Store.open(path)`; close with `close()` or a `with` block."""

    def __init__(self, engine: Engine, path: Path, model: Model, backup: Path | None) -> None:
        self._engine = engine
        self._writer = engine.execution_options(write=True)
        self.path = path
        self.model = model
        self.backup_made = backup
        """The backup written before an upgrade of the schema at this opening, if any."""

    @classmethod
    def open(cls, path: Path | str, model: Model | None = None) -> Store:
        """Open the store at `path`, creating it (and its folders) when there is no file.

        An existing file is checked first and upgraded to this program's schema after a dated
        backup; a file that cannot be used raises a `StoreOpenError` and is left untouched.
        """
        path = Path(path).expanduser().absolute()
        backup = None
        if not path.exists():
            store_engine.create_store(path)
        revision = store_engine.inspect_store(path)
        backup = store_engine.migrate_store(path, revision)
        return cls(store_engine.connect(path), path, model or default_model(), backup)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- transactions ----------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                yield session
        except OperationalError as error:
            if "locked" in str(error.orig) or "busy" in str(error.orig):
                raise StoreBusyError(
                    "the store is in use by another program; try again in a moment"
                ) from error
            raise

    def _get(self, session: Session, row_type: type[Any], row_id: int, what: str) -> Any:
        row = session.get(row_type, row_id) if isinstance(row_id, int) else None
        if row is None:
            raise NotFoundError(f"there is no {what} with id {row_id!r}")
        return row

    def _touch(self, session: Session, network_id: int) -> None:
        network = session.get(NetworkRow, network_id)
        if network is not None:
            network.updated_at = now()

    # --- networks --------------------------------------------------------------------------

    def list_networks(self) -> tuple[NetworkSummary, ...]:
        """All networks, by name."""
        with self._reading() as session:
            counts = (
                select(LineRow.network_id, func.count(LineRow.id).label("lines"))
                .group_by(LineRow.network_id)
                .subquery()
            )
            result = session.execute(
                select(NetworkRow, func.coalesce(counts.c.lines, 0))
                .outerjoin(counts, counts.c.network_id == NetworkRow.id)
                .order_by(NetworkRow.name, NetworkRow.id)
            )
            return tuple(
                NetworkSummary(
                    row.id, row.name, row.description, row.created_at, row.updated_at, count
                )
                for row, count in result
            )

    def get_network(self, network_id: int) -> Network:
        with self._reading() as session:
            return convert.network(
                self._get(session, NetworkRow, network_id, "network"), self.model
            )

    def find_network(self, name_or_id: str) -> Network:
        """A network by its exact name, else by its id (for the command line)."""
        with self._reading() as session:
            row = session.scalar(select(NetworkRow).where(NetworkRow.name == name_or_id))
            if row is None and name_or_id.strip().isdigit():
                row = session.get(NetworkRow, int(name_or_id))
            if row is None:
                raise NotFoundError(f"there is no network named or numbered {name_or_id!r}")
            return convert.network(row, self.model)

    def unique_name(self, name: str) -> str:
        """`name`, or `name (2)`, `name (3)` … if a network already has it."""
        with self._reading() as session:
            return _unique_name(session, check.name(name, "a network's name"))

    def create_network(self, name: str, description: str = "") -> Network:
        name = check.name(name, "a network's name")
        description = check.text(description, "the description")
        with self._writing() as session:
            self._check_free_name(session, name)
            stamp = now()
            row = NetworkRow(name=name, description=description, created_at=stamp, updated_at=stamp)
            row.ring_positions = [
                RingPositionRow(ring_key=ring.key, segment_index=0, locked=False)
                for ring in self.model.rings
            ]
            session.add(row)
            session.flush()
            return convert.network(row, self.model)

    def rename_network(self, network_id: int, name: str) -> Network:
        name = check.name(name, "a network's name")
        with self._writing() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            if row.name != name:
                self._check_free_name(session, name)
                row.name = name
                row.updated_at = now()
            return convert.network(row, self.model)

    def set_network_description(self, network_id: int, description: str) -> Network:
        description = check.text(description, "the description")
        with self._writing() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            row.description = description
            row.updated_at = now()
            return convert.network(row, self.model)

    def set_stakeholder_group(
        self, network_id: int, key: str, name: str, description: str = ""
    ) -> Network:
        """The network's own name and description for a stakeholder segment ('' = model label)."""
        key = check.stakeholder_key(self.model, key)
        name = check.text(name, "the stakeholder group's name").strip()
        description = check.text(description, "the stakeholder group's description")
        with self._writing() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            group = next((g for g in row.stakeholder_groups if g.stakeholder_key == key), None)
            if group is None:
                group = StakeholderGroupRow(stakeholder_key=key)
                row.stakeholder_groups.append(group)
            group.name = name
            group.description = description
            row.updated_at = now()
            session.flush()
            return convert.network(row, self.model)

    def duplicate_network(self, network_id: int, name: str | None = None) -> Network:
        """A full copy (core, lines, indicators, moments, measurements, notes) under a new name."""
        with self._writing() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            data = exchange.export_data(session, row, self.model)
            wanted = check.name(name, "a network's name") if name else row.name
            copy = exchange.write(session, data, self.model, _unique_name(session, wanted))
            return convert.network(copy, self.model)

    def delete_network(self, network_id: int) -> Snapshot:
        with self._writing() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            snapshot = snapshots.take(
                session, NetworkRow.__table__, row.id, f"network {row.name!r}"
            )
            session.delete(row)
            return snapshot

    def load_network(self, network_id: int) -> NetworkContents:
        """Everything of one network in one read (one consistent view)."""
        with self._reading() as session:
            row = session.scalar(
                select(NetworkRow)
                .where(NetworkRow.id == network_id)
                .options(
                    selectinload(NetworkRow.stakeholder_groups),
                    selectinload(NetworkRow.ring_positions),
                    selectinload(NetworkRow.core_entries),
                    selectinload(NetworkRow.lines).selectinload(LineRow.steps),
                    selectinload(NetworkRow.lines)
                    .selectinload(LineRow.indicators)
                    .selectinload(IndicatorRow.measurements),
                    selectinload(NetworkRow.moments),
                    selectinload(NetworkRow.notes),
                )
            )
            if row is None:
                raise NotFoundError(f"there is no network with id {network_id!r}")
            lines = sorted(row.lines, key=lambda line: line.id)
            indicators = [
                indicator
                for line in lines
                for indicator in sorted(line.indicators, key=self._indicator_order)
            ]
            moments = sorted(row.moments, key=_moment_order)
            moment_rank = {moment.id: rank for rank, moment in enumerate(moments)}
            measurements = [
                measurement
                for indicator in indicators
                for measurement in sorted(
                    indicator.measurements, key=lambda m: (moment_rank[m.moment_id], m.id)
                )
            ]
            return NetworkContents(
                network=convert.network(row, self.model),
                wheel=convert.wheel(row, self.model),
                core=tuple(
                    convert.core_entry(entry)
                    for entry in sorted(row.core_entries, key=self._core_order)
                ),
                lines=tuple(convert.line(line, self.model) for line in lines),
                indicators=tuple(convert.indicator(i) for i in indicators),
                moments=tuple(convert.moment(m) for m in moments),
                measurements=tuple(convert.measurement(m) for m in measurements),
                notes=tuple(convert.note(n) for n in sorted(row.notes, key=lambda n: n.id)),
            )

    def _check_free_name(self, session: Session, name: str) -> None:
        if session.scalar(select(NetworkRow.id).where(NetworkRow.name == name)) is not None:
            raise DuplicateNameError(f"there is already a network named {name!r}")

    # --- the wheel -------------------------------------------------------------------------

    def get_wheel(self, network_id: int) -> WheelState:
        with self._reading() as session:
            return convert.wheel(self._get(session, NetworkRow, network_id, "network"), self.model)

    def save_wheel(self, network_id: int, wheel: WheelState) -> WheelState:
        """The arrangement (a segment index per ring), locked rings and partial focus."""
        indices = wheel.arrangement.indices
        if len(indices) != len(self.model.rings):
            raise InvalidValueError(
                f"an arrangement needs {len(self.model.rings)} indices, one per ring"
            )
        for ring, index in zip(self.model.rings, indices, strict=True):
            if isinstance(index, bool) or not isinstance(index, int):
                raise InvalidValueError(f"the index of ring {ring.key!r} must be a whole number")
            if not 0 <= index < ring.segment_count:
                raise InvalidValueError(
                    f"ring {ring.key!r} has segments 0 to {ring.segment_count - 1}, not {index}"
                )
        for key in wheel.locked_rings:
            check.ring_key(self.model, key)
        if wheel.focus_ring is not None:
            check.impact_ring_key(self.model, wheel.focus_ring)
        if wheel.focus_stakeholder is not None:
            check.stakeholder_key(self.model, wheel.focus_stakeholder)
        with self._writing() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            positions = {position.ring_key: position for position in row.ring_positions}
            for ring, index in zip(self.model.rings, indices, strict=True):
                position = positions.get(ring.key)
                if position is None:
                    position = RingPositionRow(ring_key=ring.key)
                    row.ring_positions.append(position)
                position.segment_index = index
                position.locked = ring.key in wheel.locked_rings
            row.focus_ring_key = wheel.focus_ring
            row.focus_stakeholder_key = wheel.focus_stakeholder
            row.updated_at = now()
            session.flush()
            return convert.wheel(row, self.model)

    def save_arrangement(self, network_id: int, arrangement: Arrangement) -> WheelState:
        """Only the arrangement; locks and focus stay as they are."""
        current = self.get_wheel(network_id)
        return self.save_wheel(
            network_id,
            WheelState(
                arrangement, current.locked_rings, current.focus_ring, current.focus_stakeholder
            ),
        )

    # --- the core --------------------------------------------------------------------------

    def _core_order(self, row: CoreEntryRow) -> tuple[int, int, int]:
        kinds = [part.key for part in self.model.core.segments]
        rank = kinds.index(row.kind) if row.kind in kinds else len(kinds)
        return rank, row.position, row.id

    def list_core(self, network_id: int, kind: str | None = None) -> tuple[CoreEntry, ...]:
        """The core's entries, per part in model order, each part in its own order."""
        if kind is not None:
            check.core_kind(self.model, kind)
        with self._reading() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            entries = [e for e in row.core_entries if kind is None or e.kind == kind]
            return tuple(convert.core_entry(e) for e in sorted(entries, key=self._core_order))

    def add_core_entry(self, network_id: int, kind: str, text: str) -> CoreEntry:
        """A new entry at the end of its part of the core."""
        kind = check.core_kind(self.model, kind)
        text = check.text(text, "the entry")
        with self._writing() as session:
            self._get(session, NetworkRow, network_id, "network")
            last = session.scalar(
                select(func.max(CoreEntryRow.position)).where(
                    CoreEntryRow.network_id == network_id, CoreEntryRow.kind == kind
                )
            )
            row = CoreEntryRow(
                network_id=network_id, kind=kind, text=text, position=(last or 0) + 1
            )
            session.add(row)
            self._touch(session, network_id)
            session.flush()
            return convert.core_entry(row)

    def edit_core_entry(self, entry_id: int, text: str) -> CoreEntry:
        text = check.text(text, "the entry")
        with self._writing() as session:
            row = self._get(session, CoreEntryRow, entry_id, "core entry")
            row.text = text
            self._touch(session, row.network_id)
            return convert.core_entry(row)

    def move_core_entry(self, entry_id: int, index: int) -> tuple[CoreEntry, ...]:
        """Put an entry at place `index` (0 = first) of its part; returns that part in order."""
        index = check.position(index, "the place")
        with self._writing() as session:
            row = self._get(session, CoreEntryRow, entry_id, "core entry")
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
            self._touch(session, row.network_id)
            return tuple(convert.core_entry(s) for s in siblings)

    def delete_core_entry(self, entry_id: int) -> Snapshot:
        return self._delete(CoreEntryRow, entry_id, "core entry")

    # --- reasoning lines -------------------------------------------------------------------

    def list_lines(self, network_id: int) -> tuple[Line, ...]:
        """The network's saved lines, oldest first."""
        with self._reading() as session:
            self._get(session, NetworkRow, network_id, "network")
            rows = session.scalars(
                select(LineRow)
                .where(LineRow.network_id == network_id)
                .order_by(LineRow.id)
                .options(selectinload(LineRow.steps))
            )
            return tuple(convert.line(row, self.model) for row in rows)

    def get_line(self, line_id: int) -> Line:
        with self._reading() as session:
            return convert.line(self._get(session, LineRow, line_id, "reasoning line"), self.model)

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
        title = check.text(title, "the title").strip()
        assumptions = check.text(assumptions, "the assumptions")
        stories = dict(stories or {})
        for key, story in stories.items():
            check.step_key(self.model, key)
            check.text(story, f"the story of step {key!r}")
        with self._writing() as session:
            self._get(session, NetworkRow, network_id, "network")
            stamp = now()
            row = LineRow(
                network_id=network_id,
                title=title,
                direction=direction.value,
                status=status.value,
                assumptions=assumptions,
                created_at=stamp,
                updated_at=stamp,
            )
            segments = (None, *keys)
            row.steps = [
                LineStepRow(step_key=key, segment_key=segment, story=stories.get(key, ""))
                for key, segment in zip(self.model.step_keys, segments, strict=True)
            ]
            session.add(row)
            self._touch(session, network_id)
            session.flush()
            return convert.line(row, self.model)

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
    ) -> Line:
        """Change the given fields (None = leave as is)."""
        with self._writing() as session:
            row = self._get(session, LineRow, line_id, "reasoning line")
            if title is not None:
                row.title = check.text(title, "the title").strip()
            if status is not None:
                row.status = check.enum(status, LineStatus, "the status").value
            if direction is not None:
                row.direction = check.enum(direction, Direction, "the direction").value
            if assumptions is not None:
                row.assumptions = check.text(assumptions, "the assumptions")
            row.updated_at = now()
            self._touch(session, row.network_id)
            return convert.line(row, self.model)

    def set_line_story(self, line_id: int, step_key: str, story: str) -> Line:
        step_key = check.step_key(self.model, step_key)
        story = check.text(story, "the story")
        with self._writing() as session:
            row = self._get(session, LineRow, line_id, "reasoning line")
            step = next((s for s in row.steps if s.step_key == step_key), None)
            if step is None:
                raise UnknownKeyError(f"line {line_id} has no step {step_key!r}")
            step.story = story
            row.updated_at = now()
            self._touch(session, row.network_id)
            return convert.line(row, self.model)

    def delete_line(self, line_id: int) -> Snapshot:
        """The line with its steps, indicators and their measurements."""
        return self._delete(LineRow, line_id, "reasoning line")

    # --- indicators ------------------------------------------------------------------------

    def _indicator_order(self, row: IndicatorRow) -> tuple[int, int, int]:
        keys = self.model.step_keys
        rank = keys.index(row.step_key) if row.step_key in keys else len(keys)
        return rank, row.position, row.id

    def list_indicators(self, line_id: int, step_key: str | None = None) -> tuple[Indicator, ...]:
        """A line's indicators, by step (inside out) and then in the order they were added."""
        if step_key is not None:
            check.step_key(self.model, step_key)
        with self._reading() as session:
            row = self._get(session, LineRow, line_id, "reasoning line")
            chosen = [i for i in row.indicators if step_key is None or i.step_key == step_key]
            return tuple(convert.indicator(i) for i in sorted(chosen, key=self._indicator_order))

    def get_indicator(self, indicator_id: int) -> Indicator:
        with self._reading() as session:
            return convert.indicator(self._get(session, IndicatorRow, indicator_id, "indicator"))

    def add_indicator(
        self, line_id: int, step_key: str, name: str, kind: IndicatorKind, **plan: Any
    ) -> Indicator:
        """An indicator on one step of a line; `plan` takes fields of `INDICATOR_PLAN_FIELDS`."""
        values = _indicator_values(
            {"step_key": step_key, "name": name, "kind": kind, **plan}, self.model
        )
        with self._writing() as session:
            line = self._get(session, LineRow, line_id, "reasoning line")
            last = session.scalar(
                select(func.max(IndicatorRow.position)).where(IndicatorRow.line_id == line_id)
            )
            row = IndicatorRow(line_id=line_id, position=(last or 0) + 1)
            for field in ("step_key", "name", "kind", *INDICATOR_PLAN_FIELDS):
                setattr(row, field, values.get(field, _indicator_default(field)))
            session.add(row)
            line.updated_at = now()
            self._touch(session, line.network_id)
            session.flush()
            return convert.indicator(row)

    def update_indicator(self, indicator_id: int, **changes: Any) -> Indicator:
        """Change the given fields: step_key, name, kind, or any of `INDICATOR_PLAN_FIELDS`."""
        values = _indicator_values(changes, self.model)
        with self._writing() as session:
            row = self._get(session, IndicatorRow, indicator_id, "indicator")
            for field, value in values.items():
                setattr(row, field, value)
            row.line.updated_at = now()
            self._touch(session, row.line.network_id)
            return convert.indicator(row)

    def delete_indicator(self, indicator_id: int) -> Snapshot:
        """The indicator with its measurements."""
        return self._delete(IndicatorRow, indicator_id, "indicator")

    # --- the learning path: moments and measurements ---------------------------------------

    def list_moments(self, network_id: int) -> tuple[Moment, ...]:
        """By date (undated last), then label."""
        with self._reading() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            return tuple(convert.moment(m) for m in sorted(row.moments, key=_moment_order))

    def get_moment(self, moment_id: int) -> Moment:
        with self._reading() as session:
            return convert.moment(self._get(session, MomentRow, moment_id, "moment"))

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
        with self._writing() as session:
            self._get(session, NetworkRow, network_id, "network")
            row = MomentRow(network_id=network_id, **values)
            session.add(row)
            self._touch(session, network_id)
            session.flush()
            return convert.moment(row)

    def update_moment(self, moment_id: int, **changes: Any) -> Moment:
        """Change the given fields: label, date, focus, learnings."""
        values = _moment_values(changes)
        with self._writing() as session:
            row = self._get(session, MomentRow, moment_id, "moment")
            for field, value in values.items():
                setattr(row, field, value)
            self._touch(session, row.network_id)
            return convert.moment(row)

    def delete_moment(self, moment_id: int) -> Snapshot:
        """The moment with its measurements and its notes."""
        return self._delete(MomentRow, moment_id, "moment")

    def list_measurements(self, indicator_id: int) -> tuple[Measurement, ...]:
        """An indicator's measurements in the order of the learning path."""
        with self._reading() as session:
            indicator = self._get(session, IndicatorRow, indicator_id, "indicator")
            moments = sorted(indicator.line.network.moments, key=_moment_order)
            rank = {moment.id: place for place, moment in enumerate(moments)}
            rows = sorted(indicator.measurements, key=lambda m: (rank[m.moment_id], m.id))
            return tuple(convert.measurement(m) for m in rows)

    def get_measurement(self, measurement_id: int) -> Measurement:
        with self._reading() as session:
            row = self._get(session, MeasurementRow, measurement_id, "measurement")
            return convert.measurement(row)

    def add_measurement(
        self,
        indicator_id: int,
        moment_id: int,
        value: float | None = None,
        text: str = "",
        note: str = "",
    ) -> Measurement:
        """What an indicator showed at a moment: a number and/or a text, and a note."""
        values = _measurement_values({"value": value, "text": text, "note": note})
        with self._writing() as session:
            indicator = self._get(session, IndicatorRow, indicator_id, "indicator")
            self._same_network_moment(session, moment_id, indicator.line.network_id)
            row = MeasurementRow(indicator_id=indicator_id, moment_id=moment_id, **values)
            session.add(row)
            self._touch(session, indicator.line.network_id)
            session.flush()
            return convert.measurement(row)

    def update_measurement(self, measurement_id: int, **changes: Any) -> Measurement:
        """Change the given fields: value, text, note, moment_id."""
        moment_id = changes.pop("moment_id", None)
        values = _measurement_values(changes)
        with self._writing() as session:
            row = self._get(session, MeasurementRow, measurement_id, "measurement")
            network_id = row.indicator.line.network_id
            if moment_id is not None:
                self._same_network_moment(session, moment_id, network_id)
                row.moment_id = moment_id
            for field, value in values.items():
                setattr(row, field, value)
            self._touch(session, network_id)
            return convert.measurement(row)

    def delete_measurement(self, measurement_id: int) -> Snapshot:
        return self._delete(MeasurementRow, measurement_id, "measurement")

    def _same_network_moment(self, session: Session, moment_id: int, network_id: int) -> None:
        moment = self._get(session, MomentRow, moment_id, "moment")
        if moment.network_id != network_id:
            raise InvalidValueError(f"moment {moment_id} belongs to another network")

    # --- workshop notes --------------------------------------------------------------------

    def list_notes(self, network_id: int, moment_id: int | None = None) -> tuple[Note, ...]:
        """All of a network's notes, or those of one moment, oldest first."""
        with self._reading() as session:
            self._get(session, NetworkRow, network_id, "network")
            query = select(NoteRow).where(NoteRow.network_id == network_id)
            if moment_id is not None:
                query = query.where(NoteRow.moment_id == moment_id)
            return tuple(convert.note(n) for n in session.scalars(query.order_by(NoteRow.id)))

    def get_note(self, note_id: int) -> Note:
        with self._reading() as session:
            return convert.note(self._get(session, NoteRow, note_id, "note"))

    def add_note(
        self,
        network_id: int,
        segment_key: str,
        text: str,
        colour: str = DEFAULT_NOTE_COLOUR,
        moment_id: int | None = None,
    ) -> Note:
        segment_key = check.segment_key(self.model, segment_key)
        text = check.text(text, "the note")
        colour = check.colour(colour)
        with self._writing() as session:
            self._get(session, NetworkRow, network_id, "network")
            if moment_id is not None:
                self._same_network_moment(session, moment_id, network_id)
            row = NoteRow(
                network_id=network_id,
                moment_id=moment_id,
                segment_key=segment_key,
                text=text,
                colour=colour,
                created_at=now(),
            )
            session.add(row)
            self._touch(session, network_id)
            session.flush()
            return convert.note(row)

    def update_note(self, note_id: int, **changes: Any) -> Note:
        """Change the given fields: text, colour, segment_key, moment_id (None = no moment)."""
        unknown = set(changes) - {"text", "colour", "segment_key", "moment_id"}
        if unknown:
            raise TypeError(f"a note has no field {sorted(unknown)[0]!r}")
        with self._writing() as session:
            row = self._get(session, NoteRow, note_id, "note")
            if "text" in changes:
                row.text = check.text(changes["text"], "the note")
            if "colour" in changes:
                row.colour = check.colour(changes["colour"])
            if "segment_key" in changes:
                row.segment_key = check.segment_key(self.model, changes["segment_key"])
            if "moment_id" in changes:
                if changes["moment_id"] is not None:
                    self._same_network_moment(session, changes["moment_id"], row.network_id)
                row.moment_id = changes["moment_id"]
            self._touch(session, row.network_id)
            return convert.note(row)

    def move_note(self, note_id: int, segment_key: str) -> Note:
        """Stick a note on another segment."""
        return self.update_note(note_id, segment_key=segment_key)

    def delete_note(self, note_id: int) -> Snapshot:
        return self._delete(NoteRow, note_id, "note")

    # --- deleting and undoing --------------------------------------------------------------

    def _delete(self, row_type: type[Base], row_id: int, what: str) -> Snapshot:
        with self._writing() as session:
            row = self._get(session, row_type, row_id, what)
            network_id = _network_of(row)
            snapshot = snapshots.take(session, row_type.__table__, row_id, f"{what} {row_id}")
            session.delete(row)
            session.flush()
            self._touch(session, network_id)
            return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what a delete removed, with the same ids and all its children."""
        if not isinstance(snapshot, Snapshot) or not snapshot.rows:
            raise InvalidValueError("this is not a snapshot of a delete")
        with self._writing() as session:
            top_table, top_values = snapshot.rows[0]
            values = dict(top_values)
            if top_table == NetworkRow.__tablename__:
                # Another network may have taken the name since; the restored one yields.
                name = _unique_name(session, str(values["name"]))
                rows = ((top_table, tuple({**values, "name": name}.items())), *snapshot.rows[1:])
                snapshot = Snapshot(snapshot.description, rows)
            try:
                with session.begin_nested():
                    snapshots.put_back(session, snapshot)
            except IntegrityError as error:
                raise SnapshotConflictError(
                    f"the {snapshot.description} cannot be put back: "
                    + (
                        "what it belonged to is gone"
                        if "FOREIGN KEY" in str(error.orig)
                        else "it is already there"
                    )
                ) from error
            network_id = (
                values["id"] if top_table == "networks" else _network_id_in(session, snapshot)
            )
            if network_id is not None:
                self._touch(session, network_id)

    # --- exchange --------------------------------------------------------------------------

    def export_network(self, network_id: int) -> str:
        """The network as exchange JSON text (see README, "Exchange format")."""
        with self._reading() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            return exchange.dumps(exchange.export_data(session, row, self.model))

    def export_network_to(self, network_id: int, path: Path | str) -> None:
        """Write the exchange JSON to `path` (through a temporary file: never a half file)."""
        exchange.write_file(Path(path), self.export_network(network_id))

    def import_network(self, raw: bytes | str) -> Network:
        """Check a whole exchange document, then add its network in one transaction.

        A name already in use gets " (2)", " (3)" … appended. A bad document raises
        `ImportFormatError` and leaves the store unchanged.
        """
        data = exchange.parse(raw, self.model)
        with self._writing() as session:
            name = _unique_name(session, data["network"]["name"])
            row = exchange.write(session, data, self.model, name)
            return convert.network(row, self.model)

    def import_file(self, path: Path | str) -> Network:
        return self.import_network(exchange.read_file(Path(path)))


# --- helpers ---------------------------------------------------------------------------------


def _unique_name(session: Session, name: str) -> str:
    taken = set(
        session.scalars(
            select(NetworkRow.name).where(
                (NetworkRow.name == name) | NetworkRow.name.startswith(name + " (", autoescape=True)
            )
        )
    )
    candidate, number = name, 2
    while candidate in taken:
        candidate = f"{name} ({number})"
        number += 1
    return candidate


def _moment_order(row: MomentRow) -> tuple[bool, Any, str, int]:
    return row.date is None, row.date or 0, row.label, row.id


def _network_of(row: Any) -> int:
    if isinstance(row, NetworkRow):
        return row.id
    if hasattr(row, "network_id"):
        return row.network_id
    if isinstance(row, IndicatorRow):
        return row.line.network_id
    if isinstance(row, MeasurementRow):
        return row.indicator.line.network_id
    raise TypeError(type(row).__name__)


def _network_id_in(session: Session, snapshot: Snapshot) -> int | None:
    table, values = snapshot.rows[0]
    found = dict(values)
    if "network_id" in found:
        return int(found["network_id"])  # type: ignore[arg-type]
    if table == "indicators":
        return session.scalar(select(LineRow.network_id).where(LineRow.id == found["line_id"]))
    if table == "measurements":
        return session.scalar(
            select(MomentRow.network_id).where(MomentRow.id == found["moment_id"])
        )
    return None


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


def _moment_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "label":
            values[field] = check.name(value, "a moment's label")
        elif field == "date":
            values[field] = check.optional_date(value, "the date")
        elif field in {"focus", "learnings"}:
            values[field] = check.text(value, f"the moment's {field}")
        else:
            raise TypeError(f"a moment has no field {field!r}")
    return values


def _measurement_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "value":
            values[field] = check.optional_number(value, "the value")
        elif field in {"text", "note"}:
            values[field] = check.text(value, f"the measurement's {field}")
        else:
            raise TypeError(f"a measurement has no field {field!r}")
    return values
