"""What can go wrong with a store, as specific exceptions with messages a person can read.

The UI and the command line turn these into messages and options (open a backup, start a new
store, quit); nothing here knows about windows or terminals.
"""

from __future__ import annotations

import errno
import reprlib
from pathlib import Path

# What the system's refusals mean, in the plain words every message of the store and of its
# output files uses (the UI translates by exception type; these are for the command line).
_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk is full (the quota is used up)",
    errno.EFBIG: "the disk is full (or the file is too large for it)",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EEXIST: "a part of the path is a file, not a folder",
    errno.EISDIR: "it is a folder",
    errno.ELOOP: "the path goes round in a loop of links",
    errno.ENAMETOOLONG: "the name is too long",
}


QUOTED_CHARACTERS = 60


def quoted(value: object, limit: int = QUOTED_CHARACTERS) -> str:
    """`value` for a one-line message: its repr, cut to a short prefix when long (a 10 MB
    value from a hostile file must not become a 10 MB line or message box; issue 27)."""
    if isinstance(value, str):
        if len(value) <= limit:
            return repr(value)
        return f"{value[:limit]!r}… ({len(value):,} characters)"
    if isinstance(value, bool | int | float | type(None)):
        text = repr(value)
        return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} digits)"
    text = _SHORT.repr(value)  # bounded per part; a whole list of parts is cut again
    return text if len(text) <= 2 * limit else f"{text[: 2 * limit]}…"


def _short_repr() -> reprlib.Repr:
    short = reprlib.Repr()
    short.maxstring = short.maxother = QUOTED_CHARACTERS
    short.maxlist = short.maxtuple = short.maxdict = short.maxset = 4
    short.maxlevel = 2
    return short


_SHORT = _short_repr()


def os_reason(error: OSError) -> str:
    """Why the system refused, in plain words (its own words when it is not one we know)."""
    return _OS_REASONS.get(error.errno or 0, error.strerror or str(error))


class StoreError(Exception):
    """Base of every store problem."""


