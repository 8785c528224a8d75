"""The help: the model's appendices, how a session goes, the keys, searchable, plain text."""

from __future__ import annotations

from pathlib import Path

from app.ui.shell import openers


def test_the_help_shows_the_session_the_appendices_and_the_keys(window, tmp_path: Path) -> None:
    window.choose_language("en")
    help_window = openers.show_help(window)
    titles = [help_window.contents.item(row).text() for row in range(help_window.contents.count())]
    assert titles[0] == "How a session goes"
    assert "Appendix 1: First-degree impact" in titles
    assert "Appendix 2: six steps to meaningful indicators" in titles
    assert titles[-1] == "Keys"
    text = help_window.page.toPlainText()
    assert "Inside out" in text and "Outside in" in text
    help_window.show_page("indicator_plan")
    plan = help_window.page.toPlainText()
    for step in window.model.indicator_plan:
        assert step.question.en in plan
    help_window.resize(1000, 700)
    help_window.grab().save(str(tmp_path / "help.png"))
    assert (tmp_path / "help.png").stat().st_size > 10_000


def test_the_search_narrows_the_pages_and_finds_the_word(window) -> None:
    window.choose_language("en")
    help_window = openers.show_help(window)
    help_window.search.setText("Meeting reach")
    shown = [help_window.contents.item(r).text() for r in range(help_window.contents.count())]
    assert shown and all("Appendix 1" in title for title in shown)
    assert help_window.page.textCursor().selectedText().casefold() == "meeting"
    help_window.search.setText("nothing-like-this-anywhere")
    assert help_window.contents.count() == 0
    assert "nothing-like-this-anywhere" in help_window.page.toPlainText()
    help_window.search.setText("")
    assert help_window.contents.count() == len(help_window.pages)


def test_markup_in_the_model_is_shown_as_text(window) -> None:
    from app.core.help_topics import HelpPage

    help_window = openers.show_help(window)
    assert help_window.page.isReadOnly()
    sneaky = HelpPage(
        "sneaky", "<b>Kop</b>", "# <i>kop</i>\n• <a href='x'>lijst</a>\ntekst <b>vet</b>"
    )
    help_window.pages = (*help_window.pages, sneaky)
    help_window.show_matching("")
    help_window.show_page("sneaky")
    text = help_window.page.toPlainText()
    assert "<b>Kop</b>" in text and "<i>kop</i>" in text and "<a href='x'>lijst</a>" in text
    assert "tekst <b>vet</b>" in text


def test_the_help_is_formatted_with_headings_lists_and_links_between_topics(window) -> None:
    from PySide6.QtCore import QUrl

    window.choose_language("en")
    help_window = openers.show_help(window)
    document = help_window.page.document()
    headings = [
        block.text() for block in _blocks(document) if block.blockFormat().headingLevel() in (2, 3)
    ]
    assert headings[:2] == ["How a session goes", "Inside out: evaluating what the network did"]
    assert "During and after" in headings
    lists = [block for block in _blocks(document) if block.textList() is not None]
    assert len(lists) >= 12  # the two directions' six steps each, numbered
    anchors = help_window.page.toHtml().count('href="help:')
    assert anchors == len(help_window.pages) - 1  # how a session goes links to every topic
    help_window.page.anchorClicked.emit(QUrl("help:indicator_plan"))
    assert help_window.shown_key() == "indicator_plan"
    plan_headings = [b.text() for b in _blocks(document) if b.blockFormat().headingLevel() == 3]
    assert plan_headings[0].startswith("1. ") and len(plan_headings) == 6
    help_window.page.anchorClicked.emit(QUrl("help:session"))
    assert help_window.shown_key() == "session"


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_f1_opens_the_help_in_the_programs_language(window) -> None:
    window.help_action.trigger()
    assert window.help_window.isVisible()
    titles = [window.help_window.contents.item(r).text() for r in range(3)]
    assert "Eerstegraads impact" in titles[2]  # the model's own words, in Dutch
    window.choose_language("en")
    window.help_action.trigger()
    assert "First-degree impact" in window.help_window.contents.item(2).text()
