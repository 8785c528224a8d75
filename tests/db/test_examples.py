"""The example networks go through the strict importer, keep the store sound, and round-trip."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from app.core.examples import EXAMPLES, example_file
from app.core.model import Direction, default_model
from db import Store
from db.records import LineStatus
from db.table_files import write_network_tables


@pytest.fixture(params=["nl", "en"])
def shipped(tmp_path: Path, request):
    """A store with the real model (the examples use its keys), both examples imported."""
    with Store.open(tmp_path / "examples.sqlite", default_model()) as store:
        ids = [
            store.networks.import_file(example_file(example.key, request.param)).id
            for example in EXAMPLES
        ]
        yield store, ids, request.param


def _checks(path: Path) -> tuple[list, list]:
    with sqlite3.connect(path) as connection:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        foreign = list(connection.execute("PRAGMA foreign_key_check"))
    return integrity, foreign


def test_the_examples_import_and_the_store_passes_its_checks(shipped) -> None:
    store, _ids, _language = shipped
    assert _checks(store.path) == (["ok"], [])


def test_the_lef_example_tells_the_teacher_shortage_line_outside_in(shipped) -> None:
    store, (lef, _drugs), _language = shipped
    contents = store.networks.load_network(lef)
    (line,) = contents.lines
    assert line.direction is Direction.OUTSIDE_IN
    assert any(word in line.title for word in ("Lerarentekort", "Teacher shortage"))
    assert all(step.story for step in line.steps)
    assert len(contents.moments) == 2
    assert len(contents.notes) >= 3
    assert contents.wheel.arrangement == store.wheel.get_wheel(lef).arrangement
    for indicator in contents.indicators:  # the six steps are filled in
        assert indicator.insight and indicator.source and indicator.frequency and indicator.owner
        assert indicator.interpretation and indicator.communication
    assert {m.value for m in contents.measurements} >= {45.0, 75.0}


def test_the_drug_gang_example_has_a_direct_and_a_preventive_line(shipped) -> None:
    store, (_lef, drugs), _language = shipped
    contents = store.networks.load_network(drugs)
    titles = [line.title for line in contents.lines]
    assert any(t.startswith("Direct") for t in titles)
    assert any(t.startswith(("Preventief", "Preventive")) for t in titles)
    statuses = {line.status for line in contents.lines}
    assert statuses == {LineStatus.SUPPORTED, LineStatus.INVESTIGATING}
    assert len(contents.moments) == 2 and contents.notes


def test_the_examples_round_trip_through_export_and_import(shipped) -> None:
    store, ids, language = shipped
    for example, network_id in zip(EXAMPLES, ids, strict=True):
        exported = store.networks.export_network(network_id)
        assert exported == example_file(example.key, language).read_text(encoding="utf-8")
        again = store.networks.import_network(exported)
        assert again.name.endswith("(2)")
        assert store.networks.export_network(again.id) == exported.replace(
            f'"name": "{again.name[:-4]}"', f'"name": "{again.name}"', 1
        )
    assert _checks(store.path) == (["ok"], [])


def test_an_example_can_be_deleted_like_any_network(shipped) -> None:
    store, (lef, _drugs), _language = shipped
    store.networks.delete_network(lef)
    assert lef not in {network.id for network in store.networks.list_networks()}
    assert _checks(store.path) == (["ok"], [])


def test_the_example_exports_as_a_workbook(shipped, tmp_path: Path) -> None:
    store, (lef, _drugs), _language = shipped
    path = write_network_tables(
        tmp_path / "lef.xlsx", store.networks.load_network(lef), store.model, "xlsx", "nl"
    )
    book = openpyxl.load_workbook(path)
    assert book["Metingen"].max_row == 1 + 6  # Dutch headers: the language asked for
    assert book["Stappen"].max_row == 1 + 5
