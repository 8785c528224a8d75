"""An indicator's points over the learning path, one per moment, read from a network's records:
what the screen's chart and the report's chart both draw."""

from __future__ import annotations

from app.core.model import IndicatorKind
from app.core.trend import TrendPoint
from db.records import Indicator, Measurement, Moment, NetworkContents


def entries_at(
    contents: NetworkContents, indicator: Indicator, moment: Moment
) -> tuple[Measurement, ...]:
    return contents.measurements_of(indicator.id, moment.id)


def trend_points(contents: NetworkContents, indicator: Indicator) -> tuple[TrendPoint, ...]:
    """One point per moment: for numbers the mean of that moment's values (None: not
    measured), for stories how many were told; with the target set for that moment."""
    points = []
    for moment in contents.moments:
        entries = entries_at(contents, indicator, moment)
        target = contents.target_at(indicator.id, moment.id)
        if indicator.kind is IndicatorKind.QUALITATIVE:
            told = sum(1 for entry in entries if entry.text.strip())
            points.append(TrendPoint(moment.label, float(told) if entries else None))
            continue
        values = [entry.value for entry in entries if entry.value is not None]
        points.append(
            TrendPoint(
                moment.label,
                sum(values) / len(values) if values else None,
                target.value if target is not None else None,
            )
        )
    return tuple(points)
