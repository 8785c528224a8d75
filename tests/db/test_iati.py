"""IATI 2.03 results: what we write validates against the official schema (copied, with its
README, into tests/db/fixtures/iati-2.03), carries the results, groups and baselines, and is
refused in a sentence without an IATI identity."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from app.core.examples import EXAMPLES, example_file
from app.core.model import IndicatorKind, default_model
from db import Store
from db.exchange.iati import iati_bytes, write_iati
from db.group_specs import DimensionSpec, GroupSpec, IatiIdentityError
from tests.db.group_builders import grouped_network

SCHEMA_DIR = Path(__file__).parent / "fixtures" / "iati-2.03"
ORG = "NL-KVK-41150085"
LINE = ("ring1.s0", "ring2.s1", "ring3.s2", "stakeholders.s3")


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "iati-activities-schema.xsd")))


def _valid(schema: etree.XMLSchema, data: bytes) -> etree._Element:
    document = etree.fromstring(data)
    schema.assertValid(document)
    return document


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("example", [e.key for e in EXAMPLES])
def test_the_worked_examples_validate(tmp_path, schema, example, language):
    with Store.open(tmp_path / "s.sqlite", default_model()) as store:
        network = store.networks.import_file(example_file(example, language))
        store.groups.set_iati_identity(network.id, f"{ORG}-{example}", ORG)
        contents = store.networks.load_network(network.id)
        path = write_iati(tmp_path / "results.xml", contents, store.model, language)
    document = _valid(schema, path.read_bytes())
    activity = document.find("iati-activity")
    assert activity.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert activity.findtext("iati-identifier") == f"{ORG}-{example}"
    results = activity.findall("result")
    assert len(results) == sum(1 for line in contents.lines if contents.indicators_of(line.id))
    assert {r.get("type") for r in results} <= {"1", "2", "3"}
    assert len(document.findall(".//indicator")) == len(contents.indicators)


def test_a_network_with_groups_carries_dimensions_baseline_and_periods(store, schema):
    built = grouped_network(store)
    store.groups.set_iati_identity(built.network_id, f"{ORG}-leernetwerk", ORG)
    contents = store.networks.load_network(built.network_id)
    document = _valid(schema, iati_bytes(contents, store.model, "nl"))
    (result,) = document.findall(".//result")
    assert result.get("type") == "3"  # a story on the stakeholder ring: impact
    counted, story = result.findall("indicator")
    assert (counted.get("measure"), counted.get("ascending")) == ("1", "true")
    baseline = counted.find("baseline")
    assert (baseline.get("year"), baseline.get("value")) == ("2024", "20")
    assert baseline.findtext("comment/narrative") == "telling 2024"
    (period,) = counted.findall("period")  # A and B: one period
    assert period.find("period-start").get("iso-date") == "2025-03-01"
    assert period.find("period-end").get("iso-date") == "2025-09-01"
    actuals = period.findall("actual")
    whole = [a for a in actuals if a.find("dimension") is None]
    assert [a.get("value") for a in whole] == [str(sum(range(2, 8)))]  # the sum at B
    cells = {
        tuple(d.get("value") for d in a.findall("dimension")): a.get("value")
        for a in actuals
        if a.find("dimension") is not None
    }
    assert cells[("Da Vinci", "12–16")] == "2" and len(cells) == 6
    targets = {
        tuple(d.get("value") for d in t.findall("dimension")): t.get("value")
        for t in period.findall("target")
    }
    assert targets == {(): "40", ("Da Vinci", "12–16"): "5"}
    assert story.get("measure") == "5"
    assert period.find("actual") is not None


def test_the_whole_is_left_out_when_the_rule_says_not_computable(store, schema):
    built = grouped_network(store)
    store.groups.set_whole_rule(built.indicator_id, "none")
    store.groups.set_iati_identity(built.network_id, f"{ORG}-x", ORG)
    document = _valid(
        schema, iati_bytes(store.networks.load_network(built.network_id), store.model)
    )
    counted = document.findall(".//indicator")[0]
    actuals = counted.findall("period/actual")
    assert actuals and all(a.find("dimension") is not None for a in actuals)


def test_without_an_identity_the_export_is_refused_in_a_sentence(store):
    built = grouped_network(store)
    with pytest.raises(IatiIdentityError, match="organisation's IATI ref is missing"):
        iati_bytes(store.networks.load_network(built.network_id), store.model)


def test_the_schema_rejects_a_file_broken_on_purpose(store, schema):
    """So the validation above can fail: a result without its required type is invalid."""
    built = grouped_network(store)
    store.groups.set_iati_identity(built.network_id, f"{ORG}-x", ORG)
    document = etree.fromstring(
        iati_bytes(store.networks.load_network(built.network_id), store.model)
    )
    schema.assertValid(document)
    del document.find(".//result").attrib["type"]
    assert not schema.validate(document)
    assert "type" in str(schema.error_log.last_error)
    broken = etree.fromstring(
        iati_bytes(store.networks.load_network(built.network_id), store.model)
    )
    period = broken.find(".//period")
    period.remove(period.find("period-start"))
    assert not schema.validate(broken)


_names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
).filter(lambda s: s.strip() == s and s.strip())


_texts = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=20)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.data(),
    moments=st.integers(min_value=0, max_value=4),
    indicators=st.integers(min_value=1, max_value=4),
)
def test_random_networks_validate(tmp_path_factory, schema, data, moments, indicators):
    model_path = tmp_path_factory.mktemp("iati") / "s.sqlite"
    from app.core.model import parse_model
    from tests.model_factory import model_data

    with Store.open(model_path, parse_model(model_data())) as store:
        network = store.networks.create_network(data.draw(_names, "network"), data.draw(_texts))
        store.groups.set_iati_identity(network.id, f"{ORG}-random", ORG)
        line = store.lines.create_line(
            network.id, ("ring1.s0", "ring2.s1", "ring3.s2", "stakeholders.s3")
        )
        moment_ids = [
            store.learning.add_moment(
                network.id,
                f"M{number}",
                data.draw(st.none() | st.just(date(2024, 1, 1) + timedelta(days=40 * number))),
            ).id
            for number in range(moments)
        ]
        for number in range(indicators):
            kind = data.draw(st.sampled_from(tuple(IndicatorKind)))
            step = data.draw(st.sampled_from(store.model.step_keys))
            unit = data.draw(st.sampled_from(["", "%", "leerlingen"]))
            indicator = store.lines.add_indicator(line.id, step, f"I{number}", kind, unit=unit)
            cells: list[tuple[int, ...]] = [()]
            if data.draw(st.booleans()):
                groups = data.draw(st.lists(_names, min_size=1, max_size=3, unique_by=str.casefold))
                (dimension,) = store.groups.set_dimensions(
                    indicator.id, [DimensionSpec("d", tuple(GroupSpec(g) for g in groups))]
                )
                cells += [(g.id,) for g in dimension.groups]
                store.groups.set_whole_rule(
                    indicator.id, data.draw(st.sampled_from(["sum", "mean", "none"]))
                )
            if kind is IndicatorKind.QUANTITATIVE and data.draw(st.booleans()):
                store.groups.set_baseline(
                    indicator.id,
                    data.draw(st.floats(-1e6, 1e6, allow_nan=False)),
                    on=data.draw(st.none() | st.just(date(2023, 5, 1))),
                    note=data.draw(_texts),
                )
            for moment_id in moment_ids:
                for cell in data.draw(st.lists(st.sampled_from(cells), max_size=3)):
                    value = data.draw(st.none() | st.floats(-1e9, 1e9, allow_nan=False))
                    text = data.draw(_texts)
                    store.groups.add_grouped_measurement(indicator.id, moment_id, cell, value, text)
                if data.draw(st.booleans()):
                    store.groups.set_grouped_target(
                        indicator.id, moment_id, data.draw(st.sampled_from(cells)), 1.5, "doel"
                    )
        _valid(schema, iati_bytes(store.networks.load_network(network.id), store.model))
