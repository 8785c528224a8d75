"""The store's methods for making a line plausible and for reworking it: a plausibility
judgement and evidence per step, duplicating a line, changing a saved line's segments while
its stories, indicators and evidence go where the facilitator says, and putting a line back
as it was (for undo)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.core.limits import MAX_NOTE, MAX_TEXT
from app.core.model import Model
from app.core.plausibility import Plausibility
from app.core.rework import MissingFateError, plan_rework
from db import convert, snapshots
from db import validate as check
from db.errors import InvalidValueError, UnknownKeyError
from db.records import Evidence, Line, Snapshot, StepFate
from db.schema import (
    EvidenceRow,
    IndicatorRow,
    LineRow,
    LineStepRow,
    MeasurementRow,
    TargetRow,
)
from db.store_learning import _limited
from db.store_sessions import RowT, StorePart, now


@dataclass(frozen=True, slots=True)
class Rework:
    """The outcome of `rework_line`: the reworked line and the line that took the moved steps."""

    line: Line
    moved_to: Line | None


class EvidencePart(StorePart):
    """Plausibility, evidence and reworking lines: one part of `db.store.Store`."""

    # --- plausibility and evidence ---------------------------------------------------------

    def set_step_plausibility(
        self, line_id: int, step_key: str, level: Plausibility | None
    ) -> Line:
        """How plausible a step is made (None: not judged)."""
        level = check.optional_enum(level, Plausibility, "the plausibility")
        with self._db.writing() as session:
            step = self._step(session, line_id, step_key)
            # The line's stamp first: the line before its step, as a keystroke locks them
            # (`set_line_story`), so the two never wait for each other the wrong way round.
            self._db.stamp_line(session, step.line_id)
            step.plausibility = level.value if level else None
            self._db.touch(session, step.line.network_id)
            return convert.line(step.line, self.model)

    def list_evidence(self, line_id: int, step_key: str | None = None) -> tuple[Evidence, ...]:
        """A line's evidence, by step (inside out), each step in its own order."""
        with self._db.reading() as session:
            line = self._db.get(session, LineRow, line_id, "reasoning line")
            return tuple(convert.evidence(e) for e in evidence_in_order(line, self.model, step_key))

    def get_evidence(self, evidence_id: int) -> Evidence:
        with self._db.reading() as session:
            return convert.evidence(self._db.get(session, EvidenceRow, evidence_id, "evidence"))

    def add_evidence(
        self,
        line_id: int,
        step_key: str,
        text: str,
        source: str = "",
        date: date | None = None,
        moment_id: int | None = None,
    ) -> Evidence:
        """A piece of evidence at the end of a step's list."""
        values = _evidence_values(
            {"text": text, "source": source, "date": date, "moment_id": moment_id}
        )
        with self._db.writing() as session:
            step = self._step(session, line_id, step_key)
            if moment_id is not None:
                self._db.same_network_moment(session, moment_id, step.line.network_id)
            last = session.scalar(
                select(func.max(EvidenceRow.position)).where(EvidenceRow.step_id == step.id)
            )
            row = EvidenceRow(step_id=step.id, position=(last or 0) + 1, **values)
            session.add(row)
            self._db.stamp_line(session, step.line_id)
            self._db.touch(session, step.line.network_id)
            session.flush()
            return convert.evidence(row)

    def update_evidence(self, evidence_id: int, **changes: Any) -> Evidence:
        """Change the given fields: text, source, date, moment_id (None = no moment)."""
        values = _evidence_values(changes)
        with self._db.writing() as session:
            row = self._db.get(session, EvidenceRow, evidence_id, "evidence")
            network_id = row.step.line.network_id
            if values.get("moment_id") is not None:
                self._db.same_network_moment(session, values["moment_id"], network_id)
            for field, value in values.items():
                setattr(row, field, value)
            self._db.touch(session, network_id)
            return convert.evidence(row)

    def delete_evidence(self, evidence_id: int) -> Snapshot:
        return self._db.delete(EvidenceRow, evidence_id, "evidence")

    # --- duplicating and reworking -----------------------------------------------------------

    def duplicate_line(self, line_id: int, title: str) -> Line:
        """A copy of a line with its stories, judgements, evidence, indicators, entries and
        targets, under `title`."""
        title = check.name(title, "the title")
        with self._db.writing() as session:
            source = self._db.get(session, LineRow, line_id, "reasoning line")
            copy = _copy_line(source, title)
            for old_step, new_step in zip(source.steps, copy.steps, strict=True):
                new_step.evidence = [
                    _copy_row(EvidenceRow, e, "step_id") for e in old_step.evidence
                ]
            for indicator in source.indicators:
                twin = _copy_row(IndicatorRow, indicator, "line_id")
                twin.measurements = [
                    _copy_row(MeasurementRow, m, "indicator_id") for m in indicator.measurements
                ]
                twin.targets = [_copy_row(TargetRow, t, "indicator_id") for t in indicator.targets]
                copy.indicators.append(twin)
            session.add(copy)
            self._db.touch(session, source.network_id)
            session.flush()
            return convert.line(copy, self.model)

    def rework_line(
        self,
        line_id: int,
        segment_keys: Sequence[str],
        fates: Mapping[str, StepFate],
        moved_title: str = "",
    ) -> Rework:
        """Let a saved line pass other segments. A step whose segment stays keeps everything;
        a changed step needs a fate: KEEP its story, judgement, evidence and indicators on the
        step, MOVE them with the old segment to a new line of the old segments (`moved_title`),
        or DROP them. One transaction; `snapshot_line` before it makes it undoable."""
        keys = check.line_segment_keys(self.model, tuple(segment_keys))
        fates = {
            check.step_key(self.model, k): check.enum(f, StepFate, "the fate")
            for k, f in fates.items()
        }
        with self._db.writing() as session:
            row = self._db.get(session, LineRow, line_id, "reasoning line")
            steps = {step.step_key: step for step in row.steps}
            try:
                plan = plan_rework(
                    self.model.step_keys,
                    {key: step.segment_key for key, step in steps.items()},
                    dict(zip(self.model.step_keys, (None, *keys), strict=True)),
                    fates,
                )
            except MissingFateError as missing:
                raise InvalidValueError(str(missing)) from missing
            moved: LineRow | None = None
            if plan.needs_moved_line:
                title = check.name(moved_title or f"{row.title} (1)", "the title")
                moved = _copy_line(row, title, empty=True)
                session.add(moved)
                session.flush()
            moved_steps = {s.step_key: s for s in moved.steps} if moved else {}
            for change in plan.changes:
                key, fate = change.step_key, change.fate
                step = steps[key]
                indicators = [i for i in row.indicators if i.step_key == key]
                if fate is StepFate.MOVE:
                    target = moved_steps[key]
                    target.story, target.plausibility = step.story, step.plausibility
                    for evidence in list(step.evidence):
                        evidence.step_id = target.id
                    for indicator in indicators:
                        indicator.line_id = moved.id  # type: ignore[union-attr]
                if fate is StepFate.DROP:
                    for indicator in indicators:
                        session.delete(indicator)
                    session.execute(delete(EvidenceRow).where(EvidenceRow.step_id == step.id))
                if change.empties_step:
                    step.story, step.plausibility = "", None
                step.segment_key = change.new_segment
            row.updated_at = now()
            self._db.touch(session, row.network_id)
            session.flush()
            session.expire_all()
            line = convert.line(
                self._db.get(session, LineRow, line_id, "reasoning line"), self.model
            )
            return Rework(line, convert.line(moved, self.model) if moved else None)

    def snapshot_line(self, line_id: int) -> Snapshot:
        """Everything of a line as it is now (steps, evidence, indicators, entries, targets)."""
        with self._db.reading() as session:
            row = self._db.get(session, LineRow, line_id, "reasoning line")
            return snapshots.take(
                session, snapshots.table_of(LineRow), row.id, f"reasoning line {row.id}"
            )

    def replace_lines(self, remove: Sequence[int], put_back: Sequence[Snapshot]) -> None:
        """Remove lines and put snapshots of lines back, in one transaction (undo of a rework)."""
        with self._db.writing() as session:
            network_ids = set()
            for line_id in remove:
                row = session.get(LineRow, line_id)
                if row is not None:
                    network_ids.add(row.network_id)
                    session.delete(row)
            session.flush()
            for snapshot in put_back:
                snapshots.put_back(session, snapshot)
                owner = dict(snapshot.rows[0][1])["network_id"]
                assert isinstance(owner, int)  # the line row's own column, as SQLite stored it
                network_ids.add(owner)
            for network_id in network_ids:
                self._db.touch(session, network_id)

    def _step(self, session: Session, line_id: int, step_key: str) -> LineStepRow:
        step_key = check.step_key(self.model, step_key)
        line = self._db.get(session, LineRow, line_id, "reasoning line")
        step: LineStepRow | None = next((s for s in line.steps if s.step_key == step_key), None)
        if step is None:
            raise UnknownKeyError(f"line {line_id} has no step {step_key!r}")
        return step


