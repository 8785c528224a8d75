"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 returned None from void methods without taking a reference to
it; a few thousand calls later the interpreter aborted ("deallocating None"). pyproject.toml
keeps that release out; this test fails loudly if such a binding comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter


def test_void_qt_calls_do_not_use_up_references_to_none() -> None:
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert before - after < 50, f"{before - after} references to None lost in 400 calls"
