"""What every part of the store shares: its engine, one session per unit of work, deletes.

`db.store.Store` composes one part per area (`db.store_lines`, `db.store_learning`, …); every
part holds the store's one `StoreSessions` as `self._db` and reaches the database only through
it: `self._db.reading()`, `self._db.writing()`, `self._db.get(session, LineRow, id, "line")`
(typed: a `LineRow`), `self._db.touch(session, network_id)`, `self._db.delete(...)`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool, QueuePool

from app.core.model import Model
from db import backups, faults, snapshots
from db import engine as store_engine
from db.errors import (
    InvalidValueError,
    NotFoundError,
    StoreBackupError,
    StoreDiskFullError,
    StoreError,
    StoreLocksLostError,
    StoreOpenError,
    StoreReadOnlyError,
)
from db.locks import LockWatch
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

RowT = TypeVar("RowT", bound=Base)  # a mapped row class: `get` returns its own type


def now() -> datetime:
    """The current time in UTC, to the second (what the store and the exchange format keep)."""
    return datetime.now(UTC).replace(microsecond=0)


class StoreSessions:
    """The engine and the transactions of one open store file, shared by every part of
    `db.store.Store` (one object per open store; see `StorePart`)."""

    def __init__(
        self,
        engine: Engine,
        path: Path,
        model: Model,
        backup: Path | None,
        read_only: bool = False,
        watch: LockWatch | None = None,
    ) -> None:
        self._engine = engine
        self._watch = watch or LockWatch(path)
        self._locks_lost = False
        self._writer = engine.execution_options(write=True)
        self._typist = engine.execution_options(write=True, typing=True)
        self.path = path
        self.model = model
        self.backup_made = backup
        """The backup written before an upgrade of the schema at this opening, if any."""
        self.read_only = read_only
        """The store's disk or folder cannot be written: reads work, changes are refused."""
        self._daily_backup_on: date | None = None
        self._closed = False
        self.stamps: dict[tuple[str, int], datetime] = {}
        """When this store's writes last stamped each network and line ("network" or "line",
        id) with a new `updated_at` beside the records they returned, so a caller that
        patches its copy of a network with those records keeps the time a fresh read has."""
        self.stamping: dict[tuple[str, int], datetime] = {}  # the write under way

    # --- transactions ----------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Session]:
        self._check_locks()
        with (
            faults.store_faults(self.path),
            Session(self._engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def writing(self, typing: bool = False) -> Iterator[Session]:
        """One write transaction, after the day's backup; a store that cannot be written
        raises the exception that says why (read-only, disk full, in use, damaged).

        `typing`: a keystroke's commit, which does not wait for the disk (safe against a
        crash of the program; `sync` makes it safe against a power cut)."""
        self.refuse_if_read_only()
        self._check_locks()
        self._back_up_once_a_day()
        self.stamping = {}
        with (
            faults.store_faults(self.path),
            Session(self._typist if typing else self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session
        self.stamps.update(self.stamping)  # committed

    def close(self) -> None:
        """Close the engine; its last connection moves the write-ahead log into the file.

        Where the file cannot grow to take the log (a full disk, a quota, a file-size limit)
        the commits stay safe in the `-wal`, which the next opening with room moves into the
        file; the engine is closed all the same and a `StoreDiskFullError` says so."""
        full = None if self._closed or self.read_only else self._move_log_into_file()
        self._closed = True
        self._engine.dispose()
        if full is not None:
            raise full

    def _move_log_into_file(self) -> StoreDiskFullError | None:
        """Checkpoint before the last connection closes: SQLite's own checkpoint at closing
        ignores a write that fails, and a command would report success on a full disk."""
        try:
            with faults.store_faults(self.path):
                store_engine.sync_log(self._engine)
        except StoreDiskFullError as error:
            return StoreDiskFullError(
                self.path,
                f"{self.path} cannot be written: the disk is full (the last changes are kept "
                f"in {self.path.name}-wal until there is room)",
                error.detail,
            )
        except (StoreError, DBAPIError, sqlite3.Error, OSError):
            return None  # closing goes on as before; the next opening says what is wrong
        return None

    def refuse_if_read_only(self) -> None:
        if self.read_only:
            if faults.is_full_place(self.path):  # opened for reading because the disk was full
                raise StoreDiskFullError(
                    self.path, f"{self.path} cannot be written: the disk is full"
                )
            raise StoreReadOnlyError(self.path, f"{self.path} is read-only: it cannot be changed")

    def sync(self) -> None:
        """Make every commit so far, typing too, survive a power cut (the UI calls it after a
        short pause in typing; every commit that is not typing does it by itself)."""
        if self.read_only or self._closed:
            return
        self._check_locks()
        with faults.store_faults(self.path):
            store_engine.sync_log(self._engine)

    def _back_up_once_a_day(self) -> None:
        today = date.today()
        if self._daily_backup_on == today:
            return
        try:
            backups.make_daily_backup(self.path, today)
        except StoreOpenError as problem:
            raise StoreBackupError(self.path, backups.DAILY, problem) from problem
        if backups.count_networks_live(self.path):
            self._daily_backup_on = today  # made now or earlier today (by any process)

    def _check_locks(self) -> None:
        """Refuse to go on once this process has lost SQLite's locks on the store (db.locks).

        Checked before every transaction, reads too: with its locks gone this process's view
        of the write-ahead log can be stale, and a read could then report a healthy store as
        damaged."""
        pool = self._engine.pool
        if not _has_open_connections(pool):
            # No connection holds the store open (all closed, e.g. after dispose): SQLite
            # removed its -wal and -shm as it should, and the next connection locks afresh.
            self._watch.forget()
        elif not self._locks_lost and not self._watch.intact():
            self._locks_lost = True
        if self._locks_lost:
            raise StoreLocksLostError(
                self.path,
                f"Netwerkimpact lost its lock on {self.path} (another part of the system opened "
                "and closed the file); everything up to now is saved, but to keep the store "
                "whole nothing more is written: close the program and start it again",
            )

    def get(self, session: Session, row_type: type[RowT], row_id: int, what: str) -> RowT:
        """The row of `row_type` with `row_id`, typed as such; `NotFoundError` if there is none."""
        row = session.get(row_type, row_id) if isinstance(row_id, int) else None
        if row is None:
            raise NotFoundError(f"there is no {what} with id {row_id!r}")
        return row

    def touch(self, session: Session, network_id: int) -> None:
        network = session.get(NetworkRow, network_id)
        if network is not None:
            network.updated_at = self.stamping["network", network_id] = now()

    def stamp_line(self, line: LineRow) -> None:
        """A line's `updated_at` is now: something below it changed (`stamps`)."""
        line.updated_at = self.stamping["line", line.id] = now()

    def same_network_moment(self, session: Session, moment_id: int, network_id: int) -> None:
        """Refuse a moment of another network (what learning, notes, evidence and entries
        share)."""
        moment = self.get(session, MomentRow, moment_id, "moment")
        if moment.network_id != network_id:
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


def _network_of(row: Base) -> int:
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


def _has_open_connections(pool: Pool) -> bool:
    """Whether the engine's pool holds an open database connection (in use or idle)."""
    if isinstance(pool, QueuePool):
        return pool.checkedin() + pool.checkedout() > 0
    return True  # other pools do not say; then the watch judges as if one were open
