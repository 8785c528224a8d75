"""The stand-alone bundle: netimpact.spec builds a one-folder program that runs its self-test
without the virtual environment, and stays small enough to carry on a USB stick."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# 150 MB before the Word report; python-docx needs lxml's etree (5 MB, libxml2 inside) and
# its template, and the report's charts need Pillow's font engine (FreeType, HarfBuzz): ~9 MB.
# The room's HEIC photos bring pillow-heif: 24 MB, 20 of them libx265, which libheif links
# although we only decode; and the emoji font 2 MB. Measured with all of it: 182.5 MB.
SIZE_LIMIT_MB = 195
BUILD_LIMIT_S = 15 * 60


def _tool(name: str) -> Path:
    tool = Path(sys.executable).with_name(name)
    if not tool.exists():
        pytest.fail(f"{name} is missing from the virtual environment (make installs it)")
    return tool


def _compiled_translations() -> None:
    """What `make translations` does, in case the test runs on its own."""
    for source in (ROOT / "resources" / "i18n").glob("*.ts"):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            subprocess.run(
                [str(_tool("pyside6-lrelease")), "-silent", str(source), "-qm", str(compiled)],
                check=True,
            )


def _size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """Build once for the module: (the program's folder, build seconds)."""
    _compiled_translations()
    work = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [
            str(_tool("pyinstaller")),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "netimpact.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_LIMIT_S,
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-4000:]
    return work / "dist" / "netimpact", seconds


@pytest.mark.slow
def test_the_bundle_runs_its_self_test_without_the_virtual_environment(
    bundle: tuple[Path, float], tmp_path: Path, capsys
) -> None:
    folder, seconds = bundle
    program = folder / ("netimpact.exe" if sys.platform == "win32" else "netimpact")
    assert program.is_file()
    # A bare environment: no virtual env, no PYTHONPATH, a fresh home and working folder.
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    for name in ("SYSTEMROOT", "TEMP", "TMP"):  # Windows needs these to start at all
        if name in os.environ:
            environment[name] = os.environ[name]
    started = time.monotonic()
    result = subprocess.run(
        [str(program), "--self-test"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    run_seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "migrated" in result.stdout and "poster written" in result.stdout
    size = _size_mb(folder)
    with capsys.disabled():
        print(
            f"\nbundle: {size:.0f} MB unpacked, built in {seconds:.0f} s, "
            f"self-test in {run_seconds:.1f} s ({folder})"
        )
    assert size < SIZE_LIMIT_MB


@pytest.mark.slow
def test_the_bundle_carries_its_resources_and_no_networking(bundle: tuple[Path, float]) -> None:
    folder, _ = bundle
    inside = folder / "_internal"
    for part in (
        "resources/model.json",
        "resources/exchange.schema.json",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/fonts/LICENSE-DejaVu.txt",
        "resources/fonts/NotoEmoji-Regular.ttf",
        "resources/fonts/LICENSE-NotoEmoji.txt",
        "resources/i18n/netimpact_nl.qm",
        "db/migrations/env.py",
    ):
        assert (inside / part).is_file(), part
    migrations = {p.name for p in (inside / "db" / "migrations" / "versions").glob("*.py")}
    shipped = {p.name for p in (ROOT / "db" / "migrations" / "versions").glob("*.py")}
    assert migrations == shipped
    names = [p.name for p in inside.rglob("*")]
    assert not [n for n in names if n.startswith(("libQt6Network", "QtNetwork"))]
    assert not [n for n in names if n.endswith(".ts")]
