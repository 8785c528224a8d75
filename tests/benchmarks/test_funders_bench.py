"""Funder outputs benchmark: the Word report of the 40-line bench network beside the PDF
report and a bare python-docx document of the same size, and the IATI export beside the JSON
export. Run with `make bench`; prints median milliseconds and file sizes.

The bare document has as many paragraphs, tables (rows × columns) and pictures as the report,
made by python-docx without reading the store or drawing charts: what writing a .docx of that
size costs at the least. Targets: the Word report ≤ 5 s, the IATI export ≤ 1 s (measured in
docs/exports.md).
"""

from __future__ import annotations

import io
from pathlib import Path

import docx

from app.core.model import default_model
from app.core.trend import TrendPoint
from app.poster import render_report
from app.poster.docx_report import render_docx_report
from app.poster.trend_image import trend_png
from db import Store
from db.exchange.iati import write_iati
from db.files import write_output
from tests.benchmarks.test_export_bench import _large_network, _median_ms


def _bare_docx(shape: docx.document.Document, picture: bytes) -> bytes:
    """A document of `shape`'s size: its paragraphs' texts, its tables' sizes, its pictures."""
    document = docx.Document()
    for paragraph in shape.paragraphs:
        document.add_paragraph(paragraph.text)
    for table in shape.tables:
        copy = document.add_table(rows=len(table.rows), cols=len(table.columns))
        for row in copy.rows:
            for cell in row.cells:
                cell.text = "12,5"
    for _ in shape.inline_shapes:
        document.add_picture(io.BytesIO(picture))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_funder_output_times(tmp_path: Path) -> None:
    model = default_model()
    with Store.open(tmp_path / "bench.sqlite", model) as store:
        network = _large_network(store)
        store.groups.set_iati_identity(network, "NL-KVK-41150085-bench", "NL-KVK-41150085")
        contents = store.networks.load_network(network)
        word = tmp_path / "report.docx"
        render_docx_report(word, model, contents)
        shape = docx.Document(str(word))
        picture = trend_png(
            [TrendPoint(label, 12.5) for label in "ABCD"], bars=False, width=300, height=110
        )
        rows = [
            (
                "JSON export (floor)",
                lambda: store.networks.export_network_to(network, tmp_path / "n.json"),
                tmp_path / "n.json",
            ),
            (
                "IATI results XML",
                lambda: write_iati(tmp_path / "n.xml", store.networks.load_network(network), model),
                tmp_path / "n.xml",
            ),
            (
                "PDF report",
                lambda: render_report(
                    tmp_path / "r.pdf", model, store.networks.load_network(network)
                ),
                tmp_path / "r.pdf",
            ),
            (
                "Word report",
                lambda: render_docx_report(word, model, store.networks.load_network(network)),
                word,
            ),
            (
                "bare python-docx (floor)",
                lambda: write_output(tmp_path / "bare.docx", _bare_docx(shape, picture)),
                tmp_path / "bare.docx",
            ),
        ]
        print()
        print(
            f"Word report: {len(shape.paragraphs)} paragraphs, {len(shape.tables)} tables, "
            f"{len(shape.inline_shapes)} charts"
        )
        print(f"{'output':<28} {'median ms':>10} {'KB':>8}")
        for name, make, path in rows:
            ms = _median_ms(make)
            print(f"{name:<28} {ms:>10.0f} {path.stat().st_size / 1024:>8.0f}")
