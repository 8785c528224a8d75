"""A network's records → an exchange document, its JSON text, and the file it goes into."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable
from typing import Any

from app.core.model import Model
from db.exchange import photos
from db.exchange.document import FORMAT, VERSION, timestamp
from db.records import (
    INDICATOR_PLAN_FIELDS,
    Evidence,
    Indicator,
    Line,
    LineStep,
    Measurement,
    NetworkContents,
    Target,
)


def export_data(contents: NetworkContents, model: Model) -> dict[str, Any]:
    """The network as a JSON-ready dict in the exchange format.

    Built from the store's records, in the order the store hands them out (`load_network`),
    so the file lists everything as the program shows it; there is no second ordering rule.
    """
    network, wheel = contents.network, contents.wheel
    moment_refs = {
        moment.id: f"m{number}" for number, moment in enumerate(contents.moments, start=1)
    }
    # Each indicator's entries and targets, in the contents' order, found once (not by going
    # through all of them for every indicator).
    entries_of: dict[int, list[Measurement]] = {}
    for entry in contents.measurements:
        entries_of.setdefault(entry.indicator_id, []).append(entry)
    targets_of: dict[int, list[Target]] = {}
    for target in contents.targets:
        targets_of.setdefault(target.indicator_id, []).append(target)
    indicators_of: dict[int, list[Indicator]] = {}
    for found in contents.indicators:
        indicators_of.setdefault(found.line_id, []).append(found)
    evidence_of: dict[tuple[int, str], list[Evidence]] = {}
    for found_evidence in contents.evidence:
        evidence_of.setdefault((found_evidence.line_id, found_evidence.step_key), []).append(
            found_evidence
        )

    def indicator(item: Indicator) -> dict[str, Any]:
        data: dict[str, Any] = {"step": item.step_key, "name": item.name, "kind": item.kind}
        for field in INDICATOR_PLAN_FIELDS:
            data[field] = getattr(item, field)
        dimensions = contents.dimensions_of(item.id)

        def names(cell: tuple[int, ...]) -> list[str]:
            return [d.group(g).name for d, g in zip(dimensions, cell, strict=False)]

        data["whole_rule"] = item.whole_rule
        data["baseline_value"] = item.baseline_value
        data["baseline_date"] = item.baseline_date.isoformat() if item.baseline_date else None
        data["baseline_moment"] = (
            moment_refs[item.baseline_moment_id] if item.baseline_moment_id else None
        )
        data["baseline_note"] = item.baseline_note
        data["dimensions"] = [
            {"name": d.name, "groups": [g.name for g in d.groups]} for d in dimensions
        ]
        data["measurements"] = [
            (Flat if not m.groups else dict)(
                moment=moment_refs[m.moment_id],
                value=m.value,
                text=m.text,
                note=m.note,
                source=m.source,
                date=m.measured_on.isoformat() if m.measured_on else None,
                groups=names(m.groups),
            )
            for m in entries_of.get(item.id, ())
        ]
        data["targets"] = [
            (Flat if not t.groups else dict)(
                moment=moment_refs[t.moment_id],
                value=t.value,
                text=t.text,
                reason=t.reason,
                set_at=timestamp(t.set_at),
                groups=names(t.groups),
            )
            for t in targets_of.get(item.id, ())
        ]
        return data

    def evidence(e: Evidence) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": e.text,
            "source": e.source,
            "date": e.date.isoformat() if e.date else None,
            "moment": moment_refs[e.moment_id] if e.moment_id else None,
        }
        if e.photo is not None:  # only then: files without photos stay as they were
            data["photo"] = photos.encode(e.photo)
        return data

    def step(line_id: int, item: LineStep) -> dict[str, Any]:
        return {
            "step": item.key,
            "segment": item.segment_key,
            "story": item.story,
            "plausibility": item.plausibility,
            "evidence": [evidence(e) for e in evidence_of.get((line_id, item.key), ())],
        }

    def line(item: Line) -> dict[str, Any]:
        return {
            "title": item.title,
            "direction": item.direction,
            "status": item.status,
            "assumptions": item.assumptions,
            "created_at": timestamp(item.created_at),
            "updated_at": timestamp(item.updated_at),
            "steps": [step(item.id, s) for s in item.steps],
            "indicators": [indicator(i) for i in indicators_of.get(item.id, ())],
        }

    return {
        "format": FORMAT,
        "version": VERSION,
        "network": {
            "name": network.name,
            "description": network.description,
            "created_at": timestamp(network.created_at),
            "updated_at": timestamp(network.updated_at),
            "iati_identifier": network.iati_identifier,
            "iati_org_ref": network.iati_org_ref,
            "stakeholders": [
                {"key": g.key, "name": g.name, "description": g.description}
                for g in network.stakeholders
            ],
            "wheel": {
                "arrangement": {
                    ring.key: index
                    for ring, index in zip(model.rings, wheel.arrangement.indices, strict=True)
                },
                "locked_rings": [k for k in model.ring_keys if k in wheel.locked_rings],
                "focus_ring": wheel.focus_ring,
                "focus_stakeholder": wheel.focus_stakeholder,
            },
            "core": [{"kind": e.kind, "text": e.text} for e in contents.core],
            "moments": [
                {
                    "id": moment_refs[m.id],
                    "label": m.label,
                    "date": m.date.isoformat() if m.date else None,
                    "focus": m.focus,
                    "learnings": m.learnings,
                    "position": m.position or 0,
                }
                for m in contents.moments
            ],
            "lines": [line(item) for item in contents.lines],
            "notes": [
                Flat(
                    segment=n.segment_key,
                    moment=moment_refs[n.moment_id] if n.moment_id else None,
                    text=n.text,
                    colour=n.colour,
                    created_at=timestamp(n.created_at),
                )
                for n in contents.notes
            ],
        },
    }


class Flat(dict[str, Any]):
    """A dict of the document that holds no list or dict but empty ones (a measurement, a
    target, a post-it): `dumps` has Python's C encoder write it, the same text as `_pretty`
    writes, at a third of the time (there are thousands of them in a network)."""


def dumps(data: dict[str, Any]) -> str:
    """The document as text: exactly `json.dumps(data, ensure_ascii=False, indent=2,
    allow_nan=False)` and a newline, written by `_pretty` (Python's own encoder leaves its
    fast C part out whenever it indents, and took two thirds of an export). Its keys are
    text, as the export's are: a key of another type is refused (`TypeError`), where
    `json.dumps` would write it as text."""
    parts: list[str] = []
    _pretty(data, "\n", parts)
    parts.append("\n")
    return "".join(parts)


_encode_text = json.encoder.encode_basestring  # the C one where there is one, as json uses


def _scalar(value: Any) -> str | None:
    """`value` as JSON text if it is no list or dict (None if it is one)."""
    kind = type(value)
    if kind is str:
        return _encode_text(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is float or (isinstance(value, float) and not isinstance(value, bool)):
        if value != value or value in (math.inf, -math.inf):
            raise ValueError("Out of range float values are not JSON compliant: " + repr(value))
        return float.__repr__(value)
    if isinstance(value, str):  # a StrEnum
        return _encode_text(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, list | tuple | dict):
        return None
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


@functools.cache
def _flat_encoder(separator: str) -> Callable[[Flat], str]:
    """A `Flat` dict as `indent=2` writes it at the depth of `separator` (a comma, a line break
    and the indentation), but for its braces' lines: Python's C encoder with that separator,
    made once per depth and called as `JSONEncoder.iterencode` calls it when it does not
    indent (its set-up per call costs more than encoding a small dict)."""
    encoder = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(separator, ": "))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C part: its own encoder
        return encoder.encode
    encode = make(
        None,
        encoder.default,
        json.encoder.encode_basestring,
        None,
        ": ",
        separator,
        False,
        False,
        False,
    )
    return lambda value: "".join(encode(value, 0))


def _pretty(value: Any, newline: str, parts: list[str]) -> None:
    """`value` as `json.dumps(..., indent=2)` writes it; `newline` is a line break and the
    indentation of the line `value` stands on. Scalars inside a list or a dict are written
    on the spot (most of a document), only lists and dicts go one level deeper."""
    text = _scalar(value)
    if text is not None:
        parts.append(text)
        return
    inner = newline + "  "
    separator = "," + inner
    if type(value) is Flat and value:
        flat = _flat_encoder(separator)(value)  # '{"a": 1,<separator>"b": 2}'
        parts.append(f"{{{inner}{flat[1:-1]}{newline}}}")
        return
    if isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        parts.append("{")
        lead = inner
        for key, item in value.items():  # (a key that is no text: encoding it raises)
            kind = type(item)  # most values are text, nothing or a whole number: on the spot
            if kind is str:
                text = _encode_text(item)
            elif item is None:
                text = "null"
            elif kind is int:
                text = int.__repr__(item)
            else:
                text = _scalar(item)
            if text is not None:
                parts.append(f"{lead}{_encode_text(key)}: {text}")
            else:
                parts.append(f"{lead}{_encode_text(key)}: ")
                _pretty(item, inner, parts)
            lead = separator
        parts.append(newline + "}")
        return
    if not value:
        parts.append("[]")
        return
    parts.append("[")
    lead = inner
    for item in value:
        text = _scalar(item)
        if text is not None:
            parts.append(lead + text)
        else:
            parts.append(lead)
            _pretty(item, inner, parts)
        lead = separator
    parts.append(newline + "]")
