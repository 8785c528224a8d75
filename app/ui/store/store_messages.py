"""`describe(error)`: every store exception as a message in the user's language.

The exceptions in `db.errors` carry English one-liners for the command line and the fields a
window needs (path, revision, the backup made, SQLite's own words). Here each type becomes a
translated title and text built from those fields; the English words go to a "details" part
only, so a Dutch window never shows developer English as its message.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from db.errors import (
    BackupNotUsableError,
    DuplicateNameError,
    EmptyStoreFileError,
    ImportFormatError,
    InvalidValueError,
    NotAStoreError,
    NotFoundError,
    OutputIsDatabaseError,
    OutputNotAFileError,
    OutputReadOnlyError,
    OutputRefusedError,
    OutputWriteError,
    ServerLoginError,
    ServerUnreachableError,
    SnapshotConflictError,
    StoreBackupError,
    StoreBusyError,
    StoreDamagedError,
    StoreDiskFullError,
    StoreError,
    StoreLocationError,
    StoreLocksLostError,
    StoreMigrationError,
    StoreOpenError,
    StorePermissionError,
    StoreReadOnlyError,
    StoreTimeoutError,
    StoreTooNewError,
    StoreUnavailableError,
    UnknownKeyError,
)


@dataclass(frozen=True, slots=True)
class Description:
    """A store problem for people: a title, a message and the technical details (English)."""

    title: str
    text: str
    details: str
    offers_backups: bool = False


def describe(error: BaseException) -> Description:
    """The translated title and message for `error` (any exception; store ones in full)."""
    details = str(error)
    cause = error.__cause__
    if not isinstance(error, StoreError) and isinstance(
        cause, OutputRefusedError | OutputWriteError
    ):
        # a poster's PDF refused by db.files: say why in the user's language
        return Description(
            QCoreApplication.translate("StoreMessages", "Not saved"),
            f"{_message_for(cause)}\n\n{details}",
            details,
        )
    if isinstance(error, StoreBackupError):
        return Description(
            QCoreApplication.translate("StoreMessages", "No backup could be made"),
            QCoreApplication.translate(
                "StoreMessages",
                "Before changing the store, Netwerkimpact makes a backup beside it. That did not "
                "work, so nothing was changed:",
            )
            + "\n"
            + describe(error.problem).text,
            details,
        )
    if isinstance(error, BackupNotUsableError):
        return Description(
            QCoreApplication.translate("StoreMessages", "This backup cannot be restored"),
            QCoreApplication.translate(
                "StoreMessages", "The file %1 is not a whole Netwerkimpact store:"
            ).replace("%1", str(error.path))
            + "\n"
            + describe(error.problem).text,
            details,
        )
    if isinstance(error, StoreOpenError):
        return _describe_store_file(error, details)
    if isinstance(error, StoreLocksLostError):
        return Description(
            QCoreApplication.translate("StoreMessages", "Close Netwerkimpact and start it again"),
            QCoreApplication.translate(
                "StoreMessages",
                "Netwerkimpact lost its hold on the store %1: something on this computer opened "
                "and closed the file. Everything up to now is saved. To keep the store whole, "
                "nothing more is written until you close the program and start it again.",
            ).replace("%1", str(error.path)),
            details,
        )
    if isinstance(error, DuplicateNameError) and error.name:
        text = QCoreApplication.translate(
            "StoreMessages", "Another network is already named “%1”; choose another name."
        ).replace("%1", error.name)
        return Description(QCoreApplication.translate("StoreMessages", "Not saved"), text, details)
    # What was wrong with the user's own input (a line of an import file, a value): the store's
    # one-line reason follows the translated sentence, as the command line prints it.
    text = f"{_message_for(error)}\n\n{details}" if details else _message_for(error)
    return Description(QCoreApplication.translate("StoreMessages", "Not saved"), text, details)


def _describe_team_store(error: StoreOpenError, details: str) -> Description:
    """A team store's fault: one plain sentence each, naming the server and database."""
    where = str(error.path)
    texts: list[tuple[type[StoreOpenError], str, str]] = [
        (
            ServerUnreachableError,
            QCoreApplication.translate("StoreMessages", "The server cannot be reached"),
            QCoreApplication.translate(
                "StoreMessages",
                "The team store (%1) cannot be reached: the server is down, the address is "
                "wrong or the connection was lost. Nothing was changed; try again later.",
            ),
        ),
        (
            ServerLoginError,
            QCoreApplication.translate("StoreMessages", "The server refused the login"),
            QCoreApplication.translate(
                "StoreMessages",
                "The server refused the login for the team store (%1): a wrong password or "
                "user name, or no access to this database. Check your password file "
                "(.pgpass) or ask whoever looks after the server.",
            ),
        ),
        (
            StoreTimeoutError,
            QCoreApplication.translate("StoreMessages", "The server took too long"),
            QCoreApplication.translate(
                "StoreMessages",
                "The team store (%1) took too long to answer, so this was stopped and not "
                "saved. Try again in a moment.",
            ),
        ),
        (
            StoreReadOnlyError,
            QCoreApplication.translate("StoreMessages", "The team store is read-only for you"),
            QCoreApplication.translate(
                "StoreMessages",
                "You may only read the team store (%1): you can look, export and print, "
                "but not change it. Ask whoever looks after the server for a member's role.",
            ),
        ),
        (
            StoreTooNewError,
            QCoreApplication.translate("StoreMessages", "The store is from a newer version"),
            QCoreApplication.translate(
                "StoreMessages",
                "The team store (%1) was made by a newer version of Netwerkimpact (schema "
                "%2). Use that version to open it.",
            ),
        ),
        (
            NotAStoreError,
            QCoreApplication.translate("StoreMessages", "This is not a store"),
            QCoreApplication.translate(
                "StoreMessages",
                "The database (%1) belongs to another program or is empty for reading: it is "
                "not a Netwerkimpact store. It was left untouched.",
            ),
        ),
        (
            StoreDamagedError,
            QCoreApplication.translate("StoreMessages", "The store is damaged"),
            QCoreApplication.translate(
                "StoreMessages",
                "The team store (%1) is missing parts of its tables. Ask whoever looks after "
                "the server to restore it from a backup.",
            ),
        ),
        (
            StoreMigrationError,
            QCoreApplication.translate("StoreMessages", "The store could not be upgraded"),
            QCoreApplication.translate(
                "StoreMessages",
                "Upgrading the team store (%1) to this version failed; it is unchanged.",
            ),
        ),
    ]
    for kind, title, text in texts:
        if isinstance(error, kind):
            if isinstance(error, StoreTooNewError):
                text = text.replace("%2", error.revision)
            return Description(title, text.replace("%1", where), details)
    return Description(
        QCoreApplication.translate("StoreMessages", "The store cannot be used"),
        QCoreApplication.translate(
            "StoreMessages", "The team store (%1) cannot be used. It was left untouched."
        ).replace("%1", where),
        details,
    )


