"""`netimpact --self-test`: prove that this installation works, without a screen or a network.

It opens the main window offscreen on a temporary store, creates a network, turns a ring
through the physics until it rests, writes a workshop poster to a temporary file, prints a
short report and returns 0; on the first failure it prints one line with the reason and
returns 1. The bundle test runs it on the frozen program.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.control.workshop import Workshop

SETTLE_TIMEOUT_S = 10.0


class SelfTestError(RuntimeError):
    """A check failed; the message says which, in one line."""


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every check; 0 when all pass."""
    # Before any QApplication exists: the self-test must run on machines without a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="netimpact-self-test-") as folder:
            for line in _checks(Path(folder)):
                out(f"  ok  {line}")
    except Exception as error:  # one line for people, whatever broke
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        print(f"netimpact --self-test: FAILED: {reason}", file=sys.stderr)
        return 1
    out(f"self-test passed in {time.monotonic() - started:.1f} s")
    return 0


def _checks(folder: Path) -> Iterator[str]:
    """Each step yields a line for the report; a failing step raises."""
    from PySide6.QtCore import QCoreApplication

    from app import __version__
    from app.canvas.fonts import wheel_font_family
    from app.core.resources import resources_dir
    from app.poster import render_blank_poster
    from app.ui.control.i18n import LanguageSwitcher
    from app.ui.control.settings import Settings
    from app.ui.shell.application import application, build_window
    from db.store import Store

    yield f"Netwerkimpact {__version__}, Python {sys.version.split()[0]}, resources in " + str(
        resources_dir()
    )
    app = application()
    switcher = LanguageSwitcher(app)
    switcher.use("nl")
    if QCoreApplication.translate("MainWindow", "&File") == "&File":
        raise SelfTestError("the Dutch translations loaded but do not translate")
    try:
        yield "Dutch translations load and translate"
        family = wheel_font_family()
        if family is None:
            raise SelfTestError("the bundled font did not load")
        yield f"bundled font: {family}"
        with Store.open(folder / "self-test.sqlite") as store:
            yield f"store created and migrated: {folder.name}/self-test.sqlite"
            settings = Settings.in_file(folder / "settings.ini")
            window = build_window(store, settings, switcher)
            window.show()
            app.processEvents()
            workshop = window.workshop
            workshop.create_network("Self-test")
            yield f"main window open ({app.platformName()}), network created"
            before = workshop.contents.wheel.arrangement
            scene = window.scene
            ring_key = workshop.model.ring_keys[1]
            scene.select_ring(ring_key)
            scene.turn_selected(1)
            deadline = time.monotonic() + SETTLE_TIMEOUT_S
            while scene.animator.running:
                if time.monotonic() > deadline:
                    raise SelfTestError("the turned ring did not come to rest")
                app.processEvents()
                time.sleep(0.002)
            app.processEvents()
            after = workshop.contents.wheel.arrangement
            if after == before:
                raise SelfTestError("turning a ring did not change the stored arrangement")
            yield f"ring {ring_key} turned and rested: {before.indices} -> {after.indices}"
            poster = render_blank_poster(
                folder / "poster.pdf",
                workshop.model,
                workshop.contents.network,
                arrangement=after,
            )
            data = poster.read_bytes()
            if not data.startswith(b"%PDF") or len(data) < 10_000:
                raise SelfTestError("the poster PDF is missing or too small")
            yield f"poster written: {len(data) // 1024} KiB"
            yield _image_check(workshop)
            yield _word_report_check(workshop)
            window.close()
    finally:
        switcher.use("en")  # in-process callers (tests) get their language back


def _word_report_check(workshop: Workshop) -> str:
    """The Word report (python-docx and its template ship) with a trend chart picture
    (Pillow's font engine ships)."""
    from app.core.trend import TrendPoint
    from app.poster.docx_report import docx_report_bytes
    from app.poster.trend_image import trend_png

    chart = trend_png(
        [TrendPoint("A", 1.0), TrendPoint("B", 2.0)], bars=False, width=120, height=60
    )
    report = docx_report_bytes(workshop.model, workshop.contents, "nl")
    if not chart.startswith(b"\x89PNG") or not report.startswith(b"PK"):
        raise SelfTestError("the Word report or its chart could not be made")
    return f"Word report made: {len(report) // 1024} KiB, chart {len(chart) // 1024} KiB"


def _image_check(workshop: Workshop) -> str:
    """The wheel as PNG and SVG (QtSvg ships with the program: the SVG proves it)."""
    from app.canvas.wheel_image import picture_of, png_bytes, render_png, svg_bytes

    picture = picture_of(workshop.model, workshop.contents)
    png = png_bytes(render_png(workshop.model, picture, 400))
    svg = svg_bytes(workshop.model, picture)
    if not png.startswith(b"\x89PNG") or b"<svg" not in svg:
        raise SelfTestError("the wheel image (PNG or SVG) could not be made")
    return f"wheel image made: PNG {len(png) // 1024} KiB, SVG {len(svg) // 1024} KiB"
