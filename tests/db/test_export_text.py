"""The exchange document's text is exactly what `json.dumps(..., indent=2)` writes (the
export writes it faster itself): for any JSON value, and for a real network."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import Store
from db.exchange.export import Flat, dumps, export_data
from tests.db.builders import fill_network
from tests.db.group_builders import grouped_network

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(), inner, max_size=4)
    ),
    max_leaves=30,
)


def _reference(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


@given(st.dictionaries(st.text(), VALUES, max_size=5))
def test_any_document_is_written_as_json_dumps_writes_it(data: dict[str, object]) -> None:
    assert dumps(data) == _reference(data)


def test_a_network_is_written_as_json_dumps_writes_it(store: Store) -> None:
    network_id = fill_network(store, "Vol", texts="ü “quoted” \\ \n\t 😀 <b>")
    text = store.networks.export_network(network_id)
    assert text == _reference(json.loads(text))


@given(st.dictionaries(st.text(), SCALARS | st.just([]) | st.just({}), max_size=6))
def test_a_flat_dict_is_written_as_json_dumps_writes_it(values: dict[str, object]) -> None:
    data = {"a": [Flat(values), {"b": Flat(values)}], "c": Flat(values)}
    assert dumps(data) == _reference(data)


def _flats(value: object) -> list[Flat]:
    if isinstance(value, dict):
        own = [value] if isinstance(value, Flat) else []
        return own + [flat for item in value.values() for flat in _flats(item)]
    if isinstance(value, list | tuple):
        return [flat for item in value for flat in _flats(item)]
    return []


def test_the_export_marks_flat_only_what_holds_no_list_or_dict_but_empty_ones(
    store: Store,
) -> None:
    """`dumps` writes a `Flat` with Python's C encoder at one depth: a list or dict with
    items inside one would come out wrongly indented, so the export must never make one."""
    whole = fill_network(store, "Vol")
    grouped = grouped_network(store).network_id
    for network_id in (whole, grouped):
        data = export_data(store.networks.load_network(network_id), store.model)
        flats = _flats(data)
        assert flats  # measurements, targets and post-its
        for flat in flats:
            assert all(not isinstance(v, list | tuple | dict) or not v for v in flat.values())
        assert dumps(data) == _reference(data)
    measurements = [
        m
        for line in export_data(store.networks.load_network(grouped), store.model)["network"][
            "lines"
        ]
        for indicator in line["indicators"]
        for m in indicator["measurements"]
    ]
    assert any(m["groups"] and type(m) is dict for m in measurements)  # grouped: not flat


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf])
def test_numbers_json_cannot_hold_are_refused_as_json_refuses_them(number: float) -> None:
    with pytest.raises(ValueError, match="Out of range float"):
        dumps({"value": number})
    with pytest.raises(ValueError, match="Out of range float"):
        _reference({"value": number})
