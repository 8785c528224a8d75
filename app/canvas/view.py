"""The widget that shows the wheel: always whole, always round, crisp at any size.

It also turns touch points into pointers for the scene (one finger per ring) and keeps Tab
inside the wheel while it steps through the rings.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from app.canvas import accessible
from app.canvas.scene import WheelScene
from app.core.model import Language, Model
from app.core.wheel_layout import CALM, Palette

SIZE_SETTLE_MS = 250
FOCUS_RING_WIDTH = 3.0  # device pixels
FOCUS_RING_GAP = 40.0  # scene units outside the rim, inside the sightline margin


class WheelView(QGraphicsView):
    """Shows a `WheelScene`; build it from a model, or hand it a scene of your own."""

    def __init__(
        self,
        model: Model | None = None,
        language: Language = "nl",
        palette: Palette = CALM,
        parent: QWidget | None = None,
        scene: WheelScene | None = None,
    ) -> None:
        super().__init__(parent)
        if scene is None:
            if model is None:
                raise ValueError("a WheelView needs a model or a scene")
            scene = WheelScene(model, language, palette, parent=self)
        self.wheel = scene
        self.setScene(scene)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No background cache: the scene paints only the room around the wheel (the rings
        # cover the rest), a small fill, where copying a cached window-sized pixmap each
        # frame would cost more than the whole background fill does.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        # The view repaints what the scene reports changed, cut to the wheel's square: a
        # turned ring's bounding box (a square turned by 45°) reaches √2 as far as anything
        # it draws, and the room it would repaint for nothing costs a millisecond at 4K.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
        scene.changed.connect(self._scene_changed)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setMinimumSize(200, 200)
        # Once the size has settled, the scene makes the images it draws labels from while
        # the wheel turns, at this size (not on every step of a window being dragged larger).
        self._size_settled = QTimer(self)
        self._size_settled.setSingleShot(True)
        self._size_settled.setInterval(SIZE_SETTLE_MS)
        self._size_settled.timeout.connect(self._prepare_turning)
        self.focus_shown = False  # see focusInEvent
        accessible.install()
        self.announcer = accessible.Announcer(self)
        self.fit()

    def fit(self) -> None:
        """Scale the whole wheel into the window, round and centred."""
        rect: QRectF = self.wheel.sceneRect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.centerOn(0, 0)
        self.viewport().update()  # scrolling alone repaints nothing without update modes
        if self.isVisible():
            self._size_settled.start()

    def _scene_changed(self, regions: list[QRectF]) -> None:
        wheel = self.wheel.sceneRect()
        changed = QRectF()
        for region in regions:
            changed |= region & wheel
        if not changed.isEmpty():
            # A pixel more all round for antialiased edges, as the view's own updates do.
            shown = self.mapFromScene(changed).boundingRect().adjusted(-2, -2, 2, 2)
            self.viewport().update(shown)

    def _prepare_turning(self) -> None:
        self.wheel.prepare_turning(self.scale_factor() * self.devicePixelRatioF())

    def scale_factor(self) -> float:
        """Device-independent pixels per scene unit."""
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    # The focus ring shows the keyboard's focus, as browsers' :focus-visible does: when the
    # focus came by Tab or a shortcut, or a key was pressed since; not when the program or a
    # click put the focus on the wheel (the first look and a click stay as they were).
    _KEYBOARD_REASONS = (
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.show_focus(event.reason() in self._KEYBOARD_REASONS)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.show_focus(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.show_focus(True)
        super().keyPressEvent(event)

    def show_focus(self, shown: bool) -> None:
        if shown != self.focus_shown:
            self.focus_shown = shown
            self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """While the wheel has the keyboard focus, a ring around it in the margin shows it
        (WCAG 2.4.7), 3 px in the axis's colour: 3:1 and more on both schemes' backgrounds."""
        if not (self.focus_shown and self.hasFocus()):
            return
        pen = QPen(QColor(self.wheel.wheel_palette.core.fill), FOCUS_RING_WIDTH)
        pen.setCosmetic(True)
        painter.save()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = self.wheel.radius + FOCUS_RING_GAP
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        painter.restore()

    def leaveEvent(self, event: QEvent) -> None:
        self.wheel.input.clear_hover()
        super().leaveEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.wheel.keys.step_selection(forward=next):
            return True
        return super().focusNextPrevChild(next)

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            self._db.touch(event)  # type: ignore[arg-type]  # touch event types: a QTouchEvent
            return True
        if kind == QEvent.Type.TouchCancel:
            self.wheel.turning.cancel_all()
            event.accept()
            return True
        return super().viewportEvent(event)

    def _touch(self, event: QTouchEvent) -> None:
        """Each finger is a pointer of its own; a tap on a segment selects it."""
        to_scene = self.viewportTransform().inverted()[0]
        for point in event.points():
            position = to_scene.map(point.position())
            state = point.state()
            if state == QEventPoint.State.Pressed:
                self.wheel.turning.press(point.id(), position)
            elif state == QEventPoint.State.Updated:
                self.wheel.turning.move(point.id(), position)
            elif state == QEventPoint.State.Released and self.wheel.turning.release(
                point.id(), position
            ):
                self.wheel.segment_tapped(position)
        event.accept()
