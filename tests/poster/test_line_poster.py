"""The reasoning-line poster: the chain, its texts and indicators, and nothing lost or clipped."""

from __future__ import annotations

import pypdf
import pytest

from app.core.limits import MAX_STORY
from app.core.model import Direction
from app.core.wheel_layout import RING_BOUNDS
from app.poster import LineNotFoundError, Orientation, render_line_poster
from app.poster.fonts import text_width
from app.poster.line_poster import line_layout
from app.poster.page import shortened
from app.poster.textflow import PIECE, pieces
from tests.poster.conftest import NETWORK_NAME
from tests.poster.pdf_checks import (
    char_boxes,
    dominant,
    extracted_text,
    fonts_of,
    page_boxes,
    render_png,
    squeezed,
)
from tests.poster.sample import STORIES, make_contents, make_line

A3 = (1190.55, 841.89)


def numbered_story(length: int = 5000, prefix: str = "w") -> str:
    """A story of `length` characters whose every word is unique, so loss can be seen."""
    words, count = [], 0
    while sum(len(word) + 1 for word in words) < length:
        words.append(f"{prefix}{count:04d}ë")
        count += 1
    return " ".join(words)[:length].rsplit(" ", 1)[0]


def assert_inside_every_page(path):
    boxes = char_boxes(path)
    assert boxes
    for _page, width, height, (left, bottom, right, top) in boxes:
        assert left >= 0 and bottom >= 0 and right <= width and top <= height


@pytest.mark.parametrize("orientation", list(Orientation))
def test_every_sheet_is_exactly_a3(tmp_path, model, orientation):
    path = render_line_poster(tmp_path / "line.pdf", model, make_contents(model), 1, orientation)

    expected = A3 if orientation is Orientation.LANDSCAPE else A3[::-1]
    for width, height in page_boxes(path):
        assert width == pytest.approx(expected[0], abs=0.01)
        assert height == pytest.approx(expected[1], abs=0.01)


def test_the_chain_stories_assumptions_indicators_and_questions_are_all_there(tmp_path, model):
    contents = make_contents(model)
    line = contents.lines[0]

    path = render_line_poster(tmp_path / "line.pdf", model, contents, line.id)

    text = squeezed(extracted_text(path))
    expected = [NETWORK_NAME, line.title, *STORIES.values()]
    expected += ["Docenten nemen wat ze leren mee naar hun team."]
    expected += [model.segment(key).label.nl for key in line.segment_keys]
    expected += ["Deelnemers per bijeenkomst", "presentielijsten", "per bijeenkomst"]
    expected += ["programmabureau", "204 docenten", "“We delen nu lesmateriaal”"]
    expected += ["Hogeschool Leiden", "ROC mboRijnland"]
    for _step, questions in line.reasoning_line.guiding_questions(model, "nl"):
        expected += questions
    assert [item for item in expected if squeezed(item) not in text] == []


def test_the_chain_reads_outside_in_for_a_planning_line(tmp_path, model):
    line = make_line(model, direction=Direction.OUTSIDE_IN)
    contents = make_contents(model, (line,))

    path = render_line_poster(tmp_path / "line.pdf", model, contents, line.id, language="en")

    text = squeezed(extracted_text(path))
    assert squeezed("1 · " + model.stakeholder_ring.short_label.en) in text
    assert squeezed("5 · Core") in text
    assert squeezed(model.directions[Direction.OUTSIDE_IN].label.en) in text


def test_text_typed_as_markup_prints_literally(tmp_path, model):
    stories = dict(STORIES, ring1="Ze zeiden <b>echt</b> & 'goed' <br/> <font>x</font>")
    contents = make_contents(model, (make_line(model, stories=stories),))

    path = render_line_poster(tmp_path / "line.pdf", model, contents, 1)

    assert squeezed("<b>echt</b> & 'goed' <br/> <font>x</font>") in squeezed(extracted_text(path))


@pytest.mark.parametrize("orientation", list(Orientation))
def test_a_5000_character_story_shrinks_or_continues_and_nothing_is_lost(
    tmp_path, model, orientation
):
    story = numbered_story()
    assert len(story) > 4950
    stories = dict(STORIES, ring2=story)
    contents = make_contents(model, (make_line(model, stories=stories),))

    path = render_line_poster(tmp_path / "line.pdf", model, contents, 1, orientation)

    assert len(pypdf.PdfReader(str(path)).pages) >= 1
    text = extracted_text(path)
    assert [word for word in story.split() if word not in text] == []
    assert_inside_every_page(path)
    assert all(fonts_of(path).values())


