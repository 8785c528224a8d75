"""The first look at a store (db/glance.py, issue 11): what sqlite3 alone reads of a network is
what the store hands out, it is given only when it can be trusted, and it never writes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.geometry import Arrangement
from app.core.model import Model, parse_model
from db import Store
from db.glance import FirstLook, first_contents, first_look
from db.records import WheelState
from tests.db.builders import fill_network
from tests.db.group_builders import grouped_network
from tests.model_factory import model_data

ROOT = Path(__file__).resolve().parents[2]
RINGS = ("ring1", "ring2", "ring3", "stakeholders")
PARTS = tuple(f"core.part{i}" for i in range(4))
STAKEHOLDERS = tuple(f"stakeholders.s{i}" for i in range(4))
SEGMENTS = (*PARTS, *(f"{ring}.s{i}" for ring in RINGS for i in range(4)))

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=40
)
colours = st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)

pytestmark = pytest.mark.file_only  # about the store file itself


@st.composite
def wheels(draw: st.DrawFn) -> WheelState:
    return WheelState(
        Arrangement(tuple(draw(st.integers(0, 3)) for _ in RINGS)),
        frozenset(draw(st.sets(st.sampled_from(RINGS)))),
        draw(st.none() | st.sampled_from(RINGS[:-1])),
        draw(st.none() | st.sampled_from(STAKEHOLDERS)),
    )


@pytest.mark.slow
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    entries=st.lists(st.tuples(st.sampled_from(PARTS), texts), max_size=8),
    moves=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 8)), max_size=4),
    dropped=st.sets(st.integers(0, 7), max_size=2),
    names=st.dictionaries(st.sampled_from(STAKEHOLDERS), texts, max_size=4),
    wheel=st.none() | wheels(),
    moments=st.integers(0, 2),
    notes=st.lists(
        st.tuples(st.sampled_from(SEGMENTS), texts, colours, st.integers(0, 2)), max_size=6
    ),
    unstuck=st.sets(st.integers(0, 5), max_size=2),
)
def test_the_first_look_is_what_the_store_hands_out(
    store: Store,
    store_path: Path,
    model: Model,
    entries,
    moves,
    dropped,
    names,
    wheel,
    moments,
    notes,
    unstuck,
):
    network_id = store.networks.create_network(store.networks.unique_name("Netwerk")).id
    neighbour = store.networks.create_network(
        store.networks.unique_name("Buren")
    ).id  # must not show
    store.lines.add_core_entry(neighbour, PARTS[0], "van de buren")
    store.notes.add_note(neighbour, PARTS[0], "van de buren")
    added = [store.lines.add_core_entry(network_id, kind, text or "x") for kind, text in entries]
    for entry, place in moves:
        if entry < len(added):
            store.lines.move_core_entry(added[entry].id, place)
    for entry in dropped:
        if entry < len(added):
            store.lines.delete_core_entry(added[entry].id)
    for key, name in names.items():
        store.networks.set_stakeholder_group(network_id, key, name, "beschrijving")
    if wheel is not None:
        store.wheel.save_wheel(network_id, wheel)
    moment_ids = [
        None,
        *(store.learning.add_moment(network_id, f"M{i}").id for i in range(moments)),
    ]
    stuck = [
        store.notes.add_note(network_id, key, text, colour, moment_ids[which % len(moment_ids)])
        for key, text, colour, which in notes
    ]
    for note in unstuck:
        if note < len(stuck):
            store.notes.delete_note(stuck[note].id)

    expected = FirstLook.of(store.networks.load_network(network_id))
    assert first_look(store_path, network_id, model) == expected
    assert list(expected.stakeholder_names) == list(STAKEHOLDERS)
    assert all(expected.core.values()) and set(expected.core) <= set(PARTS)
    assert [note[0] for note in expected.notes] == sorted(note[0] for note in expected.notes)


@pytest.mark.slow
def test_a_look_through_another_model_follows_the_stores_rules(tmp_path: Path, model: Model):
    """A model whose rings have fewer segments and whose core lost a part: the store's rules
    (index 0 past a ring's end, parts the model lacks last) apply to the first look too."""
    path = tmp_path / "s.sqlite"
    with Store.open(path, model) as store:
        network_id = fill_network(store)
        store.wheel.save_wheel(
            network_id, WheelState(Arrangement((3, 1, 3, 2)), frozenset({"ring1"}))
        )
        store.lines.add_core_entry(network_id, "core.part0", "first of part 0")
        store.lines.add_core_entry(network_id, "core.part1", "of part 1")
    data = model_data((3, 4, 2, 4))
    del data["core"]["parts"][0]
    other = parse_model(data)
    with Store.open(path, other) as store:
        expected = FirstLook.of(store.networks.load_network(network_id))
    assert expected.wheel.arrangement == Arrangement((0, 1, 0, 2))
    assert list(expected.core)[-1] == "core.part0"
    assert first_look(path, network_id, other) == expected


# --- when the look cannot be trusted: None, and nothing changed ------------------------------


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file in `folder` but a `-shm` (shared memory readers may mark) with a hash of its
    bytes, read by another process: opening the store's files in this one would drop the
    locks of a store open here (db/locks.py)."""
    script = (
        "import hashlib, json, os, sys\n"
        "folder = sys.argv[1]\n"
        "print(json.dumps({n: 'shm' if n.endswith('-shm') else hashlib.sha256(\n"
        "    open(os.path.join(folder, n), 'rb').read()).hexdigest() for n in os.listdir(folder)}))"
    )
    found = subprocess.run(
        [sys.executable, "-c", script, str(folder)], capture_output=True, text=True, check=True
    )
    return dict(json.loads(found.stdout))


@pytest.fixture
def made(tmp_path: Path, model: Model) -> tuple[Path, int]:
    """A closed store (no -wal) in a folder of its own, with one full network."""
    path = tmp_path / "made" / "s.sqlite"
    with Store.open(path, model) as store:
        network_id = fill_network(store)
    return path, network_id


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def _other_programs_database(path: Path) -> None:
    _sql(path, "CREATE TABLE networks (id INTEGER PRIMARY KEY, name TEXT)")


def _scribbled_page_one(path: Path) -> None:
    with path.open("r+b") as file:
        file.seek(100)
        file.write(b"\xa5" * 400)


BROKEN = {
    "the application id of another program": lambda p: _sql(p, "PRAGMA application_id = 0"),
    "an older schema revision": lambda p: _sql(p, "UPDATE alembic_version SET version_num='0003'"),
    "a newer schema revision": lambda p: _sql(p, "UPDATE alembic_version SET version_num='0099'"),
    "two schema revisions": lambda p: _sql(p, "INSERT INTO alembic_version VALUES ('0003')"),
    "no schema revision": lambda p: _sql(p, "DROP TABLE alembic_version"),
    "a column missing": lambda p: _sql(p, "ALTER TABLE notes DROP COLUMN colour"),
    "a ring index of the wrong type": lambda p: _sql(
        p, "UPDATE ring_positions SET segment_index = 'x'"
    ),
    "a damaged first page": _scribbled_page_one,
}


@pytest.mark.parametrize("damage", BROKEN.values(), ids=BROKEN.keys())
def test_a_store_that_is_not_quite_ours_gives_no_first_look(made, model, damage):
    path, network_id = made
    assert first_look(path, network_id, model) is not None
    assert first_contents(path, network_id, model) is not None
    damage(path)
    before = _fingerprint(path.parent)
    assert first_look(path, network_id, model) is None
    assert first_contents(path, network_id, model) is None
    assert _fingerprint(path.parent) == before


def test_a_network_that_is_not_there_gives_no_first_look(made, model):
    path, network_id = made
    before = _fingerprint(path.parent)
    assert first_look(path, network_id + 1, model) is None
    assert first_contents(path, network_id + 1, model) is None
    assert _fingerprint(path.parent) == before


def test_the_first_contents_are_what_the_store_hands_out(tmp_path: Path, model: Model):
    """The whole network read with `sqlite3` is `load_network`'s, to the versions and the
    timestamps' time zone (compared by their repr, which shows both): a network with every
    kind of object, and one whose results are split by group."""
    path = tmp_path / "store.sqlite"
    with Store.open(path, model) as store:
        ids = [fill_network(store, texts="<b>\u2028 é</b>"), grouped_network(store).network_id]
        store.lines.set_line_story(store.lines.list_lines(ids[0])[0].id, "ring1", "nieuw")
        loaded = [store.networks.load_network(network_id) for network_id in ids]
    for network_id, stored in zip(ids, loaded, strict=True):
        read = first_contents(path, network_id, model)
        assert read == stored
        assert repr(read) == repr(stored)


def test_damage_only_the_whole_read_meets_gives_no_first_contents(made, model):
    """A table the first look does not read but the network's whole read does: the look is
    given, the contents are not (the window is then furnished once the store is open)."""
    path, network_id = made
    _sql(path, "DROP TABLE indicator_targets")
    assert first_look(path, network_id, model) is not None
    assert first_contents(path, network_id, model) is None


FILES = {
    "empty": b"",
    "a text file": b"networks: 1\n",
    "binary": bytes(range(256)) * 40,
    "a cut-off SQLite header": b"SQLite format 3\x00\x10\x00",
}


@pytest.mark.parametrize("content", FILES.values(), ids=FILES.keys())
def test_a_file_that_is_no_store_gives_no_first_look_and_stays_as_it_was(tmp_path, model, content):
    path = tmp_path / "s.sqlite"
    path.write_bytes(content)
    assert first_look(path, 1, model) is None
    assert os.listdir(tmp_path) == ["s.sqlite"] and path.read_bytes() == content


def test_an_sqlite_database_of_another_program_gives_no_first_look(tmp_path, model):
    path = tmp_path / "other.sqlite"
    _other_programs_database(path)
    _sql(path, "INSERT INTO networks VALUES (1, 'x')")
    before = _fingerprint(tmp_path)
    assert first_look(path, 1, model) is None
    assert _fingerprint(tmp_path) == before


def test_no_file_gives_no_first_look_and_makes_none(tmp_path, model):
    assert first_look(tmp_path / "s.sqlite", 1, model) is None
    assert first_look(tmp_path / "new" / "s.sqlite", 1, model) is None
    assert first_look(tmp_path, 1, model) is None  # a folder
    assert first_look(tmp_path / "s\0.sqlite", 1, model) is None  # no path the system takes
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_store_gives_no_first_look(made, model):
    path, network_id = made
    path.chmod(0)
    try:
        assert first_look(path, network_id, model) is None
    finally:
        path.chmod(0o600)


def test_a_crashed_writers_log_without_its_index_is_left_to_the_proper_open(made, model):
    """A `-wal` without its `-shm`: reading it would make a `-shm`; a `-journal`: it might be
    hot. Neither is read, and nothing is made."""
    path, network_id = made
    Path(f"{path}-wal").write_bytes(b"")
    before = _fingerprint(path.parent)
    assert first_look(path, network_id, model) is None
    assert _fingerprint(path.parent) == before
    Path(f"{path}-wal").unlink()
    Path(f"{path}-journal").write_bytes(b"")
    before = _fingerprint(path.parent)
    assert first_look(path, network_id, model) is None
    assert _fingerprint(path.parent) == before


# --- never writing, whoever has the store open -----------------------------------------------


def test_a_closed_store_is_read_and_left_byte_for_byte(made, model):
    path, network_id = made
    before = _fingerprint(path.parent)
    assert "s.sqlite" in before and "s.sqlite-wal" not in before  # read immutable
    with Store.open(path, model) as store:
        expected = FirstLook.of(store.networks.load_network(network_id))
    assert _fingerprint(path.parent) == before  # the Store's last close left it so too
    assert first_look(path, network_id, model) == expected
    assert _fingerprint(path.parent) == before


def test_a_store_open_in_this_process_is_read_through_its_log_and_keeps_its_locks(made, model):
    path, network_id = made
    with Store.open(path, model) as store:
        store.networks.rename_network(network_id, "Nog in het logboek")
        store.notes.add_note(network_id, "ring1.s0", "nieuw", "#102030")
        before = _fingerprint(path.parent)
        assert {"s.sqlite", "s.sqlite-wal"} <= set(before)
        look = first_look(path, network_id, model)
        assert look == FirstLook.of(store.networks.load_network(network_id))
        assert look is not None and look.name == "Nog in het logboek"
        assert _fingerprint(path.parent) == before
        assert store._db._place.watch.intact()
        store.networks.create_network("Daarna")  # still holds its locks: the write goes through


@pytest.mark.slow
def test_a_store_open_in_another_process_is_read_and_left_as_it_was(made, model):
    path, network_id = made
    script = (
        "import sys\n"
        "from db import Store\n"
        "store = Store.open(sys.argv[1])\n"
        "store.networks.rename_network(int(sys.argv[2]), 'Elders hernoemd')\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
        "store.close()\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", script, str(path), str(network_id)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline() == "ready\n"
        before = _fingerprint(path.parent)
        assert {"s.sqlite", "s.sqlite-wal", "s.sqlite-shm"} <= set(before)
        look = first_look(path, network_id, model)
        assert look is not None and look.name == "Elders hernoemd"  # from the other's log
        assert _fingerprint(path.parent) == before
    finally:
        other.communicate("\n", timeout=30)
    assert other.returncode == 0


@pytest.mark.slow
def test_a_store_left_by_a_crashed_writer_is_read_through_its_log_and_left_as_it_was(made, model):
    """The start after a crash: the `-wal` and `-shm` are still there, with a commit in them."""
    path, network_id = made
    script = (
        "import os, sys\n"
        "from db import Store\n"
        "store = Store.open(sys.argv[1])\n"
        "store.networks.rename_network(int(sys.argv[2]), 'Voor de crash')\n"
        "os._exit(0)\n"  # no close: no checkpoint, the log stays
    )
    subprocess.run([sys.executable, "-c", script, str(path), str(network_id)], cwd=ROOT, check=True)
    before = _fingerprint(path.parent)
    assert {"s.sqlite", "s.sqlite-wal", "s.sqlite-shm"} <= set(before)
    look = first_look(path, network_id, model)
    assert look is not None and look.name == "Voor de crash"
    assert _fingerprint(path.parent) == before


# --- what it imports --------------------------------------------------------------------------


@pytest.mark.slow
def test_the_first_look_loads_and_reads_without_sqlalchemy(made):
    """The window paints from it before the ORM is imported: not even `db` pulls it in."""
    path, network_id = made
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "import db, db.errors, db.files, db.records, db.glance\n"
        "from app.core.model import parse_model\n"
        "from tests.model_factory import model_data\n"
        "model = parse_model(model_data())\n"
        f"look = db.glance.first_look(Path(sys.argv[1]), {network_id}, model)\n"
        f"read = db.glance.first_contents(Path(sys.argv[1]), {network_id}, model)\n"
        "heavy = sorted({'sqlalchemy', 'alembic'} & {m.split('.')[0] for m in sys.modules})\n"
        "print(look.name, read.network.name, heavy)\n"
        "from db import Store\n"
        "print(Store.__module__, 'sqlalchemy' in sys.modules)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.splitlines() == [
        "Zorgnetwerk Rijnland Zorgnetwerk Rijnland []",
        "db.store True",
    ]


def test_the_first_look_reads_the_schemas_own_tables_and_columns(made) -> None:
    """The first look cannot load SQLAlchemy, yet names no column itself: its tables are
    those `db.schema` declares (both take `db.schema_names`), and each row it reads carries
    exactly the columns `Base.metadata` gives that table (whole rows, not a list of names
    kept here), tied to its network by `glance.OWNER`."""
    from db import glance, schema_names
    from db.schema import Base

    tables = Base.metadata.tables
    declared = {value for name, value in vars(schema_names).items() if name.isupper()}
    assert set(tables) == declared  # every table is named in the one place
    path, network_id = made
    connection = sqlite3.connect(path)
    connection.row_factory = glance._named_row
    try:
        for table in glance.TABLES:
            if table == schema_names.NETWORKS:
                query = glance._rows(table, "id = ?")
            else:
                query = glance._rows(table)
                foreign = {key.parent.name for key in tables[table].foreign_keys}
                assert glance.OWNER in foreign, table
            rows = connection.execute(query, (network_id,)).fetchall()
            assert rows, table  # the made network has some of each
            assert {tuple(sorted(row._fields)) for row in rows} == {
                tuple(sorted(tables[table].columns.keys()))
            }, table
    finally:
        connection.close()
