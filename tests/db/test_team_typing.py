"""A story keystroke on a team store: from the second keystroke in a line on, one statement
the server runs as its own transaction (`LinesPart.set_line_story`); it writes what the
statements of the first keystroke write, announces it the same way, and writes nothing at all
when it cannot be saved (tests/db/test_team_conflicts.py races two typists through it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from threading import Event, Thread
from typing import Any

import pytest
from psycopg import pq
from sqlalchemy import Connection, create_engine, event, make_url, text

from app.core.changes import Part
from app.core.model import Model
from db import EditConflictError, NotFoundError, Store
from db.records import Line
from tests.db.builders import LINE_KEYS
from tests.db.test_live import hear, wait_for
from tests.db.writers import on_a_thread
from tests.pg_cluster import Cluster


@pytest.fixture
def typist(server_url: str, model: Model) -> Iterator[Store]:
    with Store.open(server_url, model) as store:
        yield store


@contextmanager
def _apart(url: str) -> Iterator[Connection]:
    """A connection of someone else's to the store's database (an engine of its own)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def _typed_in(store: Store, name: str, first: str) -> Line:
    """A new line in a new network `name`, with one keystroke `first` in its ring1 story
    already made (so the next is one statement)."""
    network = store.networks.create_network(name)
    line = store.lines.create_line(network.id, LINE_KEYS)
    return store.lines.set_line_story(line.id, "ring1", first, seen=1)


def _typing(store: Store, line: Line, story: str) -> tuple[Thread, list[Line | BaseException]]:
    """The next keystroke in `line`'s ring1 story, on a thread of its own (`on_a_thread`)."""
    seen = line.step("ring1").version
    return on_a_thread(lambda: store.lines.set_line_story(line.id, "ring1", story, seen=seen))


def _stamps(url: str, line_id: int) -> tuple[Any, ...]:
    """What a keystroke stamps, read apart from the store: the line's and its network's
    `updated_at`, the network's revision, the step's version and story."""
    with _apart(url) as connection:
        return tuple(
            connection.execute(
                text(
                    "SELECT l.updated_at, n.updated_at, n.revision, s.version, s.story "
                    "FROM reasoning_lines l JOIN networks n ON n.id = l.network_id "
                    "JOIN line_steps s ON s.line_id = l.id "
                    "WHERE l.id = :line AND s.step_key = 'ring1'"
                ),
                {"line": line_id},
            ).one()
        )


def _sent_by(store: Store, action: Any, folder: Path) -> list[str]:
    """The messages `action` makes the store's connections send to the server, as libpq
    traces them ("Query", "Parse", "Bind", "Sync", …: the client's side of the protocol)."""
    trace = folder / "trace.txt"
    pool = store._db._engine.pool
    with trace.open("w") as out:

        def checked_out(dbapi_connection: Any, *_rest: Any) -> None:
            dbapi_connection.pgconn.trace(out.fileno())
            dbapi_connection.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)

        def checked_in(dbapi_connection: Any, *_rest: Any) -> None:
            dbapi_connection.pgconn.untrace()

        event.listen(pool, "checkout", checked_out)
        event.listen(pool, "checkin", checked_in)
        try:
            action()
        finally:
            event.remove(pool, "checkout", checked_out)
            event.remove(pool, "checkin", checked_in)
    return re.findall(r"^F\t\d+\t(\w+)", trace.read_text(), re.MULTILINE)


def test_the_second_keystroke_is_one_statement_that_writes_and_announces_what_the_first_does(
    typist: Store, server_url: str, model: Model, tmp_path: Path
):
    network = typist.networks.create_network("Typen")
    line = typist.lines.create_line(network.id, LINE_KEYS)
    with Store.open(server_url, model) as reader:
        listener = reader.listener()
        assert listener is not None
        listener.connect()
        try:
            before = _stamps(server_url, line.id)
            first = typist.lines.set_line_story(line.id, "ring1", "V", seen=1)
            after_first = _stamps(server_url, line.id)
            returned = []
            sent = _sent_by(
                typist,
                lambda: returned.append(
                    typist.lines.set_line_story(line.id, "ring1", "Ve", seen=2)
                ),
                tmp_path,
            )
            after_second = _stamps(server_url, line.id)
            stamped = typist._db.stamps["network", network.id]
            unseen = _sent_by(  # without a version to write over: one statement all the same
                typist, lambda: typist.lines.set_line_story(line.id, "ring1", "Ver"), tmp_path
            )
            heard = hear(listener, 3)
        finally:
            listener.close()
    # One round trip (Parse, Bind, Describe, Execute, Sync): no BEGIN, no COMMIT.
    assert sent.count("Sync") + sent.count("Query") == 1, sent
    assert unseen.count("Sync") + unseen.count("Query") == 1, unseen
    # Each keystroke: the story and its version, the line's stamp, the network's revision.
    assert before[2:4] == (after_first[2] - 1, 1) and after_first[3:] == (2, "V")
    assert after_second[2:] == (after_first[2] + 1, 3, "Ve")
    assert after_second[0] >= after_first[0] and after_second[1] == after_second[0]
    assert [(n.network_id, n.parts, n.ids, n.sender) for n in heard] == 3 * [
        (network.id, Part.STORIES, {Part.STORIES: frozenset({line.id})}, typist.sender)
    ]
    # It returns the line as stored, every step of it, and keeps the network's stamp.
    assert returned[0].story("ring1") == "Ve" and returned[0].step("ring1").version == 3
    assert returned[0].steps[2:] == typist.lines.get_line(line.id).steps[2:]
    assert len(returned[0].steps) == len(first.steps) == len(model.step_keys)
    assert stamped.replace(tzinfo=None) == after_second[1]


