"""A real wheel, offscreen, on a clock the test moves by hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from app.canvas import WheelScene, WheelView
from app.canvas.shapes import point_at
from app.core.model import Model, default_model, parse_model
from tests.model_factory import model_data


class FakeClock:
    """Monotonic seconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def model() -> Model:
    try:
        return default_model()
    except Exception:  # the model file is being written: a generated one has the same shape
        return parse_model(model_data())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def view(qtbot, model: Model, clock: FakeClock) -> WheelView:
    view = WheelView(model)
    view.wheel.clock = clock
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def settle(scene: WheelScene, clock: FakeClock, frame: float = 1 / 60) -> int:
    """Run the animator frame by frame on the fake clock until every ring rests."""
    for frames in range(1, 2000):
        clock.tick(frame)
        if not scene.animator.advance(frame):
            return frames
    raise AssertionError("the wheel did not come to rest")


def on_screen(view: WheelView, radius: float, angle: float) -> QPoint:
    """The viewport pixel at a radius (scene units) and angle (degrees) of the wheel."""
    return view.mapFromScene(point_at(radius, angle))


def ring_middle(scene: WheelScene, ring_key: str) -> float:
    item = scene.rings[ring_key]
    return (item.inner + item.outer) / 2
