"""Backups beside the store: `STEM.REASON.YYYY-MM-DD_HHMMSS.sqlite`, each a whole, checked copy.

A backup is made with SQLite's backup API (a consistent copy even while others write) into a
hidden `.partial` file created 0600, checked with `PRAGMA integrity_check`, and only then linked
to its name: a full disk or a crash never leaves an empty or cut-off backup under a backup's
name. `daily` backups are made when a store is first written on a day and the last
`DAILY_KEPT` are kept; backups for other reasons (before an upgrade, before a restore) are never
pruned. `db.files.is_store_file` recognises the names, so no output ever lands on one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from db.errors import StoreDamagedError
from db.faults import store_faults
from db.files import reading_uri, sync_folder

DAILY = "daily"
DAILY_KEPT = 10
PRIVATE_FILE = 0o600  # the store and its backups hold a network's work: the user's eyes only

_STAMP = "%Y-%m-%d_%H%M%S"


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file: why and when it was made, and how many networks it holds (None: the
    file cannot be read as a store)."""

    path: Path
    reason: str
    made: datetime
    networks: int | None


def backup_name(store: Path, reason: str, made: datetime, number: int = 1) -> Path:
    suffix = store.suffix or ".sqlite"
    counter = "" if number == 1 else f"-{number}"
    return store.with_name(f"{store.stem}.{reason}.{made.strftime(_STAMP)}{counter}{suffix}")


def _pattern(store: Path) -> re.Pattern[str]:
    suffix = re.escape(store.suffix or ".sqlite")
    return re.compile(
        rf"{re.escape(store.stem)}\.(?P<reason>[a-z0-9-]+)\."
        rf"(?P<stamp>\d{{4}}-\d\d-\d\d_\d{{6}})(?:-(?P<number>\d+))?{suffix}"
    )


def _named(store: Path) -> list[tuple[Path, str, datetime, int]]:
    """The backups of `store` by their names, oldest first (nothing is opened)."""
    pattern = _pattern(store)
    found = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(store.parent):
            match = pattern.fullmatch(entry.name)
            if match is None or not entry.is_file(follow_symlinks=False):
                continue
            try:
                made = datetime.strptime(match["stamp"], _STAMP)
            except ValueError:
                continue  # named like a backup, but not by us (2026-02-30): never stops a save
            found.append((Path(entry.path), match["reason"], made, int(match["number"] or 1)))
    return sorted(found, key=lambda item: (item[2], item[3], item[1]))


def list_backups(store: Path) -> tuple[Backup, ...]:
    """The backups beside `store`, newest first, each with its number of networks."""
    return tuple(
        Backup(path, reason, made, count_networks(path))
        for path, reason, made, _number in reversed(_named(store))
    )


