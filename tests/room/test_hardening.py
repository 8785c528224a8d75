"""The room server against a hostile guest, in-process on 127.0.0.1 with real sockets:
connection caps per address and in total, slow headers and bodies cut off, refusals logged
once, texts limited by characters (1- to 4-byte), bidi controls and invisible texts."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from app.core.limits import MAX_NOTE
from app.room.connections import PER_ADDRESS
from app.room.server import RoomServer
from app.room.submission import Incoming
from tests.room.phones import board, line_keys, post_form, request

SLOW_HEADER = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"  # never finished


@pytest.fixture
def room() -> Iterator[RoomServer]:
    arrivals = threading.Semaphore(0)
    server = RoomServer(
        board(), arrivals.release, max_connections=40, header_seconds=1, body_seconds=1
    )
    server.open(["127.0.0.1"], 0)
    yield server
    server.close()


def port(room: RoomServer) -> int:
    assert room.address is not None
    return room.address.port


def path(room: RoomServer) -> str:
    assert room.address is not None
    return f"/r/{room.address.secret}"


def drain(room: RoomServer) -> list[Incoming]:
    items = []
    while not room.inbox.empty():
        items.append(room.inbox.get_nowait())
    return items


def half_open(room: RoomServer, source: str, count: int) -> list[socket.socket]:
    """`count` connections from `source` that start a request and never finish it."""
    sockets = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port(room)), 5, (source, 0))
        sock.sendall(SLOW_HEADER)
        sockets.append(sock)
    return sockets


def refused(sock: socket.socket) -> bool:
    """Whether the server closed `sock` (with or without its short 503)."""
    sock.settimeout(5)
    try:
        data = sock.recv(4096)
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False
    return data == b"" or data.startswith(b"HTTP/1.1 503")


def wait_until(condition, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def note(room: RoomServer, text: str, source: str | None = None, **extra: str):
    page = request(port(room), "GET", path(room), source=source)
    form = {"n": page.nonce(), "segment": line_keys()[0], "text": text, **extra}
    return post_form(port(room), path(room), form, source=source)


def test_one_address_gets_its_cap_and_an_honest_phone_still_gets_in(room, caplog) -> None:
    caplog.set_level(logging.WARNING, "netimpact.room")
    hog = half_open(room, "127.0.0.2", PER_ADDRESS + 20)
    try:
        assert wait_until(lambda: room.guard is not None and len(room.guard) == PER_ADDRESS)
        assert all(refused(sock) for sock in hog[PER_ADDRESS:])
        assert room.guard.refused >= 20
        assert note(room, "Ik kom er nog door", source="127.0.0.3").status == 200
        assert [item.text for item in drain(room)] == ["Ik kom er nog door"]
    finally:
        for sock in hog:
            sock.close()
    refusals = [r for r in caplog.records if "over its cap" in r.getMessage()]
    assert len(refusals) == 1  # once per period, not once per socket


def test_a_full_room_makes_way_for_a_new_phone(room) -> None:
    crowd = [sock for n in range(2, 5) for sock in half_open(room, f"127.0.0.{n}", PER_ADDRESS)]
    try:
        assert wait_until(lambda: len(room.guard) == 40)  # the total cap of this room
        assert note(room, "Nieuwe telefoon", source="127.0.0.9").status == 200
        assert room.guard.evicted >= 1
        assert len(room.guard) <= 40
    finally:
        for sock in crowd:
            sock.close()
    assert [item.text for item in drain(room)] == ["Nieuwe telefoon"]


def test_slow_headers_are_cut_off_and_the_server_answers_after(room, caplog) -> None:
    caplog.set_level(logging.WARNING, "netimpact.room")
    slow = half_open(room, "127.0.0.5", 3)
    try:
        for sock in slow:
            sock.sendall(b"X-A: 1\r\n")  # a byte now and then keeps no deadline open
        started = time.monotonic()
        assert all(refused(sock) for sock in slow)
        assert time.monotonic() - started < 4.5
        assert wait_until(lambda: len(room.guard) == 0)
    finally:
        for sock in slow:
            sock.close()
    assert note(room, "Daarna gewoon").status == 200
    assert sum("too slow" in r.getMessage() for r in caplog.records) == 1


def test_a_slow_body_is_cut_off(room) -> None:
    with socket.create_connection(("127.0.0.1", port(room)), 5) as sock:
        sock.sendall(
            f"POST {path(room)} HTTP/1.1\r\nHost: x\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 100\r\n\r\nn=".encode()
        )
        sock.settimeout(10)
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 408")
    assert drain(room) == []


@pytest.mark.parametrize("character", ["a", "é", "€", "😀"], ids=["1-byte", "2", "3", "4"])
def test_the_limit_is_in_characters_whatever_their_bytes(room, character: str) -> None:
    assert len(character.encode()) in (1, 2, 3, 4)
    assert note(room, character * MAX_NOTE).status == 200
    (item,) = drain(room)
    assert item.text == character * MAX_NOTE
    over = note(room, character * (MAX_NOTE + 1))
    assert over.status == 413
    assert character * (MAX_NOTE + 1) in over.html  # the phone gets its text back
    assert drain(room) == []


def test_seven_hundred_accented_letters_arrive(room) -> None:
    assert note(room, "é" * 700).status == 200
    assert [item.text for item in drain(room)] == ["é" * 700]


def test_a_text_arrives_normalised_and_in_the_order_it_was_typed(room) -> None:
    assert (
        note(room, "Lees dit \u202eSIHT DAER\u202c e\u0301\u2066x\u2069", name="A\u200fn").status
        == 200
    )
    (item,) = drain(room)
    assert item.text == "Lees dit SIHT DAER éx"
    assert item.name == "An"


@pytest.mark.parametrize(
    "invisible",
    ["\u200b\u200b\u200b", "\u200d\u2060\ufeff", "\u202e\u202c", "\u3164\u2800", " \u00ad\n\t"],
)
def test_a_text_of_invisible_characters_is_refused_as_empty(room, invisible: str) -> None:
    answer = note(room, invisible)
    assert answer.status == 400
    assert "Schrijf eerst iets op" in answer.html or "Write something first" in answer.html
    assert drain(room) == []


def test_an_emoji_joined_with_zero_width_joiners_is_kept_whole(room) -> None:
    family = "\U0001f469\u200d\U0001f469\u200d\U0001f467"
    assert note(room, family).status == 200
    assert [item.text for item in drain(room)] == [family]
