"""The File menu's network dialogs: what they ask, what they do, and how errors reach people."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.ui.conftest import answer_file_dialogs


def answer_text(monkeypatch, text: str) -> None:
    """Answer the text dialogs (app.ui.widgets.text_limits.ask_text) with `text`, as if typed."""

    def typed(dialog: QInputDialog) -> QInputDialog.DialogCode:
        dialog.setTextValue(text)
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", typed)


def collect_warnings(monkeypatch) -> list[str]:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()))
    return warnings


def test_new_rename_duplicate_and_a_name_that_is_taken(window, monkeypatch) -> None:
    warnings = collect_warnings(monkeypatch)
    answer_text(monkeypatch, "  LEF Rijnland  ")
    window.new_action.trigger()
    assert window.workshop.contents.network.name == "LEF Rijnland"
    window.duplicate_action.trigger()
    assert window.workshop.contents.network.name == "LEF Rijnland (2)"
    answer_text(monkeypatch, "LEF Rijnland")
    window.rename_action.trigger()  # the name is taken: a message, nothing renamed
    assert window.workshop.contents.network.name == "LEF Rijnland (2)"
    assert len(warnings) == 1 and "LEF Rijnland" in warnings[0]
    window.new_action.trigger()
    assert len(warnings) == 2
    assert [n.name for n in window.workshop.store.networks.list_networks()] == [
        "LEF Rijnland",
        "LEF Rijnland (2)",
    ]


def test_delete_asks_first_and_forgets_the_network(window, monkeypatch) -> None:
    window.workshop.create_network("LEF")
    network_id = window.workshop.network_id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert window.workshop.network_id == network_id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert not window.workshop.has_network
    assert network_id not in window.settings.recent_networks
    window.undo_action.trigger()
    assert window.workshop.network_id == network_id


def test_export_then_import_and_a_bad_file_gets_a_message(
    window, monkeypatch, tmp_path: Path
) -> None:
    warnings = collect_warnings(monkeypatch)
    window.workshop.create_network("LEF")
    window.workshop.core_edits.add_core_entry("core.partners", "mboRijnland")
    exported = tmp_path / "lef.json"
    answer_file_dialogs(monkeypatch, exported)
    window.export_action.trigger()
    assert json.loads(exported.read_text(encoding="utf-8"))["network"]["name"] == "LEF"
    answer_file_dialogs(monkeypatch, exported)
    window.import_action.trigger()
    assert window.workshop.contents.network.name == "LEF (2)"
    assert [e.text for e in window.workshop.contents.core] == ["mboRijnland"]
    junk = tmp_path / "junk.json"
    junk.write_text("{ not json", encoding="utf-8")
    answer_file_dialogs(monkeypatch, junk)
    window.import_action.trigger()
    assert len(warnings) == 1 and "JSON" in warnings[0]
    assert len(window.workshop.store.networks.list_networks()) == 2
