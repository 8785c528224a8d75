"""The poster's own fixed words in Dutch and English.

The model's texts come from the model file; these are only the headings and captions that the
poster adds around them. There is no Qt here, so no tr(): one small dict per language.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.model import Language

_NL = {
    "blank_subtitle": "Werkposter — plak geeltjes op het wiel en in de velden",
    "session_subtitle": "Sessieposter — de geeltjes van de sessie, genummerd per segment",
    "tile_place": "rij {row}, kolom {column}",
    "line_subtitle": "Redeneerlijn",
    "report_title": "Overzicht",
    "reasoning_line": "Redeneerlijn",
    "story": "Verhaal",
    "assumptions": "Aannames",
    "indicators": "Indicatoren",
    "quantitative": "kwantitatief",
    "qualitative": "kwalitatief",
    "source": "bron",
    "frequency": "frequentie",
    "owner": "eigenaar",
    "latest": "laatste meting",
    "guiding_questions": "Leidende vragen",
    "direction": "Richting",
    "core": "Kern",
    "continued": "vervolg",
    "sheet": "blad",
    "page": "pagina",
    "on_sheet": "op blad",
    "of": "van",
    "notes": "Geeltjes",
    "learnings": "Leerpunten",
    "moments": "Leerpad",
    "moment": "Moment",
    "focus": "focus",
    "no_story": "Nog geen verhaal: wat gebeurt hier, en waarom denken we dat?",
    "no_assumptions": "Nog geen aannames vastgelegd.",
    "no_indicators": "Nog geen indicatoren.",
    "nothing_yet": "Nog niets vastgelegd.",
    "write_here": "schrijf of plak hier",
    "made_with": "Gemaakt met Netwerkimpact",
    "network": "Netwerk",
    "contents": "Inhoud",
    "lines": "Redeneerlijnen",
    "status": "status",
    "trend": "verloop",
    "no_measurement": "nog geen meting",
    "chain": "De keten",
    "stakeholder_own_name": "eigen naam",
    "existing_source": "bestaande bron",
    "new_instrument": "nieuw instrument",
    "idea": "idee",
    "investigating": "in onderzoek",
    "supported": "onderbouwd",
    "let_go": "losgelaten",
    "model_source": "Model",
}

_EN = {
    "blank_subtitle": "Workshop poster — stick notes on the wheel and in the fields",
    "session_subtitle": "Session poster — the session's post-its, numbered by segment",
    "tile_place": "row {row}, column {column}",
    "line_subtitle": "Reasoning line",
    "report_title": "Overview",
    "reasoning_line": "Reasoning line",
    "story": "Story",
    "assumptions": "Assumptions",
    "indicators": "Indicators",
    "quantitative": "quantitative",
    "qualitative": "qualitative",
    "source": "source",
    "frequency": "frequency",
    "owner": "owner",
    "latest": "latest measurement",
    "guiding_questions": "Guiding questions",
    "direction": "Direction",
    "core": "Core",
    "continued": "continued",
    "sheet": "sheet",
    "page": "page",
    "on_sheet": "on sheet",
    "of": "of",
    "notes": "Post-its",
    "learnings": "Learnings",
    "moments": "Learning path",
    "moment": "Moment",
    "focus": "focus",
    "no_story": "No story yet: what happens here, and why do we think so?",
    "no_assumptions": "No assumptions recorded yet.",
    "no_indicators": "No indicators yet.",
    "nothing_yet": "Nothing recorded yet.",
    "write_here": "write or stick here",
    "made_with": "Made with Netwerkimpact",
    "network": "Network",
    "contents": "Contents",
    "lines": "Reasoning lines",
    "status": "status",
    "trend": "trend",
    "no_measurement": "no measurement yet",
    "chain": "The chain",
    "stakeholder_own_name": "own name",
    "existing_source": "existing source",
    "new_instrument": "new instrument",
    "idea": "idea",
    "investigating": "investigating",
    "supported": "supported",
    "let_go": "let go",
    "model_source": "Model",
}

WORDS: Mapping[Language, Mapping[str, str]] = {"nl": _NL, "en": _EN}


def words(language: Language) -> Mapping[str, str]:
    """The fixed words in `language` (Dutch for anything unknown, as the program's default)."""
    return WORDS.get(language, _NL)
