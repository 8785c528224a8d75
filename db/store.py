"""The service API the UI, the poster and the command line call: one method, one transaction.

Methods take and return plain values and frozen records (`db.records`), never ORM objects, so
callers hold no sessions. Every key is checked against the model; every delete returns a
`Snapshot` that `restore` puts back with the same ids (the UI's undo).

`Store` is assembled from one mixin per area: core, lines and indicators in `db.store_lines`,
the learning path and notes in `db.store_learning`, the wheel's arrangement, locks and
focus in `db.store_wheel`, sessions and deletes in `db.store_base`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.core.limits import MAX_NAME
from app.core.model import Model, default_model
from db import convert, exchange, files, server, snapshots
from db import engine as store_engine
from db import validate as check
from db.errors import (
    DuplicateNameError,
    InvalidValueError,
    NotFoundError,
    SnapshotConflictError,
    quoted,
)
from db.places import FilePlace, ServerPlace, StorePlace
from db.records import Network, NetworkContents, NetworkSummary, Snapshot
from db.schema import (
    DimensionRow,
    IndicatorRow,
    LineRow,
    LineStepRow,
    MomentRow,
    NetworkRow,
    RingPositionRow,
    StakeholderGroupRow,
)
from db.store_base import now
from db.store_evidence import EvidenceMixin, evidence_in_order
from db.store_groups import GroupsMixin
from db.store_learning import moment_order
from db.store_lines import LinesMixin
from db.store_measures import MeasuresMixin
from db.store_room import RoomQueueMixin
from db.store_wheel import WheelMixin

default_store_path = store_engine.default_store_path


class Store(LinesMixin, EvidenceMixin, WheelMixin, RoomQueueMixin, MeasuresMixin, GroupsMixin):
    """One open store (a file or a team store on a server). Open with `Store.open(target)`;
    close with `close()` or a `with` block."""

    @classmethod
    def open(
        cls,
        target: Path | str,
        model: Model | None = None,
        busy_timeout_ms: int | None = None,
        statement_timeout_ms: int | None = None,
    ) -> Store:
        """Open the store at `target`: a file path, or a `postgresql://` URL of a team store.

        A file is created (with its folders) when there is none; an existing file is checked
        first and upgraded to this program's schema after a dated backup; a file that cannot
        be used raises a `StoreOpenError` and is left untouched. A store on a read-only disk or
        in a read-only folder opens for reading only: listing, exporting and printing work, a
        change raises `StoreReadOnlyError`. `busy_timeout_ms` overrides how long to wait for
        another program's lock on a file.

        A server's empty database becomes a team store (the same migrations); a role with only
        SELECT opens it for reading only; `statement_timeout_ms` overrides how long a statement
        may take there. Its faults are `StoreOpenError`s too (`db.server`).
        """
        backup = None
        place: StorePlace
        if server.is_server_target(target):
            timeout = statement_timeout_ms or server.STATEMENT_TIMEOUT_MS
            place = ServerPlace.open(str(target), timeout)
        else:
            path = Path(target).expanduser().absolute()
            place, backup = FilePlace.open(path, busy_timeout_ms)
        return cls(place, model or default_model(), backup)

    def close(self) -> None:
        """Close the store; a file's last connection moves the write-ahead log into it.

        Where the file cannot grow to take the log (a full disk, a quota, a file-size limit)
        the commits stay safe in the `-wal`, which the next opening with room moves into the
        file; the store is closed all the same and a `StoreDiskFullError` says so."""
        if self._closed:
            self._engine.dispose()
            return
        self._closed = True
        problem = self._place.close()
        if problem is not None:
            raise problem

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- networks --------------------------------------------------------------------------

    def list_networks(self) -> tuple[NetworkSummary, ...]:
        """All networks, by name."""
        with self._reading() as session:
            counts = (
                select(LineRow.network_id, func.count(LineRow.id).label("lines"))
                .group_by(LineRow.network_id)
                .subquery()
            )
            # Columns, not whole rows: a store of hundreds of networks lists as fast as a few.
            result = session.execute(
                select(
                    NetworkRow.id,
                    NetworkRow.name,
                    NetworkRow.description,
                    NetworkRow.created_at,
                    NetworkRow.updated_at,
                    func.coalesce(counts.c.lines, 0),
                )
                .outerjoin(counts, counts.c.network_id == NetworkRow.id)
                .order_by(NetworkRow.name, NetworkRow.id)
            )
            return tuple(NetworkSummary(*row) for row in result)

    def get_network(self, network_id: int) -> Network:
        with self._reading() as session:
            return convert.network(
                self._get(session, NetworkRow, network_id, "network"), self.model
            )

    def find_network(self, name_or_id: str) -> Network:
        """A network by its exact name, else by its id (for the command line)."""
        with self._reading() as session:
            row = session.scalar(select(NetworkRow).where(NetworkRow.name == name_or_id))
            number = check.id_from_text(name_or_id)
            if row is None and number is not None:
                row = session.get(NetworkRow, number)
            if row is None:
                raise NotFoundError(f"there is no network named or numbered {quoted(name_or_id)}")
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
                self._touch(session, row.id)
            return convert.network(row, self.model)

    def set_network_description(self, network_id: int, description: str) -> Network:
        description = check.text(description, "the description")
        with self._writing() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            row.description = description
            self._touch(session, row.id)
            return convert.network(row, self.model)

    def set_stakeholder_group(
        self, network_id: int, key: str, name: str, description: str = ""
    ) -> Network:
        """The network's own name and description for a stakeholder segment ('' = model label)."""
        key = check.stakeholder_key(self.model, key)
        name = check.text(name, "the stakeholder group's name", MAX_NAME).strip()
        description = check.text(description, "the stakeholder group's description")
        with self._writing() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            group = next((g for g in row.stakeholder_groups if g.stakeholder_key == key), None)
            if group is None:
                group = StakeholderGroupRow(stakeholder_key=key)
                row.stakeholder_groups.append(group)
            group.name = name
            group.description = description
            self._touch(session, row.id)
            session.flush()
            return convert.network(row, self.model)

    def duplicate_network(self, network_id: int, name: str | None = None) -> Network:
        """A full copy (core, lines, indicators, moments, measurements, notes) under a new name."""
        with self._writing() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            data = exchange.export_data(self._contents(row), self.model)
            wanted = check.name(name, "a network's name") if name else row.name
            copy = exchange.write(session, data, self.model, _unique_name(session, wanted))
            return convert.network(copy, self.model)

    def delete_network(self, network_id: int) -> Snapshot:
        with self._writing() as session:
            row = self._get(session, NetworkRow, network_id, "network")
            snapshot = snapshots.take(
                session, snapshots.table_of(NetworkRow), row.id, f"network {row.name!r}"
            )
            session.delete(row)
            return snapshot

    def load_network(self, network_id: int) -> NetworkContents:
        """Everything of one network in one read (one consistent view)."""
        with self._reading() as session:
            return self._contents(self._whole_network(session, network_id))

    @staticmethod
    def _whole_network(session: Session, network_id: int) -> NetworkRow:
        """A network's row with everything below it, in a fixed number of batched queries
        (one per table, whatever the network's size; tests/db/test_query_counts.py)."""
        row = session.scalar(
            select(NetworkRow)
            .where(NetworkRow.id == network_id)
            .options(
                selectinload(NetworkRow.stakeholder_groups),
                selectinload(NetworkRow.ring_positions),
                selectinload(NetworkRow.core_entries),
                selectinload(NetworkRow.lines)
                .selectinload(LineRow.steps)
                .selectinload(LineStepRow.evidence),
                selectinload(NetworkRow.lines)
                .selectinload(LineRow.indicators)
                .selectinload(IndicatorRow.measurements),
                selectinload(NetworkRow.lines)
                .selectinload(LineRow.indicators)
                .selectinload(IndicatorRow.targets),
                selectinload(NetworkRow.lines)
                .selectinload(LineRow.indicators)
                .selectinload(IndicatorRow.dimensions)
                .selectinload(DimensionRow.groups),
                selectinload(NetworkRow.moments),
                selectinload(NetworkRow.notes),
            )
        )
        if row is None:
            raise NotFoundError(f"there is no network with id {network_id!r}")
        return row

    def _contents(self, row: NetworkRow) -> NetworkContents:
        """A network's rows as records, in the store's one order (inside a transaction)."""
        lines = sorted(row.lines, key=lambda line: line.id)
        indicators = [
            indicator
            for line in lines
            for indicator in sorted(line.indicators, key=self._indicator_order)
        ]
        moments = sorted(row.moments, key=moment_order)
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
            evidence=tuple(
                convert.evidence(e)
                for line in lines
                for e in evidence_in_order(line, self.model, None)
            ),
            targets=tuple(
                convert.target(t)
                for indicator in indicators
                for t in sorted(indicator.targets, key=lambda t: (t.set_at, t.id))
            ),
            dimensions=tuple(
                convert.dimension(d)
                for indicator in indicators
                for d in sorted(indicator.dimensions, key=lambda d: (d.position, d.id))
            ),
        )

    def _check_free_name(self, session: Session, name: str) -> None:
        if session.scalar(select(NetworkRow.id).where(NetworkRow.name == name)) is not None:
            raise DuplicateNameError(f"there is already a network named {name!r}", name)

    # --- undoing ---------------------------------------------------------------------------

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
                        if "foreign key" in str(error.orig).lower()
                        else "it is already there"
                    )
                ) from error
            network_id = (
                int(str(values["id"]))
                if top_table == "networks"
                else _network_id_in(session, snapshot)
            )
            if network_id is not None:
                self._touch(session, network_id)

    # --- exchange --------------------------------------------------------------------------

    def export_network(self, network_id: int) -> str:
        """The network as exchange JSON text (see README, "Exchange format")."""
        with self._reading() as session:
            row = self._whole_network(session, network_id)
            return exchange.dumps(exchange.export_data(self._contents(row), self.model))

    def export_network_to(self, network_id: int, path: Path | str) -> None:
        """Write the exchange JSON to `path` through `db.files`: never a half file, never onto the
        store (`OutputRefusedError`); a failed write raises `OutputWriteError`."""
        files.write_output(Path(path), self.export_network(network_id).encode("utf-8"))

    def import_network(self, raw: bytes | str) -> Network:
        """Check a whole exchange document, then add its network in one transaction.

        A name already in use gets " (2)", " (3)" … appended. A bad document raises
        `ImportFormatError` and leaves the store unchanged.
        """
        self._refuse_if_read_only()  # a full disk says so before a long file is checked
        data = exchange.parse(raw, self.model)
        with self._writing() as session:
            name = _unique_name(session, data["network"]["name"])
            row = exchange.write(session, data, self.model, name)
            return convert.network(row, self.model)

    def import_file(self, path: Path | str) -> Network:
        return self.import_network(exchange.read_file(Path(path)))


