"""Presentation mode at a projector: enter and leave like slide software, clicker keys, the
cursor, the high-contrast theme, and nothing cut off at the common projector sizes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMenuBar

from app.canvas.scene import MARGIN, RADIUS
from app.core.wheel_layout import CALM, HIGH_CONTRAST
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.presenting.presentation import PresentationWindow
from app.ui.shell import openers
from app.ui.shell.application import build_window
from app.ui.shell.main_window import MainWindow
from db.store import Store

SIZES = [((1024, 768), 16.0), ((1280, 800), 16.0), ((1920, 1080), 24.0)]


@pytest.fixture
def room(qtbot, qapp, tmp_path: Path) -> Iterator[MainWindow]:
    """A main window on a real store with one network, its core partly filled."""
    store = Store.open(tmp_path / "s.sqlite")
    switcher = LanguageSwitcher(qapp)
    window = build_window(store, Settings.in_file(tmp_path / "settings.ini"), switcher)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.workshop.create_network("Onderwijsnetwerk Holland Rijnland")
    partners = window.model.core.segments[0].key
    for name in ("mboRijnland", "Hogeschool Leiden"):
        window.workshop.core_edits.add_core_entry(partners, name)
    yield window
    presentation = getattr(window, "presentation", None)
    if presentation is not None:
        presentation.close()
    store.close()
    switcher.use("en")  # leave no translator behind for the next test


@pytest.fixture
def shown(qtbot, room: MainWindow) -> PresentationWindow:
    presentation = openers.start_presentation(room)
    qtbot.waitExposed(presentation)
    return presentation


def press(presentation: PresentationWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(presentation.view, key, modifier)


def chain_labels(presentation: PresentationWindow) -> list[str]:
    return [step.label for step in presentation.chain.steps]


def test_f5_and_f11_enter_full_screen_and_esc_leaves(qtbot, room: MainWindow) -> None:
    shortcuts = [sequence.toString() for sequence in room.presentation_action.shortcuts()]
    assert shortcuts == ["F5", "F11"]
    assert room.presentation_action in room.view_menu.actions()
    for key in (Qt.Key.Key_F5, Qt.Key.Key_F11):
        room.activateWindow()
        room.presentation_action.trigger()
        presentation = room.presentation
        assert presentation is not None and presentation.isVisible()
        assert presentation.windowState() & Qt.WindowState.WindowFullScreen
        # only the wheel and the chain: no menus, no panels
        assert not presentation.findChildren(QMenuBar)
        assert not presentation.findChildren(QDockWidget)
        assert presentation.view.scene() is room.scene
        qtbot.waitUntil(lambda p=presentation: QApplication.activeWindow() is p)
        press(presentation, Qt.Key.Key_F5)  # a clicker's "start show" while showing: stays
        assert presentation.isVisible()
        with qtbot.waitSignal(presentation.left):
            press(presentation, Qt.Key.Key_Escape if key == Qt.Key.Key_F5 else Qt.Key.Key_F11)
        assert room.presentation is None
        assert room.isVisible()


def test_the_chain_is_the_focus_line_in_reading_order(shown: PresentationWindow) -> None:
    workshop = shown.workshop
    line = workshop.focus_line()
    model = workshop.model
    expected = [
        "mboRijnland, Hogeschool Leiden",
        *(model.segment(key).label.nl for key in line.segment_keys[:-1]),
        workshop.wording().segment(line.stakeholder_key),
    ]
    assert chain_labels(shown) == expected
    assert shown.chain.heading[0] == "Onderwijsnetwerk Holland Rijnland"
    workshop.set_direction(type(line.direction).OUTSIDE_IN)
    assert chain_labels(shown) == list(reversed(expected))


def test_clicker_keys_pick_rings_and_turn_them(qtbot, shown: PresentationWindow) -> None:
    scene = shown.scene
    rings = shown.model.ring_keys
    press(shown, Qt.Key.Key_Tab)
    assert scene.selected_ring() == rings[0]
    press(shown, Qt.Key.Key_Tab)
    press(shown, Qt.Key.Key_Tab)
    assert scene.selected_ring() == rings[2]
    press(shown, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_ring() == rings[1]
    press(shown, Qt.Key.Key_4)
    assert scene.selected_ring() == rings[3]
    press(shown, Qt.Key.Key_Tab)  # round again
    assert scene.selected_ring() == rings[0]
    press(shown, Qt.Key.Key_2)
    assert scene.selected_ring() == rings[1]

    workshop = shown.workshop
    start = workshop.contents.wheel.arrangement
    before = chain_labels(shown)
    for forward, back in (
        (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp),
        (Qt.Key.Key_Right, Qt.Key.Key_Left),
    ):
        with qtbot.waitSignal(scene.arrangementSettled, timeout=5000):
            press(shown, forward)
        turned = workshop.contents.wheel.arrangement
        assert turned.indices[1] != start.indices[1]
        assert [turned.indices[i] for i in (0, 2, 3)] == [start.indices[i] for i in (0, 2, 3)]
        assert chain_labels(shown)[2] != before[2]  # the chain follows the wheel
        with qtbot.waitSignal(scene.arrangementSettled, timeout=5000):
            press(shown, back)
        assert workshop.contents.wheel.arrangement == start
        assert chain_labels(shown) == before


def test_s_saves_the_line_once(shown: PresentationWindow) -> None:
    workshop = shown.workshop
    press(shown, Qt.Key.Key_S)
    assert len(workshop.contents.lines) == 1
    assert workshop.contents.lines[0].segment_keys == workshop.focus_line().segment_keys
    assert shown.chain.message == "Line saved"
    assert shown.chain.heading[1] == workshop.contents.lines[0].title
    press(shown, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(workshop.contents.lines) == 1
    assert shown.chain.message == "This line is saved already"


def test_h_switches_high_contrast_for_both_views(room: MainWindow, shown: PresentationWindow):
    press(shown, Qt.Key.Key_H)
    assert room.settings.theme == "high_contrast"
    assert room.contrast_action.isChecked()
    assert shown.scene.wheel_palette is HIGH_CONTRAST
    assert shown.chain.palette_ is HIGH_CONTRAST
    press(shown, Qt.Key.Key_H)
    assert room.settings.theme == "calm"
    assert shown.chain.palette_ is CALM


def test_the_cursor_hides_when_still_and_comes_back_on_movement(qtbot, shown) -> None:
    shown.cursor_timer.setInterval(30)
    shown.show_cursor()
    assert not shown.cursor_hidden()
    qtbot.waitUntil(shown.cursor_hidden, timeout=2000)
    viewport = shown.view.viewport()
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(40, 40),
        QPointF(40, 40),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    assert not shown.cursor_hidden()
    assert shown.cursor_timer.isActive()


def test_language_switch_relabels_the_chain(room: MainWindow, shown: PresentationWindow):
    line = shown.workshop.focus_line()
    openers.choose_language(room, "en")
    assert chain_labels(shown)[1] == shown.model.segment(line.segment_keys[0]).label.en
    assert shown.chain.steps[1].caption == shown.model.rings[0].label.en
    openers.choose_language(room, "nl")
    assert chain_labels(shown)[1] == shown.model.segment(line.segment_keys[0]).label.nl


@pytest.mark.parametrize(
    ("size", "floor"), SIZES, ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else str(v)
)
def test_nothing_is_cut_off_at_projector_sizes(qtbot, tmp_path, shown, size, floor) -> None:
    width, height = size
    shown.workshop.set_stakeholder_name(
        shown.workshop.focus_line().stakeholder_key, "Doelgroep: studenten van mboRijnland"
    )
    press(shown, Qt.Key.Key_S)
    shown.setWindowState(Qt.WindowState.WindowNoState)
    shown.resize(width, height)
    qtbot.waitUntil(lambda: shown.size().toTuple() == size)
    view, chain = shown.view, shown.chain
    qtbot.waitUntil(lambda: view.viewport().width() == view.width())
    # the wheel: whole, round, every ring label at least the canvas issue's floor
    assert view.geometry().right() < chain.geometry().left()
    assert shown.rect().contains(view.geometry()) and shown.rect().contains(chain.geometry())
    shown_rect = view.mapFromScene(view.wheel.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown_rect)
    scale = view.scale_factor()
    assert scale == pytest.approx(
        min(view.width(), view.height()) / (2 * (RADIUS + MARGIN)), rel=0.02
    )
    smallest = min(
        view.wheel.label_of(segment.key).fit.size * scale
        for ring in shown.model.rings
        for segment in ring.segments
    )
    assert smallest >= floor
    # the chain: everything inside its panel, in type larger than the wheel's
    layout = chain.chain_layout()
    margin = chain.margin()
    assert layout.fits
    assert layout.widest_line() <= chain.width() - 2 * margin + 0.5
    assert layout.lowest_line() <= chain.height() - 2 * margin
    assert layout.label_size >= smallest
    image = shown.grab().toImage()
    path = tmp_path / f"presentation-{width}x{height}.png"
    assert image.save(str(path))
    print(path)


def answer_next_question(qtbot, *steps: object) -> list[str]:
    """Answer the program's next modal questions in turn, as a person would: a string clicks
    the button with that text, ("title", text) types a title and presses OK. Returns the
    questions' texts."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

    asked: list[str] = []
    pending = list(steps)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not pending:
            if pending:
                QTimer.singleShot(20, answer)
            return
        step = pending.pop(0)
        if isinstance(dialog, QInputDialog):
            asked.append(dialog.labelText() + " " + dialog.textValue())
            assert isinstance(step, tuple)
            dialog.setTextValue(str(step[1]))
            dialog.accept()
        elif isinstance(dialog, QMessageBox):
            asked.append(dialog.text())
            button = next(b for b in dialog.findChildren(QPushButton) if b.text() == step)
            button.click()
        if pending:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    return asked


