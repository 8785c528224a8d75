"""The real window on the screens a facilitator meets: a projector mirrored at 1024×768, a
1280×720 laptop (1920×1080 at 150 %), a 1366×768 laptop and a 1920×1080 one, each with a
1024×768 projector beside it for the presenter console (Qt's offscreen platform configured
with the JSON files in `screens/`).

The platform is chosen when the application starts, so each size runs in a child Python; the
checks are on geometry, not pixels: the window lies inside its screen; the wheel is at least
60 % of the window's height at 1024×768 with the room's dock open and keeps its size when the
reader opens or a status message appears; no post-it stack or plausibility mark covers a
label; no control's text is cut. Screenshots of every state go to the parent's tmp dir.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication, QPainterPath
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from app.canvas.core_item import CoreItem
from app.canvas.note_items import badge_text_size, stack_items
from app.canvas.scene import WheelScene
from app.core.wheel_layout import reads_clockwise
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.shell import openers
from app.ui.shell.application import _show, build_window
from app.ui.shell.main_window import MainWindow
from db.store import Store
from tests.ui.test_note_reader import add_sixty_notes

SCREENS = Path(__file__).with_name("screens")
SIZES = ("1024x768", "1280x720", "1366x768", "1920x1080")
CHILD = os.environ.get("NETIMPACT_SCREEN")
SHOTS = Path(os.environ.get("NETIMPACT_SHOTS", "."))
EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "lef-binnenkring.nl.json"


@pytest.mark.parametrize("size", SIZES)
def test_the_window_on_a_screen_of(size: str, tmp_path: Path) -> None:
    if CHILD:
        pytest.skip("this is the child")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={SCREENS / f'laptop-{size}.json'}",
        "NETIMPACT_SCREEN": size,
        "NETIMPACT_SHOTS": str(tmp_path),
    }
    command = [sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider"]
    command += ["-o", "addopts=", f"--basetemp={tmp_path / 'child'}", "-k", "in_the_child"]
    result = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert "1 passed" in result.stdout
    for state in ("start", "no-panel", "room", "reader", "status", "console"):
        assert (tmp_path / f"{size}-{state}.png").stat().st_size > 0


# --- in the child ------------------------------------------------------------------------


@pytest.fixture
def room_window(qtbot, qapp, tmp_path: Path) -> Iterator[MainWindow]:
    """The window as a first start opens it, on a network with a saved line and 60 notes."""
    store = Store.open(tmp_path / "s.sqlite")
    network = store.networks.import_file(EXAMPLE)
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.last_network = network.id
    switcher = LanguageSwitcher(qapp)
    switcher.use("nl")
    window = build_window(store, settings, switcher)
    qtbot.addWidget(window)
    add_sixty_notes(window.workshop)
    _show(window, settings)
    qtbot.waitExposed(window)
    yield window
    if window.presentation is not None:
        window.presentation.close()
    store.close()


def laptop() -> QRect:
    screen = next(s for s in QGuiApplication.screens() if s.name() == "laptop")
    return screen.availableGeometry()


def wheel_diameter(window: MainWindow) -> float:
    return 2 * window.scene.radius * window.view.scale_factor()


def settle(qtbot) -> None:
    qtbot.wait(60)
    QApplication.processEvents()


def cut_controls(top: QWidget) -> list[str]:
    """Controls whose text does not fit: buttons narrower than their text asks, tabs cut or
    scrolled away, one-line labels narrower than their text."""
    cut = []
    for button in top.findChildren(QAbstractButton):
        shown = button.isVisible() and button.text()
        if shown and button.width() < button.sizeHint().width():
            cut.append(f"button {button.text()!r}: {button.width()} < {button.sizeHint()}")
    for bar in top.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            tab = bar.tabRect(index)
            if not bar.rect().contains(tab) or tab.width() < bar.tabSizeHint(index).width():
                cut.append(f"tab {bar.tabText(index)!r}")
    for label in top.findChildren(QLabel):
        one_line = label.isVisible() and label.text() and not label.wordWrap()
        if one_line and label.width() < label.minimumSizeHint().width():
            cut.append(f"label {label.text()!r}")
        wrapped = label.isVisible() and label.text() and label.wordWrap()
        if wrapped and label.height() < label.heightForWidth(label.width()):
            cut.append(f"label {label.text()[:40]!r}: its lines cut off")
    return cut


def overlapping_texts(top: QWidget) -> list[str]:
    """Pairs of shown texts (labels, buttons) that lie over each other."""
    texts = [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton) and w.isVisible() and w.width() > 0
    ]
    boxes = []
    for widget in texts:  # what shows of each: cut by the scroll areas it lies in
        shown = widget.visibleRegion().boundingRect()
        if not shown.isEmpty():
            boxes.append((widget, shown.translated(widget.mapTo(top, QPoint(0, 0)))))
    found = []
    for number, (first, box) in enumerate(boxes):
        for second, other in boxes[number + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            if box.intersects(other):
                found.append(f"{first.objectName() or first.text()!r} / {second.text()!r}")
    return found


def covered_labels(scene: WheelScene, marks_boxes: list[QPainterPath]) -> list[str]:
    """Stacks and plausibility marks that meet a label of the wheel or the axis's texts."""
    found = []
    for stack in stack_items(scene):
        disc = stack.mapToScene(stack.shape())
        parent = stack.parentItem()
        if isinstance(parent, CoreItem):
            for box in parent.text_boxes():
                if disc.intersects(parent.mapRectToScene(box)):
                    found.append(f"stack {stack.segment_key} on the axis's text")
            continue
        for index, label in enumerate(parent.labels):  # type: ignore[union-attr]
            clockwise = parent.label_reads_clockwise(index)  # type: ignore[union-attr]
            if disc.intersects(parent.mapToScene(label.path(clockwise))):
                found.append(f"stack {stack.segment_key} on a label")
    for pill in marks_boxes:
        for ring in scene.rings.values():
            for index, label in enumerate(ring.labels):
                path = ring.mapToScene(label.path(ring.label_reads_clockwise(index)))
                if pill.intersects(path):
                    found.append("a plausibility mark on a label")
    return found


