"""The exchange format: lossless round trips, a strict reader, and its JSON Schema."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.model import IndicatorKind
from app.core.resources import resource_path
from db import ImportFormatError, Store
from db.records import NetworkContents
from tests.db.builders import LINE_KEYS, fill_network
from tests.db.dumps import dump

SPECIAL_TEXTS = [
    "<b>x</b> & <script>alert(1)</script>",
    "\"double\" 'single' `back` \\ slash",
    "مرحبا بالعالم — שלום עולם",
    "🎉👩‍👩‍👧 ✔ café naïve ë é ï",
    "line one\nline two\r\n\ttabbed",
    "x" * 170,  # names and titles end up near their limit of 200 (app.core.limits)
]


def _without_ids(contents: NetworkContents) -> tuple[Any, ...]:
    """What a network holds, with the ids and the name (which an import may change) left out."""

    def strip(record: Any) -> tuple[Any, ...]:
        return tuple(
            v
            for k, v in vars_of(record).items()
            if k not in {"id", "network_id", "line_id", "indicator_id", "moment_id"}
        )

    return (
        contents.network.description,
        contents.network.stakeholders,
        contents.wheel,
        tuple(map(strip, contents.core)),
        tuple(map(strip, contents.lines)),
        tuple(map(strip, contents.indicators)),
        tuple(map(strip, contents.moments)),
        tuple(map(strip, contents.measurements)),
        tuple(map(strip, contents.notes)),
    )


def vars_of(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in record.__slots__}


def _renamed(text: str, old: str, new: str) -> str:
    data = json.loads(text)
    assert data["network"]["name"] == old
    data["network"]["name"] = new
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_export_import_export_gives_the_same_bytes(store: Store):
    network_id = fill_network(store)
    first = store.networks.export_network(network_id)
    imported = store.networks.import_network(first)
    assert imported.name == "Zorgnetwerk Rijnland (2)"
    second = store.networks.export_network(imported.id)
    assert _renamed(second, imported.name, "Zorgnetwerk Rijnland") == first
    assert _without_ids(store.networks.load_network(imported.id)) == _without_ids(
        store.networks.load_network(network_id)
    )


def test_notes_keep_their_order_when_their_moments_run_the_other_way(store: Store):
    """The notes' moments must not decide the order the importer adds them in."""
    network = store.networks.create_network("Volgorde")
    first = store.learning.add_moment(network.id, "A", None, "", "")
    second = store.learning.add_moment(network.id, "B", None, "", "")
    key = store.model.rings[0].segments[0].key
    for text, moment in (
        ("een", second.id),
        ("twee", first.id),
        ("drie", None),
        ("vier", second.id),
    ):
        store.notes.add_note(network.id, key, text, "#FFE97A", moment)
    exported = store.networks.export_network(network.id)
    again = store.networks.import_network(exported)
    assert [note.text for note in store.networks.load_network(again.id).notes] == [
        "een",
        "twee",
        "drie",
        "vier",
    ]
    assert store.networks.export_network(again.id) == exported.replace(
        "Volgorde", "Volgorde (2)", 1
    )


def test_an_import_into_another_store_keeps_the_name_and_every_object(
    store: Store, tmp_path, model
):
    network_id = fill_network(store)
    file = tmp_path / "netwerk.json"
    store.networks.export_network_to(network_id, file)
    with Store.open(tmp_path / "other.sqlite", model) as other:
        imported = other.networks.import_file(file)
        assert imported.name == "Zorgnetwerk Rijnland"
        assert other.networks.export_network(imported.id).encode("utf-8") == file.read_bytes()


def test_the_export_is_utf8_with_model_keys_and_validates_against_the_schema(store: Store):
    network_id = fill_network(store, texts="🎉 ë")
    text = store.networks.export_network(network_id)
    assert "🎉 ë" in text  # UTF-8, not \\u escapes
    data = json.loads(text)
    assert (data["format"], data["version"]) == ("netimpact-network", 3)
    assert data["network"]["lines"][0]["steps"][2]["segment"] == "ring2.s1"
    assert "(nl)" not in text and "(en)" not in text  # the test model's labels
    schema = json.loads(resource_path("exchange.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)


names = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(bool)
)
texts = st.one_of(
    st.sampled_from(SPECIAL_TEXTS),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"),
        max_size=170,
    ),
)


