"""The program's own file dialog must not break the store (issue 10 §1).

Closing any file descriptor on an SQLite file drops all of the process's POSIX locks on it;
a file dialog that reads the store's files to guess their type did exactly that, and a second
process writing at the same time then corrupted the store. This test reproduces the sequence
with the real (non-native) dialog, a real second process and real SQLite files.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.store.file_dialogs import file_dialog
from db.store import Store

CHILD_WRITES = """
import sys
from db.store import Store
with Store.open(sys.argv[1]) as store:
    for number in range(int(sys.argv[3])):
        network = store.networks.create_network(f"from the other process {sys.argv[2]}.{number}")
        store.lines.add_core_entry(network.id, "core.partners", "z" * 400)
"""


def _show_and_populate(dialog, seconds: float = 2.0) -> None:
    """Show the dialog and let it list the folder, fetch types and icons, and paint."""
    dialog.show()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        dialog.repaint()
        time.sleep(0.02)


def _integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


@pytest.mark.slow
@pytest.mark.parametrize("start", ["folder", "store file", "typed"])
def test_a_file_dialog_on_the_stores_folder_loses_no_write(qapp, tmp_path: Path, start) -> None:
    path = tmp_path / "netimpact.sqlite"
    store = Store.open(path)
    try:
        for number in range(20):
            network = store.networks.create_network(f"before {number}")
            store.lines.add_core_entry(network.id, "core.partners", "x" * 400)
        # The poster's save dialog, shown on the store's folder (or with the store typed in).
        suggested = {"folder": tmp_path, "store file": path, "typed": Path.home()}[start]
        dialog = file_dialog(None, "Poster", suggested, "PDF (*.pdf)", save=True)
        if start == "typed":  # the folder typed into the name box: the completer lists it
            name_box = dialog.findChild(QLineEdit, "fileNameEdit")
            name_box.clear()
            QTest.keyClicks(name_box, f"{tmp_path}/n")
        _show_and_populate(dialog)
        dialog.close()
        dialog.deleteLater()
        # A second program writes in turns with us (an import, a second window): each time it
        # closes it is the last one holding locks, so it checkpoints and deletes the WAL.
        for turn in range(3):
            child = subprocess.run(
                [sys.executable, "-c", CHILD_WRITES, str(path), str(turn), "10"],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            assert child.returncode == 0, child.stderr
            for number in range(10):
                network = store.networks.create_network(f"after {turn}.{number}")
                store.lines.add_core_entry(network.id, "core.partners", "y" * 400)
    finally:
        store.close()
    assert _integrity(path) == ["ok"]
    with Store.open(path) as reopened:
        names = {network.name for network in reopened.list_networks()}
    expected = {f"before {n}" for n in range(20)}
    expected |= {f"after {t}.{n}" for t in range(3) for n in range(10)}
    expected |= {f"from the other process {t}.{n}" for t in range(3) for n in range(10)}
    assert names == expected


def test_every_file_dialog_is_built_by_file_dialogs() -> None:
    """Qt classes that list or sniff files live in one module, so none can reach the store.

    A dialog made anywhere else (QFileDialog's static functions included) would guess types
    from contents again; the same holds for a file model, a MIME lookup or an image reader
    pointed at a folder.
    """
    sniffers = ("QFileDialog", "QFileSystemModel", "QMimeDatabase", "QFileIconProvider")
    app_folder = Path(__file__).resolve().parents[2] / "app"
    offenders = [
        f"{source.relative_to(app_folder.parent)}: {name}"
        for source in sorted(app_folder.rglob("*.py"))
        if source.name != "file_dialogs.py"
        for name in sniffers
        if name in source.read_text(encoding="utf-8")
    ]
    assert offenders == [], "use app.ui.store.file_dialogs instead"
