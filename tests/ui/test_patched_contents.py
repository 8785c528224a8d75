"""Patch, don't reload: after any sequence of edits, undos and redos, the Workshop's copy of
the open network (patched with what each write returned) equals a fresh `load_network`, and
the edits that return their records read no network at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.core.changes import Changes, Part
from app.core.model import IndicatorKind, parse_model
from app.ui.control.workshop import Workshop
from db import Store
from tests.db.builders import fill_network
from tests.model_factory import model_data

KEYS = ("ring1.s0", "ring2.s1", "ring3.s2", "stakeholders.s3")
STEPS = ("core", "ring1", "ring2", "ring3", "stakeholders")
SEGMENTS = ("ring1.s0", "ring2.s3", "core.part1", "stakeholders.s2")
WORDS = "abé Z“,"  # texts the store takes anywhere (one line, no NUL)


class Counting:
    """Counts the Workshop's store's `load_network` calls."""

    def __init__(self, store: Store) -> None:
        self.calls = 0
        real = store.networks.load_network

        def load(network_id: int):  # type: ignore[no-untyped-def]
            self.calls += 1
            return real(network_id)

        store.networks.load_network = load  # type: ignore[method-assign]


class Edits(RuleBasedStateMachine):
    """Random edits of every part a write returns records of, with undo and redo between."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(TMP.mktemp("patch"))
        self.store = Store.open(self.folder / "s.sqlite", parse_model(model_data()))
        network_id = fill_network(self.store, "Net")
        self.workshop = Workshop(self.store)
        self.workshop.open_network(network_id)
        self.learning = self.workshop.learning
        self.notices: list[Changes] = []
        self.workshop.noticed.connect(self.notices.append)

    def teardown(self) -> None:
        self.workshop.deleteLater()
        self.store.close()

    @property
    def contents(self):  # type: ignore[no-untyped-def]
        return self.workshop.contents

    def _pick(self, records, number: int):  # type: ignore[no-untyped-def]
        return records[number % len(records)] if records else None

    @rule(title=st.text(WORDS, max_size=8))
    def save_line(self, title: str) -> None:
        self.workshop.view.set_draft_text("title", title)
        self.workshop.save_line()

    @rule(number=st.integers(0, 50), title=st.text(WORDS, min_size=1, max_size=8))
    def rename_line(self, number: int, title: str) -> None:
        line = self._pick(self.contents.lines, number)
        if line is not None and title.strip():
            self.workshop.rename_line(line.id, title)

    @rule(number=st.integers(0, 50))
    def delete_line(self, number: int) -> None:
        line = self._pick(self.contents.lines, number)
        if line is not None:
            self.workshop.delete_line(line.id)

    @rule(number=st.integers(0, 50), step=st.sampled_from(STEPS), name=st.text(WORDS, max_size=6))
    def add_indicator(self, number: int, step: str, name: str) -> None:
        line = self._pick(self.contents.lines, number)
        if line is not None:
            self.learning.add_indicator(
                line.id, step, f"I {name}", IndicatorKind.QUANTITATIVE, unit="x"
            )

    @rule(number=st.integers(0, 50), unit=st.text(WORDS, max_size=6))
    def update_indicator(self, number: int, unit: str) -> None:
        indicator = self._pick(self.contents.indicators, number)
        if indicator is not None:
            self.learning.update_indicator(indicator.id, unit=unit)

    @rule(number=st.integers(0, 50), index=st.integers(0, 3))
    def move_indicator(self, number: int, index: int) -> None:
        indicator = self._pick(self.contents.indicators, number)
        if indicator is not None:
            self.workshop.line_edits.move_indicator(indicator.id, index)

    @rule(number=st.integers(0, 50))
    def delete_indicator(self, number: int) -> None:
        indicator = self._pick(self.contents.indicators, number)
        if indicator is not None:
            self.learning.delete_indicator(indicator.id)

    @rule(label=st.sampled_from("ABCDEFG"), day=st.none() | st.dates(date(2024, 1, 1)))
    def add_moment(self, label: str, day: date | None) -> None:
        self.learning.add_moment(label, day)

    @rule(number=st.integers(0, 50), index=st.integers(0, 4))
    def move_moment(self, number: int, index: int) -> None:
        moment = self._pick(self.contents.moments, number)
        if moment is not None:
            self.learning.move_moment(moment.id, index)

    @rule(number=st.integers(0, 50), focus=st.text(WORDS, max_size=6))
    def update_moment(self, number: int, focus: str) -> None:
        moment = self._pick(self.contents.moments, number)
        if moment is not None:
            self.learning.update_moment(moment.id, focus=focus)

    @rule(number=st.integers(0, 50))
    def delete_moment(self, number: int) -> None:
        moment = self._pick(self.contents.moments, number)
        if moment is not None:
            self.learning.delete_moment(moment.id)

    @rule(number=st.integers(0, 50), value=st.floats(-1e6, 1e6) | st.none())
    def save_entry(self, number: int, value: float | None) -> None:
        indicator = self._pick(self.contents.indicators, number)
        moment = self._pick(self.contents.moments, number)
        if indicator is None or moment is None:
            return
        old = next(
            (
                m
                for m in self.contents.measurements
                if m.indicator_id == indicator.id and m.moment_id == moment.id
            ),
            None,
        )
        self.learning.save_entry(
            indicator.id, moment.id, old.id if old else None, value=value, text="", note="n"
        )

    @rule(number=st.integers(0, 50), value=st.integers(0, 99))
    def set_target(self, number: int, value: int) -> None:
        indicator = self._pick(self.contents.indicators, number)
        moment = self._pick(self.contents.moments, number)
        if indicator is not None and moment is not None:
            self.learning.set_target(indicator.id, moment.id, float(value), "", "")

    @rule(number=st.integers(0, 50), step=st.sampled_from(STEPS), text=st.text(WORDS, max_size=6))
    def add_evidence(self, number: int, step: str, text: str) -> None:
        line = self._pick(self.contents.lines, number)
        if line is not None:
            self.workshop.line_edits.add_evidence(line.id, step, f"E {text}")

    @rule(number=st.integers(0, 50))
    def delete_evidence(self, number: int) -> None:
        evidence = self._pick(self.contents.evidence, number)
        if evidence is not None:
            self.workshop.line_edits.delete_evidence(evidence.id)

    @rule(segment=st.sampled_from(SEGMENTS), number=st.integers(0, 50))
    def add_note(self, segment: str, number: int) -> None:
        moment = self._pick(self.contents.moments, number) if number % 2 else None
        self.learning.add_note(segment, "post-it", "#FFE97A", moment.id if moment else None)

    @rule(number=st.integers(0, 50))
    def delete_note(self, number: int) -> None:
        note = self._pick(self.contents.notes, number)
        if note is not None:
            self.learning.delete_note(note.id)

    @rule(kind=st.sampled_from(("core.part0", "core.part2")), text=st.text(WORDS, max_size=6))
    def add_core_entry(self, kind: str, text: str) -> None:
        self.workshop.core_edits.add_core_entry(kind, f"K {text}")

    @precondition(lambda self: self.workshop.undo_stack.canUndo())
    @rule()
    def undo(self) -> None:
        self.workshop.undo_stack.undo()

    @precondition(lambda self: self.workshop.undo_stack.canRedo())
    @rule()
    def redo(self) -> None:
        self.workshop.undo_stack.redo()

    @invariant()
    def patched_equals_a_fresh_read(self) -> None:
        network_id = self.workshop.network_id
        assert network_id is not None
        assert self.workshop.contents == self.store.networks.load_network(network_id)


