"""docs/team-store.md's set-up, statement for statement: a member creates and changes the
store, a reader only reads it (the SQL blocks of the doc are run as they are written)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db import Store
from db.errors import StoreReadOnlyError

DOC = Path(__file__).resolve().parents[2] / "docs" / "team-store.md"


def _sql_blocks() -> list[str]:
    section = DOC.read_text(encoding="utf-8").split("## Setting up a server")[1].split("\n## ")[0]
    return re.findall(r"```sql\n(.*?)```", section, re.DOTALL)


def test_the_documented_roles_and_grants_give_members_and_readers_what_they_need(pg_cluster, model):
    cluster_wide, in_database = _sql_blocks()
    suffix = f"_{next(pg_cluster._numbers)}"
    names = ("netimpact_members", "netimpact_readers", "netwerken", "anna", "bram")

    def local(sql: str) -> str:
        for name in names:
            sql = re.sub(rf"\b{name}\b", name + suffix, sql)
        return sql

    database = "netwerken" + suffix
    for statement in local(cluster_wide).split(";\n"):
        if statement.strip():
            pg_cluster.admin(statement)
    pg_cluster.admin(local(in_database), database)
    try:

        def url(user: str) -> str:
            return pg_cluster.url(database, user + suffix, "change-me")

        with Store.open(url("anna"), model) as store:
            assert not store.read_only
            network = store.networks.create_network("Samen")
        with Store.open(url("bram"), model) as store:
            assert store.read_only
            assert [n.name for n in store.networks.list_networks()] == ["Samen"]
            with pytest.raises(StoreReadOnlyError, match="read-only"):
                store.networks.rename_network(network.id, "Anders")
    finally:
        pg_cluster.drop_database(database)
        for role in ("anna", "bram", "netimpact_members", "netimpact_readers"):
            pg_cluster.admin(f"DROP ROLE IF EXISTS {role}{suffix}")
