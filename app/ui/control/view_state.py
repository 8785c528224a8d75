"""What is being viewed, owned in one place (napari's one owner per piece of state).

The wheel, the panels, the wall, the quick bar, the room's queue and the presenter console
read it here and listen to its signals; none of them keeps a copy or asks another view. It
outlives every view: a language switch, a panel rebuilt, the presenter opened or closed keep
all of it. The Workshop holds one (`workshop.view`) and puts it back to "all" when another
network opens or the moment it filtered on is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ViewState(QObject):
    """The post-it moment filter (None: every moment). The current line and the direction
    are the Workshop's (`current_line_id`, `direction`, `currentLineChanged`)."""

    momentFilterChanged = Signal(object)  # int | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._moment_id: int | None = None

    def moment_filter(self) -> int | None:
        """The moment whose post-its are shown (None: all of them)."""
        return self._moment_id

    def set_moment_filter(self, moment_id: int | None) -> None:
        if moment_id != self._moment_id:
            self._moment_id = moment_id
            self.momentFilterChanged.emit(moment_id)
