"""A store file that opens when it is first used.

The program's start furnishes its window on the network left last as `db.glance` reads it
(`first_contents`: `sqlite3` alone), so the window is usable before the store's layer has
loaded: SQLAlchemy, the schema, the checks and the backup take as long as Qt, the window and
the wheel together. In the window's place of the store stands a `StoreToCome`, and the start
opens the store through it once the window has painted (`app.ui.shell.application`). What
asks the store for anything before then (an edit in the first moments) opens it there and
then, and waits for it.

For a store file only. Before it is open it answers what a file's store would answer without
opening it: its model (the program's own), its path and location as `Store.open` names them,
that it is no team store (no server, no listener) and whether it will open for reading only
(the checks `Store.open` makes of its place); everything else opens it. A store that cannot
be opened raises its error at every use (the same one, `failed`); the start then takes the
window away and asks what to do, as for any store that cannot be opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.model import Model
from db import files
from db.errors import StoreError

if TYPE_CHECKING:
    from db.store import Store

_OWN = frozenset({"_path", "_model", "_opener", "_store", "_failed"})


class StoreToCome:
    """Stands for the store file at `path` until it is open (`arrive`), then for it: what
    it does not answer itself (see the module) is the opened store's."""

    _path: Path
    _model: Model
    _opener: Callable[[Path], Store]
    _store: Store | None
    _failed: StoreError | None

    def __init__(self, path: Path, model: Model, opener: Callable[[Path], Store]) -> None:
        for name, value in (
            ("_path", Path(path).expanduser().absolute()),  # as `Store.open` has it
            ("_model", model),
            ("_opener", opener),
            ("_store", None),
            ("_failed", None),
        ):
            object.__setattr__(self, name, value)

    @property
    def model(self) -> Model:
        return self._model

    @property
    def path(self) -> Path:
        """The store's file, as the opened store names it."""
        return self._path

    @property
    def location(self) -> str:
        return str(self._path)

    @property
    def on_server(self) -> bool:
        return False  # a store file

    @property
    def read_only(self) -> bool:
        """As the store will open: for reading only on a full disk, a read-only disk or in a
        folder this user may not write (the checks `Store.open` makes); the store's own once
        it is open."""
        if self._store is not None:
            return self._store.read_only
        return files.is_full_place(self._path) or files.is_read_only_place(self._path)

    def listener(self) -> None:
        """A store file has no notices of changes made elsewhere to listen to."""
        return None

    @property
    def arrived(self) -> Store | None:
        """The open store; None until it is."""
        return self._store

    @property
    def failed(self) -> StoreError | None:
        """Why the store could not be opened; None while it could."""
        return self._failed

    def arrive(self) -> Store:
        """The open store, opened now if it is not yet; a store that could not be opened
        raises the error it raised then."""
        if self._store is not None:
            return self._store
        if self._failed is not None:
            raise self._failed
        try:
            store = self._opener(self._path)
        except StoreError as error:
            object.__setattr__(self, "_failed", error)
            raise
        if store.model is not self._model:
            store.close()
            raise ValueError("the store opened with another model than the window shows")
        object.__setattr__(self, "_store", store)
        return store

    def __getattr__(self, name: str) -> Any:  # what the class does not have: the store's
        return getattr(self.arrive(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _OWN:
            raise AttributeError(f"{name} is set once, when the store to come is made")
        setattr(self.arrive(), name, value)

    def __enter__(self) -> StoreToCome:
        return self

    def __exit__(self, *_exc: object) -> None:
        """Close the store, if it came."""
        if self._store is not None:
            self._store.close()
