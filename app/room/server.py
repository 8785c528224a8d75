"""The room's web server (aiohttp) in a background thread: serves the phone page, checks each
form and puts the post-its in `inbox` for the program. It never touches the store.

It listens only between `open()` and `close()`: the sockets are bound in `open()` (so a port
in use is an error at once, in the caller's thread) and closed in `close()`.
"""

from __future__ import annotations

import asyncio
import hmac
import itertools
import logging
import math
import queue
import secrets
import socket
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from urllib.parse import parse_qs

from aiohttp import web

from app.core.model import Language
from app.room.address import RoomAddress, RoomOpenError
from app.room.board import AskedQuestion, RoomBoard
from app.room.connections import BODY_SECONDS, HEADER_SECONDS, ConnectionGuard
from app.room.descriptors import connection_budget
from app.room.limiter import RateLimiter
from app.room.measures import AskedIndicator
from app.room.once import OncePerPeriod, loop_error_handler
from app.room.page import Page, join_page, message_page, phone_page
from app.room.phone_texts import choose_language
from app.room.photos import MAX_UPLOAD, PhotoError, PhotoProblem, clean_photo
from app.room.submission import (
    MAX_BODY,
    TYPED_FIELDS,
    Incoming,
    Problem,
    SubmissionError,
    check_form,
    parse_form,
    read_multipart,
)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]  # what a middleware wraps

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off a wall
CODE_LENGTH = 6  # 32**6 ≈ 10**9 codes against at most one wrong try per 2 s per phone
SEEN_NONCES = 20_000  # forms remembered to spot a resend (a double tap, a reload)
KEEP_SECONDS = 5.0  # how long a phone waits for the program to keep what it sent
SHUTDOWN_SECONDS = 1.0  # open phone connections get this long to finish when the room closes
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
HEADERS = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Server": "netimpact-room",
}
log = logging.getLogger("netimpact.room")


def _normal_code(text: str) -> str:
    return "".join(character for character in text.upper() if character.isalnum())


