"""Zip-bomb benchmark (issue 27): the campaign's three workbooks, at their full size, imported
as post-its through `read_in_background` in a child process while a 5 ms timer ticks in its
event loop. Run with `make bench`. Prints, per bomb: the file's size, what it would unpack to,
the seconds until it was refused, the longest gap between two ticks (the window's answer time)
and the child's peak memory. Targets: refused within 2 s, every gap under 100 ms, peak memory
under 500 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'

CHILD = """
import json, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from app.ui.postits.import_dialog import read_in_background

def peak_mb():
    # This image's own high-water mark. ru_maxrss is not: Linux carries the parent's peak
    # across fork and exec, so a child of a big pytest process "peaked" at the parent's size.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

app = QApplication([])
window = QWidget()
window.show()
ticks = []
timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start()
start = time.perf_counter()
outcome = read_in_background(window, Path(sys.argv[1]))
seconds = time.perf_counter() - start
gaps = [b - a for a, b in zip(ticks, ticks[1:])]
print(json.dumps({
    "outcome": outcome if isinstance(outcome, str) else "read",
    "seconds": seconds,
    "max_gap_ms": 1000 * max(gaps, default=0.0),
    "peak_mb": peak_mb(),
}))
"""


def _workbook(path: Path, member: str, write: Callable[[zipfile.ZipExtFile], None]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["text", "segment"])
    book.save(path.with_suffix(".base.xlsx"))
    with zipfile.ZipFile(path.with_suffix(".base.xlsx")) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, data in members.items():
            if name != member:
                target.writestr(name, data)
        with target.open(member, "w", force_zip64=True) as stream:
            write(stream)  # type: ignore[arg-type]
    return path


def _repeat(head: bytes, body: bytes, times: int, tail: bytes):
    def write(stream) -> None:
        stream.write(head)
        block = body * max(1, (1 << 22) // len(body))
        per_block = len(block) // len(body)
        for _ in range(times // per_block):
            stream.write(block)
        stream.write(body * (times % per_block))
        stream.write(tail)

    return write


BOMBS = {
    "one cell of 1.5 GB": (
        "xl/sharedStrings.xml",
        _repeat(f"<sst {MAIN}><si><t>".encode(), b"A", 1_500_000_000, b"</t></si></sst>"),
    ),
    "50 M rows": (
        "xl/worksheets/sheet1.xml",
        _repeat(
            f"<worksheet {MAIN}><sheetData>".encode(),
            b'<row><c t="inlineStr"><is><t>x</t></is></c></row>',
            50_000_000,
            b"</sheetData></worksheet>",
        ),
    ),
    "one row of 5 M cells": (
        "xl/worksheets/sheet1.xml",
        _repeat(
            f'<worksheet {MAIN}><sheetData><row r="1">'.encode(),
            b'<c t="inlineStr"><is><t>x</t></is></c>',
            5_000_000,
            b"</row></sheetData></worksheet>",
        ),
    ),
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_zip_bombs_are_refused_quickly_with_the_window_answering(tmp_path, name):
    member, write = BOMBS[name]
    path = _workbook(tmp_path / "bomb.xlsx", member, write)
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    print(
        f"\n{name}: {path.stat().st_size / 1e6:.1f} MB, unpacks to {unpacked / 1e9:.2f} GB; "
        f"{measured['outcome']} in {measured['seconds']:.3f} s, longest gap "
        f"{measured['max_gap_ms']:.0f} ms, peak {measured['peak_mb']:.0f} MB"
    )
    assert measured["outcome"] != "read"
    assert measured["seconds"] < 2.0
    assert measured["max_gap_ms"] < 100
    assert measured["peak_mb"] < 500
