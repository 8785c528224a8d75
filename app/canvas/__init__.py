"""The wheel on a QGraphicsScene: items, the frame clock that drives the physics, input."""

from app.canvas.scene import WheelScene
from app.canvas.view import WheelView

__all__ = ["WheelScene", "WheelView"]
