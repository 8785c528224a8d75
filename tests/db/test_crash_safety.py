"""Nothing committed is lost: writers killed with SIGKILL, and two writers at once."""

from __future__ import annotations

import os
import random
import sys
import time

import pytest

from db import Store
from tests.db.builders import LINE_KEYS
from tests.db.writers import (
    Reports,
    check_reports,
    fork_writer,
    integrity,
    kill,
    read_reports,
)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")

RUNS = 50


@pytest.mark.slow
def test_a_writer_killed_at_random_moments_loses_no_committed_edit(store_path, model):
    """Each writer is killed after a random number of reported commits plus a random moment
    (mostly inside its next commit); counting reports, not wall time, keeps the test the same
    on a loaded machine."""
    with Store.open(store_path, model) as store:
        network_id = store.networks.create_network("Crash").id
        line_id = store.lines.create_line(network_id, LINE_KEYS).id
        store.lines.set_line_story(line_id, "ring2", "0")
    chance = random.Random(2024)
    checked = waited = 0
    started = time.monotonic()
    for run in range(1, RUNS + 1):
        pid, pipe = fork_writer(store_path, model, network_id, line_id, seed=run)
        reports = Reports(pipe)
        reports.wait_until_open()
        edits = chance.randint(1, 6)
        reports.wait_for(edits)
        time.sleep(chance.uniform(0, 0.01))
        kill(pid)
        done = reports.rest()
        assert len(done) >= edits, f"run {run}: the writer stopped by itself"
        waited += edits
        assert integrity(store_path) == "ok", f"run {run}"
        with Store.open(store_path, model) as store:
            checked += check_reports(store, network_id, done)
    print(
        f"{RUNS} kills, {checked} committed edits checked in {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )
    assert checked >= waited >= RUNS  # each kill came after at least one reported commit


@pytest.mark.slow
def test_two_processes_writing_at_once_keep_every_commit(store_path, model):
    with Store.open(store_path, model) as store:
        network_id = store.networks.create_network("Samen").id
        line_id = store.lines.create_line(network_id, LINE_KEYS).id
    children = [
        fork_writer(store_path, model, network_id, line_id, seed, edits=150, story_share=0.0)
        for seed in (1, 2)
    ]
    with Store.open(store_path, model) as store:  # and a reader in this process meanwhile
        for _ in range(20):
            store.networks.load_network(network_id)
    reports = []
    for pid, pipe in children:
        reports += read_reports(pipe)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    assert len(reports) == 300
    assert integrity(store_path) == "ok"
    with Store.open(store_path, model) as store:
        check_reports(store, network_id, reports)
        assert len(store.notes.list_notes(network_id)) == 300
