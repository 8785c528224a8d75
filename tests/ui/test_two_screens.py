"""The presenter view on a laptop with a projector: Qt's offscreen platform configured with two
screens (a 1920×1080 laptop, a 1024×768 projector beside it, see offscreen-two-screens.json).

The platform is chosen when the application starts, and `make test` starts it with one screen,
so `test_two_screens_in_a_child_process` runs the tests below in a child Python with the
two-screen configuration; there they run, here they are skipped. The projector is pulled out
through `QWindowSystemInterface::handleScreenRemoved`, the call Qt's platform plugins make when
a monitor goes, in a child of its own that ends right after that test (`EndAfterUnplug`).
The children leave with `os._exit`, past Qt's shutdown. Screenshots of both screens go to
the parent's tmp dir.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.presenting.presentation import PresentationWindow
from app.ui.presenting.projector_pages import Show
from app.ui.shell import openers
from app.ui.shell.application import build_window
from app.ui.shell.main_window import MainWindow
from db.store import Store

CONFIG = Path(__file__).with_name("offscreen-two-screens.json")
CHILD = os.environ.get("NETIMPACT_TWO_SCREENS") == "1"
SHOTS = Path(os.environ.get("NETIMPACT_SHOTS", "."))
LAPTOP = QRect(0, 0, 1920, 1080)
PROJECTOR = QRect(1920, 0, 1024, 768)
two_screens = pytest.mark.skipif(
    not CHILD, reason="runs on two screens, in test_two_screens_in_a_child_process"
)
RUNNER = (
    "import os, sys, pytest\n"
    "from tests.ui.test_two_screens import EndAfterUnplug\n"
    "code = pytest.main(sys.argv[1:], plugins=[EndAfterUnplug()])\n"
    "sys.stdout.flush(); sys.stderr.flush()\n"
    "os._exit(int(code))\n"
)
UNPLUGS = (
    "test_pulling_out_the_projector_brings_the_wheel_back",
    "test_pulling_out_the_laptop_keeps_the_wheel_on_the_projector",
)


class EndAfterUnplug:
    """Ends the child right after an unplug test has run (0: passed, 1: failed).

    After `handleScreenRemoved` the offscreen plugin still lists the removed screen as a
    sibling of the laptop's, so hiding or making any window afterwards reads freed memory (a
    real plugin updates its list first). The test's own reaction runs inside the removal, while
    that is still safe; the fixture's teardown would not be.
    """

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]):
        outcome = yield
        report = outcome.get_result()
        if item.name in UNPLUGS and call.when == "call":
            print(f"\n{item.name}: {report.outcome}\n{report.longreprtext}", flush=True)
            os._exit(0 if report.passed else 1)


def run_child(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run pytest on this file in a child Python whose Qt has the two screens."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={CONFIG}",
        "NETIMPACT_TWO_SCREENS": "1",
        "NETIMPACT_SHOTS": str(tmp_path),
    }
    command = [sys.executable, "-c", RUNNER, __file__, "-q", "-p", "no:cacheprovider"]
    command += ["-o", "addopts=", f"--basetemp={tmp_path / 'child'}", *arguments]
    return subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).parents[2],
    )


@pytest.mark.slow
def test_two_screens_in_a_child_process(tmp_path: Path) -> None:
    if CHILD:
        pytest.skip("this is the child")
    junit = tmp_path / "child.xml"
    result = run_child(
        tmp_path, f"--junitxml={junit}", "-k", " and ".join(f"not {name}" for name in UNPLUGS)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    suite = ElementTree.parse(junit).getroot().find("testsuite")
    assert suite is not None
    ran = int(suite.get("tests", "0")) - int(suite.get("skipped", "0"))
    assert ran == 3 and suite.get("failures") == "0" and suite.get("errors") == "0"
    for name in ("laptop.png", "projector.png", "projector-blank.png", "projector-check.png"):
        assert (tmp_path / name).stat().st_size > 0


@pytest.mark.slow
@pytest.mark.parametrize("name", UNPLUGS)
def test_unplugging_in_a_child_process(tmp_path: Path, name: str) -> None:
    if CHILD:
        pytest.skip("this is the child")
    result = run_child(tmp_path, "-k", name)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{name}: passed" in result.stdout
    assert (tmp_path / f"{name}.png").stat().st_size > 0


# --- in the child ------------------------------------------------------------------------------


def screen(name: str) -> QScreen:
    found = next((s for s in QGuiApplication.screens() if s.name() == name), None)
    assert found is not None, f"no screen {name}"
    return found


def shoot(window: QWidget, name: str) -> QImage:
    """What `window` shows, saved as SHOTS/name: the whole screen it fills."""
    image = window.grab().toImage()
    assert image.save(str(SHOTS / name))
    return image


def pull_out(name: str) -> None:
    """Unplug the screen `name`, as a platform plugin reports a monitor that went."""
    import PySide6

    gui = ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"))
    handle = gui._ZNK7QScreen6handleEv
    handle.restype, handle.argtypes = ctypes.c_void_p, [ctypes.c_void_p]
    remove = gui._ZN22QWindowSystemInterface19handleScreenRemovedEP15QPlatformScreen
    remove.restype, remove.argtypes = None, [ctypes.c_void_p]
    remove(handle(shiboken6.getCppPointer(screen(name))[0]))


@pytest.fixture
def room(qtbot, qapp, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the laptop, with a network of two saved lines."""
    store = Store.open(tmp_path / "s.sqlite")
    switcher = LanguageSwitcher(qapp)
    window = build_window(store, Settings.in_file(tmp_path / "settings.ini"), switcher)
    qtbot.addWidget(window)
    window.setGeometry(100, 100, 1400, 860)
    window.show()
    qtbot.waitExposed(window)
    workshop = window.workshop
    workshop.create_network("Onderwijsnetwerk Holland Rijnland")
    workshop.core_edits.add_core_entry(window.model.core.segments[0].key, "mboRijnland")
    first_ring = window.model.rings[0].key
    workshop.set_story(first_ring, "Twaalf scholen kwamen naar de netwerkdag")
    workshop.rename_line(workshop.save_line(), "Ontmoeten loont")
    window.scene.select_ring(window.model.ring_keys[1])
    with qtbot.waitSignal(window.scene.arrangementSettled, timeout=5000):
        window.scene.turn_selected(1)
    workshop.rename_line(workshop.save_line(), "Samen vernieuwen")
    window.scene.select_ring(None)
    yield window
    if window.presentation is not None:
        window.presentation.close()
    store.close()
    switcher.use("en")


