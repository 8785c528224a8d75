"""The wheel's desk: the wheel (or, on its second page, the wall of all post-its), the
reader of a segment's notes beside it, and (for the scribe) the quick-entry bar under it.
The main window shows the desk where it showed the wheel; the desk connects what belongs
together so the window need not.

The reader lies over the wheel's page, not beside it in the layout: opening it never moves or
shrinks the wheel under the pointer. It takes the free room beside the round wheel (reaching
over the wheel's edge where that room is narrow), on the side away from the segment's stack,
so the stack being read stays in sight.

Like the window, the desk is made in two steps: `WheelDesk(view)` lays the wheel out
where it stays (the pages' tab bar under it, the room for the quick bar below), before the
store is open; `furnish` puts the wall, the reader and the quick bar in their places."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QCursor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLineEdit, QTabWidget, QVBoxLayout, QWidget

from app.canvas.note_items import stack_items
from app.canvas.view import WheelView

if TYPE_CHECKING:
    from app.ui.control.workshop import Workshop
    from app.ui.postits.quick_bar import QuickBar
    from app.ui.postits.reader import NoteReader, WheelNote
    from app.ui.postits.wall import Wall

READER_MIN, READER_MAX = 240, 460  # the reader's width in pixels
READER_MARGIN = 8  # between the reader and the edge of the wheel's page
# Keys the wheel does not use that move through the reader's notes while it is open.
READER_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End)


class WheelDesk(QWidget):
    """The wheel view with the note reader on its right and the quick bar under both."""

    workshop: Workshop
    reader: NoteReader
    quick_bar: QuickBar

    def __init__(self, view: WheelView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.pages = QTabWidget()  # the wheel and, beside it, the wall of all notes
        self.pages.setDocumentMode(True)
        self.pages.setTabPosition(QTabWidget.TabPosition.South)
        self.pages.addTab(view, "")
        self._wall_place = QWidget()  # the wall is made when its page is first shown
        self._wall: Wall | None = None
        self.pages.addTab(self._wall_place, "")
        layout.addWidget(self.pages, 1)
        # The quick bar's place: as high as the bar (a line edit in 4-pixel margins).
        self._bar_place = QWidget()
        self._bar_place.setFixedHeight(QLineEdit().sizeHint().height() + 8)
        layout.addWidget(self._bar_place)
        self.column = layout
        self.furnished = False
        self.retranslate()

    def furnish(self, workshop: Workshop, moment: Callable[[], int | None]) -> None:
        """The wall, the reader and the quick bar, for the open store's workshop."""
        from app.ui.postits.quick_bar import QuickBar
        from app.ui.postits.reader import NoteReader

        self.workshop = workshop
        self.reader = NoteReader(workshop, self)  # over the wheel's page, not in the layout
        self.quick_bar = QuickBar(workshop, moment)
        self.column.replaceWidget(self._bar_place, self.quick_bar)
        self._bar_place.deleteLater()
        if self.isVisible():  # else it shows with the desk
            self.quick_bar.show()
        scene = self.view.wheel
        scene.stackHovered.connect(self.show_reader)
        scene.segmentSelected.connect(self.show_reader)
        scene.segmentSelected.connect(self.quick_bar.choose)
        self.reader.closed.connect(lambda: self.view.setFocus())
        self.reader.opened.connect(self._reader_opened)
        self.pages.currentChanged.connect(lambda _page: self.reader.close_reader())
        self.pages.currentChanged.connect(self._page_shown)
        self.view.installEventFilter(self)
        self.furnished = True  # the wall, reader and quick bar translated themselves

    def _page_shown(self, index: int) -> None:
        if index == 1:
            self.wall  # noqa: B018 (made when first shown)

    @property
    def wall(self) -> Wall:
        """The wall of all post-its (its page's), made now if it was not."""
        if self._wall is None:
            from app.ui.postits.wall import Wall

            self._wall = Wall(self.workshop)
            blocked = self.pages.blockSignals(True)
            current = self.pages.currentIndex()
            title = self.pages.tabText(1)
            self.pages.removeTab(1)
            self.pages.insertTab(1, self._wall, title)
            self.pages.setCurrentIndex(current)
            self.pages.blockSignals(blocked)
            self._wall_place.deleteLater()
        return self._wall

    def show_reader(self, segment_key: str) -> None:
        """Open the reader on a segment's notes (the view state's reader segment)."""
        self.reader.show_segment(segment_key)

    def _reader_opened(self) -> None:
        """The reader opened (here or from the console): placed away from the pointer."""
        self._place_reader()
        self.reader.raise_()

    def _shown_x(self) -> int | None:
        """Where, across the desk, the reader's segment is marked: its stack on the wheel, or
        else the pointer over the wheel (None: neither)."""
        for stack in stack_items(self.view.wheel):
            if stack.segment_key == self.reader.segment_key:
                point = self.view.mapFromScene(stack.scenePos())
                return self.view.mapTo(self, point).x()
        pointer = self.mapFromGlobal(QCursor.pos())
        return pointer.x() if self.page_rect().contains(pointer) else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.furnished and self.reader.isVisible():
            self._place_reader()

    def reader_place(self, shown_x: float | None) -> QRect:
        """Where the reader goes, in the desk's coordinates: in the room beside the round
        wheel, as wide as that room (at least `READER_MIN`, so it may reach over the wheel's
        edge), on the side away from `shown_x` (the stack or pointer's x in the desk; None:
        the right-hand side)."""
        page = self.page_rect()
        diameter = min(page.width(), page.height())
        room = (page.width() - diameter) // 2 - 2 * READER_MARGIN  # each side of the wheel
        width = max(READER_MIN, min(READER_MAX, room))
        width = min(width, page.width() - 2 * READER_MARGIN)
        on_left = shown_x is not None and shown_x > page.center().x()
        x = page.left() + READER_MARGIN if on_left else page.right() - READER_MARGIN - width + 1
        height = page.height() - 2 * READER_MARGIN
        return QRect(x, page.top() + READER_MARGIN, width, height)

    def page_rect(self) -> QRect:
        """The wheel's page (the view) in the desk's coordinates."""
        return QRect(self.view.mapTo(self, QPoint(0, 0)), self.view.size())

    def _place_reader(self) -> None:
        self.reader.setGeometry(self.reader_place(self._shown_x()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While the reader is open, the wheel's Up/Down/Home/End move through its notes (the
        wheel turns with Left/Right and Page Up/Down, so nothing is taken from it)."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and self.reader.isVisible()
            and isinstance(event, QKeyEvent)
            and event.key() in READER_KEYS
        ):
            self.reader.step(event.key())
            return True
        return super().eventFilter(watched, event)

    def set_notes(self, notes: Sequence[WheelNote]) -> None:
        """The notes the wheel shows: the reader keeps its segment's list up to date."""
        self.reader.set_notes(notes)

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("Wheel"))
        self.pages.setTabText(1, self.tr("Wall of post-its"))
        if self._wall is not None:
            self._wall.retranslate()
        if self.furnished:
            self.reader.retranslate()
            self.quick_bar.retranslate()
