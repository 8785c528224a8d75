"""Every file the program writes outside the store goes through here.

`atomic_output` writes to a temporary name in the target's folder, flushes it to disk and renames
it over the target, so an existing file is whole before and after (a full disk leaves the old
PDF, never a cut-off one), and the new file keeps the old one's permissions. It refuses any
target that is a store this process has open, one of its `-wal`/`-shm`/`-journal` files or
one of its backups: writing there, or even opening and closing such a file, would destroy the
store or drop SQLite's locks on it (DESIGN.md 3a). It also refuses, before anything is
written (issue 27): a file that is an SQLite database by its header (another store, closed:
unless the user allowed it, `overwriting_allowed`), anything that is not a regular file (a
folder, a device node such as /dev/null, a FIFO, a socket; a rename would replace it, even as
root) and a read-only file (its owner made it so; a rename in a writable folder would not ask).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import platformdirs

from db.errors import (
    OutputIsDatabaseError,
    OutputNotAFileError,
    OutputReadOnlyError,
    OutputRefusedError,
    OutputWriteError,
    os_reason,
)

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
SQLITE_MAGIC = b"SQLite format 3\x00"

_open_stores: dict[Path, int] = {}  # resolved store path -> how many times it is open here
_allowed_databases: set[Path] = set()  # SQLite files the user said may be overwritten


def default_store_path() -> Path:
    """`netimpact.sqlite` in the user's data folder (e.g. ~/.local/share/netimpact on Linux)."""
    return platformdirs.user_data_path("netimpact", appauthor=False) / "netimpact.sqlite"


def reading_uri(store: Path) -> str:
    """An SQLite URI that reads a store (or a backup) without writing or leaving a file.

    Through its `-wal` while it is open somewhere; immutable when there is none (the last
    writer closed cleanly: every page is in the file and nobody writes it), which also reads
    a WAL store on a read-only disk or in a read-only folder, where no `-shm` can be made.
    """
    if Path(f"{store}-wal").exists():
        return f"{store.as_uri()}?mode=ro"
    return f"{store.as_uri()}?mode=ro&immutable=1"


def store_opened(path: Path) -> None:
    """Note that this process has the store at `path` open (see `is_store_file`)."""
    resolved = _resolved(path)
    _open_stores[resolved] = _open_stores.get(resolved, 0) + 1


def store_closed(path: Path) -> None:
    resolved = _resolved(path)
    count = _open_stores.get(resolved, 0) - 1
    if count > 0:
        _open_stores[resolved] = count
    else:
        _open_stores.pop(resolved, None)


def open_stores() -> tuple[Path, ...]:
    return tuple(_open_stores)


def is_open_store(path: Path | str) -> bool:
    """Whether this process has the store file at `path` open (by name or by inode)."""
    candidate = _resolved(Path(path))
    for store in open_stores():
        if candidate == store:
            return True
        with contextlib.suppress(OSError):
            if os.path.samefile(candidate, store):
                return True
    return False


def is_store_file(path: Path | str, stores: tuple[Path, ...] | None = None) -> bool:
    """Whether `path` is an open store, one of its sidecar files or one of its backups.

    Compared by resolved name and, for files that exist, by inode (a hard link or another
    spelling of the same file); nothing is opened to find out.
    """
    candidate = _resolved(Path(path))
    for store in {*open_stores(), *(_resolved(s) for s in stores or ())}:
        names = {store, *(Path(f"{store}{suffix}") for suffix in SIDECAR_SUFFIXES)}
        if candidate in names or _is_backup_of(candidate, store):
            return True
        for name in names:
            with contextlib.suppress(OSError):
                if os.path.samefile(candidate, name):
                    return True
    return False


def refuse_store_target(path: Path, stores: tuple[Path, ...] | None = None) -> None:
    """Raise `OutputRefusedError` if writing `path` would overwrite a store or its files."""
    if is_store_file(path, stores):
        raise OutputRefusedError(
            f"{path} is the store (or one of its files or backups); "
            "choose another file name, the store was left as it was"
        )


