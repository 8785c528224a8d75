"""The overview report: A4 pages with core, lines, indicator trends, learnings and post-its."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4

from app.core.wheel_layout import CALM
from app.poster import render_report
from tests.poster.conftest import NETWORK_NAME
from tests.poster.pdf_checks import (
    extracted_text,
    fonts_of,
    inked_share,
    page_boxes,
    render_png,
    squeezed,
)
from tests.poster.sample import make_contents, make_line


def test_the_report_tells_everything_on_a4_pages(tmp_path, model):
    lines = tuple(make_line(model, line_id=i, title=f"Lijn nummer {i}") for i in range(1, 4))
    contents = make_contents(model, lines)

    path = render_report(tmp_path / "report.pdf", model, contents)

    for width, height in page_boxes(path):
        assert (width, height) == pytest.approx(A4, abs=0.01)
    text = squeezed(extracted_text(path))
    expected = [NETWORK_NAME, "Hogeschool Leiden", "Lijn nummer 1", "Lijn nummer 3"]
    expected += ["Deelnemers per bijeenkomst", "We weten nog weinig van de doelgroep."]
    expected += ["Veel nieuwe gezichten!", "Gemeente Leiden sluit aan", "Leerpad", "Geeltjes"]
    assert [item for item in expected if squeezed(item) not in text] == []
    assert all(fonts_of(path).values())


def test_a_report_of_an_empty_network_says_so(tmp_path, model):
    contents = make_contents(model, ())
    contents = type(contents)(contents.network, contents.wheel, (), (), (), (), (), ())

    path = render_report(tmp_path / "report.pdf", model, contents, language="en")

    assert "Nothing recorded yet." in extracted_text(path)


def test_the_report_shows_the_wheel_and_a_trend_bar(tmp_path, model):
    path = render_report(tmp_path / "report.pdf", model, make_contents(model))

    image = render_png(path, tmp_path / "report-1.png")
    centre = image.getpixel((image.width // 2, round(image.height * 0.33)))
    assert centre != (255, 255, 255)


def test_every_moment_of_every_indicator_is_in_the_report(tmp_path, model):
    path = render_report(tmp_path / "report.pdf", model, make_contents(model))
    text = squeezed(extracted_text(path))
    # numbers per moment, with the targets and what they were before
    for expected in ("waarden", "120", "204", "doel", "180", "was150", "250"):
        assert squeezed(expected) in text, expected
    # stories grouped per moment: A's before and B's after both stand on paper
    assert squeezed("Verhalen per moment") in text
    assert squeezed("“Ik ken niemand op andere scholen” — docent Ada, 3 september 2024") in text
    assert squeezed("“We bellen elkaar nu gewoon” — docent Ada") in text
    assert squeezed("Aantal verhalen per moment") in text  # counts, not a fake line


def test_each_step_shows_its_plausibility_as_pips_and_words_and_its_evidence(tmp_path, model):
    path = render_report(tmp_path / "report.pdf", model, make_contents(model))
    text = squeezed(extracted_text(path))
    assert squeezed("●●●goed onderbouwd") in text
    assert squeezed("●○○deels aannemelijk") in text
    assert squeezed("?nog niet beoordeeld") in text
    assert squeezed("zwakste stap") in text
    assert (
        squeezed("Elf samenwerkingsafspraken — jaarverslag 2024, 15 januari 2025, Moment B") in text
    )


# Below 1% of a page inked is a page with a stray line at most (a report page inks 5-15%).
NEARLY_BLANK = 0.01


def test_report_pages_render_for_a_look(tmp_path, model):
    path = render_report(tmp_path / "report.pdf", model, make_contents(model))
    pages = len(page_boxes(path))
    for page in range(pages):
        image = render_png(path, tmp_path / f"report-{page + 1}.png", page=page, scale=1.5)
        assert inked_share(image) > NEARLY_BLANK, f"page {page + 1} is blank"


def test_the_look_at_the_pages_fails_on_a_blank_page(tmp_path):
    """The check above is one that can fail: a page with nothing on it, and one with a single
    short line of text, against the threshold."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "blank.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.showPage()
    canvas.drawString(72, 720, "Netwerkimpact: een rapport van een regel")
    canvas.showPage()
    canvas.save()
    blank = render_png(path, tmp_path / "blank-1.png", page=0, scale=1.5)
    one_line = render_png(path, tmp_path / "blank-2.png", page=1, scale=1.5)
    assert blank.getbbox() is not None  # what the old check asked: true of a blank page too
    assert inked_share(blank) == 0.0
    assert 0.0 < inked_share(one_line) < NEARLY_BLANK


