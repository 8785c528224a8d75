"""Stores for the tests, with a test model of four-segment rings.

The store's suite runs against both engines: every test that takes the `store` fixture runs
once on a real SQLite file in tmp_path ("file") and once on a team store in a fresh database
of the private PostgreSQL cluster ("server"; skipped with the reason where the server is not
installed). A test about the store's file itself (its bytes, backups, locks, SQLite's own
checks) is marked `@pytest.mark.file_only` and runs on the file engine only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.model import Model, parse_model
from db import Store
from tests.model_factory import model_data
from tests.pg_cluster import MEMBER, READER, Cluster

ENGINES = ("file", "server")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "file_only: about the store's file (bytes, backups, locks): no server run"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames:
        file_only = metafunc.definition.get_closest_marker("file_only") is not None
        metafunc.parametrize("engine", ("file",) if file_only else ENGINES, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """Which engine the store of this test runs on: "file" or "server"."""
    return str(request.param)


@pytest.fixture(scope="session")
def model() -> Model:
    return parse_model(model_data())


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture(scope="session")
def migrated_template(pg_cluster: Cluster) -> Iterator[str]:
    """A database migrated to head once per session; each server test gets a copy of it
    (CREATE DATABASE … TEMPLATE copies files: much faster than migrating every time)."""
    name = pg_cluster.new_database("template")
    Store.open(pg_cluster.url(name)).close()
    yield name
    pg_cluster.drop_database(name)


@pytest.fixture
def server_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a fresh team store (a copy of the migrated template), for the member role."""
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    template = request.getfixturevalue("migrated_template")
    name = cluster.new_database()
    cluster.drop_database(name)
    cluster.admin(
        f'CREATE DATABASE "{name}" OWNER {MEMBER} TEMPLATE "{template}" STRATEGY FILE_COPY'
    )
    cluster.admin(f'GRANT CONNECT ON DATABASE "{name}" TO {READER}')
    yield cluster.url(name)
    cluster.drop_database(name)


@pytest.fixture
def store_target(engine: str, request: pytest.FixtureRequest) -> str | Path:
    """Where the test's store is: a file path, or a server URL."""
    if engine == "server":
        return str(request.getfixturevalue("server_url"))
    return Path(request.getfixturevalue("store_path"))


@pytest.fixture
def store(store_target: str | Path, model: Model) -> Iterator[Store]:
    with Store.open(store_target, model) as opened:
        yield opened
