"""The learning path panel: moments, measurements per moment, trends and stories, and undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from app.core.model import IndicatorKind
from app.ui.control.workshop import Workshop
from app.ui.dialogs.moment_dialog import MomentDialog
from app.ui.dialogs.target_dialog import TargetDialog
from app.ui.panels.indicator_trend import DATE, NOTE, SOURCE, TEXT, VALUE, parse_number
from app.ui.panels.learning_path_panel import LearningPathPanel
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
    (moment,) = store.learning.list_moments(network_id)
    assert (moment.label, moment.date, moment.focus) == ("A", date(2025, 3, 12), "Nulmeting")
    assert panel.moments.count() == 1
    assert panel.add_button.text() == "Add moment B…"

    edit = MomentDialog(workshop, moment, panel)
    qtbot.addWidget(edit)
    assert edit.has_date.isChecked()
    edit.learnings.setPlainText("Leraren komen vooral op woensdag.")
    edit.set_date(None)
    edit.accept()
    changed = store.learning.get_moment(moment.id)
    assert (changed.learnings, changed.date) == ("Leraren komen vooral op woensdag.", None)
    workshop.undo_stack.undo()
    assert store.learning.get_moment(moment.id) == moment
    workshop.undo_stack.redo()
    assert store.learning.get_moment(moment.id) == changed

    panel.select_moment(moment.id)
    assert "woensdag" in panel.learnings.text()
    panel.confirm_delete = lambda moment: True  # type: ignore[method-assign]  # say yes without a dialog
    panel.delete_selected_moment()
    assert store.learning.list_moments(network_id) == ()
    assert panel.moments.isHidden()
    workshop.undo_stack.undo()
    assert store.learning.list_moments(network_id) == (changed,)
    workshop.undo_stack.undo()  # the edit
    workshop.undo_stack.undo()  # the add
    assert store.learning.list_moments(network_id) == ()
    workshop.undo_stack.redo()
    assert store.learning.list_moments(network_id) == (moment,)


def _type(table, moment_id: int, entry_id: int | None, column: int, text: str) -> None:
    """Type into the row of (moment, entry), found by what it holds, never by its index."""
    table.item(table.row_of(moment_id, entry_id), column).setText(text)


def test_entries_are_typed_into_the_table_and_undone(
    workshop: Workshop, store: Store, panel: LearningPathPanel, qtbot, tmp_path: Path
) -> None:
    _, count, story = _line_with_indicators(workshop)
    a = workshop.learning.add_moment("A", date(2025, 3, 12), "Nulmeting")
    b = workshop.learning.add_moment("B", date(2025, 9, 1), "Na de zomer")
    trend = panel.trend_of(count)
    table = trend.table
    assert table.rows() == [(a, None), (b, None)]  # one new-entry row per moment
    assert not table.isColumnHidden(VALUE)
    assert panel.trend_of(story).table.isColumnHidden(VALUE)  # stories have no number column
    _type(table, a, None, VALUE, "120")
    (first,) = store.learning.list_measurements(count)
    assert (first.moment_id, first.value) == (a, 120.0)
    assert table is panel.trend_of(count).table  # the same table: only its rows changed
    assert table.rows() == [(a, first.id), (a, None), (b, None)]
    _type(table, b, None, VALUE, "185")
    second = store.learning.list_measurements(count)[1]
    _type(table, b, second.id, NOTE, "inclusief stagiairs")
    assert [p.value for p in trend.chart.points()] == [120.0, 185.0]

    stories = panel.trend_of(story)
    _type(stories.table, a, None, TEXT, "<b>x</b> zei: ik voel me gezien")
    _type(stories.table, a, None, TEXT, "Ik hoor erbij")  # a second story at the same moment
    told = store.learning.list_measurements(story)
    assert [m.text for m in told] == ["<b>x</b> zei: ik voel me gezien", "Ik hoor erbij"]
    assert [p.value for p in stories.chart.points()] == [2.0, None]  # counted, B not measured
    column_a = stories.columns.columns[0]
    assert "“<b>x</b> zei: ik voel me gezien”" in column_a.text()
    assert column_a.textFormat() == Qt.TextFormat.PlainText  # shown literally
    qtbot.wait(50)  # let the layouts settle before the screenshot
    panel.grab().save(str(tmp_path / "learning_path.png"))

    # Undo both stories, the note and the value of B; redo them; then clear an entry.
    workshop.undo_stack.undo()
    workshop.undo_stack.undo()
    assert store.learning.list_measurements(story) == ()
    workshop.undo_stack.undo()
    assert store.learning.list_measurements(count)[1].note == ""
    workshop.undo_stack.undo()
    assert [m.moment_id for m in store.learning.list_measurements(count)] == [a]
    for _ in range(4):
        workshop.undo_stack.redo()
    assert store.learning.list_measurements(count)[1].note == "inclusief stagiairs"
    table = panel.trend_of(count).table
    assert table.item(table.row_of(b, second.id), NOTE).text() == "inclusief stagiairs"
    _type(table, a, first.id, VALUE, "")
    assert [m.moment_id for m in store.learning.list_measurements(count)] == [b]
    workshop.undo_stack.undo()
    assert [m.value for m in store.learning.list_measurements(count)] == [120.0, 185.0]


def test_two_edits_in_a_row_land_on_the_rows_they_were_typed_in(
    workshop: Workshop, store: Store, panel: LearningPathPanel
) -> None:
    """The old mix-up: after one edit the rows grew and the next edit hit another row."""
    _, _count, story = _line_with_indicators(workshop)
    a = workshop.learning.add_moment("A")
    b = workshop.learning.add_moment("B")
    table = panel.trend_of(story).table
    _type(table, a, None, TEXT, "Lang verhaal " * 30)  # a long story: the row stays one line
    heights = {table.rowHeight(row) for row in range(table.rowCount())}
    assert len(heights) == 1
    _type(table, b, None, TEXT, "Na de zomer")
    first, second = store.learning.list_measurements(story)
    _type(table, a, first.id, SOURCE, "student 4")
    _type(table, b, second.id, SOURCE, "mentor")
    again = {m.id: m for m in store.learning.list_measurements(story)}
    assert (again[first.id].moment_id, again[first.id].source) == (a, "student 4")
    assert (again[second.id].moment_id, again[second.id].source) == (b, "mentor")
    assert again[first.id].text.startswith("Lang verhaal")
    assert again[second.id].text == "Na de zomer"


def test_a_dutch_date_is_typed_into_an_entry_and_a_bad_one_refused(
    workshop: Workshop, store: Store, panel: LearningPathPanel
) -> None:
    _, count, _ = _line_with_indicators(workshop)
    a = workshop.learning.add_moment("A")
    table = panel.trend_of(count).table
    _type(table, a, None, VALUE, "12")
    (entry,) = store.learning.list_measurements(count)
    _type(table, a, entry.id, DATE, "15-02-2025")
    assert store.learning.get_measurement(entry.id).measured_on == date(2025, 2, 15)
    assert table.item(table.row_of(a, entry.id), DATE).text() == "15-02-2025"
    _type(table, a, entry.id, DATE, "31-02-2025")
    assert "not a date" in panel.problem.text()
    assert store.learning.get_measurement(entry.id).measured_on == date(2025, 2, 15)


def test_typing_a_dutch_date_in_the_moment_dialog(workshop: Workshop, qtbot) -> None:
    dialog = MomentDialog(workshop)
    qtbot.addWidget(dialog)
    dialog.has_date.setChecked(True)
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "15-02-2025")
    assert dialog.date.text() == "15-02-2025"
    assert dialog.values().date == date(2025, 2, 15)
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "15-2-25")  # not a date: the dialog stays open
    dialog.accept()
    assert dialog.result() == 0 and not dialog.date.is_valid()


def test_targets_per_moment_keep_their_history_and_show_side_by_side(
    workshop: Workshop, store: Store, panel: LearningPathPanel, qtbot
) -> None:
    _, count, _ = _line_with_indicators(workshop)
    a = workshop.learning.add_moment("A")
    b = workshop.learning.add_moment("B")
    dialog = TargetDialog(workshop, workshop.contents.indicators[0], panel)
    qtbot.addWidget(dialog)
    dialog.moment.setCurrentIndex(dialog.moment.findData(b))
    dialog.value.setText("150")
    dialog.reason.setText("begroting")
    dialog.accept()
    workshop.learning.set_target(count, b, 180.0, "", "meer scholen")
    history = workshop.contents.target_history(count, b)
    assert [(t.value, t.reason) for t in history] == [(150.0, "begroting"), (180.0, "meer scholen")]
    trend = panel.trend_of(count)
    column_b = trend.columns.columns[1].text()
    assert "180" in column_b and "was 150" in column_b and "meer scholen" in column_b
    assert [p.target for p in trend.chart.points()] == [None, 180.0]
    workshop.undo_stack.undo()
    assert workshop.contents.target_at(count, b).value == 150.0
    assert store.learning.list_measurements(count) == ()
    assert a != b


def test_the_panel_fits_its_width_with_many_moments(
    workshop: Workshop, panel: LearningPathPanel, qtbot, tmp_path: Path
) -> None:
    _, count, story = _line_with_indicators(workshop)
    for label in "ABCDE":
        moment = workshop.learning.add_moment(label)
        workshop.learning.save_entry(count, moment, None, value=10.0 * (ord(label) - 64))
        workshop.learning.save_entry(
            story, moment, None, text=f"Verhaal bij {label} " * 5, source="x"
        )
    panel.resize(380, 900)
    qtbot.wait(50)
    scroll = panel.stack.widget(1)
    assert scroll.widget().width() <= scroll.viewport().width()
    for trend in panel.trends:
        assert trend.width() <= scroll.viewport().width()
    panel.grab().save(str(tmp_path / "learning_path_narrow.png"))


def test_moments_and_indicators_are_put_in_order_by_hand_with_undo(
    workshop: Workshop, store: Store, panel: LearningPathPanel
) -> None:
    _, count, story = _line_with_indicators(workshop)
    a = workshop.learning.add_moment("A", date(2025, 1, 1))
    b = workshop.learning.add_moment("B", date(2025, 6, 1))
    panel.select_moment(b)
    panel.move_selected_moment(-1)
    assert [m.label for m in workshop.contents.moments] == ["B", "A"]
    assert [row[0] for row in panel.trend_of(count).table.rows()] == [b, a]
    workshop.undo_stack.undo()
    assert [m.label for m in workshop.contents.moments] == ["A", "B"]
    workshop.learning.add_moment("Tussen", date(2025, 3, 1))  # by date again after the undo
    assert [m.label for m in workshop.contents.moments] == ["A", "Tussen", "B"]
    panel.move_indicator(story, -1)
    assert [t.indicator.id for t in panel.trends] == [story, count]
    workshop.undo_stack.undo()
    assert [t.indicator.id for t in panel.trends] == [count, story]


def test_a_value_that_is_not_a_number_is_refused(
    workshop: Workshop, store: Store, panel: LearningPathPanel
) -> None:
    _, count, _ = _line_with_indicators(workshop)
    workshop.learning.add_moment("A")
    table = panel.trend_of(count).table
    table.item(0, VALUE).setText("veel")
    assert store.learning.list_measurements(count) == ()
    assert "not a number" in panel.problem.text()
    assert panel.trend_of(count).table.item(0, VALUE).text() == ""


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
