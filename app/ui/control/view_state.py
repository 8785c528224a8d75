"""What is being viewed, owned in one place (napari's one owner per piece of state).

The wheel, the panels, the wall, the quick bar, the room's queue and the presenter console
read it here, write to it here and listen to its signals; none of them keeps a copy or asks
another view. It outlives every view: a language switch, a panel rebuilt, the presenter
opened or closed keep all of it. The Workshop holds one (`workshop.view`); it decides which
saved line follows a turn of the wheel, and puts the filter back to "all" when another
network opens or the moment it filtered on is gone.

The pieces, each with its signal:
- the line being viewed (`currentLineChanged`): the saved line in focus, or the draft of the
  focus line; the saved line the wheel was turned away from (it may be reworked); the
  reading direction;
- the draft (`draftChanged`): the title, assumptions and stories typed for a line not saved
  yet, per focus line, so turning away and back within the session keeps them;
- the post-it moment filter (`momentFilterChanged`);
- the wheel's selected ring (`selectedRingChanged`), the one the keys turn;
- the segment whose post-its the reader shows (`readerSegmentChanged`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.model import Direction

SegmentKeys = tuple[str, ...]


class ViewState(QObject):
    """What is being viewed; every setter tells its listeners (when something changed)."""

    currentLineChanged = Signal()  # another line shown (saved, draft, rework, direction)
    draftChanged = Signal()  # a draft's title, assumptions or story
    momentFilterChanged = Signal(object)  # int | None
    selectedRingChanged = Signal(object)  # str | None
    readerSegmentChanged = Signal(object)  # str | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._moment_id: int | None = None
        self._line_id: int | None = None
        self._rework_id: int | None = None
        self._direction = Direction.INSIDE_OUT
        self._draft_title = ""
        self._draft_assumptions = ""
        self._draft_stories: dict[SegmentKeys, dict[str, str]] = {}
        self._ring: str | None = None
        self._reader: str | None = None

    # --- the line being viewed -----------------------------------------------------------

    @property
    def current_line_id(self) -> int | None:
        """The saved line being viewed (None: the draft of the focus line)."""
        return self._line_id

    @property
    def rework_line_id(self) -> int | None:
        """The saved line the wheel was turned away from (None: none)."""
        return self._rework_id

    @property
    def direction(self) -> Direction:
        return self._direction

    def show_line(
        self,
        line_id: int | None,
        rework_id: int | None = None,
        direction: Direction | None = None,
        *,
        announce: bool = True,
    ) -> None:
        """View a saved line (None: the draft), remembering `rework_id`; `direction`: the
        reading direction (None: as it was). Announced even when the ids stay: the focus
        line, and with it the draft shown, follows the wheel (`announce=False`: another
        network opens, which says so itself)."""
        self._line_id, self._rework_id = line_id, rework_id
        if direction is not None:
            self._direction = direction
        if announce:
            self.currentLineChanged.emit()

    # --- the draft ------------------------------------------------------------------------

    @property
    def draft_title(self) -> str:
        return self._draft_title

    @property
    def draft_assumptions(self) -> str:
        return self._draft_assumptions

    def set_draft_text(self, field: str, text: str) -> None:
        """`field` is 'title' or 'assumptions'."""
        if field not in ("title", "assumptions"):
            raise ValueError(f"a draft has no field {field!r}")
        if getattr(self, f"_draft_{field}") != text:
            setattr(self, f"_draft_{field}", text)
            self.draftChanged.emit()

    def draft_stories(self, focus: SegmentKeys) -> dict[str, str]:
        """The stories typed for the unsaved line on `focus` (read them; write through
        `set_draft_story`)."""
        return self._draft_stories.setdefault(focus, {})

    def set_draft_story(self, focus: SegmentKeys, step_key: str, text: str) -> None:
        stories = self.draft_stories(focus)
        if stories.get(step_key, "") != text:
            stories[step_key] = text
            self.draftChanged.emit()

    def forget_draft(self, focus: SegmentKeys | None = None) -> None:
        """The draft on `focus` was saved (None: every draft goes, another network opens)."""
        if focus is None:
            self._draft_stories.clear()
        else:
            self._draft_stories.pop(focus, None)
        self._draft_title = self._draft_assumptions = ""
        self.draftChanged.emit()

    # --- the post-it moment filter ---------------------------------------------------------

    def moment_filter(self) -> int | None:
        """The moment whose post-its are shown (None: all of them)."""
        return self._moment_id

    def set_moment_filter(self, moment_id: int | None) -> None:
        if moment_id != self._moment_id:
            self._moment_id = moment_id
            self.momentFilterChanged.emit(moment_id)

    # --- the wheel's selected ring and the reader ------------------------------------------

    def selected_ring(self) -> str | None:
        """The ring the keys turn (None: none selected)."""
        return self._ring

    def set_selected_ring(self, ring_key: str | None) -> None:
        ring_key = ring_key or None  # the scene says "" for none
        if ring_key != self._ring:
            self._ring = ring_key
            self.selectedRingChanged.emit(ring_key)

    def reader_segment(self) -> str | None:
        """The segment whose post-its the reader shows (None: the reader is closed)."""
        return self._reader

    def set_reader_segment(self, segment_key: str | None) -> None:
        if segment_key != self._reader:
            self._reader = segment_key
            self.readerSegmentChanged.emit(segment_key)
