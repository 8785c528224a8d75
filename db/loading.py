"""Loading the store's layer (SQLAlchemy, the schema, the store's service API) once, where
the program chooses to, with Python's cycle collector paused meanwhile.

The layer makes a few hundred thousand objects that live as long as the program and hardly
any garbage cycles; a collector running while they are made scans them over and over (some
60 ms of a start). Once loaded they are frozen (left out of every later scan) and the
collector runs again as it did.
"""

from __future__ import annotations

import gc
import importlib


def load_store_layer() -> None:
    """Import `db.store` (and all it needs) with the collector paused, then freeze it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        importlib.import_module("db.store")
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()
