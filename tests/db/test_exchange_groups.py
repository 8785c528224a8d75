"""Exchange format v3: dimensions, groups of entries and targets, baseline values and the
IATI identity travel; export → import → export gives the same bytes; v1 and v2 still read."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from app.core.resources import resource_path
from db import Store
from db.errors import ImportFormatError
from tests.db.group_builders import grouped_network


def _exported(store: Store) -> str:
    built = grouped_network(store)
    store.groups.set_iati_identity(built.network_id, "NL-KVK-1-leren", "NL-KVK-1")
    return store.networks.export_network(built.network_id)


def test_groups_baselines_and_identity_round_trip_byte_identical(store, tmp_path, model):
    text = _exported(store)
    data = json.loads(text)
    assert data["version"] == 3
    network = data["network"]
    assert (network["iati_identifier"], network["iati_org_ref"]) == ("NL-KVK-1-leren", "NL-KVK-1")
    counted = network["lines"][0]["indicators"][0]
    assert counted["dimensions"][0] == {
        "name": "school",
        "groups": ["Da Vinci", "Rijnlands", "Bonaventura"],
    }
    assert counted["measurements"][0]["groups"] == ["Da Vinci", "12–16"]
    assert counted["whole_rule"] == "sum"
    assert (counted["baseline_value"], counted["baseline_date"]) == (20.0, "2024-12-01")
    assert [t["groups"] for t in counted["targets"]] == [[], ["Da Vinci", "12–16"]]
    jsonschema.validate(data, json.loads(resource_path("exchange.schema.json").read_text("utf-8")))
    with Store.open(tmp_path / "other.sqlite", model) as other:
        again = other.networks.import_network(text)
        assert other.networks.export_network(again.id) == text


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda i: i["measurements"][0].update(groups=["Da Vinci", "30+"]),
            "measurements[0].groups[1]: '30+' is not one of the groups of the dimension 'leeftijd'",
        ),
        (
            lambda i: i["measurements"][0].update(groups=["Da Vinci"]),
            "measurements[0].groups: name a group of every dimension of the indicator, or none",
        ),
        (lambda i: i.update(baseline_value="veel"), "baseline_value: the value must be a number"),
        (lambda i: i.update(whole_rule="total"), "whole_rule: expected one of sum, mean, none"),
        (
            lambda i: i["dimensions"][0].update(groups=["A", "a"]),
            "dimensions[0].groups[1]: the group 'a' appears twice",
        ),
    ],
)
def test_bad_groups_are_refused_naming_the_field_and_nothing_is_written(store, change, words):
    data = json.loads(_exported(store))
    change(data["network"]["lines"][0]["indicators"][0])
    data["network"]["name"] = "Kopie"
    with pytest.raises(ImportFormatError, match=re.escape(words)):
        store.networks.import_network(json.dumps(data))
    assert [n.name for n in store.networks.list_networks()] == ["Leernetwerk Leiden"]


def test_a_bad_iati_identifier_in_a_file_is_refused(store):
    data = json.loads(_exported(store))
    data["network"]["iati_identifier"] = "NL-KVK-1 leren"
    data["network"]["name"] = "Kopie"
    with pytest.raises(ImportFormatError, match=r"network\.iati_identifier: .* contains a space"):
        store.networks.import_network(json.dumps(data))


def test_a_version_2_file_imports_without_groups(store):
    data = json.loads(_exported(store))
    network = data["network"]
    data["version"] = 2
    network["name"] = "Versie twee"
    del network["iati_identifier"], network["iati_org_ref"]
    for line in network["lines"]:
        for indicator in line["indicators"]:
            for field in ("whole_rule", "baseline_value", "baseline_date", "baseline_moment"):
                del indicator[field]
            del indicator["baseline_note"], indicator["dimensions"]
            for entry in (*indicator["measurements"], *indicator["targets"]):
                del entry["groups"]
    imported = store.networks.import_network(json.dumps(data))
    contents = store.networks.load_network(imported.id)
    assert contents.dimensions == () and all(m.groups == () for m in contents.measurements)
    assert json.loads(store.networks.export_network(imported.id))["version"] == 3
