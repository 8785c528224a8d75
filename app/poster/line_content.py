"""What a reasoning line says, as flowables: steps, core entries, indicators and measurements.

Shared by the line poster and the report, so both tell a line the same way.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer

from app.core.model import IndicatorKind, Language, Model
from app.core.plausibility import Plausibility, mark
from app.core.reasoning import Step
from app.core.wording import StepTitle, Wording
from app.poster.page import date_text
from app.poster.textflow import Styles, bullet, paragraphs, plain
from app.poster.texts import words
from db.records import (
    CoreEntry,
    Indicator,
    Line,
    Measurement,
    Moment,
    Network,
    NetworkContents,
    SourceKind,
)


def wording_for(model: Model, network: Network | None, language: Language) -> Wording:
    """The shared wording (app.core.wording) with the network's own names for its groups."""
    groups = network.stakeholders if network is not None else ()
    return Wording.of(model, language, ((group.key, group.name) for group in groups))


def step_title(model: Model, network: Network, step: Step, language: Language) -> StepTitle:
    """The shared step title; the core step's caption is the poster's word for the core."""
    title = wording_for(model, network, language).step_title(step)
    return title if title.caption else StepTitle(words(language)["core"], title.name)


def line_name(model: Model, network: Network, line: Line, language: Language) -> str:
    """The line's own title, or its chain of segment names."""
    return wording_for(model, network, language).line_name(line.title, line.segment_keys)


def number_text(value: float, language: Language) -> str:
    """A measured value as people write it: no '.0', a decimal comma in Dutch."""
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}".rstrip("0")
    return text.replace(".", ",") if language == "nl" else text


def measurement_text(measurement: Measurement, unit: str, language: Language) -> str:
    """A measurement's value with its unit and its text, e.g. '42 deelnemers — “Goed gesprek”'."""
    parts = []
    if measurement.value is not None:
        parts.append(" ".join(p for p in (number_text(measurement.value, language), unit) if p))
    if measurement.text.strip():
        parts.append(measurement.text.strip())
    return " — ".join(parts)


def latest_measurement(
    contents: NetworkContents, indicator: Indicator
) -> tuple[Measurement, Moment] | None:
    """The indicator's measurement at the latest moment on the learning path (moments in order)."""
    order = {moment.id: index for index, moment in enumerate(contents.moments)}
    moments = {moment.id: moment for moment in contents.moments}
    measured = [m for m in contents.measurements_of(indicator.id) if m.moment_id in moments]
    if not measured:
        return None
    latest = max(measured, key=lambda m: (order[m.moment_id], m.id))
    return latest, moments[latest.moment_id]


def moment_name(moment: Moment, language: Language) -> str:
    if moment.date is None:
        return moment.label
    return f"{moment.label} · {date_text(moment.date, language)}"


def indicator_flowables(
    contents: NetworkContents, indicators: Sequence[Indicator], style: Styles, language: Language
) -> list[Flowable]:
    """Each indicator: name and kind; source, frequency and owner; its latest measurement."""
    texts = words(language)
    result: list[Flowable] = []
    for indicator in indicators:
        kind = texts[
            "quantitative" if indicator.kind is IndicatorKind.QUANTITATIVE else "qualitative"
        ]
        result.append(
            Paragraph(
                f"<b>{escape(indicator.name)}</b> ({escape(kind)})", style.body, bulletText="▸"
            )
        )
        facts = []
        source = indicator.source.strip()
        if indicator.source_kind is not None:
            origin = texts[
                "existing_source"
                if indicator.source_kind is SourceKind.EXISTING
                else "new_instrument"
            ]
            source = f"{source} ({origin})" if source else origin
        for label, value in (
            (texts["source"], source),
            (texts["frequency"], indicator.frequency.strip()),
            (texts["owner"], indicator.owner.strip()),
        ):
            if value:
                facts.append(f"{label}: {value}")
        if facts:
            result += paragraphs(" · ".join(facts), _indented(style.muted, style))
        found = latest_measurement(contents, indicator)
        if found is None:
            latest = f"{texts['latest']}: {texts['no_measurement']}"
        else:
            _measurement, moment = found
            entries = contents.measurements_of(indicator.id, moment.id)  # all of that moment
            said = [measurement_text(m, indicator.unit.strip(), language) for m in entries]
            shown = "; ".join(text for text in said if text) or "—"
            latest = f"{texts['latest']} ({moment_name(moment, language)}): {shown}"
        result += paragraphs(latest, _indented(style.small, style))
    return result


def _indented(base: ParagraphStyle, style: Styles) -> ParagraphStyle:
    return base.clone(base.name + "-indented", leftIndent=style.size)


