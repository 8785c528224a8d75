"""One network as tables for people who report: the core, lines, steps, indicators,
measurements, targets and post-its, with headers in Dutch or English.

Each table is one small function fed by the store's records (`NetworkContents`), so a new kind
of record (per-moment targets, evidence) is one more function in `TABLES`. The Excel and CSV
writers (`db.table_files`) only lay these tables out; they never look at the store.
Values keep their types (numbers, dates, booleans); text stays exactly as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from app.core.model import Language, Model
from db.records import INDICATOR_PLAN_FIELDS, Indicator, Line, NetworkContents
from db.table_words import words

ColumnKind = Literal["text", "long_text", "number", "whole", "date", "datetime", "bool"]
Value = str | float | int | bool | date | datetime | None


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its header and what it holds (for the "read me"), and the kind of its values."""

    header: str
    meaning: str
    kind: ColumnKind = "text"


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a short name (a sheet's, a CSV file's), what it is, its columns and rows."""

    name: str
    about: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]


class TableContext:
    """What every table function needs: the contents, the model, the language's words."""

    def __init__(self, contents: NetworkContents, model: Model, language: Language) -> None:
        self.contents = contents
        self.model = model
        self.language: Language = language
        self.words = words(language)
        self.lines = {line.id: line for line in contents.lines}
        self.moments = {moment.id: moment for moment in contents.moments}
        self.indicators = {indicator.id: indicator for indicator in contents.indicators}

    def table(
        self,
        key: str,
        column_keys: tuple[str, ...],
        rows: Iterable[Sequence[Value]],
        kinds: dict[str, ColumnKind],
    ) -> Table:
        name, about = self.words.table[key]
        columns = tuple(
            Column(*self.words.column[column], kinds.get(column, "text")) for column in column_keys
        )
        return Table(name, about, columns, tuple(tuple(row) for row in rows))

    def label(self, key: str | None) -> str:
        """A segment's, ring's or core part's label; a stakeholder group by its own name."""
        if key is None:
            return self.model.core.label.in_(self.language)
        if key in (self.model.core.key, *self.model.ring_keys):
            return self.model.ring(key).label.in_(self.language)
        if key in {segment.key for segment in self.model.stakeholder_ring.segments}:
            own = self.contents.network.stakeholder(key).name.strip()
            if own:
                return own
        return self.model.segment(key).label.in_(self.language)

    def direction(self, line: Line) -> str:
        return self.model.directions[line.direction].label.in_(self.language)

    def line_of(self, indicator: Indicator) -> Line:
        return self.lines[indicator.line_id]


def _local(moment: datetime) -> datetime:
    """A stored UTC time as local wall-clock time without a zone (spreadsheets have none)."""
    return moment.astimezone().replace(tzinfo=None)


def _network_table(b: TableContext) -> Table:
    network = b.contents.network
    rows = [
        (
            network.name,
            network.description,
            b.label(group.key),
            _local(network.created_at),
            _local(network.updated_at),
        )
        for group in network.stakeholders
    ]
    return b.table(
        "network",
        ("name", "description", "stakeholder", "created", "updated"),
        rows,
        {"description": "long_text", "created": "datetime", "updated": "datetime"},
    )


def _core_table(b: TableContext) -> Table:
    rows = [(b.label(entry.kind), entry.position, entry.text) for entry in b.contents.core]
    return b.table("core", ("part", "order", "text"), rows, {"order": "whole", "text": "long_text"})


def _lines_table(b: TableContext) -> Table:
    rows = [
        (
            line.id,
            line.title,
            b.direction(line),
            b.words.value[line.status.value],
            b.label(line.stakeholder_key),
            " → ".join(b.label(key) for key in line.segment_keys),
            line.assumptions,
            _local(line.created_at),
            _local(line.updated_at),
        )
        for line in b.contents.lines
    ]
    return b.table(
        "lines",
        (
            "line_id",
            "line",
            "direction",
            "status",
            "stakeholder",
            "chain",
            "assumptions",
            "created",
            "updated",
        ),
        rows,
        {
            "line_id": "whole",
            "assumptions": "long_text",
            "created": "datetime",
            "updated": "datetime",
        },
    )


def _steps_table(b: TableContext) -> Table:
    rows = []
    for line in b.contents.lines:
        for number, step in enumerate(line.reasoning_line.steps(b.model), start=1):
            story = line.story(step.ring_key)
            segment = "" if step.segment_key is None else b.label(step.segment_key)
            rows.append(
                (
                    line.id,
                    line.title,
                    b.direction(line),
                    number,
                    b.label(step.ring_key),
                    segment,
                    story,
                )
            )
    return b.table(
        "steps",
        ("line_id", "line", "direction", "step_number", "ring", "segment", "story"),
        rows,
        {"line_id": "whole", "step_number": "whole", "story": "long_text"},
    )


# The six-step plan's fields in the records' order; the unit stands beside the name instead.
_PLAN_COLUMNS = tuple(field for field in INDICATOR_PLAN_FIELDS if field != "unit")


