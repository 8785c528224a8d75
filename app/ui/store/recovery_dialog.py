"""The window that asks what to do with a store that cannot be used (the view of
`app.ui.store.store_recovery`): the problem in words, and for a damaged store its backups with their
dates and network counts, one click from being restored."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.store.file_dialogs import ask_open_path, ask_save_path
from app.ui.store.store_messages import describe
from app.ui.store.store_recovery import Answer, Ask, Choice, Trouble
from db.errors import StoreDamagedError, StoreReadOnlyError, StoreUnavailableError

if TYPE_CHECKING:
    from db.backups import Backup

_PATH_ROLE = Qt.ItemDataRole.UserRole


class StoreProblemDialog(QDialog):
    """Says what is wrong; `answer` holds the choice when the dialog closes."""

    def __init__(self, trouble: Trouble, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        description = describe(trouble.error)
        self.setWindowTitle(description.title)
        self.answer = Answer(Choice.QUIT)
        layout = QVBoxLayout(self)
        message = QLabel(description.text)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.backups = QTreeWidget()
        self.restore_button = QPushButton(self.tr("Restore the chosen backup"))
        if trouble.backups:
            self._add_backups(layout, trouble.backups)
        elif description.offers_backups:
            layout.addWidget(_plain_label(self.tr("There are no backups beside this store.")))
        self._add_details(layout, description.details)
        buttons = QDialogButtonBox()
        self.retry_button = buttons.addButton(
            self.tr("Try again"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        retry = isinstance(trouble.error, StoreUnavailableError) and not isinstance(
            trouble.error, StoreReadOnlyError
        )
        self.retry_button.setVisible(retry)
        self.other_button = buttons.addButton(
            self.tr("Open another file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.new_button = buttons.addButton(
            self.tr("Start a new store…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.retry_button.clicked.connect(lambda: self._choose(Choice.RETRY))
        self.other_button.clicked.connect(lambda: self._choose(Choice.OPEN_OTHER))
        self.new_button.clicked.connect(lambda: self._choose(Choice.NEW_STORE))
        self.quit_button.clicked.connect(lambda: self._choose(Choice.QUIT))
        layout.addWidget(buttons)
        # At least as tall as its wrapped texts need (a large system font makes them taller).
        layout_height = layout.totalHeightForWidth(640)
        self.resize(640, max(420 if trouble.backups else 240, layout_height))

    def _add_backups(self, layout: QVBoxLayout, backups: tuple[Backup, ...]) -> None:
        layout.addWidget(_plain_label(self.tr("Backups beside the store, newest first:")))
        self.backups.setRootIsDecorated(False)
        self.backups.setHeaderLabels([self.tr("Made"), self.tr("Networks"), self.tr("Kind")])
        for backup in backups:
            networks = self.tr("unreadable") if backup.networks is None else str(backup.networks)
            item = QTreeWidgetItem(
                [backup.made.strftime("%Y-%m-%d %H:%M"), networks, self._kind(backup.reason)]
            )
            item.setData(0, _PATH_ROLE, str(backup.path))
            item.setToolTip(0, backup.path.name)
            item.setDisabled(backup.networks is None)
            self.backups.addTopLevelItem(item)
        for column in range(3):
            self.backups.resizeColumnToContents(column)
        items = (self.backups.topLevelItem(row) for row in range(self.backups.topLevelItemCount()))
        readable = [item for item in items if item is not None and not item.isDisabled()]
        if readable:
            self.backups.setCurrentItem(readable[0])
        self.restore_button.setEnabled(bool(readable))
        self.restore_button.clicked.connect(self._restore_current)
        self.backups.itemDoubleClicked.connect(lambda item, _column: self._restore(item))
        layout.addWidget(self.backups)
        layout.addWidget(self.restore_button)

    def _kind(self, reason: str) -> str:
        if reason == "daily":
            return self.tr("Daily backup")
        if reason.startswith("before-upgrade"):
            return self.tr("Before an upgrade")
        if reason == "before-restore":
            return self.tr("Before a restore")
        return reason

    def _add_details(self, layout: QVBoxLayout, details: str) -> None:
        toggle = QToolButton()
        toggle.setText(self.tr("Details"))
        toggle.setCheckable(True)
        text = QPlainTextEdit(details)
        text.setTabChangesFocus(True)
        text.setAccessibleName(self.tr("Details"))
        text.setReadOnly(True)
        text.setMaximumHeight(80)
        text.setVisible(False)
        toggle.toggled.connect(text.setVisible)
        layout.addWidget(toggle)
        layout.addWidget(text)

    def _restore_current(self) -> None:
        item = self.backups.currentItem()
        if item is not None:
            self._restore(item)

    def _restore(self, item: QTreeWidgetItem) -> None:
        if item.isDisabled():
            return
        self.answer = Answer(Choice.RESTORE, Path(item.data(0, _PATH_ROLE)))
        self.accept()

    def _choose(self, choice: Choice) -> None:
        self.answer = Answer(choice)
        self.done(
            QDialog.DialogCode.Rejected if choice is Choice.QUIT else QDialog.DialogCode.Accepted
        )


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def ask_with_dialogs(parent: QWidget | None = None) -> Ask:
    """The `ask` of the real program: the dialog, then a file dialog where a file is needed."""

    def ask(trouble: Trouble) -> Answer:
        dialog = StoreProblemDialog(trouble, parent)
        dialog.exec()
        answer = dialog.answer
        if answer.choice is Choice.OPEN_OTHER:
            chosen = ask_open_path(
                parent,
                QCoreApplication.translate("StoreProblemDialog", "Open a store"),
                trouble.path.parent,
            )
            return Answer(Choice.OPEN_OTHER, chosen) if chosen else Answer(Choice.RETRY)
        if answer.choice is Choice.NEW_STORE:
            chosen = ask_save_path(
                parent,
                QCoreApplication.translate("StoreProblemDialog", "New store"),
                trouble.path.with_name("netimpact-new.sqlite"),
            )
            return Answer(Choice.NEW_STORE, chosen) if chosen else Answer(Choice.RETRY)
        return answer

    return ask


def show_problem(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """A store problem that needs no choice (disk full, in use, read-only) as a message."""
    description = describe(error)
    box = QMessageBox(QMessageBox.Icon.Warning, description.title, description.text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(description.details)
    box.open()
    return box


def warn(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A store error met while saving in a dialog: the message in the user's language.

    A damaged store is raised on, to the program's `StoreGuard`, which offers the backups.
    """
    if isinstance(error, StoreDamagedError):
        raise error
    description = describe(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, description.text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people are never HTML
    if description.details not in description.text:
        box.setDetailedText(description.details)
    box.exec()
