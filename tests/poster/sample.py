"""A network's contents built from records, for posters and reports without a store file."""

from __future__ import annotations

from datetime import date, datetime

from app.core.geometry import Arrangement
from app.core.model import Direction, IndicatorKind, Model
from app.core.plausibility import Plausibility
from db.records import (
    CoreEntry,
    Evidence,
    Indicator,
    Line,
    LineStatus,
    LineStep,
    Measurement,
    Moment,
    NetworkContents,
    Note,
    SourceKind,
    Target,
    WheelState,
)
from tests.poster.conftest import make_network

WHEN = datetime(2025, 3, 4, 10, 0)

STORIES = {
    "core": "Vijf hogescholen en drie gemeenten bundelen hun kennis in één programmabureau.",
    "ring1": "Tweehonderd docenten ontmoetten elkaar in zes leergemeenschappen; "
    "de opkomst bleef hoog, ook bij de derde bijeenkomst.",
    "ring2": "Uit de leergemeenschappen ontstonden elf nieuwe samenwerkingen tussen scholen.",
    "ring3": "Minder vroegtijdig schoolverlaten in de regio, volgens de cijfers van DUO.",
    "stakeholders": "Voor studenten betekent dit een soepeler overstap tussen mbo en hbo.",
}


PLAUSIBILITY = {
    "ring1": Plausibility.WELL_SUPPORTED,
    "ring2": Plausibility.PARTLY,
    "ring3": Plausibility.NOT_YET,
}
"""The sample's judgements; the stakeholder step is not judged yet."""


def make_line(
    model: Model,
    line_id: int = 1,
    indices: tuple[int, ...] = (0, 1, 2, 1),
    stories: dict[str, str] | None = None,
    direction: Direction = Direction.INSIDE_OUT,
    title: str = "Leergemeenschappen werken door",
    assumptions: str = "Docenten nemen wat ze leren mee naar hun team.\n"
    "De cijfers van DUO laten effecten binnen twee jaar zien.",
) -> Line:
    stories = STORIES if stories is None else stories
    steps = [
        LineStep(model.core.key, None, stories.get(model.core.key, ""), Plausibility.PLAUSIBLE)
    ]
    for ring, index in zip(model.rings, indices, strict=True):
        level = PLAUSIBILITY.get(ring.key)
        steps.append(LineStep(ring.key, ring.segments[index].key, stories.get(ring.key, ""), level))
    return Line(
        id=line_id,
        network_id=1,
        title=title,
        direction=direction,
        status=LineStatus.INVESTIGATING,
        steps=tuple(steps),
        assumptions=assumptions,
        created_at=WHEN,
        updated_at=WHEN,
    )


