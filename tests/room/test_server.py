"""The room's server in-process, on 127.0.0.1 with a port the system picks: the flow of a note,
the secret, the limits, the rate limit, bad forms, the queue order and closing."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from app.core.limits import MAX_NOTE
from app.room.server import RoomServer
from app.room.submission import MAX_BODY, Incoming
from tests.room.phones import board, line_keys, post_form, request

NL = {"Accept-Language": "nl-NL,nl;q=0.9"}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def room(clock: Clock) -> Iterator[RoomServer]:
    arrivals = threading.Semaphore(0)
    server = RoomServer(board(), on_arrival=arrivals.release, clock=clock)
    server.arrivals = arrivals  # type: ignore[attr-defined]
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


def send(room: RoomServer, text: str, segment: str | None = None, **fields: str):
    page = request(port(room), "GET", path(room))
    form = {"n": page.nonce(), "segment": line_keys()[0] if segment is None else segment}
    form.update(text=text, **fields)
    return post_form(port(room), path(room), form, headers=NL)


def test_a_note_arrives_in_the_inbox_and_the_phone_is_told(room: RoomServer) -> None:
    page = request(port(room), "GET", path(room), headers=NL)
    assert page.status == 200
    assert "Verstuur" in page.html
    answer = post_form(
        port(room),
        path(room),
        {
            "n": page.nonce(),
            "name": "Ans",
            "segment": line_keys()[1],
            "text": "Meer <b>contact</b>",
        },
        headers=NL,
    )
    assert answer.status == 200
    assert "Aangekomen" in answer.html
    assert 'value="Ans"' in answer.html  # the name stays for the next note
    assert f'value="{line_keys()[1]}" checked' in answer.html
    assert answer.nonce() != page.nonce()
    assert room.arrivals.acquire(timeout=5)  # type: ignore[attr-defined]
    (item,) = drain(room)
    assert (item.segment_key, item.text, item.name) == (
        line_keys()[1],
        "Meer <b>contact</b>",
        "Ans",
    )
    assert item.post_it_text() == "Meer <b>contact</b>\n— Ans"
    assert "Meer &lt;b&gt;contact" not in answer.html  # the arrived text is not echoed back


def test_an_answer_to_the_asked_question(room: RoomServer) -> None:
    page = request(port(room), "GET", path(room))
    post_form(port(room), path(room), {"n": page.nonce(), "q": "1", "answer": "Via de wijkavond"})
    (item,) = drain(room)
    assert item.is_answer and item.segment_key == board().question.segment_key


@pytest.mark.parametrize(
    ("method", "where"),
    [
        ("GET", "/r/wrong-secret-wrong-secret"),
        ("POST", "/r/wrong-secret-wrong-secret"),
        ("GET", "/r/"),
        ("POST", "/r/"),
    ],
)
def test_without_the_secret_the_answer_is_403_or_404(room: RoomServer, method, where) -> None:
    answer = (
        post_form(port(room), where, {"n": "x" * 20, "text": "x"})
        if method == "POST"
        else (request(port(room), method, where))
    )
    assert answer.status in (403, 404)
    if where != "/r/":
        assert answer.status == 403
    assert "Verstuur" not in answer.html and "Send" not in answer.html
    assert drain(room) == []


def test_the_short_address_asks_for_the_room_code(room: RoomServer) -> None:
    assert room.address is not None
    join = request(port(room), "GET", "/")
    assert join.status == 200 and 'name="code"' in join.html
    wrong = post_form(port(room), "/join", {"code": "AAAAAA"})
    assert wrong.status == 403
    typed = room.address.code_shown.lower().replace("-", " ")
    right = post_form(port(room), "/join", {"code": typed})
    assert right.status == 303
    assert right.headers["location"] == path(room)


def test_room_code_guessing_is_rate_limited(room: RoomServer) -> None:
    statuses = [post_form(port(room), "/join", {"code": "AAAAAA"}).status for _ in range(7)]
    assert statuses[:5] == [403] * 5
    assert statuses[5:] == [429, 429]


def test_every_answer_has_strict_headers_and_no_cookie(room: RoomServer) -> None:
    answers = [
        request(port(room), "GET", path(room)),
        request(port(room), "GET", "/"),
        request(port(room), "GET", "/r/nope"),
        request(port(room), "GET", "/favicon.ico"),
        request(port(room), "DELETE", path(room)),
        send(room, "x"),
    ]
    for answer in answers:
        headers = answer.headers
        assert headers["cache-control"] == "no-store"
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert "set-cookie" not in headers
        assert "aiohttp" not in headers.get("server", "").lower()


@pytest.mark.parametrize(
    "where",
    [
        "/../../../../etc/passwd",
        "/r/%2e%2e/%2e%2e/pyproject.toml",
        "/app/room/server.py",
        "/static/../pyproject.toml",
        "//etc/passwd",
    ],
)
def test_no_path_leads_to_a_file(room: RoomServer, where: str) -> None:
    answer = request(port(room), "GET", where)
    assert answer.status in (403, 404)
    assert "root:" not in answer.html and "[project]" not in answer.html
    assert "import" not in answer.html


def test_a_body_over_the_limit_is_refused_and_nothing_arrives(room: RoomServer) -> None:
    page = request(port(room), "GET", path(room))
    fields = {"n": page.nonce(), "segment": line_keys()[0], "text": "x" * MAX_BODY}
    answer = post_form(port(room), path(room), fields)
    assert answer.status == 413
    assert drain(room) == []


def test_a_note_over_the_stores_limit_is_refused_with_the_text_kept(room: RoomServer) -> None:
    answer = send(room, "y" * (MAX_NOTE + 1))
    assert answer.status == 413
    assert "y" * (MAX_NOTE + 1) in answer.html  # back in the text field: nothing is lost
    assert drain(room) == []


def test_the_rate_limit_refuses_the_sixth_quick_note_and_keeps_its_text(
    room: RoomServer, clock: Clock
) -> None:
    statuses = [send(room, f"noot {index}").status for index in range(5)]
    sixth = send(room, "de zesde")
    assert statuses == [200] * 5
    assert sixth.status == 429
    assert sixth.headers["retry-after"] == "2"
    assert "de zesde" in sixth.html and "Even rustig aan" in sixth.html
    clock.now += 2.0
    assert send(room, "na twee seconden").status == 200
    assert [item.text for item in drain(room)] == [
        *(f"noot {i}" for i in range(5)),
        "na twee seconden",
    ]


def test_phones_are_limited_each_on_their_own(room: RoomServer) -> None:
    for _ in range(5):
        send(room, "a")
    assert send(room, "a").status == 429
    page = request(port(room), "GET", path(room), source="127.0.0.2")
    other = post_form(
        port(room),
        path(room),
        {"n": page.nonce(), "segment": line_keys()[0], "text": "b"},
        source="127.0.0.2",
    )
    assert other.status == 200
    assert [item.client for item in drain(room)][-1] == "127.0.0.2"


def test_unknown_segment_keys_are_refused(room: RoomServer) -> None:
    for key in ("ring1.unknown", "../../etc", "", "ring1"):
        answer = send(room, "tekst", segment=key)
        assert answer.status == 400, key
        assert "tekst</textarea>" in answer.html
    assert drain(room) == []


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b"n=aaaaaaaaaaaaaaaaaaaa&text=%FF&segment=ring1.meeting_reach", None, 400),
        (b"n=aaaaaaaaaaaaaaaaaaaa&text=a&text=b&segment=ring1.meeting_reach", None, 400),
        (b"n=aaaaaaaaaaaaaaaaaaaa&evil=1", None, 400),
        (b"\xff\xfe\x00garbage", None, 400),
        (b'{"text": "json"}', "application/json", 415),
        (
            b"--x\r\nContent-Disposition: form-data; name=text\r\n\r\nhi\r\n--x--",
            "multipart/form-data; boundary=x",
            400,  # multipart is how a photo comes; this one has no nonce
        ),
        (
            b"--x\r\nContent-Disposition: form-data; name=evil\r\n\r\nhi\r\n--x--",
            "multipart/form-data; boundary=x",
            400,
        ),
        (b"text=zonder-nonce&segment=ring1.meeting_reach", None, 400),
    ],
)
def test_malformed_bodies_get_a_clear_refusal(room, body, content_type, status) -> None:
    headers = {"Content-Type": content_type or "application/x-www-form-urlencoded"}
    answer = request(port(room), "POST", path(room), body, headers)
    assert answer.status == status
    assert "<form" in answer.html  # the page is back, ready for another try
    assert drain(room) == []


def test_a_resent_form_arrives_once(room: RoomServer) -> None:
    page = request(port(room), "GET", path(room))
    form = {"n": page.nonce(), "segment": line_keys()[0], "text": "twee keer getikt"}
    first = post_form(port(room), path(room), form, headers=NL)
    again = post_form(port(room), path(room), form, headers=NL)
    assert first.status == again.status == 200
    assert "al aangekomen" in again.html
    assert len(drain(room)) == 1


def test_the_queue_keeps_the_order_of_arrival(room: RoomServer, clock: Clock) -> None:
    texts = []
    for index in range(12):
        clock.now += 2.0
        texts.append(f"noot {index:02}")
        send(room, texts[-1])
    items = drain(room)
    assert [item.text for item in items] == texts
    assert [item.id for item in items] == sorted(item.id for item in items)


def test_changing_the_board_changes_the_page(room: RoomServer) -> None:
    room.set_board(board(with_question=False, network="Zorgnetwerk Oost"))
    page = request(port(room), "GET", path(room))
    assert "Zorgnetwerk Oost" in page.html and 'name="answer"' not in page.html


def test_closing_the_room_frees_the_port_and_stops_the_thread(clock: Clock) -> None:
    server = RoomServer(board(), clock=clock)
    address = server.open(["127.0.0.1"], 0)
    assert request(address.port, "GET", f"/r/{address.secret}").status == 200
    server.close()
    assert not server.is_open
    assert not any(thread.name == "room-server" for thread in threading.enumerate())
    with pytest.raises(ConnectionRefusedError):
        request(address.port, "GET", f"/r/{address.secret}")
    probe = socket.socket()
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", address.port))  # fails while anything still listens there
        probe.listen(1)
    finally:
        probe.close()


def test_a_reopened_room_has_a_new_secret_and_code(clock: Clock) -> None:
    server = RoomServer(board(), clock=clock)
    first = server.open(["127.0.0.1"], 0)
    server.close()
    second = server.open(["127.0.0.1"], first.port)
    try:
        assert second.port == first.port
        assert (second.secret, second.code) != (first.secret, first.code)
        assert request(second.port, "GET", f"/r/{first.secret}").status == 403
    finally:
        server.close()


def test_a_port_in_use_gives_way_to_a_free_one(clock: Clock) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    server = RoomServer(board(), clock=clock)
    try:
        address = server.open(["127.0.0.1"], taken.getsockname()[1])
        assert address.port != taken.getsockname()[1]
    finally:
        server.close()
        taken.close()
