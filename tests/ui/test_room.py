"""The room end to end in the real window: phones post over HTTP to 127.0.0.1, the facilitator
accepts, the post-its are on the wheel and in the store, and closing frees the port."""

from __future__ import annotations

import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.canvas.note_items import stack_items
from app.room.qr import qr_matrix
from app.ui.room.controller import ANSWER_COLOUR
from app.ui.shell import openers
from app.ui.shell.main_window import MainWindow
from db.errors import StoreDiskFullError
from tests.room.phones import post_form, request

PHONES = 35
T = TypeVar("T")


def phone_posts(port: int, secret: str, phone: int, text: str, **fields: str) -> int:
    """A phone (its own loopback address) opens the page and sends one post-it. A phone is
    another device: it sends from its own thread while the program's window goes on (the
    room answers "arrived" once the program has kept the post-it)."""
    source = f"127.0.0.{10 + phone}"

    def send() -> int:
        page = request(port, "GET", f"/r/{secret}", source=source)
        form = {"n": page.nonce(), "name": f"Deelnemer {phone}", "text": text, **fields}
        return post_form(port, f"/r/{secret}", form, source=source).status

    return as_phone(send)


def as_phone(send: Callable[[], T]) -> T:
    """Run `send` in a thread of its own (a phone) while the window handles its events."""
    with ThreadPoolExecutor(1) as pool:
        sent = pool.submit(send)
        while not sent.done():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return sent.result()


@pytest.fixture
def room_window(window: MainWindow, monkeypatch) -> MainWindow:
    # pytest-qt closes the window before fixtures end: post-its left waiting must not make
    # it ask (and wait for a click). The test of that question undoes this.
    monkeypatch.setattr(window.room_dock, "may_quit", lambda: True)
    window.workshop.create_network("Energieregio Noord")
    window.room.hosts = ["127.0.0.1"]  # tests listen on the loopback address only
    window.room.port = 0
    yield window
    window.room.close()


def test_a_room_of_35_phones_ends_up_on_the_wall(room_window: MainWindow, qtbot) -> None:
    window = room_window
    workshop, room = window.workshop, window.room
    address = room.open(hosts=["127.0.0.1"], port=0)
    assert window.room_dock.isVisible()
    assert room.listening_on() == [("127.0.0.1", address.port)]
    line = workshop.focus_line().segment_keys
    for phone in range(PHONES):
        segment = line[phone % len(line)]
        status = phone_posts(
            address.port, address.secret, phone, f"Idee {phone:02}", segment=segment
        )
        assert status == 200
    qtbot.waitUntil(lambda: len(room.pending) == PHONES, timeout=10_000)
    queue = window.room_dock.panel.queue
    assert queue.list.count() == PHONES
    assert [item.text for item in room.pending] == [f"Idee {p:02}" for p in range(PHONES)]

    queue.list.setFocus()
    QTest.keyClick(queue.list, Qt.Key.Key_Return)  # one key accepts the oldest
    assert len(room.pending) == PHONES - 1
    queue.accept_all_button.click()
    assert room.pending == []
    assert queue.list.count() == 0

    notes = workshop.store.networks.load_network(workshop.network_id).notes
    assert sorted(note.text for note in notes) == sorted(
        f"Idee {p:02}\n— Deelnemer {p}" for p in range(PHONES)
    )
    assert {note.segment_key for note in notes} == set(line)
    on_wheel = [note for stack in stack_items(window.scene) for note in stack.notes]
    assert len(on_wheel) == PHONES  # every accepted post-it sits in a stack on the wheel

    workshop.undo_stack.undo()  # "accept all" is one step
    assert len(workshop.store.networks.load_network(workshop.network_id).notes) == 1
    workshop.undo_stack.redo()
    assert len(workshop.store.networks.load_network(workshop.network_id).notes) == PHONES

    window.room_dock.toggle()  # close the room
    assert not room.is_open
    with pytest.raises(ConnectionRefusedError):
        request(address.port, "GET", f"/r/{address.secret}")
    probe = socket.socket()
    probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    probe.bind(("127.0.0.1", address.port))
    probe.listen(1)
    probe.close()


