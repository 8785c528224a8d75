"""The store: one SQLite file with every network's work, behind the service API in `db.store`.

SQLAlchemy 2.x ORM, Alembic migrations shipped in `db/migrations/`, the JSON exchange format in
`db.exchange`. May import `app.core`; never Qt.

`Store` is imported on first use (PEP 562), so `db.records`, `db.errors`, `db.files` and the
first look at a store (`db.glance`) load without SQLAlchemy: the window paints before the
ORM is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.errors import (
    DuplicateNameError,
    EditConflictError,
    EmptyStoreFileError,
    ImportFormatError,
    InvalidValueError,
    NotAStoreError,
    NotFoundError,
    SnapshotConflictError,
    StoreBusyError,
    StoreDamagedError,
    StoreError,
    StoreLocksLostError,
    StoreMigrationError,
    StoreOpenError,
    StoreTooNewError,
    UnknownKeyError,
)
from db.files import default_store_path

if TYPE_CHECKING:
    from db.store import Store
else:

    def __getattr__(name: str) -> object:
        if name == "Store":
            from db.store import Store

            return Store
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DuplicateNameError",
    "EditConflictError",
    "EmptyStoreFileError",
    "ImportFormatError",
    "InvalidValueError",
    "NotAStoreError",
    "NotFoundError",
    "SnapshotConflictError",
    "Store",
    "StoreBusyError",
    "StoreDamagedError",
    "StoreError",
    "StoreLocksLostError",
    "StoreMigrationError",
    "StoreOpenError",
    "StoreTooNewError",
    "UnknownKeyError",
    "default_store_path",
]
