"""How a record's fixed values read and look in lists and forms: a line's status, an
indicator's kind, a post-it's colour. Shared by the panels and dialogs that show them."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from app.core.model import IndicatorKind
from app.core.wheel_layout import CALM
from db.records import LineStatus


def status_label(status: LineStatus) -> str:
    labels = {
        LineStatus.IDEA: QCoreApplication.translate("LineStatus", "Idea"),
        LineStatus.INVESTIGATING: QCoreApplication.translate("LineStatus", "Being investigated"),
        LineStatus.SUPPORTED: QCoreApplication.translate("LineStatus", "Supported by evidence"),
        LineStatus.LET_GO: QCoreApplication.translate("LineStatus", "Let go"),
    }
    return labels[status]


KIND_MARKS = {IndicatorKind.QUANTITATIVE: "#", IndicatorKind.QUALITATIVE: "\u201d"}
KIND_COLOURS = {IndicatorKind.QUANTITATIVE: "#2f7f8f", IndicatorKind.QUALITATIVE: "#b0603a"}


def kind_icon(kind: IndicatorKind, size: int = 18) -> QIcon:
    """A small round badge: '#' on teal for quantitative, '”' on rust for qualitative."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(KIND_COLOURS[kind]))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    font = QFont()
    font.setPixelSize(int(size * 0.68))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, KIND_MARKS[kind])
    painter.end()
    return QIcon(pixmap)


def kind_text(kind: IndicatorKind) -> str:
    if kind is IndicatorKind.QUANTITATIVE:
        return QCoreApplication.translate("IndicatorKind", "quantitative")
    return QCoreApplication.translate("IndicatorKind", "qualitative")


def colour_name(colour: str) -> str:
    """A post-it colour in words, for people who cannot see it (and screen readers): the
    name of the nearest of the program's own post-it colours, as 'yellow' or 'pink'."""
    names = (
        QCoreApplication.translate("NoteColour", "yellow"),
        QCoreApplication.translate("NoteColour", "pink"),
        QCoreApplication.translate("NoteColour", "green"),
        QCoreApplication.translate("NoteColour", "blue"),
        QCoreApplication.translate("NoteColour", "orange"),
    )
    wanted = QColor(colour)
    if not wanted.isValid():
        return colour

    def distance(known: str) -> int:
        other = QColor(known)
        return sum(
            (a - b) ** 2
            for a, b in zip(
                (wanted.red(), wanted.green(), wanted.blue()),
                (other.red(), other.green(), other.blue()),
                strict=True,
            )
        )

    nearest = min(range(len(names)), key=lambda index: distance(CALM.note_colours[index]))
    return names[nearest]


@cache
def colour_icon(colour: str, size: int = 18) -> QIcon:
    """A square swatch of a note colour with a thin edge (made once per colour and size:
    lists of post-its ask for one per post-it each time they are filled)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour).darker(135))
    inner = QPixmap(size - 2, size - 2)
    inner.fill(QColor(colour))
    painter = QPainter(pixmap)
    painter.drawPixmap(1, 1, inner)
    painter.end()
    return QIcon(pixmap)