def core_entry_flowables(
    model: Model, entries: Sequence[CoreEntry], style: Styles, language: Language
) -> list[Flowable]:
    """The network's core, part by part: 'Partners & eigenaren: A; B; C'."""
    result: list[Flowable] = []
    for part in model.core.segments:
        texts = [entry.text.strip() for entry in entries if entry.kind == part.key]
        texts = [text for text in texts if text]
        if texts:
            label = escape(part.label.in_(language))
            result += paragraphs("; ".join(texts), style.body, prefix=f"<b>{label}</b>: ")
    return result


def step_flowables(
    model: Model,
    contents: NetworkContents,
    line: Line,
    step: Step,
    style: Styles,
    language: Language,
    with_questions: bool = False,
    with_core: bool = True,
    with_photos: bool = False,
) -> list[Flowable]:
    """A step of a line: (for the core) the network's core, the story, the indicators, and
    optionally the guiding questions for the line's direction and the evidence's photos."""
    texts = words(language)
    result: list[Flowable] = []
    if step.segment_key is None and with_core:
        result += core_entry_flowables(model, contents.core, style, language)
    story = _story(line, step)
    if story.strip():
        for part in _paragraphs(story):
            result += paragraphs(part, style.body)
    else:
        result.append(Paragraph(escape(texts["no_story"]), style.muted))
    result += plausibility_flowables(contents, line, step.ring_key, style, language, with_photos)
    indicators = contents.indicators_of(line.id, step.ring_key)
    if indicators:
        result.append(Paragraph(escape(texts["indicators"]), style.heading))
        result += indicator_flowables(contents, indicators, style, language)
    if with_questions:
        result += question_flowables(model, line, step, style, language)
    return result


def plausibility_text(level: Plausibility | None, language: Language) -> str:
    """'●●○ aannemelijk': the level's pips (a shape, not a colour) and its name."""
    texts = words(language)
    return f"{mark(level)} {texts[level.value] if level else texts['not_judged']}"


def plausibility_flowables(
    contents: NetworkContents,
    line: Line,
    step_key: str,
    style: Styles,
    language: Language,
    with_photos: bool = False,
) -> list[Flowable]:
    """How plausible the step is made, and its evidence (text — source, date, moment), with
    the photo that came with a story when `with_photos` (the report; a poster's boxes are
    for words)."""
    texts = words(language)
    try:
        level = line.step(step_key).plausibility
    except KeyError:
        return []
    result: list[Flowable] = [
        Paragraph(
            f"<b>{escape(texts['plausibility'])}</b>: {escape(plausibility_text(level, language))}",
            style.small,
        )
    ]
    moments = {moment.id: moment for moment in contents.moments}
    for item in contents.evidence_of(line.id, step_key):
        where = [item.source.strip()] if item.source.strip() else []
        if item.date is not None:
            where.append(date_text(item.date, language))
        if item.moment_id in moments:
            where.append(f"{texts['moment']} {moments[item.moment_id].label}")
        text = item.text.strip() + (f" — {', '.join(where)}" if where else "")
        result.append(Paragraph(plain(text), style.small, bulletText="✓"))
        if with_photos and item.photo is not None:
            result.append(photo_flowable(item.photo))
    return result


PHOTO_WIDTH = 6 * cm  # a photo beside the words, not a page of its own


def photo_flowable(photo: bytes) -> Flowable:
    """A photo from the room (a cleaned JPEG), 6 cm wide, under its evidence."""
    width, height = ImageReader(io.BytesIO(photo)).getSize()
    shown = Image(io.BytesIO(photo), PHOTO_WIDTH, PHOTO_WIDTH * height / max(1, width))
    shown.hAlign = "LEFT"
    return KeepTogether([Spacer(1, 2), shown, Spacer(1, 4)])


def _story(line: Line, step: Step) -> str:
    try:
        return line.story(step.ring_key)
    except KeyError:
        return ""


def _paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; single line breaks stay inside a paragraph."""
    parts = [part for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    return parts or [text]


def assumption_flowables(line: Line, style: Styles, language: Language) -> list[Flowable]:
    """The line's assumptions, one bullet per line of text."""
    items = [item.strip(" -•*\t") for item in line.assumptions.splitlines()]
    items = [item for item in items if item]
    if not items:
        return [Paragraph(escape(words(language)["no_assumptions"]), style.muted)]
    return [piece for item in items for piece in bullet(item, style.bullet)]


def question_flowables(
    model: Model, line: Line, step: Step, style: Styles, language: Language
) -> list[Flowable]:
    """The guiding questions of one step for the line's direction (the core gathers its parts')."""
    for found, questions in line.reasoning_line.guiding_questions(model, language):
        if found == step:
            heading = Paragraph(escape(words(language)["guiding_questions"]), style.subheading)
            return [
                heading,
                *(piece for question in questions for piece in bullet(question, style.question)),
            ]
    return []
