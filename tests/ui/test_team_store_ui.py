"""The window on a team store: File → Connect to a team store…, the title and the start page
naming the store, and its faults said in Dutch (a real PostgreSQL cluster, tests/pg_cluster.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.dialogs.team_store_dialog import TeamStoreDialog, address_from_fields
from app.ui.shell import openers
from app.ui.shell.application import build_window
from app.ui.store.store_messages import describe
from db.errors import ServerLoginError, ServerUnreachableError, StoreReadOnlyError
from db.store import Store
from tests.pg_cluster import READER, READER_PASSWORD


def test_the_dialog_asks_no_password_and_makes_an_address_from_its_fields(qtbot):
    dialog = TeamStoreDialog()
    qtbot.addWidget(dialog)
    assert all(
        field.echoMode() == QLineEdit.EchoMode.Normal for field in dialog.findChildren(QLineEdit)
    )
    fields = (dialog.url, dialog.host, dialog.port, dialog.database, dialog.user)
    assert all(field.accessibleName() for field in fields)
    assert dialog.address() == ""
    dialog.host.setText("db.example.org")
    dialog.database.setText("netwerken")
    dialog.user.setText("anna")
    assert dialog.address() == "postgresql://anna@db.example.org/netwerken"
    dialog.port.setValue(6543)
    assert dialog.address() == "postgresql://anna@db.example.org:6543/netwerken"
    dialog.url.setText("postgresql:///?service=netwerken")
    assert dialog.address() == "postgresql:///?service=netwerken"
    assert address_from_fields("/run/pg", 5432, "n", "") == "postgresql:///n?host=/run/pg"
    order, widget = [], dialog.url
    for _ in range(5):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while (
            not widget.focusPolicy() & widget.focusPolicy().TabFocus
            or widget.isHidden()
            or widget.parent() is dialog.port  # the spin box's own line edit
        ):
            widget = widget.nextInFocusChain()
    assert order == [dialog.url, dialog.host, dialog.port, dialog.database, dialog.user]


def test_the_dialog_refuses_an_address_that_is_no_server(qtbot):
    dialog = TeamStoreDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText("/home/anna/store.sqlite")
    dialog._accept_if_complete()
    assert not dialog.problem.isHidden() and "postgresql://" in dialog.problem.text()
    assert dialog.result() == 0


def test_the_settings_never_keep_a_password(tmp_path):
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.team_store = (
        "postgresql://anna:geheim@db.example.org/netwerken?password=ook&sslmode=require"
    )
    settings.sync()
    assert settings.team_store == "postgresql://anna@db.example.org/netwerken?sslmode=require"
    assert "geheim" not in (tmp_path / "settings.ini").read_text()


def test_a_team_stores_last_networks_are_its_own(tmp_path):
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.remember_network(7)
    team = settings.for_team_store("postgresql://anna:geheim@db.example.org/netwerken")
    assert team.last_network is None and team.recent_networks == []
    team.remember_network(3)
    assert (settings.last_network, team.last_network) == (7, 3)
    again = settings.for_team_store("postgresql://anna@db.example.org/netwerken")
    assert again.last_network == 3  # the same store, with or without a password in its URL
    settings.sync()
    assert "geheim" not in (tmp_path / "settings.ini").read_text()


@pytest.fixture
def team_url(pg_cluster, pg_database) -> str:
    url = pg_cluster.url(pg_database)
    with Store.open(url) as store:
        store.networks.create_network("Wijkzorg Oost")
    return url


def test_the_title_and_the_start_page_name_the_server_and_database(
    qtbot, qapp, team_url, pg_database, tmp_path
):
    settings = Settings.in_file(tmp_path / "settings.ini")
    with Store.open(team_url) as store:
        window = build_window(store, settings, LanguageSwitcher(qapp))
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        where = f"database {pg_database}"
        assert where in window.windowTitle() and "server " in window.windowTitle()
        assert "member-secret" not in window.windowTitle()
        assert window.start.place.text().startswith("Team store: server ")
        assert where in window.start.place.text()
        assert window.team_store_action.text() == "Connect to a &team store…"
        window.close()


def test_a_refused_login_is_told_in_dutch_and_nothing_starts(
    qtbot, qapp, pg_cluster, pg_database, team_url, tmp_path, monkeypatch
):
    switcher = LanguageSwitcher(qapp)
    switcher.use("nl")
    try:
        settings = Settings.in_file(tmp_path / "settings.ini")
        with Store.open(team_url) as store:
            window = build_window(store, settings, switcher)
            qtbot.addWidget(window)
            shown: list[QMessageBox] = []
            monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
            wrong = pg_cluster.url(pg_database, password="fout")
            assert not openers.open_team_store(window, wrong)
            (box,) = shown
            assert box.windowTitle() == "De server weigert de aanmelding"
            assert "fout" not in box.text() and pg_database in box.text()
            window.close()
    finally:
        switcher.use("en")


def test_each_team_store_fault_has_its_own_dutch_sentence(qapp):
    switcher = LanguageSwitcher(qapp)
    switcher.use("nl")
    try:
        where = "server db / database netwerken"
        texts = {
            describe(error(where, "x")).text
            for error in (ServerUnreachableError, ServerLoginError, StoreReadOnlyError)
        }
        assert len(texts) == 3
        assert all(where in text for text in texts)
        assert any("niet bereikt" in text for text in texts)
    finally:
        switcher.use("en")


def test_a_reader_sees_the_networks(qtbot, qapp, pg_cluster, pg_database, team_url, tmp_path):
    pg_cluster.grant_reading(pg_database)
    settings = Settings.in_file(tmp_path / "settings.ini")
    with Store.open(pg_cluster.url(pg_database, READER, READER_PASSWORD)) as store:
        assert store.read_only
        window = build_window(store, settings, LanguageSwitcher(qapp))
        qtbot.addWidget(window)
        assert len(window.start.names()) == 1
        assert window.start.names()[0].startswith("Wijkzorg Oost")
        window.close()