def _describe_store_file(error: StoreOpenError, details: str) -> Description:
    if error.on_server:
        return _describe_team_store(error, details)
    path = str(error.path)
    texts: list[tuple[type[StoreOpenError], str, str]] = [
        (
            StoreDamagedError,
            QCoreApplication.translate("StoreMessages", "The store is damaged"),
            QCoreApplication.translate(
                "StoreMessages",
                "The store %1 is damaged: a part of it can no longer be read. Restore one of "
                "its backups; the damaged file is kept aside.",
            ),
        ),
        (
            StoreReadOnlyError,
            QCoreApplication.translate("StoreMessages", "The store is read-only"),
            QCoreApplication.translate(
                "StoreMessages",
                "The store %1 is on a read-only disk or in a folder you may not change. You can "
                "look at it, export and print, but not change it. Copy it to a place you can "
                "write to, or open another store.",
            ),
        ),
        (
            StoreDiskFullError,
            QCoreApplication.translate("StoreMessages", "The disk is full"),
            QCoreApplication.translate(
                "StoreMessages",
                "The disk that holds %1 is full, so the change was not saved. Nothing was lost. "
                "Make room on the disk and try again.",
            ),
        ),
        (
            StoreBusyError,
            QCoreApplication.translate("StoreMessages", "The store is in use"),
            QCoreApplication.translate(
                "StoreMessages",
                "The store %1 is in use by another program (perhaps a second Netwerkimpact). "
                "Close it, or wait a moment, and try again.",
            ),
        ),
        (
            StorePermissionError,
            QCoreApplication.translate("StoreMessages", "No permission"),
            QCoreApplication.translate(
                "StoreMessages",
                "You do not have permission to use %1 or its folder. Ask whoever manages this "
                "computer, or choose another place for the store.",
            ),
        ),
        (
            StoreLocationError,
            QCoreApplication.translate("StoreMessages", "The store cannot be made here"),
            QCoreApplication.translate(
                "StoreMessages",
                "A store cannot be made at %1: a part of that path is a file, not a folder. "
                "Choose another place.",
            ),
        ),
        (
            StoreUnavailableError,
            QCoreApplication.translate("StoreMessages", "The store cannot be reached"),
            QCoreApplication.translate(
                "StoreMessages",
                "The disk that holds %1 could not be read or written. Check the disk (is a USB "
                "stick or network drive still there?) and try again.",
            ),
        ),
        (
            StoreTooNewError,
            QCoreApplication.translate("StoreMessages", "The store is from a newer version"),
            QCoreApplication.translate(
                "StoreMessages",
                "The store %1 was made by a newer version of Netwerkimpact (schema %2). Use that "
                "version to open it.",
            ),
        ),
        (
            StoreMigrationError,
            QCoreApplication.translate("StoreMessages", "The store could not be upgraded"),
            QCoreApplication.translate(
                "StoreMessages",
                "Upgrading the store %1 to this version failed; it is unchanged. A copy was "
                "made first: %2",
            ),
        ),
        (
            EmptyStoreFileError,
            QCoreApplication.translate("StoreMessages", "The file is empty"),
            QCoreApplication.translate(
                "StoreMessages",
                "The file %1 is empty (0 bytes): it holds no store. It was left untouched.",
            ),
        ),
        (
            NotAStoreError,
            QCoreApplication.translate("StoreMessages", "This is not a store"),
            QCoreApplication.translate(
                "StoreMessages",
                "The file %1 is not a Netwerkimpact store (it is a folder, a text file or "
                "another program's file). It was left untouched.",
            ),
        ),
    ]
    for kind, title, text in texts:
        if isinstance(error, kind):
            if isinstance(error, StoreTooNewError):
                text = text.replace("%2", error.revision)
            if isinstance(error, StoreMigrationError):
                text = text.replace("%2", str(error.backup or "-"))
            return Description(
                title,
                text.replace("%1", path),
                details,
                offers_backups=isinstance(error, StoreDamagedError),
            )
    return Description(
        QCoreApplication.translate("StoreMessages", "The store cannot be used"),
        QCoreApplication.translate(
            "StoreMessages", "The store %1 cannot be used. It was left untouched."
        ).replace("%1", path),
        details,
    )