def count_networks(path: Path) -> int | None:
    """How many networks a backup holds; None if it cannot be read as a store.

    Opened immutable: a backup is written once, so SQLite needs no lock and no `-shm` for it.
    """
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        return int(connection.execute("SELECT count(*) FROM networks").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def make_backup(store: Path, reason: str) -> Path:
    """A checked copy of `store` beside it, named for `reason` and now; returns its path.

    Raises the specific store exception (disk full, read-only, …) and leaves no file behind.
    """
    _remove_stale_partials(store)
    made = datetime.now()
    partial = store.with_name(f".{store.stem}.{reason}.{os.getpid()}.partial")
    with store_faults(store), in_progress(partial):
        try:
            source = sqlite3.connect(reading_uri(store), uri=True)
            try:
                copy_checked(source, partial, store)
            finally:
                source.close()
            target = _link_free(partial, store, reason, made)
        finally:
            _remove_with_sidecars(partial)
    sync_folder(store.parent)
    return target


def copy_checked(source: sqlite3.Connection, partial: Path, checked_as: Path) -> None:
    """Copy `source` into the new file `partial` (made 0600) with SQLite's backup API, as a
    single file (rollback journal, no `-wal`), and check the copy's integrity."""
    descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    os.close(descriptor)
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
        problems = [row[0] for row in destination.execute("PRAGMA integrity_check(3)")]
    finally:
        destination.close()
    if problems != ["ok"]:
        raise StoreDamagedError(
            checked_as, f"{checked_as} is damaged: {problems[0]}", "; ".join(problems)
        )


def _link_free(partial: Path, store: Path, reason: str, made: datetime) -> Path:
    """Give `partial` the first free backup name (link never replaces an existing file)."""
    number = 1
    while True:
        target = backup_name(store, reason, made, number)
        try:
            os.link(partial, target)
        except FileExistsError:
            number += 1
            continue
        return target


def make_daily_backup(store: Path, today: date | None = None) -> Path | None:
    """The day's backup, if the store has none from `today` yet and holds any network; older
    daily backups beyond the last `DAILY_KEPT` are removed. Returns the new backup."""
    today = today or date.today()
    remove_stale_copies(store)  # once a day at least: a killed restore's copy goes too
    named = _named(store)
    if any(reason == DAILY and made.date() == today for _path, reason, made, _n in named):
        return None
    if not count_networks_live(store):
        return None  # nothing to lose yet; the first day with a network gets one
    made = make_backup(store, DAILY)
    prune_daily(store)
    return made


def count_networks_live(store: Path) -> int:
    """The number of networks in an open, healthy store (read through SQLite, never cached)."""
    with store_faults(store):
        connection = sqlite3.connect(reading_uri(store), uri=True)
        try:
            return int(connection.execute("SELECT count(*) FROM networks").fetchone()[0])
        finally:
            connection.close()


def prune_daily(store: Path, keep: int = DAILY_KEPT) -> None:
    """Remove the daily backups older than the newest `keep`; other backups are kept, and so
    is a file that is only named like one (it is not a store we wrote: issue 27)."""
    daily = [
        path
        for path, reason, _made, _n in _named(store)
        if reason == DAILY and count_networks(path) is not None  # never a file not ours
    ]
    for path in daily[: max(0, len(daily) - keep)]:
        with contextlib.suppress(OSError):
            path.unlink()


def _remove_stale_partials(store: Path) -> None:
    """Hidden copies of processes that died making them (a kill, a power cut): a backup's
    `.partial`, a restore's `.restoring`, a new store's `.creating`, with their journals."""
    remove_stale_copies(store)


_in_progress: set[str] = set()  # the hidden copies this process is making now


@contextlib.contextmanager
def in_progress(copy: Path) -> Iterator[None]:
    """`copy` is this process's work while the block runs: `remove_stale_copies` keeps it.

    Any other copy named with this process's id is a leftover of an earlier process that had
    the same id (after a restart, in a container where every start is process 1): it would
    block every backup (its name exists), so it goes."""
    _in_progress.add(copy.name)
    try:
        yield
    finally:
        _in_progress.discard(copy.name)


def remove_stale_copies(store: Path) -> None:
    """Remove the hidden copies beside `store` whose process is gone (`_remove_stale_partials`).

    The process id is in each name; a copy of another living process is its work in progress
    and stays, and so does one this process is making now (`in_progress`)."""
    stem, name = re.escape(store.stem), re.escape(store.name)
    pattern = re.compile(
        rf"\.(?:{stem}\.[a-z0-9-]+\.(?P<backup>\d+)\.partial"
        rf"|{name}\.(?P<other>\d+)\.(?:restoring|creating))(?:-journal|-wal|-shm)?"
    )
    with contextlib.suppress(OSError):
        for entry in os.scandir(store.parent):
            match = pattern.fullmatch(entry.name)
            if match is None or not entry.is_file(follow_symlinks=False):
                continue
            pid = int(match["backup"] or match["other"])
            if pid == os.getpid():
                if _base_name(entry.name) in _in_progress:
                    continue
            elif _alive(pid):
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _base_name(name: str) -> str:
    for suffix in ("-journal", "-wal", "-shm"):
        name = name.removesuffix(suffix)
    return name


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _remove_with_sidecars(path: Path) -> None:
    for name in (path, *(Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            name.unlink()
