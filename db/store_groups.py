"""The store's methods for results funders accept: indicators split by group, entries and
targets per group, how the whole follows, baselines as values, and the network's IATI
identity. One method, one transaction; every refusal is a plain sentence and leaves the
store as it was."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.core.groups import MAX_DIMENSIONS, MAX_GROUPS, Cell, WholeRule
from app.core.limits import MAX_LABEL, MAX_NAME, MAX_TEXT
from app.core.model import IndicatorKind
from db import convert
from db import validate as check
from db.errors import InvalidValueError
from db.group_specs import DimensionSpec, GroupsInUseError, GroupSpec, check_iati_identity
from db.records import Dimension, Indicator, Measurement, Network, Target
from db.schema import (
    DimensionRow,
    GroupRow,
    IndicatorRow,
    MeasurementRow,
    MomentRow,
    NetworkRow,
    TargetRow,
)
from db.store_learning import measurement_values
from db.store_sessions import StorePart, now


class GroupsPart(StorePart):
    """Dimensions and groups, grouped entries and targets, baselines, IATI identity."""

    # --- the network's IATI identity ----------------------------------------------------------

    def set_iati_identity(self, network_id: int, identifier: str, org_ref: str) -> Network:
        """Keep the activity's IATI identifier and the reporting organisation's ref with the
        network ('' for both forgets them)."""
        if identifier.strip() or org_ref.strip():
            identifier, org_ref = check_iati_identity(identifier, org_ref)
        else:
            identifier = org_ref = ""
        with self._db.writing() as session:
            row = self._db.get(session, NetworkRow, network_id, "network")
            row.iati_identifier, row.iati_org_ref = identifier, org_ref
            self._db.touch(session, network_id)
            return convert.network(row, self.model)

    # --- dimensions and their groups ------------------------------------------------------------

    def list_dimensions(self, indicator_id: int) -> tuple[Dimension, ...]:
        with self._db.reading() as session:
            row = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            return _dimensions(row)

    def set_dimensions(
        self, indicator_id: int, dimensions: Sequence[DimensionSpec], *, merge: bool = False
    ) -> tuple[Dimension, ...]:
        """Make the indicator's dimensions these (at most two, each with its groups).

        Specs with an id keep that dimension or group (renamed if the name changed); one
        without is new; what the specs leave out is removed. When entries or targets use a
        removed group, `merge` False refuses with `GroupsInUseError` (nothing changes);
        True merges those entries and targets into the whole (they lose their groups).
        """
        checked = _checked_specs(dimensions)
        with self._db.writing() as session:
            indicator = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            existing = {d.id: d for d in indicator.dimensions}
            groups = {g.id: g for d in indicator.dimensions for g in d.groups}
            for spec in checked:
                if spec.id is not None and spec.id not in existing:
                    raise InvalidValueError(
                        f"dimension {spec.id} is not one of the indicator's dimensions"
                    )
                for group in spec.groups:
                    if group.id is not None and (
                        group.id not in groups or groups[group.id].dimension_id != spec.id
                    ):
                        raise InvalidValueError(
                            f"group {group.id} is not one of the groups of {spec.name!r}"
                        )
            kept_dimensions = {spec.id for spec in checked if spec.id is not None}
            kept_groups = {g.id for spec in checked for g in spec.groups if g.id is not None}
            # A dimension whose place changes would put its groups in the other slot of
            # every entry: that counts as removing it and adding it anew.
            moved = {
                spec.id
                for place, spec in enumerate(checked, start=1)
                if spec.id is not None and existing[spec.id].position != place
            }
            gone = [
                g.id
                for g in groups.values()
                if g.id not in kept_groups
                or g.dimension_id not in kept_dimensions
                or g.dimension_id in moved
            ]
            # A new dimension beside one that entries use leaves those entries without a
            # group of the new dimension: they are merged into the whole too, or refused.
            added = len(checked) > len(existing) and any(g not in gone for g in groups)
            users = _users(session, indicator_id, gone, every=added)
            if users and not merge:
                raise GroupsInUseError(
                    f"{len(users)} entries or targets use groups that would go; "
                    "merge them into the whole, or keep the groups",
                    len(users),
                )
            for user in users:
                user.group_a_id = user.group_b_id = None
            session.flush()
            for dimension_id, row in existing.items():
                if dimension_id not in kept_dimensions or dimension_id in moved:
                    session.delete(row)
            session.flush()
            for place, spec in enumerate(checked, start=1):
                if spec.id is None or spec.id in moved:
                    dimension = DimensionRow(indicator_id=indicator_id, name=spec.name)
                    session.add(dimension)
                    fresh = True
                else:
                    dimension = existing[spec.id]
                    fresh = False
                dimension.name, dimension.position = spec.name, place
                session.flush()
                for order, group in enumerate(spec.groups, start=1):
                    if group.id is None or fresh:
                        session.add(
                            GroupRow(dimension_id=dimension.id, name=group.name, position=order)
                        )
                    else:
                        kept = groups[group.id]
                        kept.name, kept.position = group.name, order
                for group_id in gone:
                    if group_id in groups and groups[group_id].dimension_id == dimension.id:
                        session.delete(groups[group_id])
            self._db.touch(session, indicator.line.network_id)
            session.flush()
            session.expire_all()
            return _dimensions(indicator)

    def set_whole_rule(self, indicator_id: int, rule: WholeRule | str | None) -> Indicator:
        """How the whole follows from the groups: sum, mean or not computable (None: not
        chosen yet, which is not computable either)."""
        try:
            chosen = None if rule is None else WholeRule(rule)
        except ValueError:
            raise InvalidValueError(
                f"the whole is the sum, the mean or not computable, not {rule!r}"
            ) from None
        with self._db.writing() as session:
            row = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            row.whole_rule = chosen.value if chosen else None
            self._db.touch(session, row.line.network_id)
            return convert.indicator(row)

    # --- baselines as values ------------------------------------------------------------------

    def set_baseline(
        self,
        indicator_id: int,
        value: float | None,
        *,
        on: date | None = None,
        moment_id: int | None = None,
        note: str = "",
    ) -> Indicator:
        """A quantitative indicator's baseline: a value, a date or a moment, a note (None
        for the value clears it). A qualitative indicator keeps its baseline as text."""
        value = check.optional_number(value, "the baseline")
        on = check.optional_date(on, "the baseline's date")
        note = check.text(note, "the baseline's note", MAX_TEXT)
        with self._db.writing() as session:
            row = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            if value is not None and row.kind == IndicatorKind.QUALITATIVE:
                raise InvalidValueError(
                    "a qualitative indicator's baseline is a text, not a number"
                )
            if moment_id is not None:
                moment = self._db.get(session, MomentRow, moment_id, "moment")
                if moment.network_id != row.line.network_id:
                    raise InvalidValueError(f"moment {moment_id} belongs to another network")
            row.baseline_value = value
            row.baseline_date = on
            row.baseline_moment_id = moment_id
            row.baseline_note = note
            self._db.touch(session, row.line.network_id)
            return convert.indicator(row)

    # --- entries and targets per group ------------------------------------------------------

    def add_grouped_measurement(
        self,
        indicator_id: int,
        moment_id: int,
        groups: Cell,
        value: float | None = None,
        text: str = "",
        note: str = "",
        source: str = "",
        measured_on: date | None = None,
    ) -> Measurement:
        """An entry of one group per dimension (or of the whole, `groups` ()); a quantitative
        indicator's value must be a number."""
        values = measurement_values(
            {
                "value": value,
                "text": text,
                "note": note,
                "source": source,
                "measured_on": measured_on,
            }
        )
        with self._db.writing() as session:
            indicator = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            network_id = indicator.line.network_id
            moment = self._db.get(session, MomentRow, moment_id, "moment")
            if moment.network_id != network_id:
                raise InvalidValueError(f"moment {moment_id} belongs to another network")
            slots = _slots(indicator, groups)
            row = MeasurementRow(
                indicator_id=indicator_id,
                moment_id=moment_id,
                group_a_id=slots[0],
                group_b_id=slots[1],
                **values,
            )
            session.add(row)
            self._db.touch(session, network_id)
            session.flush()
            return convert.measurement(row)

    def set_measurement_groups(self, measurement_id: int, groups: Cell) -> Measurement:
        """Put an entry in other groups (or in the whole)."""
        with self._db.writing() as session:
            row = self._db.get(session, MeasurementRow, measurement_id, "measurement")
            row.group_a_id, row.group_b_id = _slots(row.indicator, groups)
            self._db.touch(session, row.indicator.line.network_id)
            return convert.measurement(row)

    def set_grouped_target(
        self,
        indicator_id: int,
        moment_id: int,
        groups: Cell,
        value: float | None,
        text: str = "",
        reason: str = "",
    ) -> Target:
        """A new target of a group's cell (or of the whole) at a moment; earlier ones stay."""
        value = check.optional_number(value, "the target")
        text = check.text(text, "the target's text", MAX_NAME)
        reason = check.text(reason, "the reason for the target", MAX_TEXT)
        if value is None and not text.strip():
            raise InvalidValueError("a target needs a number or a text")
        with self._db.writing() as session:
            indicator = self._db.get(session, IndicatorRow, indicator_id, "indicator")
            moment = self._db.get(session, MomentRow, moment_id, "moment")
            if moment.network_id != indicator.line.network_id:
                raise InvalidValueError(f"moment {moment_id} belongs to another network")
            slots = _slots(indicator, groups)
            row = TargetRow(
                indicator_id=indicator_id,
                moment_id=moment_id,
                value=value,
                text=text,
                reason=reason,
                set_at=now(),
                group_a_id=slots[0],
                group_b_id=slots[1],
            )
            session.add(row)
            self._db.touch(session, indicator.line.network_id)
            session.flush()
            return convert.target(row)