def make_contents(
    model: Model, lines: tuple[Line, ...] | None = None, network_name: str | None = None
) -> NetworkContents:
    lines = lines if lines is not None else (make_line(model),)
    moments = (
        Moment(1, 1, "A", date(2024, 9, 1), "Start", "We weten nog weinig van de doelgroep."),
        Moment(
            2,
            1,
            "B",
            date(2025, 2, 1),
            "Halverwege",
            "Leergemeenschappen werken; de overstap naar het hbo blijft lastig.",
        ),
        Moment(3, 1, "C", date(2025, 9, 1), "Eind", ""),  # not measured yet: a gap
    )
    evidence = []
    targets = []
    indicators = []
    measurements = []
    for line in lines:
        base = line.id * 10
        indicators += [
            Indicator(
                base + 1,
                line.id,
                "ring1",
                "Deelnemers per bijeenkomst",
                IndicatorKind.QUANTITATIVE,
                unit="docenten",
                source_kind=SourceKind.EXISTING,
                source="presentielijsten",
                frequency="per bijeenkomst",
                owner="programmabureau",
            ),
            Indicator(
                base + 2,
                line.id,
                "ring2",
                "Verhalen van nieuwe samenwerkingen",
                IndicatorKind.QUALITATIVE,
                source_kind=SourceKind.NEW,
                source="interviews",
                frequency="jaarlijks",
                owner="lectoraat",
            ),
        ]
        measurements += [
            Measurement(base * 10 + 1, base + 1, 1, 120, "", ""),
            Measurement(base * 10 + 2, base + 1, 2, 204, "", ""),
            Measurement(base * 10 + 3, base + 2, 2, None, "“We delen nu lesmateriaal”", ""),
            Measurement(
                base * 10 + 4,
                base + 2,
                1,
                None,
                "Ik ken niemand op andere scholen",
                "",
                "docent Ada",
                date(2024, 9, 3),
            ),
            Measurement(
                base * 10 + 5,
                base + 2,
                2,
                None,
                "We bellen elkaar nu gewoon",
                "",
                "docent Ada",
                date(2025, 2, 3),
            ),
        ]
        targets += [
            Target(base * 10 + 1, base + 1, 2, 150, "", "begroting 2024", WHEN),
            Target(base * 10 + 2, base + 1, 2, 180, "", "meer scholen doen mee", WHEN),
            Target(base * 10 + 3, base + 1, 3, 250, "", "", WHEN),
        ]
        evidence.append(
            Evidence(
                base,
                line.id,
                "ring2",
                2,
                "Elf samenwerkingsafspraken",
                "jaarverslag 2024",
                date(2025, 1, 15),
                1,
            )
        )
    notes = (
        Note(1, 1, None, model.rings[0].segments[0].key, "Veel nieuwe gezichten!", "#FFE97A", WHEN),
        Note(2, 1, 2, model.core.segments[0].key, "Gemeente Leiden sluit aan", "#ffc4d6", WHEN),
    )
    core = (
        CoreEntry(1, 1, model.core.segments[0].key, "Hogeschool Leiden", 0),
        CoreEntry(2, 1, model.core.segments[0].key, "ROC mboRijnland", 1),
        CoreEntry(3, 1, model.core.segments[3].key, "Leergemeenschappen", 0),
    )
    network = make_network(model) if network_name is None else make_network(model, network_name)
    return NetworkContents(
        network=network,
        wheel=WheelState(Arrangement((0, 1, 2, 1))),
        core=core,
        lines=lines,
        indicators=tuple(indicators),
        moments=moments,
        measurements=tuple(measurements),
        notes=notes,
        evidence=tuple(evidence),
        targets=tuple(targets),
    )


# What participants write on post-its: a few words to a few sentences.
NOTE_TEXTS = (
    "meer contact",
    "van de binnenkring over wat er veranderde",
    "docenten delen lesmateriaal",
    "gemeente sluit vaker aan bij overleg",
    "studenten vinden sneller een stageplek in de regio",
    "vertrouwen tussen partners gegroeid",
    "nieuwe samenwerking met de bibliotheek over laaggeletterdheid in de wijk",
    "minder dubbel werk",
    "het programmabureau is het aanspreekpunt geworden voor scholen, bedrijven en de "
    "gemeente; dat was drie jaar geleden niet zo",
)


def session_contents(
    count: int = 60,
    crowded: int = 25,
    long: int = 0,
    texts: tuple[str, ...] = NOTE_TEXTS,
    first: int = 0,
) -> tuple[Model, NetworkContents]:
    """A session of `count` notes, `crowded` of them on one segment (ring 2's third), the rest
    spread over the axis's parts and all other segments (from the `first` one); every note's
    text ends in its own number ("meer contact (1)"); the first `long` run on for many lines."""
    import dataclasses
    import itertools

    from app.core.model import default_model
    from app.core.wheel_layout import CALM

    model = default_model()
    keys = [part.key for part in model.core.segments]
    keys += [segment.key for ring in model.rings for segment in ring.segments]
    busy = model.rings[1].segments[2].key
    keys.remove(busy)
    colours = itertools.cycle(CALM.note_colours)
    notes = []
    for number in range(count):
        key = busy if number < crowded else keys[(first + number) % len(keys)]
        text = f"{texts[number % len(texts)]} ({number + 1})"
        if number < long:
            text += " en daarna nog veel meer woorden" * 20
        notes.append(
            Note(number + 1, 1, None, key, text, next(colours).upper(), datetime(2025, 1, 1))
        )
    return model, dataclasses.replace(make_contents(model), notes=tuple(notes))
