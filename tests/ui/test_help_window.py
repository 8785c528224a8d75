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
    assert "INSIDE OUT" in text and "OUTSIDE IN" in text
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
    help_window = openers.show_help(window)
    assert help_window.page.document().toHtml().count("<b>") == 0
    assert not hasattr(help_window.page, "setHtml") or help_window.page.isReadOnly()


def test_f1_opens_the_help_in_the_programs_language(window) -> None:
    window.help_action.trigger()
    assert window.help_window.isVisible()
    titles = [window.help_window.contents.item(r).text() for r in range(3)]
    assert "Eerstegraads impact" in titles[2]  # the model's own words, in Dutch
    window.choose_language("en")
    window.help_action.trigger()
    assert "First-degree impact" in window.help_window.contents.item(2).text()
