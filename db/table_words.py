"""The fixed words of the report tables (`db.tables`) in Dutch and English.

The model's own texts (rings, segments, directions) come from the model file; these are only
the tables' names, their column headers with what each column holds (the "read me"), and the
few values the tables spell out. No Qt here, so no tr(): one set of words per language.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.model import Language


@dataclass(frozen=True, slots=True)
class Words:
    """The fixed words of the tables in one language (the model's texts come from the model)."""

    table: dict[str, tuple[str, str]]  # key -> (name, what the table holds)
    column: dict[str, tuple[str, str]]  # key -> (header, meaning)
    value: dict[str, str]


_NL = Words(
    table={
        "network": (
            "Netwerk",
            "Het netwerk: naam, beschrijving en eigen namen van de stakeholdergroepen.",
        ),
        "core": (
            "Kern",
            "De kern (as) van het netwerk: partners, identiteit en bedoeling, hulpbronnen en "
            "activiteiten.",
        ),
        "lines": ("Redeneerlijnen", "Eén rij per bewaarde redeneerlijn."),
        "steps": (
            "Stappen",
            "Eén rij per stap van een redeneerlijn, in leesvolgorde, met het verhaal.",
        ),
        "indicators": (
            "Indicatoren",
            "Eén rij per indicator, met de velden van de zes stappen (bijlage 2).",
        ),
        "measurements": (
            "Metingen",
            "Eén rij per meting: wat een indicator op een moment liet zien.",
        ),
        "targets": ("Doelen", "Per indicator het vertrekpunt en het doel (stap 5, duiding)."),
        "moments": ("Leerpad", "De momenten van het leerpad, met focus en leerpunten."),
        "notes": ("Geeltjes", "Eén rij per geeltje, met het segment waarop het plakt."),
        "readme": ("Lees mij", "Wat elke kolom van elk blad bevat."),
    },
    column={
        "name": ("Naam", "De naam van het netwerk"),
        "description": ("Beschrijving", "De beschrijving van het netwerk"),
        "created": ("Gemaakt", "Wanneer het is gemaakt (plaatselijke tijd)"),
        "updated": ("Gewijzigd", "Wanneer het laatst is gewijzigd (plaatselijke tijd)"),
        "stakeholder": (
            "Stakeholdergroep",
            "De stakeholdergroep (de naam van het netwerk zelf, anders die van het model)",
        ),
        "part": ("Onderdeel", "Het onderdeel van de kern"),
        "order": ("Volgorde", "De plaats binnen het onderdeel, vanaf 1"),
        "text": ("Tekst", "Wat er staat"),
        "line_id": (
            "Lijn-id",
            "Het nummer van de redeneerlijn (zoals `netimpact lines` het toont)",
        ),
        "line": ("Redeneerlijn", "De titel van de redeneerlijn"),
        "direction": (
            "Richting",
            "Van binnen naar buiten (evalueren) of van buiten naar binnen (plannen)",
        ),
        "status": ("Status", "Idee, in onderzoek, onderbouwd of losgelaten"),
        "assumptions": ("Aannames", "De aannames die de lijn expliciet maakt"),
        "chain": ("Keten", "De segmenten van de lijn, van de kern naar buiten"),
        "step_number": ("Stap", "De plaats van de stap in de leesvolgorde van de lijn, vanaf 1"),
        "ring": ("Ring", "De ring van de stap (of de kern)"),
        "segment": ("Segment", "Het segment van die ring op de lijn"),
        "story": ("Verhaal", "Het verhaal bij deze stap"),
        "indicator_id": ("Indicator-id", "Het nummer van de indicator"),
        "indicator": ("Indicator", "De naam van de indicator"),
        "kind": ("Soort", "Kwantitatief (hard) of kwalitatief (zacht)"),
        "unit": ("Eenheid", "De eenheid van de waarden"),
        "insight": ("1. Inzicht", "Stap 1: welk inzicht de indicator oplevert"),
        "insight_audience": ("1. Voor wie", "Stap 1: voor welke betrokkenen"),
        "cost": ("1. Investering", "Stap 1: wat het kost om hem goed in beeld te brengen"),
        "form": ("1. Vorm", "Stap 1: de vorm die het best past"),
        "source_kind": ("2. Bron of nieuw", "Stap 2: een bestaande bron of een nieuw instrument"),
        "source": ("2. Bron", "Stap 2: de bron of het instrument"),
        "valid": ("3. Valide", "Stap 3: is de indicator valide? (leeg = nog niet bekeken)"),
        "measurable": ("3. Meetbaar", "Stap 3: is hij goed meetbaar? (leeg = nog niet bekeken)"),
        "relevant": ("3. Relevant", "Stap 3: is hij relevant? (leeg = nog niet bekeken)"),
        "check_note": ("3. Toelichting", "Stap 3: toelichting bij de check"),
        "frequency": ("4. Frequentie", "Stap 4: hoe vaak er gemeten wordt"),
        "owner": ("4. Eigenaar", "Stap 4: wie verantwoordelijk is voor de vergaring"),
        "baseline": ("5. Vertrekpunt", "Stap 5: de uitgangssituatie"),
        "target": ("5. Doel", "Stap 5: het doel waartegen de opbrengst wordt geduid"),
        "interpretation": ("5. Duiding", "Stap 5: de duiding van de opbrengst"),
        "audience": ("6. Publiek", "Stap 6: voor wie de communicatie is"),
        "communication": (
            "6. Communicatie",
            "Stap 6: hoe en met welk doel erover wordt gecommuniceerd",
        ),
        "moment": ("Moment", "Het moment van het leerpad (A, B, C …)"),
        "moment_date": ("Datum", "De datum van het moment"),
        "group": (
            "Groep",
            "De groep van de meting, één per dimensie (school · leeftijd); leeg: het geheel",
        ),
        "baseline_value": ("Nulmeting (waarde)", "De waarde van de nulmeting (een getal)"),
        "baseline_date": ("Nulmeting (datum)", "De datum van de nulmeting"),
        "value": ("Waarde", "De gemeten waarde (een getal)"),
        "measurement_text": ("Toelichting", "Wat er gemeten of verteld is, in woorden"),
        "note": ("Opmerking", "Een opmerking bij de meting"),
        "focus": ("Focus", "Waar het moment zich op richt"),
        "learnings": ("Leerpunten", "Wat er op dit moment geleerd is"),
        "colour": ("Kleur", "De kleur van het geeltje (#RRGGBB)"),
        "sheet": ("Blad", "Het blad (of CSV-bestand)"),
        "column": ("Kolom", "De kolom"),
        "meaning": ("Betekenis", "Wat de kolom bevat"),
    },
    value={
        "quantitative": "kwantitatief",
        "qualitative": "kwalitatief",
        "existing": "bestaande bron",
        "new": "nieuw instrument",
        "idea": "idee",
        "investigating": "in onderzoek",
        "supported": "onderbouwd",
        "let_go": "losgelaten",
        "yes": "ja",
        "no": "nee",
    },
)

_EN = Words(
    table={
        "network": (
            "Network",
            "The network: name, description and its own names for the stakeholder groups.",
        ),
        "core": (
            "Core",
            "The network's core (axis): partners, identity and purpose, resources, activities.",
        ),
        "lines": ("Reasoning lines", "One row per saved reasoning line."),
        "steps": (
            "Steps",
            "One row per step of a reasoning line, in reading order, with its story.",
        ),
        "indicators": (
            "Indicators",
            "One row per indicator, with the fields of the six steps (appendix 2).",
        ),
        "measurements": (
            "Measurements",
            "One row per measurement: what an indicator showed at a moment.",
        ),
        "targets": ("Targets", "Per indicator its baseline and target (step 5, interpretation)."),
        "moments": ("Learning path", "The moments of the learning path, with focus and learnings."),
        "notes": ("Post-its", "One row per post-it, with the segment it is stuck on."),
        "readme": ("Read me", "What each column of each sheet holds."),
    },
    column={
        "name": ("Name", "The network's name"),
        "description": ("Description", "The network's description"),
        "created": ("Created", "When it was made (local time)"),
        "updated": ("Changed", "When it was last changed (local time)"),
        "stakeholder": (
            "Stakeholder group",
            "The stakeholder group (the network's own name, else the model's)",
        ),
        "part": ("Part", "The part of the core"),
        "order": ("Order", "Its place within the part, from 1"),
        "text": ("Text", "What it says"),
        "line_id": ("Line id", "The reasoning line's number (as `netimpact lines` shows it)"),
        "line": ("Reasoning line", "The reasoning line's title"),
        "direction": ("Direction", "Inside out (evaluating) or outside in (planning)"),
        "status": ("Status", "Idea, being investigated, supported or let go"),
        "assumptions": ("Assumptions", "The assumptions the line makes explicit"),
        "chain": ("Chain", "The line's segments, from the core outwards"),
        "step_number": ("Step", "The step's place in the line's reading order, from 1"),
        "ring": ("Ring", "The step's ring (or the core)"),
        "segment": ("Segment", "That ring's segment on the line"),
        "story": ("Story", "The story of this step"),
        "indicator_id": ("Indicator id", "The indicator's number"),
        "indicator": ("Indicator", "The indicator's name"),
        "kind": ("Kind", "Quantitative (hard) or qualitative (soft)"),
        "unit": ("Unit", "The unit of its values"),
        "insight": ("1. Insight", "Step 1: what insight the indicator gives"),
        "insight_audience": ("1. For whom", "Step 1: for which people"),
        "cost": ("1. Investment", "Step 1: what it takes to capture it well"),
        "form": ("1. Form", "Step 1: the form that suits it best"),
        "source_kind": ("2. Source or new", "Step 2: an existing source or a new instrument"),
        "source": ("2. Source", "Step 2: the source or instrument"),
        "valid": ("3. Valid", "Step 3: is the indicator valid? (empty = not yet checked)"),
        "measurable": (
            "3. Measurable",
            "Step 3: can it be measured well? (empty = not yet checked)",
        ),
        "relevant": ("3. Relevant", "Step 3: is it relevant? (empty = not yet checked)"),
        "check_note": ("3. Note", "Step 3: a note on the check"),
        "frequency": ("4. Frequency", "Step 4: how often it is measured"),
        "owner": ("4. Owner", "Step 4: who is responsible for collecting it"),
        "baseline": ("5. Baseline", "Step 5: the starting situation"),
        "target": ("5. Target", "Step 5: the goal the outcome is read against"),
        "interpretation": ("5. Interpretation", "Step 5: what the outcome means"),
        "audience": ("6. Audience", "Step 6: who the communication is for"),
        "communication": ("6. Communication", "Step 6: how and why it is communicated"),
        "moment": ("Moment", "The moment on the learning path (A, B, C …)"),
        "moment_date": ("Date", "The moment's date"),
        "group": (
            "Group",
            "The measurement's group, one per dimension (school · age); empty: the whole",
        ),
        "baseline_value": ("Baseline (value)", "The baseline's value (a number)"),
        "baseline_date": ("Baseline (date)", "The baseline's date"),
        "value": ("Value", "The measured value (a number)"),
        "measurement_text": ("Text", "What was measured or told, in words"),
        "note": ("Note", "A note on the measurement"),
        "focus": ("Focus", "What the moment focuses on"),
        "learnings": ("Learnings", "What was learnt at this moment"),
        "colour": ("Colour", "The post-it's colour (#RRGGBB)"),
        "sheet": ("Sheet", "The sheet (or CSV file)"),
        "column": ("Column", "The column"),
        "meaning": ("Meaning", "What the column holds"),
    },
    value={
        "quantitative": "quantitative",
        "qualitative": "qualitative",
        "existing": "existing source",
        "new": "new instrument",
        "idea": "idea",
        "investigating": "being investigated",
        "supported": "supported",
        "let_go": "let go",
        "yes": "yes",
        "no": "no",
    },
)


def words(language: Language) -> Words:
    return _EN if language == "en" else _NL
