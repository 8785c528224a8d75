"""The store: one SQLite file with every network's work, behind the service API in `db.store`.

SQLAlchemy 2.x ORM, Alembic migrations shipped in `db/migrations/`, the JSON exchange format in
`db.exchange`. May import `app.core`; never Qt.
"""

from db.engine import default_store_path
from db.errors import (
    DuplicateNameError,
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
from db.store import Store

__all__ = [
    "DuplicateNameError",
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
