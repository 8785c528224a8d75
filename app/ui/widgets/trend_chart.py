"""An indicator's trend on screen, painted from `app.core.trend.layout`: the same geometry the
report draws on paper, so screen and paper tell the same story (axis with values, targets,
gaps where a moment was not measured, bars of story counts for qualitative indicators)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.trend import GroupSeries, TrendGeometry, TrendPoint, format_value, layout

LINE = QColor("#2f7f8f")
TARGET = QColor("#9a5b00")


class TrendChart(QWidget):
    """One slot per moment (A, B, C …); `bars` for counts of stories."""

    def __init__(self, bars: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = bars
        self._points: tuple[TrendPoint, ...] = ()
        self._groups: tuple[GroupSeries, ...] = ()
        self._baseline: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(110)

    def set_points(
        self,
        points: Sequence[TrendPoint],
        groups: Sequence[GroupSeries] = (),
        baseline: float | None = None,
    ) -> None:
        """The whole per moment; with groups one dashed, named line each; the baseline as a
        dotted line across."""
        self._points = tuple(points)
        self._groups = tuple(groups)
        self._baseline = baseline
        if self._groups:
            self.setMinimumHeight(150)
        self.setToolTip(
            "\n".join(
                f"{p.label}: {'–' if p.value is None else self._number(p.value)}"
                + (f"  (▸ {self._number(p.target)})" if p.target is not None else "")
                for p in self._points
            )
        )
        self.update()

    def points(self) -> tuple[TrendPoint, ...]:
        return self._points

    def sizeHint(self) -> QSize:
        return QSize(240, 120)

    def geometry_now(self) -> TrendGeometry:
        metrics = self.fontMetrics()
        return layout(
            self._points,
            float(self.width()),
            float(self.height()),
            axis_width=float(metrics.horizontalAdvance("0000,0") + 6),
            label_height=float(metrics.height() + 2),
            bars=self.bars,
            groups=self._groups,
            baseline=self._baseline,
        )

    def _number(self, value: float) -> str:
        return format_value(value, QLocale().decimalPoint() == ",")

    def paintEvent(self, event: object) -> None:
        if not self._points:
            return
        geometry = self.geometry_now()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlpha(50)
        muted = QColor(text)
        muted.setAlpha(150)
        metrics = painter.fontMetrics()
        for tick in geometry.ticks:
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(geometry.left, tick.y), QPointF(geometry.right, tick.y))
            painter.setPen(text)
            label = self._number(tick.value)
            painter.drawText(
                QRectF(0, tick.y - metrics.height() / 2, geometry.left - 4, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        painter.setPen(QPen(text, 1.2))
        painter.drawLine(
            QPointF(geometry.left, geometry.top), QPointF(geometry.left, geometry.bottom)
        )
        painter.drawLine(
            QPointF(geometry.left, geometry.zero_y), QPointF(geometry.right, geometry.zero_y)
        )
        half = geometry.slot_width * 0.28
        for slot in geometry.slots:
            painter.setPen(text)
            painter.drawText(
                QRectF(
                    slot.x - geometry.slot_width / 2,
                    geometry.bottom,
                    geometry.slot_width,
                    geometry.height - geometry.bottom,
                ),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                slot.label,
            )
            if slot.target_y is not None:
                painter.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
                painter.drawLine(
                    QPointF(slot.x - half, slot.target_y), QPointF(slot.x + half, slot.target_y)
                )
                painter.setPen(TARGET)
                painter.drawText(
                    QPointF(slot.x + half + 2, slot.target_y + metrics.ascent() / 2 - 1),
                    f"▸{self._number(slot.target or 0.0)}",
                )
            if slot.y is None:
                painter.setPen(muted)
                painter.drawText(
                    QRectF(
                        slot.x - 10, geometry.zero_y - metrics.height() - 2, 20, metrics.height()
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    "–",
                )
                continue
            if geometry.bars:
                top, bottom = min(slot.y, geometry.zero_y), max(slot.y, geometry.zero_y)
                painter.fillRect(QRectF(slot.x - half, top, 2 * half, max(bottom - top, 1.0)), LINE)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(LINE)
                painter.drawEllipse(QPointF(slot.x, slot.y), 3.5, 3.5)
            painter.setPen(text)
            painter.drawText(
                QRectF(slot.x - 40, slot.y - metrics.height() - 4, 80, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                self._number(slot.value or 0.0),
            )
        painter.setPen(QPen(LINE, 2))
        for run in geometry.segments:
            for (x1, y1), (x2, y2) in itertools.pairwise(run):
                painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        self._paint_groups(painter, geometry, text, muted)
        painter.end()

    def _paint_groups(
        self, painter: QPainter, geometry: TrendGeometry, ink: QColor, muted: QColor
    ) -> None:
        """The baseline dotted; each group a dashed line in ink with its name (shape and
        name, not colour, tell the groups apart)."""
        metrics = painter.fontMetrics()
        if geometry.baseline_y is not None:
            painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
            y = geometry.baseline_y
            painter.drawLine(QPointF(geometry.left, y), QPointF(geometry.right, y))
        for group in geometry.groups:
            pen = QPen(ink, 1.2)
            pen.setDashPattern([max(part, 0.5) * 2 for part in group.dash])
            painter.setPen(pen)
            for run in group.segments:
                for (x1, y1), (x2, y2) in itertools.pairwise(run):
                    painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            for x, y in group.points:
                painter.drawRect(QRectF(x - 2, y - 2, 4, 4))
            if group.label_at is not None:
                painter.setPen(ink)
                x, y = group.label_at
                painter.drawText(QPointF(x + 5, y + metrics.ascent() / 2 - 1), group.label)