def test_a_keystroke_over_another_version_writes_nothing_and_says_whose_text_is_there(
    typist: Store, server_url: str, model: Model
):
    line = _typed_in(typist, "Botsing", "mijn")
    with Store.open(server_url, model) as other:
        listener = other.listener()
        assert listener is not None
        listener.connect()
        try:
            other.lines.set_line_story(line.id, "ring1", "hun tekst", seen=2)
            before = _stamps(server_url, line.id)
            with pytest.raises(EditConflictError) as refused:
                typist.lines.set_line_story(line.id, "ring1", "mijn tekst", seen=2)
            heard = wait_for(listener, 1.0)
            heard += wait_for(listener, 0.3)
        finally:
            listener.close()
    assert (refused.value.theirs, refused.value.their_version) == ("hun tekst", 3)
    assert _stamps(server_url, line.id) == before
    assert [notice.sender for notice in heard] == [other.sender]  # theirs; none of the refusal


def test_a_keystroke_in_a_line_deleted_elsewhere_is_not_found_and_writes_nothing(
    typist: Store, server_url: str, model: Model
):
    line = _typed_in(typist, "Weg", "eerst")
    with Store.open(server_url, model) as other:
        other.lines.delete_line(line.id)
    revision = _network_revision(server_url, line.network_id)
    with pytest.raises(NotFoundError, match="no reasoning line"):
        typist.lines.set_line_story(line.id, "ring1", "daarna")
    assert _network_revision(server_url, line.network_id) == revision


def _network_revision(url: str, network_id: int) -> int:
    with _apart(url) as connection:
        return int(
            connection.execute(
                text("SELECT revision FROM networks WHERE id = :id"), {"id": network_id}
            ).scalar_one()
        )


def test_a_keystroke_that_waited_for_the_line_returns_the_other_steps_as_saved_meanwhile(
    typist: Store, server_url: str, model: Model
):
    """Someone else holds the line (renaming it, typing in another step) when the keystroke
    comes: the keystroke waits, and then returns their step as they saved it, not as it was
    when its statement began."""
    line = _typed_in(typist, "Wachten", "m")
    with _apart(server_url) as theirs:
        theirs.execute(
            text("UPDATE reasoning_lines SET title = 'Hun titel' WHERE id = :line"),
            {"line": line.id},
        )
        theirs.execute(
            text(
                "UPDATE line_steps SET story = 'hun verhaal', version = version + 1 "
                "WHERE line_id = :line AND step_key = 'ring2'"
            ),
            {"line": line.id},
        )
        typing, returned = _typing(typist, line, "mi")
        typing.join(0.5)
        assert typing.is_alive(), "the keystroke did not wait for the line"
        theirs.commit()
        typing.join(10)
    (saved,) = returned
    assert isinstance(saved, Line), saved
    assert (saved.title, saved.story("ring2"), saved.story("ring1")) == (
        "Hun titel",
        "hun verhaal",
        "mi",
    )
    assert saved == typist.lines.get_line(line.id)


def test_a_keystroke_does_not_wait_for_a_row_being_added_to_its_line_elsewhere(
    typist: Store, server_url: str, model: Model
):
    """The line is held as its stamp holds it (`FOR NO KEY UPDATE`), not more: a row being
    added under it elsewhere (a step, an indicator) does not hold up typing."""
    line = _typed_in(typist, "Doortypen", "d")
    with _apart(server_url) as theirs:
        theirs.execute(
            text(
                "INSERT INTO line_steps (line_id, step_key, story, version) "
                "VALUES (:line, 'elders', '', 1)"
            ),
            {"line": line.id},
        )
        typing, returned = _typing(typist, line, "do")
        typing.join(5)
        waited = typing.is_alive()
        theirs.rollback()
        typing.join(10)
    assert not waited, "the keystroke waited for a row being added to its line"
    (saved,) = returned
    assert isinstance(saved, Line) and saved.story("ring1") == "do", saved


def test_a_keystroke_the_server_undid_in_a_deadlock_is_made_once_more(
    typist: Store, server_url: str, pg_cluster: Cluster
):
    """Another writer holds the network and then wants the step the keystroke holds: the
    server undoes the keystroke (a deadlock), which nothing of was written, and the store
    makes it once more as soon as the other is done."""
    line = _typed_in(typist, "Impasse", "i")
    made: list[str] = []  # each time the store makes the keystroke
    make = typist.lines._store_story
    done = Event()  # they rolled back

    def making(line_id: int, step_key: str, story: str, seen: int | None) -> Line:
        made.append(story)
        if len(made) > 1:  # once more after they are done, however loaded the machine: taking
            assert done.wait(10)  # the step before they woke would meet them in a deadlock again
        return make(line_id, step_key, story, seen)

    typist.lines._store_story = making  # type: ignore[method-assign]
    database = make_url(server_url).database
    assert database is not None
    with pg_cluster.patient_owner(database) as theirs:
        theirs.execute("UPDATE networks SET name = name WHERE id = %s", (line.network_id,))
        typing, outcome = _typing(typist, line, "im")
        # The keystroke holds the line and its step and waits for the network; then they
        # want the step.
        pg_cluster.until_a_session_waits_for_a_lock(database)
        theirs.execute(
            "UPDATE line_steps SET story = story WHERE line_id = %s AND step_key = 'ring1'",
            (line.id,),
        )
        theirs.rollback()
        done.set()
        typing.join(10)
    assert not typing.is_alive() and made == ["im", "im"]  # undone once, made once more
    (saved,) = outcome
    assert isinstance(saved, Line), saved
    assert (saved.story("ring1"), saved.step("ring1").version) == ("im", 3)
    assert typist.lines.get_line(line.id) == saved
