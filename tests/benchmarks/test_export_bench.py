"""Export benchmark: tables (xlsx, CSV) and wheel images (PNG, SVG) beside a floor each.

Run with `make bench`. Prints one table of median milliseconds and file sizes for a large
network (40 lines, 200 indicators, 800 measurements, 200 post-its): the workbook and the CSV
zip beside the JSON export of the same network (what reading the store and writing one file
costs at the least); the PNG at 2000 and 4000 pixels beside encoding a blank image of the same
size; the SVG. Targets: tables ≤ 1 s, a 4000-pixel PNG ≤ 3 s.
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from app.canvas.wheel_image import picture_of, png_bytes, write_image
from app.core.model import Direction, IndicatorKind, default_model
from db import Store
from db.files import write_output
from db.table_files import write_network_tables

RUNS = 5


def _median_ms(make) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        make()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _large_network(store: Store) -> int:
    model = store.model
    network = store.networks.create_network("Groot netwerk", "Een netwerk om te meten")
    moments = [
        store.learning.add_moment(network.id, label, date(2024, i + 1, 1))
        for i, label in enumerate("ABCD")
    ]
    rings = model.rings
    for number in range(40):
        keys = tuple(
            ring.segments[(number + i) % ring.segment_count].key for i, ring in enumerate(rings)
        )
        line = store.lines.create_line(
            network.id,
            keys,
            Direction.INSIDE_OUT,
            title=f"Lijn {number}",
            stories={"core": "verhaal " * 40, "ring1": "verhaal " * 40},
        )
        for step in ("core", "ring1", "ring2", "ring3", "stakeholders"):
            indicator = store.lines.add_indicator(
                line.id,
                step,
                f"Indicator {number}-{step}",
                IndicatorKind.QUANTITATIVE,
                insight="inzicht " * 20,
                source="bron",
                baseline="10",
                target="40",
            )
            for moment in moments:
                store.learning.add_measurement(indicator.id, moment.id, 12.5 + number, "", "")
    for number in range(200):
        segment = rings[number % 3].segments[number % 4].key
        store.notes.add_note(
            network.id, segment, f"geeltje {number}", "#FFE97A", moments[number % 4].id
        )
    return network.id


def test_export_times(qapp, tmp_path: Path) -> None:
    model = default_model()
    with Store.open(tmp_path / "bench.sqlite", model) as store:
        network = _large_network(store)
        contents = store.networks.load_network(network)
        rows = [
            (
                "JSON export (floor)",
                lambda: store.networks.export_network_to(network, tmp_path / "n.json"),
                tmp_path / "n.json",
            ),
            (
                "Excel workbook",
                lambda: write_network_tables(
                    tmp_path / "n.xlsx", store.networks.load_network(network), model, "xlsx"
                ),
                tmp_path / "n.xlsx",
            ),
            (
                "CSV zip",
                lambda: write_network_tables(
                    tmp_path / "n.zip", store.networks.load_network(network), model, "csv"
                ),
                tmp_path / "n.zip",
            ),
        ]
        picture = picture_of(model, contents)
        for size in (2000, 4000):
            blank = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            blank.fill(QColor("#ffffff"))
            rows.append(
                (
                    f"blank {size} px PNG (floor)",
                    lambda b=blank, s=size: write_output(tmp_path / f"b{s}.png", png_bytes(b)),
                    tmp_path / f"b{size}.png",
                )
            )
            rows.append(
                (
                    f"wheel {size} px PNG",
                    lambda s=size: write_image(tmp_path / f"w{s}.png", model, picture, s),
                    tmp_path / f"w{size}.png",
                )
            )
        rows.append(
            (
                "wheel SVG",
                lambda: write_image(tmp_path / "w.svg", model, picture),
                tmp_path / "w.svg",
            )
        )
        print()
        print(f"{'export':<28} {'median ms':>10} {'KB':>8}")
        for name, make, path in rows:
            ms = _median_ms(make)
            print(f"{name:<28} {ms:>10.0f} {path.stat().st_size / 1024:>8.0f}")