@pytest.mark.slow
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=names,
    free=texts,
    notes=st.lists(
        st.tuples(
            texts, st.sampled_from(["ring1.s0", "ring3.s2", "core.part3", "stakeholders.s1"])
        ),
        max_size=4,
    ),
    value=st.floats(allow_nan=False, allow_infinity=False) | st.none(),
)
def test_any_network_survives_the_round_trip(store: Store, name, free, notes, value):
    network_id = fill_network(store, store.networks.unique_name(name), free)
    for text, segment in notes:
        store.notes.add_note(network_id, segment, text)
    contents = store.networks.load_network(network_id)
    store.learning.add_measurement(contents.indicators[-1].id, contents.moments[-1].id, value, free)
    first = store.networks.export_network(network_id)
    imported = store.networks.import_network(first)
    second = store.networks.export_network(imported.id)
    original_name = store.networks.get_network(network_id).name
    assert _renamed(second, imported.name, original_name) == first
    assert _without_ids(store.networks.load_network(imported.id)) == _without_ids(
        store.networks.load_network(network_id)
    )


# --- bad files ---------------------------------------------------------------------------------


def _good(store: Store) -> dict[str, Any]:
    return json.loads(store.networks.export_network(fill_network(store, "Bron")))


def _edit(change):
    def make(good: dict[str, Any]) -> bytes:
        data = copy.deepcopy(good)
        change(data)
        return json.dumps(data).encode("utf-8")

    return make


def _network(data):
    return data["network"]


