"""Indicators split by group in the store: dimensions, entries and targets per group, the
whole by the indicator's rule, baselines as values, the IATI identity; bad input refused in
a sentence with the store unchanged."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.core.groups import WholeRule, whole_of
from app.core.model import IndicatorKind
from db.errors import InvalidValueError
from db.group_specs import DimensionSpec, GroupsInUseError, GroupSpec, IatiIdentityError
from db.records import NewMeasurement
from tests.db.dumps import dump
from tests.db.group_builders import AGES, SCHOOLS, grouped_network


def test_dimensions_groups_and_entries_come_back_in_order(store):
    built = grouped_network(store)
    contents = store.networks.load_network(built.network_id)
    school, age = contents.dimensions_of(built.indicator_id)
    assert (school.name, [g.name for g in school.groups]) == ("school", list(SCHOOLS))
    assert (age.name, [g.name for g in age.groups]) == ("leeftijd", list(AGES))
    a, b = built.moments
    entries = contents.measurements_of(built.indicator_id, a)
    assert len(entries) == 6 and all(len(e.groups) == 2 for e in entries)
    assert contents.group_label(built.indicator_id, entries[0].groups) == "Da Vinci · 12–16"
    cell = built.cells[(SCHOOLS[0], AGES[0])]
    assert contents.target_at(built.indicator_id, b, cell).value == 5.0
    assert contents.target_at(built.indicator_id, b).value == 40.0
    indicator = contents.indicators[0]
    assert indicator.whole_rule is WholeRule.SUM
    assert (indicator.baseline_value, indicator.baseline_date) == (20.0, date(2024, 12, 1))
    assert indicator.baseline_note == "telling 2024"


def test_the_whole_follows_the_indicators_rule_never_a_silent_sum():
    cells = [((1, 3), 2.0), ((2, 3), 4.0), ((1, 4), None)]
    assert whole_of(WholeRule.SUM, cells) == 6.0
    assert whole_of(WholeRule.MEAN, cells) == 3.0
    assert whole_of(WholeRule.NOT_COMPUTABLE, cells) is None
    assert whole_of(None, cells) is None  # no rule chosen: not computable
    assert whole_of(WholeRule.SUM, [*cells, ((), 10.0)]) == 10.0  # a whole entered wins


def test_renaming_a_group_keeps_its_entries(store):
    built = grouped_network(store)
    school, age = store.groups.list_dimensions(built.indicator_id)
    renamed = [
        DimensionSpec(
            "school",
            tuple(
                GroupSpec("Da Vinci College" if g.name == "Da Vinci" else g.name, g.id)
                for g in school.groups
            ),
            school.id,
        ),
        DimensionSpec(age.name, tuple(GroupSpec(g.name, g.id) for g in age.groups), age.id),
    ]
    school_after, _ = store.groups.set_dimensions(built.indicator_id, renamed)
    assert school_after.groups[0].name == "Da Vinci College"
    assert school_after.groups[0].id == school.groups[0].id
    contents = store.networks.load_network(built.network_id)
    assert sum(1 for m in contents.measurements if m.groups) == 12


def test_removing_a_dimension_in_use_refuses_or_merges_into_the_whole(store):
    built = grouped_network(store)
    school, _age = store.groups.list_dimensions(built.indicator_id)
    only_school = [
        DimensionSpec("school", tuple(GroupSpec(g.name, g.id) for g in school.groups), school.id)
    ]
    before = store.networks.export_network(built.network_id)
    with pytest.raises(GroupsInUseError) as refused:
        store.groups.set_dimensions(built.indicator_id, only_school)
    assert refused.value.count == 13  # 12 entries and one target of a cell
    assert "merge them into the whole" in str(refused.value)
    assert store.networks.export_network(built.network_id) == before  # unchanged
    store.groups.set_dimensions(built.indicator_id, only_school, merge=True)
    contents = store.networks.load_network(built.network_id)
    assert len(contents.dimensions_of(built.indicator_id)) == 1
    assert all(m.groups == () for m in contents.measurements)


@pytest.mark.parametrize(
    ("groups", "words"),
    [
        ((999, 998), "is not one of the groups of the dimension 'school'"),
        ((1,), "names a group of every dimension ('school' and 'leeftijd') or none"),
    ],
)
def test_a_group_not_of_the_dimension_is_refused(store, groups, words):
    built = grouped_network(store)
    before = store.networks.export_network(built.network_id)
    with pytest.raises(InvalidValueError, match=words.replace("(", r"\(").replace(")", r"\)")):
        store.groups.add_grouped_measurement(built.indicator_id, built.moments[0], groups, 1.0)
    assert store.networks.export_network(built.network_id) == before


def test_a_non_numeric_value_and_a_number_on_a_story_are_refused(store):
    built = grouped_network(store)
    before = store.networks.export_network(built.network_id)
    with pytest.raises(InvalidValueError, match="the value must be a number, not str"):
        store.groups.add_grouped_measurement(built.indicator_id, built.moments[0], (), "veel")
    with pytest.raises(InvalidValueError, match="baseline is a text"):
        store.groups.set_baseline(built.story_indicator_id, 3.0)
    assert store.networks.export_network(built.network_id) == before


def test_dimension_specs_are_checked(store):
    built = grouped_network(store)
    with pytest.raises(InvalidValueError, match="at most 2 dimensions"):
        store.groups.set_dimensions(
            built.indicator_id, [DimensionSpec(n, (GroupSpec("x"),)) for n in "abc"]
        )
    with pytest.raises(InvalidValueError, match="needs at least one group"):
        store.groups.set_dimensions(built.indicator_id, [DimensionSpec("wijk", ())])
    with pytest.raises(InvalidValueError, match="appears twice"):
        store.groups.set_dimensions(
            built.indicator_id, [DimensionSpec("wijk", (GroupSpec("Noord"), GroupSpec("noord")))]
        )


def test_a_new_indicator_is_split_and_entries_go_into_a_group(store):
    built = grouped_network(store)
    fresh = store.lines.add_indicator(
        built.line_id, "ring2", "Tevredenheid", IndicatorKind.QUANTITATIVE
    )
    (wijk,) = store.groups.set_dimensions(
        fresh.id, [DimensionSpec("wijk", (GroupSpec("Noord"), GroupSpec("Zuid")))]
    )
    entry = store.learning.add_measurement(fresh.id, built.moments[0], 7.5)
    moved = store.groups.set_measurement_groups(entry.id, (wijk.groups[1].id,))
    assert moved.groups == (wijk.groups[1].id,)
    assert store.groups.set_whole_rule(fresh.id, "mean").whole_rule is WholeRule.MEAN
    with pytest.raises(InvalidValueError, match="the sum, the mean or not computable"):
        store.groups.set_whole_rule(fresh.id, "total")


@pytest.mark.parametrize(
    ("identifier", "org", "field", "words"),
    [
        ("NL-KVK-1234 netwerk", "NL-KVK-1234", "identifier", "contains a space"),
        ("XM-DAC-7-netwerk", "NL-KVK-1234", "identifier", "must begin with the organisation ref"),
        ("", "NL-KVK-1234", "identifier", "identifier is missing"),
        ("NL-KVK-1234-x", "", "organisation", "ref is missing"),
        ("NLKVK-x", "NLKVK", "organisation", "is not an IATI ref"),
    ],
)
def test_a_bad_iati_identity_is_refused_naming_the_field(store, identifier, org, field, words):
    built = grouped_network(store)
    with pytest.raises(IatiIdentityError, match=words) as refused:
        store.groups.set_iati_identity(built.network_id, identifier, org)
    assert refused.value.field == field
    assert store.networks.get_network(built.network_id).iati_identifier == ""


def test_the_iati_identity_is_kept_with_the_network(store):
    built = grouped_network(store)
    store.groups.set_iati_identity(
        built.network_id, " NL-KVK-41150085-leernetwerk ", "NL-KVK-41150085"
    )
    network = store.networks.get_network(built.network_id)
    assert (network.iati_identifier, network.iati_org_ref) == (
        "NL-KVK-41150085-leernetwerk",
        "NL-KVK-41150085",
    )


def test_deleting_an_indicator_and_undoing_puts_back_its_groups_and_entries(store):
    built = grouped_network(store)

    def lines() -> object:
        return json.loads(store.networks.export_network(built.network_id))["network"]["lines"]

    before = lines()
    snapshot = store.lines.delete_indicator(built.indicator_id)
    assert store.networks.load_network(built.network_id).dimensions == ()
    store.networks.restore(snapshot)
    assert lines() == before


def test_deleting_the_network_leaves_no_dimension_group_or_entry_behind(store):
    built = grouped_network(store)
    store.networks.delete_network(built.network_id)
    left = {table for table, _row in dump(store)}
    assert not left & {"indicator_dimensions", "dimension_groups", "measurements"}


def test_many_entries_at_once_carry_their_groups_all_or_none(store):
    """The bulk route (the room's "accept all") checks each entry's groups as one entry is."""
    built = grouped_network(store)
    da_vinci_young = built.cells[(SCHOOLS[0], AGES[0])]
    moment = built.moments[1]
    before = len(store.networks.load_network(built.network_id).measurements)
    made = store.measures.add_measurements(
        [
            NewMeasurement(built.indicator_id, moment, 4.0, groups=da_vinci_young),
            NewMeasurement(built.indicator_id, moment, 9.0),  # the whole
        ]
    )
    assert [entry.groups for entry in made] == [da_vinci_young, ()]
    for wrong in ((da_vinci_young[0],), (da_vinci_young[1], da_vinci_young[0])):
        with pytest.raises(InvalidValueError):
            store.measures.add_measurements(
                [
                    NewMeasurement(built.indicator_id, moment, 1.0),
                    NewMeasurement(built.indicator_id, moment, 2.0, groups=wrong),
                ]
            )
    assert len(store.networks.load_network(built.network_id).measurements) == before + 2
