"""The names of the store's tables, as plain constants in one place.

`db.schema` names its ORM classes' tables with these (`__tablename__`), and the first look at a
store (`db.glance`), which runs before SQLAlchemy is imported, queries the same names: a table
is renamed here, or nowhere. Like `db.revisions`, this module imports nothing, so the first look
stays free of the ORM.
"""

from __future__ import annotations

NETWORKS = "networks"
STAKEHOLDER_GROUPS = "stakeholder_groups"
RING_POSITIONS = "ring_positions"
CORE_ENTRIES = "core_entries"
REASONING_LINES = "reasoning_lines"
LINE_STEPS = "line_steps"
INDICATORS = "indicators"
MOMENTS = "moments"
MEASUREMENTS = "measurements"
NOTES = "notes"
STEP_EVIDENCE = "step_evidence"
INDICATOR_TARGETS = "indicator_targets"
INDICATOR_DIMENSIONS = "indicator_dimensions"
DIMENSION_GROUPS = "dimension_groups"
ROOM_ARRIVALS = "room_arrivals"
TAKEN_ALONG = "taken_along"
NETWORK_ORIGINS = "network_origins"
