"""Live notices on a team store (db.live): sent inside the write transaction, so delivered on
commit only, heard on a LISTENing connection of its own; a lost connection says so. PostgreSQL
from the private test cluster; nothing is sent by a store file."""

from __future__ import annotations

import select
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from app.core.changes import Origin, Part
from db.errors import ListenerLostError
from db.live import CHANNEL, Listener, Live, Notice, ServerLive
from db.schema import Base, NetworkRow, NoteRow
from db.store import Store
from tests.db.builders import LINE_KEYS
from tests.pg_cluster import Cluster


def wait_for(listener: Listener, seconds: float = 5.0) -> list[Notice]:
    """The notices that arrive within `seconds` (waiting on the socket, as the window does)."""
    readable, _, _ = select.select([listener.fileno()], [], [], seconds)
    return listener.read() if readable else []


def hear(listener: Listener, count: int) -> list[Notice]:
    """The next `count` notices (more if they come together); fails when they stop coming."""
    heard: list[Notice] = []
    while len(heard) < count:
        arrived = wait_for(listener)
        assert arrived, f"only {len(heard)} notices heard"
        heard.extend(arrived)
    return heard


@pytest.fixture
def server_engine(pg_cluster: Cluster, pg_database: str) -> Iterator[Engine]:
    engine = create_engine(pg_cluster.url(pg_database))
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_a_notice_names_network_parts_ids_origin_and_sender_and_stays_small():
    notice = Notice(7, Part.NOTES | Part.LINES, {Part.NOTES: frozenset({3, 4})}, Origin.UNDO, "ab")
    assert Notice.decode(notice.encode()) == notice
    many = Notice(7, Part.NOTES, {Part.NOTES: frozenset(range(10_000))}, Origin.EDIT, "ab")
    encoded = many.encode()
    assert len(encoded) < 8000  # PostgreSQL's limit for a payload
    assert Notice.decode(encoded) == Notice(7, Part.NOTES, {}, Origin.EDIT, "ab")
    for junk in ("", "[]", '{"network": "x"}', '{"network": 1, "parts": ["NOPE"]}'):
        assert Notice.decode(junk) is None


def test_a_store_file_sends_nothing_and_has_nothing_to_listen_to(tmp_path: Path):
    with Store.open(tmp_path / "s.sqlite") as store:
        assert store.listener() is None
        assert type(Live.for_engine(create_engine("sqlite://"))) is Live


def write_note(engine: Engine, live: ServerLive, commit: bool) -> tuple[int, int]:
    stamp = datetime.now(UTC)
    with Session(engine) as session:
        session.begin()
        live.watch(session)
        network = NetworkRow(name=f"n{stamp.timestamp()}", created_at=stamp, updated_at=stamp)
        session.add(network)
        session.flush()
        note = NoteRow(
            network_id=network.id, segment_key="x", text="hoi", colour="#FFFFFF", created_at=stamp
        )
        session.add(note)
        live.announce(session, Origin.ROOM, "me")
        ids = network.id, note.id
        if commit:
            session.commit()
        else:
            session.rollback()
    return ids


def test_a_write_is_heard_on_commit_and_a_rolled_back_one_never(server_engine: Engine):
    live = ServerLive(server_engine)
    listener = live.listener()
    listener.connect()
    try:
        write_note(server_engine, live, commit=False)
        assert wait_for(listener, 0.5) == []
        network_id, note_id = write_note(server_engine, live, commit=True)
        (notice,) = wait_for(listener)
        assert notice.network_id == network_id
        assert notice.parts == Part.NETWORK | Part.NOTES
        assert notice.ids[Part.NOTES] == {note_id}
        assert (notice.origin, notice.sender) == (Origin.ROOM, "me")
    finally:
        listener.close()


def test_the_listener_says_when_the_server_is_gone_and_connects_again(
    pg_cluster: Cluster, server_engine: Engine
):
    live = ServerLive(server_engine)
    listener = live.listener()
    listener.connect()
    pg_cluster.admin("CHECKPOINT")  # the test cluster commits asynchronously: keep the tables
    pg_cluster.stop("immediate")
    try:
        with pytest.raises(ListenerLostError):
            for _ in range(50):  # the socket wakes when the server goes
                wait_for(listener, 0.2)
        assert not listener.connected
        with pytest.raises(ListenerLostError):
            listener.connect(timeout_seconds=1)
    finally:
        pg_cluster.start()
    listener.connect()
    server_engine.dispose()  # the pool's connections died with the server
    network_id, _note = write_note(server_engine, live, commit=True)
    assert [n.network_id for n in wait_for(listener)] == [network_id]
    listener.close()
    assert CHANNEL == "netimpact"


def test_every_kind_of_store_write_is_heard_with_its_part(
    pg_cluster: Cluster, pg_database: str, model
):
    """Two stores on one server: what one writes, the other's listener hears, by part."""
    url = pg_cluster.url(pg_database)
    with Store.open(url, model) as writer, Store.open(url, model) as reader:
        listener = reader.listener()
        assert listener is not None
        listener.connect()
        try:
            network = writer.networks.create_network("Gehoord")
            heard = wait_for(listener)
            assert [(n.network_id, n.sender) for n in heard] == [(network.id, writer.sender)]
            line = writer.lines.create_line(network.id, LINE_KEYS, title="Lijn")
            writer.origin = Origin.UNDO
            note = writer.notes.add_note(network.id, "ring1.s0", "Hoi")
            writer.origin = Origin.EDIT
            writer.lines.set_line_story(line.id, "ring1", "Verhaal")
            writer.lines.update_line(line.id, title="Andere titel")
            writer.networks.set_network_description(network.id, "Over ons")
            entry = writer.lines.add_core_entry(network.id, model.core.segments[0].key, "Wij")
            writer.lines.delete_line(line.id)
            got = hear(listener, 7)
        finally:
            listener.close()
    assert [n.parts for n in got] == [
        Part.LINES,
        Part.NOTES,
        Part.STORIES,
        Part.LINES,
        Part.NETWORK,
        Part.CORE,
        Part.LINES,
    ]
    assert got[1].origin is Origin.UNDO and got[1].ids[Part.NOTES] == {note.id}
    assert got[2].ids[Part.STORIES] == {line.id}
    assert got[5].ids[Part.CORE] == {entry.id}
    assert got[6].ids[Part.LINES] == {line.id}
