"""The start-up recovery flow with fake answers (no widgets), its dialog, `describe` in Dutch,
and a store damaged while the window is open, restored with a click."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.control.i18n import LanguageSwitcher
from app.ui.shell.application import build_window, run_windows
from app.ui.shell.main_window import MainWindow
from app.ui.store.recovery_dialog import StoreProblemDialog
from app.ui.store.store_guard import StoreGuard
from app.ui.store.store_messages import describe
from app.ui.store.store_recovery import Answer, Choice, Trouble, open_store_or_ask
from db import Store
from db.backups import list_backups
from db.errors import (
    BackupNotUsableError,
    EmptyStoreFileError,
    NotAStoreError,
    StoreBackupError,
    StoreBusyError,
    StoreDamagedError,
    StoreDiskFullError,
    StoreLocationError,
    StoreMigrationError,
    StorePermissionError,
    StoreReadOnlyError,
    StoreTooNewError,
    StoreUnavailableError,
)


def _store_with_backups(path: Path) -> None:
    with Store.open(path) as store:
        store.networks.create_network("Eerste")
        store.networks.create_network("Tweede")  # the day's backup holds "Eerste"


def _drop_notes(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE notes")
    connection.commit()
    connection.close()


class Requests(QObject):
    """A signal into the program's slots: what a button or a timer does."""

    create = Signal(str)


