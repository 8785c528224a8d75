"""A network's records → an exchange document, its JSON text, and the file it goes into."""

from __future__ import annotations

import json
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
    NetworkContents,
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
            {
                "moment": moment_refs[m.moment_id],
                "value": m.value,
                "text": m.text,
                "note": m.note,
                "source": m.source,
                "date": m.measured_on.isoformat() if m.measured_on else None,
                "groups": names(m.groups),
            }
            for m in contents.measurements_of(item.id)
        ]
        data["targets"] = [
            {
                "moment": moment_refs[t.moment_id],
                "value": t.value,
                "text": t.text,
                "reason": t.reason,
                "set_at": timestamp(t.set_at),
                "groups": names(t.groups),
            }
            for t in contents.targets
            if t.indicator_id == item.id
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
            "evidence": [evidence(e) for e in contents.evidence_of(line_id, item.key)],
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
            "indicators": [indicator(i) for i in contents.indicators_of(item.id)],
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
                {
                    "segment": n.segment_key,
                    "moment": moment_refs[n.moment_id] if n.moment_id else None,
                    "text": n.text,
                    "colour": n.colour,
                    "created_at": timestamp(n.created_at),
                }
                for n in contents.notes
            ],
        },
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
