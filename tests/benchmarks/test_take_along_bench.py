"""Take-along benchmark: a 40-line network (200 indicators, 1,000 measurements) taken from a
team store on the private PostgreSQL cluster into a laptop's SQLite file and brought back, with
and without a change in the team store meanwhile; and `copy` of ten such networks from a file
into an empty team store. Prints the times (no targets in the issue; run with `make bench`)."""

from __future__ import annotations

import time
from pathlib import Path

from app.core.model import default_model
from db import Store
from db.copy_store import copy_store
from db.take_along import bring_back, take_along
from tests.benchmarks.test_store_bench import _document
from tests.pg_cluster import Cluster


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def test_take_along_benchmark(pg_cluster: Cluster, tmp_path: Path) -> None:
    model = default_model()
    url = pg_cluster.url(pg_cluster.new_database("along"))
    figures: list[tuple[str, float]] = []
    with Store.open(url, model) as team, Store.open(tmp_path / "laptop.sqlite", model) as laptop:
        network_id = team.networks.import_network(_document(model, 1)).id
        for round_ in ("unchanged", "changed"):
            start = time.perf_counter()
            copy = take_along(team, laptop, str(network_id), url)
            figures.append(
                (f"take along (40 lines, 1,000 measurements), {round_} round", _ms(start))
            )
            line = laptop.lines.list_lines(copy.id)[0]
            laptop.lines.set_line_story(line.id, "core", "in de zaal")
            if round_ == "changed":
                team.lines.set_line_story(
                    team.lines.list_lines(network_id)[1].id, "core", "op kantoor"
                )
            start = time.perf_counter()
            result = bring_back(laptop, team, str(copy.id))
            figures.append((f"bring back, team store {round_} meanwhile", _ms(start)))
            assert (result.kept_network is None) == (round_ == "unchanged")
            laptop.networks.delete_network(copy.id)
    source_path = tmp_path / "source.sqlite"
    with Store.open(source_path, model) as source:
        for number in range(10):
            source.networks.import_network(_document(model, number))
    with (
        Store.open(source_path, model) as source,
        Store.open(pg_cluster.url(pg_cluster.new_database("copy")), model) as target,
    ):
        start = time.perf_counter()
        copied = copy_store(source, target)
        figures.append((f"copy 10 networks ({copied.rows} rows) file → server", _ms(start)))
    print("\nTake-along benchmark (PostgreSQL over a Unix socket, laptop store a file):")
    for name, milliseconds in figures:
        print(f"  {name:<58} {milliseconds:8.0f} ms")
