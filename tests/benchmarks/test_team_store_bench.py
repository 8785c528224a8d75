"""Team store benchmark: the store on a loopback PostgreSQL server (the private cluster of
tests/pg_cluster.py, over its Unix socket) beside a bare psycopg floor.

Prints one table like the store benchmark's: each figure through the store, the floor of the
same work with bare psycopg 3 (same server, same rows), the ratio and the target ratio; a
missed target fails `make bench` (after the whole table is printed). Also prints how many
queries one load of a network takes (a small constant, whatever the network's size).
"""

from __future__ import annotations

import contextlib
import io
import random
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from sqlalchemy import event

from app.cli import main
from app.core.model import Model, default_model
from db import Store
from tests.benchmarks.test_store_bench import _document
from tests.pg_cluster import Cluster

REPEAT = 9
SHORT_REPEAT = 41  # for a figure of about a millisecond, whose median a few runs leave to noise


def _median_ms(action: Callable[[], Any], repeat: int = REPEAT) -> float:
    action()  # warm: the first run pays for imports and the server's caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _bare_load(libpq: str, network_id: int) -> list[Any]:
    """The floor of open + load: connect, read the same rows in one transaction, close."""
    with psycopg.connect(libpq) as connection:
        rows = [
            connection.execute("SELECT * FROM networks WHERE id = %s", (network_id,)).fetchall()
        ]
        for table in (
            "stakeholder_groups",
            "ring_positions",
            "core_entries",
            "reasoning_lines",
            "moments",
            "notes",
        ):
            rows.append(
                connection.execute(
                    f"SELECT * FROM {table} WHERE network_id = %s",  # type: ignore[arg-type]
                    (network_id,),
                ).fetchall()
            )
        for query in (
            "SELECT s.* FROM line_steps s JOIN reasoning_lines l ON s.line_id = l.id "
            "WHERE l.network_id = %s",
            "SELECT e.* FROM step_evidence e JOIN line_steps s ON e.step_id = s.id "
            "JOIN reasoning_lines l ON s.line_id = l.id WHERE l.network_id = %s",
            "SELECT i.* FROM indicators i JOIN reasoning_lines l ON i.line_id = l.id "
            "WHERE l.network_id = %s",
            "SELECT m.* FROM measurements m JOIN moments o ON m.moment_id = o.id "
            "WHERE o.network_id = %s",
        ):
            rows.append(connection.execute(query, (network_id,)).fetchall())  # type: ignore[arg-type]
        return rows


def _bare_save_line(
    connection: psycopg.Connection[Any],
    network_id: int,
    keys: list[str | None],
    steps: tuple[str, ...],
) -> None:
    with connection.transaction():
        line_id = connection.execute(
            "INSERT INTO reasoning_lines (network_id, title, direction, status, assumptions, "
            "created_at, updated_at) VALUES (%s, '', 'inside_out', 'idea', '', now(), now()) "
            "RETURNING id",
            (network_id,),
        ).fetchone()[0]  # type: ignore[index]
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO line_steps (line_id, step_key, segment_key, story) "
                "VALUES (%s, %s, %s, '')",
                [(line_id, step, key) for step, key in zip(steps, keys, strict=True)],
            )
        connection.execute("UPDATE networks SET updated_at = now() WHERE id = %s", (network_id,))


def _store_with(cluster: Cluster, model: Model, networks: int) -> str:
    """A team store with `networks` small networks (two lines each); its URL."""
    url = cluster.url(cluster.new_database("bench"))
    chance = random.Random(networks)
    with Store.open(url, model) as store:
        for number in range(networks):
            network = store.networks.create_network(f"Netwerk {number:03}")
            for _ in range(2):
                keys = tuple(chance.choice(ring.segments).key for ring in model.rings)
                store.lines.create_line(network.id, keys)
    return url


def _list_command(url: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        assert main(["--db", url, "list"]) == 0
    assert "Netwerk 000" in out.getvalue()


@pytest.mark.usefixtures("qapp")
def test_team_store_benchmark(pg_cluster: Cluster) -> None:
    model = default_model()
    database = pg_cluster.new_database("bench")
    url = pg_cluster.url(database)
    libpq = f"host={pg_cluster.socket_folder} dbname={database} user=member password=member-secret"
    with Store.open(url, model) as store:
        network_id = store.networks.import_network(_document(model, 1)).id
        lines = len(store.lines.list_lines(network_id))
    assert lines == 40

    queries: list[str] = []

    def open_and_load() -> None:
        with Store.open(url, model) as opened:
            opened.networks.load_network(network_id)

    results = [
        (
            "open + load one network (40 lines)",
            open_and_load,
            lambda: _bare_load(libpq, network_id),
            5.0,
        )
    ]
    store = Store.open(url, model)

    def count(*arguments: Any) -> None:
        queries.append(str(arguments[2]))

    event.listen(store._db._engine, "before_cursor_execute", count)
    store.networks.load_network(network_id)
    event.remove(store._db._engine, "before_cursor_execute", count)
    load_queries = len(queries)

    keys = [random.Random(1).choice(ring.segments).key for ring in model.rings]
    bare = psycopg.connect(libpq)
    results.append(
        (
            "save one reasoning line",
            lambda: store.lines.create_line(network_id, tuple(keys)),
            lambda: _bare_save_line(bare, network_id, [None, *keys], model.step_keys),
            3.0,
        )
    )
    table = [
        (name, _median_ms(ours), _median_ms(floor), target) for name, ours, floor, target in results
    ]
    bare.close()
    store.close()

    from app.ui.panels.start_page import StartPage

    few, many = _store_with(pg_cluster, model, 5), _store_with(pg_cluster, model, 200)
    page = StartPage()

    def start_page(at: str) -> Callable[[], None]:
        opened = Store.open(at, model)
        stores.append(opened)
        return lambda: page.show_networks(opened.networks.list_names())

    stores: list[Store] = []
    table.append(
        (
            "`list` with 200 networks (vs 5)",
            _median_ms(lambda: _list_command(many)),
            _median_ms(lambda: _list_command(few)),
            2.0,
        )
    )
    table.append(
        (
            "start page with 200 networks (vs 5)",  # about a millisecond: more runs
            _median_ms(start_page(many), SHORT_REPEAT),
            _median_ms(start_page(few), SHORT_REPEAT),
            2.0,
        )
    )
    for opened in stores:
        opened.close()

    print(
        f"\nTeam store benchmark: PostgreSQL over a Unix socket; one network of {lines} lines "
        f"loads in {load_queries} queries",
        file=sys.stderr,
    )
    header = f"{'figure':<40}{'netimpact':>11}{'floor':>11}{'ratio':>8}{'target':>14}"
    print(header, file=sys.stderr)
    print("-" * len(header), file=sys.stderr)
    missed = []
    for name, ours, floor, target in table:
        ratio = ours / floor
        verdict = f"≤{target:g}× " + ("ok" if ratio <= target else "MISSED")
        if ratio > target:
            missed.append(name)
        print(
            f"{name:<40}{ours:>8.1f} ms{floor:>8.1f} ms{ratio:>7.1f}×  {verdict}", file=sys.stderr
        )
    print(
        "(floors: bare psycopg for the first two; the same with 5 networks for the last two)",
        file=sys.stderr,
    )
    assert load_queries <= 16, queries
    assert not missed, f"missed: {', '.join(missed)}"
