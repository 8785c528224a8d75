"""A phone for tests: plain HTTP to the room on the loopback address, as a browser would."""

from __future__ import annotations

import http.client
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from app.core.model import Text, default_model
from app.core.wheel_layout import CALM
from app.room.board import AskedQuestion, RoomBoard, build_board


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    html: str

    def nonce(self) -> str:
        found = re.search(r'name="n" value="([^"]+)"', self.html)
        assert found, "the page has no form nonce"
        return found.group(1)


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    source: str | None = None,
) -> Answer:
    """One request to 127.0.0.1:`port`; `source` picks the phone's own loopback address."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=10, source_address=(source, 0) if source else None
    )
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        html = response.read().decode("utf-8")
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, html)
    finally:
        connection.close()


def post_form(port: int, path: str, fields: dict[str, str], **kwargs) -> Answer:
    body = urlencode(fields).encode("ascii")
    headers = {"Content-Type": "application/x-www-form-urlencoded", **kwargs.pop("headers", {})}
    return request(port, "POST", path, body, headers, **kwargs)


def line_keys() -> tuple[str, ...]:
    return tuple(ring.segments[0].key for ring in default_model().rings)


def question(question_id: int = 1) -> AskedQuestion:
    model = default_model()
    segment = model.rings[1].segments[0]
    return AskedQuestion(
        question_id,
        segment.key,
        model.rings[1].short_label,
        Text(segment.inside_out.nl[0], segment.inside_out.en[0]),
    )


def board(with_question: bool = True, network: str = "Energieregio Noord") -> RoomBoard:
    return build_board(
        default_model(),
        network,
        line_keys(),
        {},
        CALM,
        question() if with_question else None,
    )


def post_multipart(
    port: int,
    path: str,
    fields: list[tuple[str, str]],
    photo: tuple[str, str, bytes] | None = None,
    after: list[tuple[str, str]] = (),  # type: ignore[assignment]
    **kwargs,
) -> Answer:
    """A form with a file, as a browser sends it (multipart/form-data): the text fields in
    order, then the photo as (file name, content type, bytes)."""
    boundary = "----netimpact-test-boundary-7MA4YWxkTrZu0gW"
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode("utf-8")
            + b"\r\n"
        )
    if photo is not None:
        filename, content_type, data = photo
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="photo"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + data
            + b"\r\n"
        )
    for name, value in after:  # fields the page puts after the photo
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode("utf-8")
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    headers = {
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        **kwargs.pop("headers", {}),
    }
    return request(port, "POST", path, body, headers, **kwargs)