def mark_pills(window: MainWindow) -> list[QPainterPath]:
    marks = window.plausibility_marks
    paths = []
    for key in marks.levels or {}:
        centres = marks.pip_centres(key)
        path = QPainterPath()
        for centre in centres:
            path.addEllipse(centre, 1.7 * 11.0, 1.7 * 11.0)
        paths.append(marks.mapToScene(path))
    return paths


@pytest.mark.skipif(not CHILD, reason="runs on its screen size, in test_the_window_on_a_screen_of")
def test_in_the_child(qtbot, room_window: MainWindow) -> None:
    window = room_window
    size = CHILD or ""
    width, height = (int(part) for part in size.split("x"))
    problems: list[str] = []

    def check(state: str) -> None:
        settle(qtbot)
        assert window.grab().save(str(SHOTS / f"{size}-{state}.png"))
        if not laptop().contains(window.frameGeometry()):
            problems.append(f"{state}: window {window.frameGeometry()} off {laptop()}")
        problems.extend(f"{state}: {cut}" for cut in cut_controls(window))
        problems.extend(f"{state}: {pair}" for pair in overlapping_texts(window))
        problems.extend(
            f"{state}: {clash}" for clash in covered_labels(window.scene, mark_pills(window))
        )

    assert window.plausibility_marks.levels is not None  # the example's line is saved
    assert reads_clockwise(0.0)
    check("start")
    if (width, height) == (1024, 768):  # every stack's count is legible at the back
        scale = window.view.scale_factor()
        for stack in stack_items(window.scene):
            _centre, radius = stack.badge()
            pixels = badge_text_size(radius, len(str(stack.count))) * scale
            assert pixels >= 12, (stack.segment_key, pixels)
    window.dock.hide()
    check("no-panel")
    window.dock.show()
    window.room_dock.show()  # Zaal → the room's panel
    check("room")
    diameter = wheel_diameter(window)
    if (width, height) == (1024, 768):
        assert diameter >= 0.6 * window.height(), (diameter, window.height())
    crowded = window.workshop.model.rings[1].segments[2].key
    window.desk.show_reader(crowded)
    assert window.desk.reader.isVisible()
    check("reader")
    assert wheel_diameter(window) == diameter
    window.statusBar().showMessage("Lijn opgeslagen", 4000)
    check("status")
    assert wheel_diameter(window) == diameter
    window.desk.reader.close_reader()
    window.statusBar().clearMessage()
    window.room_dock.hide()
    settle(qtbot)

    presentation = openers.start_presentation(window)
    qtbot.waitExposed(presentation)
    consoles = [w for w in QApplication.topLevelWidgets() if w.objectName() == "console"]
    console = next(w for w in consoles if w.isVisible())
    qtbot.waitExposed(console)
    settle(qtbot)
    assert console.grab().save(str(SHOTS / f"{size}-console.png"))
    if not laptop().contains(console.frameGeometry()):
        problems.append(f"console {console.frameGeometry()} off {laptop()}")
    problems.extend(f"console: {cut}" for cut in cut_controls(console))
    problems.extend(f"console: {pair}" for pair in overlapping_texts(console))
    presentation.close()
    settle(qtbot)
    check("after")
    assert not problems, "\n".join(problems)