def present(qtbot, window: MainWindow) -> PresentationWindow:
    presentation = openers.start_presentation(window)
    qtbot.waitExposed(presentation)
    qtbot.waitUntil(lambda: presentation.geometry() == PROJECTOR)
    return presentation


def shown_line(workshop) -> int | None:
    saved = workshop.saved_focus_line()
    return saved.id if saved is not None else None


def console_of(presentation: PresentationWindow) -> QWidget:
    consoles = [w for w in QApplication.topLevelWidgets() if w.objectName() == "console"]
    visible = [w for w in consoles if w.isVisible()]
    assert len(visible) == 1
    return visible[0]


@two_screens
def test_the_wheel_fills_the_projector_and_the_console_stays_on_the_laptop(
    qtbot, room: MainWindow
) -> None:
    assert screen("laptop").geometry() == LAPTOP
    assert screen("projector").geometry() == PROJECTOR
    presentation = present(qtbot, room)
    assert presentation.isFullScreen()
    assert presentation.screen().name() == "projector"
    assert presentation.windowHandle().geometry() == PROJECTOR  # exactly the projector
    console = console_of(presentation)
    qtbot.waitExposed(console)
    assert console.screen().name() == "laptop"
    assert LAPTOP.contains(console.frameGeometry())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    projector = shoot(presentation, "projector.png")
    assert projector.size() == PROJECTOR.size()
    laptop = shoot(console, "laptop.png")
    assert laptop.width() > 1000
    # the wheel is drawn on the projector: the core's deep colour lies at the wheel's centre
    centre = presentation.view.mapTo(presentation, presentation.view.rect().center())
    centre.setY(centre.y() + 60)  # below the beam that runs from the top into the core
    assert projector.pixelColor(centre).name() == presentation.scene.wheel_palette.core.fill
    # the console shows the active line with its guiding questions, and the saved lines
    assert room.workshop.saved_focus_line().title == console.heading.text()
    assert "•" in console.steps.text()
    assert console.previous_button.isEnabled()
    assert "“projector”" in console.screens.text() and "“laptop”" in console.screens.text()
    with qtbot.waitSignal(presentation.left):  # closing the console ends the show
        console.close()
    assert room.presentation is None


@two_screens
def test_a_chosen_screen_is_remembered_by_name(qtbot, room: MainWindow) -> None:
    room.view_menu.show()
    room.screen_menu.aboutToShow.emit()
    texts = [action.text() for action in room.screen_menu.actions()]
    assert any("projector" in text for text in texts) and any("laptop" in text for text in texts)
    laptop_action = next(a for a in room.screen_menu.actions() if "laptop" in a.text())
    laptop_action.trigger()
    assert room.settings.presentation_screen.split("\x1f")[0] == "laptop"  # name, serial, place
    presentation = openers.start_presentation(room)
    qtbot.waitUntil(lambda: presentation.geometry() == LAPTOP)
    assert presentation.screen().name() == "laptop"
    assert console_of(presentation).screen().name() == "projector"
    # chosen while presenting: the wheel moves at once
    room.screen_menu.aboutToShow.emit()
    next(a for a in room.screen_menu.actions() if "projector" in a.text()).trigger()
    assert room.settings.presentation_screen.split("\x1f")[0] == "projector"
    qtbot.waitUntil(lambda: presentation.geometry() == PROJECTOR)
    assert presentation.isFullScreen() and presentation.screen().name() == "projector"
    assert console_of(presentation).screen().name() == "laptop"
    presentation.close()
    room.settings.presentation_screen = None


