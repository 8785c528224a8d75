"""A facilitator's outside-in session, as LEF ran it, from an empty store to a reopened window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.model import Direction
from app.ui.main_window import MainWindow


def turn_with_keys(qtbot, window: MainWindow, ring_number: int, presses: int) -> None:
    """Select a ring with its number key and turn it with → presses, as at a projector."""
    view = window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key(Qt.Key.Key_1 + ring_number - 1))
    with qtbot.waitSignal(window.scene.arrangementSettled, timeout=5000):
        for _ in range(presses):
            QTest.keyClick(view, Qt.Key.Key_Right)


def test_an_outside_in_session_survives_closing_the_window(
    qtbot, open_window, tmp_path: Path
) -> None:
    window = open_window()
    workshop = window.workshop
    assert not workshop.has_network
    window.grab().save(str(tmp_path / "01-start.png"))

    workshop.create_network("LEF Rijnland")
    assert window.windowTitle().startswith("LEF Rijnland")

    # The core: type entries and press Enter, as in the panel.
    window.tabs.setCurrentWidget(window.core_panel)
    partners = window.core_panel.parts["core.partners"]
    for name in ("mboRijnland", "Gemeente Leiden"):
        qtbot.keyClicks(partners.entry, name)
        QTest.keyClick(partners.entry, Qt.Key.Key_Return)
    activities = window.core_panel.parts["core.activities"]
    qtbot.keyClicks(activities.entry, "Stagebank")
    QTest.keyClick(activities.entry, Qt.Key.Key_Return)
    window.core_panel.stakeholders["stakeholders.target_group"].setFocus()
    qtbot.keyClicks(
        window.core_panel.stakeholders["stakeholders.target_group"],
        "Doelgroep: studenten van mboRijnland",
    )
    assert [e.text for e in workshop.contents.core] == [
        "mboRijnland", "Gemeente Leiden", "Stagebank"
    ]

    # Turn the rings: ring 2 one segment, the stakeholder ring three (→ the direct target group).
    turn_with_keys(qtbot, window, 2, 1)
    turn_with_keys(qtbot, window, 4, 3)
    arrangement = window.scene.arrangement()
    assert arrangement.indices == (0, 3, 0, 1)
    assert workshop.contents.wheel.arrangement == arrangement
    focus = workshop.focus_line()
    assert focus.stakeholder_key == "stakeholders.target_group"

    # Outside-in, then a story per step in the panel's own fields.
    panel = window.line_panel
    window.tabs.setCurrentWidget(panel)
    panel.direction.setCurrentIndex(list(Direction).index(Direction.OUTSIDE_IN))
    panel.direction.activated.emit(panel.direction.currentIndex())
    assert panel.steps[0].step_key == "stakeholders"
    assert "studenten van mboRijnland" in panel.steps[0].heading.text()
    stories = {}
    for editor in panel.steps:
        story = f"Verhaal bij {editor.step_key}: <b>niet vet</b> & 'aanhalingstekens'"
        editor.story.setFocus()
        qtbot.keyClicks(editor.story, story)
        stories[editor.step_key] = story
    qtbot.keyClicks(panel.assumptions, "Studenten vinden de stagebank")
    qtbot.keyClicks(panel.title, "Stages die werken")
    window.grab().save(str(tmp_path / "02-line-draft.png"))

    window.save_line_action.trigger()
    line = workshop.current_line()
    assert line is not None
    assert line.title == "Stages die werken"
    assert line.direction is Direction.OUTSIDE_IN
    assert {step.key: step.story for step in line.steps} == stories
    assert line.assumptions == "Studenten vinden de stagebank"
    window.tabs.setCurrentWidget(window.lines_panel)
    window.grab().save(str(tmp_path / "03-lines.png"))
    window.close()

    # A new window on the same store: everything is back, the wheel as it was left.
    again = open_window()
    assert again.workshop.has_network
    assert again.workshop.contents.network.name == "LEF Rijnland"
    assert again.scene.arrangement() == arrangement
    reopened = again.workshop.current_line()
    assert reopened is not None and reopened.id == line.id
    assert {step.key: step.story for step in reopened.steps} == stories
    assert again.core_panel.parts["core.partners"].list.count() == 2
    assert (
        again.workshop.contents.network.stakeholder("stakeholders.target_group").name
        == "Doelgroep: studenten van mboRijnland"
    )
    assert again.line_panel.steps[0].story.toPlainText() == stories["stakeholders"]
    again.grab().save(str(tmp_path / "04-reopened.png"))


def test_switching_the_language_keeps_the_work_and_retranslates(window, qapp) -> None:
    from app.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    window.languageChosen.connect(switcher.use)
    workshop = window.workshop
    workshop.create_network("LEF")
    workshop.set_story("ring1", "Tweehonderd bezoekers")
    window.choose_language("nl")
    try:
        assert window.file_menu.title() == "&Bestand"
        assert window.tabs.tabText(1) == "Redeneerlijn"
        stories = {e.step_key: e.story.toPlainText() for e in window.line_panel.steps}
        assert stories["ring1"] == "Tweehonderd bezoekers"
        ring1 = workshop.model.segment(workshop.focus_line().segment_keys[0])
        assert window.line_panel.steps[1].heading.text().endswith(ring1.label.nl)
        window.choose_language("en")
        assert window.file_menu.title() == "&File"
        assert window.line_panel.steps[1].heading.text().endswith(ring1.label.en)
        assert window.line_panel.steps[1].story.toPlainText() == "Tweehonderd bezoekers"
    finally:
        switcher.use("en")
