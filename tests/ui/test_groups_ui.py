"""Groups from the learning path: define two dimensions, the whole's rule and a baseline;
enter values per group at A and B; the moments side by side show each group and the whole;
the chart draws a line per group; bad input is a sentence in the form; a removed dimension in
use asks before its entries merge into the whole; undo puts the definitions back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.core.groups import WholeRule
from app.core.model import IndicatorKind
from app.ui.control.workshop import Workshop
from app.ui.dialogs.groups_dialog import GroupEntryDialog, GroupsDialog
from app.ui.panels.learning_path_panel import LearningPathPanel
from db.store import Store


@pytest.fixture
def panel(workshop: Workshop, qtbot) -> LearningPathPanel:
    panel = LearningPathPanel(workshop)
    qtbot.addWidget(panel)
    panel.resize(460, 900)
    panel.show()
    return panel


def _define(workshop: Workshop, panel: LearningPathPanel) -> GroupsDialog:
    dialog = GroupsDialog(workshop, workshop.contents.indicators[0], panel)
    dialog.names[0].setText("school")
    dialog.groups[0].setPlainText("Da Vinci\nRijnlands")
    dialog.names[1].setText("leeftijd")
    dialog.groups[1].setPlainText("12–16\n17–21")
    dialog.rule.setCurrentIndex(dialog.rule.findData(WholeRule.SUM))
    dialog.baseline.setText("10")
    return dialog


def test_groups_are_defined_entered_at_a_and_b_and_shown(
    workshop: Workshop, store: Store, panel: LearningPathPanel, qtbot, tmp_path: Path
) -> None:
    line_id = workshop.save_line()
    ring1 = workshop.model.rings[0].key
    count = workshop.learning.add_indicator(
        line_id, ring1, "Deelnemers", IndicatorKind.QUANTITATIVE, unit="leerlingen"
    )
    a = workshop.learning.add_moment("A", date(2025, 3, 1))
    b = workshop.learning.add_moment("B", date(2025, 9, 1))
    dialog = _define(workshop, panel)
    dialog.baseline.setText("veel")
    dialog.accept()
    assert "“veel” is not a number" in dialog.problem.text()
    assert store.groups.list_dimensions(count) == ()  # refused: nothing stored
    dialog.baseline.setText("10")
    dialog.accept()
    _school, age = store.groups.list_dimensions(count)
    assert [g.name for g in age.groups] == ["12–16", "17–21"]
    trend = panel.trend_of(count)
    assert not trend.per_group_button.isHidden()

    for moment, offset in ((a, 0), (b, 10)):
        entry = GroupEntryDialog(workshop, workshop.contents.indicators[0], panel)
        entry.moment.setCurrentIndex(entry.moment.findData(moment))
        labels = [label for _cell, label, _field in entry.fields]
        assert labels == [
            "Da Vinci · 12–16",
            "Da Vinci · 17–21",
            "Rijnlands · 12–16",
            "Rijnlands · 17–21",
        ]
        for number, (_cell, _label, field) in enumerate(entry.fields, start=1):
            field.setText(str(number + offset))
        if moment == a:
            entry.fields[0][2].setText("twaalf")
            entry.accept()
            assert entry.problem.text() == "“twaalf” for Da Vinci · 12–16 is not a number."
            entry.fields[0][2].setText("1")
        entry.accept()
    assert len(store.learning.list_measurements(count)) == 8
    trend = panel.trend_of(count)
    column_a, column_b = trend.columns.columns[:2]
    assert "Whole: 10" in column_a.text() and "Whole: 50" in column_b.text()
    assert "• Rijnlands · 17–21: 14" in column_b.text()
    geometry = trend.chart.geometry_now()
    assert [g.label for g in geometry.groups] == [
        "Da Vinci · 12–16",
        "Da Vinci · 17–21",
        "Rijnlands · 12–16",
        "Rijnlands · 17–21",
    ]
    assert geometry.baseline == 10.0 and [s.value for s in geometry.slots] == [10.0, 50.0]
    qtbot.wait(50)
    panel.grab().save(str(tmp_path / "groups.png"))

    # Removing a dimension in use asks first; keeping the groups changes nothing.
    again = GroupsDialog(workshop, workshop.contents.indicators[0], panel)
    again.names[1].setText("")
    again.groups[1].setPlainText("")
    asked: list[int] = []
    again._merge_asked = lambda n: asked.append(n) or False  # "keep the groups"
    again.accept()
    assert asked == [8] and len(store.groups.list_dimensions(count)) == 2
    again._merge_asked = lambda n: True  # "merge into the whole"
    again.accept()
    assert len(store.groups.list_dimensions(count)) == 1
    assert all(m.groups == () for m in store.learning.list_measurements(count))
    workshop.undo_stack.undo()
    assert [d.name for d in store.groups.list_dimensions(count)] == ["school", "leeftijd"]


def test_a_target_is_set_for_a_group_or_the_whole(
    workshop: Workshop, store: Store, panel: LearningPathPanel
) -> None:
    from app.ui.dialogs.target_dialog import TargetDialog

    line_id = workshop.save_line()
    count = workshop.learning.add_indicator(
        line_id, workshop.model.rings[0].key, "Deelnemers", IndicatorKind.QUANTITATIVE
    )
    b = workshop.learning.add_moment("B", date(2025, 9, 1))
    _define(workshop, panel).accept()
    dialog = TargetDialog(workshop, workshop.contents.indicators[0], panel)
    assert [dialog.group.itemText(i) for i in range(dialog.group.count())][:2] == [
        "the whole",
        "Da Vinci · 12–16",
    ]
    dialog.group.setCurrentIndex(1)
    dialog.value.setText("5")
    dialog.accept()
    dialog = TargetDialog(workshop, workshop.contents.indicators[0], panel)
    dialog.value.setText("40")
    dialog.accept()
    targets = store.learning.list_targets(count)
    assert [(t.value, len(t.groups)) for t in targets] == [(5.0, 2), (40.0, 0)]
    assert workshop.contents.target_at(count, b).value == 40.0
    workshop.undo_stack.undo()
    workshop.undo_stack.undo()
    assert store.learning.list_targets(count) == ()
