"""The first look: the network left last is painted from the store before the store's layer
loads, in the window that is then furnished, without the wheel moving on the screen.

The start is run as the program runs it (`show_first_look`, then `run_windows` with the
frame); a store that cannot be opened takes the first look away before the questions.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.core.geometry import Arrangement
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.shell.application import application, build_window, run_windows, show_first_look
from app.ui.shell.main_window import MainWindow
from app.ui.store.store_recovery import Answer, Choice, Trouble
from db.errors import StoreBusyError, StoreDamagedError, StoreError
from db.records import WheelState
from db.store import Store
from tests.remembered import remember_a_network

ROOT = Path(__file__).resolve().parents[2]
SCREENS = Path(__file__).with_name("offscreen-two-screens.json")  # a 1920×1080 laptop screen


def _network(path: Path, settings: Settings) -> int:
    """A network with its own names, core, notes and a turned, locked, focused wheel."""
    with Store.open(path) as store:
        network = store.networks.create_network("Buurtnetwerk Oost")
        store.lines.add_core_entry(network.id, "core.partners", "Wijkteam")
        store.lines.add_core_entry(network.id, "core.partners", "Bibliotheek")
        store.lines.add_core_entry(network.id, "core.activities", "Taalcafé op dinsdag")
        key = store.model.stakeholder_ring.segments[1].key
        store.networks.set_stakeholder_group(network.id, key, "Ouders")
        for n, segment in enumerate(store.model.rings[1].segments[:3]):
            store.notes.add_note(network.id, segment.key, f"Post-it {n}: meer ouders komen")
        store.wheel.save_wheel(
            network.id,
            WheelState(Arrangement((2, 3, 1, 3)), frozenset({"ring2"}), focus_ring="ring2"),
        )
        window = build_window(store, settings, LanguageSwitcher(QApplication.instance()))
        window.workshop.open_network(network.id)
        window.resize(1500, 900)
        window.show()
        QApplication.processEvents()
        window.close()  # as the facilitator left it: the network, the window's size and docks
    assert settings.last_network == network.id and settings.window_state is not None
    return network.id


def _viewport(window: MainWindow) -> QImage:
    return window.view.viewport().grab().toImage()


def start_twice(folder: Path) -> None:
    """Run in a child process (on a 1920×1080 screen): the facilitator's first session,
    then the next start as the program makes it, reporting what it saw as JSON."""
    qapp = application()
    path = folder / "store.sqlite"
    settings = Settings.in_file(folder / "settings.ini")
    _network(path, settings)
    first = show_first_look(path, settings)
    assert first is not None and first.isVisible() and not first.furnished
    look = _viewport(first)
    look.save(str(folder / "first_look.png"))
    seen: dict[str, object] = {"first": _where(first), "first title": first.windowTitle()}

    def furnished() -> None:
        (window,) = [
            w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["same window"] = window is first
        seen["panels"] = window.furnished and window.core_panel.isVisibleTo(window)
        seen["furnished"] = _where(window)
        seen["furnished title"] = window.windowTitle()
        image = _viewport(window)
        image.save(str(folder / "furnished.png"))
        seen["same picture"] = image == look
        window.close()

    QTimer.singleShot(0, furnished)
    seen["code"] = run_windows(qapp, path, settings, LanguageSwitcher(qapp), first=first)
    print(json.dumps(seen))


def _where(window: MainWindow) -> list[int]:
    """Where the wheel is in the window: its view's place and size."""
    corner = window.view.mapTo(window, window.view.rect().topLeft())
    return [corner.x(), corner.y(), window.view.width(), window.view.height()]


