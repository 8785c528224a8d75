"""Reworking, duplicating and ordering lines; plausibility and evidence per step; measurement
entries and targets with their history — on a real store file."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.model import IndicatorKind
from app.core.plausibility import Plausibility
from db.errors import InvalidValueError
from db.records import StepFate

OLD = ("ring1.s0", "ring2.s1", "ring3.s2", "stakeholders.s3")
NEW = ("ring1.s0", "ring2.s2", "ring3.s2", "stakeholders.s3")  # only ring 2 turned


@pytest.fixture
def line(store):
    network = store.networks.create_network("LEF")
    line = store.lines.create_line(
        network.id,
        OLD,
        title="Leraren leren samen",
        stories={"ring1": "ontmoeting", "ring2": "verbindingen", "ring3": "sociaal"},
    )
    moment = store.learning.add_moment(network.id, "A", date(2025, 2, 15))
    store.evidence.set_step_plausibility(line.id, "ring2", Plausibility.PARTLY)
    store.evidence.add_evidence(
        line.id, "ring2", "Drie nieuwe samenwerkingen", "jaarverslag", None, moment.id
    )
    kept = store.lines.add_indicator(line.id, "ring1", "Bezoekers", IndicatorKind.QUANTITATIVE)
    turned = store.lines.add_indicator(line.id, "ring2", "Initiatieven", IndicatorKind.QUANTITATIVE)
    store.learning.add_measurement(turned.id, moment.id, 3.0)
    return store.lines.get_line(line.id), kept, turned, moment


def test_unchanged_steps_keep_story_and_indicators_when_a_step_is_kept(store, line):
    saved, kept, turned, _moment = line
    result = store.evidence.rework_line(saved.id, NEW, {"ring2": StepFate.KEEP})
    assert result.moved_to is None
    assert result.line.segment_keys == NEW
    assert result.line.story("ring1") == "ontmoeting"
    assert result.line.story("ring2") == "verbindingen"
    assert result.line.step("ring2").plausibility is Plausibility.PARTLY
    assert [i.id for i in store.lines.list_indicators(saved.id)] == [kept.id, turned.id]
    assert len(store.evidence.list_evidence(saved.id, "ring2")) == 1


def test_a_dropped_step_loses_its_story_evidence_and_indicators_only(store, line):
    saved, kept, _turned, _moment = line
    result = store.evidence.rework_line(saved.id, NEW, {"ring2": StepFate.DROP})
    assert result.line.story("ring2") == ""
    assert result.line.step("ring2").plausibility is None
    assert result.line.story("ring3") == "sociaal"
    assert [i.id for i in store.lines.list_indicators(saved.id)] == [kept.id]
    assert store.evidence.list_evidence(saved.id) == ()


def test_a_moved_step_goes_along_with_its_old_segment_to_a_new_line(store, line):
    saved, kept, turned, moment = line
    result = store.evidence.rework_line(saved.id, NEW, {"ring2": StepFate.MOVE}, "Oude route")
    moved = result.moved_to
    assert moved is not None and moved.title == "Oude route"
    assert moved.segment_keys == OLD
    assert moved.story("ring2") == "verbindingen" and moved.story("ring1") == ""
    assert result.line.story("ring2") == ""
    assert [i.id for i in store.lines.list_indicators(moved.id)] == [turned.id]
    assert store.learning.list_measurements(turned.id)[0].value == 3.0  # entries travel with it
    assert store.evidence.list_evidence(moved.id, "ring2")[0].moment_id == moment.id
    assert [i.id for i in store.lines.list_indicators(saved.id)] == [kept.id]


def test_a_changed_step_without_a_fate_is_refused_and_nothing_changes(store, line):
    saved = line[0]
    with pytest.raises(InvalidValueError, match="ring2"):
        store.evidence.rework_line(saved.id, NEW, {})
    assert store.lines.get_line(saved.id) == saved


def test_a_snapshot_puts_a_reworked_line_back_exactly(store, line):
    saved = line[0]
    network_id = saved.network_id
    before = store.networks.load_network(network_id)
    snapshot = store.evidence.snapshot_line(saved.id)
    result = store.evidence.rework_line(saved.id, NEW, {"ring2": StepFate.MOVE}, "Oud")
    store.evidence.replace_lines([saved.id, result.moved_to.id], [snapshot])
    after = store.networks.load_network(network_id)
    assert after.lines == before.lines
    assert after.indicators == before.indicators
    assert after.measurements == before.measurements
    assert after.evidence == before.evidence


def test_duplicating_a_line_copies_everything_under_new_ids(store, line):
    saved, _kept, turned, moment = line
    store.learning.set_target(turned.id, moment.id, 5.0, reason="begroting")
    copy = store.evidence.duplicate_line(saved.id, "Kopie")
    assert copy.id != saved.id and copy.title == "Kopie"
    assert [s.story for s in copy.steps] == [s.story for s in saved.steps]
    copied = store.lines.list_indicators(copy.id)
    assert [i.name for i in copied] == ["Bezoekers", "Initiatieven"]
    assert store.learning.list_measurements(copied[1].id)[0].value == 3.0
    assert store.learning.list_targets(copied[1].id)[0].value == 5.0
    assert store.evidence.list_evidence(copy.id)[0].text == "Drie nieuwe samenwerkingen"
    assert len(store.lines.list_indicators(saved.id)) == 2  # the original is untouched


def test_indicators_and_moments_are_put_in_order_by_hand(store, line):
    saved = line[0]
    second = store.lines.add_indicator(saved.id, "ring1", "Deelnemers", IndicatorKind.QUANTITATIVE)
    store.lines.move_indicator(second.id, 0)
    assert [i.name for i in store.lines.list_indicators(saved.id, "ring1")] == [
        "Deelnemers",
        "Bezoekers",
    ]
    network_id = saved.network_id
    early = store.learning.add_moment(network_id, "Nulmeting", date(2024, 1, 1))
    assert [m.label for m in store.learning.list_moments(network_id)] == ["Nulmeting", "A"]
    store.learning.move_moment(early.id, 1)
    assert [m.label for m in store.learning.list_moments(network_id)] == ["A", "Nulmeting"]
    store.learning.add_moment(network_id, "B", date(2023, 1, 1))  # after a hand order: last
    assert [m.label for m in store.learning.list_moments(network_id)] == ["A", "Nulmeting", "B"]


def test_the_weakest_step_is_the_least_plausible_one(store, line):
    saved = line[0]
    for key in ("core", "ring1", "ring2", "ring3"):
        store.evidence.set_step_plausibility(saved.id, key, Plausibility.WELL_SUPPORTED)
    store.evidence.set_step_plausibility(saved.id, "stakeholders", Plausibility.PLAUSIBLE)
    store.evidence.set_step_plausibility(saved.id, "ring2", Plausibility.PARTLY)
    assert store.lines.get_line(saved.id).weakest_step.key == "ring2"
    store.evidence.set_step_plausibility(saved.id, "ring3", None)  # not judged counts lowest
    assert store.lines.get_line(saved.id).weakest_step.key == "ring3"


def test_evidence_is_checked_and_edited(store, line):
    saved = line[0]
    with pytest.raises(InvalidValueError):
        store.evidence.add_evidence(saved.id, "ring1", "   ")
    item = store.evidence.add_evidence(
        saved.id, "ring1", "Foto's", "C:\\map\\foto.jpg", date(2025, 3, 1)
    )
    changed = store.evidence.update_evidence(item.id, source="https://example.org/verslag")
    assert changed.source == "https://example.org/verslag" and changed.text == "Foto's"
    snapshot = store.evidence.delete_evidence(item.id)
    store.networks.restore(snapshot)
    assert store.evidence.get_evidence(item.id) == changed


def test_a_moment_takes_any_number_of_entries_with_source_and_date(store, line):
    _saved, _kept, turned, moment = line
    second = store.learning.add_measurement(
        turned.id, moment.id, None, "Een student vertelt", "", "student 4", date(2025, 2, 16)
    )
    third = store.learning.add_measurement(turned.id, moment.id, 4.0, source="enquête")
    entries = store.learning.list_measurements(turned.id)
    assert [e.id for e in entries][-2:] == [second.id, third.id]
    assert entries[1].source == "student 4" and entries[1].measured_on == date(2025, 2, 16)
    with pytest.raises(InvalidValueError):
        store.learning.add_measurement(turned.id, moment.id, None, "", "", "x" * 201)


def test_a_target_keeps_its_history(store, line):
    _saved, _kept, turned, moment = line
    first = store.learning.set_target(turned.id, moment.id, 5.0, reason="plan 2025")
    second = store.learning.set_target(turned.id, moment.id, 8.0, reason="extra subsidie")
    contents = store.networks.load_network(moment.network_id)
    assert contents.target_at(turned.id, moment.id) == second
    assert contents.target_history(turned.id, moment.id) == (first, second)
    with pytest.raises(InvalidValueError):
        store.learning.set_target(turned.id, moment.id, None, "")
    store.networks.restore(store.learning.delete_target(second.id))
    assert store.learning.list_targets(turned.id) == (first, second)


def test_deletes_take_evidence_and_targets_along_and_undo_puts_them_back(store, line):
    """The new tables join the snapshot mechanism through their cascades."""
    saved, _kept, turned, moment = line
    store.learning.set_target(turned.id, moment.id, 5.0, reason="plan")
    before = store.networks.load_network(saved.network_id)
    assert before.evidence and before.targets
    store.networks.restore(store.learning.delete_moment(moment.id))
    again = store.networks.load_network(saved.network_id)
    assert (again.moments, again.measurements, again.evidence, again.targets) == (
        before.moments,
        before.measurements,
        before.evidence,
        before.targets,
    )
    snapshot = store.lines.delete_line(saved.id)
    emptied = store.networks.load_network(saved.network_id)
    assert emptied.evidence == () and emptied.targets == ()
    store.networks.restore(snapshot)
    after = store.networks.load_network(saved.network_id)
    assert (after.evidence, after.targets, after.lines) == (
        before.evidence,
        before.targets,
        before.lines,
    )


def test_a_hand_order_of_moments_is_set_in_one_go_and_can_be_forgotten(store, line):
    network_id = line[0].network_id
    early = store.learning.add_moment(network_id, "Nulmeting", date(2024, 1, 1))
    late = line[3]
    assert [m.id for m in store.learning.set_moment_order(network_id, [late.id, early.id])] == [
        late.id,
        early.id,
    ]
    with pytest.raises(InvalidValueError):
        store.learning.set_moment_order(network_id, [late.id])
    assert [m.label for m in store.learning.set_moment_order(network_id, None)] == [
        "Nulmeting",
        "A",
    ]
