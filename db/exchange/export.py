"""A network's rows → an exchange document and its JSON text (files go through `db.files`)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.core.model import Model
from db.exchange.document import FORMAT, VERSION, timestamp
from db.records import INDICATOR_PLAN_FIELDS
from db.schema import IndicatorRow, LineRow, NetworkRow


def export_data(session: Session, row: NetworkRow, model: Model) -> dict[str, Any]:
    """The network as a JSON-ready dict in the exchange format."""
    from db import convert  # the converters order things exactly as the store hands them out

    wheel = convert.wheel(row, model)
    groups = convert.network(row, model).stakeholders
    core_keys = [part.key for part in model.core.segments]
    core = sorted(
        row.core_entries,
        key=lambda e: (core_keys.index(e.kind) if e.kind in core_keys else 99, e.position, e.id),
    )
    moments = sorted(row.moments, key=lambda m: (m.date is None, m.date or date.min, m.label, m.id))
    moment_refs = {moment.id: f"m{number}" for number, moment in enumerate(moments, start=1)}
    rank = {moment.id: place for place, moment in enumerate(moments)}
    step_keys = model.step_keys

    def indicator(item: IndicatorRow) -> dict[str, Any]:
        data: dict[str, Any] = {"step": item.step_key, "name": item.name, "kind": item.kind}
        for field in INDICATOR_PLAN_FIELDS:
            data[field] = getattr(item, field)
        data["measurements"] = [
            {"moment": moment_refs[m.moment_id], "value": m.value, "text": m.text, "note": m.note}
            for m in sorted(item.measurements, key=lambda m: (rank[m.moment_id], m.id))
        ]
        return data

    def line(item: LineRow) -> dict[str, Any]:
        steps = sorted(item.steps, key=lambda s: step_keys.index(s.step_key))
        indicators = sorted(
            item.indicators, key=lambda i: (step_keys.index(i.step_key), i.position, i.id)
        )
        return {
            "title": item.title,
            "direction": item.direction,
            "status": item.status,
            "assumptions": item.assumptions,
            "created_at": timestamp(item.created_at),
            "updated_at": timestamp(item.updated_at),
            "steps": [
                {"step": s.step_key, "segment": s.segment_key, "story": s.story} for s in steps
            ],
            "indicators": [indicator(i) for i in indicators],
        }

    return {
        "format": FORMAT,
        "version": VERSION,
        "network": {
            "name": row.name,
            "description": row.description,
            "created_at": timestamp(row.created_at),
            "updated_at": timestamp(row.updated_at),
            "stakeholders": [
                {"key": g.key, "name": g.name, "description": g.description} for g in groups
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
            "core": [{"kind": e.kind, "text": e.text} for e in core],
            "moments": [
                {
                    "id": moment_refs[m.id],
                    "label": m.label,
                    "date": m.date.isoformat() if m.date else None,
                    "focus": m.focus,
                    "learnings": m.learnings,
                }
                for m in moments
            ],
            "lines": [line(item) for item in sorted(row.lines, key=lambda r: r.id)],
            "notes": [
                {
                    "segment": n.segment_key,
                    "moment": moment_refs[n.moment_id] if n.moment_id else None,
                    "text": n.text,
                    "colour": n.colour,
                    "created_at": timestamp(n.created_at),
                }
                for n in sorted(row.notes, key=lambda n: n.id)
            ],
        },
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
