"""Reading PDFs back as a print path on Linux does: qpdf's structural check and poppler's
`pdftoppm` and `pdftotext` (what CUPS and many print shops run). Debian's `qpdf` and
`poppler-utils`; `.ci/run` installs them, and tests that need them skip where they are missing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

TOOLS = ("qpdf", "pdftoppm", "pdftotext")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
needs_poppler = pytest.mark.skipif(
    bool(MISSING),
    reason=f"{', '.join(MISSING)} missing: install Debian's qpdf and poppler-utils (.ci/run does)",
)


def check_printable(path: Path, resolution: int = 10) -> None:
    """`qpdf --check` passes without a warning and poppler renders every page with nothing on
    stderr (poppler's "Syntax Error"/"Syntax Warning" lines are how it reports a broken PDF)."""
    check = subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=120
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "WARNING" not in check.stdout + check.stderr, check.stdout + check.stderr
    render = subprocess.run(
        ["pdftoppm", "-r", str(resolution), "-png", str(path), str(path.with_suffix(""))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert render.returncode == 0 and render.stderr == "", render.stderr[:2000]


def poppler_text(path: Path) -> str:
    """All text of all pages as `pdftotext` reads it (its default reading order)."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr[:2000]
    return result.stdout


def rendered_pages(path: Path, resolution: int) -> list[Path]:
    """Render every page with `pdftoppm` at `resolution` dpi; the PNGs, in page order."""
    prefix = path.with_name(path.stem + "-page")
    subprocess.run(
        ["pdftoppm", "-r", str(resolution), "-png", str(path), str(prefix)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return sorted(path.parent.glob(prefix.name + "-*.png"))