def test_five_long_stories_continue_on_further_a3_sheets(tmp_path, model):
    stories = {key: numbered_story(prefix=key[:2]) for key in STORIES}
    contents = make_contents(model, (make_line(model, stories=stories),))

    path = render_line_poster(tmp_path / "line.pdf", model, contents, 1)

    sheets = page_boxes(path)
    assert len(sheets) >= 2
    assert all(box == pytest.approx(A3, abs=0.01) for box in sheets)
    text = extracted_text(path)
    for story in stories.values():
        assert [word for word in story.split() if word not in text] == []
    assert "vervolg" in text
    assert_inside_every_page(path)


def test_an_unknown_line_is_a_specific_error(tmp_path, model):
    with pytest.raises(LineNotFoundError):
        render_line_poster(tmp_path / "line.pdf", model, make_contents(model), 99)


def test_the_beam_lights_the_focus_sightline(tmp_path, model):
    path = render_line_poster(tmp_path / "line.pdf", model, make_contents(model), 1)

    image = render_png(path, tmp_path / "line.png")
    place = line_layout(Orientation.LANDSCAPE, ("", "")).place
    inner = RING_BOUNDS[2][0]

    def pixel_at(fraction, angle):
        x, y = place.at(fraction, angle)
        return dominant(image, x, image.height - y, reach=2)

    lit = pixel_at(inner + 0.02, 10.0)
    unlit = pixel_at(inner + 0.02, 100.0)
    assert lit[0] > lit[2] + 30, lit  # orange over pale green: warm
    assert unlit[2] >= unlit[0], unlit  # the ring's own cool colour
    centre = pixel_at(0.2, 20.0)
    assert max(centre) < 90, centre  # the core is dark, not blank paper


def test_each_step_shows_its_plausibility_not_by_colour_alone(tmp_path, model):
    contents = make_contents(model)
    path = render_line_poster(tmp_path / "line.pdf", model, contents, contents.lines[0].id)
    text = squeezed(extracted_text(path))
    for shown in ("●●●goed onderbouwd", "●○○deels aannemelijk", "○○○nog niet aannemelijk"):
        assert squeezed(shown) in text
    assert squeezed("Elf samenwerkingsafspraken") in text
    assert squeezed("zwakste stap: Directe doelgroep (? nog niet beoordeeld)") in text


def test_stories_at_the_limit_in_every_step_print_whole_and_in_order(tmp_path, model):
    """MAX_STORY characters in each of the five steps and the assumptions: every word is on
    the poster once, in the order typed (long text is handed to ReportLab in pieces)."""
    stories = {key: numbered_story(MAX_STORY, prefix=key[:2]) for key in STORIES}
    assumptions = numbered_story(MAX_STORY, prefix="as")
    line = make_line(model, stories=stories, assumptions=assumptions)
    path = render_line_poster(tmp_path / "line.pdf", model, make_contents(model, (line,)), 1)
    words = extracted_text(path).split()
    where = {word: index for index, word in enumerate(words)}
    for story in (*stories.values(), assumptions):
        expected = story.split()
        assert [word for word in expected if word not in where] == []
        assert [where[word] for word in expected] == sorted(where[word] for word in expected)
    assert_inside_every_page(path)


def test_long_text_is_cut_into_pieces_at_sentence_ends_and_nothing_is_lost():
    sentence = "Docenten leren van elkaar in leergemeenschappen. "
    text = sentence * 200 + "x" * 2500 + " slot"
    parts = pieces(text)
    assert "".join(parts) == text
    assert all(len(part) <= PIECE for part in parts)
    assert len(parts) == 13
    assert all(part.endswith(". ") for part in parts[:10])  # cut after a sentence
    assert parts[10:] == ["x" * 1000, "x" * 1000, "x" * 500 + " slot"]  # one long word: anywhere


def test_a_shortened_title_is_the_longest_that_fits():
    title = "Onderwijsnetwerk Zuid-Holland: ideeën " * 10
    cut = shortened(title, 20, 300, bold=True)
    assert cut.endswith("…") and text_width(cut, 20, True) <= 300
    longer = title[: len(cut.rstrip("…").rstrip()) + 2].rstrip() + "…"
    assert text_width(longer, 20, True) > 300 or longer == cut
