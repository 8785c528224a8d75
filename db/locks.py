"""Noticing that this process lost SQLite's locks on the store, so it stops writing in time.

SQLite coordinates processes with POSIX advisory locks, and POSIX drops *all* of a process's
locks on a file when *any* descriptor on that file is closed, even one opened by unrelated
code (a file dialog guessing a file's type). A process that goes on writing without its locks
corrupts the store as soon as another program opens and closes it (SQLite's "How To Corrupt
An SQLite Database File", 2.2). The first defence is that nothing opens the store's files
(`app.ui.store.file_dialogs`, `db.engine.inspect_store`); this watch is the second: before each
write it asks the kernel (Linux's /proc/locks; once SQLite's descriptors on the two files are
known, just their lines in /proc/self/fdinfo) whether this process still holds the two locks
SQLite keeps for as long as a connection is open: the shared lock on the database file and the
"dead man switch" byte of the `-shm` file. Where the kernel cannot tell (no /proc/locks, a file
system that reports other inode numbers), the watch calibrates itself off and says so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROC_LOCKS = Path("/proc/locks")
SELF_FDS, SELF_FDINFO = Path("/proc/self/fd"), Path("/proc/self/fdinfo")
SHM_DMS_BYTE = 128  # SQLite's unix VFS: UNIX_SHM_BASE (120) + SQLITE_SHM_NLOCK (8)


@dataclass(frozen=True, slots=True)
class _FileId:
    major: int
    minor: int
    inode: int


def _file_id(path: Path | str) -> _FileId | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return _FileId(os.major(status.st_dev), os.minor(status.st_dev), status.st_ino)


def _held_ranges(pid: int) -> dict[_FileId, list[tuple[int, int | None]]] | None:
    """The byte ranges `pid` holds POSIX locks on, per file; None where the kernel won't say."""
    try:
        text = PROC_LOCKS.read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    return _ranges_in(text.splitlines(), pid)


def _ranges_in(lines: list[str], pid: int) -> dict[_FileId, list[tuple[int, int | None]]]:
    """The byte ranges `pid` holds in lines of the kernel's lock table (/proc/locks, or the
    "lock:" lines of /proc/self/fdinfo/N with that prefix taken off), per file."""
    held: dict[_FileId, list[tuple[int, int | None]]] = {}
    for line in lines:
        fields = line.split()
        # "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"; waiters carry "->" and hold nothing
        if len(fields) < 8 or fields[1] != "POSIX" or int(fields[4]) != pid:
            continue
        try:
            major, minor, inode = fields[5].split(":")
            file = _FileId(int(major, 16), int(minor, 16), int(inode))
            start, end = int(fields[6]), None if fields[7] == "EOF" else int(fields[7])
        except ValueError:
            continue
        held.setdefault(file, []).append((start, end))
    return held


def _descriptors(files: tuple[_FileId, ...]) -> dict[_FileId, int] | None:
    """A descriptor SQLite holds open on each of `files` (found in /proc/self/fd, without
    opening anything), or None when one has none or the kernel won't say."""
    found: dict[_FileId, int] = {}
    try:
        entries = os.listdir(SELF_FDS)
    except OSError:
        return None
    for entry in entries:
        try:
            status = os.stat(SELF_FDS / entry)  # follows the link; opens nothing
        except OSError:
            continue
        file = _FileId(os.major(status.st_dev), os.minor(status.st_dev), status.st_ino)
        if file in files and file not in found:
            found[file] = int(entry)
    return found if len(found) == len(files) else None


def _held_through(
    descriptors: dict[_FileId, int], pid: int
) -> dict[_FileId, list[tuple[int, int | None]]] | None:
    """The kernel's locks on the files of `descriptors` only (their "lock:" lines in
    /proc/self/fdinfo: a few lines, where /proc/locks lists every lock of the machine); None
    when a descriptor no longer shows its file (closed, its number reused) or cannot be read."""
    lines: list[str] = []
    for file, descriptor in descriptors.items():
        try:
            status = os.fstat(descriptor)
            text = _read_small(f"{SELF_FDINFO}/{descriptor}")
        except OSError:
            return None
        if _FileId(os.major(status.st_dev), os.minor(status.st_dev), status.st_ino) != file:
            return None
        lines += [line[5:] for line in text.splitlines() if line.startswith("lock:")]
    return _ranges_in(lines, pid)


def _read_small(path: str) -> str:
    """A small file of the kernel's, read with plain system calls: this runs before every
    transaction, and `Path.read_text` costs five times as much as the reading itself."""
    descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        chunks = []
        while chunk := os.read(descriptor, 65536):
            chunks.append(chunk)
    finally:
        os.close(descriptor)
    return b"".join(chunks).decode("ascii", errors="replace")


def _covers(ranges: list[tuple[int, int | None]], byte: int) -> bool:
    return any(start <= byte and (end is None or byte <= end) for start, end in ranges)


class LockWatch:
    """Whether this process still holds SQLite's standing locks on one store file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._database_name, self._shm_name = str(path), f"{path}-shm"
        self.active = False
        """Set by `calibrate` once the kernel showed our locks; off, `intact` cannot tell."""
        self._files: tuple[_FileId, _FileId] | None = None
        # SQLite's own descriptors on the two files, whose fdinfo lists only their locks.
        self._descriptors: dict[_FileId, int] | None = None

    def _current_files(self) -> tuple[_FileId, _FileId] | None:
        database, shm = _file_id(self._database_name), _file_id(self._shm_name)
        return None if database is None or shm is None else (database, shm)

    def _held(self, files: tuple[_FileId, _FileId]) -> bool | None:
        pid = os.getpid()
        held = None
        if self._descriptors is not None:
            held = _held_through(self._descriptors, pid)
            if held is None:
                self._descriptors = None  # closed or reused: the whole table, and look again
        if held is None:
            held = _held_ranges(pid)
            if held is None:
                return None
            if self._descriptors is None and self._says_held(held, files):
                self._descriptors = self._trusted_descriptors(files, pid)
        return self._says_held(held, files)

    @staticmethod
    def _says_held(
        held: dict[_FileId, list[tuple[int, int | None]]], files: tuple[_FileId, _FileId]
    ) -> bool:
        database, shm = files
        return bool(held.get(database)) and _covers(held.get(shm, []), SHM_DMS_BYTE)

    def _trusted_descriptors(
        self, files: tuple[_FileId, _FileId], pid: int
    ) -> dict[_FileId, int] | None:
        """SQLite's descriptors on `files`, if their fdinfo shows the locks the whole table
        shows now (older kernels list no locks there: then the whole table it stays)."""
        descriptors = _descriptors(files)
        if descriptors is None:
            return None
        through = _held_through(descriptors, pid)
        return descriptors if through is not None and self._says_held(through, files) else None

    def calibrate(self) -> None:
        """Call with a connection open and a read done: our locks must show now, or the
        kernel's report cannot be trusted on this system and the watch stays off."""
        files = self._current_files()
        self._descriptors = None
        if files is not None and self._held(files) is True:
            self.active, self._files = True, files

    def forget(self) -> None:
        """No connection is open: nothing to watch until the next one calibrates again."""
        self.active, self._files, self._descriptors = False, None, None

    def intact(self) -> bool:
        """False when the watch is on and a standing lock is gone, or when the database or
        its `-shm` file was deleted or replaced under us (another program that believed it
        was alone cleaned them up)."""
        if not self.active or self._files is None:
            return True
        if self._current_files() != self._files:
            return False
        return self._held(self._files) is not False
