"""File → Take along for offline use… and File → Bring back to the team store… on real stores
(the window's store is this computer's; the team store a second file here, PostgreSQL in the
db tests), the warning while a network is away, and the dialogs offscreen in Dutch at
1024×768 with their screenshots under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidget

from app.ui.control.i18n import LanguageSwitcher
from app.ui.shell.main_window import MainWindow
from app.ui.store.take_along_dialogs import BringBackDialog, TakeAlongDialog
from db.store import Store
from db.take_along import origin, take_along, taken_along
from tests.ui.accessible_names import unnamed_controls


@pytest.fixture
def team_path(tmp_path: Path) -> Path:
    path = tmp_path / "team.sqlite"
    with Store.open(path) as team:
        network = team.networks.create_network("Zorgnetwerk Rijnland")
        keys = [ring.segments[0].key for ring in team.model.rings]
        team.lines.create_line(network.id, keys, title="Samen", stories={"core": "kern"})
        team.notes.add_note(network.id, keys[0], "geeltje")
        team.networks.create_network("Leernetwerk Leiden")
    return path


@pytest.fixture
def dutch(qapp):
    switcher = LanguageSwitcher(qapp)
    switcher.use("nl")
    yield
    switcher.use("en")


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_take_along_then_bring_back_from_the_window(
    window: MainWindow, team_path: Path, tmp_path: Path, monkeypatch, qtbot
) -> None:
    team = window.outputs.team
    assert team.take_along in window.file_menu.actions()
    assert team.bring_back in window.file_menu.actions()
    assert team.take_along.isEnabled() and not team.bring_back.isEnabled()
    laptop = window.workshop.store
    dialog = TakeAlongDialog(laptop, parent=window)
    dialog.address.setText(str(team_path))
    dialog.fetch.click()
    assert [dialog.networks.item(i).text() for i in range(dialog.networks.count())] == [
        "Leernetwerk Leiden",
        "Zorgnetwerk Rijnland",
    ]
    dialog.networks.setCurrentRow(1)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.copy is not None
    window.workshop.open_network(dialog.copy.id)
    assert team.bring_back.isEnabled()
    line = laptop.lines.list_lines(dialog.copy.id)[0]
    laptop.lines.set_line_story(line.id, "core", "in de zaal")
    came_from = origin(laptop, dialog.copy.id)
    assert came_from is not None
    back = BringBackDialog(laptop, window.workshop.contents.network, came_from, window)
    assert "Nobody changed this network" in back.status.text()
    assert rows(back.table)[2] == ["Stories and evidence", "changed", "unchanged"]
    back.accept()
    assert back.outcome is not None and back.outcome.kept_network is None
    with Store.open(team_path) as opened:
        assert opened.lines.list_lines(1)[0].steps[0].story == "in de zaal"
        assert taken_along(opened, 1) == ()


def test_the_dialogs_in_dutch_name_every_control_and_fit_1024_by_768(
    window: MainWindow, team_path: Path, tmp_path: Path, dutch, qtbot
) -> None:
    laptop = window.workshop.store
    dialog = TakeAlongDialog(laptop, parent=window)
    qtbot.addWidget(dialog)
    dialog.address.setText(str(team_path))
    dialog.show_networks()
    with Store.open(team_path) as opened:
        copy = take_along(opened, laptop, "Zorgnetwerk Rijnland", str(team_path))
        keys = [ring.segments[1].key for ring in opened.model.rings]
        opened.notes.add_note(1, keys[0], "intussen op kantoor")
        opened.lines.set_line_story(opened.lines.list_lines(1)[0].id, "core", "kantoor")
    dialog.show_networks()
    texts = [dialog.networks.item(i).text() for i in range(dialog.networks.count())]
    assert texts[1].startswith("Zorgnetwerk Rijnland — meegenomen door ")
    laptop.notes.add_note(copy.id, keys[0], "in de zaal")
    laptop.lines.set_line_story(laptop.lines.list_lines(copy.id)[0].id, "core", "zaal")
    came_from = origin(laptop, copy.id)
    assert came_from is not None
    back = BringBackDialog(laptop, laptop.networks.get_network(copy.id), came_from, window)
    qtbot.addWidget(back)
    assert back.status.text().startswith("Iemand heeft dit netwerk in de teamopslag gewijzigd")
    back.accept()
    assert back.outcome is not None and back.outcome.kept_network is not None
    assert back.ok.text() == "&Sluiten"
    assert "Zorgnetwerk Rijnland (meegenomen " in back.status.text()
    assert rows(back.table)[5] == ["Post-its", "gewijzigd", "gewijzigd, anders dan hier"]
    for name, shown in (("take_along", dialog), ("bring_back", back)):
        assert unnamed_controls(shown) == [], name
        assert shown.focusNextPrevChild(True)  # Tab moves on
        shown.show()
        qtbot.waitExposed(shown)
        hint = shown.sizeHint()
        assert hint.width() <= 1024 and hint.height() <= 768, (name, hint)
        shown.grab().save(str(tmp_path / f"{name}.png"))
    print(tmp_path)


def test_the_team_store_warns_while_a_network_is_taken_along(
    window: MainWindow, tmp_path: Path
) -> None:
    workshop = window.workshop
    workshop.create_network("Gedeeld")
    warning = window.outputs.team.warning
    assert warning.isHidden()
    with Store.open(tmp_path / "laptop.sqlite") as laptop:
        take_along(workshop.store, laptop, "Gedeeld", str(window.workshop.store.path))
    workshop.open_network(workshop.network_id)
    assert not warning.isHidden()
    assert warning.text().startswith("Taken along by ")
    workshop.rename_network("Gedeeld en meer")  # warned, not blocked
    assert workshop.store.networks.get_network(workshop.network_id).name == "Gedeeld en meer"


def test_a_mark_whose_copy_will_not_come_back_is_released_after_asking(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    workshop = window.workshop
    workshop.create_network("Gedeeld")
    team = window.outputs.team
    assert team.release in window.file_menu.actions() and not team.release.isEnabled()
    with Store.open(tmp_path / "laptop.sqlite") as laptop:
        take_along(workshop.store, laptop, "Gedeeld", str(workshop.store.path))
    workshop.open_network(workshop.network_id)
    assert team.release.isEnabled() and not team.warning.isHidden()
    asked: list[str] = []

    def answer(choice: str) -> None:
        def exec_(box: QMessageBox) -> int:
            asked.append(box.text())
            assert box.textFormat() == Qt.TextFormat.PlainText
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
            button = next(b for b in box.buttons() if b.text() == choice)
            button.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)

    answer("Cancel")
    team.release.trigger()
    assert asked[-1].startswith("“Gedeeld” is marked as taken along by ")
    assert taken_along(workshop.store, workshop.network_id)  # kept: the question was declined
    answer("Release the mark")
    team.release.trigger()
    assert taken_along(workshop.store, workshop.network_id) == ()
    assert team.warning.isHidden() and not team.release.isEnabled()
    said = window.statusBar().currentMessage()
    assert said.startswith("The mark of ") and said.endswith(" on “Gedeeld” is released")


def test_a_window_on_the_team_store_takes_its_open_network_into_this_computers_file(
    qtbot, qapp, pg_cluster, pg_database, tmp_path: Path, monkeypatch
) -> None:
    from app.ui.control.settings import Settings
    from app.ui.shell.application import build_window
    from db.files import default_store_path
    from tests.pg_cluster import MEMBER_PASSWORD

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PGPASSWORD", MEMBER_PASSWORD)  # as ~/.pgpass would give it
    url = pg_cluster.url(pg_database)
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.team_store = url  # kept without the password
    with Store.open(url) as store:
        store.networks.create_network("Leernetwerk Leiden")
        wanted = store.networks.create_network("Zorgnetwerk Rijnland")
        window = build_window(store, settings, LanguageSwitcher(qapp))
        qtbot.addWidget(window)
        window.workshop.open_network(wanted.id)
        team = window.outputs.team
        assert team.take_along.isEnabled() and not team.bring_back.isEnabled()
        assert team.warning.isHidden()
        # the dialog's own accept runs; only its modal loop is skipped
        monkeypatch.setattr(TakeAlongDialog, "exec", lambda self: (self.accept(), self.result())[1])
        team.take_along.trigger()
        assert [mark.network_id for mark in taken_along(store, wanted.id)] == [wanted.id]
        assert not team.warning.isHidden()
        with Store.open(default_store_path()) as laptop:
            assert [n.name for n in laptop.networks.list_networks()] == ["Zorgnetwerk Rijnland"]
            came_from = origin(laptop, laptop.networks.list_networks()[0].id)
            assert came_from is not None and "secret" not in came_from.source
        window.close()
