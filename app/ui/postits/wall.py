"""The wall: every post-it of the network, grouped by segment in the rings' order, like a
wall of paper. Drag notes onto another group to move them, merge two into one (both texts
kept), colour a group or a moment, filter by moment or colour, sort. Every action is one
undo step through the Workshop (`workshop.notes`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.limits import MAX_NOTE
from app.core.wheel_layout import CALM
from app.ui.control.parts import MOMENTS, NETWORK, NOTES
from app.ui.control.workshop import Workshop
from app.ui.widgets.record_labels import colour_icon, colour_name
from db.records import Note

ID_ROLE = Qt.ItemDataRole.UserRole
TEXT_COLOUR = QColor("#2b2213")
ANY = "any"  # the filters' "show all"
NO_MOMENT = -1
SORTS = ("oldest", "newest", "text", "colour")


class GroupList(QListWidget):
    """One segment's notes on the wall; notes dragged here from another group move here."""

    dropped = Signal(object, str)  # note ids, this group's segment key

    def __init__(self, segment_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment_key = segment_key
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setMinimumHeight(90)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def selected_ids(self) -> list[int]:
        return [int(item.data(ID_ROLE)) for item in self.selectedItems()]

    def dropEvent(self, event: QDropEvent) -> None:
        """The wall moves the notes in the store (one undo step) and redraws; Qt's own
        copy of the items is not wanted."""
        source = event.source()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if isinstance(source, GroupList) and source is not self:
            self.take_from(source)

    def take_from(self, source: GroupList) -> None:
        ids = source.selected_ids()
        if ids:
            self.dropped.emit(ids, self.segment_key)


class Wall(QWidget):
    """All notes by segment, core parts first, then the rings inside out."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.groups: dict[str, GroupList] = {}
        self.headers: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        # The filters on one row, the actions on the next: one row of all five was wider
        # than a 1024-pixel window leaves for the wheel's page.
        tools = QHBoxLayout()
        actions = QHBoxLayout()
        self.moment_filter = QComboBox()
        self.colour_filter = QComboBox()
        self.sort = QComboBox()
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge_selected)
        self.colour_button = QToolButton()
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.colour_menu = QMenu(self.colour_button)
        self.colour_button.setMenu(self.colour_menu)
        self.show_label, self.colour_label, self.sort_label = QLabel(), QLabel(), QLabel()
        for label, widget in (
            (self.show_label, self.moment_filter),
            (self.colour_label, self.colour_filter),
            (self.sort_label, self.sort),
        ):
            label.setBuddy(widget)
            tools.addWidget(label)
            tools.addWidget(widget)
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(8)
        self.moment_filter.currentIndexChanged.connect(self._moment_chosen)
        self.colour_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.sort.currentIndexChanged.connect(lambda _index: self.refresh())
        tools.addStretch(1)
        actions.addStretch(1)
        actions.addWidget(self.colour_button)
        actions.addWidget(self.merge_button)
        layout.addLayout(tools)
        layout.addLayout(actions)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setAccessibleName(self.tr("Post-its by segment"))
        layout.addWidget(scroll, 1)
        self._build_groups()
        workshop.noticed.connect(self._noticed)
        workshop.networkOpened.connect(self.refresh)
        workshop.view.momentFilterChanged.connect(self._show_moment)
        self.retranslate()

    # --- building -------------------------------------------------------------------------

    def _build_groups(self) -> None:
        model = self.workshop.model
        rows = [[part.key for part in model.core.segments]]
        rows += [[segment.key for segment in ring.segments] for ring in model.rings]
        for row, keys in enumerate(rows):
            for column, key in enumerate(keys):
                frame = QFrame()
                frame.setFrameShape(QFrame.Shape.StyledPanel)
                box = QVBoxLayout(frame)
                header = QLabel()
                header.setTextFormat(Qt.TextFormat.PlainText)
                header.setWordWrap(True)
                group = GroupList(key)
                group.dropped.connect(self.move_notes)
                group.itemSelectionChanged.connect(self._update_buttons)
                group.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                group.customContextMenuRequested.connect(
                    lambda point, g=group: self.group_menu(g).popup(g.mapToGlobal(point))
                )
                box.addWidget(header)
                box.addWidget(group, 1)
                header.setBuddy(group)  # the list is named by its segment's heading
                self.grid.addWidget(frame, row, column)
                self.groups[key] = group
                self.headers[key] = header

    def retranslate(self) -> None:
        self.show_label.setText(self.tr("Moment"))
        self.colour_label.setText(self.tr("Colour"))
        self.sort_label.setText(self.tr("Sort"))
        self.merge_button.setText(self.tr("Merge two"))
        self.merge_button.setToolTip(
            self.tr("Select two post-its: they become one, both texts kept")
        )
        self.colour_button.setText(self.tr("Colour…"))
        names = {
            "oldest": self.tr("Oldest first"),
            "newest": self.tr("Newest first"),
            "text": self.tr("By text"),
            "colour": self.tr("By colour"),
        }
        current = self.sort.currentData() or "oldest"
        self.sort.blockSignals(True)
        self.sort.clear()
        for key in SORTS:
            self.sort.addItem(names[key], key)
        self.sort.setCurrentIndex(SORTS.index(current))
        self.sort.blockSignals(False)
        self.refresh()

    # --- showing --------------------------------------------------------------------------

    def _noticed(self, changes: Changes) -> None:
        if changes.touches(NOTES | MOMENTS | NETWORK):
            self.refresh()

    def _moment_chosen(self, _index: int) -> None:
        """All moments or one moment is the shared view state (the wheel and the post-it
        panel follow); "no moment" is the wall's own sorting aid."""
        moment = self.moment_filter.currentData()
        if moment != NO_MOMENT:
            self.workshop.view.set_moment_filter(None if moment == ANY else moment)
        self.refresh()

    def _show_moment(self, moment_id: int | None) -> None:
        self._select_moment(moment_id)
        self.refresh()

    def _select_moment(self, moment_id: int | None) -> None:
        if moment_id is None and self.moment_filter.currentData() == NO_MOMENT:
            return
        index = self.moment_filter.findData(ANY if moment_id is None else moment_id)
        self.moment_filter.blockSignals(True)
        self.moment_filter.setCurrentIndex(max(index, 0))
        self.moment_filter.blockSignals(False)

    def notes(self) -> list[Note]:
        """The notes the filters let through, in the chosen order."""
        if not self.workshop.has_network:
            return []
        notes = list(self.workshop.contents.notes)
        moment = self.moment_filter.currentData()
        if moment not in (None, ANY):
            wanted = None if moment == NO_MOMENT else moment
            notes = [note for note in notes if note.moment_id == wanted]
        colour = self.colour_filter.currentData()
        if colour not in (None, ANY):
            notes = [note for note in notes if note.colour == colour]
        order = self.sort.currentData() or "oldest"
        keys: dict[str, Callable[[Note], tuple[str, int]]] = {
            "oldest": lambda note: ("", note.id),
            "newest": lambda note: ("", -note.id),
            "text": lambda note: (note.text.casefold(), note.id),
            "colour": lambda note: (note.colour, note.id),
        }
        return sorted(notes, key=keys[order])

    def refresh(self) -> None:
        self._fill_filters()
        shown: dict[str, list[Note]] = {key: [] for key in self.groups}
        for note in self.notes():
            if note.segment_key in shown:
                shown[note.segment_key].append(note)
        wording = self.workshop.wording()
        for key, group in self.groups.items():
            group.clear()
            for note in shown[key]:
                item = QListWidgetItem(note.text)  # list items show plain text
                item.setData(ID_ROLE, note.id)
                item.setBackground(QBrush(QColor(note.colour)))
                item.setForeground(QBrush(TEXT_COLOUR))
                group.addItem(item)
            self.headers[key].setText(f"{wording.segment(key)}  ({len(shown[key])})")
        self._update_buttons()

    def _fill_filters(self) -> None:
        contents = self.workshop.contents if self.workshop.has_network else None
        moments = [(m.label, m.id) for m in contents.moments] if contents else []
        colours = sorted({note.colour for note in contents.notes}) if contents else []
        self._refill(
            self.moment_filter,
            [(self.tr("All moments"), ANY), (self.tr("No moment"), NO_MOMENT), *moments],
        )
        self._select_moment(self.workshop.view.moment_filter())
        self._refill(
            self.colour_filter,
            [(self.tr("All colours"), ANY), *[(f"{colour_name(c)} ({c})", c) for c in colours]],
        )
        for index, colour in enumerate(colours, start=1):
            self.colour_filter.setItemIcon(index, colour_icon(colour, 16))
        self.colour_menu.clear()
        for colour in [c.upper() for c in CALM.note_colours]:
            action = self.colour_menu.addAction(colour_icon(colour, 16), colour_name(colour))
            action.setData(colour)
            action.triggered.connect(lambda _=False, c=colour: self.colour_selection(c))

    @staticmethod
    def _refill(combo: QComboBox, entries: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def selected_ids(self) -> list[int]:
        return [note_id for group in self.groups.values() for note_id in group.selected_ids()]

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(len(self.selected_ids()) == 2)

    # --- actions (each one undo step) -----------------------------------------------------

    def move_notes(self, note_ids: list[int], segment_key: str) -> None:
        self.workshop.notes.move_notes(note_ids, segment_key)

    def merge_selected(self) -> bool:
        """The two selected notes become the older one, its text first."""
        ids = sorted(self.selected_ids())
        if len(ids) != 2:
            return False
        store = self.workshop.store
        combined = (
            len(store.notes.get_note(ids[0]).text) + len(store.notes.get_note(ids[1]).text) + 2
        )
        if combined > MAX_NOTE:
            box = QMessageBox(self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setWindowTitle(self.tr("Post-its not merged"))
            box.setText(self.tr("Together the two texts are too long for one post-it."))
            box.exec()
            box.deleteLater()
            return False
        self.workshop.notes.merge(ids[0], ids[1])
        return True

    def colour_selection(self, colour: str) -> None:
        """Colour the selected notes; with none selected, every note the filters show (a
        whole moment, say)."""
        ids = self.selected_ids() or [note.id for note in self.notes()]
        self.workshop.notes.recolour(ids, colour)

    def group_menu(self, group: GroupList) -> QMenu:
        """A group's context menu: give all its notes (those the filters show) one colour."""
        menu = QMenu(group)
        menu.setTitle(self.tr("Colour this group"))
        for colour in [c.upper() for c in CALM.note_colours]:
            action = menu.addAction(
                colour_icon(colour, 16), self.tr("Colour this group") + f" {colour_name(colour)}"
            )
            action.setData(colour)
            action.triggered.connect(
                lambda _=False, c=colour, k=group.segment_key: self.colour_group(k, c)
            )
        return menu

    def colour_group(self, segment_key: str, colour: str) -> None:
        ids = [note.id for note in self.notes() if note.segment_key == segment_key]
        self.workshop.notes.recolour(ids, colour)
