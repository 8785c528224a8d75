"""File → Take along for offline use…, File → Bring back to the team store… and File → Release
the taken-along mark…, and the warning shown while the open network is taken along from this
store (issue 22).

A network taken along can still be edited here (nothing is blocked): the warning says by whom
and since when, and that bringing it back will then keep both versions side by side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from app.ui.store.recovery_dialog import warn
from app.ui.widgets.plain import plain_tooltip
from db.errors import StoreError
from db.files import default_store_path

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow
    from db.take_along import TakenAlong

# The dialogs and `db.take_along` load with the store's layer (SQLAlchemy), when first used:
# not while the window is made (app.ui.shell.application).


class TeamActions(QObject):
    """The three actions and the warning in the status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.take_along = QAction(window)
        self.take_along.setObjectName("take_along_action")
        self.take_along.triggered.connect(self.take_network_along)
        self.bring_back = QAction(window)
        self.bring_back.setObjectName("bring_back_action")
        self.bring_back.triggered.connect(self.bring_network_back)
        self.release = QAction(window)
        self.release.setObjectName("release_mark_action")
        self.release.triggered.connect(self.release_mark)
        self.warning = QLabel()
        self.warning.setObjectName("taken_along_warning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.warning.hide()
        window.statusBar().addPermanentWidget(self.warning)
        self._away: tuple[TakenAlong, ...] = ()  # the open network's marks, as last read

    @property
    def actions(self) -> list[QAction]:
        return [self.take_along, self.bring_back, self.release]

    def retranslate(self) -> None:
        self.take_along.setText(self.tr("Take a&long for offline use…"))
        self.bring_back.setText(self.tr("Bring &back to the team store…"))
        self.release.setText(self.tr("Release the taken-along mar&k…"))
        self.warning.setAccessibleName(self.tr("Taken along"))
        self._show_warning()  # in the new language, from what was read (a switch reads nothing)

    def update(self) -> None:
        """Enable what fits the open store and network; warn while it is taken along."""
        workshop = self.window.workshop
        store = workshop.store
        network_id = workshop.network_id if workshop.has_network else None
        on_file = store.path is not None and not store.read_only
        # On a team store the open network is taken along into this computer's store file.
        on_server = store.path is None and not store.read_only and network_id is not None
        self.take_along.setEnabled(on_file or on_server)
        self.bring_back.setEnabled(False)
        self.release.setEnabled(False)
        workshop.when_stored(self._update_marks)

    def _update_marks(self) -> None:
        """Bring back and release as the open network's marks are stored; the warning."""
        from db.take_along import origin, taken_along

        workshop = self.window.workshop
        store = workshop.store
        network_id = workshop.network_id if workshop.has_network else None
        on_file = store.path is not None and not store.read_only
        try:
            came_from = origin(store, network_id) if network_id is not None else None
            away = taken_along(store, network_id) if network_id is not None else ()
        except StoreError:  # the store says what is wrong at the next edit or read
            came_from, away = None, ()
        self.bring_back.setEnabled(on_file and came_from is not None)
        self._away = tuple(away)
        self.release.setEnabled(bool(away) and not store.read_only)
        self._show_warning()

    def _show_warning(self) -> None:
        away = self._away
        if away:
            from app.ui.store.take_along_dialogs import when

            first = away[0]
            self.warning.setText(
                self.tr(
                    "Taken along by %1 (%2) since %3: changes made here stay, but bringing "
                    "it back will then keep both versions"
                )
                .replace("%1", first.taken_by)
                .replace("%2", first.machine)
                .replace("%3", when(first.taken_at))
            )
            self.warning.setToolTip(plain_tooltip(self.warning.text()))
        self.warning.setVisible(bool(away))

    def take_network_along(self) -> None:
        from app.ui.store.take_along_dialogs import TakeAlongDialog

        workshop = self.window.workshop
        address = self.window.settings.team_store
        if workshop.store.path is None:  # this window is on the team store
            self._take_open_network_along(address)
            return
        dialog = TakeAlongDialog(workshop.store, address, self.window)
        if address:
            dialog.show_networks()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.copy is None:
            return
        workshop.open_network(dialog.copy.id)
        self.window.statusBar().showMessage(
            self.tr("“%1” is taken along: it is in this computer's store now").replace(
                "%1", dialog.copy.name
            ),
            8000,
        )

    def _take_open_network_along(self, address: str) -> None:
        """From a window on the team store: into this computer's own store file."""
        from app.ui.store.take_along_dialogs import TakeAlongDialog
        from db.store import Store

        workshop = self.window.workshop
        try:
            laptop = Store.open(default_store_path(), workshop.model)
        except StoreError as error:
            warn(self.window, self.tr("Take along for offline use"), error)
            return
        with laptop:
            dialog = TakeAlongDialog(laptop, address, self.window, workshop.network_id)
            if address:
                dialog.show_networks()
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.copy is not None:
                self.window.statusBar().showMessage(
                    self.tr("“%1” is taken along into %2")
                    .replace("%1", dialog.copy.name)
                    .replace("%2", str(laptop.path)),
                    8000,
                )
        self.update()

    def bring_network_back(self) -> None:
        from app.ui.store.take_along_dialogs import BringBackDialog
        from db.take_along import origin

        workshop = self.window.workshop
        if not workshop.has_network:
            return
        network = workshop.contents.network
        came_from = origin(workshop.store, network.id)
        if came_from is None:
            return
        dialog = BringBackDialog(workshop.store, network, came_from, self.window)
        dialog.exec()
        result = dialog.outcome
        if result is not None and result.kept_network is None:
            self.window.statusBar().showMessage(
                self.tr("“%1” is brought back to the team store").replace(
                    "%1", result.network.name
                ),
                8000,
            )
        self.update()

    def release_mark(self) -> None:
        """The copy taken along first will not come back (a lost laptop, a deleted copy):
        after asking, take its mark away (marks of other laptops stay, each in turn)."""
        from app.ui.store.take_along_dialogs import when
        from db.take_along import TakeAlongError, release, taken_along

        workshop = self.window.workshop
        if not workshop.has_network:
            return
        network = workshop.contents.network
        try:
            marks = taken_along(workshop.store, network.id)  # as stored now, not as last shown
        except StoreError as error:
            warn(self.window, self.tr("Release the taken-along mark"), error)
            return
        if not marks:
            self.update()
            return
        mark = marks[0]
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Release the taken-along mark"),
            self.tr(
                "“%1” is marked as taken along by %2 (%3) since %4.\n\nRelease the mark only "
                "if that copy will not come back (a lost laptop, a deleted copy). It can then "
                "no longer be brought back: changes made in it would have to come in by export "
                "and import. Nothing of the network here changes."
            )
            .replace("%4", when(mark.taken_at))  # the last first: a name may hold "%2"
            .replace("%3", mark.machine)
            .replace("%2", mark.taken_by)
            .replace("%1", network.name),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        question.setObjectName("release_mark_question")
        question.setTextFormat(Qt.TextFormat.PlainText)
        confirm = question.addButton(self.tr("Release the mark"), QMessageBox.ButtonRole.AcceptRole)
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.exec()
        if question.clickedButton() is not confirm:
            return
        try:
            release(workshop.store, mark)
        except TakeAlongError:
            pass  # released or brought back meanwhile: the update below shows it so
        except StoreError as error:
            warn(self.window, self.tr("Release the taken-along mark"), error)
            return
        self.window.statusBar().showMessage(
            self.tr("The mark of %1 (%2) on “%3” is released")
            .replace("%3", network.name)
            .replace("%2", mark.machine)
            .replace("%1", mark.taken_by),
            8000,
        )
        self.update()