class FakeAsk:
    """Answers in turn and remembers every question (Mu's fake view)."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.asked: list[Trouble] = []

    def __call__(self, trouble: Trouble) -> Answer:
        self.asked.append(trouble)
        return self.answers.pop(0)


# --- the flow, with fake answers -------------------------------------------------------------


def test_a_damaged_store_offers_its_backups_and_restores_the_chosen_one(tmp_path):
    path = tmp_path / "store.sqlite"
    _store_with_backups(path)
    _drop_notes(path)
    backup = list_backups(path)[0].path
    ask = FakeAsk(Answer(Choice.RESTORE, backup))
    store = open_store_or_ask(path, ask)
    assert store is not None
    with store:
        assert [n.name for n in store.networks.list_networks()] == ["Eerste"]
    (trouble,) = ask.asked
    assert isinstance(trouble.error, StoreDamagedError)
    assert [(b.path, b.networks) for b in trouble.backups] == [(backup, 1)]
    assert any(b.reason == "before-restore" for b in list_backups(path))  # kept aside


def test_a_healthy_store_that_cannot_be_used_is_not_offered_backups(tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    ask = FakeAsk(Answer(Choice.QUIT))
    assert open_store_or_ask(tmp_path / "file" / "store.sqlite", ask) is None
    assert isinstance(ask.asked[0].error, StoreLocationError) and ask.asked[0].backups == ()


def test_another_file_or_a_new_store_elsewhere_but_never_on_an_existing_file(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("boodschappen", encoding="utf-8")
    ask = FakeAsk(
        Answer(Choice.NEW_STORE, text),  # exists: refused, asked again
        Answer(Choice.NEW_STORE, tmp_path / "new.sqlite"),
    )
    store = open_store_or_ask(text, ask)
    assert store is not None and store.path == tmp_path / "new.sqlite"
    store.close()
    assert [type(t.error) for t in ask.asked] == [NotAStoreError, NotAStoreError]
    assert text.read_text(encoding="utf-8") == "boodschappen"


def test_a_backup_that_cannot_be_restored_is_asked_about_again(tmp_path):
    path = tmp_path / "store.sqlite"
    _store_with_backups(path)
    _drop_notes(path)
    junk = tmp_path / "junk.sqlite"
    junk.write_text("geen opslag", encoding="utf-8")
    ask = FakeAsk(Answer(Choice.RESTORE, junk), Answer(Choice.QUIT))
    assert open_store_or_ask(path, ask) is None
    assert isinstance(ask.asked[1].error, BackupNotUsableError)


def test_try_again_opens_once_the_problem_is_gone(tmp_path):
    path = tmp_path / "store.sqlite"
    attempts = []

    def opener(where: Path) -> Store:
        attempts.append(where)
        if len(attempts) == 1:
            raise StoreBusyError(where, "busy")
        return Store.open(where)

    ask = FakeAsk(Answer(Choice.RETRY))
    store = open_store_or_ask(path, ask, opener)
    assert store is not None and attempts == [path, path]
    store.close()


# --- describe(): the user's language ---------------------------------------------------------


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    switcher = LanguageSwitcher(qapp)
    switcher.use("nl")
    yield
    switcher.use("en")


def _every_store_error(path: Path) -> list[Exception]:
    full = StoreDiskFullError(path, "disk full", "database or disk is full")
    return [
        StoreDamagedError(path, "damaged", "database disk image is malformed"),
        StoreReadOnlyError(path, "read-only"),
        full,
        StoreBusyError(path, "in use", "database is locked"),
        StorePermissionError(path, "permission denied"),
        StoreLocationError(path, "not a folder"),
        StoreUnavailableError(path, "disk I/O error"),
        StoreTooNewError(path, "newer", "0099"),
        StoreMigrationError(path, "failed", "0001", path.with_name("b.sqlite"), "boom"),
        EmptyStoreFileError(path, "empty"),
        NotAStoreError(path, "not a store"),
        StoreBackupError(path, "daily", full),
        BackupNotUsableError(path, StoreDamagedError(path, "damaged")),
    ]


def test_every_store_error_is_described_in_dutch_with_its_fields(dutch, tmp_path):
    path = tmp_path / "opslag.sqlite"
    titles = set()
    for error in _every_store_error(path):
        description = describe(error)
        titles.add(description.title)
        assert str(path) in description.text, type(error).__name__
        assert str(error) not in description.text  # the English line goes to the details
        assert description.details == str(error)
        assert any(word in description.text for word in ("opslag", "schijf", "bestand"))
        assert description.offers_backups == isinstance(error, StoreDamagedError)
    assert len(titles) == len(_every_store_error(path))  # each says its own thing
    assert "0099" in describe(StoreTooNewError(path, "x", "0099")).text


def test_describe_without_dutch_is_english(tmp_path):
    text = describe(StoreDiskFullError(tmp_path / "s.sqlite", "x")).text
    assert "disk" in text and "full" in text


# --- the dialog -------------------------------------------------------------------------------


def test_the_dialog_lists_the_backups_and_restores_one_with_a_click(qtbot, tmp_path):
    path = tmp_path / "store.sqlite"
    _store_with_backups(path)
    junk = path.with_name("store.before-upgrade-from-0001.2020-01-01_120000.sqlite")
    junk.write_text("kapot", encoding="utf-8")
    backups = list_backups(path)
    dialog = StoreProblemDialog(Trouble(path, StoreDamagedError(path, "x"), backups))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "recovery-dialog.png"))
    rows = [
        [dialog.backups.topLevelItem(r).text(c) for c in range(3)]
        for r in range(dialog.backups.topLevelItemCount())
    ]
    assert rows[0][0] == backups[0].made.strftime("%Y-%m-%d %H:%M") and rows[0][1] == "1"
    assert rows[1][1] == "unreadable" and dialog.backups.topLevelItem(1).isDisabled()
    assert not dialog.retry_button.isVisible()
    dialog.restore_button.click()
    assert dialog.answer == Answer(Choice.RESTORE, backups[0].path)


def test_the_dialog_for_a_busy_store_offers_try_again_not_backups(qtbot, tmp_path):
    error = StoreBusyError(tmp_path / "s.sqlite", "busy")
    dialog = StoreProblemDialog(Trouble(error.path, error))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.retry_button.isVisible() and dialog.backups.isHidden()
    dialog.retry_button.click()
    assert dialog.answer.choice is Choice.RETRY


# --- damaged while the window is open ----------------------------------------------------------


def test_a_store_damaged_while_open_closes_the_window_and_offers_its_backups(
    qapp, tmp_path, settings
):
    path = tmp_path / "store.sqlite"
    _store_with_backups(path)
    backup = list_backups(path)[0].path
    shown: list[MainWindow] = []

    def ours() -> list[MainWindow]:
        """The visible windows on this test's store (other tests may leave windows open)."""
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.workshop.store.path == path
        ]

    def damage_then_read() -> None:
        (window,) = ours()
        shown.append(window)
        _drop_notes(path)
        window.workshop.open_network(window.workshop.store.networks.list_networks()[0].id)

    def leave() -> None:
        QApplication.closeAllWindows()  # as quitting does; another test may have left one open

    def answer(trouble: Trouble) -> Answer:
        asked.append(trouble)
        QTimer.singleShot(300, leave)
        return Answer(Choice.RESTORE, trouble.backups[0].path)

    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(QApplication.closeAllWindows)  # never hang the suite
    safety.start(30_000)
    asked: list[Trouble] = []
    QTimer.singleShot(300, damage_then_read)
    code = run_windows(qapp, path, settings, LanguageSwitcher(qapp), answer)
    safety.stop()
    assert code == 0 and len(shown) == 1
    (trouble,) = asked
    assert isinstance(trouble.error, StoreDamagedError) and trouble.backups[0].path == backup
    with Store.open(path) as store:
        assert [n.name for n in store.networks.list_networks()] == ["Eerste"]


@pytest.mark.slow
def test_a_store_in_use_while_the_window_is_open_is_one_message_not_a_crash(
    qtbot, qapp, tmp_path, settings
):
    path = tmp_path / "store.sqlite"
    _store_with_backups(path)
    code = (
        "import sqlite3, time\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('holding', flush=True)\n"
        "time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        with Store.open(path, busy_timeout_ms=50) as store:
            window = build_window(store, settings, LanguageSwitcher(qapp))
            requests = Requests()
            requests.create.connect(window.workshop.create_network)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            with StoreGuard(window) as guard:
                for name in ("Derde", "Vierde"):  # a slot, as a button or a timer calls it
                    requests.create.emit(name)
                assert guard.message is not None and guard.message.isVisible()
                assert "in use" in guard.message.text()
                boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
                assert len(boxes) == 1 and guard.damaged is None
                guard.message.close()
    finally:
        holder.kill()
        holder.wait()
