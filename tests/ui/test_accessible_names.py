"""Every control of every window and dialog has a name a screen reader can say, in Dutch:
its accessible name, its text, or the label it is the buddy of (the walk: accessible_names)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.dialogs.evidence_dialog import EvidenceDialog
from app.ui.dialogs.indicator_form import IndicatorForm
from app.ui.dialogs.moment_dialog import MomentDialog
from app.ui.dialogs.note_dialog import NoteDialog
from app.ui.dialogs.poster_dialog import PosterDialog
from app.ui.dialogs.rework_dialog import ReworkDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.target_dialog import TargetDialog
from app.ui.postits.import_dialog import ImportNotesDialog, sheet_notes
from app.ui.presenting.console import ConsoleWindow
from app.ui.shell import openers
from app.ui.shell.about_dialog import AboutDialog
from app.ui.shell.application import build_window
from app.ui.shell.help_window import HelpWindow
from app.ui.shell.main_window import MainWindow
from app.ui.shell.output_dialogs import ImageDialog
from app.ui.store.recovery_dialog import StoreProblemDialog
from app.ui.store.store_recovery import Trouble
from db.backups import list_backups
from db.errors import StoreDamagedError
from db.store import Store
from tests.ui.accessible_names import accessible_name, unnamed_controls

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "lef-binnenkring.nl.json"


@pytest.fixture
def dutch_window(qtbot, qapp, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window in Dutch with the LEF example open (lines, indicators, post-its)."""
    switcher = LanguageSwitcher(qapp)
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.language = "nl"
    switcher.use("nl")
    store = Store.open(tmp_path / "s.sqlite")
    window = build_window(store, settings, switcher)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    network = store.networks.import_file(EXAMPLE)
    window.workshop.open_network(network.id)
    yield window
    if window.presentation is not None:
        window.presentation.close()
    switcher.use("en")
    store.close()


def windows_and_dialogs(window: MainWindow, tmp_path: Path, qtbot) -> dict[str, QWidget]:
    """One of each of the program's windows and dialogs, on the open example network."""
    workshop = window.workshop
    contents = workshop.contents
    line = contents.lines[0]
    indicator = contents.indicators[0]
    sheet = tmp_path / "notes.csv"
    sheet.write_text("text,segment\nEen geeltje,Ontmoeting & bereik\n", encoding="utf-8")
    notes = sheet_notes(workshop, sheet)
    assert not isinstance(notes, str), notes
    store_file = tmp_path / "s.sqlite"
    made: dict[str, QWidget] = {
        "settings": SettingsDialog(window.settings, store_file, window),
        "about": AboutDialog(workshop.model, "nl", store_file, window),
        "help": HelpWindow(workshop.model, "nl", window),
        "image": ImageDialog(window),
        "poster": PosterDialog(workshop, window),
        "note": NoteDialog(workshop, segment_key="ring1.meeting_reach", parent=window),
        "moment": MomentDialog(workshop, parent=window),
        "evidence": EvidenceDialog(workshop, line.id, "ring1", parent=window),
        "target": TargetDialog(workshop, indicator, window),
        "indicator": IndicatorForm(workshop, line.id, "ring1", parent=window),
        "rework": ReworkDialog(workshop, line, window),
        "import post-its": ImportNotesDialog(workshop, notes, window),
        "store problem": StoreProblemDialog(
            Trouble(store_file, StoreDamagedError(store_file, "x"), list_backups(store_file))
        ),
    }
    for widget in made.values():
        qtbot.addWidget(widget)
    presentation = openers.start_presentation(window)
    made["presentation"] = presentation
    made["console"] = ConsoleWindow(presentation, workshop)
    qtbot.addWidget(made["console"])
    return made


def test_every_control_of_the_main_window_has_a_name(dutch_window: MainWindow) -> None:
    assert unnamed_controls(dutch_window) == []


def test_every_control_of_every_dialog_has_a_name(
    dutch_window: MainWindow, tmp_path: Path, qtbot
) -> None:
    unnamed = {
        name: found
        for name, widget in windows_and_dialogs(dutch_window, tmp_path, qtbot).items()
        if (found := unnamed_controls(widget))
    }
    assert unnamed == {}


def test_names_are_in_the_users_language(dutch_window: MainWindow) -> None:
    assert accessible_name(dutch_window.view) == "Wiel"


def test_no_text_field_keeps_the_tab_key(dutch_window: MainWindow, tmp_path: Path, qtbot) -> None:
    """Tab leaves every multi-line field (WCAG 2.1.2: no keyboard trap)."""
    roots = [dutch_window, *windows_and_dialogs(dutch_window, tmp_path, qtbot).values()]
    trapping = [
        f"{type(root).__name__}: {field.accessibleName() or field.objectName()}"
        for root in roots
        for field in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit)
        if not field.tabChangesFocus()
    ]
    assert trapping == []
