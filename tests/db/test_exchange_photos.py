"""A photo kept with a piece of evidence travels in the exchange format (base64 of a JPEG),
and a file's photo is checked before it is kept."""

from __future__ import annotations

import base64
import io
import json

import jsonschema
import pytest
from PIL import Image

from app.core.resources import resource_path
from db import ImportFormatError, Store
from tests.db.builders import LINE_KEYS


def jpeg(width: int = 320, height: int = 240) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def network_with_photo(store: Store) -> tuple[int, bytes]:
    network = store.networks.create_network("Wijknetwerk")
    line = store.lines.create_line(network.id, LINE_KEYS, title="Samen koken")
    evidence = store.evidence.add_evidence(
        line.id, "ring2", "De buurt kookt samen", "de zaal (Fatima)"
    )
    photo = jpeg()
    store.room.set_evidence_photo(evidence.id, photo)
    return network.id, photo


def test_a_photo_goes_out_and_comes_back_with_its_evidence(store: Store) -> None:
    network_id, photo = network_with_photo(store)
    text = store.networks.export_network(network_id)
    data = json.loads(text)
    (evidence,) = [e for step in data["network"]["lines"][0]["steps"] for e in step["evidence"]]
    assert base64.b64decode(evidence["photo"]) == photo
    schema = json.loads(resource_path("exchange.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    imported = store.networks.import_network(text)
    (again,) = store.networks.load_network(imported.id).evidence
    assert again.photo == photo and again.text == "De buurt kookt samen"


@pytest.mark.parametrize(
    ("photo", "problem"),
    [
        ("not base64!", "base64"),
        (base64.b64encode(b"<svg onload=alert(1)>").decode(), "JPEG"),
        (base64.b64encode(b"\xff\xd8\xff" + b"0" * 100).decode(), "read"),
    ],
)
def test_a_files_photo_is_checked_before_it_is_kept(store: Store, photo: str, problem) -> None:
    network_id, _photo = network_with_photo(store)
    data = json.loads(store.networks.export_network(network_id))
    for step in data["network"]["lines"][0]["steps"]:
        for evidence in step["evidence"]:
            evidence["photo"] = photo
    with pytest.raises(ImportFormatError, match=problem):
        store.networks.import_network(json.dumps(data))
