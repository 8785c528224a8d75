"""The wheel `pip wheel .` builds carries the compiled Dutch translations (hatch_build.py),
even from a checkout that never ran make, and the installed program passes its self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _fresh_checkout(target: Path) -> Path:
    """The files git tracks, copied: no .qm, no .venv, nothing make made."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    assert not list(target.rglob("*.qm"))
    return target


@pytest.mark.slow
def test_the_wheel_carries_the_translations_and_the_installed_program_runs(tmp_path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is needed to list the tracked files")
    checkout = _fresh_checkout(tmp_path / "checkout")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", ".", "-w", str(tmp_path)],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("netimpact-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/resources/i18n/netimpact_nl.qm" in names
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), wheel],
        check=True,
    )
    # Run from elsewhere with only the installed copy of `app` on the path (the dependencies
    # come from this environment).
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    env["NETIMPACT_DB"] = str(tmp_path / "store.sqlite")
    dutch = subprocess.run(
        [
            sys.executable,
            "-c",
            "import app, sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from app.ui.control.i18n import LanguageSwitcher\n"
            "qt = QApplication(sys.argv)\n"
            "LanguageSwitcher(qt).use('nl')\n"
            "print(app.__file__)\n"
            "print(qt.translate('MainWindow', '&File'))\n",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert dutch.returncode == 0, dutch.stderr[-2000:]
    where, word = dutch.stdout.split()[-2:]
    assert Path(where).is_relative_to(site) and word == "&Bestand"
    self_test = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert self_test.returncode == 0, self_test.stderr[-2000:]
    assert "self-test passed" in self_test.stdout
