"""Loading the program with Python's cycle collector paused: from the entry's first step
(`pause_collector_until_loaded`) until the store's layer (SQLAlchemy, the schema, the
store's service API) has loaded, where the program chooses to (`load_store_layer`).

Loading makes a few hundred thousand objects that live as long as the program (Qt's
wrappers, the window's, the store layer's) and hardly any garbage cycles; a collector
running meanwhile scans them over and over (tens of milliseconds of a start, before the
first wheel is painted and after). Once loaded they are frozen (left out of every later
scan) and the collector runs again as it did.
"""

from __future__ import annotations

import gc
import importlib

_resume_once_loaded = False


def pause_collector_until_loaded() -> None:
    """Pause the collector until `load_store_layer` has run (the entry's first step)."""
    global _resume_once_loaded
    if gc.isenabled():
        gc.disable()
        _resume_once_loaded = True


def load_store_layer() -> None:
    """Import `db.store` (and all it needs) with the collector paused; then freeze what the
    program has loaded and let the collector run again, if it ran before."""
    global _resume_once_loaded
    _resume_once_loaded = gc.isenabled() or _resume_once_loaded
    gc.disable()
    try:
        importlib.import_module("db.store")
    finally:
        resume_collector()


def resume_collector() -> None:
    """Freeze what has loaded and let the paused collector run again (once; else nothing)."""
    global _resume_once_loaded
    if _resume_once_loaded:
        _resume_once_loaded = False
        gc.freeze()
        gc.enable()
