"""Poster benchmark: time and file size of each kind of PDF beside a floor.

Run with `make bench`. Prints one table: the median and the first (cold) time in
milliseconds and the file size in KB for the blank poster, a line poster and a 40-line
report, beside the floor: a bare ReportLab A3 page with the same font embedded and one line of
text (what ReportLab and font subsetting cost on this machine at the least). The fonts are
registered once per process, before any timing, as the program does. Targets: blank poster
≤ 150 ms and ≤ 250 KB; line poster ≤ 250 ms; session poster with 60 notes (25 on one
segment) ≤ 400 ms, on A3 and as A1 tiled onto A4; it prints how many notes the wheel carries.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas

from app.core.model import default_model
from app.core.wording import Wording
from app.poster import (
    render_blank_poster,
    render_line_poster,
    render_report,
    render_session_poster,
)
from app.poster.fonts import REGULAR, register_fonts
from app.poster.session_layout import groups_of, lay_out_session
from app.poster.session_poster import DESIGN, session_wheel
from app.poster.tiling import PosterSize, SheetSize
from tests.poster.conftest import make_network
from tests.poster.sample import make_contents, make_line
from tests.poster.sample import session_contents as session

RUNS = 15


def _floor(path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=landscape(A3), initialFontName=REGULAR)
    canvas.setFont(REGULAR, 12)
    canvas.drawString(72, 72, "Netwerkimpact: één regel tekst")
    canvas.showPage()
    canvas.save()
    return path


def _measure(make) -> tuple[float, float, float]:
    """(median ms, first ms, KB) over RUNS runs of `make()`, which returns the written path."""
    times = []
    path = None
    for _ in range(RUNS):
        start = time.perf_counter()
        path = make()
        times.append((time.perf_counter() - start) * 1000)
    assert path is not None
    return statistics.median(times), times[0], path.stat().st_size / 1024


def test_poster_times_and_sizes(tmp_path) -> None:
    model = default_model()
    start = time.perf_counter()
    register_fonts()  # once per process; near zero if another test registered them already
    registration = (time.perf_counter() - start) * 1000
    network = make_network(model)
    contents = make_contents(model)
    lines = tuple(
        make_line(
            model,
            line_id=i + 1,
            indices=(i % 4, (i // 4) % 4, (i // 16) % 4, i % 4),
            title=f"Lijn {i + 1}",
        )
        for i in range(40)
    )
    report_contents = make_contents(model, lines)
    session_model, session_contents = session(count=60, crowded=25)

    rows = [
        ("floor: bare A3 page", _measure(lambda: _floor(tmp_path / "floor.pdf"))),
        (
            "blank poster",
            _measure(lambda: render_blank_poster(tmp_path / "blank.pdf", model, network)),
        ),
        (
            "line poster",
            _measure(lambda: render_line_poster(tmp_path / "line.pdf", model, contents, 1)),
        ),
        (
            "report, 40 lines",
            _measure(lambda: render_report(tmp_path / "report.pdf", model, report_contents)),
        ),
        (
            "session, 60 notes",
            _measure(
                lambda: render_session_poster(
                    tmp_path / "session.pdf", session_model, session_contents
                )
            ),
        ),
        (
            "session, A1 on A4",
            _measure(
                lambda: render_session_poster(
                    tmp_path / "tiles.pdf",
                    session_model,
                    session_contents,
                    size=PosterSize.A1,
                    tile=SheetSize.A4,
                )
            ),
        ),
    ]
    print()
    print(f"{'PDF':<22} | {'median ms':>9} | {'first ms':>8} | {'KB':>7}   ({RUNS} runs)")
    for name, (median, first, size) in rows:
        print(f"{name:<22} | {median:9.1f} | {first:8.1f} | {size:7.1f}")
    print(f"{'font registration':<22} | {'':>9} | {registration:8.1f} |  (once per process)")

    wording = Wording.of(session_model, "nl")
    place = session_wheel(*DESIGN)
    groups = groups_of(session_model, session_contents.notes, wording)
    arrangement = session_contents.wheel.arrangement
    placed = lay_out_session(session_model, groups, arrangement, wording, place.radius)
    cards = sum(len(group.cards) for group in placed)
    markers = sum(group.marker is not None for group in placed)
    print(
        f"session, 60 notes: {cards} on the wheel, {60 - cards} in the list, "
        f"{markers} segment markers"
    )

    blank, line, session_poster, tiled = rows[1][1], rows[2][1], rows[4][1], rows[5][1]
    assert blank[0] <= 150 and blank[2] <= 250
    assert line[0] <= 250
    assert session_poster[0] <= 400 and tiled[0] <= 400


STORY_LENGTHS = (5_000, 10_000, 20_000)  # 20,000 is MAX_STORY (app.core.limits)
SENTENCE = "Docenten leren van elkaar in leergemeenschappen en nemen dat mee naar hun team. "


def test_line_poster_time_grows_linearly_with_the_story(tmp_path) -> None:
    """The line poster with one step's story at 5k, 10k and 20k characters, beside the floor of
    the blank poster: the time above that floor per 1,000 characters stays about the same.
    (Before issue 10 ReportLab re-broke the whole rest of a story at every split, and broke
    lines with list.pop(0): 100k characters took 1 s, 400k 21 s on this machine.)"""
    model = default_model()
    register_fonts()
    network = make_network(model)
    floor, _first, _size = _measure(lambda: render_blank_poster(tmp_path / "b.pdf", model, network))
    empty = make_contents(model, (make_line(model, stories={}),))
    base, _first, _size = _measure(lambda: render_line_poster(tmp_path / "e.pdf", model, empty, 1))
    rows = []
    for length in STORY_LENGTHS:
        story = (SENTENCE * (length // len(SENTENCE) + 1))[:length]
        contents = make_contents(model, (make_line(model, stories={"ring2": story}),))
        median, _first, size = _measure(
            lambda contents=contents: render_line_poster(tmp_path / "l.pdf", model, contents, 1)
        )
        rows.append((length, median, size, (median - base) / (length / 1000)))
    print()
    print(f"{'line poster, story of':<24} | {'median ms':>9} | {'KB':>6} | {'ms per 1k chars':>15}")
    print(f"{'floor: blank poster':<24} | {floor:9.1f} |")
    print(f"{'no story (base)':<24} | {base:9.1f} |")
    for length, median, size, per_thousand in rows:
        print(
            f"{f'{length:,} characters':<24} | {median:9.1f} | {size:6.1f} | {per_thousand:15.2f}"
        )
    per_thousand = [row[3] for row in rows]
    # linear: the cost of the last 1,000 characters is no more than twice that of the first
    assert per_thousand[-1] <= 2 * per_thousand[0] + 1.0
    assert rows[-1][1] <= 1000
