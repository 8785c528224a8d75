"""The service API the UI, the poster and the command line call: one method, one transaction.

Methods take and return plain values and frozen records (`db.records`), never ORM objects, so
callers hold no sessions. Every key is checked against the model; every delete returns a
`Snapshot` that `restore` puts back with the same ids (the UI's undo).

`Store` is composed of one part per area, each an attribute named for what it keeps, so a
call says where it goes (`store.lines.create_line(...)`, `store.networks.load_network(...)`):

- `store.networks` (`NetworksPart`, here): networks as wholes, loading, exchange, `restore`
- `store.lines` (`LinesPart`, `db.store_lines`): the core, reasoning lines, indicators
- `store.evidence` (`EvidencePart`, `db.store_evidence`): plausibility, evidence, copying
  and reworking lines
- `store.learning` (`LearningPart`, `db.store_learning`): moments, measurement entries, targets
- `store.notes` (`NotesPart`, `db.store_learning`): the workshop's notes (post-its)
- `store.measures` (`MeasuresPart`, `db.store_measures`): measurement entries in bulk
- `store.groups` (`GroupsPart`, `db.store_groups`): dimensions and groups, baselines, IATI
- `store.wheel` (`WheelPart`, `db.store_wheel`): the wheel's arrangement, locks and focus
- `store.room` (`RoomPart`, `db.store_room`): the room's queue of arrivals, evidence photos

The parts share the store's one `db.store_sessions.StoreSessions` (the engine, one session per
transaction, the typed `get`, `touch`, `delete`) and never inherit from one another: what two
parts share is on that helper or a function of a module. `Store` opens, syncs and closes.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.core.changes import Origin
from app.core.limits import MAX_NAME
from app.core.model import Model, default_model
from db import convert, exchange, files, reading, server, snapshots
from db import engine as store_engine
from db import validate as check
from db.errors import (
    DuplicateNameError,
    InvalidValueError,
    NotFoundError,
    SnapshotConflictError,
    quoted,
)
from db.live import Listener
from db.places import FilePlace, ServerPlace, StorePlace
from db.records import Network, NetworkContents, NetworkName, NetworkSummary, Snapshot
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
from db.store_evidence import EvidencePart, evidence_in_order
from db.store_groups import GroupsPart
from db.store_learning import LearningPart, NotesPart, moment_order
from db.store_lines import LinesPart, indicator_order
from db.store_measures import MeasuresPart
from db.store_room import RoomPart
from db.store_sessions import StorePart, StoreSessions, now
from db.store_wheel import WheelPart

default_store_path = store_engine.default_store_path


class Store:
    """One open store (a file or a team store on a server). Open with `Store.open(target)`;
    close with `close()` or a `with` block.

    Its methods are in its parts (`store.networks`, `store.lines`, …: the module's list)."""

    def __init__(self, place: StorePlace, model: Model, backup: Path | None) -> None:
        self._db = StoreSessions(place, model, backup)
        self.networks = NetworksPart(self._db)
        self.lines = LinesPart(self._db)
        self.evidence = EvidencePart(self._db)
        self.learning = LearningPart(self._db)
        self.notes = NotesPart(self._db)
        self.measures = MeasuresPart(self._db)
        self.groups = GroupsPart(self._db)
        self.wheel = WheelPart(self._db)
        self.room = RoomPart(self._db)

    @property
    def sessions(self) -> StoreSessions:
        """The store's transactions, for what works on whole stores from outside its parts
        (taking a network along, copying a store): `with store.sessions.reading() as s:`."""
        return self._db

    @property
    def path(self) -> Path | None:
        """The store's file; None for a team store on a server (see `location`)."""
        return self._db.path

    @property
    def location(self) -> str:
        """Which store this is, for people: a file's path or "server HOST / database NAME"."""
        return self._db.location

    @property
    def on_server(self) -> bool:
        return self._db.on_server

    @property
    def model(self) -> Model:
        return self._db.model

    @property
    def read_only(self) -> bool:
        """The store cannot be written here (a read-only disk or folder, a full disk, a
        server role that may only read): reads work, changes are refused."""
        return self._db.read_only

    @property
    def stamps(self) -> dict[tuple[str, int], datetime]:
        """When this store's writes last stamped each network and line (`StoreSessions.stamps`)."""
        return self._db.stamps

    @property
    def backup_made(self) -> Path | None:
        """The backup written before an upgrade of the schema at this opening, if any."""
        return self._db.backup_made

    @property
    def sender(self) -> str:
        """This open store's id in the live notices it sends (its windows skip their own)."""
        return self._db.sender

    @property
    def offline(self) -> bool:
        """The connection to the server is known to be lost: edits are refused."""
        return self._db.offline

    @property
    def origin(self) -> Origin:
        """How the writes being made came about (the Workshop sets it for undo, redo, room)."""
        return self._db.origin

    @origin.setter
    def origin(self, origin: Origin) -> None:
        self._db.origin = origin

    def describe(self) -> str:
        """One line for people: the file, or the server and database, of this store."""
        return self._db.describe()

    def sync(self) -> None:
        """Make every commit so far, typing too, survive a power cut (`StoreSessions.sync`)."""
        self._db.sync()

    def set_offline(self, offline: bool) -> None:
        """Whether the connection to the server is lost (`StoreSessions.set_offline`)."""
        self._db.set_offline(offline)

    def reconnected(self) -> None:
        """The server is back after a lost connection (`StoreSessions.reconnected`)."""
        self._db.reconnected()

    def listener(self) -> Listener | None:
        """A connection that hears others' committed changes (`db.live`); None for a file."""
        return self._db.listener()

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
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class NetworksPart(StorePart):
    """Networks as wholes: listing, creating, loading, copying, deleting, exchange, and undo
    of any delete (`restore`): one part of `db.store.Store`."""

    # --- networks --------------------------------------------------------------------------

    def list_networks(self) -> tuple[NetworkSummary, ...]:
        """All networks, by name."""
        with self._db.reading_statements() as connection:
            rows = connection.execute(_NETWORK_LIST).all()  # one fetch, not one a row
            return tuple(NetworkSummary(*row) for row in rows)

    def list_names(self) -> tuple[NetworkName, ...]:
        """Every network's id, name and description, by name: what the window's lists of
        networks show (the start page, Open, the recent networks). `list_networks` adds the
        line counts and the times, which these lists do not show."""
        with self._db.reading_statements() as connection:
            rows = connection.execute(_NETWORK_NAMES).all()
            return tuple(map(NetworkName._make, rows))

    def get_network(self, network_id: int) -> Network:
        with self._db.reading() as session:
            return convert.network(
                self._db.get(session, NetworkRow, network_id, "network"), self.model
            )

    def find_network(self, name_or_id: str) -> Network:
        """A network by its exact name, else by its id (for the command line)."""
        with self._db.reading() as session:
            row = session.scalar(select(NetworkRow).where(NetworkRow.name == name_or_id))
            number = check.id_from_text(name_or_id)
            if row is None and number is not None:
                row = session.get(NetworkRow, number)
            if row is None:
                raise NotFoundError(f"there is no network named or numbered {quoted(name_or_id)}")
            return convert.network(row, self.model)

    def unique_name(self, name: str) -> str:
        """`name`, or `name (2)`, `name (3)` … if a network already has it."""
        with self._db.reading() as session:
            return _unique_name(session, check.name(name, "a network's name"))

    def create_network(self, name: str, description: str = "") -> Network:
        name = check.name(name, "a network's name")
        description = check.text(description, "the description")
        with self._db.writing() as session:
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

    def rename_network(self, network_id: int, name: str, *, seen: int | None = None) -> Network:
        name = check.name(name, "a network's name")
        with self._db.writing() as session:
            row = self._db.get(session, NetworkRow, network_id, "network")
            self._db.check_seen(row, seen, "network", name, row.name)
            if row.name != name:
                self._check_free_name(session, name)
                row.name = name
                self._db.touch(session, row.id)
            session.flush()
            return convert.network(row, self.model)

    def set_network_description(
        self, network_id: int, description: str, *, seen: int | None = None
    ) -> Network:
        """`seen`: the network's version the edit was made from (None: no check)."""
        description = check.text(description, "the description")
        with self._db.writing() as session:
            row = self._db.get(session, NetworkRow, network_id, "network")
            self._db.check_seen(row, seen, "network", description, row.description)
            row.description = description
            self._db.touch(session, row.id)
            session.flush()
            return convert.network(row, self.model)

    def set_stakeholder_group(
        self, network_id: int, key: str, name: str, description: str = ""
    ) -> Network:
        """The network's own name and description for a stakeholder segment ('' = model label)."""
        key = check.stakeholder_key(self.model, key)
        name = check.text(name, "the stakeholder group's name", MAX_NAME).strip()
        description = check.text(description, "the stakeholder group's description")
        with self._db.writing() as session:
            row = self._db.get(session, NetworkRow, network_id, "network")
            group = next((g for g in row.stakeholder_groups if g.stakeholder_key == key), None)
            if group is None:
                group = StakeholderGroupRow(stakeholder_key=key)
                row.stakeholder_groups.append(group)
            group.name = name
            group.description = description
            self._db.touch(session, row.id)
            session.flush()
            return convert.network(row, self.model)

    def duplicate_network(self, network_id: int, name: str | None = None) -> Network:
        """A full copy (core, lines, indicators, moments, measurements, notes) under a new name."""
        with self._db.writing() as session:
            row = self._db.get(session, NetworkRow, network_id, "network")
            data = exchange.export_data(self._contents(row), self.model)
            wanted = check.name(name, "a network's name") if name else row.name
            copy = exchange.write(session, data, self.model, _unique_name(session, wanted))
            return convert.network(copy, self.model)

    def delete_network(self, network_id: int) -> Snapshot:
        with self._db.writing() as session:
            row = self._db.get(session, NetworkRow, network_id, "network")
            snapshot = snapshots.take(
                session, snapshots.table_of(NetworkRow), row.id, f"network {row.name!r}"
            )
            session.delete(row)
            return snapshot

    def load_network(self, network_id: int) -> NetworkContents:
        """Everything of one network in one read (one consistent view)."""
        with self._db.reading_statements() as connection:
            return reading.read_network(connection, network_id, self.model)

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
            for indicator in sorted(
                line.indicators, key=lambda indicator: indicator_order(indicator, self.model)
            )
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
                for entry in sorted(
                    row.core_entries, key=lambda entry: convert.core_order(entry, self.model)
                )
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
        with self._db.writing() as session:
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
                self._db.touch(session, network_id)

    # --- exchange --------------------------------------------------------------------------

    def export_network(self, network_id: int) -> str:
        """The network as exchange JSON text (see README, "Exchange format")."""
        with self._db.reading_statements() as connection:
            contents = reading.read_network(connection, network_id, self.model)
        return exchange.dumps(exchange.export_data(contents, self.model))

    def export_network_to(self, network_id: int, path: Path | str) -> None:
        """Write the exchange JSON to `path` through `db.files`: never a half file, never onto the
        store (`OutputRefusedError`); a failed write raises `OutputWriteError`."""
        files.write_output(Path(path), self.export_network(network_id).encode("utf-8"))

    def import_network(self, raw: bytes | str) -> Network:
        """Check a whole exchange document, then add its network in one transaction.

        A name already in use gets " (2)", " (3)" … appended. A bad document raises
        `ImportFormatError` and leaves the store unchanged.
        """
        self._db.refuse_if_read_only()  # a full disk says so before a long file is checked
        data = exchange.parse(raw, self.model)
        with self._db.writing() as session:
            name = _unique_name(session, data["network"]["name"])
            row = exchange.write(session, data, self.model, name)
            return convert.network(row, self.model)

    def import_file(self, path: Path | str) -> Network:
        return self.import_network(exchange.read_file(Path(path)))


# --- helpers ---------------------------------------------------------------------------------

_networks, _lines = (cast(Table, row.__table__) for row in (NetworkRow, LineRow))
_line_counts = (
    select(_lines.c.network_id, func.count(_lines.c.id).label("lines"))
    .group_by(_lines.c.network_id)
    .subquery()
)
# The networks listed: columns, not whole rows (a store of hundreds of networks lists about
# as fast as one of a few); a plain statement built once, which needs none of the ORM (the
# start page lists the networks before anything else reads the store).
_NETWORK_LIST = (
    select(
        _networks.c.id,
        _networks.c.name,
        _networks.c.description,
        _networks.c.created_at,
        _networks.c.updated_at,
        func.coalesce(_line_counts.c.lines, 0),
    )
    .outerjoin(_line_counts, _line_counts.c.network_id == _networks.c.id)
    .order_by(_networks.c.name, _networks.c.id)
)
_NETWORK_NAMES = select(_networks.c.id, _networks.c.name, _networks.c.description).order_by(
    _networks.c.name, _networks.c.id
)


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
