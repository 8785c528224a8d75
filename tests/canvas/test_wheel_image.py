"""Images of the wheel: a PNG of the chosen size that is painted all over, with or without
beam and notes; an SVG that parses and holds the labels as text; files never on the store."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.canvas.wheel_image import (
    ImageError,
    WheelPicture,
    picture_of,
    render_png,
    svg_bytes,
    write_image,
)
from app.core.examples import example_file
from app.core.geometry import Arrangement
from app.core.model import Model
from db import Store
from db.errors import OutputRefusedError

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def example(qapp, tmp_path: Path, model: Model):
    with Store.open(tmp_path / "s.sqlite", model) as store:
        network = store.networks.import_file(example_file("lef-binnenkring"))
        yield store, store.networks.load_network(network.id)


def colours_in(image: QImage, step: int = 7) -> dict[int, int]:
    counts: dict[int, int] = {}
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return counts


def svg_text(data: bytes) -> str:
    return "".join(e.text or "" for e in ET.fromstring(data).iter(f"{SVG}text"))


def test_a_png_has_the_chosen_size_and_shows_the_wheel(example, model: Model, tmp_path) -> None:
    _store, contents = example
    path = write_image(tmp_path / "wheel.png", model, picture_of(model, contents), 640)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (640, 640)
    counts = colours_in(image)
    background = QColor(picture_of(model, contents).palette.background).rgb()
    painted = sum(n for rgb, n in counts.items() if rgb != background)
    # The wheel's disc is π/4 · (1000/1080)² ≈ 67 % of the square, the room around it the rest.
    assert painted > 0.62 * sum(counts.values())
    assert len(counts) > 50  # fills, labels, notes: far more than a blank square


def test_the_beam_and_the_notes_can_be_left_out(example, model: Model) -> None:
    _store, contents = example
    full = picture_of(model, contents)
    bare = picture_of(model, contents, notes=False, beam=False)
    assert bare.notes == () and full.notes
    beam = QColor(full.palette.beam).rgb()
    with_beam = render_png(model, full, 400)
    without = render_png(model, bare, 400)
    assert colours_in(with_beam, 3).get(beam, 0) > 0
    assert colours_in(without, 3).get(beam, 0) == 0


def test_a_line_turns_the_picture_to_it(example, model: Model) -> None:
    _store, contents = example
    line = contents.lines[0]
    picture = picture_of(model, contents, line_id=line.id)
    assert picture.arrangement == contents.wheel.arrangement  # the example rests on its line
    with pytest.raises(ImageError, match="no line with id 999"):
        picture_of(model, contents, line_id=999)


def test_the_svg_parses_and_holds_the_labels_as_text(example, model: Model) -> None:
    _store, contents = example
    data = svg_bytes(model, picture_of(model, contents, language="en"))
    text = svg_text(data)
    for ring in model.rings[:-1]:
        for segment in ring.segments:
            assert segment.label.en.replace(" ", "") in text
    assert "Leidseschoolbesturen" in text  # the network's own stakeholder names
    assert "Voorbeeld: LEF" in text  # the name in the core
    assert b"<image" not in data  # vectors and text, no pixmaps


def test_every_label_is_one_whole_svg_text_that_can_be_searched(example, model: Model) -> None:
    _store, contents = example
    for language in ("en", "nl"):
        picture = picture_of(model, contents, language=language)
        root = ET.fromstring(svg_bytes(model, picture))
        whole = {element.text for element in root.iter(f"{SVG}text")}
        names = dict(picture.stakeholder_names)
        for ring in model.rings:
            for segment in ring.segments:
                label = names.get(segment.key) or segment.label.in_(language)
                assert label in whole, label  # one element with the words, spaces and all
        labels = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "labels")
        assert labels.get("fill-opacity") == "0"  # found and read, never seen twice
        for text in labels.iter(f"{SVG}text"):
            assert 0 <= float(text.get("x")) <= 1080 and 0 <= float(text.get("y")) <= 1080


def test_sizes_and_file_types_are_checked(example, model: Model, tmp_path) -> None:
    _store, contents = example
    picture = picture_of(model, contents)
    for size in (199, 4001):
        with pytest.raises(ImageError):
            render_png(model, picture, size)
    with pytest.raises(ImageError, match=r"png or an \.svg"):
        write_image(tmp_path / "wheel.jpg", model, picture)
    with Store.open(tmp_path / "odd-store.png", model) as odd:  # a store named like an image
        with pytest.raises(OutputRefusedError):
            write_image(odd.path, model, picture, 300)
        assert odd.list_networks() == ()


def test_a_bare_picture_needs_no_network(qapp, model: Model) -> None:
    picture = WheelPicture(Arrangement((1, 2, 3, 0)), language="en")
    assert "Meeting" in svg_text(svg_bytes(model, picture))
