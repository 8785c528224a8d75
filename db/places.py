"""Where a store lives: a file on this computer or a database on a PostgreSQL server.

`Store` is one interface over two engines. What differs between them is here, behind one
small surface the store's transactions call (`reading`, `writing`, `sync`, `close`,
`describe`): `FilePlace` keeps what only a file needs (the checks of `db.engine`, the lock
watch, the day's backup, syncing the write-ahead log, the register of open stores);
`ServerPlace` keeps the server's honest versions (its faults, a role that may only read; the
server makes commits durable and keeps its own backups with pg_dump).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from db import backups, faults, files, server
from db import engine as store_engine
from db.errors import (
    StoreBackupError,
    StoreDiskFullError,
    StoreError,
    StoreLocksLostError,
    StoreOpenError,
    StoreReadOnlyError,
)
from db.locks import LockWatch
from db.revisions import HEAD_REVISION


class StorePlace:
    """What the store asks of the place it lives in; see `FilePlace` and `ServerPlace`."""

    engine: Engine
    read_only: bool
    on_server: bool = False
    writes_alone: bool = False
    """One statement may write to several tables (UPDATE inside WITH) and be a transaction
    of its own (autocommit): what a story keystroke makes of its seven round trips."""
    path: Path | None = None
    """The store's file; None on a server."""
    location: str
    """The store for people: its file's path, or "server HOST / database NAME"."""

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Around one read transaction: its faults as store exceptions."""
        with self.faults():
            yield

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Around one write transaction: refused where the store may only be read."""
        self.refuse_if_read_only()
        with self.faults():
            yield

    def faults(self) -> Any:
        """A context that turns the engine's errors into store exceptions."""
        raise NotImplementedError

    def refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreReadOnlyError(
                self.location, f"{self.location} is read-only: it cannot be changed"
            )

    def sync(self) -> None:
        """Make every commit so far survive a power cut."""

    def close(self) -> StoreError | None:
        """Close the engine; a problem that must still be told is returned, not raised."""
        self.engine.dispose()
        return None

    def describe(self) -> str:
        """One line for people: which store this is."""
        return self.location