def _dimensions(row: IndicatorRow) -> tuple[Dimension, ...]:
    ordered = sorted(row.dimensions, key=lambda d: (d.position, d.id))
    return tuple(convert.dimension(d) for d in ordered)


def _checked_specs(dimensions: Sequence[DimensionSpec]) -> list[DimensionSpec]:
    if len(dimensions) > MAX_DIMENSIONS:
        raise InvalidValueError(f"an indicator is split by at most {MAX_DIMENSIONS} dimensions")
    checked = []
    names: set[str] = set()
    for spec in dimensions:
        name = check.name(spec.name, "a dimension's name", MAX_LABEL)
        if name.casefold() in names:
            raise InvalidValueError(f"the dimension {name!r} appears twice")
        names.add(name.casefold())
        if not spec.groups:
            raise InvalidValueError(f"the dimension {name!r} needs at least one group")
        if len(spec.groups) > MAX_GROUPS:
            raise InvalidValueError(f"a dimension has at most {MAX_GROUPS} groups")
        seen: set[str] = set()
        groups = []
        for group in spec.groups:
            group_name = check.name(group.name, f"a group of {name!r}", MAX_LABEL)
            if group_name.casefold() in seen:
                raise InvalidValueError(f"the group {group_name!r} appears twice in {name!r}")
            seen.add(group_name.casefold())
            groups.append(GroupSpec(group_name, group.id))
        checked.append(DimensionSpec(name, tuple(groups), spec.id))
    return checked


