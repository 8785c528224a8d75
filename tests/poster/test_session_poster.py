"""The session poster: the notes' whole texts on cards on their segments (never over a label,
each other or the segment's edges), the rest numbered in the list with a marker on the
segment, type of at least 9 pt on A3, every text extractable, the A-sizes exact, tiling."""

from __future__ import annotations

import math
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from pypdf import PdfReader

from app.core.note_stacks import PolarBox
from app.core.wheel_layout import CORE_RADIUS
from app.core.wording import Wording
from app.poster.session_layout import (
    CORE_BAND,
    axis_marker,
    groups_of,
    lay_out_session,
    segment_place,
)
from app.poster.session_poster import (
    DESIGN,
    PosterSize,
    SheetSize,
    render_session_poster,
    session_wheel,
    type_scale,
)
from app.poster.tiling import OVERLAP
from app.poster.wheel import CORE_CENTRE
from tests.poster.pdf_checks import char_boxes, extracted_text, squeezed
from tests.poster.sample import session_contents

EXACT = {  # ISO 216 in points (1 mm = 72/25.4 pt), landscape
    "A3": (1190.55, 841.89),
    "A2": (1683.78, 1190.55),
    "A1": (2383.94, 1683.78),
    "A0": (3370.39, 2383.94),
}


def _laid_out(count: int = 60, crowded: int = 25, first: int = 0):
    model, contents = session_contents(count=count, crowded=crowded, first=first)
    wording = Wording.of(model, "nl")
    place = session_wheel(*DESIGN)
    groups = groups_of(model, contents.notes, wording)
    placed = lay_out_session(model, groups, contents.wheel.arrangement, wording, place.radius)
    return model, contents, wording, place, placed


def _inside(box: PolarBox, band: tuple[float, float], centre: float, sweep: float) -> bool:
    start = (box.start - centre + 180.0) % 360.0 - 180.0
    end = start + box.end - box.start
    return (
        band[0] <= box.inner and box.outer <= band[1] and -sweep / 2 <= start and end <= sweep / 2
    )


def _chars_inside(path: Path) -> None:
    """Every character's box lies on its page (pdfium, as a viewer draws it)."""
    for number, width, height, (left, bottom, right, top) in char_boxes(path):
        assert left >= -0.5 and right <= width + 0.5, (number, left, right, width)
        assert bottom >= -0.5 and top <= height + 0.5, (number, bottom, top, height)


@pytest.mark.parametrize(
    ("count", "crowded", "first"), [(60, 25, 0), (5, 0, 14), (5, 0, 11), (5, 0, 0)]
)
def test_cards_keep_clear_of_labels_each_other_and_the_segment_edges(
    count: int, crowded: int, first: int
) -> None:
    model, contents, wording, place, placed = _laid_out(count, crowded, first)
    arrangement = contents.wheel.arrangement
    core = {part.key for part in model.core.segments}
    boxes: list[PolarBox] = []
    on_wheel = listed = 0
    for group in placed:
        band, centre, sweep, labels = segment_place(
            model, group.group.segment_key, arrangement, wording
        )
        shapes = [card for _note, card in group.cards]
        if group.marker is not None:
            shapes.append(group.marker)
        for card in shapes:
            box = card.box()
            assert _inside(box, band, centre, sweep), (group.group.name, card)
            assert not any(box.meets(label) for label in labels), (group.group.name, card)
            assert not any(box.meets(other) for other in boxes), (group.group.name, card)
            boxes.append(box)
            for x, y in card.corners():  # the wheel is inside the page, so the card is too
                assert MARGIN_OK(place, x, y)
        for _note, card in group.cards:
            assert " ".join(card.lines) == " ".join(_note.text.split())  # the whole text
        # A segment with notes in the list points to them (the axis does, from its centre).
        if group.listed and group.group.segment_key not in core:
            assert group.marker is not None, group.group.name
            assert group.marker_text.endswith(str(group.listed[-1][0]))
        on_wheel += len(group.cards)
        listed += len(group.listed)
    assert on_wheel + listed == count
    numbers = [number for group in placed for number, _note in group.listed]
    assert numbers == list(range(1, listed + 1))
    if any(g.listed for g in placed if g.group.segment_key in core):
        marker = axis_marker(placed, model, place.radius)
        assert marker is not None
        card, _text = marker
        assert all(x * x + y * y <= CORE_CENTRE**2 for x, y in card.corners())
        assert card.radius - card.height / 2 > 0.037  # under the axis's name
    if count == 5 and first == 14:  # five notes in the outer rings: all on the wheel
        assert on_wheel == 5
    assert CORE_BAND[1] < CORE_RADIUS


def MARGIN_OK(place, x: float, y: float) -> bool:
    px, py = place.cx + x * place.radius, place.cy + y * place.radius
    return 0 <= px <= DESIGN[0] and 0 <= py <= DESIGN[1]


@pytest.mark.parametrize("size", list(PosterSize))
def test_every_note_is_whole_text_on_an_exact_sheet(tmp_path: Path, size: PosterSize) -> None:
    model, contents = session_contents()
    path = render_session_poster(tmp_path / f"sessie-{size}.pdf", model, contents, size=size)
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == EXACT[size.value]
    text = squeezed(extracted_text(path))
    for note in contents.notes:
        assert squeezed(note.text) in text, note.text
    assert "Houding & gedrag (25)" in extracted_text(path)
    _chars_inside(path)