def _texts(flowables) -> list[str]:
    return [item.getPlainText() for item in flowables if hasattr(item, "getPlainText")]


def test_each_section_of_the_report_is_built_on_its_own(model):
    from dataclasses import replace

    from app.core.model import Direction
    from app.poster.report import ReportParts, lines_section, moments_section, notes_section
    from db.records import Note
    from tests.poster.conftest import make_network

    group = model.stakeholder_ring.segments[0].key
    contents = make_contents(model, (make_line(model),))
    note = Note(9, 1, None, group, "Voor de buurt", "#FFE97A", contents.notes[0].created_at)
    contents = replace(
        contents,
        network=make_network(model, own_names={group: "Bewoners"}),
        notes=(note,),
        moments=(),
    )
    parts = ReportParts.of(model, contents, "nl", CALM)
    assert any("Bewoners" in text for text in _texts(notes_section(parts)))  # own names
    assert _texts(moments_section(parts))[-1] == "Nog niets vastgelegd."
    line_texts = _texts(lines_section(parts))
    assert model.directions[Direction.INSIDE_OUT].label.nl in " ".join(line_texts)
    empty = ReportParts.of(model, replace(contents, lines=()), "nl", CALM)
    assert _texts(lines_section(empty))[-1] == "Nog niets vastgelegd."


def _with_many_stories(model, count: int, moments: tuple[str, ...]):
    """The sample with `count` long stories per moment on its qualitative indicator and
    moments named so a table's header can be told from its cells."""
    import dataclasses

    from db.records import Measurement

    contents = make_contents(model)
    renamed = tuple(
        dataclasses.replace(moment, label=label)
        for moment, label in zip(contents.moments, moments, strict=False)
    )
    qualitative = next(i for i in contents.indicators if i.name.startswith("Verhalen"))
    stories = tuple(
        Measurement(
            1000 + n,
            qualitative.id,
            renamed[n % 2].id,
            None,
            f"Relaas {n}: " + "wat we hoorden over de samenwerking tussen de scholen " * 3,
            "",
        )
        for n in range(count)
    )
    return dataclasses.replace(
        contents, moments=renamed, measurements=contents.measurements + stories
    )


@pytest.mark.parametrize("count", [6, 14, 40])
def test_headings_and_table_headers_are_never_stranded_at_a_page_bottom(tmp_path, model, count):
    import pypdf

    names = ("Voormeting", "Tussenmeting", "Nameting")
    contents = _with_many_stories(model, count, names)
    path = render_report(tmp_path / "report.pdf", model, contents)
    pages = [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]
    headings = ["Verhalen per moment", "Indicatoren", "Leerpad", "Geeltjes", "Redeneerlijnen"]
    for number, text in enumerate(pages, start=1):
        last = [line for line in text.splitlines() if line.strip()][-1]
        assert not any(last.strip().startswith(heading) for heading in headings), (number, last)
        assert not last.strip().startswith(names), (number, last)  # a table's header row
        # Each page with stories of the table shows the table's header above them.
        if "“Relaas " in text:  # a cell of the table (quoted), not the line's latest
            assert names[0] in text and text.index(names[0]) < text.index("“Relaas "), number
