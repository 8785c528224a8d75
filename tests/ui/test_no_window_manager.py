"""Presentation mode on a real X server with no window manager (Xvfb): the wheel fills the
screen. Before the presenter view, `showFullScreen()` alone asked a window manager that was not
there, and the window opened at 200×200.

The X platform is chosen when the application starts, so the test runs in a child Python on a
fresh Xvfb display; it is skipped where Xvfb is missing (.ci/run installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.shell import openers
from app.ui.shell.application import build_window
from db.store import Store

CHILD = os.environ.get("NETIMPACT_XVFB") == "1"
SIZE = (1280, 800)


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A fresh X display with no window manager; its name (":N")."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it: apt-get install xvfb)")
    width, height = SIZE
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    number = server.stdout.readline().strip()
    if not number.isdigit():
        server.kill()
        pytest.skip("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_the_presentation_fills_a_screen_without_a_window_manager(
    xvfb: str, tmp_path: Path
) -> None:
    if CHILD:
        pytest.skip("this is the child")
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "NETIMPACT_XVFB": "1"}
    env["NETIMPACT_SHOTS"] = str(tmp_path)
    command = [sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider"]
    command += ["-o", "addopts=", f"--basetemp={tmp_path / 'child'}", "-k", "on_x"]
    result = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[2],
    )
    if "could not connect to display" in result.stderr + result.stdout:
        pytest.skip("Qt's X platform could not start on Xvfb (xcb libraries missing)")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
    assert (tmp_path / "xvfb-presentation.png").stat().st_size > 0


@pytest.mark.skipif(not CHILD, reason="runs on Xvfb, in the test above")
def test_presenting_on_x(qtbot, qapp, tmp_path: Path) -> None:
    assert QGuiApplication.platformName() == "xcb"
    store = Store.open(tmp_path / "s.sqlite")
    window = build_window(store, Settings.in_file(tmp_path / "s.ini"), LanguageSwitcher(qapp))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.workshop.create_network("LEF")
    presentation = openers.start_presentation(window)
    qtbot.waitExposed(presentation)
    screen = QGuiApplication.primaryScreen().geometry()
    assert (screen.width(), screen.height()) == SIZE
    qtbot.waitUntil(lambda: presentation.frameGeometry() == screen, timeout=5000)
    assert presentation.windowHandle().geometry() == screen
    qtbot.wait(300)  # let the X server paint
    shot = QGuiApplication.primaryScreen().grabWindow(0).toImage()
    shot.save(str(Path(os.environ["NETIMPACT_SHOTS"]) / "xvfb-presentation.png"))
    # the real X pixels: the wheel's deep core at the wheel's centre, the chain at the right
    centre = presentation.view.mapTo(presentation, presentation.view.rect().center())
    centre.setY(centre.y() + 40)
    assert shot.pixelColor(centre).name() == presentation.scene.wheel_palette.core.fill
    presentation.close()
    store.close()
