"""The guided indicator form and the indicator panel: the six steps in order, suggestions,
add/edit/delete through the Workshop, and their undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.core.model import IndicatorKind
from app.ui.control.workshop import Workshop
from app.ui.dialogs import indicator_form
from app.ui.dialogs.indicator_form import IndicatorForm
from app.ui.panels.indicator_panel import IndicatorPanel
from db.records import SourceKind
from db.store import Store


def _ring1_step(workshop: Workshop, line_id: int) -> tuple[str, str]:
    line = workshop.current_line()
    assert line is not None and line.id == line_id
    step = line.steps[1]
    assert step.segment_key is not None
    return step.key, step.segment_key


def _click_next(qtbot, form: QWizard) -> None:
    qtbot.mouseClick(form.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_the_form_follows_the_six_steps_in_order_starting_with_what_we_want_to_know(
    workshop: Workshop, qtbot
) -> None:
    line_id = workshop.save_line()
    step_key, _ = _ring1_step(workshop, line_id)
    form = IndicatorForm(workshop, line_id, step_key)
    qtbot.addWidget(form)
    form.show()
    plan = workshop.model.indicator_plan
    assert [page.step.key for page in form.plan_pages] == [step.key for step in plan]
    first = form.plan_pages[0]
    assert first.lead.text() == "What do we want to know?"
    assert first.question.text() == plan[0].question.nl  # the workshop's language
    assert plan[0].label.nl in first.title()
    assert first.title().startswith("Step 1 of 6")


def test_a_quantitative_indicator_from_a_suggestion_through_all_steps(
    workshop: Workshop, store: Store, qtbot, tmp_path: Path
) -> None:
    line_id = workshop.save_line()
    step_key, segment_key = _ring1_step(workshop, line_id)
    form = IndicatorForm(workshop, line_id, step_key)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    # Without a name the first step cannot be left.
    assert not form.button(QWizard.WizardButton.NextButton).isEnabled()
    examples = workshop.model.segment(segment_key).example_indicators
    assert form.suggestions.count() == len(examples)
    first = form.suggestions.item(0)
    rect = form.suggestions.visualItemRect(first)
    qtbot.mouseClick(form.suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.name.text() == examples[0].name.nl
    assert form.kind() is examples[0].kind is IndicatorKind.QUANTITATIVE
    form.insight.setPlainText("Reiken we de leraren die we willen bereiken?")
    form.insight_audience.setText("stuurgroep")
    form.unit.setText("deelnemers")
    form.grab().save(str(tmp_path / "indicator_form_step1.png"))
    _click_next(qtbot, form)
    form.existing.setChecked(True)
    form.source.setPlainText("Aanmeldregistratie")
    _click_next(qtbot, form)
    form.valid.setChecked(True)
    form.relevant.setChecked(True)
    form.grab().save(str(tmp_path / "indicator_form_step3.png"))
    _click_next(qtbot, form)
    form.frequency.setCurrentText("per bijeenkomst")
    form.owner.setText("Programmabureau")
    _click_next(qtbot, form)
    form.baseline.setText("120")
    form.target.setText("200")
    _click_next(qtbot, form)
    assert form.currentPage() is form.plan_pages[-1]
    form.audience.setText("partners")
    qtbot.mouseClick(form.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert form.result() == QWizard.DialogCode.Accepted
    (indicator,) = store.lines.list_indicators(line_id)
    assert indicator.id == form.saved_id
    assert indicator.step_key == step_key
    assert indicator.name == examples[0].name.nl
    assert indicator.kind == IndicatorKind.QUANTITATIVE
    assert indicator.unit == "deelnemers"
    assert indicator.source_kind == SourceKind.EXISTING
    assert (indicator.valid, indicator.relevant) == (True, True)
    assert indicator.measurable is False  # seen and left unticked: not confirmed
    assert (indicator.frequency, indicator.owner) == ("per bijeenkomst", "Programmabureau")
    assert (indicator.baseline, indicator.target, indicator.audience) == ("120", "200", "partners")
    workshop.undo_stack.undo()
    assert store.lines.list_indicators(line_id) == ()
    workshop.undo_stack.redo()
    assert store.lines.list_indicators(line_id) == (indicator,)


def test_a_qualitative_indicator_and_an_edit_each_one_undo_step(
    workshop: Workshop, store: Store, qtbot
) -> None:
    line_id = workshop.save_line()
    step_key, segment_key = _ring1_step(workshop, line_id)
    form = IndicatorForm(workshop, line_id, step_key)
    qtbot.addWidget(form)
    form.show()
    examples = workshop.model.segment(segment_key).example_indicators
    qualitative = next(
        row
        for row in range(form.suggestions.count())
        if examples[row].kind is IndicatorKind.QUALITATIVE
    )
    form.use_suggestion(form.suggestions.item(qualitative))
    assert form.kind() is IndicatorKind.QUALITATIVE
    assert not form.unit.isEnabled()
    for _ in range(5):
        _click_next(qtbot, form)
    qtbot.mouseClick(form.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    (indicator,) = store.lines.list_indicators(line_id)
    assert indicator.kind == IndicatorKind.QUALITATIVE
    assert indicator.valid is None  # never ticked nor touched: not checked yet
    assert indicator.source_kind is None

    edit = IndicatorForm(workshop, line_id, step_key, indicator)
    qtbot.addWidget(edit)
    edit.show()
    assert edit.name.text() == indicator.name
    assert edit.windowTitle() == "Edit indicator"
    edit.name.setText("Verhalen van deelnemers")
    edit.owner.setText("Sanne")
    assert set(edit.changes()) == {"name", "owner"}
    # Editing may finish on any step.
    qtbot.mouseClick(edit.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert store.lines.get_indicator(indicator.id).name == "Verhalen van deelnemers"
    assert store.lines.get_indicator(indicator.id).owner == "Sanne"
    workshop.undo_stack.undo()
    assert store.lines.get_indicator(indicator.id) == indicator
    workshop.undo_stack.redo()
    assert store.lines.get_indicator(indicator.id).owner == "Sanne"


def test_the_core_step_offers_no_suggestions(workshop: Workshop, qtbot) -> None:
    line_id = workshop.save_line()
    form = IndicatorForm(workshop, line_id, workshop.model.core.key)
    qtbot.addWidget(form)
    assert form.suggestions.count() == 0
    assert form.suggestions.isHidden()


# --- the panel -----------------------------------------------------------------------------


def test_the_panel_shows_its_empty_states(store: Store, qtbot, qapp, tmp_path: Path) -> None:
    workshop = Workshop(store)
    panel = IndicatorPanel(workshop)
    qtbot.addWidget(panel)
    assert panel.is_empty()
    assert "network" in panel.empty_message()
    workshop.create_network("LEF")
    assert panel.is_empty()
    assert "Save a reasoning line first" in panel.empty_message()
    panel.resize(420, 300)
    panel.grab().save(str(tmp_path / "indicator_panel_empty.png"))
    workshop.save_line()
    assert not panel.is_empty()


def test_the_panel_lists_steps_in_reading_order_and_adds_edits_deletes(
    workshop: Workshop, store: Store, qtbot, monkeypatch, tmp_path: Path
) -> None:
    from app.core.model import Direction

    workshop.set_direction(Direction.OUTSIDE_IN)
    line_id = workshop.save_line()
    panel = IndicatorPanel(workshop)
    qtbot.addWidget(panel)
    line = workshop.current_line()
    assert line is not None
    reading = [step.ring_key for step in line.reasoning_line.steps(workshop.model)]
    assert panel.step_keys() == reading
    assert reading[0] == workshop.model.stakeholder_ring.key  # outside-in starts outside

    ring1 = workshop.model.rings[0].key
    workshop.learning.add_indicator(
        line_id,
        ring1,
        "Aantal bijeenkomsten",
        IndicatorKind.QUANTITATIVE,
        source="Agenda",
        frequency="per kwartaal",
        owner="Programmabureau",
    )
    workshop.learning.add_indicator(line_id, ring1, "<b>x</b>", IndicatorKind.QUALITATIVE)
    names = panel.indicator_names(ring1)
    assert names == ["Aantal bijeenkomsten", "<b>x</b>"]
    panel.resize(520, 460)
    panel.show()
    panel.grab().save(str(tmp_path / "indicator_panel.png"))

    opened: list[tuple[int, str, int | None]] = []

    def fake_exec(form: IndicatorForm) -> int:
        opened.append((form.line_id, form.step_key, form.indicator and form.indicator.id))
        return 0

    monkeypatch.setattr(indicator_form.IndicatorForm, "exec", fake_exec)
    panel.add_to_step(ring1)
    first = store.lines.list_indicators(line_id)[0]
    panel.select_indicator(first.id)
    panel.edit_selected()
    assert opened == [(line_id, ring1, None), (line_id, ring1, first.id)]

    monkeypatch.setattr(panel, "confirm_delete", lambda name: True)
    panel.delete_selected()
    assert [i.name for i in store.lines.list_indicators(line_id)] == ["<b>x</b>"]
    workshop.undo_stack.undo()
    assert store.lines.list_indicators(line_id)[0] == first
    assert panel.indicator_names(ring1) == ["Aantal bijeenkomsten", "<b>x</b>"]
    workshop.undo_stack.redo()
    assert panel.indicator_names(ring1) == ["<b>x</b>"]


def test_indicators_are_put_in_order_by_hand_within_their_step(
    workshop: Workshop, store: Store, qtbot
) -> None:
    line_id = workshop.save_line()
    panel = IndicatorPanel(workshop)
    qtbot.addWidget(panel)
    ring1 = workshop.model.rings[0].key
    first = workshop.learning.add_indicator(line_id, ring1, "Bezoekers", IndicatorKind.QUANTITATIVE)
    second = workshop.learning.add_indicator(line_id, ring1, "Verhalen", IndicatorKind.QUALITATIVE)
    panel.select_indicator(second)
    panel.move_selected(-1)
    assert panel.indicator_names(ring1) == ["Verhalen", "Bezoekers"]
    assert [i.id for i in store.lines.list_indicators(line_id, ring1)] == [second, first]
    assert panel.selected_indicator().id == second
    panel.move_selected(-1)  # already first: nothing happens, no undo step
    workshop.undo_stack.undo()
    assert panel.indicator_names(ring1) == ["Bezoekers", "Verhalen"]
