"""The workshop poster: exact A3, the model as searchable text, fonts embedded, a real wheel."""

from __future__ import annotations

import math

import pypdf
import pytest

from app.core.wheel_layout import CALM, CORE_RADIUS, RING_BOUNDS
from app.poster import Orientation, PosterWriteError, render_blank_poster
from app.poster.blank_poster import blank_layout
from tests.poster.conftest import NETWORK_NAME, make_network
from tests.poster.pdf_checks import (
    char_boxes,
    dominant,
    extracted_text,
    fonts_of,
    near,
    page_boxes,
    render_png,
    squeezed,
)

A3_LANDSCAPE = (1190.55, 841.89)


def model_texts(model, language):
    yield model.core.label.in_(language)
    for part in model.core.segments:
        yield part.label.in_(language)
    for ring in model.rings:
        yield ring.label.in_(language)
        yield ring.short_label.in_(language)
        for segment in ring.segments:
            yield segment.label.in_(language)


@pytest.mark.parametrize("orientation", list(Orientation))
def test_the_page_is_exactly_a3_in_both_orientations(tmp_path, model, network, orientation):
    path = render_blank_poster(tmp_path / "blank.pdf", model, network, orientation)

    expected = A3_LANDSCAPE if orientation is Orientation.LANDSCAPE else A3_LANDSCAPE[::-1]
    ((width, height),) = page_boxes(path)
    assert width == pytest.approx(expected[0], abs=0.01)
    assert height == pytest.approx(expected[1], abs=0.01)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_label_of_the_model_and_the_network_name_can_be_extracted(
    tmp_path, model, network, language
):
    path = render_blank_poster(tmp_path / "blank.pdf", model, network, language=language)

    text = squeezed(extracted_text(path))
    missing = [label for label in model_texts(model, language) if squeezed(label) not in text]
    assert missing == []
    assert squeezed(NETWORK_NAME) in text


def test_dutch_diacritics_survive_extraction(tmp_path, model):
    network = make_network(model, name="Netwerk ëéï: zeeën, café, reïntegratie")

    path = render_blank_poster(tmp_path / "blank.pdf", model, network)

    text = extracted_text(path)
    for word in ("ëéï", "zeeën", "café", "reïntegratie"):
        assert word in text


def test_the_network_names_its_own_stakeholder_groups(tmp_path, model):
    first = model.stakeholder_ring.segments[1].key
    network = make_network(model, own_names={first: "Studenten van mboRijnland"})

    path = render_blank_poster(tmp_path / "blank.pdf", model, network)

    assert squeezed("Studenten van mboRijnland") in squeezed(extracted_text(path))


def test_without_a_network_the_model_is_the_title(tmp_path, model):
    path = render_blank_poster(tmp_path / "blank.pdf", model, None, language="en")

    assert model.name.en in extracted_text(path)


def test_every_font_is_embedded(tmp_path, model, network):
    path = render_blank_poster(tmp_path / "blank.pdf", model, network)

    fonts = fonts_of(path)
    assert fonts, "the poster uses no fonts at all"
    assert all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts)


@pytest.mark.parametrize("orientation", list(Orientation))
def test_no_character_lies_outside_the_page(tmp_path, model, network, orientation):
    path = render_blank_poster(tmp_path / "blank.pdf", model, network, orientation)

    boxes = char_boxes(path)
    assert len(boxes) > 300
    for _page, width, height, (left, bottom, right, top) in boxes:
        assert left >= 0 and bottom >= 0 and right <= width and top <= height


@pytest.mark.parametrize("orientation", list(Orientation))
def test_the_rendered_wheel_has_the_screen_colours(tmp_path, model, network, orientation):
    path = render_blank_poster(tmp_path / "blank.pdf", model, network, orientation)

    image = render_png(path, tmp_path / f"blank-{orientation}.png")
    place, boxes = blank_layout(orientation)
    height = image.height

    def pixel_at(fraction, angle):
        x, y = place.at(fraction, angle)
        return dominant(image, x, height - y)

    # The core's dark fill just off the centre (the centre carries the core's name).
    assert near(pixel_at(CORE_RADIUS * 0.6, 20.0), CALM.core.fill)
    # Each ring's own fill a little clockwise of the focus sightline, clear of labels.
    for ring_index, (inner, outer) in enumerate(RING_BOUNDS):
        colours = CALM.rings[ring_index]
        sample = pixel_at(inner + (outer - inner) * 0.12, 40.0)
        assert near(sample, colours.fill) or near(sample, colours.fill_alternate), ring_index
    # A writing field's body is white paper, its heading the ring's colour.
    x, y, w, h = boxes[1]
    assert near(dominant(image, x + w / 2, height - (y + h / 3)), "#ffffff")
    assert near(dominant(image, x + w - 8, height - (y + h - 8)), CALM.rings[0].fill)