def test_answers_to_the_asked_question_and_rejecting(room_window: MainWindow, qtbot) -> None:
    window = room_window
    room, workshop = window.room, window.workshop
    choices = room.question_choices()
    core_parts = [part.key for part in workshop.model.core.segments]
    # inside out: the core's parts are asked first, then the line's segments
    assert [choice.segment_key for choice in choices[:4]] == core_parts
    assert {choice.segment_key for choice in choices[4:]} == set(workshop.focus_line().segment_keys)
    panel = window.room_dock.panel
    address = room.open(hosts=["127.0.0.1"], port=0)
    asked = choices[-1]
    panel.questions.setCurrentIndex(panel.questions.count() - 1)
    panel.questions.activated.emit(panel.questions.count() - 1)
    assert room.question is not None and room.question.segment_key == asked.segment_key
    page = request(address.port, "GET", f"/r/{address.secret}")
    assert asked.text.nl in page.html
    form = {"n": page.nonce(), "q": str(room.question.id), "answer": "Via de wijkavonden"}
    as_phone(lambda: post_form(address.port, f"/r/{address.secret}", form))
    phone_posts(address.port, address.secret, 1, "<b>onzin</b>", segment=asked.segment_key)
    qtbot.waitUntil(lambda: len(room.pending) == 2, timeout=10_000)
    answer, spam = room.pending
    assert spam.text == "<b>onzin</b>"  # plain text, as typed
    assert answer.is_answer and answer.segment_key == asked.segment_key
    assert "Via de wijkavonden" in panel.queue.list.item(0).text()
    panel.queue.list.setCurrentRow(1)
    QTest.keyClick(panel.queue.list, Qt.Key.Key_Delete)  # rejected: never on the wall
    assert room.pending == [answer]
    room.accept(answer.id)
    (note,) = workshop.store.networks.load_network(workshop.network_id).notes
    assert (note.text, note.segment_key, note.colour) == (
        "Via de wijkavonden",
        asked.segment_key,
        ANSWER_COLOUR,
    )


def test_editing_before_accepting(room_window: MainWindow, qtbot) -> None:
    window = room_window
    room, workshop = window.room, window.workshop
    address = room.open(hosts=["127.0.0.1"], port=0)
    key = workshop.focus_line().segment_keys[0]
    other = workshop.focus_line().segment_keys[2]
    phone_posts(address.port, address.secret, 3, "tikfoutt", segment=key)
    qtbot.waitUntil(lambda: len(room.pending) == 1, timeout=10_000)

    def fix() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.text.setPlainText("tikfout hersteld")
        dialog.set_segment(other)
        dialog.accept()

    QTimer.singleShot(0, fix)
    window.room_dock.panel.queue.edit_selected()
    assert room.pending == []
    (note,) = workshop.store.networks.load_network(workshop.network_id).notes
    assert (note.text, note.segment_key) == ("tikfout hersteld", other)


def test_another_network_closes_the_room_and_its_queue_waits_for_it(room_window, qtbot) -> None:
    window = room_window
    room, workshop = window.room, window.workshop
    first = workshop.network_id
    address = room.open(hosts=["127.0.0.1"], port=0)
    phone_posts(
        address.port, address.secret, 4, "blijft", segment=workshop.focus_line().segment_keys[0]
    )
    qtbot.waitUntil(lambda: len(room.pending) == 1, timeout=10_000)
    workshop.create_network("Zorgnetwerk Oost")
    assert not room.is_open
    assert room.pending == []  # never accepted into a network it was not sent to
    assert window.room_dock.panel.queue.list.count() == 0
    workshop.open_network(first)
    assert [item.text for item in room.pending] == ["blijft"]


