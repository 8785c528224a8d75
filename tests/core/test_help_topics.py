"""The help pages that come from the model: Bijlage 1 and 2, and the search over pages."""

from __future__ import annotations

from app.core.help_topics import HelpPage, definition_pages, indicator_plan_page, matching
from app.core.model import default_model


def test_appendix_1_has_a_page_per_ring_with_every_definition() -> None:
    model = default_model()
    pages = definition_pages(model, "nl")
    assert [page.title for page in pages] == [ring.label.nl for ring in (model.core, *model.rings)]
    for ring, page in zip((model.core, *model.rings), pages, strict=True):
        for segment in ring.segments:
            assert segment.definition.nl in page.body
            assert segment.outside_in.nl[0] in page.body


def test_appendix_2_lists_the_six_steps_in_order_with_the_plan_note() -> None:
    model = default_model()
    page = indicator_plan_page(model, "en", "Appendix 2")
    assert model.indicator_plan_note is not None
    assert page.body.startswith(model.indicator_plan_note.en)
    places = [page.body.index(f"{n}. ") for n in range(1, 7)]
    assert places == sorted(places) and len(model.indicator_plan) == 6


def test_search_needs_every_word_in_any_case() -> None:
    pages = (HelpPage("a", "Kern", "partners en bronnen"), HelpPage("b", "Ring", "Bereik"))
    assert matching(pages, "BEREIK") == pages[1:]
    assert matching(pages, "partners bronnen") == pages[:1]
    assert matching(pages, "partners bereik") == ()
    assert matching(pages, "  ") == pages
