"""Store problems that surface while the program runs, wherever they surface.

A store error raised in any slot (a write, a read, an export, a poster) reaches Python's
`sys.excepthook`; instead of a traceback on stderr and no window, a damaged store closes the
main window so the start-up flow can offer its backups, and any other store problem (disk full,
in use, read-only) is shown as a message while the work goes on. Any other error (a fault
nobody foresaw) still goes to stderr with its traceback, and is shown as a message too: what
was just done may not be saved, and a facilitator must never find that out later (issue 27).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.ui.store.recovery_dialog import show_problem
from db.errors import StoreDamagedError, StoreError

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class StoreGuard:
    """Installed for one main window; `damaged` holds the error that closed it, if any.
    `leaves`: which other store errors close it too (a store that could not be opened
    after the window was furnished: the start then asks, as for a damaged one)."""

    def __init__(
        self, window: QWidget, leaves: Callable[[StoreError], bool] = lambda _error: False
    ) -> None:
        self.window = window
        self.leaves = leaves
        self.damaged: StoreError | None = None
        self.message: QMessageBox | None = None
        self._previous: Hook = sys.excepthook

    def __enter__(self) -> StoreGuard:
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        return self

    def __exit__(self, *_exc: object) -> None:
        sys.excepthook = self._previous

    def _leave(self) -> None:
        """Close every window (the main one, a presentation): the last one closed ends the
        event loop, once, so the start-up flow can take over."""
        QApplication.closeAllWindows()

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if isinstance(error, StoreDamagedError) or (
            isinstance(error, StoreError) and self.leaves(error)
        ):
            if self.damaged is None:
                self.damaged = error
                QTimer.singleShot(0, self._leave)
        elif isinstance(error, StoreError):
            self._show(error)
        else:
            self._previous(kind, error, trace)
            if isinstance(error, Exception):  # not a Ctrl+C or an exit
                self._show(error)

    def _show(self, error: BaseException) -> None:
        if self.message is not None and self.message.isVisible():
            return  # one at a time: a read-only store refuses every turn of the wheel
        if self.message is not None:
            self.message.deleteLater()
        self.message = show_problem(self.window, error)