class StoreOpenError(StoreError):
    """The file at `path` cannot be used as a store; it was left exactly as it was.

    `path` is a file's `Path`, or for a team store on a PostgreSQL server the text that
    names it ("server HOST / database NAME", never a password; see `on_server`).
    `detail` is SQLite's, PostgreSQL's or the system's own words (English), for a "details"
    box; the message for people is made from the exception's type and fields
    (`app.ui.describe`).
    """

    def __init__(self, path: Path | str, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.detail = detail

    @property
    def on_server(self) -> bool:
        """Whether this is about a team store on a server (then `path` is its description)."""
        return isinstance(self.path, str)


class NotAStoreError(StoreOpenError):
    """Not a Netwerkimpact store: a text file, random bytes, another program's database."""


class EmptyStoreFileError(NotAStoreError):
    """The file has zero bytes. Netwerkimpact never leaves one behind (new stores are created
    complete and then moved into place), so it is not treated as a new, empty store."""


class StoreDamagedError(StoreOpenError):
    """The file is a Netwerkimpact store (or an SQLite file) that is truncated or corrupt, or
    whose tables no longer match its schema. Found at opening or at any later read or write;
    only this problem is answered with the store's backups."""


class StoreTooNewError(StoreOpenError):
    """Written by a newer Netwerkimpact: a schema revision this program does not know."""

    def __init__(self, path: Path | str, message: str, revision: str) -> None:
        super().__init__(path, message)
        self.revision = revision


class StoreMigrationError(StoreOpenError):
    """Upgrading the store's schema failed; the store is as it was and a backup was made."""

    def __init__(
        self,
        path: Path | str,
        message: str,
        revision: str,
        backup: Path | None,
        detail: str = "",
    ) -> None:
        super().__init__(path, message, detail)
        self.revision = revision
        self.backup = backup


class StoreLocksLostError(StoreError):
    """Something in this process closed a file of the store and so dropped SQLite's locks on
    it; writing on could corrupt the store, so the store refuses every further write. Everything
    written before is safe; the program must be closed and started again."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class StoreUnavailableError(StoreOpenError):
    """A store (or the place for a new one) that is not damaged but cannot be used as asked
    right now. The subclasses say why; none of them is answered with backups."""


class StoreReadOnlyError(StoreUnavailableError):
    """The store's file, folder or disk is read-only: it can be read, not changed."""


class StoreDiskFullError(StoreUnavailableError):
    """The disk (or the quota, or the file-size limit) has no room for the write."""


class StoreBusyError(StoreUnavailableError):
    """Another program held the store locked for longer than the busy timeout."""


class StorePermissionError(StoreUnavailableError):
    """The system refuses this user access to the store's file or folder."""


class StoreLocationError(StoreUnavailableError):
    """The store's path cannot hold a file: a part of it is a file, not a folder."""


class ServerUnreachableError(StoreUnavailableError):
    """The team store's PostgreSQL server cannot be reached: it is down, the address is wrong,
    or the connection was lost (the program was started, or went on, without it)."""


class ServerLoginError(StoreUnavailableError):
    """The server refused the login: a wrong password, an unknown role, or a role that may
    not connect to the database (or the database does not exist)."""


class StoreTimeoutError(StoreUnavailableError):
    """The server took longer than the statement timeout (a lock held elsewhere, a server
    under load); the statement was cancelled and nothing of it was saved."""


class StoreBackupError(StoreOpenError):
    """A backup of the store could not be made (`problem` says why); the store is unchanged.

    `reason` is the backup's reason in its file name (`daily`, `before-upgrade-from-0001`, …).
    """

    def __init__(self, path: Path, reason: str, problem: StoreOpenError) -> None:
        super().__init__(
            path, f"no backup of {path} could be made ({problem}); the store is unchanged"
        )
        self.reason = reason
        self.problem = problem


class BackupNotUsableError(StoreOpenError):
    """A file offered for `restore` is not a whole Netwerkimpact store; `problem` says why."""

    def __init__(self, path: Path, problem: StoreOpenError) -> None:
        super().__init__(path, f"{path} cannot be restored: {problem}", problem.detail)
        self.problem = problem


class NotFoundError(StoreError, LookupError):
    """A network, line, indicator, moment, measurement, note or core entry with that id is gone."""


class UnknownKeyError(StoreError, ValueError):
    """A segment, ring, step, stakeholder or core key that the model does not have."""


class InvalidValueError(StoreError, ValueError):
    """A value of the wrong type or out of range (an empty name, a colour that is not #RRGGBB…)."""


class DuplicateNameError(StoreError, ValueError):
    """Another network already has this name (names identify networks on the command line)."""

    def __init__(self, message: str, name: str = "") -> None:
        super().__init__(message)
        self.name = name


class SnapshotConflictError(StoreError):
    """A deleted object cannot be put back: its ids are in use again or its parent is gone."""


class ImportFormatError(StoreError, ValueError):
    """An exchange file that cannot be imported; the one-line message names the problem."""


class OutputRefusedError(StoreError, ValueError):
    """An output file (PDF, JSON, …) was asked to overwrite the store or one of its files."""


class OutputIsDatabaseError(OutputRefusedError):
    """The output file is an SQLite database (another store, perhaps): it is not overwritten
    unless the user says so (`--force`)."""


class OutputNotAFileError(OutputRefusedError):
    """The output names a folder, a device, a FIFO or a socket: only regular files are written."""


class OutputReadOnlyError(OutputRefusedError):
    """The output file exists and is read-only: it is not replaced behind its owner's back."""


class OutputWriteError(StoreError, OSError):
    """An output file could not be written (disk full, read-only, no permission); any file that
    was there before is whole."""


UNDONE = "record"
"""`EditConflictError.what` of a write the store undid as a whole: another program's write to
the same rows came first (a version gone stale under SQLAlchemy's check, a deadlock or a
serialization failure on the server); no other text or version to offer."""


class EditConflictError(StoreError):
    """Someone else saved a change to the same record since this edit's caller read it
    (optimistic concurrency on a team store or two programs on one file): nothing was written.

    `what` names the record ("story", "note", …); `mine` is the value the caller tried to save,
    `theirs` the value stored now and `their_version` its version (None for both when the
    record is gone or only the version is known), so the UI can offer mine, theirs or both."""

    def __init__(
        self,
        what: str,
        record_id: int | None,
        mine: object = None,
        theirs: object = None,
        their_version: int | None = None,
    ) -> None:
        which = f"the {what} {record_id}" if record_id is not None else f"a {what}"
        super().__init__(f"{which} was changed by someone else meanwhile; nothing was saved")
        self.what = what
        self.record_id = record_id
        self.mine = mine
        self.theirs = theirs
        self.their_version = their_version


class ConnectionLostError(ServerUnreachableError):
    """The connection to the team store's server was lost while the program ran: the edit was
    refused, nothing of it was written (the window keeps what it shows and reconnects)."""


class ListenerLostError(ConnectionError):
    """A team store's listening connection is gone (the server stopped, the network broke):
    `db.live`'s listener raises it; the window keeps what it shows and tries again."""
