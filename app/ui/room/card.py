"""The room's invitation: a QR code, the short address and the room code, for the projector
(large) and the facilitator's panel (small). The QR is painted from its modules, sharp at any
size; no image file is made."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.canvas.fonts import wheel_font
from app.room.address import RoomAddress
from app.room.qr import qr_matrix


class QrCode(QWidget):
    """A square QR code, black on white, as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.modules: tuple[tuple[bool, ...], ...] = ()
        self.text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(120, 120)

    def set_text(self, text: str) -> None:
        self.text = text
        self.modules = qr_matrix(text) if text else ()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.modules:
            return
        count = len(self.modules)
        side = min(self.width(), self.height())
        module = side // count  # whole pixels per module: crisp edges a camera reads easily
        if module < 1:
            return
        size = module * count
        left = (self.width() - size) // 2
        top = (self.height() - size) // 2
        painter = QPainter(self)
        painter.fillRect(QRectF(left, top, size, size), QColor("#ffffff"))
        black = QColor("#000000")
        for row, modules in enumerate(self.modules):
            for column, dark in enumerate(modules):
                if dark:
                    painter.fillRect(
                        left + column * module, top + row * module, module, module, black
                    )
        painter.end()


class RoomCard(QWidget):
    """QR code, "scan or go to ADDRESS and type CODE", and the question being asked."""

    def __init__(self, large: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.large = large
        self.setObjectName("room_card")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#ffffff"))
        palette.setColor(self.foregroundRole(), QColor("#0b2530"))
        self.setPalette(palette)
        self.qr = QrCode(self)
        self.invitation = QLabel(self)
        self.address = QLabel(self)
        self.code = QLabel(self)
        self.question = QLabel(self)
        self.measuring = QLabel(self)  # the indicator asked and how many answered: a count only
        for label in (self.invitation, self.address, self.code, self.question, self.measuring):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._room: RoomAddress | None = None
        self._asked = ""
        self._measured: tuple[str, int] | None = None
        self.retranslate()

    def show_room(
        self, address: RoomAddress | None, asked: str = "", measured: tuple[str, int] | None = None
    ) -> None:
        """The room's address, the question asked, and (indicator, number of answers) when an
        indicator is measured: never an answer itself, nothing unmoderated."""
        self._room = address
        self._asked = asked
        self._measured = measured
        self.qr.set_text(address.url if address else "")
        self.retranslate()

    def retranslate(self) -> None:
        address = self._room
        self.invitation.setText(
            self.tr("Scan the code with your phone, or go to") if address else ""
        )
        self.address.setText(address.short if address else "")
        self.code.setText(
            self.tr("and type the code %1").replace("%1", address.code_shown) if address else ""
        )
        self.question.setText(
            self.tr("Question: %1").replace("%1", self._asked) if self._asked else ""
        )
        self.question.setVisible(bool(self._asked))
        measured = self._measured
        self.measuring.setText(
            self.tr("%1: %n answer(s)", "", measured[1]).replace("%1", measured[0])
            if measured
            else ""
        )
        self.measuring.setVisible(measured is not None)
        self._lay_out()

    def heightForWidth(self, width: int) -> int:
        return round(width * 1.45)

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        return QSize(280, 400)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self) -> None:
        """Texts at the bottom in type that scales with the card; the code gets the rest."""
        width, height = self.width(), self.height()
        margin = max(6, width // 30)
        base = max(9, min(width // (24 if self.large else 26), 40))
        self.invitation.setFont(wheel_font(base))
        self.address.setFont(wheel_font(round(base * 1.3), bold=True))
        self.code.setFont(wheel_font(round(base * 1.15), bold=True))
        self.question.setFont(wheel_font(base))
        self.measuring.setFont(wheel_font(base, bold=True))
        inner = width - 2 * margin
        bottom = height - margin
        labels = (self.invitation, self.address, self.code, self.question, self.measuring)
        for label in reversed(labels):
            if not label.isVisibleTo(self) or not label.text():
                label.setGeometry(0, 0, 0, 0)
                continue
            needed = label.heightForWidth(inner)
            label.setGeometry(margin, bottom - needed, inner, needed)
            bottom -= needed + base // 3
        self.qr.setGeometry(margin, margin, inner, max(0, bottom - 2 * margin))
