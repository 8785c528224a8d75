"""File menu outputs for funders: the overview report as an editable Word document and the
results as IATI 2.03 XML (the network's IATI identity asked once and kept, undoably).

The documents are made below the UI (`app.poster.docx_report`, `db.exchange.iati`); here we
only ask where, ask the identity when it is missing, and turn errors into a message.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from app.ui.control.parts import NETWORK
from app.ui.dialogs.iati_dialog import IatiIdentityDialog
from app.ui.store.file_dialogs import ask_save_path
from app.ui.store.recovery_dialog import warn
from db.errors import StoreError

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate


class FunderActions(QObject):
    """File → Report as Word… and File → Export IATI results…; they need an open network."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.report_word = QAction(window)
        self.report_word.triggered.connect(lambda: report_as_word(window))
        self.export_iati = QAction(window)
        self.export_iati.triggered.connect(lambda: export_iati_results(window))

    @property
    def actions(self) -> list[QAction]:
        return [self.report_word, self.export_iati]

    def retranslate(self) -> None:
        self.report_word.setText(self.tr("Report as &Word…"))
        self.export_iati.setText(self.tr("Export I&ATI results (XML)…"))


def _done(window: MainWindow, path: Path) -> None:
    window.statusBar().showMessage(
        translate("FunderOutputs", "Saved %1").replace("%1", str(path)), 6000
    )


def report_as_word(window: MainWindow) -> Path | None:
    """Ask for a .docx file and write the overview report in the window's language."""
    # The poster package (and ReportLab, python-docx) loads when the report is asked for.
    from app.poster.docx_report import render_docx_report
    from app.poster.errors import PosterError

    workshop = window.workshop
    name = workshop.contents.network.name
    path = ask_save_path(
        window,
        translate("FunderOutputs", "Report as Word"),
        f"{name}.docx",
        translate("FunderOutputs", "Word document (*.docx)"),
    )
    if path is None:
        return None
    if path.suffix.lower() != ".docx":
        path = path.with_name(path.name + ".docx")
    try:
        render_docx_report(path, workshop.model, workshop.contents, workshop.language)
    except (PosterError, StoreError, OSError) as error:
        warn(window, translate("FunderOutputs", "Netwerkimpact"), error)
        return None
    _done(window, path)
    return path


def ask_iati_identity(window: MainWindow, dialog: IatiIdentityDialog | None = None) -> bool:
    """Ask the identity and keep it with the network (one undo step); False if cancelled."""
    workshop = window.workshop
    network = workshop.contents.network
    old = (network.iati_identifier, network.iati_org_ref)
    dialog = dialog or IatiIdentityDialog(*old, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    new = dialog.values()
    if new != old:
        network_id = network.id
        workshop.edits.push_simple(
            translate("FunderOutputs", "Set the IATI identity"),
            lambda: workshop.store.groups.set_iati_identity(network_id, *new),
            lambda: workshop.store.groups.set_iati_identity(network_id, *old),
            NETWORK,
        )
    return True


def export_iati_results(
    window: MainWindow, dialog: IatiIdentityDialog | None = None
) -> Path | None:
    """Ask the IATI identity when the network has none, then where, and write the results."""
    from db.exchange.iati import write_iati

    workshop = window.workshop
    if not workshop.contents.network.iati_identifier and not ask_iati_identity(window, dialog):
        return None
    name = workshop.contents.network.name
    path = ask_save_path(
        window,
        translate("FunderOutputs", "Export IATI results"),
        f"{name} (IATI).xml",
        translate("FunderOutputs", "IATI activity file (*.xml)"),
    )
    if path is None:
        return None
    if path.suffix.lower() != ".xml":
        path = path.with_name(path.name + ".xml")
    try:
        write_iati(path, workshop.contents, workshop.model, workshop.language)
    except (StoreError, OSError) as error:
        warn(window, translate("FunderOutputs", "Netwerkimpact"), error)
        return None
    _done(window, path)
    return path
