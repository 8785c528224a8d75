"""What the projector can show besides the wheel and the chain: black, the room's code, and a
test page to judge the projector from the back row.

`Show` names the choices the console (and the clicker) make; the presentation window lays
them out. The room page is an empty state until a room is open: the room feature puts its QR
card in with `set_card` (issue 16), and nothing else here needs to change.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.canvas.fonts import wheel_font
from app.core.wheel_layout import Palette

translate = QCoreApplication.translate

# Grey steps of the contrast strip, as percentages of white (0 = black).
CONTRAST_STEPS = (0, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100)


class Show(Enum):
    """What the projector shows."""

    WHEEL_AND_CHAIN = "both"
    WHEEL = "wheel"
    CHAIN = "chain"
    ROOM = "room"
    BLANK = "blank"
    CHECK = "check"

    @property
    def wheel(self) -> bool:
        return self in (Show.WHEEL_AND_CHAIN, Show.WHEEL)

    @property
    def chain(self) -> bool:
        return self in (Show.WHEEL_AND_CHAIN, Show.CHAIN)


def show_label(show: Show) -> str:
    """The name of a choice, for the console's buttons."""
    names = {
        Show.WHEEL_AND_CHAIN: translate("Projector", "Wheel and chain"),
        Show.WHEEL: translate("Projector", "Wheel only"),
        Show.CHAIN: translate("Projector", "Chain only"),
        Show.ROOM: translate("Projector", "QR code of the room"),
        Show.BLANK: translate("Projector", "Black screen"),
        Show.CHECK: translate("Projector", "Check the projector"),
    }
    return names[show]


class BlankPage(QWidget):
    """A black screen: the room looks at the facilitator, not at the wall."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blank")
        self.setAutoFillBackground(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))


class RoomPage(QWidget):
    """The room's QR code and address; until a room is open, a message that says so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room_page")
        self.setAutoFillBackground(True)
        self.empty = QLabel(self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = wheel_font(36)
        self.empty.setFont(font)
        self.card: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(
            translate(
                "Projector",
                "No room is open.\nOpen a room to show its QR code here, "
                "so that everyone can add notes from their phone.",
            )
        )

    def set_card(self, card: QWidget | None) -> None:
        """Show `card` (the open room's QR code) instead of the empty state; None: empty."""
        if self.card is not None:
            self._layout.removeWidget(self.card)
            self.card.setParent(None)
        self.card = card
        if card is not None:
            self._layout.addWidget(card)
            card.show()
        self.empty.setVisible(card is None)


class CheckPage(QWidget):
    """A test page for the projector: grey steps from black to white, the wheel's ring colours
    with their text, and a line at the smallest size a label on the wheel takes here.

    If the steps at either end melt together or the small line cannot be read from the back
    row, switch to high contrast (H) or move closer to the wall.
    """

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_page")
        self.palette_ = palette
        self.smallest_label = 16  # pixels; the presentation tells it the wheel's real size

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.update()

    def set_smallest_label(self, pixels: int) -> None:
        self.smallest_label = max(1, pixels)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width, height = self.width(), self.height()
        palette = self.palette_
        painter.fillRect(self.rect(), QColor(palette.background))
        margin = width * 0.04
        title = wheel_font(max(12, round(height * 0.05)), bold=True)
        painter.setFont(title)
        painter.setPen(QColor(palette.core.fill))
        painter.drawText(
            QRectF(margin, margin, width - 2 * margin, height * 0.08),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            translate("Projector", "Check the projector"),
        )
        top = margin + height * 0.1
        # The grey steps, each with its percentage.
        strip = height * 0.18
        step_width = (width - 2 * margin) / len(CONTRAST_STEPS)
        small = wheel_font(max(10, round(min(strip * 0.2, step_width * 0.24))))
        painter.setFont(small)
        for index, percent in enumerate(CONTRAST_STEPS):
            grey = round(255 * percent / 100)
            box = QRectF(margin + index * step_width, top, step_width, strip)
            painter.fillRect(box, QColor(grey, grey, grey))
            painter.setPen(QColor("white" if percent < 50 else "black"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{percent}%")
        top += strip + height * 0.04
        # The ring colours with their own text colour, as the wheel shows them.
        colours = [palette.core, *palette.rings]
        band = height * 0.14
        box_width = (width - 2 * margin) / len(colours)
        painter.setFont(wheel_font(self.smallest_label))
        for index, ring in enumerate(colours):
            for half, fill in enumerate((ring.fill, ring.fill_alternate)):
                box = QRectF(margin + index * box_width, top + half * band / 2, box_width, band / 2)
                painter.fillRect(box, QColor(fill))
                painter.setPen(QColor(ring.text))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "Aa 123")
        top += band + height * 0.05
        # The smallest label, on the background and in the wheel's text colour.
        painter.setPen(QColor(palette.rings[0].text))
        painter.setFont(wheel_font(self.smallest_label))
        line = translate(
            "Projector", "The smallest label on the wheel ({size} px): can the back row read this?"
        ).replace("{size}", str(self.smallest_label))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(QRectF(margin, top, width - 2 * margin, height * 0.1), flags, line)
        top += height * 0.12
        painter.setFont(wheel_font(max(12, round(height * 0.03))))
        hint = translate(
            "Projector",
            "If the steps at either end melt together, or the small line cannot be read from "
            "the back row, press H for high contrast, dim the room or move the chairs closer. "
            "T again: back to the wheel.",
        )
        painter.drawText(
            QRectF(margin, top, width - 2 * margin, height - top - margin), flags, hint
        )
