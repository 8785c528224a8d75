"""The facilitator's console on the laptop while the projector shows the wheel.

Like a slide program's presenter view: the active line with its guiding questions and stories,
the previous and next saved line, what the projector shows (with black screen and the test
page), the incoming notes of an open room, a clock and the time since the start, and the keys.
The console owns nothing: every button asks the presentation or the workshop, so whatever it
does shows on the projector at once. What is viewed it reads from, and writes to, the view
state (`workshop.view`): the line (previous and next turn the wheel to a saved line, which
the view state then shows everywhere) and the post-its being read (a stack hovered on the
projector shows them here too, full text; Close closes the reader everywhere). Keys typed
here (a clicker sends keys to the window that has the focus) go to the presentation, as if
it had the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QElapsedTimer,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.control.workshop import Workshop
from app.ui.presenting.keys import key_help, neighbour_line
from app.ui.presenting.presentation import PresentationWindow
from app.ui.presenting.projector_pages import Show, show_label
from app.ui.widgets.plain import literal_ampersands
from app.ui.widgets.record_widgets import empty_state_label

translate = QCoreApplication.translate
TICK_MS = 1000


def elapsed_text(milliseconds: int) -> str:
    """'0:07:42': hours, minutes, seconds since the presentation started."""
    seconds = max(0, milliseconds // 1000)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _plain_label(size: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    label.setFont(font)
    return label


class ConsoleWindow(QWidget):
    """The presenter's console; `queue_place` is where the room's incoming notes go."""

    closed = Signal()  # the facilitator closed the console (the session ends the show)

    def __init__(self, presentation: PresentationWindow, workshop: Workshop) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("console")
        self.presentation = presentation
        self.workshop = workshop
        self.started = QElapsedTimer()
        self.started.start()
        self.clock = _plain_label(2.0, bold=True)
        self.elapsed = _plain_label(2.0)
        self.restart_button = self._button(self.restart_timer)
        self.screens = _plain_label()
        self.screens.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._screen_names = ("", "")
        self.heading = _plain_label(1.4, bold=True)
        self.steps = _plain_label(1.3)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.previous_button = self._button(lambda: presentation.step_line(-1))
        self.next_button = self._button(lambda: presentation.step_line(1))
        self.show_buttons: dict[Show, QPushButton] = {}
        self.show_group = QButtonGroup(self)
        for show in Show:
            button = self._button(self._shower(show))
            button.setCheckable(True)
            self.show_group.addButton(button)
            self.show_buttons[show] = button
        self.reading_box = QGroupBox()
        self.reading = _plain_label()
        self.reading.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.close_reading_button = self._button(lambda: workshop.view.set_reader_segment(None))
        self.queue_box = QGroupBox()
        self.queue_empty = empty_state_label()
        self.queue_place = QVBoxLayout(self.queue_box)
        self.queue_place.addWidget(self.queue_empty)
        self.queue_widget: QWidget | None = None
        self.keys = QLabel()
        self.keys.setTextFormat(Qt.TextFormat.PlainText)
        self.keys.setWordWrap(True)
        self._build()
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        presentation.showChanged.connect(self.show_show)
        view = workshop.view
        for signal in (workshop.changed, view.currentLineChanged, workshop.networkOpened):
            signal.connect(self.refresh)
        view.readerSegmentChanged.connect(self.show_reading)
        view.momentFilterChanged.connect(self.show_reading)
        presentation.scene.arrangementSettled.connect(self.refresh)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()
        self.tick()

    def _button(self, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the console, for clickers
        button.clicked.connect(slot)
        return button

    def _shower(self, show: Show) -> Callable[[], None]:
        return lambda: self.presentation.set_show(show)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.clock)
        top.addStretch(1)
        top.addWidget(self.screens)
        top.addStretch(1)
        top.addWidget(self.elapsed)
        top.addWidget(self.restart_button)
        line = QVBoxLayout()
        line.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.steps)
        line.addWidget(scroll, 1)
        turns = QHBoxLayout()
        turns.addWidget(self.previous_button)
        turns.addWidget(self.next_button)
        line.addLayout(turns)
        self.line_box = QGroupBox()
        self.line_box.setLayout(line)
        shows = QGridLayout()
        for index, button in enumerate(self.show_buttons.values()):
            shows.addWidget(button, index // 3, index % 3)
        self.show_box = QGroupBox()
        self.show_box.setLayout(shows)
        self.keys_box = QGroupBox()
        keys = QVBoxLayout(self.keys_box)
        keys_scroll = QScrollArea()  # on a 768-pixel laptop the list is taller than its room
        keys_scroll.setWidgetResizable(True)
        keys_scroll.setFrameShape(QFrame.Shape.NoFrame)
        keys_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keys_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        keys_scroll.setWidget(self.keys)
        keys.addWidget(keys_scroll)
        reading = QVBoxLayout(self.reading_box)
        reading_scroll = QScrollArea()
        reading_scroll.setWidgetResizable(True)
        reading_scroll.setFrameShape(QFrame.Shape.NoFrame)
        reading_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        reading_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        reading_scroll.setWidget(self.reading)
        reading.addWidget(reading_scroll, 1)
        reading.addWidget(self.close_reading_button, 0, Qt.AlignmentFlag.AlignRight)
        side = QVBoxLayout()
        side.addWidget(self.show_box)
        side.addWidget(self.reading_box, 1)
        side.addWidget(self.queue_box, 1)
        side.addWidget(self.keys_box, 1)
        body = QHBoxLayout()
        body.addWidget(self.line_box, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    # --- the room's queue -------------------------------------------------------------------

    def set_queue_widget(self, widget: QWidget | None) -> None:
        """Put the open room's moderation queue in its place (None: the empty state)."""
        if self.queue_widget is not None:
            self.queue_place.removeWidget(self.queue_widget)
            self.queue_widget.setParent(None)
        self.queue_widget = widget
        if widget is not None:
            self.queue_place.addWidget(widget)
            widget.show()
        self.queue_empty.setVisible(widget is None)

    def show_screens(self, projector: str, console: str) -> None:
        """Say which screen shows the wheel and which this console, so that a wrong guess
        is seen at once (View → Presentation screen chooses another)."""
        self._screen_names = (projector, console)
        self.screens.setText(
            translate("Console", "The wheel is on screen “%1”; this console on “%2”")
            .replace("%1", projector)
            .replace("%2", console)
        )

    # --- showing ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Console", "Console — Netwerkimpact"))
        self.setAccessibleName(translate("Console", "Console"))
        self.show_box.setTitle(translate("Console", "The projector shows"))
        self.queue_box.setTitle(translate("Console", "Incoming notes"))
        self.queue_empty.setText(
            translate(
                "Console",
                "No room is open. When participants send notes from their phones, "
                "they wait here until you let them through.",
            )
        )
        self.keys_box.setTitle(translate("Console", "Keys"))
        self.restart_button.setText(translate("Console", "Restart the timer"))
        self.close_reading_button.setText(translate("Console", "Close the reader"))
        if all(self._screen_names):
            self.show_screens(*self._screen_names)
        self.keys.setText("\n".join(f"{keys}: {what}" for keys, what in key_help()))
        for show, button in self.show_buttons.items():
            button.setText(show_label(show))
        self.show_show(self.presentation.show_mode)
        self.refresh()

    def show_reading(self, *_args: object) -> None:
        """The post-its of the segment being read (the view state's reader segment), as the
        reader shows them; hidden while nothing is read."""
        from app.ui.panels.notes_panel import wheel_notes

        workshop = self.workshop
        key = workshop.view.reader_segment()
        texts = [text for _, at, text, _ in wheel_notes(workshop) if at == key]
        if key is None or not texts:
            self.reading_box.hide()
            return
        place = literal_ampersands(workshop.wording().place(key))  # a title's & is a mnemonic
        self.reading_box.setTitle(translate("Console", "Post-its read: %1").replace("%1", place))
        self.reading.setText("\n\n".join(f"“{text}”" for text in texts))
        self.reading_box.show()

    def show_show(self, show: Show) -> None:
        self.show_buttons[show].setChecked(True)

    def restart_timer(self) -> None:
        self.started.restart()
        self.tick()

    def tick(self) -> None:
        self.clock.setText(QDateTime.currentDateTime().toString("HH:mm"))
        self.elapsed.setText(elapsed_text(self.started.elapsed()))

    def refresh(self, *_args: object) -> None:
        """The active line with questions and stories, and the saved lines either side."""
        workshop = self.workshop
        self.line_box.setTitle(translate("Console", "Active line"))
        if not workshop.has_network:
            self.heading.setText(translate("Console", "No network is open"))
            self.steps.setText("")
            for button in (self.previous_button, self.next_button):
                button.setEnabled(False)
                button.setText("")
            self.show_reading()
            return
        wording = workshop.wording()
        saved = workshop.saved_focus_line()
        focus = workshop.focus_line()
        reasoning = saved.reasoning_line if saved is not None else focus
        if saved is not None:
            self.heading.setText(saved.title)
            stories = {step.key: step.story for step in saved.steps}
        else:
            self.heading.setText(
                translate("Console", "Not saved: %1").replace("%1", wording.default_title(focus))
            )
            stories = workshop.draft_stories()
        blocks = []
        for step, questions in reasoning.guiding_questions(workshop.model, workshop.language):
            lines = [wording.step_title(step).one_line().upper()]
            lines += [f"  • {question}" for question in questions]
            story = stories.get(step.ring_key, "").strip()
            if story:
                lines.append(f"  “{story}”")
            blocks.append("\n".join(lines))
        self.steps.setText("\n\n".join(blocks))
        lines_saved = workshop.contents.lines
        current = saved.id if saved is not None else None
        for button, way, arrow in ((self.previous_button, -1, "←"), (self.next_button, 1, "→")):
            other = neighbour_line(lines_saved, current, way)
            button.setEnabled(other is not None)
            label = (
                translate("Console", "Previous line")
                if way < 0
                else translate("Console", "Next line")
            )
            title = f": {other.title}" if other is not None else ""
            button.setText(f"{arrow} {label}{title}" if way < 0 else f"{label}{title} {arrow}")
        self.show_reading()

    # --- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A clicker's keys (and every other key) act on the projector."""
        self.presentation.keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab selects the next ring, as on the projector

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ticker.stop()
        self.closed.emit()
        super().closeEvent(event)
