"""What every part of the store shares: its engine, one session per unit of work, deletes.

`db.store.Store` is this base plus one mixin per area (`db.store_lines`, `db.store_learning`);
the mixins reach the database only through the methods here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool, QueuePool

from app.core.model import Model
from db import backups, faults, snapshots
from db import engine as store_engine
from db.errors import (
    NotFoundError,
    StoreBackupError,
    StoreDiskFullError,
    StoreLocksLostError,
    StoreOpenError,
    StoreReadOnlyError,
)
from db.locks import LockWatch
from db.records import Snapshot
from db.schema import Base, EvidenceRow, IndicatorRow, MeasurementRow, NetworkRow, TargetRow

RowT = TypeVar("RowT", bound=Base)  # a mapped row class: `_get` returns its own type


def now() -> datetime:
    """The current time in UTC, to the second (what the store and the exchange format keep)."""
    return datetime.now(UTC).replace(microsecond=0)


class StoreBase:
    """The engine and the transactions of one open store file; see `db.store.Store`."""

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

    # --- transactions ----------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        self._check_locks()
        with (
            faults.store_faults(self.path),
            Session(self._engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def _writing(self, typing: bool = False) -> Iterator[Session]:
        """One write transaction, after the day's backup; a store that cannot be written
        raises the exception that says why (read-only, disk full, in use, damaged).

        `typing`: a keystroke's commit, which does not wait for the disk (safe against a
        crash of the program; `sync` makes it safe against a power cut)."""
        self._refuse_if_read_only()
        self._check_locks()
        self._back_up_once_a_day()
        with (
            faults.store_faults(self.path),
            Session(self._typist if typing else self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def _refuse_if_read_only(self) -> None:
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

    def _get(self, session: Session, row_type: type[RowT], row_id: int, what: str) -> RowT:
        """The row of `row_type` with `row_id`, typed as such; `NotFoundError` if there is none."""
        row = session.get(row_type, row_id) if isinstance(row_id, int) else None
        if row is None:
            raise NotFoundError(f"there is no {what} with id {row_id!r}")
        return row

    def _touch(self, session: Session, network_id: int) -> None:
        """Mark a change inside the network: its time, and its revision one up (in SQL, so
        two transactions on a server that both change it never write the same revision)."""
        network = session.get(NetworkRow, network_id)
        if network is not None:
            network.updated_at = now()
            network.revision = NetworkRow.revision + 1

    # --- deleting --------------------------------------------------------------------------

    def _delete(self, row_type: type[Base], row_id: int, what: str) -> Snapshot:
        with self._writing() as session:
            row = self._get(session, row_type, row_id, what)
            network_id = _network_of(row)
            snapshot = snapshots.take(
                session, snapshots.table_of(row_type), row_id, f"{what} {row_id}"
            )
            session.delete(row)
            session.flush()
            self._touch(session, network_id)
            return snapshot


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


def _has_open_connections(pool: Pool) -> bool:
    """Whether the engine's pool holds an open database connection (in use or idle)."""
    if isinstance(pool, QueuePool):
        return pool.checkedin() + pool.checkedout() > 0
    return True  # other pools do not say; then the watch judges as if one were open
