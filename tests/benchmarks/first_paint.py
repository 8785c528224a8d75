"""Run as a script by test_start_bench.py: start a program and exit at its first painted
scene, printing PAINTED. `floor`: a bare PySide6 window with a graphics scene; `program DB`:
the real program (`netimpact --db DB`, its settings pointing at a network) up to the wheel.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView


class FirstPaint(QObject):
    """Exits the process once the first wanted graphics view has been painted."""

    def __init__(self, scene_type: str) -> None:
        super().__init__()
        self.scene_type = scene_type
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            view = watched.parent()
            if isinstance(view, QGraphicsView) and type(view.scene()).__name__ == self.scene_type:
                self.seen = True
                # After this paint event has been handled: the frame is painted.
                QTimer.singleShot(0, _painted)
        return False


def _painted() -> None:
    print("PAINTED", flush=True)
    os._exit(0)


def main() -> None:
    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "floor":
        watcher = FirstPaint("QGraphicsScene")
        app.installEventFilter(watcher)
        scene = QGraphicsScene(-100, -100, 200, 200)
        scene.addEllipse(-80, -80, 160, 160)
        view = QGraphicsView(scene)
        view.resize(1280, 800)
        view.show()
        app.exec()
        return
    watcher = FirstPaint("WheelScene")
    app.installEventFilter(watcher)
    from app.cli import main as netimpact

    sys.exit(netimpact(["--db", sys.argv[2]]))


if __name__ == "__main__":
    main()