@contextlib.contextmanager
def overwriting_allowed(path: Path | str) -> Iterator[None]:
    """Within the block, `path` may be overwritten although it is an SQLite database (the
    command line's `--force`). Never the store, its sidecars or its backups."""
    resolved = _resolved(Path(path))
    already = resolved in _allowed_databases
    _allowed_databases.add(resolved)
    try:
        yield
    finally:
        if not already:
            _allowed_databases.discard(resolved)


def refuse_output(path: Path, stores: tuple[Path, ...] | None = None) -> None:
    """Raise the `OutputRefusedError` that says why `path` must not be written, if it must not:
    the store or its files, a folder or special file, a read-only file, an SQLite database."""
    refuse_store_target(path, stores)
    if not str(path) or not path.name:
        raise OutputNotAFileError(f"{str(path)!r} names no file; give a file name")
    try:
        status = os.stat(path)  # through a symbolic link: what would be replaced is its target
    except FileNotFoundError:
        return  # a new name
    except OSError as error:
        raise OutputWriteError(_why(path, error)) from error
    if not stat.S_ISREG(status.st_mode):
        raise OutputNotAFileError(
            f"{path} is {_kind(status.st_mode)}, not a file; choose a file name"
        )
    if not status.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise OutputReadOnlyError(
            f"{path} is read-only; it was left as it was (choose another name)"
        )
    if _resolved(path) not in _allowed_databases and _is_sqlite(path):
        raise OutputIsDatabaseError(
            f"{path} is an SQLite database (another store?); it was left as it was "
            "(choose another name, or --force to overwrite it)"
        )


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _is_sqlite(path: Path) -> bool:
    """Whether the regular file `path` starts with SQLite's header (read with Python: never a
    store open here, `refuse_store_target` came first; never blocking, O_NONBLOCK)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        return os.read(descriptor, len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def atomic_output(path: Path | str, stores: tuple[Path, ...] | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces `path` only when the block ends without an error.

    `stores` are store paths to protect besides those open in this process (the command line
    names its store before opening it).
    """
    target = Path(path)
    refuse_output(target, stores)
    folder = target.parent if str(target.parent) else Path(".")
    mode = _mode_for(target)
    try:
        descriptor, temporary_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=folder
        )
    except OSError as error:
        raise OutputWriteError(_why(target, error)) from error
    temporary = Path(temporary_name)
    try:
        with os.fdopen(descriptor, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputWriteError(_why(target, error)) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(folder)


def write_output(path: Path | str, data: bytes, stores: tuple[Path, ...] | None = None) -> None:
    """Write `data` to `path` through `atomic_output`."""
    with atomic_output(path, stores) as file:
        file.write(data)


def _mode_for(target: Path) -> int:
    """The existing file's permission bits, else what a new file gets under the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _why(target: Path, error: OSError) -> str:
    reason = os_reason(error)
    return f"{target} could not be written: {reason}; an existing file there was left as it was"


def _is_backup_of(candidate: Path, store: Path) -> bool:
    """Backups are `STEM.REASON.STAMP.sqlite` beside the store (see `db.backups`)."""
    return (
        candidate.parent == store.parent
        and candidate.name.startswith(f"{store.stem}.")
        and (
            candidate.suffix == (store.suffix or ".sqlite")
            and candidate.name.count(".") >= store.name.count(".") + 2
        )
    )


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(Path(path).expanduser().absolute()))


def sync_folder(folder: Path) -> None:
    """Make a new directory entry durable (POSIX; Windows has no directory handles)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


_ALMOST_FULL = 64 * 1024  # bytes; below this a vague I/O error on a write is a full disk


def is_read_only_place(path: Path) -> bool:
    """Whether the store at `path` can only be read: a read-only disk, or a file or folder this
    user may not write (SQLite needs the folder for the store's `-wal` and `-shm` files)."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
        if path.exists() and not os.access(path, os.W_OK):
            return True
    except OSError:
        return False  # not reachable at all: the caller's own error says why
    return not os.access(folder, os.W_OK | os.X_OK)


def is_full_place(path: Path) -> bool:
    """Whether the disk under the store at `path` is (as good as) full: a store there is
    opened for reading only, so a read neither fails nor leaves a `-wal` and a cut-off
    `-shm` behind (issue 27)."""
    try:
        return shutil.disk_usage(path.parent).free < _ALMOST_FULL
    except OSError:
        return False
