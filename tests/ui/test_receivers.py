"""The receivers of the three everyday flows, by name: which of the program's slots, event
handlers and connected lambdas Qt calls for a keystroke in a story, an accepted phone
post-it and a language switch (`tests.ui.receivers`). Each list is short and named here, so
a new listener is a decision, not an accident; no view refreshes itself from its own edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtTest import QTest

from app.ui.control.i18n import LanguageSwitcher
from app.ui.shell.main_window import MainWindow
from tests.ui.receivers import receivers
from tests.ui.test_room import phone_posts

# Listeners of every committed change: each looks at the notice's parts and returns at once
# when none of them is its own (a story is the line panel's alone).
NOTICE_LISTENERS = {
    "MainWindow._noticed",  # the wheel's texts, plausibility and post-its
    "CorePanel._noticed",
    "LinePanel._noticed",
    "QuickBar._noticed",
    "Room._noticed",
    "RoomPanel._noticed",
    "MeasureBox.__init__.<locals>.<lambda>",
    "UndoActions.name_actions",  # Edit → Undo names the new step
}


def _window_with_a_line(window: MainWindow) -> None:
    window.workshop.create_network("LEF")
    window.workshop.save_line()
    window.tabs.setCurrentWidget(window.line_panel)  # the core tab's panel and this one made


def test_a_keystroke_in_a_story_runs_these_receivers(window: MainWindow, qtbot) -> None:
    _window_with_a_line(window)
    editor = window.line_panel.steps[1].story
    editor.setFocus()
    QTest.keyClick(editor, "a")  # the first keystroke makes the undo step; trace the next
    called, ran = receivers(lambda: QTest.keyClick(editor, "b"))
    assert set(called) == NOTICE_LISTENERS | {
        "LinePanel.eventFilter",  # the key press passes the panel's filter (Tab leaves)
        "TextLimit._check",  # the story's length limit
        "LinePanel.__init__.<locals>.<lambda>",  # textChanged → Workshop.set_story
    }, called
    assert "Workshop.set_story" in ran
    assert "LinePanel.refresh" not in ran  # not from its own edit
    qtbot.waitUntil(lambda: not window.workshop.typing_unsynced, timeout=5000)


def test_an_accepted_phone_post_it_runs_these_receivers(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(window.room_dock, "may_quit", lambda: True)
    _window_with_a_line(window)
    window.tabs.setCurrentWidget(window.notes_panel)
    window.desk.wall  # noqa: B018 (the wall of post-its made, as when its page was shown)
    workshop, room = window.workshop, window.room
    address = room.open(hosts=["127.0.0.1"], port=0)
    try:
        segment = workshop.focus_line().segment_keys[1]
        assert phone_posts(address.port, address.secret, 1, "Idee", segment=segment) == 200
        qtbot.waitUntil(lambda: len(room.pending) == 1, timeout=10_000)
        called, ran = receivers(lambda: room.accept(room.pending[0].id))
    finally:
        room.close()
    assert set(called) == NOTICE_LISTENERS | {
        "NotesPanel._noticed",  # the post-its tab's list
        "Wall._noticed",
        "RoomQueue.refresh",  # the queue without the accepted post-it (queueChanged)
        "RoomQueue._update_buttons",
    }, called
    # What shows post-its refreshes; the queue that accepted it does not refresh from the
    # notice (only from its own queue), and nothing reads the whole network.
    # (a post-it refills only the notes panel's list, from the patched contents)
    assert {"NotesPanel._fill_list", "Wall.refresh", "MainWindow.show_notes"} <= ran
    assert not ran & {"LinePanel.refresh", "CorePanel.refresh"}
    assert "NetworksPart.load_network" not in ran


def test_a_language_switch_runs_these_receivers(window: MainWindow, qapp) -> None:
    switcher = LanguageSwitcher(qapp)
    window.languageChosen.connect(switcher.use)
    _window_with_a_line(window)

    def switch() -> None:
        window.choose_language("nl")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)

    try:
        called, ran = receivers(switch)
    finally:
        window.choose_language("en")
        switcher.use("en")
    assert set(called) == {
        "MainWindow.changeEvent",  # the window's texts (and the panels made anew)
        "WheelView.viewportEvent",  # the language change passes the wheel's view
        "WheelDesk.eventFilter",  # and the desk's filter on it (reader keys)
        "CorePanel.eventFilter",  # and the shown tabs' new panels' filters (Tab leaves)
        "LinePanel.eventFilter",
        "LinePanel.resizeEvent",  # the new line panel laid out
    }, called
    parts = ("Networks", "Lines", "Evidence", "Learning", "Notes", "Measures", "Groups", "Wheel")
    store_classes = {"StoreSessions", "RoomPart", *(f"{part}Part" for part in parts)}
    assert not {name for name in ran if name.split(".")[0] in store_classes}
    assert "Workshop._emit" not in ran  # no change, no notice