def test_s_asks_before_saving_a_turned_saved_line_as_new(qtbot, shown: PresentationWindow):
    """Issue 23, item 15: S saved a turned saved line as a new line without asking, and the
    new line got an automatic title."""
    workshop = shown.workshop
    press(shown, Qt.Key.Key_S)
    first = workshop.contents.lines[0]
    press(shown, Qt.Key.Key_2)
    with qtbot.waitSignal(shown.scene.arrangementSettled, timeout=5000):
        press(shown, Qt.Key.Key_Right)
    assert workshop.line_edits.rework_candidate().id == first.id
    asked = answer_next_question(qtbot, "Cancel")
    press(shown, Qt.Key.Key_S)
    assert first.title in asked[0]
    assert len(workshop.contents.lines) == 1  # cancelled: nothing saved
    asked = answer_next_question(qtbot, "Save as a new line", ("title", "Samen vernieuwen"))
    press(shown, Qt.Key.Key_S)
    assert len(asked) == 2
    offered = workshop.wording().default_title(workshop.focus_line())
    assert asked[1].endswith(offered)  # the title is asked for, filled in
    assert len(workshop.contents.lines) == 2
    assert workshop.contents.lines[1].title == "Samen vernieuwen"
    assert workshop.contents.lines[0] == first  # the first line is untouched
    assert shown.chain.message == "Line saved"
