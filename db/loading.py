"""Loading the program with Python's cycle collector paused: from the entry's first step
(`pause_collector_until_loaded`) until the store's layer (SQLAlchemy, the schema, the
store's service API) has loaded, where the program chooses to (`load_store_layer`).

Loading makes a few hundred thousand objects that live as long as the program (Qt's
wrappers, the window's, the store layer's) and hardly any garbage cycles; a collector
running meanwhile scans them over and over (tens of milliseconds of a start, before the
first wheel is painted and after). Once loaded they are frozen (left out of every later
scan) and the collector runs again as it did.

The store's layer also loads through Python's own import statement as the entry found it, not
through the hook PySide6 puts in its place once Qt has loaded: that hook reads the source of
every module imported after it, to look for PySide's `__feature__` switches (napari#8584).
SQLAlchemy's two hundred modules never use them, and reading their sources made loading the
layer some 30% slower.
"""

from __future__ import annotations

import builtins
import gc
import importlib
from collections.abc import Callable
from typing import Any

_resume_once_loaded = False
_plain_import: Callable[..., Any] | None = None  # `__import__` as the entry found it


def pause_collector_until_loaded() -> None:
    """Pause the collector until `load_store_layer` has run (the entry's first step, before
    anything has replaced Python's import statement)."""
    global _resume_once_loaded, _plain_import
    _plain_import = builtins.__import__
    if gc.isenabled():
        gc.disable()
        _resume_once_loaded = True


def load_store_layer() -> None:
    """Import `db.store` (and all it needs) with the collector paused; then freeze what the
    program has loaded and let the collector run again, if it ran before."""
    global _resume_once_loaded
    _resume_once_loaded = gc.isenabled() or _resume_once_loaded
    gc.disable()
    hooked = builtins.__import__
    if _plain_import is not None:
        builtins.__import__ = _plain_import
    try:
        importlib.import_module("db.store")
    finally:
        builtins.__import__ = hooked
        resume_collector()


def resume_collector() -> None:
    """Freeze what has loaded and let the paused collector run again (once; else nothing)."""
    global _resume_once_loaded
    if _resume_once_loaded:
        _resume_once_loaded = False
        gc.freeze()
        gc.enable()
