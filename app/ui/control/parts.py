"""The parts of a network an edit can touch, by their older names: `Workshop.changed` carries
a frozenset of them (each a single `app.core.changes.Part`), so `LINES in parts` and
`parts & {CORE, NETWORK}` keep working. New code listens to `Workshop.noticed`, whose
`Changes` also say which records changed and who made the change."""

from __future__ import annotations

from app.core.changes import Part

NETWORK = Part.NETWORK
CORE = Part.CORE
LINES = Part.LINES
STORIES = Part.STORIES
INDICATORS = Part.INDICATORS
MOMENTS = Part.MOMENTS
MEASUREMENTS = Part.MEASUREMENTS
NOTES = Part.NOTES
WHEEL = Part.WHEEL
