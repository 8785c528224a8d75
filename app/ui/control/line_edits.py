"""The Workshop's edits that make a saved line plausible and keep it alive: reworking its
segments (each changed step's story and indicators kept, moved along or dropped), duplicating
it, a plausibility judgement and evidence per step, and indicators in an order set by hand.
Each is one undo step."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from app.core.plausibility import Plausibility
from app.ui.control.commands import QT_TRANSLATE_NOOP, Change, UndoText
from app.ui.control.parts import INDICATORS, LINES, MEASUREMENTS
from app.ui.control.undoable import UndoableEdits
from db.records import Line, NetworkContents, StepFate

if TYPE_CHECKING:
    from app.ui.control.workshop import Workshop


class LineEdits:
    """Reworking, duplicating and judging saved lines of the open network, as undo steps.

    The Workshop holds one (`workshop.line_edits`); it reads the Workshop's open network, the
    line in focus and the line being reworked, and tells it when a rework changed the lines.
    """

    def __init__(self, edits: UndoableEdits, workshop: Workshop) -> None:
        self.edits = edits
        self.store = edits.store
        self._workshop = workshop

    @property
    def contents(self) -> NetworkContents:
        return self._workshop.contents

    @property
    def current_line_id(self) -> int | None:
        return self._workshop.current_line_id

    @property
    def rework_line_id(self) -> int | None:
        return self._workshop.rework_line_id

    def focus_line(self) -> Any:
        return self._workshop.focus_line()

    def _after_rework(self, line_id: int | None, rework_id: int | None) -> None:
        self._workshop.after_rework(line_id, rework_id)

    # --- reworking ---------------------------------------------------------------------------

    def rework_candidate(self) -> Line | None:
        """The saved line the wheel was turned away from, while the focus shows no saved line."""
        if self.rework_line_id is None or self.current_line_id is not None:
            return None
        return next((ln for ln in self.contents.lines if ln.id == self.rework_line_id), None)

    def rework_changes(self) -> tuple[tuple[str, str | None, str | None], ...]:
        """(step key, old segment, new segment) of each step the turn changed."""
        line = self.rework_candidate()
        if line is None:
            return ()
        new = dict(
            zip((s.key for s in line.steps), (None, *self.focus_line().segment_keys), strict=True)
        )
        return tuple(
            (step.key, step.segment_key, new[step.key])
            for step in line.steps
            if step.segment_key != new[step.key]
        )

    def update_reworked_line(self, fates: Mapping[str, StepFate], moved_title: str = "") -> int:
        """Let the line the wheel was turned away from pass the segments in focus now."""
        line = self.rework_candidate()
        if line is None:
            raise LookupError("no saved line is being reworked")
        keys = self.focus_line().segment_keys
        before = self.store.evidence.snapshot_line(line.id)
        result = self.store.evidence.rework_line(line.id, keys, fates, moved_title)
        ids = [line.id] + ([result.moved_to.id] if result.moved_to else [])
        after = [self.store.evidence.snapshot_line(line_id) for line_id in ids]

        def redo() -> None:
            self.store.evidence.replace_lines(ids, after)
            self._after_rework(line.id, None)

        def undo() -> None:
            self.store.evidence.replace_lines(ids, [before])
            self._after_rework(None, line.id)

        self._after_rework(line.id, None)
        text = UndoText(QT_TRANSLATE_NOOP("Workshop", "Update line “%1”"), line.title)
        self.edits.undo_stack.push(Change(text, redo, undo, self.edits.replaying))
        return line.id

    def duplicate_line(self, line_id: int, title: str) -> int:
        return self.edits.push_create(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Duplicate line")),
            lambda: self.store.evidence.duplicate_line(line_id, title),
            self.store.lines.delete_line,
            LINES,
            INDICATORS,
            MEASUREMENTS,
        )

    # --- plausibility and evidence -----------------------------------------------------------

    def set_step_plausibility(
        self, line_id: int, step_key: str, level: Plausibility | None
    ) -> None:
        line = next(line for line in self.contents.lines if line.id == line_id)
        old = line.step(step_key).plausibility
        if old == level:
            return
        self.edits.push_simple(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Judge plausibility")),
            lambda: self.store.evidence.set_step_plausibility(line_id, step_key, level),
            lambda: self.store.evidence.set_step_plausibility(line_id, step_key, old),
            LINES,
        )

    def add_evidence(
        self,
        line_id: int,
        step_key: str,
        text: str,
        source: str = "",
        day: date | None = None,
        moment_id: int | None = None,
    ) -> int:
        return self.edits.push_create(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Add evidence")),
            lambda: self.store.evidence.add_evidence(
                line_id, step_key, text, source, day, moment_id
            ),
            self.store.evidence.delete_evidence,
            LINES,
        )

    def update_evidence(self, evidence_id: int, **changes: Any) -> None:
        self.edits.push_update(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Edit evidence")),
            self.store.evidence.get_evidence(evidence_id),
            changes,
            self.store.evidence.update_evidence,
            LINES,
        )

    def delete_evidence(self, evidence_id: int) -> None:
        self.edits.push_delete(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Delete evidence")),
            lambda: self.store.evidence.delete_evidence(evidence_id),
            LINES,
        )

    # --- indicators in an order set by hand --------------------------------------------------

    def move_indicator(self, indicator_id: int, index: int) -> None:
        indicator = next(i for i in self.contents.indicators if i.id == indicator_id)
        siblings = [
            i.id for i in self.contents.indicators_of(indicator.line_id, indicator.step_key)
        ]
        old_index = siblings.index(indicator_id)
        if index == old_index or not 0 <= index < len(siblings):
            return
        self.edits.push_simple(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Move indicator")),
            lambda: self.store.lines.move_indicator(indicator_id, index),
            lambda: self.store.lines.move_indicator(indicator_id, old_index),
            INDICATORS,
            MEASUREMENTS,
        )
