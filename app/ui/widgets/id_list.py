"""List widgets whose rows stand for stored records, each row knowing its record's id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

ID_ROLE = Qt.ItemDataRole.UserRole  # where a row (or table cell) keeps its record's id


def current_id(widget: QListWidget) -> int | None:
    """The id of the chosen row, or None when no row is chosen."""
    item = widget.currentItem()
    value = item.data(ID_ROLE) if item is not None else None
    return int(value) if value is not None else None


def select_id(widget: QListWidget, record_id: int) -> None:
    """Choose the row of a record (nothing happens if it is not listed)."""
    for row in range(widget.count()):
        if widget.item(row).data(ID_ROLE) == record_id:
            widget.setCurrentRow(row)
            return
