"""Frames while the wheel turns are drawn the fast way and look like the exact ones."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.canvas import WheelScene, WheelView
from tests.canvas.conftest import settle
from tests.canvas.test_turning import drag

MID_TURN = (20.0, -33.0, 47.0, 11.0)  # every ring between detents, one boundary in the beam


def render(scene: WheelScene, width: int, height: int, under: str = "#000000") -> QImage:
    """The scene as the benchmark renders it, on an image first filled with `under`."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(under))
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
    )
    scene.render(painter, QRectF(0, 0, width, height), scene.sceneRect())
    painter.end()
    return image


def largest_difference(first: QImage, second: QImage, block: int) -> int:
    """The largest difference of any colour channel between the two images averaged over
    `block`×`block` pixels: sub-pixel shifts of an edge vanish, a missing or misplaced
    word does not."""
    size = first.size() / block
    shrink = (Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    first, second = first.scaled(size, *shrink), second.scaled(size, *shrink)
    largest = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixel(x, y), second.pixel(x, y)
            largest = max(largest, *(abs((a >> s & 255) - (b >> s & 255)) for s in (0, 8, 16)))
    return largest


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1024, 768)])
def test_labels_drawn_while_turning_look_like_their_exact_outlines(
    qtbot, model, width, height
) -> None:
    scene = WheelScene(model)
    for item, rotation in zip(scene.rings.values(), MID_TURN, strict=True):
        item.setRotation(rotation)
    fast = render(scene, width, height)
    sprites = {item: item._sprites for item in scene.rings.values()}
    for item in scene.rings.values():
        item._sprites = None  # the exact bent outlines, as at rest
    exact = render(scene, width, height)
    for item, made in sprites.items():
        item._sprites = made
    # Text is dark on light: a word missing or out of place differs by far more than this.
    assert largest_difference(fast, exact, block=8) <= 40


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1024, 768), (1366, 768), (777, 555)])
def test_every_pixel_of_the_wheel_and_the_room_around_it_is_painted(
    qtbot, model, width, height
) -> None:
    # The background leaves out the wheel and the fills have hard edges under their rims:
    # whatever was on the screen before must not show through anywhere in between.
    scene = WheelScene(model)
    for turn in (0.0, 1.0):
        for item, rotation in zip(scene.rings.values(), MID_TURN, strict=True):
            item.setRotation(rotation * turn)
        image = render(scene, width, height, under="#ff00ff")
        side = min(width, height)  # the scene's square, top left
        square = image.copy(0, 0, side, side)
        pixels = memoryview(square.constBits()).cast("I").tolist()
        leaks = [
            (index % side, index // side)
            for index, pixel in enumerate(pixels)
            if pixel == 0xFFFF00FF
        ]
        assert not leaks, (turn, leaks[:5])


def test_the_wheel_draws_exact_labels_again_once_it_rests(view, clock) -> None:
    scene = view.wheel
    ring2 = scene.model.ring_keys[1]
    drag(view, clock, ring2, 10, 60, steps=10, step_seconds=0.01)
    assert all(item.turning for item in scene.rings.values())  # every ring, while one moves
    scene.animator.advance(1 / 60)
    assert all(item.turning for item in scene.rings.values())
    settle(scene, clock)
    assert not any(item.turning for item in scene.rings.values())


def test_the_view_prepares_for_turning_while_idle_then_stops(qtbot, model) -> None:
    view = WheelView(model)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    scene = view.wheel
    # From the first frame on the labels are completed; once the size settles, the sprites.
    qtbot.waitUntil(lambda: bool(scene._preparation.scales), timeout=2000)
    assert scene.preparing_turning
    qtbot.waitUntil(lambda: not scene.preparing_turning, timeout=10_000)
    assert (
        not scene._preparation.work._timer.isActive()
    )  # and then no more work: idle costs nothing
    item = scene.rings[scene.model.ring_keys[0]]
    scale = view.scale_factor() * view.devicePixelRatioF()
    assert not scene._sprites.missing(item.all_glyphs(), item.text_colour, scale)


class PaintedRects(QObject):
    """Records the rectangles a widget is asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def test_a_turning_ring_repaints_the_wheel_and_not_the_room_beside_it(qtbot, model) -> None:
    view = WheelView(model)
    qtbot.addWidget(view)
    painted = PaintedRects()
    view.viewport().installEventFilter(painted)
    view.resize(1600, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: bool(painted.rects))  # the first, whole picture
    qtbot.wait(50)
    painted.rects.clear()
    view.wheel.rings[model.ring_keys[-1]].setRotation(45.0)  # its box now reaches √2 as far
    qtbot.waitUntil(lambda: bool(painted.rects))
    wheel = view.mapFromScene(view.wheel.sceneRect()).boundingRect().adjusted(-3, -3, 3, 3)
    assert all(wheel.contains(rect) for rect in painted.rects), (wheel, painted.rects)


def _voluntary_switches() -> int:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("voluntary_ctxt_switches"))
    return int(line.split()[1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts Linux's switches")
@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (3840, 2160)])
def test_turning_frames_wait_for_no_other_thread(qapp, model, width, height) -> None:
    # Qt's raster engine hands large translucent fills and smooth pixmap copies to its thread
    # pool and waits: on a busy machine a frame then sits idle. The wheel's frames use none:
    # drawing into an image, this thread never has to give up the processor.
    scene = WheelScene(model)
    for item in scene.rings.values():
        item.set_turning(True)
    render(scene, width, height)
    while scene.preparing_turning:
        qapp.processEvents()
    before = _voluntary_switches()
    for frame in range(20):
        for number, item in enumerate(scene.rings.values()):
            item.setRotation(frame * (7.0 + 11.0 * number) % 360.0)
        render(scene, width, height)
    assert _voluntary_switches() - before == 0


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (777, 555)])
def test_the_axis_copied_from_its_pixmap_looks_as_drawn(qtbot, model, width, height) -> None:
    scene = WheelScene(model)
    scene.set_network_name("Netwerk Zuid")
    scene.set_core_summary({"core.partners": ["Gemeente", "Bibliotheek"]})
    cached = render(scene, width, height)
    scene.core.pixel_cache = False
    drawn = render(scene, width, height)
    assert largest_difference(cached, drawn, block=1) <= 2


def test_the_axis_copied_from_its_pixmap_follows_the_wheel_moved_by_whole_pixels(
    qtbot, model
) -> None:
    """A view made wider (its height limits the wheel: same scale) moves the wheel sideways
    by whole pixels; the axis is copied where the wheel is now, not where its pixmap was made."""
    scene = WheelScene(model)
    scene.set_network_name("Netwerk Zuid")
    view = WheelView(scene=scene)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    view.viewport().grab()  # the axis's pixmap, made at this place
    view.resize(900, 500)
    moved = view.viewport().grab().toImage()
    scene.core.pixel_cache = False
    drawn = view.viewport().grab().toImage()
    assert largest_difference(moved, drawn, block=1) <= 2
