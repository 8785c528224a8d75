"""The overview report: a multi-page A4 document of everything a network has recorded.

A4 portrait, not A3: the report is read at a desk, page by page, printed on any office
printer and stapled or filed, whereas the A3 posters are for the wall. Its text flows
through ordinary pages (platypus), so it grows with the network without crowding.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
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
    Table,
    TableStyle,
)

from app.core.model import Language, Model
from app.core.wheel_layout import CALM, Palette
from app.poster.blank_poster import stakeholder_names
from app.poster.errors import PosterError
from app.poster.fonts import REGULAR, register_fonts
from app.poster.line_content import (
    assumption_flowables,
    core_entry_flowables,
    indicator_flowables,
    line_name,
    moment_name,
    step_flowables,
    step_title,
)
from app.poster.page import MUTED, today_text, write_pdf
from app.poster.report_parts import TrendBars, WheelFlowable
from app.poster.textflow import Styles, paragraphs, plain, styles
from app.poster.texts import words
from app.poster.wheel import colour
from db.records import NetworkContents

_MARGIN = 18 * mm


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
    path = Path(path)
    texts = words(language)
    network = contents.network
    style = styles(1.0, 9.5)
    title_style = style.heading.clone("title", fontSize=22, leading=27, spaceAfter=4)
    section = style.heading.clone("section", fontSize=14, leading=18, spaceBefore=14, spaceAfter=6)
    sub = style.heading.clone("sub", fontSize=11, leading=14, spaceBefore=8)

    story: list[Flowable] = [
        Paragraph(escape(network.name), title_style),
        Paragraph(
            escape(
                f"{texts['report_title']} · {model.name.in_(language)} · {today_text(language)}"
            ),
            style.muted,
        ),
    ]
    if network.description.strip():
        story += paragraphs(network.description, style.body)
    story += [
        Spacer(1, 8),
        WheelFlowable(
            model,
            120,
            language,
            contents.wheel.arrangement,
            dict(stakeholder_names(network)),
            palette,
        ),
        Spacer(1, 6),
    ]

    story.append(CondPageBreak(90))
    story.append(Paragraph(escape(f"{texts['core']} · {model.core.label.in_(language)}"), section))
    core = core_entry_flowables(model, contents.core, style, language)
    story += core or [Paragraph(escape(texts["nothing_yet"]), style.muted)]

    story.append(CondPageBreak(90))
    story.append(Paragraph(escape(texts["lines"]), section))
    if not contents.lines:
        story.append(Paragraph(escape(texts["nothing_yet"]), style.muted))
    for number, line in enumerate(contents.lines, start=1):
        direction = model.directions[line.direction].label.in_(language)
        story.append(CondPageBreak(120))
        story.append(Paragraph(f"{number}. {escape(line_name(model, line, language))}", sub))
        story.append(
            Paragraph(
                escape(f"{direction} · {texts['status']}: {texts[line.status.value]}"), style.muted
            )
        )
        for step in line.reasoning_line.steps(model):
            name = step_title(model, network, step, language)
            heading = Paragraph(f"<b>{escape(name.name)}</b> · {escape(name.caption)}", style.body)
            # The core's entries stand in their own section above, not under every line.
            body = step_flowables(model, contents, line, step, style, language, with_core=False)
            story.append(KeepTogether([heading, *body[:1]]))
            story += body[1:]
        story.append(Paragraph(escape(texts["assumptions"]), style.subheading))
        story += assumption_flowables(line, style, language)

    story.append(CondPageBreak(90))
    story.append(Paragraph(escape(texts["indicators"]), section))
    story += _indicator_table(model, contents, style, language, palette)

    story.append(CondPageBreak(90))
    story.append(Paragraph(escape(texts["moments"]), section))
    if not contents.moments:
        story.append(Paragraph(escape(texts["nothing_yet"]), style.muted))
    for moment in contents.moments:
        heading = moment_name(moment, language)
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

    story.append(CondPageBreak(90))
    story.append(Paragraph(escape(texts["notes"]), section))
    story += _notes(model, contents, style, language)

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
        document.build(story)
    except Exception as error:  # ReportLab's LayoutError and kin: say so, never a traceback
        raise PosterError(f"the report could not be laid out: {error}") from error
    return write_pdf(pdf.getvalue(), path)


def _indicator_table(
    model: Model, contents: NetworkContents, style: Styles, language: Language, palette: Palette
) -> list[Flowable]:
    """One row per indicator: name and line, kind and owner, a bar per moment, the latest value."""
    texts = words(language)
    if not contents.indicators:
        return [Paragraph(escape(texts["no_indicators"]), style.muted)]
    lines = {line.id: line for line in contents.lines}
    labels = [moment.label for moment in contents.moments]
    small = style.small
    rows: list[list[object]] = [
        [
            Paragraph(f"<b>{escape(texts['indicators'])}</b>", small),
            Paragraph(f"<b>{escape(texts['trend'])}</b>", small),
            Paragraph(f"<b>{escape(texts['latest'])}</b>", small),
        ]
    ]
    for indicator in contents.indicators:
        line = lines.get(indicator.line_id)
        where = line_name(model, line, language) if line else ""
        by_moment = {m.moment_id: m for m in contents.measurements_of(indicator.id)}
        values = [by_moment[m.id].value if m.id in by_moment else None for m in contents.moments]
        has_text = [
            m.id in by_moment and bool(by_moment[m.id].text.strip()) for m in contents.moments
        ]
        details = indicator_flowables(contents, (indicator,), style, language)
        rows.append(
            [
                [Paragraph(escape(where), small), *details[:-1]],
                TrendBars(values, has_text, labels, bar=palette.rings[0].edge),
                details[-1],
            ]
        )
    table = Table(rows, colWidths=[None, 104, 120], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Tables set a cell font even for flowable cells; without this, Helvetica (not
                # embedded) would be listed in the PDF.
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colour(MUTED)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colour("#d8d2c4")),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [table]


def _notes(
    model: Model, contents: NetworkContents, style: Styles, language: Language
) -> list[Flowable]:
    """The post-its per segment, in model order (core parts first), each on its own colour."""
    texts = words(language)
    if not contents.notes:
        return [Paragraph(escape(texts["nothing_yet"]), style.muted)]
    moments = {moment.id: moment for moment in contents.moments}
    result: list[Flowable] = []
    for segment in model.segments():
        notes = [note for note in contents.notes if note.segment_key == segment.key]
        if not notes:
            continue
        ring = model.ring_of(segment.key)
        heading = f"{segment.label.in_(language)} · {ring.short_label.in_(language)}"
        result.append(Paragraph(escape(heading), style.heading))
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