def test_the_projector_shows_the_qr_code_and_the_program_the_queue(
    room_window: MainWindow, qtbot, tmp_path: Path
) -> None:
    window = room_window
    room = window.room
    presentation = openers.start_presentation(window)
    presentation.resize(1600, 900)
    assert presentation.chain.isVisible()
    QTest.keyClick(presentation.view, Qt.Key.Key_R)  # the presenter's key opens the room
    address = room.address
    assert address is not None
    try:
        qtbot.waitUntil(lambda: presentation.room_card.isVisible())
        assert not presentation.chain.isVisible()
        card = presentation.room_card
        assert address.short in card.address.text()
        assert address.code_shown in card.code.text()
        assert min(card.qr.width(), card.qr.height()) >= 400  # scannable from the back row
        assert address.host == "127.0.0.1"
        for label in (card.invitation, card.address, card.code):
            assert label.geometry().top() >= card.qr.geometry().bottom()
            assert label.geometry().bottom() <= card.height()
        # the painted code is the URL's code, module for module
        image = card.qr.grab().toImage()
        modules = qr_matrix(address.url)
        count = len(modules)
        size = (min(card.qr.width(), card.qr.height()) // count) * count
        left = (card.qr.width() - size) // 2
        top = (card.qr.height() - size) // 2
        ratio = image.width() / card.qr.width()
        step = size / count
        for row in range(count):
            for column in range(count):
                x = round((left + (column + 0.5) * step) * ratio)
                y = round((top + (row + 0.5) * step) * ratio)
                dark = QColor(image.pixel(x, y)).lightness() < 128
                assert dark == modules[row][column], (row, column)
        presentation.grab().save(str(tmp_path / "projector-room.png"))
        window.grab().save(str(tmp_path / "program-room.png"))
        # the queue is not on the projector
        assert window.room_dock.panel.queue.window() is window
        assert presentation.findChildren(type(window.room_dock.panel.queue)) == []
    finally:
        QTest.keyClick(presentation.view, Qt.Key.Key_R)  # and closes it
        assert not room.is_open
        qtbot.waitUntil(lambda: presentation.chain.isVisible())
        presentation.close()


def test_the_queue_is_kept_in_the_store_and_waits_after_a_restart(
    open_window, qtbot, monkeypatch
) -> None:
    window = open_window()
    monkeypatch.setattr(window.room_dock, "may_quit", lambda: True)
    window.workshop.create_network("Energieregio Noord")
    room = window.room
    address = room.open(hosts=["127.0.0.1"], port=0)
    key = window.workshop.focus_line().segment_keys[0]
    for phone in range(3):
        phone_posts(address.port, address.secret, phone, f"wacht {phone}", segment=key)
    qtbot.waitUntil(lambda: len(room.pending) == 3, timeout=10_000)
    room.reject(room.pending[1].id)
    assert window.close()
    again = open_window()  # the program started again on the same store
    again.workshop.open_network(window.workshop.network_id)
    assert [item.text for item in again.room.pending] == ["wacht 0", "wacht 2"]
    assert again.room_dock.panel.queue.list.count() == 2
    again.room.accept_all()
    assert again.workshop.store.room.waiting_arrivals(again.workshop.network_id) == []


def test_quitting_asks_first_only_for_arrivals_the_store_could_not_keep(
    room_window: MainWindow, qtbot, monkeypatch
) -> None:
    monkeypatch.undo()  # the real question
    window = room_window
    room = window.room
    address = room.open()
    key = window.workshop.focus_line().segment_keys[0]
    phone_posts(address.port, address.secret, 5, "bewaard", segment=key)
    qtbot.waitUntil(lambda: len(room.pending) == 1, timeout=10_000)

    def refuse(*args, **kwargs):
        raise StoreDiskFullError(window.workshop.store.path, "the disk is full")

    monkeypatch.setattr(window.workshop.store, "keep_arrivals", refuse)
    phone_posts(address.port, address.secret, 6, "niet bewaard", segment=key)
    qtbot.waitUntil(lambda: len(room.pending) == 2, timeout=10_000)
    assert [item.id > 0 for item in room.pending] == [True, False]
    answers = []

    def answer(button) -> None:
        box = QApplication.activeModalWidget()
        answers.append(box.text())
        box.button(button).click()

    try:
        QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
        assert not window.close()  # stays open, the room too
        assert window.isVisible() and room.is_open
        assert "1" in answers[0]
        QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
        assert window.close()
        assert not room.is_open
    finally:
        room.pending.clear()  # the window may be closed again at teardown


def test_rejecting_a_phones_post_it_is_one_undo_step(room_window: MainWindow) -> None:
    from app.room.submission import Incoming

    room, workshop = room_window.room, room_window.workshop
    segment = workshop.focus_line().segment_keys[1]
    first, second, third = (Incoming(n, segment, f"Idee {n}", "Deelnemer") for n in (1, 2, 3))
    room.pending.extend([first, second, third])
    queue = room_window.room_dock.panel.queue
    room.queueChanged.emit()
    assert queue.list.count() == 3
    room.reject(second.id)
    assert room.pending == [first, third] and queue.list.count() == 2
    assert workshop.undo_stack.undoText() == "Reject a post-it from the room"
    workshop.undo_stack.undo()
    texts = [item.text for item in room.pending]
    assert texts == ["Idee 1", "Idee 2", "Idee 3"]  # back in its place
    assert queue.list.count() == 3
    back = room.pending[1]  # kept in the store again, under the id the store gave it
    assert [a.id for a in workshop.store.room.waiting_arrivals(workshop.network_id)] == [back.id]
    workshop.undo_stack.redo()
    assert room.pending == [first, third]
    assert workshop.store.room.waiting_arrivals(workshop.network_id) == []
    assert workshop.store.notes.list_notes(workshop.network_id) == ()  # never in the store
