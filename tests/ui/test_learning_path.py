"""The learning path panel: moments, measurements per moment, trends and stories, and undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from app.core.model import IndicatorKind
from app.ui.learning_path_panel import LearningPathPanel, parse_number
from app.ui.moment_dialog import MomentDialog
from app.ui.workshop import Workshop
from db.store import Store


@pytest.fixture
def panel(workshop: Workshop, qtbot) -> LearningPathPanel:
    panel = LearningPathPanel(workshop)
    qtbot.addWidget(panel)
    panel.resize(460, 820)
    panel.show()
    return panel


def _line_with_indicators(workshop: Workshop) -> tuple[int, int, int]:
    line_id = workshop.save_line()
    ring1 = workshop.model.rings[0].key
    count = workshop.learning.add_indicator(
        line_id, ring1, "Aantal deelnemers", IndicatorKind.QUANTITATIVE, unit="leraren"
    )
    story = workshop.learning.add_indicator(
        line_id, ring1, "Verhalen van leraren", IndicatorKind.QUALITATIVE
    )
    return line_id, count, story


def test_the_empty_states(store: Store, qtbot, qapp, tmp_path: Path) -> None:
    workshop = Workshop(store)
    panel = LearningPathPanel(workshop)
    qtbot.addWidget(panel)
    assert panel.is_empty()
    assert "network" in panel.empty.text()
    workshop.create_network("LEF")
    assert not panel.is_empty()
    assert not panel.no_moments.isHidden()
    assert "Save a reasoning line first" in panel.measurements_hint.text()
    panel.resize(420, 420)
    panel.grab().save(str(tmp_path / "learning_path_empty.png"))
    line_id = workshop.save_line()
    assert "no indicators yet" in panel.measurements_hint.text()
    workshop.learning.add_indicator(
        line_id, workshop.model.core.key, "Partners", IndicatorKind.QUANTITATIVE
    )
    assert "Add a moment" in panel.measurements_hint.text()
    workshop.learning.add_moment("A")
    assert panel.measurements_hint.isHidden()
    assert panel.no_moments.isHidden()
    assert len(panel.trends) == 1


def test_moments_are_added_edited_and_deleted_with_undo(
    workshop: Workshop, store: Store, panel: LearningPathPanel, qtbot
) -> None:
    network_id = workshop.network_id
    assert network_id is not None
    dialog = MomentDialog(workshop, parent=panel)
    qtbot.addWidget(dialog)
    assert dialog.label.text() == "A"
    assert not dialog.date.isEnabled()  # the date is optional
    dialog.focus.setText("Nulmeting")
    dialog.set_date(date(2025, 3, 12))
    dialog.accept()
    (moment,) = store.list_moments(network_id)
    assert (moment.label, moment.date, moment.focus) == ("A", date(2025, 3, 12), "Nulmeting")
    assert panel.moments.count() == 1
    assert panel.add_button.text() == "Add moment B…"

    edit = MomentDialog(workshop, moment, panel)
    qtbot.addWidget(edit)
    assert edit.has_date.isChecked()
    edit.learnings.setPlainText("Leraren komen vooral op woensdag.")
    edit.set_date(None)
    edit.accept()
    changed = store.get_moment(moment.id)
    assert (changed.learnings, changed.date) == ("Leraren komen vooral op woensdag.", None)
    workshop.undo_stack.undo()
    assert store.get_moment(moment.id) == moment
    workshop.undo_stack.redo()
    assert store.get_moment(moment.id) == changed

    panel.select_moment(moment.id)
    assert "woensdag" in panel.learnings.text()
    panel.confirm_delete = lambda moment: True  # type: ignore[method-assign]  # say yes without a dialog
    panel.delete_selected_moment()
    assert store.list_moments(network_id) == ()
    assert panel.moments.isHidden()
    workshop.undo_stack.undo()
    assert store.list_moments(network_id) == (changed,)
    workshop.undo_stack.undo()  # the edit
    workshop.undo_stack.undo()  # the add
    assert store.list_moments(network_id) == ()
    workshop.undo_stack.redo()
    assert store.list_moments(network_id) == (moment,)


def test_measurements_are_typed_into_the_table_and_undone(
    workshop: Workshop, store: Store, panel: LearningPathPanel, qtbot, tmp_path: Path
) -> None:
    _, count, story = _line_with_indicators(workshop)
    a = workshop.learning.add_moment("A", date(2025, 3, 12), "Nulmeting")
    b = workshop.learning.add_moment("B", date(2025, 9, 1), "Na de zomer")
    trend = panel.trend_of(count)
    table = trend.table
    assert not table.isColumnHidden(1)
    assert panel.trend_of(story).table.isColumnHidden(1)  # stories have no number column
    table.item(0, 1).setText("120")
    assert [(m.moment_id, m.value) for m in store.list_measurements(count)] == [(a, 120.0)]
    table = panel.trend_of(count).table  # the same table: only its cells changed
    assert table is trend.table
    table.item(1, 1).setText("185")
    table.item(1, 3).setText("inclusief stagiairs")
    assert trend.chart is not None
    assert trend.chart.points() == [("A", 120.0), ("B", 185.0)]

    stories = panel.trend_of(story)
    stories.table.item(0, 2).setText("<b>x</b> zei: ik voel me gezien")
    assert stories.stories is not None
    assert stories.stories.text() == "A: “<b>x</b> zei: ik voel me gezien”"
    assert stories.stories.textFormat() == Qt.TextFormat.PlainText  # shown literally
    qtbot.wait(50)  # let the layouts settle before the screenshot
    panel.grab().save(str(tmp_path / "learning_path.png"))

    # Undo the story, the note, the value of B; redo them; then clear a measurement.
    workshop.undo_stack.undo()
    assert store.list_measurements(story) == ()
    assert stories.stories.text() == "No stories recorded yet."
    workshop.undo_stack.undo()
    assert store.list_measurements(count)[1].note == ""
    workshop.undo_stack.undo()
    assert [m.moment_id for m in store.list_measurements(count)] == [a]
    for _ in range(3):
        workshop.undo_stack.redo()
    assert store.list_measurements(count)[1].note == "inclusief stagiairs"
    assert panel.trend_of(count).table.item(1, 3).text() == "inclusief stagiairs"

    table = panel.trend_of(count).table
    table.item(0, 1).setText("")
    assert [m.moment_id for m in store.list_measurements(count)] == [b]
    workshop.undo_stack.undo()
    assert [m.value for m in store.list_measurements(count)] == [120.0, 185.0]
    workshop.undo_stack.redo()
    assert [m.moment_id for m in store.list_measurements(count)] == [b]


def test_a_value_that_is_not_a_number_is_refused(
    workshop: Workshop, store: Store, panel: LearningPathPanel
) -> None:
    _, count, _ = _line_with_indicators(workshop)
    workshop.learning.add_moment("A")
    table = panel.trend_of(count).table
    table.item(0, 1).setText("veel")
    assert store.list_measurements(count) == ()
    assert "not a number" in panel.problem.text()
    assert panel.trend_of(count).table.item(0, 1).text() == ""


def test_numbers_are_read_the_dutch_and_the_c_way() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))
    try:
        assert parse_number("12,5") == 12.5
        assert parse_number("12.5") == 12.5 or parse_number("12.5") == 125.0
        assert parse_number("  ") is None
        with pytest.raises(ValueError):
            parse_number("veel")
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))
