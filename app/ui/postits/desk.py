"""The wheel's desk: the wheel (or, on its second page, the wall of all post-its), the
reader of a segment's notes beside it, and (for the scribe) the quick-entry bar under it.
The main window shows the desk where it showed the wheel; the desk connects what belongs
together so the window need not.

Like the window, the desk is made in two steps: `WheelDesk(view)` lays the wheel out
where it stays (the pages' tab bar under it, the room for the quick bar below), before the
store is open; `furnish` puts the wall, the reader and the quick bar in their places."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from app.canvas.view import WheelView

if TYPE_CHECKING:
    from app.ui.control.workshop import Workshop
    from app.ui.postits.quick_bar import QuickBar
    from app.ui.postits.reader import NoteReader, WheelNote
    from app.ui.postits.wall import Wall

READER_MIN, READER_MAX = 240, 460  # the reader's width in pixels


class WheelDesk(QWidget):
    """The wheel view with the note reader on its right and the quick bar under both."""

    workshop: Workshop
    reader: NoteReader
    quick_bar: QuickBar
    wall: Wall

    def __init__(self, view: WheelView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()  # the wheel and, beside it, the wall of all notes
        self.pages.setDocumentMode(True)
        self.pages.setTabPosition(QTabWidget.TabPosition.South)
        self.pages.addTab(view, "")
        self._wall_place = QWidget()
        self.pages.addTab(self._wall_place, "")
        row.addWidget(self.pages, 1)
        layout.addLayout(row, 1)
        # The quick bar's place: as high as the bar (a line edit in 4-pixel margins).
        self._bar_place = QWidget()
        self._bar_place.setFixedHeight(QLineEdit().sizeHint().height() + 8)
        layout.addWidget(self._bar_place)
        self.row = row
        self.column = layout
        self.furnished = False
        self.retranslate()

    def furnish(self, workshop: Workshop, moment: Callable[[], int | None]) -> None:
        """The wall, the reader and the quick bar, for the open store's workshop."""
        from app.ui.postits.quick_bar import QuickBar
        from app.ui.postits.reader import NoteReader
        from app.ui.postits.wall import Wall

        self.workshop = workshop
        self.reader = NoteReader(workshop)
        self.quick_bar = QuickBar(workshop, moment)
        self.wall = Wall(workshop)
        self.pages.removeTab(self.pages.indexOf(self._wall_place))
        self._wall_place.deleteLater()
        self.pages.addTab(self.wall, "")
        self.row.addWidget(self.reader, 0)
        self.column.replaceWidget(self._bar_place, self.quick_bar)
        self._bar_place.deleteLater()
        if self.isVisible():  # else it shows with the desk
            self.quick_bar.show()
        scene = self.view.wheel
        scene.stackHovered.connect(self.reader.show_segment)
        scene.segmentSelected.connect(self.reader.show_segment)
        scene.segmentSelected.connect(self.quick_bar.choose)
        self.reader.closed.connect(lambda: self.view.setFocus())
        self.furnished = True  # the wall, reader and quick bar translated themselves
        self._size_reader()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._size_reader()
        super().resizeEvent(event)

    def _size_reader(self) -> None:
        """The reader takes about a third of the desk: wide enough for large type, never
        so wide that the wheel shrinks below it."""
        if self.furnished:
            self.reader.setFixedWidth(max(READER_MIN, min(READER_MAX, int(self.width() * 0.32))))

    def set_notes(self, notes: Sequence[WheelNote]) -> None:
        """The notes the wheel shows: the reader keeps its segment's list up to date."""
        self.reader.set_notes(notes)

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("Wheel"))
        self.pages.setTabText(1, self.tr("Wall of post-its"))
        if self.furnished:
            self.wall.retranslate()
            self.reader.retranslate()
            self.quick_bar.retranslate()
