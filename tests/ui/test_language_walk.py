"""A Dutch run shows no English words and an English run no Dutch ones: the file dialog (Qt's
own strings with ours), the menus and the scribe's hint, walked widget by widget against the
catalogues (ours, read from the .ts; Qt's, by comparing the two runs)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMenu, QWidget

from app.core.capture import matching_segments
from app.ui.control.i18n import LanguageSwitcher
from app.ui.shell.main_window import MainWindow
from app.ui.store.file_dialogs import file_dialog

ROOT = Path(__file__).resolve().parents[2]
SAME_IN_BOTH = {"Computer", "Type", "OK", "Post-it", "Netwerkimpact"}  # the same word in either


def _clean(text: str) -> str:
    """A widget's text without mnemonics, shortcuts or the trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0].strip()


def _catalogue() -> tuple[set[str], set[str]]:
    """Our English source texts and their Dutch translations, cleaned."""
    root = ElementTree.parse(ROOT / "resources" / "i18n" / "netimpact_nl.ts").getroot()
    english, dutch = set(), set()
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation")
        if translation and _clean(source) != _clean(translation):
            english.add(_clean(source))
            dutch.add(_clean(translation))
    return english, dutch


def _texts(widget: QWidget) -> set[str]:
    found = {label.text() for label in widget.findChildren(QLabel)}
    found |= {button.text() for button in widget.findChildren(QAbstractButton)}
    for box in widget.findChildren(QComboBox):
        found |= {box.itemText(i) for i in range(box.count())}
    return {_clean(text) for text in found if _clean(text)}


def _dialog_texts(qtbot, language: str, switcher: LanguageSwitcher, folder: Path) -> set[str]:
    switcher.use(language)  # type: ignore[arg-type]
    dialog = file_dialog(None, "Kies", folder, "PDF (*.pdf)", save=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The folder shown and the filter we gave are not words of either language.
    texts = _texts(dialog) - {str(folder), "PDF (*.pdf)"}
    dialog.close()
    return texts


@pytest.fixture
def switcher(qapp):
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.use("en")  # leave no translator behind for the next test


def test_the_file_dialog_speaks_the_programs_language(qtbot, tmp_path: Path, switcher) -> None:
    english = _dialog_texts(qtbot, "en", switcher, tmp_path)
    dutch = _dialog_texts(qtbot, "nl", switcher, tmp_path)
    # Qt's strings and ours: whatever reads the same in both runs was left untranslated.
    assert {"Look in:", "File name:", "Files of type:", "Cancel"} <= english
    assert (english & dutch) - SAME_IN_BOTH == set()
    ours_english, ours_dutch = _catalogue()
    assert dutch & ours_english == set()
    assert english & ours_dutch == set()


def _menu_texts(window: MainWindow) -> set[str]:
    texts = set()
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    while menus:
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.menu():
                menus.append(action.menu())
            elif action.text():
                texts.add(_clean(action.text()))
        texts.add(_clean(menu.title()))
    return texts


def _choose(window: MainWindow, switcher: LanguageSwitcher, language: str) -> None:
    switcher.use(language)  # type: ignore[arg-type]  # (the fixture's window has no switcher)
    window.choose_language(language)  # type: ignore[arg-type]


def test_menus_and_the_quick_bar_follow_a_language_switch(window: MainWindow, switcher) -> None:
    ours_english, ours_dutch = _catalogue()
    window.workshop.create_network("Binnenkring")
    _choose(window, switcher, "nl")
    assert _menu_texts(window) & ours_english == set()
    _choose(window, switcher, "en")
    assert _menu_texts(window) & ours_dutch == set()

    # The scribe's hint gives a prefix of the language shown: one that picks a segment by its
    # English name, and none by its Dutch one (no "hou:" on an English bar).
    hint = window.desk.quick_bar.line.placeholderText()
    prefix = re.search(r"\u201c(\w+): …\u201d", hint).group(1)  # type: ignore[union-attr]
    model = window.workshop.model
    english = [(s.key, s.label.en) for s in model.segments()]
    dutch = [(s.key, s.label.nl) for s in model.segments()]
    assert len(matching_segments(prefix, english)) == 1, prefix
    assert matching_segments(prefix, dutch) != matching_segments(prefix, english), prefix


def test_undo_texts_and_the_status_bar_follow_a_language_switch(
    window: MainWindow, switcher
) -> None:
    from app.core.geometry import Arrangement

    _choose(window, switcher, "nl")
    window.workshop.create_network("Binnenkring")
    window.workshop.wheel_settled(Arrangement((1, 0, 0, 0)))
    window.workshop.set_description("Stages")
    window.workshop.undo_stack.undo()
    undo, redo = window.undo_action.text(), window.redo_action.text()
    assert undo == "Wiel draaien ongedaan maken", undo  # a sentence, capitalised
    assert redo.startswith("Beschrijving") and redo.endswith("opnieuw doen"), redo
    window.save_line()
    dutch_message = window.statusBar().currentMessage()
    assert dutch_message

    _choose(window, switcher, "en")
    assert window.undo_action.text() == "Undo save line"  # the last step: saving the line
    window.workshop.undo_stack.undo()
    assert window.undo_action.text() == "Undo turn the wheel"  # named before the switch
    assert window.redo_action.text() == "Redo save line"
    assert window.statusBar().currentMessage() != dutch_message
    names = [window.workshop.undo_stack.text(i) for i in range(window.workshop.undo_stack.count())]
    _ours_english, ours_dutch = _catalogue()
    assert names and not set(names) & ours_dutch, names

    _choose(window, switcher, "nl")
    assert window.undo_action.text() == "Wiel draaien ongedaan maken"
    assert window.redo_action.text().endswith("opnieuw doen")
    assert window.redo_action.text()[0].isupper()


def test_the_projectors_room_page_reads_as_dutch(qapp, switcher) -> None:
    from app.ui.presenting.projector_pages import RoomPage

    switcher.use("nl")
    page = RoomPage()
    text = page.empty.text()
    # Dutch word order (the verb cluster at the end) and the program's word for post-its.
    assert "zodat iedereen vanaf de eigen telefoon geeltjes kan toevoegen" in text, text
    assert "notities" not in text
