"""The start page lists the store's networks, opens the chosen one from the keyboard, and shows
what people typed as they typed it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest

from app.ui.shell.main_window import MainWindow
from app.ui.widgets.id_list import ID_ROLE


def test_the_start_page_lists_every_network_and_opens_the_chosen_one(
    window: MainWindow, tmp_path: Path
) -> None:
    store = window.workshop.store
    for number in range(120):
        store.networks.create_network(f"Netwerk {number:03}", f"Beschrijving <b>{number}</b>")
    window.workshop.open_network(None)
    start = window.start
    assert window.centre.currentWidget() is start
    assert start.names() == [f"Netwerk {number:03}" for number in range(120)]
    listed = start.listed
    assert listed.rowCount() == 120 and start.open.isEnabled()
    last = listed.index(119)
    assert last.data() == "Netwerk 119"  # a name is shown as typed
    tooltip = last.data(Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()
    shown.setHtml(tooltip)  # Qt reads a tooltip as markup: what a reader sees is the typed text
    assert shown.toPlainText() == "Beschrijving <b>119</b>"
    wanted = store.networks.list_names()[41]
    start.networks.setFocus()
    start.networks.setCurrentIndex(listed.index(41))
    QTest.keyClick(start.networks, Qt.Key.Key_Return)
    assert window.workshop.network_id == wanted.id == listed.index(41).data(ID_ROLE)
    assert window.centre.currentWidget() is window.desk
    window.grab().save(str(tmp_path / "opened-from-the-start-page.png"))
