"""Run as a script by test_start_bench.py: start a program, print PAINTED (and the process's
CPU seconds) at its first painted scene; `floor`: a bare PySide6 window with a graphics
scene, which exits there; `program DB`: the real program (`netimpact --db DB`, its settings
pointing at a network), which goes on until its window is furnished (the store open, the
panels made: `build_window` has returned), prints READY and exits.

`usable-floor` and `usable DB` go on to a usable window: once the window is there (the
floor's main window with a scene and a dock painted; the program's window furnished with
its network open), a key press is posted to it, and USABLE is printed when the window has
taken it, after whatever Qt had still to do (showing, laying out, painting) before it; the
program's window is asked once it has painted after being furnished. The program then goes
on until its store has come (`db.arriving`: its layer loaded on a thread once the window has
painted, then opened), prints STORED, and STALL: the longest the window's event loop was
held meanwhile (a timer asked to run every millisecond), and exits.

The program starts through the `netimpact` command's own entry (`app.__main__.main`), which
loads its modules in its order (the store's layer first, Qt after it): nothing is imported
here before the program but the standard library.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import itertools
import os
import sys
import time
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any


def _painted(and_exit: bool) -> None:
    print(f"PAINTED {time.process_time():.4f}", flush=True)
    if and_exit:
        os._exit(0)


def _ready(and_exit: bool = True) -> None:
    print(f"READY {time.process_time():.4f}", flush=True)
    if and_exit:
        os._exit(0)


# A key nothing in the program uses: the one posted to ask whether the window answers.
ASKING_KEY = 0x01000000 + 0x1FF  # beyond Qt's named keys


def _ask_for_an_answer(window: object, then: Callable[[], None] = lambda: os._exit(0)) -> object:
    """Post a key press to `window`; print USABLE once the window has taken it, then `then`
    (exit)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)

    class Answer(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            asked = isinstance(event, QKeyEvent) and event.key() == ASKING_KEY
            if event.type() == QEvent.Type.KeyPress and asked:
                print(f"USABLE {time.process_time():.4f}", flush=True)
                then()
            return False

    answer = Answer()
    window.installEventFilter(answer)
    press = QKeyEvent(QEvent.Type.KeyPress, ASKING_KEY, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.postEvent(window, press)
    return answer


def _until_stored(window: Any) -> object:
    """Print STORED once the window's store is open (it may come after the window), and
    STALL, the longest the event loop was held until then; exit."""
    from PySide6.QtCore import QTimer

    ticks = [time.perf_counter()]
    timer = QTimer()

    def tick() -> None:
        ticks.append(time.perf_counter())
        if getattr(window.workshop.store, "arrived", True) is None:  # a store still to come
            return
        print(f"STORED {time.process_time():.4f}", flush=True)
        print(f"STALL {max(b - a for a, b in itertools.pairwise(ticks)):.4f}", flush=True)
        os._exit(0)

    timer.timeout.connect(tick)
    timer.start(1)
    return timer


def _after_a_paint(window: Any, then: Callable[[], object]) -> object:
    """Run `then` once a widget of `window` has been painted (after that paint)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    found = QApplication.instance()
    assert found is not None
    application: QCoreApplication = found

    class Painted(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.done or event.type() != QEvent.Type.Paint:
                return False
            if isinstance(watched, QWidget) and watched.window() is window:
                self.done = True
                QTimer.singleShot(0, self.then)
            return False

        def then(self) -> None:
            application.removeEventFilter(self)  # no event goes through Python for it after
            then()

    painted = Painted()
    application.installEventFilter(painted)
    return painted


def _watch(scene_type: str, and_exit: bool) -> object:
    """An event filter on the application that reports (and exits, if `and_exit`) once the
    first graphics view showing a scene of `scene_type` has been painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QGraphicsView

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                view = watched.parent()
                if isinstance(view, QGraphicsView) and type(view.scene()).__name__ == scene_type:
                    self.seen = True
                    # After this paint event has been handled: the frame is painted.
                    QTimer.singleShot(0, lambda: _painted(and_exit))
            return False

    watcher = FirstPaint()
    application = QApplication.instance() or QApplication(sys.argv[:1])
    application.installEventFilter(watcher)
    return watcher


class _WatchTheProgram(importlib.abc.MetaPathFinder):
    """Puts the watcher on the program's application as the program makes it, and notes
    when its window is furnished: wraps `application()` and `build_window()` once their
    module has loaded, wherever in the program's start that is."""

    MODULE = "app.ui.shell.application"

    def __init__(self, usable: bool = False) -> None:
        self.watcher: object = None
        self.usable = usable
        self.answer: object = None

    def find_spec(self, name: str, path: object, target: object = None) -> ModuleSpec | None:
        if name != self.MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        load = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            make, build = module.application, module.build_window

            def application() -> object:
                made = make()
                if self.watcher is None:
                    self.watcher = _watch("WheelScene", and_exit=False)
                return made

            def build_window(*arguments: object, **keywords: object) -> object:
                window = build(*arguments, **keywords)
                if self.usable:  # shown and its event loop running next: ask it once painted
                    _ready(and_exit=False)
                    kept: list[object] = []

                    def ask() -> None:
                        kept.append(_ask_for_an_answer(window, lambda: kept.append(stored())))

                    def stored() -> object:
                        return _until_stored(window)

                    self.answer = (_after_a_paint(window, ask), kept)
                else:
                    QTimer.singleShot(0, _ready)
                return window

            from PySide6.QtCore import QTimer

            module.application = application
            module.build_window = build_window

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _usable_floor() -> None:
    """A bare main window with a graphics scene in the middle and a dock beside it; once its
    scene is painted, it is asked for an answer."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import (
        QApplication,
        QDockWidget,
        QGraphicsScene,
        QGraphicsView,
        QLabel,
        QMainWindow,
    )

    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    scene = QGraphicsScene(-100, -100, 200, 200)
    scene.addEllipse(-80, -80, 160, 160)
    view = QGraphicsView(scene)
    window.setCentralWidget(view)
    dock = QDockWidget("Dock", window)
    dock.setWidget(QLabel("A panel"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1280, 800)
    asked: list[object] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not asked:
                _painted(and_exit=False)
                asked.append(_ask_for_an_answer(window))
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)
    window.show()
    application.exec()


def main() -> None:
    if sys.argv[1] == "usable-floor":
        _usable_floor()
        return
    if sys.argv[1] in ("program", "usable"):
        finder = _WatchTheProgram(usable=sys.argv[1] == "usable")
        sys.meta_path.insert(0, finder)
        from app.__main__ import main as netimpact

        sys.exit(netimpact(["--db", sys.argv[2]]))
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

    watcher = _watch("QGraphicsScene", and_exit=True)
    scene = QGraphicsScene(-100, -100, 200, 200)
    scene.addEllipse(-80, -80, 160, 160)
    view = QGraphicsView(scene)
    view.resize(1280, 800)
    view.show()
    QApplication.instance().exec()
    del watcher


if __name__ == "__main__":
    main()