def _note_sizes(path: Path, texts: list[str], right_of: float = 0.0) -> list[tuple[float, float]]:
    """For the first character of each text's first find right of `right_of` (page points):
    the type size pdfium reports (in text space: the sheet's scale not included) and the
    height of its box on the page."""
    document = pdfium.PdfDocument(str(path))
    sizes = []
    try:
        textpage = document[0].get_textpage()
        for text in texts:
            searcher = textpage.search(text)
            found = searcher.get_next()
            while found is not None and textpage.get_charbox(found[0])[0] < right_of:
                found = searcher.get_next()
            assert found is not None, text
            _left, bottom, _right, top = textpage.get_charbox(found[0])
            sizes.append((pdfium_raw.FPDFText_GetFontSize(textpage.raw, found[0]), top - bottom))
    finally:
        document.close()
    return sizes


def test_cards_and_list_are_at_least_nine_point_at_a3_and_grow_with_the_sheet(
    tmp_path: Path,
) -> None:
    model, contents, _wording, _place, placed = _laid_out()
    on_wheel = [card.lines[0] for group in placed for _note, card in group.cards]
    in_list = [" ".join(note.text.split()[:2]) for g in placed for _n, note in g.listed][:5]
    assert len(on_wheel) >= 10
    sizes = {}
    for size in (PosterSize.A3, PosterSize.A1):
        path = render_session_poster(tmp_path / f"{size}.pdf", model, contents, size=size)
        # The list stands right of the wheel (the same card text may stand on it too).
        wheel_edge = (_place.cx + _place.radius) * EXACT[size.value][0] / EXACT["A3"][0]
        sizes[size] = _note_sizes(path, on_wheel) + _note_sizes(path, in_list, wheel_edge)
        if size is PosterSize.A3:  # a picture to look at
            document = pdfium.PdfDocument(str(path))
            document[0].render(scale=1.6).to_pil().save(tmp_path / "sessie-60-A3.png")
            document.close()
    assert min(type_size for type_size, _height in sizes[PosterSize.A3]) >= 9.0
    # The list's text is upright: its characters' boxes on A1 (twice A3's width) are √2 as
    # high as on A3: the type grows with the square root of the sheet (13.4 pt on A1).
    for (_size, a3), (_size1, a1) in zip(
        sizes[PosterSize.A3][-5:], sizes[PosterSize.A1][-5:], strict=True
    ):
        assert a1 == pytest.approx(math.sqrt(2) * a3, rel=0.02)


def test_a_larger_sheet_carries_more_notes_on_the_wheel() -> None:
    model, contents, wording, place, placed = _laid_out()
    groups = groups_of(model, contents.notes, wording)
    counts = {PosterSize.A3: sum(len(group.cards) for group in placed)}
    for size in (PosterSize.A2, PosterSize.A1, PosterSize.A0):
        radius = place.radius / type_scale(size)
        larger = lay_out_session(model, groups, contents.wheel.arrangement, wording, radius)
        counts[size] = sum(len(group.cards) for group in larger)
    assert type_scale(PosterSize.A3) == 1.0
    assert type_scale(PosterSize.A1) == pytest.approx(1 / math.sqrt(2), rel=1e-3)  # ISO rounds
    assert counts[PosterSize.A3] < counts[PosterSize.A2] < counts[PosterSize.A1]
    assert counts[PosterSize.A1] < counts[PosterSize.A0]
    assert counts[PosterSize.A3] >= 10 and counts[PosterSize.A1] >= 2 * counts[PosterSize.A3]


def test_five_notes_all_sit_on_the_wheel(tmp_path: Path) -> None:
    model, contents = session_contents(count=5, crowded=0, first=14)
    path = render_session_poster(tmp_path / "vijf.pdf", model, contents)
    text = extracted_text(path)
    assert "Alle 5 geeltjes staan op het wiel." in text
    for note in contents.notes:
        assert squeezed(note.text) in squeezed(text)
    document = pdfium.PdfDocument(str(path))
    document[0].render(scale=1.6).to_pil().save(tmp_path / "sessie-5-A3.png")
    document.close()


def test_many_long_notes_flow_onto_further_sheets_uncut(tmp_path: Path) -> None:
    model, contents = session_contents(count=80, crowded=30, long=40)
    path = render_session_poster(tmp_path / "lang.pdf", model, contents)
    reader = PdfReader(path)
    assert len(reader.pages) > 1
    text = squeezed(extracted_text(path))
    for note in contents.notes:
        assert squeezed(note.text) in text
    _chars_inside(path)


@pytest.mark.parametrize(
    ("size", "sheet"), [(PosterSize.A1, SheetSize.A4), (PosterSize.A0, SheetSize.A3)]
)
def test_a_large_poster_tiles_onto_office_sheets(
    tmp_path: Path, size: PosterSize, sheet: SheetSize
) -> None:
    model, contents = session_contents()
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
    # At most that many: a tile with nothing of the poster on it is left out.
    assert 0 < len(reader.pages) <= needed
    assert f"{len(reader.pages)}/{len(reader.pages)}" in reader.pages[-1].extract_text()
    assert "1/" in reader.pages[0].extract_text()
    # (Text beyond a tile's window is clipped, not gone: so no check of char boxes here.)
