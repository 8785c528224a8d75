"""The room under hostile input and faults (issue 27): invalid percent-escapes are a malformed
form, not literal text; a fault repeated per socket is logged once per period."""

from __future__ import annotations

import asyncio
import errno
import logging
import threading
from collections.abc import Iterator

import pytest

from app.room.once import OncePerPeriod, loop_error_handler
from app.room.server import RoomServer
from app.room.submission import Problem, SubmissionError, parse_form
from tests.room.phones import board, line_keys, post_form, request


@pytest.fixture
def room() -> Iterator[RoomServer]:
    arrivals = threading.Semaphore(0)
    server = RoomServer(board(), on_arrival=arrivals.release)
    server.open(["127.0.0.1"], 0)
    yield server
    server.close()


@pytest.mark.parametrize(
    "body", [b"text=%ZZ%", b"text=abc%", b"text=%4", b"text=ok&segment=%G1", b"n=%%41"]
)
def test_invalid_percent_escapes_are_malformed(body: bytes) -> None:
    with pytest.raises(SubmissionError) as refused:
        parse_form(body)
    assert refused.value.problem is Problem.MALFORMED


def test_valid_escapes_still_read() -> None:
    assert parse_form(b"text=100%25+zeker%21") == {"text": "100% zeker!"}


def test_the_room_refuses_a_note_with_invalid_escapes_and_nothing_arrives(room: RoomServer):
    assert room.address is not None
    port, path = room.address.port, f"/r/{room.address.secret}"
    page = request(port, "GET", path)
    body = f"n={page.nonce()}&segment={line_keys()[0]}&text=%ZZ%".encode()
    answer = request(
        port, "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert answer.status == 400
    assert room.inbox.empty()
    good = post_form(port, path, {"n": page.nonce(), "segment": line_keys()[0], "text": "100%"})
    assert good.status == 200 and room.inbox.get_nowait().text == "100%"


def test_the_room_loop_logs_through_the_once_per_period_handler(room: RoomServer):
    assert room._loop is not None
    assert room._loop.get_exception_handler() is room._loop_error


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_fault_per_socket_is_logged_once_per_period(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    said = OncePerPeriod(logging.getLogger("test.room"), period=60.0, clock=clock)
    handler = loop_error_handler(said)
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    out_of_files = OSError(errno.EMFILE, "Too many open files")
    try:
        with caplog.at_level(logging.ERROR, logger="test.room"):
            for _ in range(100_000):  # what an open-files limit of 256 did per refused socket
                loop.call_exception_handler(
                    {"message": "socket.accept() out of system resource", "exception": out_of_files}
                )
            loop.call_exception_handler({"message": "another fault"})
            clock.now = 61.0
            loop.call_exception_handler(
                {"message": "socket.accept() out of system resource", "exception": out_of_files}
            )
    finally:
        loop.close()
    records = caplog.records
    assert len(records) == 3
    assert records[0].exc_info is not None  # the first: with its traceback
    assert "99,999 more like it" in records[2].getMessage() and records[2].exc_info is None
    assert sum(len(record.getMessage()) for record in records) < 1_000