def _indicators_table(b: TableContext) -> Table:
    rows = []
    for indicator in b.contents.indicators:
        line = b.line_of(indicator)
        plan: list[Value] = []
        for field in _PLAN_COLUMNS:
            value = getattr(indicator, field)
            if field == "source_kind":
                value = "" if value is None else b.words.value[value.value]
            plan.append(value)
        rows.append(
            (
                indicator.id,
                line.id,
                line.title,
                b.label(indicator.step_key),
                _segment_on(line, indicator.step_key, b),
                indicator.name,
                b.words.value[indicator.kind.value],
                indicator.unit,
                *plan,
            )
        )
    long = {
        field: "long_text" for field in ("insight", "check_note", "interpretation", "communication")
    }
    flags = {field: "bool" for field in ("valid", "measurable", "relevant")}
    return b.table(
        "indicators",
        (
            "indicator_id",
            "line_id",
            "line",
            "ring",
            "segment",
            "indicator",
            "kind",
            "unit",
            *_PLAN_COLUMNS,
        ),
        rows,
        {"indicator_id": "whole", "line_id": "whole", **long, **flags},  # type: ignore[dict-item]
    )


def _segment_on(line: Line, step_key: str, b: TableContext) -> str:
    for step in line.steps:
        if step.key == step_key:
            return "" if step.segment_key is None else b.label(step.segment_key)
    return ""


def _measurements_table(b: TableContext) -> Table:
    rows = []
    for measurement in b.contents.measurements:
        indicator = b.indicators[measurement.indicator_id]
        moment = b.moments[measurement.moment_id]
        rows.append(
            (
                indicator.id,
                indicator.name,
                b.line_of(indicator).title,
                moment.label,
                moment.date,
                measurement.value,
                indicator.unit,
                measurement.text,
                measurement.note,
                b.contents.group_label(indicator.id, measurement.groups),
            )
        )
    return b.table(
        "measurements",
        (
            "indicator_id",
            "indicator",
            "line",
            "moment",
            "moment_date",
            "value",
            "unit",
            "measurement_text",
            "note",
            "group",
        ),
        rows,
        {
            "indicator_id": "whole",
            "moment_date": "date",
            "value": "number",
            "measurement_text": "long_text",
        },
    )


def _targets_table(b: TableContext) -> Table:
    rows = [
        (
            indicator.id,
            indicator.name,
            b.line_of(indicator).title,
            b.label(indicator.step_key),
            indicator.unit,
            indicator.baseline,
            indicator.target,
            indicator.baseline_value,
            indicator.baseline_date,
        )
        for indicator in b.contents.indicators
        if indicator.baseline.strip()
        or indicator.target.strip()
        or indicator.baseline_value is not None
    ]
    return b.table(
        "targets",
        (
            "indicator_id",
            "indicator",
            "line",
            "ring",
            "unit",
            "baseline",
            "target",
            "baseline_value",
            "baseline_date",
        ),
        rows,
        {"indicator_id": "whole", "baseline_value": "number", "baseline_date": "date"},
    )


def _moments_table(b: TableContext) -> Table:
    rows = [
        (moment.label, moment.date, moment.focus, moment.learnings) for moment in b.contents.moments
    ]
    return b.table(
        "moments",
        ("moment", "moment_date", "focus", "learnings"),
        rows,
        {"moment_date": "date", "focus": "long_text", "learnings": "long_text"},
    )


def _notes_table(b: TableContext) -> Table:
    rows = []
    for note in b.contents.notes:
        ring = b.model.ring_of(note.segment_key)
        moment = b.moments.get(note.moment_id) if note.moment_id is not None else None
        rows.append(
            (
                b.label(ring.key),
                b.label(note.segment_key),
                moment.label if moment else "",
                note.text,
                note.colour,
                _local(note.created_at),
            )
        )
    return b.table(
        "notes",
        ("ring", "segment", "moment", "text", "colour", "created"),
        rows,
        {"text": "long_text", "created": "datetime"},
    )


TABLES: tuple[Callable[[TableContext], Table], ...] = (
    _network_table,
    _core_table,
    _lines_table,
    _steps_table,
    _indicators_table,
    _measurements_table,
    _targets_table,
    _moments_table,
    _notes_table,
)
"""The tables of an export, in the order of the workbook's sheets."""


def network_tables(
    contents: NetworkContents, model: Model, language: Language
) -> tuple[Table, ...]:
    """Every table of one network, in `language`."""
    builder = TableContext(contents, model, language)
    return tuple(make(builder) for make in TABLES)


def readme_table(tables: tuple[Table, ...], language: Language) -> Table:
    """What each column of each table holds: the "read me" sheet."""
    w = words(language)
    name, about = w.table["readme"]
    columns = tuple(Column(*w.column[key]) for key in ("sheet", "column", "meaning"))
    rows: list[tuple[Value, ...]] = []
    for table in tables:
        rows.append((table.name, "", table.about))
        rows.extend((table.name, column.header, column.meaning) for column in table.columns)
    return Table(name, about, columns, tuple(rows))


def yes_no(value: bool, language: Language) -> str:
    return words(language).value["yes" if value else "no"]
