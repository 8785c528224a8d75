"""The shape every record dialog shares: a form, OK and Cancel, and a save through the
Workshop (one undo step) that keeps the dialog open and says why when the store refuses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from db.errors import StoreError


def save_or_explain(parent: QWidget, title: str, save: Callable[[], object]) -> bool:
    """Run `save`; if the store refuses, tell the user under `title` (in their language, see
    `store_messages.describe`) and return False. A damaged store goes on to the StoreGuard."""
    from app.ui.store.recovery_dialog import warn

    try:
        save()
    except StoreError as error:
        warn(parent, title, error)
        return False
    return True


class RecordDialog(QDialog):
    """A dialog that adds a new record or edits one; subclasses fill `form` and say how to
    check (`is_complete`), save (`save`, giving the record's id) and name a failure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_id: int | None = None
        self.form = QFormLayout(self)

    def add_buttons(self) -> None:
        """Put OK and Cancel under the form (after the subclass has added its rows)."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)

    def is_complete(self) -> bool:
        """Whether the form can be saved (a subclass moves the focus to what is missing)."""
        return True

    def save(self) -> int:
        raise NotImplementedError

    def failure_title(self) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        if self.is_complete() and save_or_explain(self, self.failure_title(), self.save):
            super().accept()
