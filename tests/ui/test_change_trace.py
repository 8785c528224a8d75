"""The three everyday flows traced: which of the program's own functions run for a keystroke
in a story, an accepted phone post-it and a language switch. Each view refreshes only for a
change of what it shows, none from its own edit, and no flow reads the whole network again."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtTest import QTest

from app.ui.shell.main_window import MainWindow
from tests.ui.test_room import phone_posts

ROOT = Path(__file__).resolve().parents[2]
OURS = (str(ROOT / "app"), str(ROOT / "db"))


def traced(action: Callable[[], object]) -> set[str]:
    """The qualified names of the program's functions (app/, db/) that ran during `action`."""
    ran: set[str] = set()

    def profile(frame, event, _arg):  # type: ignore[no-untyped-def]
        if event == "call" and frame.f_code.co_filename.startswith(OURS):
            ran.add(frame.f_code.co_qualname)

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return ran


def _refreshes(ran: set[str]) -> set[str]:
    """The views that rebuilt what they show (their refresh-like methods)."""
    words = ("refresh", "show_chain", "fill_questions", "show_notes", "_fill_list")
    return {name for name in ran if name.rsplit(".", 1)[-1].startswith(words)}


def test_a_keystroke_in_a_story_refreshes_no_view_and_reads_nothing_again(
    window: MainWindow, qtbot
) -> None:
    workshop = window.workshop
    workshop.create_network("LEF")
    workshop.save_line()
    editor = window.line_panel.steps[1].story
    window.tabs.setCurrentWidget(window.line_panel)
    editor.setFocus()
    QTest.keyClick(editor, "a")  # the first keystroke makes the undo step; trace the next
    ran = traced(lambda: QTest.keyClick(editor, "b"))
    assert "Workshop.set_story" in ran and "LinesPart.set_line_story" in ran
    assert _refreshes(ran) == set(), sorted(_refreshes(ran))
    assert "NetworksPart.load_network" not in ran
    assert workshop.current_line().story(window.line_panel.steps[1].step_key) == "ab"
    assert workshop.typing_unsynced  # committed, synced after a pause
    qtbot.waitUntil(lambda: not workshop.typing_unsynced, timeout=5000)


def test_an_accepted_phone_post_it_refreshes_what_shows_post_its_and_reads_only_the_notes(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(window.room_dock, "may_quit", lambda: True)
    workshop, room = window.workshop, window.room
    workshop.create_network("Energieregio Noord")
    for panel in (window.line_panel, window.lines_panel, window.indicator_panel):
        window.tabs.setCurrentWidget(panel)  # (a tab's panel is made when first shown)
    window.tabs.setCurrentWidget(window.notes_panel)
    window.desk.wall  # noqa: B018 (made when its page is first shown)
    address = room.open(hosts=["127.0.0.1"], port=0)
    try:
        segment = workshop.focus_line().segment_keys[1]
        assert phone_posts(address.port, address.secret, 1, "Idee", segment=segment) == 200
        qtbot.waitUntil(lambda: len(room.pending) == 1, timeout=10_000)
        notices = []
        workshop.noticed.connect(notices.append)
        ran = traced(lambda: room.accept(room.pending[0].id))
    finally:
        room.close()
    assert "NetworksPart.load_network" not in ran
    # The store returned the post-it it wrote: the Workshop patched its copy, read nothing.
    parts = ("Networks", "Lines", "Evidence", "Learning", "Notes", "Measures", "Groups", "Wheel")
    store_classes = {"StoreSessions", "RoomPart", *(f"{part}Part" for part in parts)}
    reading = ("reading", "list_", "load_", "get_", "find_", "_whole")
    reads = {
        name
        for name in ran
        if name.split(".")[0] in store_classes and name.split(".")[-1].startswith(reading)
    }
    assert not reads, sorted(reads)
    assert "NotesPart.add_note" in ran
    assert {"NotesPanel._fill_list", "Wall.refresh", "MainWindow.show_notes"} <= ran
    untouched = {"LinePanel.refresh", "LinesPanel.refresh", "IndicatorPanel.refresh"}
    assert not ran & untouched, sorted(ran & untouched)
    (notice,) = notices
    assert notice.origin.value == "room"
    assert len(window.workshop.contents.notes) == 1


def test_a_language_switch_reads_nothing_from_the_store(window: MainWindow, qapp) -> None:
    from app.ui.control.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    window.languageChosen.connect(switcher.use)
    window.workshop.create_network("LEF")
    window.tabs.setCurrentWidget(window.notes_panel)
    try:
        ran = traced(lambda: window.choose_language("nl"))
    finally:
        window.choose_language("en")
        switcher.use("en")
    parts = ("Networks", "Lines", "Evidence", "Learning", "Notes", "Measures", "Groups", "Wheel")
    store_classes = {"StoreSessions", "RoomPart", *(f"{part}Part" for part in parts)}
    store = {name for name in ran if name.split(".")[0] in store_classes}
    assert not store, sorted(store)
    assert "NotesPanel.refresh" in ran  # the shown tab's new panel fills itself from the contents
    assert "LinePanel.refresh" not in ran  # the others are made when their tab is shown
