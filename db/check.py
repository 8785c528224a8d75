"""Checking a store from top to bottom, and putting a backup back in its place.

`check_store` reads only (integrity, foreign keys, the schema against the ORM); it never creates,
upgrades or repairs. `restore_backup` copies a checked backup into a new file beside the store
with SQLite's backup API and renames it into place; the current file is first kept aside under
a new backup name (`STEM.before-restore.STAMP.sqlite`), never overwritten or deleted.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db import faults, files
from db.backups import (
    backup_name,
    copy_checked,
    count_networks,
    in_progress,
    make_backup,
    remove_stale_copies,
)
from db.engine import connection_without_writing, inspect_store
from db.errors import (
    BackupNotUsableError,
    StoreBusyError,
    StoreDamagedError,
    StoreOpenError,
)
from db.files import reading_uri as read_only_uri
from db.files import sync_folder
from db.revisions import HEAD_REVISION
from db.schema_check import schema_problems

RESTORE_REASON = "before-restore"


@dataclass(frozen=True, slots=True)
class StoreCheck:
    """The result of `check_store`: the schema revision, networks and every problem found."""

    path: Path | str  # a file, or a team store's "server HOST / database NAME"
    revision: str | None
    networks: int | None
    problems: tuple[str, ...]

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_store(path: Path) -> StoreCheck:
    """Check the store at `path` completely. A damaged store gives problems; a file that is not
    a store, or a healthy store that cannot be read now, raises its `StoreOpenError`."""
    path = Path(path).expanduser().absolute()
    try:
        revision = inspect_store(path, read_only=True)
    except StoreDamagedError as error:
        return StoreCheck(path, None, None, (error.detail or str(error),))
    try:
        # Through a private copy when a crash left a -wal without its index: even a read-only
        # connection would create a -shm, and `check` changes nothing (issue 27).
        with connection_without_writing(path) as connection:
            if connection is None:  # the -wal went meanwhile: nothing left to recover
                return check_store(path)
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
            problems = [] if problems == ["ok"] else problems
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            problems += [
                f"a row of {table} refers to a missing {parent}" for table, _, parent, _ in broken
            ]
            if revision == HEAD_REVISION:
                problems += schema_problems(connection)
            networks = None
            if not problems:
                networks = int(connection.execute("SELECT count(*) FROM networks").fetchone()[0])
    except sqlite3.Error as error:
        fault = faults.from_sqlite_error(path, error)
        if fault is not None and not isinstance(fault, StoreDamagedError):
            raise fault from error
        return StoreCheck(path, revision, None, (str(error),))
    return StoreCheck(path, revision, networks, tuple(problems))


def restore_backup(store: Path, backup: Path) -> Path | None:
    """Put `backup` in the place of `store`; returns where the previous file was kept (None:
    there was no file). The store must not be open here or in another program."""
    store = Path(store).expanduser().absolute()
    backup = Path(backup).expanduser().absolute()
    if backup == store or _same_file(backup, store):  # `../folder/s.sqlite`, a hard link
        raise BackupNotUsableError(
            backup, StoreOpenError(backup, f"{backup} is the store itself, not a backup of it")
        )
    _check_backup(backup)
    if store in files.open_stores():
        raise StoreBusyError(store, f"{store} is open in this program; close it first")
    with faults.store_faults(store):
        remove_stale_copies(store)
        if store.exists():
            _refuse_if_in_use(store)
        partial = store.with_name(f".{store.name}.{os.getpid()}.restoring")
        try:
            with in_progress(partial):  # kept by the backup _keep_aside makes meanwhile
                source = sqlite3.connect(read_only_uri(backup), uri=True)
                try:
                    copy_checked(source, partial, backup)
                finally:
                    source.close()
                aside = _keep_aside(store) if store.exists() else None
                os.replace(partial, store)
        finally:
            for name in (partial, Path(f"{partial}-journal")):  # a kill: remove_stale_copies
                with contextlib.suppress(OSError):
                    name.unlink()
    sync_folder(store.parent)
    return aside


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return os.path.realpath(one) == os.path.realpath(other)


def _check_backup(backup: Path) -> None:
    try:
        inspect_store(backup, read_only=True)
    except StoreOpenError as problem:
        raise BackupNotUsableError(backup, problem) from problem
    if count_networks(backup) is None:
        missing = StoreDamagedError(backup, f"{backup} has no table of networks")
        raise BackupNotUsableError(backup, missing)


def _refuse_if_in_use(store: Path) -> None:
    """Another program with the store open holds a lock on it: an exclusive lock taken here
    (and given back at once) fails then. A file SQLite cannot read at all is not in use."""
    try:
        connection = sqlite3.connect(
            f"{store.as_uri()}?mode=rw", uri=True, timeout=0, isolation_level=None
        )
    except sqlite3.Error:
        return
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("ROLLBACK")
    except sqlite3.Error as error:
        fault = faults.from_sqlite_error(store, error)
        if isinstance(fault, StoreBusyError):
            raise StoreBusyError(
                store, f"{store} is in use by another program; close it first", str(error)
            ) from error
    finally:
        connection.close()


def _keep_aside(store: Path) -> Path:
    """Move the current file (with its `-wal`) to a free `before-restore` backup name.

    A healthy store is copied with the backup API (a consistent, checked copy); a damaged one
    is kept exactly as it is, by its name, for anyone who wants to try to rescue more.
    """
    try:
        copy = make_backup(store, RESTORE_REASON)
    except StoreDamagedError:
        pass
    else:
        # The copy holds what the -wal held; left, it would be replayed into the new file.
        for suffix in ("-wal", "-shm"):
            Path(f"{store}{suffix}").unlink(missing_ok=True)
        return copy
    made = datetime.now()
    number = 1
    while True:
        aside = backup_name(store, RESTORE_REASON, made, number)
        try:
            os.link(store, aside)
        except FileExistsError:
            number += 1
            continue
        break
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.rename(f"{store}{suffix}", f"{aside}{suffix}")
    return aside
