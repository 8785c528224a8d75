"""File → Connect to a team store…: where the team store is (a URL, or server, database and
user); no password field: libpq finds it in `~/.pgpass` or the service file
(docs/team-store.md). What is remembered never holds a password (`without_password`)."""

from __future__ import annotations

import itertools
from urllib.parse import quote

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.addresses import is_server_target

DEFAULT_PORT = 5432


def address_from_fields(host: str, port: int, database: str, user: str) -> str:
    """A `postgresql://` URL from the fields (empty ones left to libpq's defaults)."""
    who = f"{quote(user, safe='')}@" if user else ""
    where = quote(host, safe="") if host and not host.startswith("/") else ""
    if port and port != DEFAULT_PORT and where:
        where += f":{port}"
    address = f"postgresql://{who}{where}/{quote(database, safe='')}"
    if host.startswith("/"):  # a folder with the server's Unix socket
        address += f"?host={quote(host, safe='/')}"
    return address


class TeamStoreDialog(QDialog):
    """Asks where the team store is; `address()` is the URL to open (never with a password
    unless one was typed into the URL itself, which is taken out before it is remembered)."""

    def __init__(self, remembered: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.url = QLineEdit(remembered)
        self.url.setPlaceholderText("postgresql://anna@db.example.org/netwerken")
        self.url.setMinimumWidth(380)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        self.password_note.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.form = QFormLayout()
        self.url_label, self.host_label = QLabel(), QLabel()
        self.port_label, self.database_label, self.user_label = QLabel(), QLabel(), QLabel()
        for label, field in (
            (self.url_label, self.url),
            (self.host_label, self.host),
            (self.port_label, self.port),
            (self.database_label, self.database),
            (self.user_label, self.user),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.password_note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        order = [self.url, self.host, self.port, self.database, self.user, ok, cancel]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.url.setFocus()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to a team store"))
        self.intro.setText(
            self.tr(
                "A team store keeps the networks in a database on your organisation's "
                "PostgreSQL server, shared with the other facilitators. Give its address, or "
                "the server, database and user name."
            )
        )
        self.url_label.setText(self.tr("&Address (URL):"))
        self.host_label.setText(self.tr("&Server:"))
        self.port_label.setText(self.tr("&Port:"))
        self.database_label.setText(self.tr("&Database:"))
        self.user_label.setText(self.tr("&User name:"))
        self.password_note.setText(
            self.tr(
                "The password is not asked here and never saved by Netwerkimpact: it comes "
                "from your PostgreSQL password file (.pgpass) or service file."
            )
        )
        for field, name in (
            (self.url, self.tr("Address of the team store")),
            (self.host, self.tr("Server")),
            (self.port, self.tr("Port")),
            (self.database, self.tr("Database")),
            (self.user, self.tr("User name")),
        ):
            field.setAccessibleName(name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def address(self) -> str:
        """The team store's URL: the address field, else one made of the other fields."""
        typed = self.url.text().strip()
        if typed:
            return typed
        database = self.database.text().strip()
        if not database:
            return ""
        return address_from_fields(
            self.host.text().strip(), self.port.value(), database, self.user.text().strip()
        )

    def _accept_if_complete(self) -> None:
        address = self.address()
        if not address:
            self.show_problem(self.tr("Give an address, or at least the database's name."))
            return
        if not is_server_target(address):
            self.show_problem(
                self.tr("An address starts with postgresql:// (for example %1).").replace(
                    "%1", "postgresql://anna@db.example.org/netwerken"
                )
            )
            return
        self.accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
