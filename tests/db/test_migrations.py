"""Migrations: a revision-1 store upgrades to head with its data intact and a dated backup."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.core.geometry import Arrangement
from app.core.model import Direction, IndicatorKind
from db import Store
from db.engine import HEAD_REVISION, KNOWN_REVISIONS, MIGRATIONS_DIR, _upgrade, connect
from db.records import LineStatus, SourceKind, WheelState
from db.schema import Base

FIXTURE = Path(__file__).parent / "fixtures" / "store_rev1.sql"


def _rev1_store(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.executescript(FIXTURE.read_text(encoding="utf-8"))
    connection.close()
    return path


def test_the_known_revisions_are_the_packaged_migrations_in_order():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    walked = [s.revision for s in scripts.walk_revisions("base", "heads")]
    assert tuple(reversed(walked)) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_a_revision_1_store_upgrades_with_its_data_intact(tmp_path, model):
    path = _rev1_store(tmp_path / "store.sqlite")
    with Store.open(path, model) as store:
        backup = store.backup_made
        (summary,) = store.networks.list_networks()
        contents = store.networks.load_network(summary.id)
    assert summary.name == "Onderwijsnetwerk"
    assert contents.network.created_at == datetime(2024, 1, 5, 10, 0, tzinfo=UTC)
    assert contents.network.stakeholder("stakeholders.s1").name == "Studenten"
    assert contents.wheel == WheelState(Arrangement((2, 0, 1, 3)))  # new columns: defaults
    assert [e.text for e in contents.core] == ["Gemeente", "ROC"]
    (line,) = contents.lines
    assert (line.title, line.status, line.segment_keys) == (
        "Lijn één",
        LineStatus.INVESTIGATING,
        ("ring1.s2", "ring2.s0", "ring3.s1", "stakeholders.s3"),
    )
    assert line.story("stakeholders") == "voor wie"
    (indicator,) = contents.indicators
    assert (indicator.owner, indicator.valid, indicator.relevant) == ("Els", True, None)
    assert contents.moments[0].date == date(2024, 3, 1)
    assert contents.measurements[0].value == 12.5
    assert [n.text for n in contents.notes] == ["geeltje 🎉"]
    # revision 0004's columns start empty: no judgement, no source or date, no hand order
    assert all(step.plausibility is None for step in line.steps)
    assert (contents.measurements[0].source, contents.measurements[0].measured_on) == ("", None)
    assert contents.moments[0].position == 0
    assert (contents.evidence, contents.targets) == ((), ())
    # the backup is the untouched revision-1 store, dated, next to it
    assert backup is not None and backup.parent == tmp_path
    assert datetime.now().strftime("%Y-%m-%d") in backup.name
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert old.execute("SELECT count(*) FROM notes").fetchone() == (1,)
    old.close()


def test_ids_stay_unique_after_the_upgrade(tmp_path, model):
    with Store.open(_rev1_store(tmp_path / "store.sqlite"), model) as store:
        network_id = store.networks.list_networks()[0].id
        assert store.notes.add_note(network_id, "ring1.s0", "new").id == 3  # 2 was deleted in rev 1
        assert store.wheel.save_wheel(
            network_id, WheelState(Arrangement((0, 0, 0, 0)), frozenset({"ring3"}))
        ).locked_rings


def test_a_second_open_makes_no_second_backup(tmp_path, model):
    path = _rev1_store(tmp_path / "store.sqlite")
    Store.open(path, model).close()
    with Store.open(path, model) as store:
        assert store.backup_made is None
    assert len([p for p in tmp_path.iterdir() if "before-upgrade" in p.name]) == 1


def test_the_migrations_build_exactly_the_orm_schema(tmp_path):
    engine = connect(tmp_path / "store.sqlite")
    Store  # noqa: B018 - the store module registers every table on Base
    _upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def _migrate(engine, direction: str, target: str) -> None:
    """Run the packaged migrations up or down to `target` on `engine`, with foreign keys off
    as the store does (batch mode rebuilds tables; with them on, a rebuild would cascade)."""
    from alembic import command

    if direction == "upgrade":
        _upgrade(engine, target)
        return
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, target)


def _checks(path: Path, table: str) -> str:
    connection = sqlite3.connect(path)
    (sql,) = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    connection.close()
    return sql


def test_revision_3_types_status_direction_and_kind_and_keeps_every_value(tmp_path, model):
    path = _rev1_store(tmp_path / "store.sqlite")
    engine = connect(path)
    _migrate(engine, "upgrade", "0002")
    with engine.begin() as connection:  # the rows a 0002 program wrote, as plain text
        connection.exec_driver_sql(
            "UPDATE reasoning_lines SET direction = 'outside_in', status = 'let_go'"
        )
        connection.exec_driver_sql(
            "UPDATE indicators SET kind = 'qualitative', source_kind = 'new'"
        )
    _migrate(engine, "upgrade", "0003")
    engine.dispose()
    for table, column in (("reasoning_lines", "direction"), ("indicators", "source")):
        assert f"CONSTRAINT ck_{table}_{column} CHECK" in _checks(path, table)
    with Store.open(path, model) as store:
        contents = store.networks.load_network(store.networks.list_networks()[0].id)
    (line,) = contents.lines
    (indicator,) = contents.indicators
    assert (line.direction, line.status) == (Direction.OUTSIDE_IN, LineStatus.LET_GO)
    assert (indicator.kind, indicator.source_kind) == (IndicatorKind.QUALITATIVE, SourceKind.NEW)
    connection = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE reasoning_lines SET status = 'maybe'")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE indicators SET source_kind = 'borrowed'")
    connection.execute("UPDATE indicators SET source_kind = NULL")  # no source chosen yet
    connection.rollback()
    connection.close()


def test_revision_3_goes_down_to_revision_2_and_up_again_without_loss(tmp_path, model):
    path = _rev1_store(tmp_path / "store.sqlite")
    with Store.open(path, model) as store:
        before = store.networks.load_network(store.networks.list_networks()[0].id)
    engine = connect(path)
    _migrate(engine, "downgrade", "0002")
    assert "CONSTRAINT ck_indicators_kind CHECK" in _checks(path, "indicators")
    _migrate(engine, "upgrade", "head")
    engine.dispose()
    with Store.open(path, model) as store:
        assert store.networks.load_network(before.network.id) == before


def test_the_migrations_build_the_orm_schema_on_postgresql_from_empty(pg_cluster, pg_database):
    """Every migration from an empty database to head on PostgreSQL (plain ALTERs, no batch
    rebuilds), then alembic's comparison with the ORM finds nothing to change."""
    from sqlalchemy import create_engine, text

    Store.open(pg_cluster.url(pg_database)).close()
    engine = create_engine(pg_cluster.url(pg_database))
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == HEAD_REVISION
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_the_migrations_go_down_to_empty_and_up_again_on_postgresql(pg_cluster, pg_database):
    from alembic import command
    from sqlalchemy import create_engine, inspect

    Store.open(pg_cluster.url(pg_database)).close()
    engine = create_engine(pg_cluster.url(pg_database))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    with Store.open(pg_cluster.url(pg_database)) as store:
        assert store.networks.list_networks() == ()
