"""The exchange document's text is exactly what `json.dumps(..., indent=2)` writes (the
export writes it faster itself): for any JSON value, and for a real network."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import Store
from db.exchange.export import dumps
from tests.db.builders import fill_network

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


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf])
def test_numbers_json_cannot_hold_are_refused_as_json_refuses_them(number: float) -> None:
    with pytest.raises(ValueError, match="Out of range float"):
        dumps({"value": number})
    with pytest.raises(ValueError, match="Out of range float"):
        _reference({"value": number})
