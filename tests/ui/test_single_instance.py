"""One copy of the program per store (issue 23, item 23): a second start on the same store
brings the first window forward and ends, instead of opening the store a second time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.ui.shell.application import run
from app.ui.shell.single_instance import StoreInstance, claim_name


def test_a_second_start_on_the_same_store_asks_the_first_to_come_forward(
    qtbot, qapp, tmp_path: Path
) -> None:
    store = tmp_path / "store.sqlite"
    asked: list[str] = []
    first = StoreInstance(store, lambda: asked.append("forward"))
    try:
        assert first.held
        other = StoreInstance(tmp_path / "another.sqlite", lambda: None)
        assert other.held  # another store: free
        other.close()
        assert run(store) == 0  # the whole start: it ends at once, opening nothing
        assert not store.exists()  # the store was not opened (or made) a second time
        qtbot.waitUntil(lambda: asked == ["forward"], timeout=3000)
    finally:
        first.close()
    again = StoreInstance(store, lambda: None)  # the first copy gone: the store is free
    assert again.held
    again.close()


def test_a_claim_left_by_a_crash_is_taken_over(qtbot, qapp, tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    code = (
        "import os; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from app.ui.shell.single_instance import StoreInstance\n"
        "app = QCoreApplication([])\n"
        f"claim = StoreInstance(Path({str(store)!r}), lambda: None)\n"
        "print(claim.held, flush=True)\n"
        "os._exit(0)\n"  # no clean-up, as a crash leaves it
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parents[2],
    )
    assert result.stdout.strip() == "True", result.stderr
    asked: list[str] = []
    claim = StoreInstance(store, lambda: asked.append("forward"))
    try:
        assert claim.held
        later = StoreInstance(store, lambda: None)
        assert not later.held
        later.ask_holder()
        qtbot.waitUntil(lambda: asked == ["forward"], timeout=3000)
    finally:
        claim.close()


def test_the_claim_is_per_store(tmp_path: Path) -> None:
    assert claim_name(tmp_path / "a.sqlite") != claim_name(tmp_path / "b.sqlite")
    assert claim_name(tmp_path / "a.sqlite") == claim_name(tmp_path / "." / "a.sqlite")
