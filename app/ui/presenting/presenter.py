"""A presentation session: the wheel on the projector, the console on the laptop, and what
happens when a screen is plugged in or pulled out.

The session owns the placement of both windows. It asks `plan_screens` (pure) where they go,
given the connected screens, the screen of the main window and the screen the user chose
(remembered in the settings by name, place and serial: `app.core.screens.ScreenId`). With
one screen the presentation takes it and there is no console, as before. When the projector is
pulled out the presentation ends and the wheel is back in the main window; when a second
screen comes, the wheel moves there and the console opens on the laptop. The console never
stays behind on a screen that is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from app.core.screens import ScreenId, ScreenPlan, plan_screens
from app.ui.control.settings import Settings
from app.ui.presenting.console import ConsoleWindow
from app.ui.presenting.presentation import PresentationWindow


def screen_id(screen: QScreen) -> ScreenId:
    """How a Qt screen is told apart: name, place on the desktop and serial."""
    box = screen.geometry()
    place = (box.x(), box.y(), box.width(), box.height())
    return ScreenId(screen.name(), place, screen.serialNumber())


def connected_screens() -> list[ScreenId]:
    return [screen_id(screen) for screen in QGuiApplication.screens()]


def qt_screen(wanted: ScreenId) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if screen_id(s) == wanted), None)


class PresenterSession(QObject):
    """The presentation window and, with a second screen, the console; `end()` closes both."""

    ended = Signal(str)  # why: "left" (Esc, the window closed) or "unplugged"

    def __init__(
        self, presentation: PresentationWindow, main_window: QWidget, settings: Settings
    ) -> None:
        super().__init__(presentation)
        self.presentation = presentation
        self.main_window = main_window
        self.settings = settings
        self.console: ConsoleWindow | None = None
        self.plan: ScreenPlan | None = None
        self._ending = False
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screen_removed)
        presentation.left.connect(lambda: self.end("left"))

    def _room_queue(self) -> QWidget | None:
        """The room's incoming post-its for the console (the laptop, never the projector)."""
        dock = getattr(self.main_window, "room_dock", None)
        if dock is None:
            return None
        from app.ui.room.queue import RoomQueue

        return RoomQueue(dock.room)  # new post-its get the view state's moment

    # --- placing ----------------------------------------------------------------------------

    def laptop(self) -> ScreenId:
        screen = self.main_window.screen() or QGuiApplication.screens()[0]
        return screen_id(screen)

    def start(self) -> None:
        self.place(connected_screens())

    def place(self, screens: list[ScreenId]) -> None:
        """Put the presentation and the console where the plan for `screens` says."""
        plan = plan_screens(screens, self.laptop(), self.settings.presentation_screen)
        projector = qt_screen(plan.projector)
        if projector is None:  # the screen went while we planned; plan again when told
            return
        self.plan = plan
        self.presentation.start(projector)
        if plan.console is None:
            self._close_console()
            return
        console_screen = qt_screen(plan.console)
        if console_screen is None:
            return
        if self.console is None:
            self.console = ConsoleWindow(self.presentation, self.presentation.workshop)
            self.console.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            # Closing the console ends the show, as closing a slide program's presenter view.
            self.console.closed.connect(self._console_closed)
            self.console.set_queue_widget(self._room_queue())
        console = self.console
        console.show_screens(plan.projector.label(screens), plan.console.label(screens))
        console.setScreen(console_screen)
        console.setGeometry(console_screen.availableGeometry())
        console.showMaximized()
        console.raise_()
        console.activateWindow()
        console.setFocus()

    def _close_console(self) -> None:
        if self.console is not None:
            console, self.console = self.console, None
            console.close()

    def _console_closed(self) -> None:
        if self.console is not None:  # closed by the facilitator, not by the session
            self.console = None
            self.end("left")

    # --- screens coming and going -----------------------------------------------------------

    def _screens_changed(self, *_args: object) -> None:
        if self._ending:
            return
        self.place(connected_screens())

    def _screen_removed(self, screen: QScreen) -> None:
        """A screen is going (Qt tells before it is gone): follow the plan without it."""
        if self._ending:
            return
        remaining = [screen_id(s) for s in QGuiApplication.screens() if s is not screen]
        self.screens_left(screen_id(screen), remaining)

    def screens_left(self, gone: ScreenId, remaining: list[ScreenId]) -> None:
        """`gone` was pulled out; `remaining` are still there. The projector gone: the
        presentation ends and the wheel is back in the main window. The laptop gone: the
        presentation stays and the console moves (or, on one screen, closes)."""
        plan = self.plan
        if plan is None or not remaining:
            return
        if gone == plan.projector and plan.two_screens:
            self.end("unplugged")
            return
        self.place(remaining)

    def end(self, why: str) -> None:
        if self._ending:
            return
        self._ending = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.disconnect(self._screens_changed)
            app.screenRemoved.disconnect(self._screen_removed)
        self._close_console()
        if self.presentation.isVisible():
            self.presentation.close()
        self.ended.emit(why)