BAD_FILES = [
    ("not JSON", lambda g: b'{"format": "netimpact-network",', "not valid JSON"),
    ("empty", lambda g: b"", "empty"),
    ("only spaces", lambda g: b"  \n ", "empty"),
    ("not UTF-8", lambda g: b'{"a": "\xff\xfe"}', "not UTF-8"),
    ("a list", lambda g: b"[1, 2]", "expected an object"),
    ("another format", _edit(lambda d: d.update(format="netimpact-model")), "not a Netwerkimpact"),
    ("newer version", _edit(lambda d: d.update(version=4)), "version 4.*reads version 3"),
    ("version as text", _edit(lambda d: d.update(version="3")), "version: expected 3"),
    (
        "a version 2 field in version 1",
        _edit(lambda d: d.update(version=1)),
        r"network.moments\[0\]: unknown field 'position'",
    ),
    (
        "evidence without text",
        _edit(
            lambda d: _network(d)["lines"][0]["steps"][1]["evidence"].append(
                {"text": " ", "source": "", "date": None, "moment": None}
            )
        ),
        r"steps\[1\].evidence\[\d\].text: a piece of evidence needs a text",
    ),
    (
        "an entry's source too long",
        _edit(
            lambda d: _network(d)["lines"][0]["indicators"][0]["measurements"][0].update(
                source="x" * 201
            )
        ),
        r"measurements\[0\].source: longer than 200 characters",
    ),
    (
        "target of no moment",
        _edit(
            lambda d: _network(d)["lines"][0]["indicators"][0]["targets"].append(
                {
                    "moment": "m9",
                    "value": 1,
                    "text": "",
                    "reason": "",
                    "set_at": "2025-01-01T00:00:00Z",
                }
            )
        ),
        "there is no moment with id 'm9'",
    ),
    ("no network", _edit(lambda d: d.pop("network")), "'network' is missing"),
    ("unknown top field", _edit(lambda d: d.update(extra=1)), "unknown field 'extra'"),
    (
        "unknown line field",
        _edit(lambda d: _network(d)["lines"][0].update(colour="red")),
        r"network.lines\[0\]: unknown field 'colour'",
    ),
    ("name a number", _edit(lambda d: _network(d).update(name=5)), "network.name: .*text"),
    ("empty name", _edit(lambda d: _network(d).update(name=" ")), "network.name"),
    (
        "unknown segment",
        _edit(lambda d: _network(d)["lines"][0]["steps"][1].update(segment="ring1.x")),
        r"steps\[1\].segment: 'ring1.x' is not a segment of ring 'ring1'",
    ),
    (
        "segment of another ring",
        _edit(lambda d: _network(d)["lines"][0]["steps"][2].update(segment="ring1.s0")),
        r"steps\[2\].segment",
    ),
    (
        "a step missing",
        _edit(lambda d: _network(d)["lines"][0]["steps"].pop()),
        "a line has 5 steps",
    ),
    (
        "unknown stakeholder",
        _edit(lambda d: _network(d)["stakeholders"][0].update(key="stakeholders.x")),
        r"stakeholders\[0\].key",
    ),
    (
        "unknown core part",
        _edit(lambda d: _network(d)["core"][0].update(kind="core.nothing")),
        r"core\[0\].kind",
    ),
    (
        "indicator kind",
        _edit(lambda d: _network(d)["lines"][0]["indicators"][0].update(kind="hard")),
        r"indicators\[0\].kind: expected one of quantitative, qualitative",
    ),
    (
        "dangling moment",
        _edit(
            lambda d: _network(d)["lines"][0]["indicators"][0]["measurements"][0].update(
                moment="m9"
            )
        ),
        "no moment with id 'm9'",
    ),
    ("repeated moment id", _edit(lambda d: _network(d)["moments"][1].update(id="m1")), "repeated"),
    (
        "value as text",
        _edit(
            lambda d: _network(d)["lines"][0]["indicators"][0]["measurements"][0].update(value="12")
        ),
        r"measurements\[0\].value: the value must be a number",
    ),
    (
        "value true",
        _edit(
            lambda d: _network(d)["lines"][0]["indicators"][0]["measurements"][0].update(value=True)
        ),
        "must be a number",
    ),
    ("NaN", lambda g: json.dumps(g).replace('"value": 12.5', '"value": NaN').encode(), "NaN"),
    (
        "bad timestamp",
        _edit(lambda d: _network(d).update(created_at="yesterday")),
        "network.created_at: expected a UTC time",
    ),
    (
        "impossible date",
        _edit(lambda d: _network(d)["moments"][0].update(date="2024-02-30")),
        "not a real date",
    ),
    ("colour", _edit(lambda d: _network(d)["notes"][0].update(colour="yellow")), "#RRGGBB"),
    (
        "arrangement out of range",
        _edit(lambda d: _network(d)["wheel"]["arrangement"].update(ring2=4)),
        "segment index 0 to 3",
    ),
    ("lone surrogate", lambda g: json.dumps(g).replace('"start"', '"\\ud800"').encode(), "broken"),
    (
        "duplicate field",
        lambda g: json.dumps(g).replace('"version": 3', '"version": 3, "version": 3').encode(),
        "appears twice",
    ),
    ("nested too deeply", lambda g: b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    # hostile values that once gave tracebacks or were let in (issue 10)
    (
        "segment a list",
        _edit(lambda d: _network(d)["lines"][0]["steps"][1].update(segment=["ring1.s0"])),
        r"steps\[1\].segment: \['ring1.s0'\] is not a segment",
    ),
    (
        "note segment a list",
        _edit(lambda d: _network(d)["notes"][0].update(segment=["ring1.s0"])),
        r"notes\[0\].segment",
    ),
    (
        "moment an object",
        _edit(lambda d: _network(d)["notes"][0].update(moment={})),
        r"notes\[0\].moment: there is no moment with id \{\}",
    ),
    (
        "moment a list",
        _edit(
            lambda d: _network(d)["lines"][0]["indicators"][0]["measurements"][0].update(moment=[])
        ),
        r"measurements\[0\].moment: there is no moment",
    ),
    (
        "a 400-digit number",
        lambda g: json.dumps(g).replace('"value": 12.5', '"value": 1' + "0" * 400).encode(),
        r"measurements\[0\].value: the value is too large a number",
    ),
    (
        "lone surrogate in a name",
        lambda g: json.dumps(g).replace('"name": "Bron"', '"name": "Bron\\ud800"').encode(),
        "network.name: the name contains a broken character",
    ),
    ("version true", _edit(lambda d: d.update(version=True)), "version: expected 3, not True"),
    ("version 1.0", _edit(lambda d: d.update(version=1.0)), "version: expected 3, not 1.0"),
    (
        "the year 9999",
        _edit(lambda d: _network(d).update(updated_at="9999-12-31T23:59:59Z")),
        "network.updated_at: '9999-12-31T23:59:59Z' is outside the years 1970–2200",
    ),
    (
        "the year 1",
        _edit(lambda d: _network(d)["lines"][0].update(created_at="0001-01-01T00:00:00Z")),
        r"lines\[0\].created_at: .* is outside the years",
    ),
    (
        "a story over the limit",
        _edit(lambda d: _network(d)["lines"][0]["steps"][0].update(story="x" * 20_001)),
        r"steps\[0\].story: the value is too long \(20,001 characters; the limit is 20,000\)",
    ),
    (
        "a note over the limit",
        _edit(lambda d: _network(d)["notes"][0].update(text="x" * 2_001)),
        r"notes\[0\].text: .*the limit is 2,000",
    ),
    (
        "a label over the limit",
        _edit(lambda d: _network(d)["moments"][0].update(label="x" * 41)),
        r"moments\[0\].label: .*the limit is 40",
    ),
    (
        "a title over the limit",
        _edit(lambda d: _network(d)["lines"][0].update(title="x" * 201)),
        r"lines\[0\].title: .*the limit is 200",
    ),
    (
        "a million-character description",
        _edit(lambda d: _network(d).update(description="x" * 1_000_000)),
        "network.description: the value is too long \\(1,000,000 characters",
    ),
]


@pytest.mark.parametrize(
    ("raw", "message"), [(r, m) for _, r, m in BAD_FILES], ids=[name for name, _, _ in BAD_FILES]
)
def test_a_bad_file_gets_a_one_line_error_and_leaves_the_store_unchanged(
    store: Store, raw, message
):
    before = dump(store)
    content = raw(_good(store))
    before = dump(store)
    with pytest.raises(ImportFormatError, match=message) as caught:
        store.networks.import_network(content)
    assert "\n" not in str(caught.value)
    assert dump(store) == before


def test_fifty_megabytes_of_junk_is_refused_unread(store: Store, tmp_path):
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x00junk" * (10 * 1024 * 1024))
    before = dump(store)
    with pytest.raises(ImportFormatError, match="larger than 32 MB"):
        store.networks.import_file(junk)
    assert dump(store) == before


def test_a_missing_file_is_a_clear_error(store: Store, tmp_path):
    with pytest.raises(ImportFormatError, match="no such file"):
        store.networks.import_file(tmp_path / "nothing.json")


@pytest.mark.parametrize(
    "name",
    [
        "unknown top field",
        "name a number",
        "indicator kind",
        "colour",
        "bad timestamp",
        "a list",
        "newer version",
        "version true",
        "a story over the limit",
        "a note over the limit",
        "a label over the limit",
    ],
)
def test_the_schema_rejects_what_the_reader_rejects(store: Store, name):
    raw = dict((n, r) for n, r, _ in BAD_FILES)[name](_good(store))
    schema = json.loads(resource_path("exchange.schema.json").read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(json.loads(raw), schema)


# --- older versions ----------------------------------------------------------------------------


def test_a_version_1_file_still_imports_and_exports_as_version_3(store: Store):
    """A file written before evidence, entries' sources and targets existed."""
    raw = (Path(__file__).parent / "fixtures" / "exchange_v1.json").read_bytes()
    assert json.loads(raw)["version"] == 1
    network = store.networks.import_network(raw)
    contents = store.networks.load_network(network.id)
    assert network.name == "Oud netwerk (versie 1)"
    assert [m.label for m in contents.moments] == ["A", "B"]
    assert contents.lines[0].story("ring2").startswith("verhaal")
    assert all(step.plausibility is None for step in contents.lines[0].steps)
    assert contents.evidence == () and contents.targets == ()
    assert [m.value for m in contents.measurements if m.value is not None] == [12.5, 30.0]
    assert all(m.source == "" and m.measured_on is None for m in contents.measurements)
    again = json.loads(store.networks.export_network(network.id))
    assert again["version"] == 3
    schema = json.loads(resource_path("exchange.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(again, schema)


def test_the_export_lists_everything_in_the_order_the_store_hands_it_out(store: Store) -> None:
    network_id = fill_network(store)
    store.learning.add_moment(
        network_id, "Eerder", date(2023, 1, 1), "", ""
    )  # added last, dated first
    line_id = store.networks.load_network(network_id).lines[0].id
    store.lines.add_indicator(
        line_id, "core", "Later toegevoegd, eerste stap", IndicatorKind.QUALITATIVE
    )
    contents = store.networks.load_network(network_id)
    exported = json.loads(store.networks.export_network(network_id))["network"]
    assert [m["label"] for m in exported["moments"]] == [m.label for m in contents.moments]
    assert exported["moments"][0]["label"] == "Eerder"
    assert [e["text"] for e in exported["core"]] == [e.text for e in contents.core]
    for line, data in zip(contents.lines, exported["lines"], strict=True):
        assert [i["name"] for i in data["indicators"]] == [
            i.name for i in contents.indicators_of(line.id)
        ]
        assert [s["step"] for s in data["steps"]] == [s.key for s in line.steps]
    assert exported["lines"][0]["indicators"][0]["name"] == "Later toegevoegd, eerste stap"


HOSTILE = [[], {}, ["ring1.s0"], 10**400, -(10**400), "\ud800", True, 1.0, None, "", "x" * 30_000]


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [leaf for key, value in node.items() for leaf in _leaves(value, (*path, key))]
    if isinstance(node, list):
        return [leaf for i, value in enumerate(node) for leaf in _leaves(value, (*path, i))]
    return [path]


@pytest.mark.slow
def test_any_hostile_value_anywhere_is_refused_or_imported_never_a_traceback(store: Store):
    """Every leaf of a real export replaced by each hostile value: a one-line `ImportFormatError`
    or a network the store can export and import again, and nothing else."""
    good = _good(store)
    outcomes = {"refused": 0, "imported": 0}
    for path in _leaves(good):
        for value in HOSTILE:
            data = copy.deepcopy(good)
            parent = data
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]] = value
            raw = json.dumps(data, ensure_ascii=True).encode("ascii")  # \ud800 as JSON escapes
            try:
                imported = store.networks.import_network(raw)
            except ImportFormatError as error:
                assert "\n" not in str(error)
                outcomes["refused"] += 1
                continue
            again = store.networks.import_network(store.networks.export_network(imported.id))
            store.networks.delete_network(again.id)
            store.networks.delete_network(imported.id)
            outcomes["imported"] += 1
    assert outcomes["refused"] > 100 and outcomes["imported"] > 10


def test_a_name_at_the_limit_imported_again_and_again_stays_importable(store: Store):
    name = "N" * 195 + " " + "x" * 4  # 200 characters; " (2)" makes the cut fall on the space
    exported = store.networks.export_network(store.networks.create_network(name).id)
    names = []
    for _ in range(6):  # each copy is exported and imported again: up to " (13)"
        imported = store.networks.import_network(exported)
        copy_of_copy = store.networks.import_network(store.networks.export_network(imported.id))
        names += [imported.name, copy_of_copy.name]
    assert names[0] == "N" * 195 + " (2)" and names[-1] == "N" * 195 + " (13)"
    assert all(len(n) <= 200 and n == n.strip() for n in names)
    assert len(set(names)) == len(names)


def test_every_field_at_its_limit_survives_export_import_export(store: Store):
    network = store.networks.create_network("L" * 200, "d" * 20_000)
    store.networks.set_stakeholder_group(network.id, "stakeholders.s0", "g" * 200, "e" * 20_000)
    line = store.lines.create_line(
        network.id,
        LINE_KEYS,
        title="t" * 200,
        stories={key: "s" * 20_000 for key in store.model.step_keys},
        assumptions="a" * 20_000,
    )
    moment = store.learning.add_moment(network.id, "m" * 40, None, "f" * 20_000, "l" * 20_000)
    indicator = store.lines.add_indicator(line.id, "ring1", "i" * 200, IndicatorKind.QUALITATIVE)
    store.learning.add_measurement(indicator.id, moment.id, 1e308, "x" * 20_000, "y" * 20_000)
    store.notes.add_note(network.id, "ring1.s0", "n" * 2_000, moment_id=moment.id)
    first = store.networks.export_network(network.id)
    imported = store.networks.import_network(first)
    assert _renamed(store.networks.export_network(imported.id), imported.name, "L" * 200) == first
