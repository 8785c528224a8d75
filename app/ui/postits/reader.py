"""The notes of one segment beside the wheel, in full and large enough for the back row.

Hovering a stack on the wheel or selecting its segment shows that segment's notes here, in
the order of the stack, each in its own colour; the arrow keys, Page Up/Down, Home and End
move through them, also while the wheel has the keyboard. Every note is shown whole: each
row is as high as its wrapped text, so twenty similar notes can be told apart. Note texts
are shown as plain text (a list item never reads HTML).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.control.workshop import Workshop

WheelNote = tuple[int, str, str, str]  # id, segment key, text, colour
READING_POINTS = 20  # the note texts' size: legible from the back of a room on a projector
TEXT_COLOUR = "#2b2213"
ROW_PADDING = 12  # pixels above and below a note's text, and beside it (the item's margins)


class NoteReader(QFrame):
    """One segment's post-its, full text, one per row; hidden while no segment is shown."""

    closed = Signal()
    opened = Signal()  # it was closed and shows a segment now (the desk places it)

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.view = workshop.view
        self._notes: tuple[WheelNote, ...] = ()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # it lies over the wheel
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        title_font = QFont(self.font())
        title_font.setPointSize(READING_POINTS - 4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        header.addWidget(self.title, 1)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_reader)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.position = QLabel()
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.position)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        reading = QFont(self.font())
        reading.setPointSize(READING_POINTS)
        self.list.setFont(reading)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self._show_position)
        layout.addWidget(self.list, 1)
        self.retranslate()
        self.hide()
        self.view.readerSegmentChanged.connect(self._show)

    @property
    def segment_key(self) -> str | None:
        """The segment being read: the view state's (None: the reader is closed)."""
        return self.view.reader_segment()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.list.setAccessibleName(self.tr("Post-its of this segment"))
        self._show_position(self.list.currentRow())
        if self.segment_key is not None:
            self.title.setText(self.workshop.wording().place(self.segment_key))

    def set_notes(self, notes: Sequence[WheelNote]) -> None:
        """The notes the wheel shows (the panel's filter applied); the shown segment follows."""
        self._notes = tuple(notes)
        if self.segment_key is not None:
            self._fill(keep_row=True)

    def show_segment(self, segment_key: str) -> None:
        """Show a segment's notes (nothing happens for a segment without notes)."""
        if not any(note[1] == segment_key for note in self._notes):
            return
        if segment_key == self.segment_key and self.isVisible():
            return
        if segment_key == self.segment_key:  # the one viewed, shown again
            self._show(segment_key)
        self.view.set_reader_segment(segment_key)

    def _show(self, segment_key: str | None) -> None:
        """Show the view state's segment (None: close)."""
        if segment_key is None:
            self.hide()
            self.closed.emit()
            return
        was_open = self.isVisible()
        self.title.setText(self.workshop.wording().place(segment_key))  # plain text
        self._fill(keep_row=False)
        if self.segment_key == segment_key:  # (a segment without notes closed it again)
            self.show()
            if self.isVisible() and not was_open:
                self.opened.emit()

    def shown_texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def current_text(self) -> str:
        item = self.list.currentItem()
        return item.text() if item is not None else ""

    def close_reader(self) -> None:
        if self.segment_key is None:
            self._show(None)
        else:
            self.view.set_reader_segment(None)

    def step(self, key: Qt.Key | int) -> None:
        """Move through the notes as the list's own keys do: Up, Down, Home, End."""
        count = self.list.count()
        if count == 0:
            return
        row = self.list.currentRow()
        rows = {
            Qt.Key.Key_Up: max(row - 1, 0),
            Qt.Key.Key_Down: min(row + 1, count - 1),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        if key in rows:
            self.list.setCurrentRow(rows[Qt.Key(key)])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_reader()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as high as its note's text wrapped at the list's width (Qt's own wrapped
        rows were measured before the width was known and cut long notes to two lines)."""
        width = self.list.viewport().width() - 2 * self.list.spacing()
        text_width = max(width - 2 * ROW_PADDING, 40)
        for number in range(self.list.count()):
            item = self.list.item(number)
            metrics = QFontMetrics(item.font())
            box = metrics.boundingRect(
                QRect(0, 0, text_width, 100_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item.setSizeHint(QSize(width, box.height() + 2 * ROW_PADDING))

    def _mark_current(self, row: int) -> None:
        """The current note in bold and in its own colour, a shade deeper (not the system's
        selection colour, which would hide which post-it it is)."""
        for number in range(self.list.count()):
            item = self.list.item(number)
            font = QFont(self.list.font())
            font.setBold(number == row)
            item.setFont(font)
        self._fit_rows()
        current = self.list.item(row) if row >= 0 else None
        if current is None:
            return
        palette = self.list.palette()
        palette.setColor(QPalette.ColorRole.Highlight, current.background().color().darker(108))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor(TEXT_COLOUR))
        self.list.setPalette(palette)

    def _fill(self, keep_row: bool) -> None:
        row = self.list.currentRow() if keep_row else 0
        self.list.clear()
        for note_id, key, text, colour in self._notes:
            if key != self.segment_key:
                continue
            item = QListWidgetItem(text)  # list items show plain text
            item.setData(Qt.ItemDataRole.UserRole, note_id)
            item.setBackground(QBrush(QColor(colour)))
            item.setForeground(QBrush(QColor(TEXT_COLOUR)))
            self.list.addItem(item)
        if self.list.count() == 0:
            self.close_reader()
            return
        self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def _show_position(self, row: int) -> None:
        self._mark_current(row)
        count = self.list.count()
        if count == 0 or row < 0:
            self.position.clear()
            return
        self.position.setText(
            self.tr("Post-it %1 of %2").replace("%1", str(row + 1)).replace("%2", str(count))
        )
