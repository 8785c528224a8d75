"""The room in the main window: a dock (left) with the room panel, and the Room menu with
"Open the room" (Ctrl+R). Kept here so the main window only places it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QWidget

from app.ui.control.workshop import Workshop
from app.ui.room.controller import Room, RoomOpenError
from app.ui.room.panel import RoomPanel


class RoomDock(QDockWidget):
    """Owns the program's one `Room`; hidden until the room opens."""

    def __init__(
        self,
        parent: QWidget,
        workshop: Workshop,
        moment: Callable[[], int | None],
        menu: QMenu,
    ) -> None:
        """`menu`: the window's Room menu, which the dock fills."""
        super().__init__(parent)
        self.setObjectName("room_panel")
        self.room = Room(workshop, self)
        self.panel = RoomPanel(self.room, self.toggle, moment)
        self.setWidget(self.panel)
        self.toggle_action = QAction(self)
        self.toggle_action.setShortcut(QKeySequence("Ctrl+R"))
        self.toggle_action.triggered.connect(self.toggle)
        self.panel_action = self.toggleViewAction()
        self.menu = menu
        self.menu.addActions([self.toggle_action, self.panel_action])
        self.room.opened.connect(lambda _address: self.show())
        self.room.opened.connect(lambda _address: self.update_action())
        self.room.closed.connect(self.update_action)
        self.hide()

    def toggle(self) -> None:
        """Open the room (phones can send post-its) or close it (nothing listens any more)."""
        if self.room.is_open:
            self.room.close()
            return
        try:
            self.room.open()
        except OSError as error:  # RoomOpenError, or the system refused a socket
            QMessageBox.warning(
                self,
                self.tr("The room cannot open"),
                self.tr("Netwerkimpact could not start listening for phones:\n%1").replace(
                    "%1", str(error)
                ),
            )

    def may_quit(self) -> bool:
        """What waits in the queue is kept in the store and comes back at the next start; only
        arrivals the store could not keep (a full disk) are lost by quitting: ask first."""
        waiting = sum(1 for item in self.room.pending if item.id < 0)
        if not waiting:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Post-its are waiting"),
            self.tr(
                "%n post-it(s) from the room could not be kept in the store. They are lost "
                "if you quit now. Quit anyway?",
                "",
                waiting,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def update_action(self) -> None:
        is_open = self.room.is_open
        self.toggle_action.setText(
            self.tr("Close the &room") if is_open else self.tr("Open the &room…")
        )
        self.toggle_action.setEnabled(self.room.workshop.has_network or is_open)

    def retranslate(self) -> None:
        self.panel_action.setText(self.tr("Room &panel"))
        self.setWindowTitle(self.tr("Room"))
        self.panel.retranslate()
        self.update_action()


__all__ = ["RoomDock", "RoomOpenError"]
