"""The main window on the screen it opens on: never larger than the screen, and the wheel
does not jump when the first status message appears (issue 23, items 3 and 4). The layout
test on real screen sizes is `test_screen_sizes.py`."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication

from app.core.model import default_model
from app.ui.control.settings import Settings
from app.ui.shell.main_window import MainWindow


def test_a_first_start_opens_inside_the_screen(qtbot, tmp_path) -> None:
    window = MainWindow(Settings.in_file(tmp_path / "settings.ini"), default_model())
    qtbot.addWidget(window)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)


def test_a_size_left_on_a_larger_screen_is_fitted_to_this_one(qtbot, tmp_path) -> None:
    settings = Settings.in_file(tmp_path / "settings.ini")
    big = MainWindow(settings, default_model())
    qtbot.addWidget(big)
    big.setGeometry(300, 200, 2400, 1400)  # as left on a 4K monitor
    settings.window_geometry = QByteArray(big.saveGeometry())
    window = MainWindow(settings, default_model())
    qtbot.addWidget(window)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)


def test_the_first_status_message_does_not_move_the_wheel(window: MainWindow, qtbot) -> None:
    window.workshop.create_network("Binnenkring")
    qtbot.wait(50)
    before = (window.view.geometry(), window.view.scale_factor())
    window.statusBar().showMessage("Lijn opgeslagen", 4000)
    qtbot.wait(50)
    assert (window.view.geometry(), window.view.scale_factor()) == before