@pytest.mark.slow
def test_the_first_look_is_the_furnished_wheel_painted_before_the_store_opens(tmp_path):
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": f"offscreen:configfile={SCREENS}",
    }
    code = (
        "from pathlib import Path\n"
        f"from {__name__} import start_twice\n"
        f"start_twice(Path({str(tmp_path)!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["code"] == 0
    assert seen["same window"] and seen["panels"]
    assert seen["furnished"] == seen["first"], "the wheel moved when the window was furnished"
    assert (
        seen["first title"]
        == seen["furnished title"]
        == ("Buurtnetwerk Oost — store.sqlite — Netwerkimpact")
    )
    assert seen["same picture"], "the first look is not the wheel the furnished window shows"


def test_without_a_network_to_show_the_start_goes_the_usual_way(qapp, tmp_path):
    path = tmp_path / "store.sqlite"
    settings = Settings.in_file(tmp_path / "settings.ini")
    assert show_first_look(path, settings) is None  # no store yet, no network remembered
    network_id = _network(path, settings)
    with Store.open(path) as store:
        store.networks.delete_network(network_id)
    assert show_first_look(path, settings) is None


def _first_look_without(tmp_path: Path, table: str) -> tuple[Path, Settings, MainWindow | None]:
    """The store, its settings and its first look, after the facilitator's session, with
    `table` gone from the store (damage its checks find as it opens)."""
    path = tmp_path / "store.sqlite"
    settings = Settings.in_file(tmp_path / "settings.ini")
    _network(path, settings)
    connection = sqlite3.connect(path)
    connection.execute(f"DROP TABLE {table}")
    connection.commit()
    connection.close()
    return path, settings, show_first_look(path, settings)


def test_a_store_that_cannot_open_takes_the_first_look_away_before_asking(qapp, tmp_path):
    """Damage the quick look does not read (a table it does not need is gone) is found by the
    store's own checks as it opens; the questions then come without a network behind them."""
    path, settings, first = _first_look_without(tmp_path, "indicator_targets")
    assert first is not None and first.isVisible()
    asked: list[tuple[Trouble, bool]] = []

    def answer(trouble: Trouble) -> Answer:
        asked.append((trouble, first.isVisible()))
        return Answer(Choice.QUIT)

    code = run_windows(qapp, path, settings, LanguageSwitcher(qapp), answer, first)
    assert code == 1
    ((trouble, visible),) = asked
    assert isinstance(trouble.error, StoreDamagedError)
    assert not visible, "the question came with a first look behind it"


@pytest.mark.slow
def _remembered(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A store with a network the settings remember, and the environment of a next start
    of the program (its settings in a home of its own)."""
    home = tmp_path / "home"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    path = tmp_path / "store.sqlite"
    remember_a_network(path, env)
    return path, env


def test_the_first_look_paints_before_the_store_layer_loads(tmp_path):
    path, env = _remembered(tmp_path)
    look = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.ui.control.settings import Settings\n"
        "from app.ui.shell.application import application, show_first_look\n"
        "qt = application()\n"
        "window = show_first_look(Path(sys.argv[1]), Settings())\n"
        "print(window.windowTitle())\n"
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'db.store', 'app.ui.control.workshop',"
        " 'app.ui.panels.core_panel') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", look, str(path)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["Start — store.sqlite — Netwerkimpact", "[]"]


# --- the window usable before the store comes (issue 21) -----------------------------------

USABLE_FIRST = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.shell import application as start

qt = start.application()
settings = Settings()
seen = {}
build = start.build_window


def build_window(*arguments, **keywords):
    window = build(*arguments, **keywords)
    store = window.workshop.store
    seen["furnished"] = window.furnished and window.core_panel.isVisibleTo(window)
    seen["loaded then"] = sorted(m for m in ("sqlalchemy", "db.store") if m in sys.modules)
    seen["came then"] = store.arrived is not None
    seen["core then"] = [entry.text for entry in window.workshop.contents.core]
    seen["queue then"] = [item.text for item in window.room.pending]
    QTimer.singleShot(0, lambda: until_it_came(window))
    return window


def until_it_came(window):
    store = window.workshop.store
    if store.arrived is None:
        QTimer.singleShot(10, lambda: until_it_came(window))
        return
    seen["loaded after"] = sorted(m for m in ("sqlalchemy", "db.store") if m in sys.modules)
    seen["queue after"] = [item.text for item in window.room.pending]
    seen["queue shown"] = window.room_dock.panel.queue.list.count()
    window.workshop.core_edits.add_core_entry("core.partners", "Buurthuis")
    seen["stored"] = [e.text for e in store.lines.list_core(window.workshop.network_id)]
    window.close()


start.build_window = build_window
first = start.show_first_look(Path(sys.argv[1]), settings)
seen["code"] = start.run_windows(qt, Path(sys.argv[1]), settings, LanguageSwitcher(qt), first=first)
print(json.dumps(seen))
"""


@pytest.mark.slow
def test_the_window_is_usable_before_the_store_layer_loads_and_the_store_comes_after(tmp_path):
    """Furnished on the network as `sqlite3` reads it (its panels made, its room's queue to
    come), without SQLAlchemy; the store then opens by itself, the queue kept in it shows,
    and an edit is stored."""
    path, env = _remembered(tmp_path)
    with Store.open(path) as store:
        (network,) = store.networks.list_names()
        store.lines.add_core_entry(network.id, "core.partners", "Wijkteam")
        segment = store.model.rings[0].segments[0].key
        arrival = {"segment": segment, "text": "Meer ouders", "name": "", "client": "telefoon"}
        store.room.keep_arrivals(network.id, [("note", arrival)])
    done = subprocess.run(
        [sys.executable, "-c", USABLE_FIRST, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["furnished"] and seen["core then"] == ["Wijkteam"]
    assert seen["loaded then"] == [] and not seen["came then"]
    assert seen["queue then"] == [], "the queue was read before the store came"
    assert seen["loaded after"] == ["db.store", "sqlalchemy"]
    assert seen["queue after"] == ["Meer ouders"] and seen["queue shown"] == 1
    assert seen["stored"] == ["Wijkteam", "Buurthuis"]
    assert seen["code"] == 0


def test_a_store_that_fails_as_it_comes_takes_the_window_away_before_asking(qapp, tmp_path):
    """Damage the network's read does not see (a table it does not read is gone) is found by
    the store's checks as it comes, after the window was furnished: the window goes, and the
    questions come without it."""
    path, settings, first = _first_look_without(tmp_path, "taken_along")
    assert first is not None
    furnished: list[bool] = []
    QTimer.singleShot(0, lambda: furnished.append(first.furnished and first.isVisible()))
    asked: list[tuple[Trouble, list[MainWindow]]] = []

    def answer(trouble: Trouble) -> Answer:
        shown = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        asked.append((trouble, shown))
        return Answer(Choice.QUIT)

    code = run_windows(qapp, path, settings, LanguageSwitcher(qapp), answer, first)
    assert furnished == [True], "the window was not furnished before the store came"
    assert code == 1
    ((trouble, shown),) = asked
    assert isinstance(trouble.error, StoreDamagedError)
    assert shown == [], "the question came with a window behind it"


def test_an_edit_in_the_first_moments_opens_the_store_and_is_stored(qapp, tmp_path):
    """An edit made before the store came (the first moments of the window) opens it there
    and then, and is stored; the store comes once."""
    path = tmp_path / "store.sqlite"
    settings = Settings.in_file(tmp_path / "settings.ini")
    network_id = _network(path, settings)
    first = show_first_look(path, settings)
    assert first is not None
    before: list[bool] = []

    def edit() -> None:
        before.append(first.workshop.store.arrived is None)
        first.workshop.core_edits.add_core_entry("core.partners", "Buurthuis")
        QTimer.singleShot(0, first.close)

    QTimer.singleShot(0, edit)
    assert run_windows(qapp, path, settings, LanguageSwitcher(qapp), first=first) == 0
    assert before == [True]
    with Store.open(path) as store:
        core = store.lines.list_core(network_id)
    assert [entry.text for entry in core if entry.kind == "core.partners"] == [
        "Wijkteam",
        "Bibliotheek",
        "Buurthuis",
    ]


def test_a_store_that_could_not_come_closes_the_window_without_a_message(qapp, qtbot, tmp_path):
    """What the guard does with the error of a store that could not be opened for a window
    furnished before it (`leaves`): as with a damaged store, the window goes and the start
    asks; no message over it first, also when an edit in a slot met it."""
    from app.ui.store.store_guard import StoreGuard

    path = tmp_path / "store.sqlite"
    settings = Settings.in_file(tmp_path / "settings.ini")
    _network(path, settings)
    first = show_first_look(path, settings)
    assert first is not None
    failed = StoreBusyError(path, f"{path} is in use by another program")
    other = StoreBusyError(path, "another write met a lock")

    def edit(error: StoreError) -> None:
        raise error

    with StoreGuard(first, leaves=lambda error: error is failed) as guard:
        QTimer.singleShot(0, lambda: edit(other))
        qtbot.waitUntil(lambda: guard.message is not None)
        assert guard.damaged is None and first.isVisible()  # any other: said, work goes on
        said = guard.message
        said.close()
        QTimer.singleShot(0, lambda: edit(failed))
        qtbot.waitUntil(lambda: not first.isVisible())
    assert guard.damaged is failed
    assert guard.message is said, "the store that could not come was said in a message"


def test_a_window_closed_before_its_store_came_opens_none_after(qapp, qtbot, tmp_path, monkeypatch):
    """Closed at once (before it painted, or while the store's layer loaded): once its run is
    over, nothing opens the store for it any more, however late the loading ends."""
    from app.ui.shell import application as start

    prepare = start.prepare_objects
    loading: list[float] = []

    def slowly() -> None:  # a slow machine's loading, on the loading thread
        loading.append(time.monotonic())
        time.sleep(0.4)
        prepare()

    monkeypatch.setattr(start, "prepare_objects", slowly)
    path = tmp_path / "store.sqlite"
    settings = Settings.in_file(tmp_path / "settings.ini")
    _network(path, settings)
    for closing_after_ms in (0, 200):
        first = show_first_look(path, settings)
        assert first is not None
        QTimer.singleShot(closing_after_ms, first.close)
        assert run_windows(qapp, path, settings, LanguageSwitcher(qapp), first=first) == 0
        store = first.workshop.store
        qtbot.wait(900)  # past the wait for a first paint, and the loading thread's end
        assert store.arrived is None and store.failed is None
    assert len(loading) == 1, "the window that painted did not load, or the other did"