TMP: pytest.TempPathFactory


def test_patched_contents_equal_a_fresh_read_after_any_edits(
    qapp, tmp_path_factory: pytest.TempPathFactory
) -> None:
    global TMP
    TMP = tmp_path_factory
    run = settings(
        max_examples=15,
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )(Edits).TestCase
    run().runTest()


def test_an_edit_that_returns_its_records_reads_no_network(qapp, tmp_path: Path) -> None:
    """Every kind of edit whose write returns its records (or a delete's snapshot): the
    contents are patched, never read again, and the notice names the records touched."""
    store = Store.open(tmp_path / "s.sqlite", parse_model(model_data()))
    network_id = fill_network(store, "Net")
    workshop = Workshop(store)
    workshop.open_network(network_id)  # the one read of an open network
    counted = Counting(store)
    notices: list[Changes] = []
    workshop.noticed.connect(notices.append)
    learning = workshop.learning
    line_id = workshop.save_line()
    workshop.rename_line(line_id, "Nieuw")
    workshop.line_edits.add_evidence(line_id, "ring1", "bewijs")
    indicator = learning.add_indicator(line_id, "ring1", "Aantal", IndicatorKind.QUANTITATIVE)
    learning.update_indicator(indicator, unit="mensen")
    moment = learning.add_moment("A", date(2024, 1, 1))
    entry = learning.save_entry(indicator, moment, None, value=3.0, text="", note="")
    learning.save_entry(indicator, moment, entry, value=4.0, text="", note="")
    learning.set_target(indicator, moment, 9.0, "", "")
    note = learning.add_note("ring1.s0", "idee", "#FFE97A", moment)
    workshop.core_edits.add_core_entry("core.part0", "partner")
    learning.delete_note(note)
    learning.delete_moment(moment)
    learning.delete_indicator(indicator)
    workshop.delete_line(line_id)
    assert counted.calls == 0
    assert workshop.contents == store.networks.load_network(network_id)
    assert notices[0].ids_of(Part.LINES) == {line_id}
    assert notices[3].ids_of(Part.INDICATORS) == {indicator}
    assert notices[6].ids_of(Part.MEASUREMENTS) == {entry}
    assert all(notice.ids for notice in notices)
    store.close()