def evidence_in_order(line: LineRow, model: Model, step_key: str | None) -> list[EvidenceRow]:
    rank = {key: place for place, key in enumerate(model.step_keys)}
    rows = [e for s in line.steps if step_key is None or s.step_key == step_key for e in s.evidence]
    return sorted(rows, key=lambda e: (rank.get(e.step.step_key, 99), e.position, e.id))


def _copy_line(row: LineRow, title: str, *, empty: bool = False) -> LineRow:
    """A new line row on the same segments (with the stories and judgements unless `empty`)."""
    stamp = now()
    copy = LineRow(
        network_id=row.network_id,
        title=title,
        direction=row.direction,
        status=row.status,
        assumptions="" if empty else row.assumptions,
        created_at=stamp,
        updated_at=stamp,
    )
    copy.steps = [
        LineStepRow(
            step_key=step.step_key,
            segment_key=step.segment_key,
            story="" if empty else step.story,
            plausibility=None if empty else step.plausibility,
        )
        for step in row.steps
    ]
    return copy


def _copy_row(row_type: type[RowT], row: RowT, parent_column: str) -> RowT:
    """A new row with the column values of `row`, but no id and no parent yet."""
    skip = {"id", parent_column}
    return row_type(
        **{c.name: getattr(row, c.name) for c in row_type.__table__.columns if c.name not in skip}
    )


def _evidence_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "text":
            values[field] = _limited(value, "the evidence", MAX_TEXT)
            if not values[field].strip():
                raise InvalidValueError("a piece of evidence needs a text")
        elif field == "source":
            values[field] = _limited(value, "the evidence's source", MAX_NOTE)
        elif field == "date":
            values[field] = check.optional_date(value, "the evidence's date")
        elif field == "moment_id":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise InvalidValueError("the moment must be a moment's id")
            values[field] = value
        else:
            raise TypeError(f"a piece of evidence has no field {field!r}")
    return values
