"""Reworking a saved line in the line panel (issue 23, item 6): after turning a ring away
from a saved line, the steps that stayed show the stories they keep, and the hint "Turned
away from …" is whole, not cut at the panel's edge."""

from __future__ import annotations

from app.ui.shell.main_window import MainWindow
from tests.ui.test_session import turn_with_keys


def test_kept_steps_show_their_stories_and_the_hint_is_whole(window: MainWindow, qtbot) -> None:
    workshop = window.workshop
    workshop.create_network("LEF")
    panel = window.line_panel
    window.tabs.setCurrentWidget(panel)
    keys = [editor.step_key for editor in panel.steps]
    for key in keys:
        workshop.set_story(key, f"Het verhaal van {key}")
    line_id = workshop.save_line()
    title = "Lerarentekort en kansengelijkheid in het Leidse primair en voortgezet onderwijs"
    workshop.rename_line(line_id, title)
    window.resize(1024, 768)
    turn_with_keys(qtbot, window, 3, 1)
    qtbot.wait(50)
    assert workshop.current_line() is None
    assert workshop.line_edits.rework_candidate().id == line_id
    shown = {editor.step_key: editor.story.toPlainText() for editor in panel.steps}
    assert shown["ring3"] == ""  # its segment changed: the dialog asks what to do with it
    for key in keys:
        if key != "ring3":
            assert shown[key] == f"Het verhaal van {key}", key
    hint = panel.state
    assert title in hint.text()
    assert hint.wordWrap() and hint.height() >= hint.heightForWidth(hint.width())
    right = hint.mapTo(panel, hint.rect().topRight()).x()
    assert right <= panel.width()
    # Saved as a new line, the kept steps carry their stories along.
    new_id = workshop.save_line()
    new = next(line for line in workshop.contents.lines if line.id == new_id)
    assert new.story("ring1") == "Het verhaal van ring1"
