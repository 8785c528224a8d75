"""Room load benchmark: 100 simulated phones send 10 post-its each to the room on 127.0.0.1,
while the program's window keeps drawing.

Run with `make bench`. Each phone has its own loopback address (127.0.0.2 …), as phones on a
Wi-Fi have their own, so each has its own rate limit: a burst of five notes, then one per two
seconds; a phone told "429, retry after N s" waits and sends the same form again (its nonce
makes the resend count once). Prints POST latency (median, p95) beside a bare-request floor
(an aiohttp handler that reads the body and answers "ok", same clients, same load), and the
window's frame time (events + a 1280×720 render of the turning wheel) idle and while notes
arrive. Fails on any lost or duplicated post-it. Bounded: everything stops after 120 s.
"""

from __future__ import annotations

import asyncio
import re
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path

import aiohttp
from aiohttp import web
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from app.core.model import IndicatorKind
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.shell.application import build_window
from db.store import Store

PHONES = 100
NOTES = 10
WARM_UP = 60  # first frames build label caches; not counted
DEADLINE = 120.0  # seconds: the phones give up after this, and the test fails
_NONCE = re.compile(r'name="n" value="([^"]+)"')


def _stats(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def _note_form(number: int, note: int, segment: str) -> dict[str, str]:
    return {"segment": segment, "text": f"phone {number} note {note}"}


async def _phone(
    number: int,
    port: int,
    path: str,
    segment: str,
    latencies: list[float],
    retries: list[int],
    form_of: Callable[[int, int, str], dict[str, str]] = _note_form,
) -> None:
    """One phone: open the page, send NOTES forms (post-its or answers), obey Retry-After."""
    connector = aiohttp.TCPConnector(local_addr=(f"127.0.0.{2 + number}", 0), limit=1)
    async with aiohttp.ClientSession(f"http://127.0.0.1:{port}", connector=connector) as session:
        async with session.get(path) as response:
            nonce = _NONCE.search(await response.text()).group(1)
        for note in range(NOTES):
            form = {"n": nonce, **form_of(number, note, segment)}
            while True:
                start = time.perf_counter()
                async with session.post(path, data=form) as response:
                    page = await response.text()
                    latencies.append((time.perf_counter() - start) * 1000)
                if response.status == 429:
                    retries.append(1)
                    await asyncio.sleep(float(response.headers["Retry-After"]))
                    continue
                assert response.status == 200, (response.status, page[:200])
                nonce = _NONCE.search(page).group(1)
                break


async def _phones(
    port: int,
    path: str,
    segment: str,
    form_of: Callable[[int, int, str], dict[str, str]] = _note_form,
) -> tuple[list[float], int]:
    latencies: list[float] = []
    retries: list[int] = []
    tasks = [_phone(n, port, path, segment, latencies, retries, form_of) for n in range(PHONES)]
    await asyncio.wait_for(asyncio.gather(*tasks), DEADLINE)
    return latencies, len(retries)


def _bare_floor(segment: str) -> list[float]:
    """The same clients against a handler that only reads the body: what HTTP alone costs."""

    async def ok(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(text='<input name="n" value="bare-request-nonce-0000">')

    async def run() -> list[float]:
        app = web.Application()
        app.router.add_get("/bare", ok)
        app.router.add_post("/bare", ok)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        try:
            latencies: list[float] = []
            tasks = [_phone(n, port, "/bare", segment, latencies, []) for n in range(PHONES)]
            await asyncio.wait_for(asyncio.gather(*tasks), DEADLINE)
            return latencies
        finally:
            await runner.cleanup()

    return asyncio.run(run())


def _frames(qapp, scene, done: Callable[[], bool], minimum: int) -> list[float]:
    """Frames until `done()` (and at least `minimum`): events, then a render of the wheel."""
    image = QImage(1280, 720, QImage.Format.Format_ARGB32_Premultiplied)
    ring = next(iter(scene.rings.values()))
    times = []
    frame = 0
    while not done() or frame < minimum:
        start = time.perf_counter()
        qapp.processEvents()
        ring.setRotation((frame * 7.0) % 360.0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(
            painter, QRectF(0, 0, 1280, 720), scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio
        )
        painter.end()
        times.append((time.perf_counter() - start) * 1000)
        frame += 1
    return times


def test_a_hundred_phones(qapp, tmp_path: Path) -> None:
    with Store.open(tmp_path / "bench.sqlite") as store:
        window = build_window(store, Settings.in_file(tmp_path / "s.ini"), LanguageSwitcher(qapp))
        window.resize(1600, 1000)
        window.show()
        workshop, room = window.workshop, window.room
        workshop.create_network("Benchmark")
        room.hosts, room.port = ["127.0.0.1"], 0
        address = room.open()
        segment = workshop.focus_line().segment_keys[0]
        idle = _frames(qapp, window.scene, lambda: True, 200)[WARM_UP:]  # caches filled first

        result: dict[str, object] = {}

        def phones() -> None:
            try:
                result["latencies"] = asyncio.run(
                    _phones(address.port, f"/r/{address.secret}", segment)
                )
            except BaseException as error:  # reported in the main thread
                result["error"] = error

        started = time.perf_counter()
        sender = threading.Thread(target=phones, name="phones")
        sender.start()
        busy = _frames(qapp, window.scene, lambda: not sender.is_alive(), 0)
        sender.join()
        elapsed = time.perf_counter() - started
        if "error" in result:
            raise result["error"]  # type: ignore[misc]
        latencies, retries = result["latencies"]  # type: ignore[misc]
        deadline = time.perf_counter() + 10
        while len(room.pending) < PHONES * NOTES and time.perf_counter() < deadline:
            qapp.processEvents()
        texts = [item.text for item in room.pending]
        expected = {f"phone {p} note {n}" for p in range(PHONES) for n in range(NOTES)}
        lost = len(expected - set(texts))
        duplicates = len(texts) - len(set(texts))
        accept_start = time.perf_counter()
        room.accept_all()
        accept_seconds = time.perf_counter() - accept_start
        stored = len(store.networks.load_network(workshop.network_id).notes)
        room.close()
        window.close()

    floor = _bare_floor(segment)
    print()
    print(
        f"room: {PHONES} phones × {NOTES} notes to 127.0.0.1 in {elapsed:.1f} s "
        f"(rate limit 5 + 1 per 2 s per phone; {retries} polite retries after 429)"
    )
    print(f"{'':>26} | {'median ms':>9} | {'p95 ms':>8} | {'n':>5}")
    for name, values in (
        ("POST to the room", latencies),
        ("POST bare floor", floor),
        ("frame, idle", idle),
        ("frame, while receiving", busy),
    ):
        median, p95 = _stats(values)
        print(f"{name:>26} | {median:9.2f} | {p95:8.2f} | {len(values):5}")
    print(
        f"lost {lost}, duplicates {duplicates}, in the queue {len(texts)}; "
        f"accept all → {stored} post-its in the store in {accept_seconds:.1f} s"
    )
    assert lost == 0
    assert duplicates == 0
    assert stored == PHONES * NOTES


def test_a_hundred_phones_measure_an_indicator(qapp, tmp_path: Path) -> None:
    """100 phones × 10 answers to an indicator at once: none lost or doubled, accepting all
    1,000 as measurement entries (one transaction, one undo step) within a second."""
    with Store.open(tmp_path / "bench.sqlite") as store:
        window = build_window(store, Settings.in_file(tmp_path / "s.ini"), LanguageSwitcher(qapp))
        window.resize(1600, 1000)
        window.show()
        workshop, room = window.workshop, window.room
        workshop.create_network("Benchmark")
        line_id = workshop.save_line()
        indicator_id = workshop.learning.add_indicator(
            line_id, workshop.model.rings[0].key, "Contacten", IndicatorKind.QUANTITATIVE
        )
        moment_id = workshop.learning.add_moment("B")
        room.hosts, room.port = ["127.0.0.1"], 0
        address = room.open()
        room.ask_indicator(indicator_id, moment_id)
        assert room.indicator is not None
        asked = str(room.indicator.id)
        segment = workshop.focus_line().segment_keys[0]
        idle = _frames(qapp, window.scene, lambda: True, 200)[WARM_UP:]

        def answer(number: int, note: int, _segment: str) -> dict[str, str]:
            return {"i": asked, "measure": str(number * 100 + note)}

        result: dict[str, object] = {}

        def phones() -> None:
            try:
                result["latencies"] = asyncio.run(
                    _phones(address.port, f"/r/{address.secret}", segment, answer)
                )
            except BaseException as error:  # reported in the main thread
                result["error"] = error

        started = time.perf_counter()
        sender = threading.Thread(target=phones, name="phones")
        sender.start()
        busy = _frames(qapp, window.scene, lambda: not sender.is_alive(), 0)
        sender.join()
        elapsed = time.perf_counter() - started
        if "error" in result:
            raise result["error"]  # type: ignore[misc]
        latencies, retries = result["latencies"]  # type: ignore[misc]
        deadline = time.perf_counter() + 10
        while len(room.pending) < PHONES * NOTES and time.perf_counter() < deadline:
            qapp.processEvents()
        values = [item.value for item in room.pending]
        expected = {float(p * 100 + n) for p in range(PHONES) for n in range(NOTES)}
        lost = len(expected - set(values))
        duplicates = len(values) - len(set(values))
        waiting = len(store.room.waiting_arrivals(workshop.network_id))
        accept_start = time.perf_counter()
        room.accept_all()
        accept_seconds = time.perf_counter() - accept_start
        entries = store.networks.load_network(workshop.network_id).measurements
        left = len(store.room.waiting_arrivals(workshop.network_id))
        room.close()
        window.close()

    floor = _bare_floor(segment)
    print()
    print(
        f"room: {PHONES} phones × {NOTES} answers to an indicator in {elapsed:.1f} s "
        f"({retries} polite retries after 429)"
    )
    print(f"{'':>26} | {'median ms':>9} | {'p95 ms':>8} | {'n':>5}")
    for name, measured in (
        ("POST an answer", latencies),
        ("POST bare floor", floor),
        ("frame, idle", idle),
        ("frame, while receiving", busy),
    ):
        median, p95 = _stats(measured)
        print(f"{name:>26} | {median:9.2f} | {p95:8.2f} | {len(measured):5}")
    print(
        f"lost {lost}, duplicates {duplicates}, kept in the store {waiting}; accept all → "
        f"{len(entries)} entries in {accept_seconds * 1000:.0f} ms, {left} left waiting"
    )
    assert lost == 0
    assert duplicates == 0
    assert waiting == PHONES * NOTES
    assert len(entries) == PHONES * NOTES
    assert sorted(entry.value for entry in entries) == sorted(expected)
    assert left == 0
    assert accept_seconds <= 1.0
