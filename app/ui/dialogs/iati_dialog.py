"""Asks once for a network's IATI identity: the activity's identifier and the reporting
organisation's IATI ref, kept with the network for every later IATI export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.core.limits import MAX_NAME
from db.group_specs import IatiIdentityError, check_iati_identity


class IatiIdentityDialog(QDialog):
    """Two fields and, on a bad entry, one plain sentence that names the field."""

    def __init__(
        self, identifier: str = "", org_ref: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("iati_dialog")
        self.setWindowTitle(self.tr("IATI identity of the network"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "IATI asks who reports and which activity it is. Netwerkimpact keeps both "
                "with the network, so you give them once."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.org_ref = QLineEdit(org_ref)
        self.org_ref.setMaxLength(MAX_NAME)
        self.org_ref.setPlaceholderText(self.tr("e.g. NL-KVK-41150085"))
        self.org_ref.setAccessibleName(self.tr("Reporting organisation's IATI ref"))
        form.addRow(self.tr("Organisation ref"), self.org_ref)
        self.identifier = QLineEdit(identifier)
        self.identifier.setMaxLength(MAX_NAME)
        self.identifier.setPlaceholderText(self.tr("e.g. NL-KVK-41150085-leernetwerk"))
        self.identifier.setAccessibleName(self.tr("IATI identifier of the activity"))
        form.addRow(self.tr("IATI identifier"), self.identifier)
        self.problem = QLabel()
        self.problem.setObjectName("iati_problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a33;")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setTabOrder(self.org_ref, self.identifier)
        self.setTabOrder(self.identifier, buttons)

    def values(self) -> tuple[str, str]:
        """(identifier, organisation ref), trimmed."""
        return self.identifier.text().strip(), self.org_ref.text().strip()

    def accept(self) -> None:
        identifier, org_ref = self.values()
        try:
            check_iati_identity(identifier, org_ref)
        except IatiIdentityError as error:
            self.problem.setText(self.sentence(error, org_ref))
            field = self.org_ref if error.field == "organisation" else self.identifier
            field.setFocus()
            return
        super().accept()

    def sentence(self, error: IatiIdentityError, org_ref: str) -> str:
        """What is wrong, in the user's language, naming the field."""
        if error.field == "organisation":
            if error.reason == "missing":
                return self.tr("Fill in the organisation ref, for example NL-KVK-41150085.")
            return self.tr(
                "The organisation ref is an agency prefix and a number joined by hyphens, "
                "without spaces, for example NL-KVK-41150085."
            )
        if error.reason == "missing":
            return self.tr("Fill in the IATI identifier, for example %1-leernetwerk.").replace(
                "%1", org_ref
            )
        if error.reason == "forbidden":
            return self.tr("The IATI identifier may not contain spaces or any of / & | ?.")
        return self.tr(
            "The IATI identifier must begin with the organisation ref and a hyphen: %1-…"
        ).replace("%1", org_ref)
