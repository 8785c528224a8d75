"""Hostile exchange files (issue 27): an empty target is refused as the store refuses it, and a
huge bad value is quoted by a short prefix, never echoed whole into a message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from app.cli import main
from app.core.resources import resource_path
from db import ImportFormatError, Store
from db.errors import quoted
from tests.db.builders import fill_network
from tests.db.dumps import dump


def _good(store: Store) -> dict[str, Any]:
    return json.loads(store.networks.export_network(fill_network(store, "Bron")))


def _indicator(data: dict[str, Any]) -> dict[str, Any]:
    return next(
        indicator
        for line in data["network"]["lines"]
        for indicator in line["indicators"]
        if indicator["measurements"]
    )


def test_a_target_with_neither_value_nor_text_is_refused_like_the_store_refuses_it(
    store: Store,
):
    data = _good(store)
    indicator = _indicator(data)
    moment = indicator["measurements"][0]["moment"]
    indicator["targets"].append(
        {
            "moment": moment,
            "value": None,
            "text": "  ",
            "reason": "",
            "set_at": "2025-01-01T00:00:00Z",
            "groups": [],
        }
    )
    before = dump(store)
    with pytest.raises(ImportFormatError, match="a target needs a number or a text"):
        store.networks.import_network(json.dumps(data).encode())
    assert dump(store) == before
    schema = json.loads(resource_path("exchange.schema.json").read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


TEN_MB = "x" * 10_000_000

HUGE_VALUES = {
    "colour": lambda d: d["network"]["notes"].__setitem__(
        0, {**d["network"]["notes"][0], "colour": TEN_MB}
    ),
    "timestamp": lambda d: d["network"]["notes"].__setitem__(
        0, {**d["network"]["notes"][0], "created_at": TEN_MB}
    ),
    "segment": lambda d: d["network"]["notes"].__setitem__(
        0, {**d["network"]["notes"][0], "segment": TEN_MB}
    ),
    "field name": lambda d: d["network"].__setitem__(TEN_MB, 1),
    "format": lambda d: d.__setitem__("format", TEN_MB),
    "version": lambda d: d.__setitem__("version", [TEN_MB] * 3),
}


@pytest.mark.parametrize("where", sorted(HUGE_VALUES))
def test_a_ten_megabyte_bad_value_is_quoted_by_a_short_prefix(
    store: Store, store_target, tmp_path: Path, monkeypatch, capsys, where
):
    data = _good(store)
    if not data["network"]["notes"]:
        pytest.skip("the builder made no notes")
    HUGE_VALUES[where](data)
    path = tmp_path / "groot.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        store.networks.import_file(path)
    assert len(str(caught.value)) < 400, str(caught.value)[:400]
    monkeypatch.setenv("NETIMPACT_DB", str(store_target))
    store.close()
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err) < 600 and err.count("\n") == 1


def test_quoted_keeps_short_values_whole_and_cuts_long_ones():
    assert quoted("kort") == "'kort'"
    long = quoted("a" * 1000)
    assert long.startswith("'aaaa") and "1,000 characters" in long and len(long) < 100
    assert len(quoted([["x" * 10_000] * 1000] * 1000)) < 200
    assert quoted(None) == "None" and quoted(3) == "3"
