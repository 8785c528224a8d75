"""Live changes on a team store, in real windows on the private PostgreSQL cluster: a
colleague's post-it appears on my wheel, a line someone else deleted closes in my panel, my
own changes are not applied twice, and a lost connection is said, refuses edits (no undo step
for them) and comes back by itself, reading the open network again."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.changes import Origin, Part
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.live_watch import LiveWatch
from app.ui.control.settings import Settings
from app.ui.control.workshop import Workshop
from app.ui.panels.line_panel import LinePanel
from app.ui.shell.application import build_window
from db.errors import ConnectionLostError, StoreError
from db.store import Store
from tests.benchmarks.team_writer import seen_elsewhere
from tests.pg_cluster import Cluster
from tests.ui.test_session import note_items


@pytest.fixture
def team(pg_cluster: Cluster, pg_database: str) -> Iterator[tuple[Store, Store]]:
    """My program's store and a colleague's, on one team store."""
    url = pg_cluster.url(pg_database)
    with Store.open(url) as mine, Store.open(url) as theirs:
        yield mine, theirs


@pytest.fixture
def watched(team: tuple[Store, Store], qapp) -> Iterator[tuple[Workshop, LiveWatch, Store]]:
    mine, theirs = team
    workshop = Workshop(mine)
    workshop.create_network("Wijkteam")
    live = LiveWatch(workshop)
    assert live.listening and live.connected
    yield workshop, live, theirs
    live.close()


def test_a_colleague_s_new_post_it_appears_on_my_wheel_and_a_lost_connection_is_shown(
    team: tuple[Store, Store], qtbot, qapp, tmp_path: Path, pg_cluster: Cluster
):
    mine, theirs = team
    network = mine.networks.create_network("Wijkteam")
    window = build_window(mine, Settings.in_file(tmp_path / "s.ini"), LanguageSwitcher(qapp))
    qtbot.addWidget(window)
    window.workshop.open_network(network.id)
    window.show()
    qtbot.waitExposed(window)
    segment = mine.model.rings[0].segments[0].key
    theirs.notes.add_note(network.id, segment, "Van de buren")
    qtbot.waitUntil(
        lambda: "Van de buren" in [note[2] for note in note_items(window)], timeout=5000
    )
    assert window.live.latencies  # each applied change timed (tests/benchmarks)
    window.grab().save(str(tmp_path / "live-post-it.png"))
    assert window.connection_state.isHidden() and window.connection_state.accessibleName()
    pg_cluster.admin("CHECKPOINT")
    pg_cluster.stop("immediate")
    try:
        qtbot.waitUntil(window.connection_state.isVisible, timeout=5000)
        window.grab().save(str(tmp_path / "live-no-connection.png"))
        # What it showed stays: the post-its are still on the wheel.
        assert "Van de buren" in [note[2] for note in note_items(window)]
    finally:
        pg_cluster.start()
    qtbot.waitUntil(window.connection_state.isHidden, timeout=15000)
    window.close()


def test_a_line_someone_else_deleted_closes_in_my_panel(watched, qtbot):
    workshop, _live, theirs = watched
    line_id = workshop.save_line()
    panel = LinePanel(workshop)
    qtbot.addWidget(panel)
    panel.steps[1].story.setPlainText("Ons verhaal")
    said: list[str] = []
    workshop.said.connect(said.append)
    theirs.lines.delete_line(line_id)
    qtbot.waitUntil(lambda: workshop.current_line() is None, timeout=5000)
    assert said and "deleted" in said[0]  # (Dutch in the Dutch window)
    assert panel.steps[1].story.toPlainText() == "Ons verhaal"  # kept, as a draft
    assert workshop.contents.lines == ()


def test_others_stories_patch_my_copy_and_my_own_changes_are_not_heard_twice(watched, qtbot):
    workshop, live, theirs = watched
    line_id = workshop.save_line()
    heard: list = []
    live.heard.connect(heard.append)
    workshop.learning.add_note(workshop.model.rings[0].segments[0].key, "Van mij", "#FFF59D")
    qtbot.wait(300)
    live.read()
    assert heard == []  # my own notice is skipped: the Workshop emitted it already
    line = theirs.lines.get_line(line_id)
    step = line.steps[1].key
    theirs.lines.set_line_story(line_id, step, "Van hen", seen=line.step(step).version)
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    (changes,) = heard
    assert changes.origin is Origin.ELSEWHERE and changes.parts == Part.STORIES
    assert changes.ids_of(Part.STORIES) == {line_id}
    assert workshop.current_line() is not None
    assert workshop.current_line().story(step) == "Van hen"


def test_a_lost_connection_refuses_edits_and_comes_back_by_itself(
    watched, qtbot, pg_cluster: Cluster
):
    workshop, live, theirs = watched
    segment = workshop.model.rings[0].segments[0].key
    workshop.learning.add_note(segment, "Voor de storing", "#FFF59D")
    states: list[bool] = []
    live.connectionChanged.connect(states.append)
    said: list[str] = []
    workshop.said.connect(said.append)
    pg_cluster.admin("CHECKPOINT")  # the test cluster commits asynchronously
    pg_cluster.stop("immediate")
    try:
        qtbot.waitUntil(lambda: states == [False], timeout=5000)
        assert workshop.store.offline and said
        steps = workshop.undo_stack.count()
        with pytest.raises(ConnectionLostError):
            workshop.learning.add_note(segment, "Tijdens de storing", "#FFF59D")
        assert workshop.undo_stack.count() == steps  # no undo step for what did not commit
        assert [n.text for n in workshop.contents.notes] == ["Voor de storing"]  # still shown
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: states == [False, True], timeout=15000)
    assert not workshop.store.offline
    network_id = workshop.network_id
    assert network_id is not None
    theirs.reconnected()  # as the colleague's own window does when its listener is back
    theirs.notes.add_note(network_id, segment, "Na de storing")
    qtbot.waitUntil(
        lambda: {n.text for n in workshop.contents.notes} == {"Voor de storing", "Na de storing"},
        timeout=5000,
    )
    workshop.learning.add_note(segment, "Weer van mij", "#FFF59D")  # edits work again
    assert isinstance(ConnectionLostError("x", "y"), StoreError)


def test_process_a_adds_post_its_and_process_b_s_workshop_shows_them(
    watched, qtbot, pg_cluster: Cluster, pg_database: str
):
    """Another process (another partner's program) adds post-its; this Workshop shows each
    one; the latencies are printed (their targets are checked by `make bench`)."""
    workshop, live, _theirs = watched
    latencies = seen_elsewhere(pg_cluster.url(pg_database), live, 5, qtbot)
    texts = {note.text for note in workshop.contents.notes}
    assert texts == {f"Van elders {n}" for n in range(5)}
    ms = sorted(1000 * seconds for seconds in latencies)
    print(f"\nseen in another process: median {statistics.median(ms):.0f} ms, max {ms[-1]:.0f} ms")


def test_a_network_someone_else_deleted_closes_with_a_message(watched, qtbot):
    workshop, _live, theirs = watched
    said: list[str] = []
    workshop.said.connect(said.append)
    network_id = workshop.network_id
    assert network_id is not None
    theirs.networks.delete_network(network_id)
    qtbot.waitUntil(lambda: workshop.network_id is None, timeout=5000)
    assert said and "network" in said[0]


def test_the_start_page_lists_a_network_a_colleague_adds(
    team: tuple[Store, Store], qtbot, qapp, tmp_path: Path
):
    mine, theirs = team
    mine.networks.create_network("Eerste")
    window = build_window(mine, Settings.in_file(tmp_path / "s.ini"), LanguageSwitcher(qapp))
    qtbot.addWidget(window)
    window.workshop.open_network(None)
    names = window.start.names

    assert names() == ["Eerste"]
    theirs.networks.create_network("Van de buren")
    qtbot.waitUntil(lambda: names() == ["Eerste", "Van de buren"], timeout=5000)
    window.close()


def test_a_network_a_colleague_takes_along_or_releases_is_warned_of_in_my_window(
    team: tuple[Store, Store], qtbot, qapp, tmp_path: Path, pg_cluster: Cluster, pg_database: str
):
    from db.take_along import release, take_along, taken_along

    mine, theirs = team
    shared = mine.networks.create_network("Gedeeld")
    window = build_window(mine, Settings.in_file(tmp_path / "s.ini"), LanguageSwitcher(qapp))
    qtbot.addWidget(window)
    window.workshop.open_network(shared.id)
    warning, release_action = window.outputs.team.warning, window.outputs.team.release
    assert warning.isHidden() and not release_action.isEnabled()
    with Store.open(tmp_path / "laptop.sqlite") as laptop:
        take_along(theirs, laptop, "Gedeeld", pg_cluster.url(pg_database))
    qtbot.waitUntil(lambda: not warning.isHidden(), timeout=5000)
    assert warning.text().startswith("Taken along by ") and release_action.isEnabled()
    release(theirs, taken_along(theirs, shared.id)[0])
    qtbot.waitUntil(warning.isHidden, timeout=5000)
    assert not release_action.isEnabled()
    window.close()
