"""`netimpact poster` makes all three kinds from a real store file, headless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.model import IndicatorKind
from db import Store
from tests.poster.pdf_checks import extracted_text, page_boxes, squeezed

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store_file(tmp_path, model):
    path = tmp_path / "store.sqlite"
    with Store.open(path, model) as store:
        network = store.networks.create_network("Onderwijsnetwerk Zuid-Holland: ideeën")
        keys = tuple(ring.segments[1].key for ring in model.rings)
        line = store.lines.create_line(
            network.id,
            keys,
            title="Van leergemeenschap naar regio",
            stories={"ring1": "Docenten leren van elkaar."},
            assumptions="Het werkt door.",
        )
        indicator = store.lines.add_indicator(
            line.id, "ring1", "Deelnemers", IndicatorKind.QUANTITATIVE
        )
        moment = store.learning.add_moment(network.id, "A")
        store.learning.add_measurement(indicator.id, moment.id, 42)
        store.notes.add_note(network.id, keys[0], "Mooie start")
    return path, line.id


def run(*arguments: str, db: Path) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, NETIMPACT_DB=str(db), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app", "poster", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.slow
def test_the_command_line_makes_all_three_kinds(tmp_path, store_file):
    db, line_id = store_file
    blank, line, report, titled = (
        tmp_path / name for name in ("blank.pdf", "line.pdf", "report.pdf", "titled.pdf")
    )
    network = "Onderwijsnetwerk Zuid-Holland: ideeën"

    results = [
        run("--network", network, "--blank", "-o", str(blank), db=db),
        run("--network", network, "--line", str(line_id), "--portrait", "-o", str(line), db=db),
        run(
            "--network",
            network,
            "--line",
            "Van leergemeenschap naar regio",
            "-o",
            str(titled),
            db=db,
        ),
        run("--network", network, "--report", "--language", "en", "-o", str(report), db=db),
    ]

    assert [r.returncode for r in results] == [0, 0, 0, 0], [r.stderr for r in results]
    assert page_boxes(blank)[0] == pytest.approx((1190.55, 841.89), abs=0.01)
    assert page_boxes(line)[0] == pytest.approx((841.89, 1190.55), abs=0.01)
    assert squeezed(network) in squeezed(extracted_text(blank))
    assert squeezed("Docenten leren van elkaar.") in squeezed(extracted_text(line))
    assert squeezed("Docenten leren van elkaar.") in squeezed(extracted_text(titled))
    assert "Mooie start" in extracted_text(report)


@pytest.mark.slow
def test_bad_input_is_one_line_for_people_and_no_traceback(tmp_path, store_file):
    db, _line_id = store_file
    output = str(tmp_path / "x.pdf")

    unknown_network = run("--network", "Bestaat niet", "-o", output, db=db)
    unknown_line = run("--network", "1", "--line", "999", "-o", output, db=db)

    for result in (unknown_network, unknown_line):
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        assert result.stderr.startswith("netimpact:")
        assert len(result.stderr.strip().splitlines()) <= 2


@pytest.mark.slow
def test_the_session_poster_in_sizes_and_tiles(tmp_path, store_file):
    db, _line_id = store_file
    network = "Onderwijsnetwerk Zuid-Holland: ideeën"
    a1, tiles = tmp_path / "a1.pdf", tmp_path / "tegels.pdf"
    results = [
        run("--network", network, "--session", "--size", "A1", "-o", str(a1), db=db),
        run(
            "--network",
            network,
            "--session",
            "--size",
            "A0",
            "--tile",
            "A4",
            "-o",
            str(tiles),
            db=db,
        ),
    ]
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    assert page_boxes(a1)[0] == pytest.approx((2383.94, 1683.78), abs=0.01)
    assert "Mooiestart" in squeezed(extracted_text(a1))  # on a card, maybe on two lines
    boxes = page_boxes(tiles)
    assert len(boxes) > 8 and all(
        sorted(box) == pytest.approx([595.28, 841.89], abs=0.01) for box in boxes
    )
    refused = run("--network", network, "--report", "--size", "A1", "-o", str(a1), db=db)
    assert refused.returncode != 0 and "A4" in refused.stderr


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["--blank", "--line"])
def test_the_blank_and_line_posters_in_sizes_and_tiles(tmp_path, store_file, kind):
    db, line_id = store_file
    network = "Onderwijsnetwerk Zuid-Holland: ideeën"
    which = [kind] if kind == "--blank" else [kind, str(line_id)]
    a2, tiles = tmp_path / "a2.pdf", tmp_path / "tegels.pdf"
    results = [
        run("--network", network, *which, "--size", "A2", "-o", str(a2), db=db),
        run("--network", network, *which, "--size", "A1", "--tile", "A3", "-o", str(tiles), db=db),
    ]
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    assert "A2" in results[0].stdout and "A3 tiles" in results[1].stdout
    assert page_boxes(a2)[0] == pytest.approx((1683.78, 1190.55), abs=0.01)
    assert network in extracted_text(a2)
    boxes = page_boxes(tiles)
    assert len(boxes) >= 4 and all(
        sorted(box) == pytest.approx([841.89, 1190.55], abs=0.01) for box in boxes
    )