# --- helpers ---------------------------------------------------------------------------------


def _unique_name(session: Session, name: str) -> str:
    """`name`, else `name (2)`, `name (3)` …, the base shortened so the result stays within
    MAX_NAME: a name the program makes can always be exported and imported again."""

    def numbered(number: int) -> str:
        suffix = f" ({number})"
        return f"{name[: MAX_NAME - len(suffix)].rstrip()}{suffix}"

    taken = set(
        session.scalars(
            select(NetworkRow.name).where(
                (NetworkRow.name == name)
                # every numbered(n) up to ten digits starts with this
                | NetworkRow.name.startswith(name[: MAX_NAME - 13].rstrip(), autoescape=True)
            )
        )
    )
    candidate, number = name, 2
    while candidate in taken:
        candidate = numbered(number)
        number += 1
    return candidate


def _network_id_in(session: Session, snapshot: Snapshot) -> int | None:
    table, values = snapshot.rows[0]
    found = dict(values)
    if "network_id" in found:
        return int(str(found["network_id"]))
    if table == "indicators":
        return session.scalar(select(LineRow.network_id).where(LineRow.id == found["line_id"]))
    if table in {"measurements", "indicator_targets"}:
        return session.scalar(
            select(MomentRow.network_id).where(MomentRow.id == found["moment_id"])
        )
    if table == "step_evidence":
        return session.scalar(
            select(LineRow.network_id)
            .join(LineStepRow, LineStepRow.line_id == LineRow.id)
            .where(LineStepRow.id == found["step_id"])
        )
    return None