def _users(
    session: Session, indicator_id: int, group_ids: list[int], *, every: bool
) -> list[MeasurementRow | TargetRow]:
    """The indicator's entries and targets that use one of `group_ids` (or, with `every`,
    any group at all)."""
    found: list[MeasurementRow | TargetRow] = []
    for table in (MeasurementRow, TargetRow):
        query = select(table).where(table.indicator_id == indicator_id)
        if every:
            query = query.where(or_(table.group_a_id.is_not(None), table.group_b_id.is_not(None)))
        elif group_ids:
            query = query.where(
                or_(table.group_a_id.in_(group_ids), table.group_b_id.in_(group_ids))
            )
        else:
            continue
        found.extend(session.scalars(query))
    return found


def _slots(indicator: IndicatorRow, groups: Cell) -> tuple[int | None, int | None]:
    """The two group columns for `groups`: one group of every dimension in order, or none."""
    groups = tuple(groups)
    if not groups:
        return None, None
    dimensions = sorted(indicator.dimensions, key=lambda d: (d.position, d.id))
    if len(groups) != len(dimensions):
        names = " and ".join(repr(d.name) for d in dimensions) or "no dimension"
        raise InvalidValueError(
            f"an entry names a group of every dimension ({names}) or none (the whole)"
        )
    for dimension, group_id in zip(dimensions, groups, strict=True):
        if group_id not in {g.id for g in dimension.groups}:
            raise InvalidValueError(
                f"{group_id!r} is not one of the groups of the dimension {dimension.name!r}"
            )
    return groups[0], groups[1] if len(groups) > 1 else None
