"""Every PDF the program writes prints through poppler (CUPS on Linux, many print shops): it
passes `qpdf --check`, `pdftoppm` renders it without a word on stderr, `pdftotext` and pypdf
find every post-it, label and story whole, and no tile of a tiled poster holds nothing but the
footer. Representative sizes run always; the whole matrix is marked slow."""

from __future__ import annotations

import dataclasses
import itertools
import re
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from app.core.model import Language, Model
from app.core.wording import Wording
from app.poster import render_report
from app.poster.blank_poster import render_blank_poster
from app.poster.line_poster import render_line_poster
from app.poster.page import MARGIN
from app.poster.session_poster import DESIGN, render_session_poster
from app.poster.sizing import sheet_size
from app.poster.tiling import TILE_MARGIN, PosterSize, SheetSize, tile_grid
from db.records import NetworkContents
from tests.poster.pdf_checks import extracted_text, page_boxes, squeezed
from tests.poster.poppler import (
    MISSING,
    check_printable,
    needs_poppler,
    poppler_text,
    rendered_pages,
)
from tests.poster.sample import STORIES, make_contents, session_contents

KINDS = ("blank", "line", "session")
SIZES = tuple(PosterSize)
TILES = (None, *SheetSize)
QUICK = [
    ("session", PosterSize.A1, SheetSize.A4),  # the tester's case: 15 sheets
    ("blank", PosterSize.A1, SheetSize.A4),
    ("line", PosterSize.A2, SheetSize.A3),
    ("session", PosterSize.A3, None),
    ("line", PosterSize.A0, None),
]
PLACE = re.compile(r"rij (\d+), kolom (\d+)")  # the tile's caption (tiling.tile_pages)
REST = [case for case in itertools.product(KINDS, SIZES, TILES) if case not in QUICK]


def cases(tiled_only: bool = False) -> list:
    """The quick cases, then the rest of the matrix marked slow."""
    keep = [case for case in QUICK + REST if case[2] is not None or not tiled_only]
    return [pytest.param(*case, marks=[pytest.mark.slow] if case in REST else []) for case in keep]


def _contents(model: Model) -> NetworkContents:
    """The sample network with a line and a session of 60 notes, 25 on one segment."""
    _model, session = session_contents(count=60, crowded=25)
    return dataclasses.replace(make_contents(model), notes=session.notes)


def _render(
    kind: str,
    path: Path,
    model: Model,
    contents: NetworkContents,
    size: PosterSize,
    tile: SheetSize | None,
    language: Language = "nl",
) -> Path:
    if kind == "blank":
        return render_blank_poster(
            path, model, contents.network, language=language, size=size, tile=tile
        )
    if kind == "line":
        line = contents.lines[0].id
        return render_line_poster(
            path, model, contents, line, language=language, size=size, tile=tile
        )
    return render_session_poster(path, model, contents, language, size=size, tile=tile)


def _expected(kind: str, model: Model, contents: NetworkContents) -> list[str]:
    """What must be found whole: every segment's label, and the line's stories or the notes."""
    wording = Wording.of(model, "nl")
    texts = [wording.segment(segment.key) for ring in model.rings for segment in ring.segments]
    if kind == "line":
        texts += list(STORIES.values())
    if kind == "session":
        texts += [note.text for note in contents.notes]
    return texts


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, model: Model):
    """Each poster once per module, however many tests read it."""
    folder = tmp_path_factory.mktemp("printable")
    contents = _contents(model)
    made: dict[tuple[str, PosterSize, SheetSize | None], Path] = {}

    def get(kind: str, size: PosterSize, tile: SheetSize | None) -> tuple[Path, NetworkContents]:
        if (kind, size, tile) not in made:
            path = folder / f"{kind}-{size}-{tile or 'whole'}.pdf"
            made[kind, size, tile] = _render(kind, path, model, contents, size, tile)
        return made[kind, size, tile], contents

    return get


@needs_poppler
@pytest.mark.parametrize(("kind", "size", "tile"), cases())
def test_every_poster_passes_qpdf_and_renders_in_poppler_without_a_word(
    rendered, kind: str, size: PosterSize, tile: SheetSize | None
) -> None:
    path, _contents = rendered(kind, size, tile)
    check_printable(path)


@needs_poppler
@pytest.mark.parametrize(("kind", "size", "tile"), cases())
def test_pdftotext_and_pypdf_find_every_label_story_and_post_it_whole(
    rendered, model: Model, kind: str, size: PosterSize, tile: SheetSize | None
) -> None:
    path, contents = rendered(kind, size, tile)
    by_poppler, by_pypdf = squeezed(poppler_text(path)), squeezed(extracted_text(path))
    for text in _expected(kind, model, contents):
        assert squeezed(text) in by_pypdf, text
        # A story whose lines run across a cut between two tiles is on two sheets, and poppler
        # reads sheet by sheet; labels and post-its are short enough to be found whole.
        if tile is None or text not in STORIES.values():
            assert squeezed(text) in by_poppler, text


