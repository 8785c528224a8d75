"""Two `Store`s on one PostgreSQL database typing into one story at the same moment, as two
partners' laptops on the team store (tests/db/test_edit_conflicts.py has the one-after-the-
other cases on both engines)."""

from __future__ import annotations

from collections.abc import Iterator
from threading import Barrier, Thread

import pytest

from app.core.model import Model
from db import EditConflictError, Store
from tests.db.builders import LINE_KEYS


@pytest.fixture
def two(server_url: str, model: Model) -> Iterator[tuple[Store, Store]]:
    with Store.open(server_url, model) as first, Store.open(server_url, model) as second:
        yield first, second


def test_keystrokes_racing_on_one_story_lose_nothing_and_report_each_refusal(two):
    """Two typists at once, each keystroke from the version their last one returned: every
    keystroke is either saved or refused as a conflict; the story is the last saved one."""
    mine, theirs = two
    network = mine.networks.create_network("Samen")
    line = mine.lines.create_line(network.id, LINE_KEYS)
    start = Barrier(2)
    outcome: dict[str, list[str]] = {"saved": [], "refused": []}

    def type_into(store: Store, who: str) -> None:
        version = store.lines.get_line(line.id).step("ring1").version
        start.wait()
        for n in range(40):
            text = f"{who}{n}"
            try:
                saved = store.lines.set_line_story(line.id, "ring1", text, seen=version)
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
    final = mine.lines.get_line(line.id).step("ring1")
    assert final.version == 1 + len(outcome["saved"])  # each saved keystroke once, none lost
    assert final.story in outcome["saved"]