@two_screens
def test_clicker_keys_on_the_console_act_on_the_projector(qtbot, room: MainWindow) -> None:
    presentation = present(qtbot, room)
    console = console_of(presentation)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    scene, workshop = presentation.scene, room.workshop
    QTest.keyClick(console, Qt.Key.Key_Tab)
    QTest.keyClick(console, Qt.Key.Key_Tab)
    assert scene.selected_ring() == room.model.ring_keys[1]
    start = workshop.contents.wheel.arrangement
    with qtbot.waitSignal(scene.arrangementSettled, timeout=5000):
        QTest.keyClick(console, Qt.Key.Key_PageDown)
    assert workshop.contents.wheel.arrangement != start
    assert QApplication.activeWindow() is console  # the focus stayed on the laptop
    QTest.keyClick(console, Qt.Key.Key_Period)
    assert presentation.show_mode == Show.BLANK
    assert console.show_buttons[Show.BLANK].isChecked()
    blank = shoot(presentation, "projector-blank.png")
    assert {blank.pixelColor(x, y).name() for x in (0, 500, 1023) for y in (0, 400, 767)} == {
        "#000000"
    }
    QTest.keyClick(console, Qt.Key.Key_B)
    assert presentation.show_mode == Show.WHEEL_AND_CHAIN
    QTest.keyClick(console, Qt.Key.Key_T)  # the test page, at the projector's size
    assert presentation.check_page.isVisible()
    shoot(presentation, "projector-check.png")
    QTest.keyClick(console, Qt.Key.Key_T)
    assert presentation.show_mode == Show.WHEEL_AND_CHAIN
    # the console's button turns the projector's wheel to the previous saved line
    # (from a line that is not saved: the last saved line; then the one before it)
    first, last = workshop.contents.lines[0], workshop.contents.lines[-1]
    for line in (last, first):
        console.previous_button.click()
        qtbot.waitUntil(lambda line=line: shown_line(workshop) == line.id, timeout=5000)
        assert presentation.chain.heading[1] == line.title
        assert console.heading.text() == line.title
    assert "“Twaalf scholen kwamen naar de netwerkdag”" in console.steps.text()  # its story
    assert not console.previous_button.isEnabled()
    QTest.keyClick(console, Qt.Key.Key_N)  # a clicker's next-line key
    qtbot.waitUntil(lambda: shown_line(workshop) == last.id, timeout=5000)
    with qtbot.waitSignal(presentation.left):
        QTest.keyClick(console, Qt.Key.Key_Escape)
    assert not console.isVisible()


@two_screens
def test_pulling_out_the_projector_brings_the_wheel_back(qtbot, room: MainWindow) -> None:
    """Run alone: the child ends after it (see `EndAfterUnplug`). One screen from the start
    is tested in test_presentation.py."""
    presentation = present(qtbot, room)
    console = console_of(presentation)
    with qtbot.waitSignal(presentation.left):
        pull_out("projector")
    assert [s.name() for s in QGuiApplication.screens()] == ["laptop"]
    assert room.presentation is None
    assert not console.isVisible()
    assert room.isVisible() and room.centre.currentWidget() is room.desk
    assert room.view.isVisibleTo(room)  # the wheel is back on the laptop's window
    assert room.view.scene() is room.scene
    assert "projector" in room.statusBar().currentMessage()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room)
    shoot(room, "test_pulling_out_the_projector_brings_the_wheel_back.png")


@two_screens
def test_pulling_out_the_laptop_keeps_the_wheel_on_the_projector(qtbot, room: MainWindow) -> None:
    """The lid closed or the laptop's screen gone: the show goes on, on the one screen left;
    no console is left behind on a screen that is gone."""
    presentation = present(qtbot, room)
    console = console_of(presentation)
    pull_out("laptop")
    assert [s.name() for s in QGuiApplication.screens()] == ["projector"]
    assert room.presentation is presentation and presentation.isVisible()
    assert presentation.isFullScreen() and presentation.geometry() == PROJECTOR
    assert presentation.screen().name() == "projector"
    assert not console.isVisible()
    shoot(presentation, "test_pulling_out_the_laptop_keeps_the_wheel_on_the_projector.png")
