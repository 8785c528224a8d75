"""Loading the program with Python's cycle collector paused: from the entry's first step
(`pause_collector_until_loaded`) until the store's layer (SQLAlchemy, the schema, the
store's service API) has loaded, where the program chooses to (`load_store_layer`).

Loading makes a few hundred thousand objects that live as long as the program (Qt's
wrappers, the window's, the store layer's) and hardly any garbage cycles; a collector
running meanwhile scans them over and over (tens of milliseconds of a start, before the
first wheel is painted and after). Once loaded they are frozen (left out of every later
scan) and the collector runs again as it did.

The program's own modules and the store's layer also load through Python's own import
statement as the entry found it (`plain_imports`), not through the hook PySide6 puts in its
place once Qt has loaded: that hook reads the source of every module imported after it, to
look for PySide's `__feature__` switches (`from __feature__ import snake_case`; napari#8584).
Nothing here uses them; reading the sources made loading the window's modules some 25% and
SQLAlchemy's some 30% slower. (A module imported later through the hook is read then.)
"""

from __future__ import annotations

import builtins
import gc
import importlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_resume_once_loaded = False
_loading = threading.RLock()
_plain_import: Callable[..., Any] | None = None  # `__import__` as the entry found it


def pause_collector_until_loaded() -> None:
    """Pause the collector until `load_store_layer` has run (the entry's first step, before
    anything has replaced Python's import statement)."""
    global _resume_once_loaded, _plain_import
    _plain_import = builtins.__import__
    if gc.isenabled():
        gc.disable()
        _resume_once_loaded = True


def load_store_layer(*, resume: bool = True) -> None:
    """Import `db.store` (and all it needs) with the collector paused; then freeze what the
    program has loaded and let the collector run again, if it ran before. A second caller
    waits for the first.

    On another thread than the main one (the window's start loads it on one of its own),
    with `resume=False`: the main thread then calls `resume_collector` itself. A freeze
    moves every generation of the collector aside, and the main thread may be collecting
    at that moment (its finalizers let other threads run midway)."""
    global _resume_once_loaded
    with _loading:
        _resume_once_loaded = gc.isenabled() or _resume_once_loaded
        gc.disable()
        try:
            with plain_imports():
                importlib.import_module("db.store")
        finally:
            if resume:
                resume_collector()


@contextmanager
def plain_imports() -> Iterator[None]:
    """Modules imported meanwhile load through the import statement the entry found (when
    there was an entry: else as they would)."""
    hooked = builtins.__import__
    if _plain_import is not None:
        builtins.__import__ = _plain_import
    try:
        yield
    finally:
        builtins.__import__ = hooked


def resume_collector() -> None:
    """Freeze what has loaded and let the paused collector run again (once; else nothing);
    on the main thread (see `load_store_layer`), after a load on another when it is done."""
    global _resume_once_loaded
    with _loading:
        if _resume_once_loaded:
            _resume_once_loaded = False
            gc.freeze()
            gc.enable()


def prepare_objects() -> None:
    """Set up the ORM's mappings of the schema's rows (SQLAlchemy does it at the first query
    through objects: some 40 ms). Opening a network needs none of it, so the program asks for
    this once its window is up and idle, and the first edit does not wait for it."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