class FilePlace(StorePlace):
    """A store file on this computer, read and written by SQLite."""

    def __init__(
        self, engine: Engine, path: Path, read_only: bool, watch: LockWatch | None = None
    ) -> None:
        self.engine = engine
        self.path = path
        self.location = str(path)
        self.read_only = read_only
        self.watch = watch or LockWatch(path)
        self._locks_lost = False
        self._daily_backup_on: date | None = None
        self._registered = False

    @classmethod
    def open(cls, path: Path, busy_timeout_ms: int | None = None) -> tuple[FilePlace, Path | None]:
        """Check, create or upgrade the store file at `path` (see `Store.open`); the place
        and the backup made before an upgrade (None when there was none)."""
        backup = None
        watch = LockWatch(path)  # stays off for a read-only store: nothing is written
        with faults.store_faults(path):
            if not path.exists():
                store_engine.create_store(path)
            full = files.is_full_place(path)
            read_only = full or files.is_read_only_place(path)
            revision = store_engine.inspect_store(path, read_only)
            if read_only:
                if revision != store_engine.HEAD_REVISION and full:
                    # the backup before the upgrade is what cannot be written
                    full_disk = StoreDiskFullError(
                        path, f"{path} cannot be written: the disk is full"
                    )
                    raise StoreBackupError(path, f"before-upgrade-from-{revision}", full_disk)
                if revision != store_engine.HEAD_REVISION:
                    raise StoreReadOnlyError(
                        path, f"{path} needs an upgrade of its schema but it is read-only"
                    )
                engine = store_engine.connect_read_only(path, full)
            else:
                backup = store_engine.migrate_store(path, revision)
                engine = store_engine.connect(path, watch)
        if busy_timeout_ms is not None:
            _set_busy_timeout(engine, busy_timeout_ms)
        place = cls(engine, path, read_only, watch)
        files.store_opened(path)
        place._registered = True
        return place, backup

    def faults(self) -> Any:
        return faults.store_faults(self._path)

    @property
    def _path(self) -> Path:
        assert self.path is not None
        return self.path

    @contextmanager
    def reading(self) -> Iterator[None]:
        self.check_locks()
        with self.faults():
            yield

    @contextmanager
    def writing(self) -> Iterator[None]:
        self.refuse_if_read_only()
        self.check_locks()
        self._back_up_once_a_day()
        with self.faults():
            yield

    def refuse_if_read_only(self) -> None:
        if self.read_only:
            path = self._path
            if files.is_full_place(path):  # opened for reading because the disk was full
                raise StoreDiskFullError(path, f"{path} cannot be written: the disk is full")
            raise StoreReadOnlyError(path, f"{path} is read-only: it cannot be changed")

    def sync(self) -> None:
        """Sync the write-ahead log (typing commits do not wait for the disk)."""
        if self.read_only:
            return
        self.check_locks()
        with self.faults():
            store_engine.sync_log(self.engine)

    def close(self) -> StoreError | None:
        """Checkpoint, then close the last connection; a full disk is returned (the commits
        stay safe in the `-wal` until the next opening with room)."""
        full = None if self.read_only else self._move_log_into_file()
        self.engine.dispose()
        if self._registered:
            self._registered = False
            files.store_closed(self._path)
        return full

    def _move_log_into_file(self) -> StoreDiskFullError | None:
        """Checkpoint before the last connection closes: SQLite's own checkpoint at closing
        ignores a write that fails, and a command would report success on a full disk."""
        path = self._path
        try:
            with self.faults():
                store_engine.sync_log(self.engine)
        except StoreDiskFullError as error:
            return StoreDiskFullError(
                path,
                f"{path} cannot be written: the disk is full (the last changes are kept "
                f"in {path.name}-wal until there is room)",
                error.detail,
            )
        except (StoreError, DBAPIError, sqlite3.Error, OSError):
            return None  # closing goes on as before; the next opening says what is wrong
        return None

    def _back_up_once_a_day(self) -> None:
        today = date.today()
        if self._daily_backup_on == today:
            return
        try:
            backups.make_daily_backup(self._path, today)
        except StoreOpenError as problem:
            raise StoreBackupError(self._path, backups.DAILY, problem) from problem
        if backups.count_networks_live(self._path):
            self._daily_backup_on = today  # made now or earlier today (by any process)

    def check_locks(self) -> None:
        """Refuse to go on once this process has lost SQLite's locks on the store (db.locks).

        Checked before every transaction, reads too: with its locks gone this process's view
        of the write-ahead log can be stale, and a read could then report a healthy store as
        damaged."""
        from sqlalchemy.pool import QueuePool

        pool = self.engine.pool
        open_connections = (
            pool.checkedin() + pool.checkedout() > 0 if isinstance(pool, QueuePool) else True
        )
        if not open_connections:
            # No connection holds the store open (all closed, e.g. after dispose): SQLite
            # removed its -wal and -shm as it should, and the next connection locks afresh.
            self.watch.forget()
        elif not self._locks_lost and not self.watch.intact():
            self._locks_lost = True
        if self._locks_lost:
            path = self._path
            raise StoreLocksLostError(
                path,
                f"Netwerkimpact lost its lock on {path} (another part of the system opened "
                "and closed the file); everything up to now is saved, but to keep the store "
                "whole nothing more is written: close the program and start it again",
            )


class ServerPlace(StorePlace):
    """A team store in a database on a PostgreSQL server (psycopg 3).

    Every commit is durable on the server (`sync` has nothing to do); backups are the
    server's (pg_dump, docs/team-store.md). A role with only SELECT opens it read-only."""

    on_server = True
    writes_alone = True

    def __init__(self, engine: Engine, url: URL, read_only: bool) -> None:
        self.engine = engine
        self.url = url
        self.location = server.describe(url)
        self.read_only = read_only

    @classmethod
    def open(
        cls, target: str, statement_timeout_ms: int = server.STATEMENT_TIMEOUT_MS
    ) -> ServerPlace:
        """Connect, check and (from empty or an older schema) migrate the team store."""
        url = server.server_url(target)
        location = server.describe(url)
        engine = server.connect(url, statement_timeout_ms)
        try:
            with server.server_faults(location):
                with engine.connect() as connection:
                    revision = server.inspect_database(connection, location)
                    writable = server.may_write(connection) if revision is not None else True
                if revision != HEAD_REVISION:
                    server.migrate(engine, location, writable)
                    with engine.connect() as connection:
                        writable = server.may_write(connection)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, url, read_only=not writable)

    def faults(self) -> Any:
        return server.server_faults(self.location)

    def refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreReadOnlyError(
                self.location,
                f"{self.location} is read-only: your role may only read it",
            )


def _has_store(connection: Any) -> bool:
    from sqlalchemy import text

    return bool(connection.scalar(text("SELECT to_regclass('networks') IS NOT NULL")))


def _set_busy_timeout(engine: Engine, milliseconds: int) -> None:
    """Runs after `db.engine`'s own connect hook, so it wins over its default timeout."""

    @event.listens_for(engine, "connect")
    def _busy_timeout(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
