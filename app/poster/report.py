"""The overview report: a multi-page A4 document of everything a network has recorded.

A4 portrait, not A3: the report is read at a desk, page by page, printed on any office
printer and stapled or filed, whereas the A3 posters are for the wall. Its text flows
through ordinary pages (platypus), so it grows with the network without crowding.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from app.core.model import Language, Model
from app.core.reasoning import Step
from app.core.wheel_layout import CALM, Palette
from app.core.wording import Wording
from app.poster.blank_poster import stakeholder_names
from app.poster.errors import PosterError
from app.poster.fonts import REGULAR, register_fonts
from app.poster.line_content import (
    assumption_flowables,
    core_entry_flowables,
    moment_name,
    plausibility_text,
    step_flowables,
    step_title,
    wording_for,
)
from app.poster.page import MUTED, today_text, write_pdf
from app.poster.report_indicators import indicator_sections
from app.poster.report_parts import WheelFlowable
from app.poster.textflow import Styles, paragraphs, plain, styles
from app.poster.texts import words
from app.poster.wheel import colour
from db.records import NetworkContents

_MARGIN = 18 * mm


@dataclass(frozen=True, slots=True)
class ReportParts:
    """What every section of the report reads: the network, its words and its styles."""

    model: Model
    contents: NetworkContents
    language: Language
    palette: Palette
    style: Styles
    texts: Mapping[str, str]
    wording: Wording
    section: ParagraphStyle
    sub: ParagraphStyle

    @classmethod
    def of(
        cls, model: Model, contents: NetworkContents, language: Language, palette: Palette
    ) -> ReportParts:
        plain_style = styles(1.0, 9.5)
        # A heading never ends a page: it keeps with the flowable after it.
        style = dataclasses.replace(
            plain_style,
            heading=plain_style.heading.clone("report_heading", keepWithNext=1),
            subheading=plain_style.subheading.clone("report_subheading", keepWithNext=1),
        )
        return cls(
            model,
            contents,
            language,
            palette,
            style,
            words(language),
            wording_for(model, contents.network, language),
            style.heading.clone("section", fontSize=14, leading=18, spaceBefore=14, spaceAfter=6),
            style.heading.clone("sub", fontSize=11, leading=14, spaceBefore=8),
        )

    def heading(self, key: str) -> list[Flowable]:
        """A section's heading, kept with what follows it."""
        return [CondPageBreak(90), Paragraph(escape(self.texts[key]), self.section)]

    def nothing_yet(self) -> Paragraph:
        return Paragraph(escape(self.texts["nothing_yet"]), self.style.muted)


def render_report(
    path: Path | str,
    model: Model,
    contents: NetworkContents,
    language: Language = "nl",
    *,
    palette: Palette = CALM,
) -> Path:
    """Write the overview report (A4 portrait, as many pages as needed) and return the path.

    Raises `PosterWriteError` if the file cannot be written, `PosterError` otherwise.
    """
    register_fonts()
    parts = ReportParts.of(model, contents, language, palette)
    story = [
        *title_section(parts),
        *core_section(parts),
        *lines_section(parts),
        *indicators_section(parts),
        *moments_section(parts),
        *notes_section(parts),
    ]
    return _build(Path(path), parts, story)


def title_section(parts: ReportParts) -> list[Flowable]:
    """The network's name, what this is and when, its description and its wheel."""
    model, network, texts, language = (
        parts.model,
        parts.contents.network,
        parts.texts,
        parts.language,
    )
    title_style = parts.style.heading.clone("title", fontSize=22, leading=27, spaceAfter=4)
    story: list[Flowable] = [
        Paragraph(escape(network.name), title_style),
        Paragraph(
            escape(
                f"{texts['report_title']} · {model.name.in_(language)} · {today_text(language)}"
            ),
            parts.style.muted,
        ),
    ]
    if network.description.strip():
        story += paragraphs(network.description, parts.style.body)
    return [
        *story,
        Spacer(1, 8),
        WheelFlowable(
            model,
            120,
            language,
            parts.contents.wheel.arrangement,
            dict(stakeholder_names(network)),
            parts.palette,
        ),
        Spacer(1, 6),
    ]


def core_section(parts: ReportParts) -> list[Flowable]:
    """What the network puts in: its core's entries, part by part."""
    heading = f"{parts.texts['core']} · {parts.wording.core()}"
    story: list[Flowable] = [CondPageBreak(90), Paragraph(escape(heading), parts.section)]
    core = core_entry_flowables(parts.model, parts.contents.core, parts.style, parts.language)
    return story + (core or [parts.nothing_yet()])


