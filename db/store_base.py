"""What every part of the store shares: its engine, one session per unit of work, deletes.

`db.store.Store` is this base plus one mixin per area (`db.store_lines`, `db.store_learning`);
the mixins reach the database only through the methods here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.core.model import Model
from db import snapshots
from db.errors import NotFoundError
from db.places import StorePlace
from db.records import Snapshot
from db.schema import Base, EvidenceRow, IndicatorRow, MeasurementRow, NetworkRow, TargetRow

RowT = TypeVar("RowT", bound=Base)  # a mapped row class: `_get` returns its own type


def now() -> datetime:
    """The current time in UTC, to the second (what the store and the exchange format keep)."""
    return datetime.now(UTC).replace(microsecond=0)


class StoreBase:
    """The engine and the transactions of one open store; see `db.store.Store`.

    Where the store lives (a file, a server) is its place (`db.places`): the transactions
    here ask it before reading and writing, and never look at which engine it is."""

    def __init__(self, place: StorePlace, model: Model, backup: Path | None) -> None:
        self._place = place
        self._engine = place.engine
        self._writer = self._engine.execution_options(write=True)
        self._typist = self._engine.execution_options(write=True, typing=True)
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

    def describe(self) -> str:
        """One line for people: the file, or the server and database, of this store."""
        return self._place.describe()

    # --- transactions ----------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with (
            self._place.reading(),
            Session(self._engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def _writing(self, typing: bool = False) -> Iterator[Session]:
        """One write transaction (after the file's day's backup); a store that cannot be
        written raises the exception that says why (read-only, disk full, in use, damaged).

        `typing`: a keystroke's commit, which does not wait for the disk (safe against a
        crash of the program; `sync` makes it safe against a power cut)."""
        with (
            self._place.writing(),
            Session(self._typist if typing else self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def _refuse_if_read_only(self) -> None:
        self._place.refuse_if_read_only()

    def sync(self) -> None:
        """Make every commit so far, typing too, survive a power cut (the UI calls it after a
        short pause in typing; every commit that is not typing does it by itself)."""
        if self._closed:
            return
        self._place.sync()

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
