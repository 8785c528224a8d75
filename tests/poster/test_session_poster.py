"""The session poster: every note's text extractable, nothing outside the page, the A-sizes
exact in points, stacks clear of the labels, overflow onto further sheets, and tiling."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from app.core.geometry import rotation_for_focus, segment_arc
from app.core.model import default_model
from app.core.note_stacks import PolarBox
from app.core.wheel_layout import CALM, RING_BOUNDS
from app.core.wording import Wording
from app.poster.session_poster import (
    PosterSize,
    SheetSize,
    groups_of,
    label_boxes,
    render_session_poster,
    stack_places,
)
from app.poster.tiling import OVERLAP
from db.records import Note
from tests.poster.sample import make_contents

EXACT = {  # ISO 216 in points (1 mm = 72/25.4 pt), landscape
    "A3": (1190.55, 841.89),
    "A2": (1683.78, 1190.55),
    "A1": (2383.94, 1683.78),
    "A0": (3370.39, 2383.94),
}


def session(count: int = 60, crowded: int = 25, long: int = 0):
    model = default_model()
    keys = [part.key for part in model.core.segments]
    keys += [segment.key for ring in model.rings for segment in ring.segments]
    busy = model.rings[1].segments[2].key
    keys.remove(busy)
    colours = itertools.cycle(CALM.note_colours)
    notes = []
    for number in range(count):
        key = busy if number < crowded else keys[number % len(keys)]
        text = f"Notitie{number:03d} van de binnenkring over wat er veranderde"
        if number < long:
            text += " en daarna nog veel meer woorden" * 20
        notes.append(
            Note(number + 1, 1, None, key, text, next(colours).upper(), datetime(2025, 1, 1))
        )
    return model, dataclasses.replace(make_contents(model), notes=tuple(notes))


def _chars_inside(path: Path) -> None:
    """Every character's box lies on its page (pdfium, as a viewer draws it)."""
    document = pdfium.PdfDocument(str(path))
    for page in document:
        width, height = page.get_size()
        text = page.get_textpage()
        for index in range(text.count_chars()):
            left, bottom, right, top = text.get_charbox(index)
            assert left >= -0.5 and right <= width + 0.5, (index, left, right, width)
            assert bottom >= -0.5 and top <= height + 0.5, (index, bottom, top, height)
    document.close()


@pytest.mark.parametrize("size", list(PosterSize))
def test_every_note_is_readable_text_on_an_exact_sheet(tmp_path: Path, size: PosterSize) -> None:
    model, contents = session()
    path = render_session_poster(tmp_path / f"sessie-{size}.pdf", model, contents, size=size)
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == EXACT[size.value]
    text = " ".join(page.extract_text() for page in reader.pages)
    for note in contents.notes:
        assert note.text.split()[0] in text  # each note's first word, whole
    assert "Houding & gedrag (25)" in text
    _chars_inside(path)
    if size is PosterSize.A3:  # a picture to look at
        document = pdfium.PdfDocument(str(path))
        document[0].render(scale=1.2).to_pil().save(tmp_path / "sessie-A3.png")
        document.close()


def test_the_notes_are_at_least_nine_point_at_a3_and_grow_with_the_sheet(tmp_path: Path) -> None:
    model, contents = session(count=8, crowded=2)
    sizes = {}
    for size in (PosterSize.A3, PosterSize.A1):
        path = render_session_poster(tmp_path / f"{size}.pdf", model, contents, size=size)
        document = pdfium.PdfDocument(str(path))
        page = document[0]
        text = page.get_textpage()
        found = text.search("Notitie000")
        assert found is not None
        first = found.get_next()
        assert first is not None
        _left, bottom, _right, top = text.get_charbox(first[0])
        height = top - bottom
        sizes[size] = height
        document.close()
    # A capital's box is about 0.73 of the type size: 9.5 pt type gives about 6.9 pt.
    assert sizes[PosterSize.A3] >= 9 * 0.7
    assert sizes[PosterSize.A1] == pytest.approx(2 * sizes[PosterSize.A3], rel=0.05)


def test_many_long_notes_flow_onto_further_sheets_uncut(tmp_path: Path) -> None:
    model, contents = session(count=80, crowded=30, long=40)
    path = render_session_poster(tmp_path / "lang.pdf", model, contents)
    reader = PdfReader(path)
    assert len(reader.pages) > 1
    text = " ".join(page.extract_text() for page in reader.pages)
    for note in contents.notes:
        assert note.text.split()[0] in text
    _chars_inside(path)


def test_stacks_keep_clear_of_the_labels() -> None:
    model, contents = session()
    wording = Wording.of(model, "nl")
    groups = groups_of(model, contents.notes, wording)
    places = stack_places(model, groups, contents.wheel.arrangement, wording)
    assert all(place is not None for place in places.values())
    core = {part.key for part in model.core.segments}
    for group in groups:
        place = places[group.segment_key]
        assert place is not None
        if group.segment_key in core:
            assert place.radius + place.size <= 0.30
            continue
        ring = model.ring_of(group.segment_key)
        index = model.ring_keys.index(ring.key)
        rotation = rotation_for_focus(contents.wheel.arrangement.indices[index], 4)
        start, sweep = segment_arc(ring.index_of(group.segment_key), rotation, 4)
        boxes = label_boxes(wording.segment(group.segment_key), RING_BOUNDS[index], start, sweep)
        assert not any(place.box().meets(box) for box in boxes)
        assert isinstance(boxes[0], PolarBox)


@pytest.mark.parametrize(
    ("size", "sheet"), [(PosterSize.A1, SheetSize.A4), (PosterSize.A0, SheetSize.A3)]
)
def test_a_large_poster_tiles_onto_office_sheets(
    tmp_path: Path, size: PosterSize, sheet: SheetSize
) -> None:
    model, contents = session()
    path = render_session_poster(tmp_path / "tegels.pdf", model, contents, size=size, tile=sheet)
    reader = PdfReader(path)
    sheet_points = {"A4": (595.28, 841.89), "A3": (841.89, 1190.55)}[sheet.value]
    poster = EXACT[size.value]
    for page in reader.pages:
        box = page.mediabox
        assert sorted((round(float(box.width), 2), round(float(box.height), 2))) == sorted(
            sheet_points
        )
    # Enough tiles to cover the poster with the overlap between them.
    width, height = (
        round(float(reader.pages[0].mediabox.width), 2),
        round(float(reader.pages[0].mediabox.height), 2),
    )
    window = (width - 34, height - 34)
    needed = -(-(poster[0] - OVERLAP) // (window[0] - OVERLAP)) * -(
        -(poster[1] - OVERLAP) // (window[1] - OVERLAP)
    )
    assert len(reader.pages) >= needed
    assert "1/" in reader.pages[0].extract_text()
    # (Text beyond a tile's window is clipped, not gone: so no check of char boxes here.)
