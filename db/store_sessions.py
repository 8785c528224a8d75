"""What every part of the store shares: its engine, one session per unit of work, deletes.

`db.store.Store` composes one part per area (`db.store_lines`, `db.store_learning`, …); every
part holds the store's one `StoreSessions` as `self._db` and reaches the database only through
it: `self._db.reading()`, `self._db.writing()`, `self._db.get(session, LineRow, id, "line")`
(typed: a `LineRow`), `self._db.touch(session, network_id)`, `self._db.delete(...)`.
Where the store lives (a file, a server) is its place (`db.places`): the transactions here ask
it before reading and writing, and never look at which engine it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, Table, bindparam, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.core.changes import Origin, Part
from app.core.model import Model
from db import snapshots
from db.errors import (
    UNDONE,
    ConnectionLostError,
    EditConflictError,
    InvalidValueError,
    NotFoundError,
)
from db.live import Listener, Live, Written, new_sender
from db.places import StorePlace
from db.records import Snapshot
from db.schema import (
    Base,
    EvidenceRow,
    IndicatorRow,
    LineRow,
    MeasurementRow,
    MomentRow,
    NetworkRow,
    TargetRow,
)

_networks = cast(Table, NetworkRow.__table__)
# `stamp_network`'s statement, built once (building it costs more than running it); the
# one-statement keystroke stamps with it too (`db.store_lines`).
STAMP_NETWORK = (
    update(_networks)
    .where(_networks.c.id == bindparam("network"))
    .values(updated_at=bindparam("stamp"), revision=_networks.c.revision + 1)
)

_moments = cast(Table, MomentRow.__table__)
_MOMENT_NETWORK = select(_moments.c.network_id).where(_moments.c.id == bindparam("moment"))

RowT = TypeVar("RowT", bound=Base)  # a mapped row class: `_get` returns its own type


def now() -> datetime:
    """The current time in UTC, to the second (what the store and the exchange format keep)."""
    return datetime.now(UTC).replace(microsecond=0)


class StoreSessions:
    """The engine and the transactions of one open store, shared by every part of
    `db.store.Store` (one object per open store; see `StorePart`)."""

    def __init__(self, place: StorePlace, model: Model, backup: Path | None) -> None:
        self._place = place
        self._engine = place.engine
        self._writer = self._engine.execution_options(write=True)
        self._typist = self._engine.execution_options(write=True, typing=True)
        # Writes of one statement, each its own transaction (`writing_alone`), where the
        # place has them (`StorePlace.writes_alone`).
        self.writes_alone = place.writes_alone
        self._alone = (
            self._engine.execution_options(isolation_level="AUTOCOMMIT")
            if place.writes_alone
            else None
        )
        self.path = place.path
        """The store's file; None for a team store on a server (see `location`)."""
        self.location = place.location
        """Which store this is, for people: a file's path or "server HOST / database NAME"."""
        self.on_server = place.on_server
        self.model = model
        self.backup_made = backup
        """The backup written before an upgrade of the schema at this opening, if any."""
        self.read_only = place.read_only
        """The store cannot be written here (a read-only disk or folder, a full disk, a
        server role that may only read): reads work, changes are refused."""
        self._closed = False
        self._live = Live.for_engine(self._engine)
        self.sender = new_sender()
        """This open store's id in the live notices it sends (its windows skip their own)."""
        self.offline = False
        """The connection to the server is known to be lost (`set_offline`): edits refused."""
        self.origin = Origin.EDIT
        """How the writes being made came about (the Workshop sets it for undo, redo, room)."""
        self.stamps: dict[tuple[str, int], datetime] = {}
        """When this store's writes last stamped each network and line ("network" or "line",
        id) with a new `updated_at` beside the records they returned, so a caller that
        patches its copy of a network with those records keeps the time a fresh read has."""
        self.stamping: dict[tuple[str, int], datetime] = {}  # the write under way

    def describe(self) -> str:
        """One line for people: the file, or the server and database, of this store."""
        return self._place.describe()

    # --- transactions ----------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with (
            self._place.reading(),
            Session(self._engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def reading_statements(self) -> Iterator[Connection]:
        """`reading` for plain statements (listing networks, reading one whole, the room's
        queue, the take-along marks): one read transaction on a bare connection, without a
        session made only to hand out its connection."""
        with self._place.reading(), self._engine.begin() as connection:
            yield connection

    @contextmanager
    def writing(self, typing: bool = False) -> Iterator[Session]:
        """One write transaction (after the file's day's backup); a store that cannot be
        written raises the exception that says why (read-only, disk full, in use, damaged).

        `typing`: a keystroke's commit, which does not wait for the disk (safe against a
        crash of the program; `sync` makes it safe against a power cut)."""
        with (
            self._write(),
            Session(self._typist if typing else self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            self._live.watch(session)
            yield session
            self._live.announce(session, self.origin, self.sender)

    @contextmanager
    def writing_statements(self, typing: bool = False) -> Iterator[Connection]:
        """`writing` for the hot writes made of plain statements (saving a line, accepting a
        post-it, a story keystroke): one transaction on a bare connection, whose statements
        say what they wrote through `wrote`. Without a session's bookkeeping, which costs
        as much as the statements themselves."""
        with self._write(), (self._typist if typing else self._writer).begin() as connection:
            self._live.watch(connection)
            try:
                yield connection
                self._live.announce(connection, self.origin, self.sender)
            finally:
                self._live.unwatch(connection)

    @contextmanager
    def writing_alone(self) -> Iterator[Connection]:
        """Where the place `writes_alone` (a team store), a write that is one statement: the
        server runs it as a transaction of its own, so no BEGIN and no COMMIT travel (one
        round trip instead of three). The statement sends its own notice (made by `notice`)."""
        if self._alone is None:
            raise TypeError(f"{self.location} has no writes of one statement on their own")
        with self._write(), self._alone.connect() as connection:
            yield connection

    def notice(self, network_id: int, parts: Part, ids: Iterable[int]) -> str:
        """The live notice of a write of `ids` of `parts` in `network_id` by this store, for a
        statement that sends it itself (`writing_alone`)."""
        written = Written()
        written.add(network_id, parts, ids)
        (notice,) = written.notices(self.origin, self.sender)
        return notice.encode()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """Around every write transaction: refused at once while offline; the place's checks
        and fault names; the stamps it made kept once it committed."""
        if self.offline:
            raise ConnectionLostError(
                self.location,
                f"the connection to {self.location} is lost; the change was not saved",
            )
        self.stamping = {}
        try:
            with self._place.writing():
                yield
        except StaleDataError as error:
            # A versioned row changed between this transaction's read and its write (another
            # program committed in between): nothing of this transaction was written.
            raise EditConflictError(UNDONE, None) from error
        self.stamps.update(self.stamping)  # committed

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

    def set_offline(self, offline: bool) -> None:
        """Whether the connection to the server is lost (the window's listener noticed): while
        it is, every edit is refused at once with `ConnectionLostError`, none half-tried."""
        self.offline = offline

    def reconnected(self) -> None:
        """The server is back after a lost connection (the window's listener connected again):
        the pool's connections died with the old server process, so they are let go before
        the next statement, and edits are accepted again."""
        self._engine.dispose()
        self.offline = False

    def listener(self) -> Listener | None:
        """A connection that hears the changes other programs commit to this store, not yet
        connected; None where there are none to hear (a store file). See `db.live`."""
        return self._live.listener()

    def refuse_if_read_only(self) -> None:
        self._place.refuse_if_read_only()

    def sync(self) -> None:
        """Make every commit so far, typing too, survive a power cut (the UI calls it after a
        short pause in typing; every commit that is not typing does it by itself)."""
        if self._closed:
            return
        self._place.sync()

    def get(self, session: Session, row_type: type[RowT], row_id: int, what: str) -> RowT:
        """The row of `row_type` with `row_id`, typed as such; `NotFoundError` if there is none."""
        row = session.get(row_type, row_id) if isinstance(row_id, int) else None
        if row is None:
            raise NotFoundError(f"there is no {what} with id {row_id!r}")
        # Held for the transaction: the session keeps rows weakly, and a row a caller only
        # checked would otherwise be read again by `_touch` (a round trip to a server).
        session.info.setdefault("held", []).append(row)
        return row

    def touch(self, session: Session, network_id: int) -> None:
        """Mark a change inside the network: its time, and its revision one up (in SQL, so
        two transactions on a server that both change it never write the same revision;
        bringing a network back tells by it whether anyone changed it since it was taken
        along). A bulk UPDATE, which leaves its version alone: the version counts edits of
        the network's own fields, and a stamp must not make two people's edits of different
        records conflict on the network's row."""
        stamp = self.stamping["network", network_id] = now()
        session.execute(
            update(NetworkRow)
            .where(NetworkRow.id == network_id)
            .values(updated_at=stamp, revision=NetworkRow.revision + 1),
            execution_options={"synchronize_session": "evaluate"},
        )
        written = Written.of(session)
        if written is not None:
            written.add(network_id)

    def wrote(
        self,
        transaction: Session | Connection,
        network_id: int,
        parts: Part,
        ids: Iterable[int] | None,
    ) -> None:
        """A write with plain statements (`writing_statements`: no objects for the live
        notices to see) says what it wrote: `ids` of `parts` in `network_id` (announced on a
        team store at commit); a bulk statement in a session says it so too. `ids` None: the
        part's records are not known (the notice names none)."""
        written = Written.of(transaction)
        if written is not None:
            written.add(network_id, parts, ids)

    def stamp_network(
        self, connection: Connection, network_id: int, stamp: datetime | None = None
    ) -> datetime:
        """Mark a change inside the network with one plain statement (the writes that load no
        objects, `writing_statements`; `touch` is the same for writes through objects): its
        time, its revision one up. `NotFoundError` when there is no such network."""
        stamp = stamp or now()
        stamped = connection.execute(STAMP_NETWORK, {"network": network_id, "stamp": stamp})
        if stamped.rowcount == 0:
            raise NotFoundError(f"there is no network with id {network_id!r}")
        self.stamping["network", network_id] = stamp
        return stamp

    def stamp_line(self, session: Session, line_id: int) -> None:
        """Stamp a line as changed now (an indicator or evidence of it changed); as `touch`,
        without counting as an edit of the line's own fields (`stamps`)."""
        stamp = self.stamping["line", line_id] = now()
        session.execute(
            update(LineRow).where(LineRow.id == line_id).values(updated_at=stamp),
            execution_options={"synchronize_session": "evaluate"},
        )

    @staticmethod
    def check_seen(
        row: Any, seen: int | None, what: str, mine: object = None, theirs: object = None
    ) -> None:
        """Refuse an edit made from version `seen` of `row` when the row has moved on since
        (None: the caller has no version to offer; the edit goes ahead)."""
        if seen is not None and row.version != seen:
            raise EditConflictError(what, row.id, mine, theirs, row.version)

    def same_network_moment(
        self, transaction: Session | Connection, moment_id: int, network_id: int
    ) -> None:
        """Refuse a moment of another network (what learning, notes, evidence and entries
        share); in a session through its objects (a moment read once is not read again), in
        plain statements (`writing_statements`) with one SELECT."""
        if isinstance(transaction, Session):
            found: int | None = self.get(transaction, MomentRow, moment_id, "moment").network_id
        elif isinstance(moment_id, int):
            found = transaction.execute(_MOMENT_NETWORK, {"moment": moment_id}).scalar()
        else:
            found = None
        if found is None:
            raise NotFoundError(f"there is no moment with id {moment_id!r}")
        if found != network_id:
            raise InvalidValueError(f"moment {moment_id} belongs to another network")

    # --- deleting --------------------------------------------------------------------------

    def delete(self, row_type: type[Base], row_id: int, what: str) -> Snapshot:
        with self.writing() as session:
            row = self.get(session, row_type, row_id, what)
            network_id = _network_of(row)
            snapshot = snapshots.take(
                session, snapshots.table_of(row_type), row_id, f"{what} {row_id}"
            )
            session.delete(row)
            session.flush()
            self.touch(session, network_id)
            return snapshot


class StorePart:
    """One area of the store's methods (a part of `db.store.Store`), reaching the database
    through the store's one `StoreSessions`."""

    def __init__(self, db: StoreSessions) -> None:
        self._db = db

    @property
    def model(self) -> Model:
        """The model the store checks every key against."""
        return self._db.model


def _network_of(row: Any) -> int:
    if isinstance(row, NetworkRow):
        return row.id
    if hasattr(row, "network_id"):
        return int(row.network_id)
    if isinstance(row, IndicatorRow):
        return row.line.network_id
    if isinstance(row, MeasurementRow | TargetRow):
        return row.indicator.line.network_id
    if isinstance(row, EvidenceRow):
        return row.step.line.network_id
    raise TypeError(type(row).__name__)
