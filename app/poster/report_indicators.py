"""The report's indicators: every moment of every indicator — the numbers in a small table
with a chart (axis, values, targets), the stories grouped per moment side by side, so the
before and after of a learning path stand next to each other on paper."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.core.model import IndicatorKind, Language, Model
from app.poster.fonts import REGULAR
from app.poster.line_content import line_name, number_text
from app.poster.page import MUTED, date_text
from app.poster.textflow import Styles, plain
from app.poster.texts import words
from app.poster.trend_chart import TrendChartFlowable
from app.poster.wheel import colour
from db.records import Indicator, Measurement, Moment, NetworkContents, Target
from db.trends import entries_at, trend_points

COLUMNS = 4
"""Moments side by side per row of the stories' table; more moments continue below."""


def indicator_sections(
    model: Model, contents: NetworkContents, style: Styles, language: Language, width: float
) -> list[Flowable]:
    texts = words(language)
    if not contents.indicators:
        return [Paragraph(escape(texts["no_indicators"]), style.muted)]
    lines = {line.id: line for line in contents.lines}
    result: list[Flowable] = []
    for indicator in contents.indicators:
        line = lines.get(indicator.line_id)
        kind = texts[
            "quantitative" if indicator.kind is IndicatorKind.QUANTITATIVE else "qualitative"
        ]
        unit = f" ({indicator.unit.strip()})" if indicator.unit.strip() else ""
        head = [
            Paragraph(
                f"<b>{escape(indicator.name)}</b>{escape(unit)} · {escape(kind)}", style.body
            ),
            Paragraph(
                escape(line_name(model, contents.network, line, language) if line else ""),
                style.muted,
            ),
        ]
        if not contents.moments:
            result.append(
                KeepTogether([*head, Paragraph(escape(texts["nothing_yet"]), style.muted)])
            )
            continue
        qualitative = indicator.kind is IndicatorKind.QUALITATIVE
        chart = TrendChartFlowable(
            trend_points(contents, indicator),
            bars=qualitative,
            decimal_comma=language == "nl",
            width=min(width, 60 + 56 * len(contents.moments)),
            height=90,
        )
        caption = Paragraph(
            escape(texts["story_count"] if qualitative else texts["chart_caption"]), style.small
        )
        block: list[Flowable] = [*head, _number_table(contents, indicator, style, language)]
        block += [Spacer(1, 4), chart, caption]
        result.append(KeepTogether(block))
        result += _stories(contents, indicator, style, language, width)
        result.append(Spacer(1, 10))
    return result


def _entry_text(entry: Measurement, language: Language) -> str:
    """'“Het werkt” — student 4, 16 feb 2025'."""
    said = []
    if entry.value is not None:
        said.append(number_text(entry.value, language))
    text = entry.text.strip()
    if text:
        said.append(text if text[0] in "“\"'„" else f"“{text}”")
    where = [part for part in (entry.source.strip(),) if part]
    if entry.measured_on is not None:
        where.append(date_text(entry.measured_on, language))
    shown = " ".join(said)
    return f"{shown} — {', '.join(where)}" if where else shown


def _number_table(
    contents: NetworkContents, indicator: Indicator, style: Styles, language: Language
) -> Table:
    """One column per moment: the values (every entry), the target and what it was before."""
    texts = words(language)
    small = style.small
    moments = contents.moments
    header = [Paragraph("", small)] + [
        Paragraph(f"<b>{escape(m.label)}</b>", small) for m in moments
    ]
    values = [Paragraph(escape(texts["values"]), small)]
    targets = [Paragraph(escape(texts["target"]), small)]
    for moment in moments:
        entries = entries_at(contents, indicator, moment)
        if indicator.kind is IndicatorKind.QUALITATIVE:
            told = sum(1 for e in entries if e.text.strip())
            shown = f"{texts['stories']}: {told}" if entries else "–"
        else:
            numbers = [number_text(e.value, language) for e in entries if e.value is not None]
            shown = "; ".join(numbers) or "–"
        values.append(Paragraph(escape(shown), small))
        targets.append(Paragraph(plain(_target_text(contents, indicator, moment, language)), small))
    rows = [header, values]
    if any(contents.target_history(indicator.id, m.id) for m in moments):
        rows.append(targets)
    table = Table(rows, hAlign="LEFT", repeatRows=1)
    table.setStyle(_grid())
    return table


def _target_text(
    contents: NetworkContents, indicator: Indicator, moment: Moment, language: Language
) -> str:
    texts = words(language)
    history = contents.target_history(indicator.id, moment.id)
    if not history:
        return "–"

    def one(target: Target) -> str:
        number = number_text(target.value, language) if target.value is not None else ""
        return " ".join(part for part in (number, target.text.strip()) if part)

    now = history[-1]
    shown = one(now)
    if now.reason.strip():
        shown += f" ({now.reason.strip()})"
    if len(history) > 1:
        changed = date_text(now.set_at.date(), language)
        shown += f"; {texts['was']} {one(history[-2])}, {texts['changed_on']} {changed}"
    return shown


def _stories(
    contents: NetworkContents, indicator: Indicator, style: Styles, language: Language, width: float
) -> list[Flowable]:
    """The stories per moment, moments side by side (four to a row)."""
    texts = words(language)
    moments = contents.moments
    told = {
        m.id: [e for e in entries_at(contents, indicator, m) if e.text.strip()] for m in moments
    }
    if not any(told.values()):
        return []
    result: list[Flowable] = [Paragraph(escape(texts["stories_per_moment"]), style.subheading)]
    for start in range(0, len(moments), COLUMNS):
        chunk = moments[start : start + COLUMNS]
        header = [Paragraph(f"<b>{escape(m.label)}</b>", style.small) for m in chunk]
        # One row per story, so a long table breaks between stories, its header repeated.
        depth = max(1, *(len(told[m.id]) for m in chunk))
        rows: list[list[Flowable | str]] = [list(header)]
        for row in range(depth):
            rows.append(
                [
                    Paragraph(plain(_entry_text(told[m.id][row], language)), style.small)
                    if row < len(told[m.id])
                    else (Paragraph("–", style.muted) if row == 0 else "")
                    for m in chunk
                ]
            )
        table = Table(rows, colWidths=[width / COLUMNS] * len(chunk), hAlign="LEFT", repeatRows=1)
        table.setStyle(_grid())
        result.append(table)
    return result


def _grid() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Helvetica is listed, not embedded
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colour(MUTED)),
            ("GRID", (0, 0), (-1, -1), 0.25, colour("#d8d2c4")),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
