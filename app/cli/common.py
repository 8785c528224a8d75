"""What every subcommand shares: exit codes, errors for people, terminal-safe text and the
store the command line names."""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import StoreError

if TYPE_CHECKING:
    from db.store import Store

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_FAILED = 1


class CommandError(Exception):
    """A failure to report to the person at the terminal, in one or two lines."""


def shown(text: str) -> str:
    """`text` safe for a terminal: control characters, bidi overrides, zero-width and other
    invisible characters (a received file's names) are written as escapes like `\\u202e`, so
    they cannot move the cursor, recolour or reverse what follows. Line breaks stay."""
    return "".join(
        character if character.isprintable() or character == "\n" else _escape(character)
        for character in text
    )


def _escape(character: str) -> str:
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def store_path(arguments: argparse.Namespace) -> Path | str | None:
    """The store chosen with `--db` (before or after the subcommand) or in NETIMPACT_DB: a
    file's path, or a team store's `postgresql://` URL; None for the default file."""
    from db.addresses import store_target

    chosen = getattr(arguments, "db", None) or os.environ.get("NETIMPACT_DB")
    return store_target(str(chosen)) if chosen else None


def store_file(arguments: argparse.Namespace) -> Path | str:
    """The store the command works on: the chosen one, else the default file."""
    from db import default_store_path

    return store_path(arguments) or default_store_path()


def on_server(arguments: argparse.Namespace) -> bool:
    """Whether the command works on a team store on a server."""
    return isinstance(store_path(arguments), str)


def open_store(arguments: argparse.Namespace) -> Store:
    """The store for a subcommand, with store problems turned into messages for people."""
    from db import Store

    try:
        return Store.open(store_file(arguments))
    except StoreError as error:
        raise CommandError(store_message(error)) from error


def refuse_store_output(arguments: argparse.Namespace) -> None:
    """Stop before anything is opened if `-o` names the store, its -wal/-shm or a backup, or
    a file that must not be replaced (a device, a FIFO, a read-only file, a database).

    Writing there would destroy every network; the write itself refuses too (db.files), but
    saying so up front keeps the store closed and untouched.
    """
    from db.files import refuse_output

    try:  # `--force` allowed a database already (`app.cli.main`)
        store = store_file(arguments)  # a server's store has no file here to protect
        refuse_output(arguments.output, (store,) if isinstance(store, Path) else ())
    except StoreError as error:
        raise CommandError(store_message(error)) from error


def store_message(error: Exception) -> str:
    """The exception's one line; a damaged store adds the way back (its backups)."""
    from db.errors import StoreDamagedError

    if isinstance(error, StoreDamagedError):
        return (
            f"{error}\nits backups: `netimpact backups`; put one back: `netimpact restore BACKUP`"
        )
    return str(error)


def local_time(moment: datetime) -> str:
    """`moment` in the local time zone, or in UTC where the zone cannot show it (a year like
    9999 east of UTC overflows; stores from before the importer refused such years have them)."""
    try:
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")
    except (OverflowError, ValueError, OSError):
        return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
