"""The team store on a PostgreSQL server (the private cluster of tests/pg_cluster.py): opening,
migrating from empty, a read-only role and the faults at opening, each in plain words."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from db import Store
from db.errors import (
    EditConflictError,
    NotAStoreError,
    ServerLoginError,
    ServerUnreachableError,
    StoreReadOnlyError,
    StoreTimeoutError,
    StoreTooNewError,
)
from db.revisions import HEAD_REVISION
from db.server import describe, is_server_target, server_url, without_password
from tests.db.writers import on_a_thread
from tests.pg_cluster import READER, READER_PASSWORD


def test_an_empty_database_becomes_a_store_at_the_head_revision(pg_cluster, pg_database, model):
    url = pg_cluster.url(pg_database)
    with Store.open(url, model) as store:
        assert store.path is None and store.on_server and not store.read_only
        assert store.describe() == store.location
        assert f"database {pg_database}" in store.location
        assert "secret" not in store.location
        network = store.networks.create_network("Wijkteam")
    engine = create_engine(url)
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == HEAD_REVISION
    engine.dispose()
    with Store.open(url, model) as store:  # opened again: nothing to migrate, the same network
        assert [n.name for n in store.networks.list_networks()] == ["Wijkteam"]
        assert store.networks.get_network(network.id).name == "Wijkteam"


def test_a_reader_role_opens_the_store_read_only(pg_cluster, pg_database, model):
    with Store.open(pg_cluster.url(pg_database), model) as store:
        network = store.networks.create_network("Gedeeld")
    pg_cluster.grant_reading(pg_database)
    with Store.open(pg_cluster.url(pg_database, READER, READER_PASSWORD), model) as store:
        assert store.read_only
        assert [n.name for n in store.networks.list_networks()] == ["Gedeeld"]
        assert store.networks.load_network(network.id).network.name == "Gedeeld"
        assert '"Gedeeld"' in store.networks.export_network(network.id)
        with pytest.raises(StoreReadOnlyError, match="read-only"):
            store.networks.rename_network(network.id, "Anders")
        with pytest.raises(StoreReadOnlyError, match="read-only"):
            store.networks.create_network("Nieuw")


def test_a_reader_role_cannot_make_a_store_of_an_empty_database(pg_cluster, pg_database, model):
    pg_cluster.admin("REVOKE CREATE ON SCHEMA public FROM PUBLIC", pg_database)
    with pytest.raises(StoreReadOnlyError, match="may not change it"):
        Store.open(pg_cluster.url(pg_database, READER, READER_PASSWORD), model)


def test_a_wrong_password_is_a_refused_login(pg_cluster, pg_database, model):
    with pytest.raises(ServerLoginError, match="refused the login") as raised:
        Store.open(pg_cluster.url(pg_database, password="not-it"), model)
    assert "not-it" not in str(raised.value)


def test_a_database_that_does_not_exist_is_a_refused_login(pg_cluster, model):
    with pytest.raises(ServerLoginError, match="does not exist"):
        Store.open(pg_cluster.url("no_such_database"), model)


def test_another_programs_database_is_not_a_store(pg_cluster, pg_database, model):
    pg_cluster.admin("CREATE TABLE invoices (id integer PRIMARY KEY)", pg_database)
    pg_cluster.admin("ALTER TABLE invoices OWNER TO member", pg_database)
    with pytest.raises(NotAStoreError, match="another program"):
        Store.open(pg_cluster.url(pg_database), model)


def test_a_newer_schema_is_refused_and_left_alone(pg_cluster, pg_database, model):
    Store.open(pg_cluster.url(pg_database), model).close()
    pg_cluster.admin("UPDATE alembic_version SET version_num = '9999'", pg_database)
    with pytest.raises(StoreTooNewError, match="newer version") as raised:
        Store.open(pg_cluster.url(pg_database), model)
    assert raised.value.revision == "9999"


def test_a_statement_past_the_timeout_is_a_timeout(pg_cluster, pg_database, model):
    import psycopg

    url = pg_cluster.url(pg_database)
    with Store.open(url, model) as store:
        network = store.networks.create_network("Wachten")
    with (
        psycopg.connect(pg_cluster.libpq(pg_database)) as holder,
        Store.open(url, model, statement_timeout_ms=300) as store,
    ):
        holder.execute("LOCK TABLE networks IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(StoreTimeoutError, match="took too long"):
            store.networks.rename_network(network.id, "Nooit")
        holder.rollback()
        assert store.networks.get_network(network.id).name == "Wachten"


def test_a_server_that_is_down_at_the_start_cannot_be_reached(pg_cluster, pg_database, model):
    url = pg_cluster.url(pg_database)
    pg_cluster.stop("immediate")
    try:
        with pytest.raises(ServerUnreachableError, match="cannot be reached"):
            Store.open(url, model)
    finally:
        pg_cluster.start()
    with Store.open(url, model) as store:
        assert store.networks.list_networks() == ()


def test_server_addresses_are_told_apart_from_files_and_lose_their_password():
    assert is_server_target("postgresql://u:p@db.example.org/netwerk")
    assert is_server_target("postgresql+psycopg:///?service=netwerk")
    assert is_server_target("postgres://db/netwerk")
    assert not is_server_target("/home/x/postgresql://store.sqlite")
    assert not is_server_target("store.sqlite")
    kept = without_password("postgresql://anna:geheim@db.example.org/netwerk?sslmode=require")
    assert "geheim" not in kept and "anna@db.example.org/netwerk" in kept
    assert "sslmode=require" in kept
    assert describe(server_url("postgresql://anna:geheim@db.example.org/netwerk")) == (
        "server db.example.org / database netwerk"
    )
    assert describe(server_url("postgresql:///?service=netwerk")) == (
        "server service netwerk / database netwerk"
    )


def test_a_server_lost_mid_session_is_said_and_the_next_call_after_its_return_works(
    pg_cluster, pg_database, model
):
    url = pg_cluster.url(pg_database)
    with Store.open(url, model) as store:
        network = store.networks.create_network("Doorwerken")
        # the test cluster runs with synchronous_commit=off: make the commit crash-safe first
        pg_cluster.admin("CHECKPOINT")
        pg_cluster.stop("immediate")
        try:
            with pytest.raises(ServerUnreachableError, match="cannot be reached"):
                store.networks.rename_network(network.id, "Kwijt")
            with pytest.raises(ServerUnreachableError):
                store.networks.list_networks()
        finally:
            pg_cluster.start()
        assert store.networks.get_network(network.id).name == "Doorwerken"  # nothing half-saved
        store.networks.rename_network(network.id, "Weer verbonden")
        assert [n.name for n in store.networks.list_networks()] == ["Weer verbonden"]


def test_the_plain_statement_writes_say_a_lost_server_too(pg_cluster, pg_database, model):
    """Saving a line, accepting a post-it and a story keystroke write on a bare connection
    (a keystroke after the first in a line: one statement on its own): a server lost under
    them is said as every other write says it, and nothing is half-saved."""
    url = pg_cluster.url(pg_database)
    keys = tuple(ring.segments[0].key for ring in model.rings)
    with Store.open(url, model) as store:
        network = store.networks.create_network("Doorwerken")
        line = store.lines.create_line(network.id, keys, stories={"core": "kern"})
        typed = store.lines.create_line(network.id, keys)
        store.lines.set_line_story(typed.id, "core", "getypt")  # the next is one statement
        pg_cluster.admin("CHECKPOINT")
        pg_cluster.stop("immediate")
        try:
            for write in (
                # first: the one statement meets the pool's connection to the lost server
                lambda: store.lines.set_line_story(typed.id, "core", "kwijt"),
                lambda: store.lines.set_line_story(line.id, "core", "kwijt"),
                lambda: store.lines.create_line(network.id, keys),
                lambda: store.notes.add_note(network.id, keys[0], "kwijt"),
            ):
                with pytest.raises(ServerUnreachableError, match="cannot be reached"):
                    write()
        finally:
            pg_cluster.start()
        contents = store.networks.load_network(network.id)
        assert [stored.story("core") for stored in contents.lines] == ["kern", "getypt"]
        assert contents.notes == ()
        for again in (line, typed):
            store.lines.set_line_story(again.id, "core", "weer verbonden")
            assert store.lines.get_line(again.id).story("core") == "weer verbonden"


def test_two_programs_opening_an_empty_database_at_once_migrate_it_once(
    pg_cluster, pg_database, model
):
    from concurrent.futures import ThreadPoolExecutor

    url = pg_cluster.url(pg_database)

    def open_and_add(name: str) -> str:
        with Store.open(url, model) as store:
            return store.networks.create_network(name).name

    with ThreadPoolExecutor(max_workers=3) as pool:
        made = sorted(pool.map(open_and_add, ["Een", "Twee", "Drie"]))
    assert made == ["Drie", "Een", "Twee"]
    with Store.open(url, model) as store:
        assert sorted(n.name for n in store.networks.list_networks()) == made


def test_a_deadlock_is_a_change_at_the_same_moment_not_a_lost_server(
    pg_cluster, pg_database, model
):
    """Two writers that take the same line and network the other way round: the server
    undoes one (a deadlock). Said as a conflict, nothing of it saved, the next edit works;
    not as a server that cannot be reached (psycopg files both as OperationalError)."""
    url = pg_cluster.url(pg_database)
    keys = tuple(ring.segments[0].key for ring in model.rings)
    with Store.open(url, model) as store:
        network = store.networks.create_network("Tegelijk")
        line = store.lines.create_line(network.id, keys, title="Eerst")
        # The store takes the line, then the network for its stamp; the other writer, the
        # network, then the line.
        with pg_cluster.patient_owner(pg_database) as theirs:
            theirs.execute("UPDATE networks SET name = name WHERE id = %s", (network.id,))
            renaming, raised = on_a_thread(
                lambda: store.lines.update_line(line.id, title="Van mij")
            )
            pg_cluster.until_a_session_waits_for_a_lock(pg_database)
            theirs.execute("UPDATE reasoning_lines SET title = title WHERE id = %s", (line.id,))
            renaming.join(10)
            theirs.rollback()
        assert not renaming.is_alive()
        assert len(raised) == 1 and isinstance(raised[0], EditConflictError), raised
        assert store.lines.get_line(line.id).title == "Eerst"
        store.lines.update_line(line.id, title="Van mij")
        assert store.lines.get_line(line.id).title == "Van mij"
