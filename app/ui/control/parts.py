"""The parts of a network an edit can touch; `Workshop.changed` names them, so each panel
refreshes only for its own."""

from __future__ import annotations

NETWORK = "network"
CORE = "core"
LINES = "lines"
# Only the story of a step of a saved line: the Workshop patches its copy of the network
# instead of reading it all again, and only the line panel listens (typing stays fast).
STORIES = "stories"
INDICATORS = "indicators"
MOMENTS = "moments"
MEASUREMENTS = "measurements"
NOTES = "notes"
WHEEL = "wheel"
