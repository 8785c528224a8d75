"""The private PostgreSQL cluster the team-store tests stand on starts, takes passwords and
refuses a wrong one (tests/pg_cluster.py)."""

from __future__ import annotations

import psycopg
import pytest

from tests.pg_cluster import MEMBER, MEMBER_PASSWORD, Cluster


def test_a_member_connects_with_the_password(pg_cluster: Cluster, pg_database: str) -> None:
    with psycopg.connect(
        pg_cluster.libpq(pg_database, MEMBER) + f" password={MEMBER_PASSWORD}"
    ) as connection:
        row = connection.execute("select current_user, current_database()").fetchone()
    assert row == (MEMBER, pg_database)


def test_a_wrong_password_is_refused(pg_cluster: Cluster, pg_database: str) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_cluster.libpq(pg_database, MEMBER) + " password=wrong")
