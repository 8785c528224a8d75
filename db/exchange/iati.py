"""A network's results as IATI 2.03 activity XML: what ministries and funds ask partners to
publish (docs/exports.md, "IATI results", has the mapping and why).

One `iati-activity` per network under the identifier and reporting organisation kept with it;
one `result` per reasoning line that has indicators, its type from the outermost ring the
line's indicators measure (core and ring 1: output, ring 2: outcome, ring 3 and the
stakeholder ring: impact); per indicator its measure, direction, baseline and one `period`
per pair of consecutive dated moments, with the target and the actual of the whole and of
every group (as `dimension`s). Stories of qualitative indicators go into `comment`s.
Written with the standard library's ElementTree: no Qt, so the window and the command line
share it. The tests validate what it writes against the official XSD with lxml.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import UTC, date, datetime
from itertools import pairwise
from pathlib import Path

from app.core.groups import Cell, cells, whole_of
from app.core.model import IndicatorKind, Language, Model
from app.core.trend import format_value
from app.core.wording import Wording
from app.core.xml_text import xml_text
from db.files import write_output
from db.group_specs import check_iati_identity
from db.records import Indicator, Line, Moment, NetworkContents

IATI_VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Codelists of the standard (iatistandard.org/en/iati-standard/203/codelists/).
RESULT_OUTPUT, RESULT_OUTCOME, RESULT_IMPACT = "1", "2", "3"  # ResultType
MEASURE_UNIT, MEASURE_PERCENTAGE, MEASURE_QUALITATIVE = "1", "2", "5"  # IndicatorMeasure
ORGANISATION_TYPE_OTHER = "90"  # OrganisationType: a network is none of the listed kinds
ROLE_ACCOUNTABLE, ROLE_IMPLEMENTING = "2", "4"  # OrganisationRole
STATUS_IMPLEMENTATION = "2"  # ActivityStatus
DATE_ACTUAL_START = "2"  # ActivityDateType
_PERCENT_UNITS = {"%", "procent", "percent", "percentage", "pct"}


def result_type(model: Model, contents: NetworkContents, line: Line) -> str:
    """The IATI result type of a line: from the outermost ring its indicators measure."""
    steps = model.step_keys
    outer = max((steps.index(i.step_key) for i in contents.indicators_of(line.id)), default=0)
    impact = len(model.impact_rings)
    if outer <= 1:  # the core (what the network does) and ring 1 (direct results)
        return RESULT_OUTPUT
    if outer < impact:  # ring 2: influences
        return RESULT_OUTCOME
    return RESULT_IMPACT  # ring 3 and the stakeholder ring: effects for whom


def measure(indicator: Indicator) -> str:
    if indicator.kind is IndicatorKind.QUALITATIVE:
        return MEASURE_QUALITATIVE
    if indicator.unit.strip().casefold() in _PERCENT_UNITS:
        return MEASURE_PERCENTAGE
    return MEASURE_UNIT


def iati_bytes(
    contents: NetworkContents,
    model: Model,
    language: Language = "nl",
    generated: datetime | None = None,
) -> bytes:
    """The network's results as an IATI 2.03 `iati-activities` document (UTF-8 XML).

    Refuses with `IatiIdentityError` when the network has no (sound) IATI identity.
    """
    network = contents.network
    identifier, org_ref = check_iati_identity(network.iati_identifier, network.iati_org_ref)
    wording = Wording.of(model, language, ((g.key, g.name) for g in network.stakeholders))
    stamp = (generated or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    root = ET.Element(
        "iati-activities",
        {"version": IATI_VERSION, "generated-datetime": stamp.isoformat().replace("+00:00", "Z")},
    )
    activity = ET.SubElement(
        root,
        "iati-activity",
        {
            "last-updated-datetime": _stamp(network.updated_at),
            XML_LANG: language,
        },
    )
    ET.SubElement(activity, "iati-identifier").text = identifier
    reporting = ET.SubElement(
        activity, "reporting-org", {"ref": org_ref, "type": ORGANISATION_TYPE_OTHER}
    )
    _narrative(reporting, network.name)
    _narrative(ET.SubElement(activity, "title"), network.name)
    _narrative(ET.SubElement(activity, "description"), network.description or network.name)
    partners = [e.text for e in contents.core if e.kind == model.core.segments[0].key]
    organisation = ET.SubElement(
        activity, "participating-org", {"ref": org_ref, "role": ROLE_ACCOUNTABLE}
    )
    _narrative(organisation, network.name)
    for partner in partners:
        if partner.strip():
            _narrative(
                ET.SubElement(activity, "participating-org", {"role": ROLE_IMPLEMENTING}),
                partner,
            )
    ET.SubElement(activity, "activity-status", {"code": STATUS_IMPLEMENTATION})
    dated = [m for m in contents.moments if m.date is not None]
    start = dated[0].date if dated else network.created_at.date()
    assert start is not None
    ET.SubElement(
        activity, "activity-date", {"type": DATE_ACTUAL_START, "iso-date": start.isoformat()}
    )
    for line in contents.lines:
        indicators = contents.indicators_of(line.id)
        if not indicators:
            continue  # IATI: a result has at least one indicator
        result = ET.SubElement(activity, "result", {"type": result_type(model, contents, line)})
        _narrative(ET.SubElement(result, "title"), wording.line_name(line.title, line.segment_keys))
        if line.assumptions.strip():
            _narrative(ET.SubElement(result, "description"), line.assumptions)
        for indicator in indicators:
            _indicator(result, contents, indicator, dated)
    ET.indent(root, space="  ")
    written: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return written + b"\n"


def write_iati(
    path: Path | str,
    contents: NetworkContents,
    model: Model,
    language: Language = "nl",
    stores: tuple[Path, ...] | None = None,
) -> Path:
    """Write the IATI results file atomically (never onto the store)."""
    write_output(path, iati_bytes(contents, model, language), stores)
    return Path(path)


def _indicator(
    result: ET.Element, contents: NetworkContents, indicator: Indicator, dated: list[Moment]
) -> None:
    attributes = {"measure": measure(indicator)}
    baseline_value = indicator.baseline_value
    final_targets = [
        t.value for t in contents.targets if t.indicator_id == indicator.id and not t.groups
    ]
    if indicator.kind is IndicatorKind.QUANTITATIVE:
        ascending = True
        numbers = [v for v in final_targets if v is not None]
        if baseline_value is not None and numbers:
            ascending = numbers[-1] >= baseline_value
        attributes["ascending"] = "true" if ascending else "false"
    element = ET.SubElement(result, "indicator", attributes)
    _narrative(ET.SubElement(element, "title"), indicator.name)
    if indicator.insight.strip():
        _narrative(ET.SubElement(element, "description"), indicator.insight)
    _baseline(element, contents, indicator, dated)
    dimensions = contents.dimensions_of(indicator.id)
    all_cells: tuple[Cell, ...] = ((), *cells([[g.id for g in d.groups] for d in dimensions]))
    for begin, end in pairwise(dated):
        assert begin.date is not None and end.date is not None
        period = ET.SubElement(element, "period")
        ET.SubElement(period, "period-start", {"iso-date": begin.date.isoformat()})
        ET.SubElement(period, "period-end", {"iso-date": end.date.isoformat()})
        entries = contents.measurements_of(indicator.id, end.id)
        for cell in all_cells:
            target = contents.target_at(indicator.id, end.id, cell)
            if target is None:
                continue
            item = ET.SubElement(period, "target", _value(target.value))
            _dimensions(item, contents, indicator, cell)
            remark = "\n".join(t for t in (target.text, target.reason) if t.strip())
            if remark:
                _narrative(ET.SubElement(item, "comment"), remark)
        if indicator.kind is IndicatorKind.QUALITATIVE:
            stories = [e.text for e in entries if e.text.strip()]
            if stories:
                actual = ET.SubElement(period, "actual")
                _narrative(ET.SubElement(actual, "comment"), "\n\n".join(stories))
            continue
        pairs = [(e.groups, e.value) for e in entries]
        for cell in all_cells:
            if cell:
                value = _mean([v for c, v in pairs if c == cell])
            else:
                value = whole_of(indicator.whole_rule, pairs)
            notes = [e.note for e in entries if e.groups == cell and e.note.strip()]
            if value is None and not notes:
                continue
            actual = ET.SubElement(period, "actual", _value(value))
            _dimensions(actual, contents, indicator, cell)
            if notes:
                _narrative(ET.SubElement(actual, "comment"), "\n".join(notes))


def _baseline(
    element: ET.Element, contents: NetworkContents, indicator: Indicator, dated: list[Moment]
) -> None:
    """The baseline's year is required: from its date, else its moment's, else the first
    dated moment's; without any date there is no baseline in the file."""
    moment_date: date | None = None
    if indicator.baseline_moment_id is not None:
        moment_date = next(
            (m.date for m in contents.moments if m.id == indicator.baseline_moment_id), None
        )
    when = indicator.baseline_date or moment_date or (dated[0].date if dated else None)
    text = indicator.baseline_note if indicator.baseline_value is not None else ""
    if indicator.baseline_value is None:
        text = indicator.baseline
    if when is None or (indicator.baseline_value is None and not text.strip()):
        return
    attributes = {"year": str(when.year), "iso-date": when.isoformat()}
    attributes.update(_value(indicator.baseline_value))
    baseline = ET.SubElement(element, "baseline", attributes)
    if text.strip():
        _narrative(ET.SubElement(baseline, "comment"), text)


def _dimensions(
    element: ET.Element, contents: NetworkContents, indicator: Indicator, cell: Cell
) -> None:
    for dimension, group_id in zip(contents.dimensions_of(indicator.id), cell, strict=False):
        ET.SubElement(
            element,
            "dimension",
            {"name": xml_text(dimension.name), "value": xml_text(dimension.group(group_id).name)},
        )


def _value(value: float | None) -> dict[str, str]:
    return {} if value is None else {"value": format_value(value, decimal_comma=False)}


def _mean(values: Sequence[float | None]) -> float | None:
    numbers = [v for v in values if v is not None]
    return sum(numbers) / len(numbers) if numbers else None


def _narrative(parent: ET.Element, text: str) -> None:
    ET.SubElement(parent, "narrative").text = xml_text(text)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
