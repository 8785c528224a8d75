"""Shared test setup: headless Qt, and an opt-in switch for the benchmarks."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.pg_cluster import Cluster, running_cluster, why_not_available

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--benchmarks",
        action="store_true",
        default=False,
        help="run tests/benchmarks (make bench); they are skipped otherwise",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--benchmarks"):
        return
    skip = pytest.mark.skip(reason="benchmarks run with `make bench`")
    for item in items:
        if "benchmarks" in item.path.parts:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A private PostgreSQL cluster for this test process (tests/pg_cluster.py); skips with the
    reason where the server is not installed."""
    reason = why_not_available()
    if reason is not None:
        pytest.skip(reason)
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def pg_database(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh, empty database on the private cluster (owned by the member role); its name."""
    name = pg_cluster.new_database()
    yield name
    pg_cluster.drop_database(name)
