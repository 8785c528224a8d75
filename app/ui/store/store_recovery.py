"""The start-up recovery flow: open the store, and when it cannot be used, ask what to do.

The decisions live here and the asking is a callback (Mu's controller and view): `ask` gets a
`Trouble` (the path, the error, and for a damaged store its backups) and returns an `Answer`.
The program passes dialogs (`app.ui.store.recovery_dialog`); tests pass fake answers. A damaged,
foreign or newer file is never overwritten or repaired: the way back is a restore (the damaged
file is kept aside), another file, a new store elsewhere, or quitting.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import StoreDamagedError, StoreError

if TYPE_CHECKING:
    from db.backups import Backup
    from db.store import Store


class Choice(enum.Enum):
    RESTORE = "restore"  # put `Answer.path` (a backup) in the store's place and open it
    OPEN_OTHER = "open_other"  # open the store file `Answer.path` instead
    NEW_STORE = "new_store"  # start a new store at `Answer.path` (never on an existing file)
    RETRY = "retry"  # try the same file again (the other program closed, the disk has room)
    QUIT = "quit"


@dataclass(frozen=True, slots=True)
class Trouble:
    """What went wrong with the store at `path`; `backups` only when it is damaged."""

    path: Path
    error: StoreError
    backups: tuple[Backup, ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    choice: Choice
    path: Path | None = None


Ask = Callable[[Trouble], Answer]
Opener = Callable[[Path], "Store"]


def open_store_or_ask(
    path: Path, ask: Ask, opener: Opener | None = None, problem: StoreError | None = None
) -> Store | None:
    """The opened store, or None when the user quits.

    `problem`: a store error that already happened (a store damaged while the program ran);
    the flow starts by asking about it instead of opening. `opener`: `Store.open` unless
    given (the store's layer is imported here, when it is needed).
    """
    from db.backups import list_backups
    from db.check import restore_backup
    from db.store import Store

    opener = opener or Store.open
    while True:
        if problem is None:
            try:
                return opener(path)
            except StoreError as error:
                problem = error
        backups = list_backups(path) if isinstance(problem, StoreDamagedError) else ()
        answer = ask(Trouble(path, problem, backups))
        problem = None
        if answer.choice is Choice.QUIT:
            return None
        if answer.choice is Choice.RESTORE and answer.path is not None:
            try:
                restore_backup(path, answer.path)
            except StoreError as error:
                problem = error  # asked about next; the store file is as it was
        elif answer.choice is Choice.OPEN_OTHER and answer.path is not None:
            path = answer.path
        elif answer.choice is Choice.NEW_STORE and answer.path and not answer.path.exists():
            path = answer.path  # a new store only where there is no file yet
