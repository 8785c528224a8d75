"""Two `Store`s on one PostgreSQL database, as two partners' laptops on the team store: the
same story, the same post-it, a line deleted under its editor; nothing lost, the conflict
reported with both texts. The same checks as tests/db/test_edit_conflicts.py on a file."""

from __future__ import annotations

from collections.abc import Iterator
from threading import Barrier, Thread

import pytest

from app.core.model import Model
from db import EditConflictError, Store
from tests.db.builders import LINE_KEYS
from tests.db.test_edit_conflicts import (
    check_deleted_line,
    check_note_conflict,
    check_story_conflict,
)
from tests.pg_cluster import Cluster


@pytest.fixture
def two(pg_cluster: Cluster, pg_database: str, model: Model) -> Iterator[tuple[Store, Store]]:
    url = pg_cluster.url(pg_database)
    with Store.open(url, model) as first, Store.open(url, model) as second:
        yield first, second


def test_two_people_typing_in_one_story_on_the_server(two):
    check_story_conflict(*two)


def test_a_post_it_edited_by_two_on_the_server(two):
    check_note_conflict(*two)


def test_a_line_deleted_under_an_editor_on_the_server(two):
    check_deleted_line(*two)


def test_keystrokes_racing_on_one_story_lose_nothing_and_report_each_refusal(two):
    """Two typists at once, each keystroke from the version their last one returned: every
    keystroke is either saved or refused as a conflict; the story is the last saved one."""
    mine, theirs = two
    network = mine.create_network("Samen")
    line = mine.create_line(network.id, LINE_KEYS)
    start = Barrier(2)
    outcome: dict[str, list[str]] = {"saved": [], "refused": []}

    def type_into(store: Store, who: str) -> None:
        version = store.get_line(line.id).step("ring1").version
        start.wait()
        for n in range(40):
            text = f"{who}{n}"
            try:
                saved = store.set_line_story(line.id, "ring1", text, seen=version)
                version = saved.step("ring1").version
                outcome["saved"].append(text)
            except EditConflictError as conflict:
                assert conflict.their_version is not None
                version = conflict.their_version  # read theirs, go on from it
                outcome["refused"].append(text)

    threads = [Thread(target=type_into, args=(s, w)) for s, w in ((mine, "a"), (theirs, "b"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(outcome["saved"]) + len(outcome["refused"]) == 80
    final = mine.get_line(line.id).step("ring1")
    assert final.version == 1 + len(outcome["saved"])  # each saved keystroke once, none lost
    assert final.story in outcome["saved"]