class RoomServer:
    """One open room at a time. `on_arrival` is called in the server's thread after post-its
    were put in `inbox`; the program answers by draining the inbox in its own thread."""

    def __init__(
        self,
        board: RoomBoard,
        on_arrival: Callable[[], None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
        max_connections: int | None = None,
        header_seconds: float = HEADER_SECONDS,
        body_seconds: float = BODY_SECONDS,
        confirm_keeping: bool = False,
    ) -> None:
        self.inbox: queue.SimpleQueue[Incoming] = queue.SimpleQueue()
        self._board = board
        self._on_arrival = on_arrival
        self._clock = clock
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sockets: list[socket.socket] = []
        self.address: RoomAddress | None = None
        self.guard: ConnectionGuard | None = None
        self._max_connections = max_connections  # None: what the descriptors allow
        self._header_seconds = header_seconds
        self._body_seconds = body_seconds
        # True: "arrived" waits for `kept()` from the program (see `_handed_over`).
        self.confirm_keeping = confirm_keeping
        self._waiting: dict[int, asyncio.Future[None]] = {}
        self._said = OncePerPeriod(log)
        self._loop_error = loop_error_handler(self._said)
        self._reset()

    def _reset(self) -> None:
        self._notes = RateLimiter()
        self._joins = RateLimiter()
        self._asked: dict[int, AskedQuestion] = {}
        self._indicators: dict[int, AskedIndicator] = {}
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._ids = itertools.count(1)

    # --- opening and closing ----------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._thread is not None

    def bound(self) -> list[tuple[str, int]]:
        return [sock.getsockname()[:2] for sock in self._sockets]

    def set_board(self, board: RoomBoard) -> None:
        """What the page offers from now on (one reference swap: safe from any thread)."""
        self._board = board

    def open(self, hosts: Sequence[str], port: int = 0) -> RoomAddress:
        """Listen on `hosts` (the first is the one shown), on `port` if free, else any port."""
        if self.is_open:
            raise RoomOpenError("the room is open already")
        if not hosts:
            raise RoomOpenError("no address to listen on")
        self._sockets = self._bind(hosts, port)
        if not self._sockets and port:
            self._sockets = self._bind(hosts, 0)
        if not self._sockets:
            raise RoomOpenError(f"cannot listen on {', '.join(hosts)}")
        self._reset()
        secret = secrets.token_urlsafe(16)
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        host, chosen = self._sockets[0].getsockname()[:2]
        self.address = RoomAddress(host, chosen, secret, code)
        ready = threading.Event()
        failure: list[BaseException] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._serve, args=(ready, failure), name="room-server", daemon=True
        )
        self._thread.start()
        ready.wait(10)
        if failure or not ready.is_set():
            self.close()
            raise RoomOpenError(f"the room server did not start: {failure[:1]}")
        return self.address

    @staticmethod
    def _bind(hosts: Sequence[str], port: int) -> list[socket.socket]:
        """One listening socket per host, all on one port; [] if the first cannot be had."""
        sockets: list[socket.socket] = []
        for host in hosts:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            if sys.platform != "win32":  # elsewhere it would let another program share the port
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((host, port))
                sock.listen(128)
            except OSError:
                sock.close()
                if not sockets:
                    return []
                continue  # an extra address that went away: serve on the others
            sock.setblocking(False)
            port = sock.getsockname()[1]
            sockets.append(sock)
        return sockets

    def _serve(self, ready: threading.Event, failure: list[BaseException]) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        loop.set_exception_handler(self._loop_error)  # never a traceback per refused socket
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])  # forms
        app.router.add_get("/", self._join_form)
        app.router.add_post("/join", self._join)
        app.router.add_get("/r/{secret}", self._page)
        app.router.add_post("/r/{secret}", self._submit)
        runner = web.AppRunner(
            app, access_log=None, shutdown_timeout=SHUTDOWN_SECONDS, keepalive_timeout=15
        )
        servers: list[asyncio.Server] = []
        try:
            loop.run_until_complete(runner.setup())
            assert runner.server is not None
            total = self._max_connections or connection_budget()
            self.guard = ConnectionGuard(
                runner.server, total, header_seconds=self._header_seconds, said=self._said
            )
            for sock in self._sockets:
                servers.append(
                    loop.run_until_complete(loop.create_server(self.guard, sock=sock, backlog=128))
                )
        except BaseException as error:  # reported to open(), which closes the room
            failure.append(error)
            return
        ready.set()
        try:
            loop.run_forever()
        finally:
            for server in servers:
                server.close()
            loop.run_until_complete(runner.cleanup())
            self.guard.abort_all()
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()

    def close(self) -> None:
        """Stop serving and free the port; waiting post-its stay in `inbox`."""
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
        for sock in self._sockets:
            sock.close()
        self._sockets = []
        self._thread = None
        self._loop = None
        self.address = None

    # --- answering --------------------------------------------------------------------------

    def _language(self, request: web.Request) -> Language:
        return choose_language(request.headers.get("Accept-Language"), self._board.language)

    @staticmethod
    def _respond(page: Page, status: int = 200) -> web.Response:
        response = web.Response(text=page.html, status=status, content_type="text/html")
        response.headers["Content-Security-Policy"] = page.csp
        return response

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Strict headers on every answer, and our own words for aiohttp's errors. While a
        request is handled its connection is busy (no header deadline, never evicted)."""
        connection = self.guard.connection(request.transport) if self.guard else None
        if connection is not None:
            connection.handling()
        try:
            response: web.StreamResponse = await handler(request)
        except web.HTTPException as error:
            key = {400: "malformed", 403: "forbidden", 408: "slow", 413: "too_long"}.get(
                error.status, "not_found"
            )
            response = self._respond(message_page(self._language(request), key), error.status)
        finally:
            if connection is not None:
                connection.wait_for_request()
        for name, value in HEADERS.items():
            response.headers[name] = value
        return response

    def _authorised(self, request: web.Request) -> bool:
        given = request.match_info.get("secret", "")
        expected = self.address.secret if self.address else ""
        return bool(expected) and hmac.compare_digest(given.encode(), expected.encode())

    async def _body(self, request: web.Request) -> bytes:
        """The request's body, if it comes in time (a slow body holds a connection as a slow
        header would)."""
        try:
            return await asyncio.wait_for(request.read(), self._body_seconds)
        except TimeoutError:
            raise web.HTTPRequestTimeout() from None

    async def _join_form(self, request: web.Request) -> web.Response:
        return self._respond(join_page(self._language(request)))

    async def _join(self, request: web.Request) -> web.StreamResponse:
        language = self._language(request)
        body = await self._body(request)
        try:
            fields = parse_qs(body.decode("ascii"), max_num_fields=1, errors="strict")
            typed = fields.get("code", [""])[0]
        except (UnicodeDecodeError, ValueError):
            raise web.HTTPBadRequest() from None
        if not self._joins.take(request.remote or "", self._clock()).allowed:
            return self._respond(message_page(language, "too_fast"), 429)
        assert self.address is not None
        if hmac.compare_digest(_normal_code(typed).encode(), self.address.code.encode()):
            return web.Response(status=303, headers={"Location": f"/r/{self.address.secret}"})
        return self._respond(join_page(language, wrong_code=True, code=typed[:16]), 403)

    def _form_page(
        self,
        request: web.Request,
        form: dict[str, str] | None = None,
        notice: tuple[bool, str] | None = None,
        status: int = 200,
    ) -> web.Response:
        board = self._board
        if board.question is not None:
            self._asked.setdefault(board.question.id, board.question)
        if board.indicator is not None:
            self._indicators.setdefault(board.indicator.id, board.indicator)
        page = phone_page(
            board, self._language(request), request.path, secrets.token_urlsafe(16), form, notice
        )
        return self._respond(page, status)

    async def _page(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            raise web.HTTPForbidden()
        return self._form_page(request)

    async def _submit(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            raise web.HTTPForbidden()
        photo: bytes | None = None
        if request.content_type == MULTIPART:  # the page with a photo field sends this
            if (request.content_length or 0) > MAX_BODY + MAX_UPLOAD:
                raise web.HTTPRequestEntityTooLarge(
                    MAX_BODY + MAX_UPLOAD, request.content_length or 0
                )
            try:
                form, sent = await asyncio.wait_for(read_multipart(request), self._body_seconds)
            except TimeoutError:
                raise web.HTTPRequestTimeout() from None
            except SubmissionError as error:
                too_big = error.problem in (Problem.TOO_LONG, Problem.PHOTO_TOO_LARGE)
                status = 413 if too_big else 400
                return self._form_page(request, error.form, (False, error.problem.value), status)
        elif request.content_type == FORM:
            if (request.content_length or 0) > MAX_BODY:
                raise web.HTTPRequestEntityTooLarge(MAX_BODY, request.content_length or 0)
            body, sent = await self._body(request), b""
        else:
            return self._form_page(request, notice=(False, Problem.MALFORMED.value), status=415)
        try:
            if not sent and request.content_type == FORM:
                form = parse_form(body)
            submission = check_form(form, self._board, self._asked, self._indicators)
        except SubmissionError as error:
            status = 413 if error.problem is Problem.TOO_LONG else 400
            return self._form_page(request, error.form, (False, error.problem.value), status)
        if sent:
            typed = {field: form.get(field, "") for field in ("name", *TYPED_FIELDS)}
            if submission.story is None and not submission.measure:
                alone = "photo_without_story" if self._board.stories else "photo_without_answer"
                return self._form_page(request, typed, (False, alone), 400)
            try:  # decoding is work for a core, not for the event loop
                photo = await asyncio.get_running_loop().run_in_executor(None, clean_photo, sent)
            except PhotoError as error:
                status = 413 if error.problem is PhotoProblem.TOO_LARGE else 400
                return self._form_page(request, typed, (False, error.problem.value), status)
            submission = replace(submission, photo=photo)
        kept = {"name": submission.name, "segment": submission.segment_key}
        if submission.nonce in self._seen:
            return self._form_page(request, kept, (True, "arrived_already"))
        decision = self._notes.take(request.remote or "", self._clock())
        if not decision.allowed:
            typed = {**kept, **{field: form.get(field, "") for field in TYPED_FIELDS}}
            response = self._form_page(request, typed, (False, "too_fast"), 429)
            response.headers["Retry-After"] = str(math.ceil(decision.retry_after))
            return response
        self._seen[submission.nonce] = None
        if len(self._seen) > SEEN_NONCES:
            self._seen.popitem(last=False)
        ids = []
        for item in submission.arrivals(self._ids, request.remote or ""):
            ids.append(item.id)
            self.inbox.put(item)
        await self._handed_over(ids)
        return self._form_page(request, kept, (True, "arrived"))

    async def _handed_over(self, ids: list[int]) -> None:
        """Tell the program; with `confirm_keeping`, wait (a while) until it says it kept the
        arrivals in the store, so a phone hears "arrived" only for what a kill cannot lose."""
        if not self.confirm_keeping:
            self._on_arrival()
            return
        loop = asyncio.get_running_loop()
        waiting = [loop.create_future() for _ in ids]
        self._waiting.update(zip(ids, waiting, strict=True))
        self._on_arrival()
        try:
            await asyncio.wait_for(asyncio.gather(*waiting), KEEP_SECONDS)
        except TimeoutError:
            self._said.say("keep", "room: the program was slow to keep arrivals")
        finally:
            for item_id in ids:
                self._waiting.pop(item_id, None)

    def kept(self, ids: Sequence[int]) -> None:
        """The program kept these arrivals (by the ids the server gave them); any thread."""
        loop = self._loop
        if loop is None or not loop.is_running():
            return

        def release() -> None:
            for item_id in ids:
                future = self._waiting.pop(item_id, None)
                if future is not None and not future.done():
                    future.set_result(None)

        loop.call_soon_threadsafe(release)
