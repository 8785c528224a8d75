"""The parts of a network an edit can touch; `Workshop.changed` names them, so each panel
refreshes only for its own."""

from __future__ import annotations

NETWORK = "network"
CORE = "core"
LINES = "lines"
INDICATORS = "indicators"
MOMENTS = "moments"
MEASUREMENTS = "measurements"
NOTES = "notes"
WHEEL = "wheel"
