"""The wheel on a QGraphicsScene: items, the frame clock that drives the physics, input."""

from app.canvas import qt_compat  # noqa: F401  (first: keeps PySide6 6.12 alive on 3.11)
from app.canvas.scene import WheelScene
from app.canvas.view import WheelView

__all__ = ["WheelScene", "WheelView"]
