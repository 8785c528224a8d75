"""A small bar chart of one quantitative indicator over the moments of the learning path."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class TrendChart(QWidget):
    """One bar per moment (A, B, C …); a moment without a number shows an empty slot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[str, float | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(64)

    def set_points(self, points: Sequence[tuple[str, float | None]]) -> None:
        self._points = list(points)
        self.setToolTip(
            "\n".join(
                f"{label}: {'–' if value is None else f'{value:g}'}" for label, value in points
            )
        )
        self.update()

    def points(self) -> list[tuple[str, float | None]]:
        return list(self._points)

    def sizeHint(self) -> QSize:
        return QSize(220, 72)

    def paintEvent(self, event: object) -> None:
        if not self._points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        bar_colour = QColor("#2f7f8f")
        metrics = painter.fontMetrics()
        label_height = metrics.height()
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4 - label_height)
        values = [value for _, value in self._points if value is not None]
        low = min(0.0, *values) if values else 0.0
        high = max(0.0, *values) if values else 1.0
        span = (high - low) or 1.0
        slot = area.width() / len(self._points)
        zero_y = area.bottom() - (0 - low) / span * area.height()
        for index, (label, value) in enumerate(self._points):
            left = area.left() + index * slot + slot * 0.18
            width = slot * 0.64
            if value is None:
                painter.setPen(
                    QColor(text_colour.red(), text_colour.green(), text_colour.blue(), 90)
                )
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(left, area.bottom() - 4, width, 4))
            else:
                top = area.bottom() - (value - low) / span * area.height()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bar_colour)
                painter.drawRect(QRectF(left, min(top, zero_y), width, max(abs(zero_y - top), 1.5)))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(area.left() + index * slot, area.bottom() + 2, slot, label_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        painter.end()