def _message_for(error: BaseException) -> str:
    """Errors about one edit or one file (not the store's own file)."""
    kinds: list[tuple[type[BaseException], str]] = [
        (
            DuplicateNameError,
            QCoreApplication.translate(
                "StoreMessages", "Another network already has this name; choose another."
            ),
        ),
        (
            ImportFormatError,
            QCoreApplication.translate(
                "StoreMessages",
                "This file cannot be imported: it is not a whole Netwerkimpact exchange file. "
                "The store was not changed.",
            ),
        ),
        (
            OutputIsDatabaseError,
            QCoreApplication.translate(
                "StoreMessages",
                "That file is a database (perhaps another store); it was not overwritten. "
                "Choose another name.",
            ),
        ),
        (
            OutputNotAFileError,
            QCoreApplication.translate(
                "StoreMessages",
                "That name is a folder or a special file, not a file; choose a file name.",
            ),
        ),
        (
            OutputReadOnlyError,
            QCoreApplication.translate(
                "StoreMessages",
                "That file is read-only; it was left as it was. Choose another name.",
            ),
        ),
        (
            OutputRefusedError,
            QCoreApplication.translate(
                "StoreMessages",
                "That file is the store itself (or one of its backups); choose another name. "
                "The store was left as it was.",
            ),
        ),
        (
            OutputWriteError,
            QCoreApplication.translate(
                "StoreMessages",
                "The file could not be written (a full or read-only disk, or no permission). "
                "A file that was there before is whole.",
            ),
        ),
        (
            NotFoundError,
            QCoreApplication.translate(
                "StoreMessages", "What you are working on was removed meanwhile."
            ),
        ),
        (
            SnapshotConflictError,
            QCoreApplication.translate(
                "StoreMessages", "This cannot be put back: what it belonged to is gone."
            ),
        ),
        (
            UnknownKeyError,
            QCoreApplication.translate(
                "StoreMessages", "This part of the model does not exist in this version."
            ),
        ),
        (
            InvalidValueError,
            QCoreApplication.translate("StoreMessages", "This value cannot be saved:"),
        ),
        (
            StoreError,
            QCoreApplication.translate("StoreMessages", "The change could not be saved:"),
        ),
    ]
    for kind, text in kinds:
        if isinstance(error, kind):
            return text
    return QCoreApplication.translate(
        "StoreMessages", "Something went wrong; what you just did may not have been saved:"
    )
