"""Starting the Qt application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.core.model import default_model
from app.ui.main_window import MainWindow


def run(store_file: Path | None) -> int:
    """Start the program's event loop; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Netwerkimpact")
    app.setOrganizationName("Netwerkimpact")
    window = MainWindow(default_model())
    window.show()
    return app.exec()
