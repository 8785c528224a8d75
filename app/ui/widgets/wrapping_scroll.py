"""A scroll area for panels full of wrapped text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget


class WrappingScrollArea(QScrollArea):
    """A scroll area whose page is as tall as its wrapped texts need at the current width.

    QScrollArea does not ask its page for height-for-width, so wrapped labels would be
    squeezed into each other; this gives the page the height its layout asks for.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)  # fit_page sizes the page itself
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_page(self) -> None:
        page = self.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None:
            return
        width = self.viewport().width()
        page.resize(width, layout.totalHeightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_page()

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Texts change height only once their layouts have run: fit again after each run.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit_page)  # cancelled if we are deleted
        return super().eventFilter(watched, event)
