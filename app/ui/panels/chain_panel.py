"""The active reasoning line as a column of steps, in type large enough for the back of a room.

Used by presentation mode next to the wheel. The panel lays its text out itself (greedy
wrapping at spaces and after hyphens, the largest type that fits), so a test can check that
nothing is cut off at any screen size.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from app.canvas.fonts import wheel_font
from app.core.wheel_layout import CALM, Palette, RingColours

# Type sizes relative to a step's main label; the search runs from the largest size down.
CAPTION_RATIO = 0.55
HEADING_RATIO = 0.6
LINE_SPACING = 1.18
LARGEST_LABEL = 72
SMALLEST_LABEL = 10


@dataclass(frozen=True, slots=True)
class ChainStep:
    """One step shown: which ring it is in (caption), what lies there (label), its colours."""

    caption: str
    label: str
    colours: RingColours


@dataclass(frozen=True, slots=True)
class PlacedText:
    """A line of text at a baseline position, in one font."""

    text: str
    position: QPointF
    font: QFont
    colour: str


@dataclass(frozen=True, slots=True)
class ChainLayout:
    """Where everything goes for one size of panel; `fits` is False if even the smallest type
    overflows."""

    label_size: int
    boxes: tuple[tuple[QRectF, RingColours], ...]
    texts: tuple[PlacedText, ...]
    fits: bool

    def widest_line(self) -> float:
        return max(
            (QFontMetricsF(t.font).horizontalAdvance(t.text) + t.position.x() for t in self.texts),
            default=0.0,
        )

    def lowest_line(self) -> float:
        return max(
            (t.position.y() + QFontMetricsF(t.font).descent() for t in self.texts), default=0.0
        )


def _words(text: str) -> list[str]:
    """Pieces a line may break between: at spaces, and after a hyphen inside a word."""
    pieces: list[str] = []
    for word in text.split():
        parts = word.split("-")
        pieces.extend(part + "-" for part in parts[:-1])
        pieces.append(parts[-1])
    return [piece for piece in pieces if piece]


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str] | None:
    """Greedy wrapping into lines no wider than `width`; None if one piece alone is too wide."""
    lines: list[str] = []
    current = ""
    for piece in _words(text):
        if current:
            joiner = "" if current.endswith("-") else " "
            candidate = current + joiner + piece
        else:
            candidate = piece
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if metrics.horizontalAdvance(piece) > width:
            return None
        lines.append(current)
        current = piece
    if current:
        lines.append(current)
    return lines or [""]


def layout_chain(
    heading: list[str], steps: list[ChainStep], width: float, height: float, palette: Palette
) -> ChainLayout:
    """The largest type at which the heading and every step fit into width × height."""
    top = min(LARGEST_LABEL, max(SMALLEST_LABEL, int(height / 10)))
    for size in range(top, SMALLEST_LABEL - 1, -1):
        layout = _try_layout(heading, steps, width, height, size, palette)
        if layout is not None:
            return layout
    fallback = _try_layout(heading, steps, width, 1e9, SMALLEST_LABEL, palette, strict=False)
    assert fallback is not None
    return ChainLayout(fallback.label_size, fallback.boxes, fallback.texts, fits=False)


def _try_layout(
    heading: list[str],
    steps: list[ChainStep],
    width: float,
    height: float,
    size: int,
    palette: Palette,
    strict: bool = True,
) -> ChainLayout | None:
    label_font = wheel_font(size, bold=True)
    caption_font = wheel_font(max(8, round(size * CAPTION_RATIO)))
    heading_font = wheel_font(max(8, round(size * HEADING_RATIO)), bold=True)
    pad = size * 0.45
    gap = size * 0.55  # room for the arrow between two steps
    inner = width - 2 * pad
    texts: list[PlacedText] = []
    boxes: list[tuple[QRectF, RingColours]] = []
    y = 0.0

    def place(
        text: str, font: QFont, metrics: QFontMetricsF, room: float, x: float, ink: str
    ) -> bool:
        """`text` wrapped into `room`, its lines placed from `y` down at `x`; False when a
        word is wider than the room (unless not `strict`: then the text stays one line)."""
        nonlocal y
        lines = wrap(text, metrics, room)
        if lines is None:
            if strict:
                return False
            lines = [text]
        for line in lines:
            y += metrics.ascent()
            texts.append(PlacedText(line, QPointF(x, y), font, ink))
            y += metrics.height() * (LINE_SPACING - 1) + metrics.descent()
        return True

    heading_metrics = QFontMetricsF(heading_font)
    for text in heading:
        if not place(text, heading_font, heading_metrics, width, 0, _ink(palette)):
            return None
    if heading:
        y += gap * 0.6
    caption_metrics = QFontMetricsF(caption_font)
    label_metrics = QFontMetricsF(label_font)
    for index, step in enumerate(steps):
        if index:
            y += gap
        box_top = y
        y += pad
        for font, metrics, text in (
            (caption_font, caption_metrics, step.caption),
            (label_font, label_metrics, step.label),
        ):
            if not place(text, font, metrics, inner, pad, step.colours.text):
                return None
        y += pad * 0.7
        boxes.append((QRectF(0, box_top, width, y - box_top), step.colours))
        if y > height and strict:
            return None
    return ChainLayout(size, tuple(boxes), tuple(texts), fits=y <= height)


def _ink(palette: Palette) -> str:
    """Text on the bare background: the darkest text colour the palette has."""
    return palette.rings[0].text


class ChainPanel(QWidget):
    """Shows a heading and the steps of a reasoning line, linked by arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = CALM
        self.heading: list[str] = []
        self.steps: list[ChainStep] = []
        self.message = ""
        self._layout: ChainLayout | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def show_chain(self, heading: list[str], steps: list[ChainStep], palette: Palette) -> None:
        self.heading = heading
        self.steps = steps
        self.palette_ = palette
        self._layout = None
        self.update()

    def show_message(self, text: str) -> None:
        """A short line under the chain ("Line saved"); empty to clear it."""
        self.message = text
        self._layout = None
        self.update()

    def margin(self) -> float:
        return max(12.0, self.height() * 0.04)

    def chain_layout(self) -> ChainLayout:
        if self._layout is None:
            margin = self.margin()
            reserved = self._message_height()
            self._layout = layout_chain(
                self.heading,
                self.steps,
                self.width() - 2 * margin,
                self.height() - 2 * margin - reserved,
                self.palette_,
            )
        return self._layout

    def _message_font(self) -> QFont:
        return wheel_font(max(12, round(self.height() / 36)), bold=True)

    def _message_height(self) -> float:
        return QFontMetricsF(self._message_font()).height() * 1.6 if self.message else 0.0

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(self.palette_.background))
        layout = self.chain_layout()
        margin = self.margin()
        painter.translate(margin, margin)
        radius = layout.label_size * 0.3
        for index, (box, colours) in enumerate(layout.boxes):
            painter.setPen(QColor(colours.edge))
            painter.setBrush(QColor(colours.fill))
            painter.drawRoundedRect(box, radius, radius)
            if index:
                self._arrow(painter, layout.boxes[index - 1][0], box)
        for placed in layout.texts:
            painter.setFont(placed.font)
            painter.setPen(QColor(placed.colour))
            painter.drawText(placed.position, placed.text)
        if self.message:
            font = self._message_font()
            painter.setFont(font)
            painter.setPen(QColor(_ink(self.palette_)))
            bottom = self.height() - 2 * margin - QFontMetricsF(font).descent()
            painter.drawText(QPointF(0, bottom), self.message)
        painter.end()

    def _arrow(self, painter: QPainter, above: QRectF, below: QRectF) -> None:
        """A small downward triangle in the beam's colour between two steps."""
        centre = above.center().x()
        top, bottom = above.bottom(), below.top()
        half = (bottom - top) * 0.45
        path = QPainterPath(QPointF(centre - half, top + (bottom - top) * 0.2))
        path.lineTo(centre + half, top + (bottom - top) * 0.2)
        path.lineTo(centre, bottom - (bottom - top) * 0.15)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.palette_.beam))
        painter.drawPath(path)
