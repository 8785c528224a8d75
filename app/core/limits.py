"""How long a typed text may be: one table for the store, the importer, the room and the forms.

The numbers are generous for real work and small enough that a poster, a phone page and an
undo snapshot stay fast: a story of 20,000 characters is about eight printed pages.
"""

from __future__ import annotations

from typing import Final

MAX_NAME: Final = 200
"""A network's, line's, indicator's or stakeholder group's name: one line."""

MAX_LABEL: Final = 40
"""A moment's label ("A", "Voormeting 2025")."""

MAX_STORY: Final = 20_000
"""A step's story, assumptions, learnings, a long indicator field."""

MAX_NOTE: Final = 2_000
"""A post-it: what fits on paper, with room to spare."""

MAX_TEXT: Final = MAX_STORY
"""Any other free text field (descriptions, indicator fields, measurement texts)."""
