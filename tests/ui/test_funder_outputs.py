"""The Word report and the IATI results from the File menu: the identity asked once (a bad
one refused with a sentence in the form, nothing stored), kept with the network, undoable."""

from __future__ import annotations

from pathlib import Path

import docx
from lxml import etree
from PySide6.QtWidgets import QDialog

from app.ui.dialogs.iati_dialog import IatiIdentityDialog
from app.ui.shell import funder_outputs
from tests.ui.conftest import answer_file_dialogs
from tests.ui.test_outputs import open_lef_example

SCHEMA = Path(__file__).parents[1] / "db" / "fixtures" / "iati-2.03" / "iati-activities-schema.xsd"


def test_the_word_report_is_in_the_file_menu(window, monkeypatch, tmp_path: Path) -> None:
    open_lef_example(window)
    actions = [a.text() for a in window.file_menu.actions()]
    assert "Report as &Word…" in actions and "Export I&ATI results (XML)…" in actions
    target = tmp_path / "verslag"  # no extension: .docx is added
    answer_file_dialogs(monkeypatch, target)
    window.outputs.funders.report_word.trigger()
    document = docx.Document(str(tmp_path / "verslag.docx"))
    assert document.paragraphs[0].text == window.workshop.contents.network.name
    assert document.paragraphs[0].style.name == "Title"


def test_iati_asks_the_identity_once_refuses_a_bad_one_and_keeps_it(
    window, monkeypatch, tmp_path: Path
) -> None:
    open_lef_example(window)
    dialog = IatiIdentityDialog(parent=window)
    dialog.org_ref.setText("NL-KVK-41150085")
    dialog.identifier.setText("NL-KVK-41150085 lef")
    dialog.accept()  # refused in the form, the dialog stays
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "may not contain spaces" in dialog.problem.text()
    dialog.identifier.setText("GB-COH-1-lef")
    dialog.accept()
    assert dialog.problem.text().endswith("organisation ref and a hyphen: NL-KVK-41150085-…")
    assert (
        window.workshop.store.networks.get_network(window.workshop.network_id).iati_identifier == ""
    )
    dialog.identifier.setText("NL-KVK-41150085-lef")
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    results = tmp_path / "lef.xml"
    answer_file_dialogs(monkeypatch, results)
    assert funder_outputs.export_iati_results(window, dialog) == results
    etree.XMLSchema(etree.parse(str(SCHEMA))).assertValid(etree.parse(str(results)))
    network = window.workshop.contents.network
    assert (network.iati_identifier, network.iati_org_ref) == (
        "NL-KVK-41150085-lef",
        "NL-KVK-41150085",
    )
    # the second export does not ask again
    asked = []
    monkeypatch.setattr(funder_outputs, "ask_iati_identity", lambda *a: asked.append(a))
    again = tmp_path / "again.xml"
    answer_file_dialogs(monkeypatch, again)
    window.outputs.funders.export_iati.trigger()
    assert again.is_file() and asked == []
    window.workshop.undo_stack.undo()
    assert window.workshop.contents.network.iati_identifier == ""
