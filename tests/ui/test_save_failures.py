"""A failed save is never silent in the window (issue 27, item 1): a file beside the store named
like a backup with an impossible date does not stop the post-it, and an error nobody foresaw
is shown as a message, not only written to stderr."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from app.ui.control.i18n import LanguageSwitcher
from app.ui.shell.application import build_window
from app.ui.store.store_guard import StoreGuard
from db import Store
from db.records import NewNote


class Requests(QObject):
    """A signal into the program's slots: what a button does."""

    note = Signal(str)
    fail = Signal()


def _window(qtbot, qapp, store: Store, settings):
    window = build_window(store, settings, LanguageSwitcher(qapp))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_post_it_is_stored_beside_a_backup_name_with_an_impossible_date(
    qtbot, qapp, tmp_path: Path, settings
):
    path = tmp_path / "s.sqlite"
    with Store.open(path) as store:
        store.networks.create_network("Eerste")
    path.with_name("s.daily.2026-02-30_120000.sqlite").write_bytes(b"someone else's")
    with Store.open(path) as store:
        window = _window(qtbot, qapp, store, settings)
        window.workshop.open_network(store.networks.list_networks()[0].id)
        key = store.model.stakeholder_ring.segments[0].key
        requests = Requests()
        requests.note.connect(lambda text: window.workshop.notes.add_notes([NewNote(key, text)]))
        with StoreGuard(window) as guard:
            requests.note.emit("Blijft staan")
            assert guard.message is None
        texts = [
            note.text for note in store.networks.load_network(window.workshop.network_id).notes
        ]
        assert texts == ["Blijft staan"]


def test_an_unforeseen_error_in_a_slot_is_shown_in_the_window(qtbot, qapp, tmp_path, settings):
    with Store.open(tmp_path / "s.sqlite") as store:
        window = _window(qtbot, qapp, store, settings)
        requests = Requests()

        def broken_save() -> None:
            raise ValueError("day is out of range for month")

        requests.fail.connect(broken_save)
        with qtbot.capture_exceptions() as captured, StoreGuard(window) as guard:
            requests.fail.emit()
            requests.fail.emit()  # one message at a time
            assert guard.message is not None and guard.message.isVisible()
            assert "day is out of range" in guard.message.detailedText()
            boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
            assert len(boxes) == 1
            guard.message.close()
        assert len(captured) == 2  # still on stderr, with its traceback, for a report


def test_a_damaged_store_still_offers_its_backups_beside_an_impossible_name(tmp_path: Path):
    from app.ui.store.store_recovery import Answer, Choice, Trouble, open_store_or_ask
    from db.errors import StoreDamagedError

    path = tmp_path / "s.sqlite"
    with Store.open(path) as store:
        store.networks.create_network("Eerste")
        store.networks.create_network("Tweede")  # the day's backup holds "Eerste"
    path.with_name("s.daily.2026-02-30_120000.sqlite").write_bytes(b"someone else's")
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE notes")
    connection.commit()
    connection.close()
    asked: list[Trouble] = []

    def ask(trouble: Trouble) -> Answer:
        asked.append(trouble)
        return Answer(Choice.QUIT)

    assert open_store_or_ask(path, ask) is None  # a question, not a crash
    (trouble,) = asked
    assert isinstance(trouble.error, StoreDamagedError)
    assert [(b.reason, b.networks) for b in trouble.backups] == [("daily", 1)]
