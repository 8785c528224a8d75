"""A guard against a PySide6 6.12 defect on Python 3.11: void methods return None without
taking a reference to it, so every call such as `QPainterPath.lineTo` or `QPainter.fillPath`
lowers None's reference count by one, and after a few thousand calls the interpreter aborts
("deallocating None"). Python 3.12 made None immortal, which hides the defect there.

The guard measures the leak once and, only if it is present, gives None a reference count so
large that no session can use it up. The real fix is a PySide6 without the defect (see the
dependency bound in pyproject.toml); this keeps the program alive meanwhile.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QPointF

_HEADROOM = 1 << 48  # at a billion void calls a second this lasts three days


def _void_call_leaks_none() -> bool:
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(16):
        point.setX(1.0)
    return sys.getrefcount(None) < before


def guard_none_refcount() -> bool:
    """Apply the guard if this interpreter and PySide6 need it; True if applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not _void_call_leaks_none():
        return False
    # CPython ≤ 3.11 keeps an object's reference count in the first word of the object.
    ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM
    return True


guard_none_refcount()
