"""The wheel's desk: the wheel (or, on its second page, the wall of all post-its), the
reader of a segment's notes beside it, and (for the scribe) the quick-entry bar under it.
The main window shows the desk where it showed the wheel; the desk connects what belongs
together so the window need not."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from app.canvas.view import WheelView
from app.ui.control.workshop import Workshop
from app.ui.postits.quick_bar import QuickBar
from app.ui.postits.reader import NoteReader, WheelNote
from app.ui.postits.wall import Wall

READER_MIN, READER_MAX = 240, 460  # the reader's width in pixels


class WheelDesk(QWidget):
    """The wheel view with the note reader on its right and the quick bar under both."""

    def __init__(
        self,
        view: WheelView,
        workshop: Workshop,
        moment: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.workshop = workshop
        self.reader = NoteReader(workshop)
        self.quick_bar = QuickBar(workshop, moment)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.wall = Wall(workshop)
        self.pages = QTabWidget()  # the wheel and, beside it, the wall of all notes
        self.pages.setDocumentMode(True)
        self.pages.setTabPosition(QTabWidget.TabPosition.South)
        self.pages.addTab(view, "")
        self.pages.addTab(self.wall, "")
        row.addWidget(self.pages, 1)
        row.addWidget(self.reader, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.quick_bar)
        self.row = row
        self.column = layout
        scene = view.wheel
        scene.stackHovered.connect(self.reader.show_segment)
        scene.segmentSelected.connect(self.reader.show_segment)
        scene.segmentSelected.connect(self.quick_bar.choose)
        self.reader.closed.connect(lambda: self.view.setFocus())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The reader takes about a third of the desk: wide enough for large type, never
        so wide that the wheel shrinks below it."""
        self.reader.setFixedWidth(max(READER_MIN, min(READER_MAX, int(self.width() * 0.32))))
        super().resizeEvent(event)

    def set_notes(self, notes: Sequence[WheelNote]) -> None:
        """The notes the wheel shows: the reader keeps its segment's list up to date."""
        self.reader.set_notes(notes)

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("Wheel"))
        self.pages.setTabText(1, self.tr("Wall of post-its"))
        self.wall.retranslate()
        self.reader.retranslate()
        self.quick_bar.retranslate()
