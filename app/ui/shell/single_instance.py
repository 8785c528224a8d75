"""One copy of the program per store: a second start on the same store brings the first
window forward instead of opening the store a second time (two windows writing one store
would each show the other's changes late, and undo across them cannot work).

The first copy holds a lock file named after the store's path and the user, in the
system's folder for such files (never beside the store, and never the store itself); a lock
left by a copy that crashed is taken over (`QLockFile` checks that its holder still runs).
A later copy that finds the lock held writes a small request file the first copy watches,
says so in one line and ends; the first copy comes forward. Only files: no socket, nothing
of Qt's networking.
"""

from __future__ import annotations

import getpass
import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QStandardPaths

from db.files import write_output


def claim_folder() -> Path:
    """Where the claims live: the user's runtime folder, else the temporary one."""
    for kind in (
        QStandardPaths.StandardLocation.RuntimeLocation,
        QStandardPaths.StandardLocation.TempLocation,
    ):
        folder = QStandardPaths.writableLocation(kind)
        if folder:
            return Path(folder)
    return Path.home()


def claim_name(store: Path) -> str:
    """The same for every copy that opens this store as this user."""
    try:
        where = str(store.expanduser().resolve())
    except OSError:
        where = str(store)
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return "netimpact-" + hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:24]


class StoreInstance(QObject):
    """This copy's claim on a store (`held`); while it lives, a later start on the same
    store calls `forward` here instead of opening the store again."""

    def __init__(self, store: Path, forward: Callable[[], None], folder: Path | None = None):
        super().__init__()
        self.forward = forward
        folder = folder or claim_folder()
        name = claim_name(store)
        self.request = folder / f"{name}.forward"
        self.lock = QLockFile(str(folder / f"{name}.lock"))
        self.lock.setStaleLockTime(0)  # only a lock whose holder is gone is stale
        self.held = self.lock.tryLock(0)
        self.watcher = QFileSystemWatcher(self)
        if self.held:
            write_output(self.request, b"")  # the file to watch (written whole, renamed)
            self.watcher.addPath(str(self.request))
            self.watcher.fileChanged.connect(self._asked)

    def ask_holder(self) -> None:
        """Ask the copy that holds the claim to come forward."""
        write_output(self.request, f"{time.time_ns()}\n".encode())

    def _asked(self, _path: str) -> None:
        if str(self.request) not in self.watcher.files() and self.request.exists():
            self.watcher.addPath(str(self.request))  # a rename replaced the watched file
        if self.request.exists() and self.request.stat().st_size > 0:
            self.forward()

    def close(self) -> None:
        if self.held:
            self.watcher.removePaths(self.watcher.files())
            self.lock.unlock()
            self.held = False