@needs_poppler
@pytest.mark.parametrize(("kind", "size", "tile"), cases(tiled_only=True))
def test_no_tile_holds_only_the_footer(
    rendered, kind: str, size: PosterSize, tile: SheetSize | None
) -> None:
    path, _contents = rendered(kind, size, tile)
    _every_tile_holds_more_than_the_footer(path, size)


def _every_tile_holds_more_than_the_footer(path: Path, size: PosterSize) -> None:
    """Each tile shows ink of the poster above its bottom margin (where the footer stands): a
    sheet with nothing or only the footer strip on it is a sheet wasted. Where a tile goes is
    read from its caption ("rij 2, kolom 3")."""
    sheet = page_boxes(path)[0]
    poster = sheet_size(size, DESIGN)  # all three kinds here are landscape
    footer_top = MARGIN * poster[0] / DESIGN[0]
    resolution = 12
    dot = 72 / resolution
    pages = rendered_pages(path, resolution)
    corners = tile_grid(poster, sheet)
    columns = len({x for x, _y in corners})
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == len(pages)
    for page, picture in zip(reader.pages, pages, strict=True):
        row, column = map(int, PLACE.search(page.extract_text()).groups())  # type: ignore[union-attr]
        _x0, y0 = corners[(row - 1) * columns + column - 1]
        image = Image.open(picture).convert("L")
        inked = window = 0
        for line in range(image.height):
            on_sheet = sheet[1] - (line + 0.5) * dot
            if not TILE_MARGIN + dot < on_sheet < sheet[1] - TILE_MARGIN - dot:
                continue
            if on_sheet - TILE_MARGIN + y0 <= footer_top:
                continue
            for spot in range(image.width):
                if TILE_MARGIN + dot < (spot + 0.5) * dot < sheet[0] - TILE_MARGIN - dot:
                    window += 1
                    inked += image.getpixel((spot, line)) < 235
        assert window and inked / window > 0.002, (picture.name, inked, window)


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_the_footer_cites_the_model_whole_and_in_the_posters_language(
    tmp_path: Path, model: Model, orientation: str
) -> None:
    from app.poster.page import Orientation

    contents = _contents(model)
    for language, other in (("nl", "en"), ("en", "nl")):
        path = render_blank_poster(
            tmp_path / f"{language}.pdf",
            model,
            contents.network,
            Orientation(orientation),
            language,
        )
        text = squeezed(extracted_text(path))
        assert squeezed(model.citation.in_(language)) in text
        assert squeezed(model.citation.in_(other)) not in text
        source = {"nl": "Bron:", "en": "Source:"}
        assert source[language] in text and source[other] not in text


def test_emoji_from_a_phone_print_in_their_font_and_are_found(tmp_path: Path, model: Model) -> None:
    from tests.poster.pdf_checks import fonts_of

    texts = ("Oma \U0001f475 kwam ook mee", "Top! \U0001f44d", "\u2764\ufe0f voor de wijk")
    _model, session = session_contents(count=len(texts), crowded=0)
    notes = tuple(
        dataclasses.replace(note, text=text)
        for note, text in zip(session.notes, texts, strict=True)
    )
    contents = dataclasses.replace(make_contents(model), notes=notes)
    poster = render_session_poster(tmp_path / "sessie.pdf", model, contents)
    report = render_report(tmp_path / "verslag.pdf", model, contents)
    for path in (poster, report):
        fonts = fonts_of(path)
        assert any("NotoEmoji" in name and embedded for name, embedded in fonts.items()), fonts
        by_pypdf = extracted_text(path)
        assert "\x00" not in by_pypdf
        if not MISSING:
            by_poppler = poppler_text(path)
            for text in texts:
                assert squeezed(text.replace("\ufe0f", "")) in squeezed(
                    by_poppler.replace("\ufe0f", "")
                ), text
        for emoji in ("\U0001f475", "\U0001f44d"):
            assert emoji in by_pypdf, emoji


@needs_poppler
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_report_prints_through_poppler_and_its_texts_are_found(
    tmp_path: Path, model: Model, language: Language
) -> None:
    contents = _contents(model)
    path = render_report(tmp_path / f"verslag-{language}.pdf", model, contents, language)
    check_printable(path)
    by_poppler, by_pypdf = squeezed(poppler_text(path)), squeezed(extracted_text(path))
    for text in [*STORIES.values(), *(note.text for note in contents.notes)]:
        assert squeezed(text) in by_poppler, text
        assert squeezed(text) in by_pypdf, text
