"""What can go wrong with a store, as specific exceptions with messages a person can read.

The UI and the command line turn these into messages and options (open a backup, start a new
store, quit); nothing here knows about windows or terminals.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every store problem."""


class StoreOpenError(StoreError):
    """The file at `path` cannot be used as a store; it was left exactly as it was."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class NotAStoreError(StoreOpenError):
    """Not a Netwerkimpact store: a text file, random bytes, another program's database."""


class EmptyStoreFileError(NotAStoreError):
    """The file has zero bytes. Netwerkimpact never leaves one behind (new stores are created
    complete and then moved into place), so it is not treated as a new, empty store."""


class StoreDamagedError(StoreOpenError):
    """The file is a Netwerkimpact store (or an SQLite file) that is truncated or corrupt."""


class StoreTooNewError(StoreOpenError):
    """Written by a newer Netwerkimpact: a schema revision this program does not know."""

    def __init__(self, path: Path, message: str, revision: str) -> None:
        super().__init__(path, message)
        self.revision = revision


class StoreMigrationError(StoreOpenError):
    """Upgrading the store's schema failed; the store is as it was and a backup was made."""


class StoreLocksLostError(StoreError):
    """Something in this process closed a file of the store and so dropped SQLite's locks on
    it; writing on could corrupt the store, so the store refuses every further write. Everything
    written before is safe; the program must be closed and started again."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class StoreBusyError(StoreError):
    """Another program held the store locked for longer than the busy timeout."""


class NotFoundError(StoreError, LookupError):
    """A network, line, indicator, moment, measurement, note or core entry with that id is gone."""


class UnknownKeyError(StoreError, ValueError):
    """A segment, ring, step, stakeholder or core key that the model does not have."""


class InvalidValueError(StoreError, ValueError):
    """A value of the wrong type or out of range (an empty name, a colour that is not #RRGGBB…)."""


class DuplicateNameError(StoreError, ValueError):
    """Another network already has this name (names identify networks on the command line)."""


class SnapshotConflictError(StoreError):
    """A deleted object cannot be put back: its ids are in use again or its parent is gone."""


class ImportFormatError(StoreError, ValueError):
    """An exchange file that cannot be imported; the one-line message names the problem."""


class OutputRefusedError(StoreError, ValueError):
    """An output file (PDF, JSON, …) was asked to overwrite the store or one of its files."""


class OutputWriteError(StoreError, OSError):
    """An output file could not be written (disk full, read-only, no permission); any file that
    was there before is whole."""
