"""Settings and about/help: both languages render (screenshots under tmp_path), choices take
effect at once without losing work, the store folder opens locally, all text is plain."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from app.core.wheel_layout import CALM, HIGH_CONTRAST
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.shell import openers
from app.ui.shell.about_dialog import AboutDialog
from app.ui.shell.application import build_window
from app.ui.shell.main_window import MainWindow
from db.store import Store

TITLES = {
    "nl": {"settings": "Instellingen", "about": "Over Netwerkimpact", "keys": "Toetsen"},
    "en": {"settings": "Settings", "about": "About Netwerkimpact", "keys": "Keys"},
}


@pytest.fixture
def switcher(qapp) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.use("en")  # leave no translator behind for the next test


@pytest.fixture
def open_room(qtbot, tmp_path: Path, switcher: LanguageSwitcher) -> Iterator:
    stores: list[Store] = []

    def make(language: str) -> MainWindow:
        settings = Settings.in_file(tmp_path / "settings.ini")
        settings.language = language
        switcher.use(language)
        store = Store.open(tmp_path / "s.sqlite")
        stores.append(store)
        window = build_window(store, settings, switcher)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.workshop.create_network("Zorgnetwerk <b>Midden</b>")
        return window

    yield make
    for store in stores:
        store.close()


def shoot(qtbot, widget: QWidget, path: Path) -> Path:
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    assert image.width() > 100 and image.height() > 100
    assert image.save(str(path))
    print(path)
    return path


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_dialog_renders_in_both_languages(qtbot, tmp_path, open_room, language) -> None:
    window = open_room(language)
    titles = TITLES[language]
    settings = openers.show_settings(window)
    assert settings.windowTitle() == titles["settings"]
    assert settings.store.text() == str(window.workshop.store.path)
    shoot(qtbot, settings, tmp_path / f"settings-{language}.png")
    settings.close()
    about = openers.show_about(window)
    assert about.windowTitle() == titles["about"]
    model = window.model
    for index in range(about.tabs.count()):
        about.tabs.setCurrentIndex(index)
        shoot(qtbot, about, tmp_path / f"about-{language}-{index}.png")
    assert model.summary.in_(language) in about.model_page.toPlainText()
    for ring in model.rings:
        assert ring.label.in_(language) in about.model_page.toPlainText()
        assert ring.definition.in_(language) in about.model_page.toPlainText()
    about.close()
    keys = openers.show_about(window, keys=True)
    assert keys.tabs.currentWidget() is keys.keys_page
    assert keys.tabs.tabText(keys.tabs.currentIndex()) == titles["keys"]
    shoot(qtbot, keys, tmp_path / f"keys-{language}.png")
    keys.close()


def test_the_about_dialog_says_version_store_and_font_licence(qtbot, open_room) -> None:
    from app import __version__

    window = open_room("en")
    about = openers.show_about(window)
    texts = [label.text() for label in about.findChildren(QLabel)]
    assert any(__version__ in text for text in texts)
    assert any(str(window.workshop.store.path) in text for text in texts)
    assert "Bitstream" in about.licence_page.toPlainText()
    assert "SIL Open Font License" in about.licence_page.toPlainText()  # Noto Emoji's
    rows = about.keys_page.rowCount()
    keys = [about.keys_page.item(row, 0).text() for row in range(rows)]
    assert "Esc" in keys and "S, Ctrl+S" in keys and "H" in keys
    # nothing is read as markup, ours or anyone's
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in about.findChildren(QLabel)
    )


def test_the_help_menu_has_keys_and_about(open_room) -> None:
    window = open_room("en")
    actions = window.help_menu.actions()
    assert window.keys_action in actions and window.about_action in actions
    assert window.settings_action in window.edit_menu.actions()
    window.keys_action.trigger()
    dialogs = window.findChildren(AboutDialog)
    assert dialogs and dialogs[-1].tabs.currentWidget() is dialogs[-1].keys_page


def test_language_takes_effect_at_once_without_losing_work(qtbot, open_room) -> None:
    window = open_room("nl")
    window.workshop.set_line_text("title", "Half af")
    dialog = openers.show_settings(window)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert window.settings.language == "en"
    assert window.language_actions["en"].isChecked()
    assert window.file_menu.title() == "&File"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")  # the open dialog follows
    assert window.workshop.draft_title == "Half af"
    assert dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert window.file_menu.title() == "&Bestand"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Instellingen")


def test_theme_takes_effect_at_once(open_room) -> None:
    window = open_room("en")
    dialog = openers.show_settings(window)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high_contrast"))
    assert window.settings.theme == "high_contrast"
    assert window.contrast_action.isChecked()
    assert window.scene.wheel_palette is HIGH_CONTRAST
    dialog.theme.setCurrentIndex(dialog.theme.findData("calm"))
    assert window.scene.wheel_palette is CALM
    assert not window.contrast_action.isChecked()


def test_open_folder_opens_the_local_store_folder(open_room, monkeypatch, tmp_path) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = open_room("en")
    dialog = openers.show_settings(window)
    assert dialog.store.isReadOnly()
    dialog.open_folder.click()
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == tmp_path.resolve()