def lines_section(parts: ReportParts) -> list[Flowable]:
    """Every saved reasoning line: its direction and status, each step's story, assumptions."""
    model, contents, texts, style = parts.model, parts.contents, parts.texts, parts.style
    story = parts.heading("lines")
    if not contents.lines:
        story.append(parts.nothing_yet())
    for number, line in enumerate(contents.lines, start=1):
        direction = model.directions[line.direction].label.in_(parts.language)
        name = parts.wording.line_name(line.title, line.segment_keys)
        weakest = line.weakest_step
        weakest_name = step_title(
            model, contents.network, Step(weakest.key, weakest.segment_key), parts.language
        ).name
        status = (
            f"{direction} · {texts['status']}: {texts[line.status.value]} · "
            f"{texts['weakest_step']}: {weakest_name} "
            f"({plausibility_text(weakest.plausibility, parts.language)})"
        )
        story += [
            CondPageBreak(120),
            Paragraph(f"{number}. {escape(name)}", parts.sub),
            Paragraph(escape(status), style.muted),
        ]
        for step in line.reasoning_line.steps(model):
            title = step_title(model, contents.network, step, parts.language)
            heading = Paragraph(
                f"<b>{escape(title.name)}</b> · {escape(title.caption)}", style.body
            )
            # The core's entries stand in their own section above, not under every line.
            body = step_flowables(
                model,
                contents,
                line,
                step,
                style,
                parts.language,
                with_core=False,
                with_photos=True,
            )
            story.append(KeepTogether([heading, *body[:1]]))
            story += body[1:]
        story.append(Paragraph(escape(texts["assumptions"]), style.subheading))
        story += assumption_flowables(line, style, parts.language)
    return story


def indicators_section(parts: ReportParts) -> list[Flowable]:
    """Every indicator with every moment: values and targets, a trend chart, the stories."""
    return parts.heading("indicators") + indicator_sections(
        parts.model, parts.contents, parts.style, parts.language, A4[0] - 2 * _MARGIN
    )


def moments_section(parts: ReportParts) -> list[Flowable]:
    """The learning path: each moment with its focus and what was learnt."""
    texts, style = parts.texts, parts.style
    story = parts.heading("moments")
    if not parts.contents.moments:
        story.append(parts.nothing_yet())
    for moment in parts.contents.moments:
        heading = moment_name(moment, parts.language)
        if moment.focus.strip():
            heading += f" · {texts['focus']}: {moment.focus.strip()}"
        learnings = moment.learnings.strip() or texts["nothing_yet"]
        story.append(
            KeepTogether(
                [
                    *paragraphs(heading, style.heading),
                    *paragraphs(
                        learnings, style.body, prefix=f"<b>{escape(texts['learnings'])}</b>: "
                    ),
                ]
            )
        )
    return story


def notes_section(parts: ReportParts) -> list[Flowable]:
    """The post-its, per segment."""
    return parts.heading("notes") + _notes(parts)


def _build(path: Path, parts: ReportParts, story: list[Flowable]) -> Path:
    """Lay the story out on A4 pages with a running head and foot, and write the file."""
    texts, network, language = parts.texts, parts.contents.network, parts.language
    pdf = io.BytesIO()  # built in memory, then written whole (see page.write_pdf)
    document = BaseDocTemplate(
        pdf,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN + 4 * mm,
        bottomMargin=_MARGIN,
        title=f"{network.name} — {texts['report_title']}",
        author="Netwerkimpact",
        creator="Netwerkimpact",
        subject=texts["report_title"],
        initialFontName=REGULAR,
    )
    frame = Frame(_MARGIN, _MARGIN, A4[0] - 2 * _MARGIN, A4[1] - 2 * _MARGIN - 4 * mm, id="text")
    furniture = f"{network.name} · {texts['report_title']}"

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colour(MUTED))
        canvas.drawString(_MARGIN, A4[1] - _MARGIN + 2, furniture[:110])
        canvas.drawRightString(A4[0] - _MARGIN, A4[1] - _MARGIN + 2, today_text(language))
        canvas.drawString(_MARGIN, _MARGIN - 14, texts["made_with"])
        canvas.drawRightString(A4[0] - _MARGIN, _MARGIN - 14, f"{texts['page']} {doc.page}")
        canvas.restoreState()

    document.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
    try:
        document.build(_bind_headings(story))
    except Exception as error:  # ReportLab's LayoutError and kin: say so, never a traceback
        raise PosterError(f"the report could not be laid out: {error}") from error
    return write_pdf(pdf.getvalue(), path)


def _bind_headings(story: list[Flowable]) -> list[Flowable]:
    """Headings (keepWithNext) put into the KeepTogether that follows them.

    ReportLab keeps a keepWithNext paragraph with the next flowable only if that is not itself
    a container (`doctemplate._ktAllow`), so a heading before a kept-together block was left
    alone at the bottom of a page.
    """
    result: list[Flowable] = []
    waiting: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Paragraph) and flowable.getKeepWithNext():
            waiting.append(flowable)
            continue
        if waiting and isinstance(flowable, KeepTogether):
            result.append(KeepTogether([*waiting, *flowable._content]))
        else:
            result += [*waiting, flowable]
        waiting = []
    return result + waiting


def _notes(parts: ReportParts) -> list[Flowable]:
    """The post-its per segment, in model order (core parts first), each on its own colour."""
    contents, style = parts.contents, parts.style
    if not contents.notes:
        return [parts.nothing_yet()]
    moments = {moment.id: moment for moment in contents.moments}
    result: list[Flowable] = []
    for segment in parts.model.segments():
        notes = [note for note in contents.notes if note.segment_key == segment.key]
        if not notes:
            continue
        result.append(Paragraph(escape(parts.wording.place(segment.key)), style.heading))
        for note in notes:
            moment = moments.get(note.moment_id) if note.moment_id is not None else None
            suffix = f"  ({escape(moment.label)})" if moment else ""
            note_style = style.body.clone(
                "note",
                backColor=colour(note.colour),
                borderPadding=(3, 5, 3, 5),
                leftIndent=5,
                rightIndent=5,
                spaceBefore=4,
                spaceAfter=6,
            )
            result.append(Paragraph(plain(note.text) + suffix, note_style))
    return result
