"""The offline guarantee: a whole session never tries to open a network connection and listens on
no port unless the facilitator opens the room; every font, text and translation it shows comes
from `resources/`."""

from __future__ import annotations

import json
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.model import IndicatorKind
from app.core.resources import resources_dir


class NetworkAttempt(AssertionError):
    """Something tried to reach the network."""


@pytest.fixture
def no_network(monkeypatch) -> Iterator[list[str]]:
    """Every way Python opens a connection or resolves a name raises and is recorded."""
    attempts: list[str] = []

    def refuse(name: str):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkAttempt(f"{name} was called during an offline session")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    yield attempts
    assert not attempts, f"network attempts: {attempts}"


@pytest.fixture
def listening(monkeypatch) -> list[tuple[str, object]]:
    """Every bind and listen on a socket, recorded (and done as asked)."""
    calls: list[tuple[str, object]] = []
    bind, listen = socket.socket.bind, socket.socket.listen

    def recorded_bind(sock, address):
        calls.append(("bind", address))
        return bind(sock, address)

    def recorded_listen(sock, *args):
        calls.append(("listen", sock.getsockname()))
        return listen(sock, *args)

    monkeypatch.setattr(socket.socket, "bind", recorded_bind)
    monkeypatch.setattr(socket.socket, "listen", recorded_listen)
    return calls


def test_a_full_session_never_touches_the_network(
    qtbot, qapp, tmp_path: Path, no_network, listening
):
    from app.canvas.fonts import wheel_font_family
    from app.poster import render_blank_poster, render_line_poster
    from app.ui.control.i18n import LanguageSwitcher
    from app.ui.control.settings import Settings
    from app.ui.shell import openers
    from app.ui.shell.application import build_window
    from db.store import Store

    switcher = LanguageSwitcher(qapp)
    switcher.use("nl")
    try:
        with Store.open(tmp_path / "s.sqlite") as store:
            window = build_window(store, Settings.in_file(tmp_path / "s.ini"), switcher)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            workshop = window.workshop
            workshop.create_network("Energieregio Noord")
            model = workshop.model
            for part, text in zip(
                model.core.segments,
                (
                    "Gemeenten en netbeheerder",
                    "Samen van het gas af",
                    "Programmabureau",
                    "Wijkavonden",
                ),
                strict=True,
            ):
                workshop.core_edits.add_core_entry(part.key, text)
            # turn a ring with the clicker keys, let the physics bring it to rest
            window.view.setFocus()
            QTest.keyClick(window.view, Qt.Key.Key_2)
            with qtbot.waitSignal(window.scene.arrangementSettled, timeout=5000):
                QTest.keyClick(window.view, Qt.Key.Key_PageDown)
            assert workshop.contents.wheel.arrangement.indices[1] != 0
            line_id = workshop.save_line()
            step = model.ring_keys[0]
            workshop.learning.add_indicator(
                line_id, step, "Bezoekers wijkavonden", IndicatorKind.QUANTITATIVE
            )
            assert len(workshop.contents.indicators) == 1
            blank = render_blank_poster(
                tmp_path / "wiel.pdf", model, workshop.contents.network, language="nl"
            )
            line = render_line_poster(tmp_path / "lijn.pdf", model, workshop.contents, line_id)
            for pdf in (blank, line):
                assert pdf.read_bytes().startswith(b"%PDF")
            workshop.export_network(tmp_path / "export.json")
            exported = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
            assert exported
            # the room's own windows: presentation, settings, about
            presentation = openers.start_presentation(window)
            QTest.keyClick(presentation.view, Qt.Key.Key_Escape)
            openers.show_settings(window).close()
            openers.show_about(window).close()
            assert wheel_font_family() is not None
            assert listening == [], "something listened while no room was open"
            assert not any(thread.name == "room-server" for thread in threading.enumerate())
            window.close()
    finally:
        switcher.use("en")
    # Qt's own networking would not pass through Python's sockets: it must not even load.
    assert "PySide6.QtNetwork" not in sys.modules


def test_fonts_texts_and_translations_ship_in_resources() -> None:
    folder = resources_dir()
    for name in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "LICENSE-DejaVu.txt",
        "NotoEmoji-Regular.ttf",
        "LICENSE-NotoEmoji.txt",
    ):
        assert (folder / "fonts" / name).is_file()
    assert (folder / "model.json").is_file()
    assert (folder / "exchange.schema.json").is_file()
    assert (folder / "i18n" / "netimpact_nl.ts").is_file()


def test_the_wheel_uses_the_bundled_font_not_a_system_font(qapp) -> None:
    from PySide6.QtGui import QFontDatabase

    from app.canvas.fonts import wheel_font, wheel_font_family

    family = wheel_font_family()
    assert family == "DejaVu Sans"
    assert wheel_font(20).family() == family
    assert family in QFontDatabase.families()


def test_nothing_in_the_program_asks_for_a_font_by_name() -> None:
    root = Path(__file__).resolve().parents[1] / "app"
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if 'QFont("' in path.read_text(encoding="utf-8")
        or 'setFamily("' in path.read_text(encoding="utf-8")
    ]
    assert not offenders


def test_only_an_open_room_listens_and_closing_it_stops(
    qtbot, qapp, tmp_path: Path, no_network, listening
):
    from app.ui.control.i18n import LanguageSwitcher
    from app.ui.control.settings import Settings
    from app.ui.shell.application import build_window
    from db.store import Store

    with Store.open(tmp_path / "s.sqlite") as store:
        window = build_window(store, Settings.in_file(tmp_path / "s.ini"), LanguageSwitcher(qapp))
        qtbot.addWidget(window)
        window.workshop.create_network("Zorgnetwerk")
        assert listening == []
        address = window.room.open(hosts=["127.0.0.1"], port=0)
        assert [call for call in listening if call[0] == "bind"] == [("bind", ("127.0.0.1", 0))]
        # (asyncio's server calls listen() once more on the socket it is handed)
        assert {call for call in listening if call[0] == "listen"} == {
            ("listen", ("127.0.0.1", address.port))
        }
        window.room.close()
        assert not any(thread.name == "room-server" for thread in threading.enumerate())
        probe = socket.socket()
        try:  # the port is free again: nothing listens there any more
            probe.bind(("127.0.0.1", address.port))
            probe.listen(1)
        finally:
            probe.close()
        window.close()