def test_an_unwritable_path_raises_a_poster_error(tmp_path, model, network):
    with pytest.raises(PosterWriteError):
        render_blank_poster(tmp_path / "missing-folder" / "blank.pdf", model, network)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_wheel_label_is_found_whole_by_viewers_search(tmp_path, language) -> None:
    """Curved labels are single glyphs on the page; an invisible straight copy under each
    lets pypdf and pdfium find it in one piece (they split "Waardering" before)."""
    from app.core.model import default_model
    from app.poster import render_line_poster, render_report
    from tests.poster.pdf_checks import found_by_pdfium_search
    from tests.poster.sample import make_contents

    model = default_model()
    contents = make_contents(model)
    labels = [part.label.in_(language) for part in model.core.segments]
    labels += [segment.label.in_(language) for ring in model.rings for segment in ring.segments]
    for path in (
        render_blank_poster(tmp_path / "blank.pdf", model, language=language),
        render_line_poster(
            tmp_path / "line.pdf", model, contents, contents.lines[0].id, language=language
        ),
        render_report(tmp_path / "report.pdf", model, contents, language),
    ):
        text = extracted_text(path)
        assert [label for label in labels if label not in text] == [], path.name
        missing = [label for label in labels if not found_by_pdfium_search(path, label)]
        assert missing == [], path.name
    # The hidden layer must leave the visible labels visible (text render mode is page state).
    scale = 0.5
    image = render_png(tmp_path / "blank.pdf", tmp_path / "blank.png", scale=scale)
    place, _fields = blank_layout(Orientation.LANDSCAPE)
    cx, cy = place.cx * scale, image.height - place.cy * scale
    inked = 0
    for y in range(image.height):
        for x in range(image.width):
            distance = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 / (place.radius * scale)
            if CORE_RADIUS + 0.02 < distance < 0.98:  # the rings only, not the dark core
                inked += sum(image.getpixel((x, y))) < 300  # dark: text, not the fills
    assert inked > 400, inked


def test_the_blank_poster_tiles_with_overlap_and_cut_marks(tmp_path, model, network) -> None:
    from app.poster.tiling import OVERLAP, TILE_MARGIN, PosterSize, SheetSize

    path = render_blank_poster(
        tmp_path / "tegels.pdf", model, network, size=PosterSize.A2, tile=SheetSize.A4
    )
    reader = pypdf.PdfReader(str(path))

    # A2 landscape (1683.78 × 1190.55) on A4 windows (less the margins, sharing OVERLAP),
    # the A4 turned whichever way needs fewer sheets.
    def count(sheet: tuple[float, float]) -> int:
        step = (sheet[0] - 2 * TILE_MARGIN - OVERLAP, sheet[1] - 2 * TILE_MARGIN - OVERLAP)
        return math.ceil((1683.78 - OVERLAP) / step[0]) * math.ceil((1190.55 - OVERLAP) / step[1])

    needed = min(count((595.28, 841.89)), count((841.89, 595.28)))
    assert len(reader.pages) == needed == 8
    columns = 4 if reader.pages[0].mediabox.width < reader.pages[0].mediabox.height else 2
    for number, page in enumerate(reader.pages, start=1):
        content = page.get_contents().get_data()
        assert b"re W* n" in content and b"Do" in content  # the poster, clipped to the window
        # 8 cut marks at the corners; a dashed overlap mark towards each neighbour to the
        # right and below (the last column and row have none on that side).
        right = number % columns != 0
        below = number <= needed - columns
        assert content.count(b" l S") == 8 + right + below
        assert (b"[2 2] 0 d" in content) == (right or below)
        assert f"{number}/{needed}" in page.extract_text()
    text = squeezed(extracted_text(path))
    assert squeezed(network.name) in text
