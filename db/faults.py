"""What really went wrong with a store: SQLite's and the system's errors as specific exceptions.

A healthy store on a read-only disk, a full disk or one that another program holds locked must
not be called "damaged" (and offered its backups): each SQLite result code and `errno` is mapped
to the one exception that says what is the matter (`db.errors`). Only corruption, a file that is
not a database and a schema with missing tables or columns are `StoreDamagedError`.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from db.errors import (
    StoreBusyError,
    StoreDamagedError,
    StoreDiskFullError,
    StoreError,
    StoreLocationError,
    StoreOpenError,
    StorePermissionError,
    StoreReadOnlyError,
    StoreUnavailableError,
    os_reason,
)
from db.files import is_full_place, is_read_only_place

# SQLite's primary result codes (https://sqlite.org/rescode.html)
_SQLITE_ERROR, _SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED = 1, 3, 5, 6
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL = 8, 10, 11, 13
_SQLITE_CANTOPEN, _SQLITE_AUTH, _SQLITE_NOTADB = 14, 23, 26

# Extended I/O result codes: a failing write, sync or growth of a file that may be written is
# a full disk, a quota or a file-size limit (ENOSPC alone becomes SQLITE_FULL; EDQUOT and
# EFBIG arrive as these); a checksum or file-system corruption is damage.
_IOERR_WRITING = {778, 1034, 1290, 1546, 4874, 5386, 6154}  # WRITE FSYNC DIR_FSYNC TRUNCATE
#                                                              SHMSIZE SHMMAP MMAP
_IOERR_DAMAGE = {522, 8202, 8458}  # SHORT_READ DATA CORRUPTFS

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_PERMISSION_ERRNOS = {errno.EACCES, errno.EPERM}
_LOCATION_ERRNOS = {errno.ENOTDIR, errno.EEXIST, errno.EISDIR, errno.ELOOP, errno.ENAMETOOLONG}


def from_os_error(path: Path, error: OSError) -> StoreUnavailableError:
    """The exception for a system error while reaching or writing the store at `path`."""
    number = error.errno or 0
    detail = error.strerror or str(error)
    reason = os_reason(error)
    if number in _FULL_ERRNOS:
        return StoreDiskFullError(path, f"{path} cannot be written: {reason}", detail)
    if number == errno.EROFS:
        return StoreReadOnlyError(path, f"{path} cannot be written: {reason}", detail)
    if number in _PERMISSION_ERRNOS:
        return StorePermissionError(path, f"{path} cannot be used: {reason} ({detail})", detail)
    if number in _LOCATION_ERRNOS:
        return StoreLocationError(path, f"{path} cannot hold a store: {reason}", detail)
    return StoreUnavailableError(path, f"{path} cannot be used: {reason}", detail)


def from_sqlite_error(path: Path, error: sqlite3.Error) -> StoreOpenError | None:
    """The exception for an SQLite error on the store at `path`; None when it is not about
    the store's file (a constraint, a programming error): those are raised as they are."""
    code = getattr(error, "sqlite_errorcode", None)
    detail = str(error)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreBusyError(path, f"{path} is in use by another program; try again later", detail)
    if primary == _SQLITE_FULL:
        return StoreDiskFullError(path, f"{path} cannot be written: the disk is full", detail)
    if primary == _SQLITE_READONLY:
        return StoreReadOnlyError(path, f"{path} is read-only: it cannot be changed", detail)
    if primary in (_SQLITE_PERM, _SQLITE_AUTH):
        return StorePermissionError(path, f"{path} cannot be used: permission denied", detail)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return StoreDamagedError(path, f"{path} is damaged: {detail}", detail)
    if primary == _SQLITE_ERROR and ("no such table" in detail or "no such column" in detail):
        return StoreDamagedError(path, f"{path} is damaged: {detail} (a part is missing)", detail)
    if code in _IOERR_DAMAGE:
        return StoreDamagedError(path, f"{path} is damaged: {detail}", detail)
    if code in _IOERR_WRITING and not is_read_only_place(path):
        return StoreDiskFullError(path, f"{path} cannot be written: the disk is full", detail)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return diagnose(path, detail)
    return None


def diagnose(path: Path, detail: str) -> StoreUnavailableError:
    """Why a vague "disk I/O error" or "unable to open" happened: ask the file system."""
    if is_full_place(path):
        return StoreDiskFullError(path, f"{path} cannot be written: the disk is full", detail)
    if is_read_only_place(path):
        return StoreReadOnlyError(path, f"{path} is read-only: it cannot be changed", detail)
    try:
        path.stat()
    except OSError as error:
        return from_os_error(path, error)
    # Not known to be damaged (the next opening checks the file): say what failed.
    return StoreUnavailableError(path, f"{path} cannot be read or written: {detail}", detail)


def translate(path: Path, error: BaseException) -> StoreOpenError | None:
    """The store exception for any error from SQLAlchemy, SQLite or the system, else None."""
    if isinstance(error, StoreError):
        return None  # already says what is wrong (an output file, a missing network, …)
    if isinstance(error, DBAPIError):
        error = error.orig if isinstance(error.orig, BaseException) else error
    if isinstance(error, sqlite3.Error):
        return from_sqlite_error(path, error)
    if isinstance(error, OSError):
        return from_os_error(path, error)
    return None


@contextlib.contextmanager
def store_faults(path: Path) -> Iterator[None]:
    """Raise the specific store exception for any SQLite or system error in the block."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError) as error:
        fault = translate(path, error)
        if fault is None:
            raise
        raise fault from error
