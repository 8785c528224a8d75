"""The File menu's actions that bring work in (the worked examples) and get it out (tables
for Excel and CSV, images of the wheel), built and named in one place for the main window."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from app.core.examples import EXAMPLES
from app.core.model import Language
from app.ui.shell.funder_outputs import FunderActions
from app.ui.shell.team_actions import TeamActions
from app.ui.widgets.plain import literal_ampersands

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


class OutputActions(QObject):
    """`examples` (key -> action) open a shipped example; the rest need an open network."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_xlsx = self._action(lambda: _dialogs().export_tables(window, "xlsx"))
        self.export_csv = self._action(lambda: _dialogs().export_tables(window, "csv"))
        self.copy_image = self._action(lambda: _dialogs().copy_wheel_image(window))
        self.copy_image.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.save_image = self._action(lambda: _dialogs().save_wheel_image(window))
        self.funders = FunderActions(window)  # Word report, IATI results
        self.team = TeamActions(window)  # take a network along, bring it back
        self.examples = {
            example.key: self._action(_example_opener(window, example.key)) for example in EXAMPLES
        }

    def _action(self, slot: Callable[[], object]) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(slot)
        return action

    @property
    def tables(self) -> list[QAction]:
        return [self.export_xlsx, self.export_csv, *self.funders.actions]

    @property
    def images(self) -> list[QAction]:
        return [self.copy_image, self.save_image]

    def set_enabled(self, has_network: bool) -> None:
        for action in (*self.tables, *self.images):
            action.setEnabled(has_network)
        self.team.update()

    def retranslate(self, language: Language) -> list[tuple[str, str]]:
        """Name every action; returns the examples as (key, title) for the start page."""
        self.export_xlsx.setText(self.tr("Export tables for E&xcel…"))
        self.export_csv.setText(self.tr("Export tables as &CSV…"))
        self.copy_image.setText(self.tr("Cop&y wheel image"))
        self.save_image.setText(self.tr("Save wheel &image (PNG, SVG)…"))
        self.funders.retranslate()
        self.team.retranslate()
        examples = [(example.key, example.title.in_(language)) for example in EXAMPLES]
        for key, title in examples:
            self.examples[key].setText(literal_ampersands(title))
        return examples


def _dialogs() -> ModuleType:
    """The output dialogs, loaded when first asked for (the wheel's image writer and its SVG
    and XML modules are not needed to start)."""
    from app.ui.shell import output_dialogs

    return output_dialogs


def _example_opener(window: MainWindow, key: str) -> Callable[[], None]:
    return lambda: window.networks.open_example(key)
