"""The report's indicators: every moment of every indicator — the numbers in a small table
with a chart (axis, values, targets), the stories grouped per moment side by side, so the
before and after of a learning path stand next to each other on paper."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.core.groups import WholeRule
from app.core.model import IndicatorKind, Language, Model
from app.poster.fonts import REGULAR
from app.poster.line_content import line_name, number_text
from app.poster.page import MUTED, date_text
from app.poster.textflow import Styles, plain
from app.poster.texts import words
from app.poster.trend_chart import TrendChartFlowable
from app.poster.wheel import colour
from db.records import Indicator, Measurement, Moment, NetworkContents, Target
from db.trends import entries_at, group_rows, group_series, trend_points

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
        series = group_series(contents, indicator)
        chart = TrendChartFlowable(
            trend_points(contents, indicator),
            bars=qualitative,
            decimal_comma=language == "nl",
            width=min(width, (120 if series else 60) + 56 * len(contents.moments)),
            height=110 if series else 90,
            groups=series,
            baseline=indicator.baseline_value,
            baseline_label=texts["baseline"],
        )
        caption_text = texts["story_count"] if qualitative else texts["chart_caption"]
        if series or indicator.baseline_value is not None:
            caption_text += " " + texts["groups_caption"]
        caption = Paragraph(escape(caption_text), style.small)
        baseline = baseline_text(contents, indicator, language)
        if baseline:
            head.append(Paragraph(escape(baseline), style.muted))
        dimensions = contents.dimensions_of(indicator.id)
        if dimensions:
            head.append(
                Paragraph(escape(split_by_text(contents, indicator, language)), style.muted)
            )
        block: list[Flowable] = [*head, _number_table(contents, indicator, style, language)]
        block += [Spacer(1, 4), chart, caption]
        result.append(KeepTogether(block))
        result += _stories(contents, indicator, style, language, width)
        result.append(Spacer(1, 10))
    return result


def entry_text(entry: Measurement, language: Language) -> str:
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
        targets.append(Paragraph(plain(target_text(contents, indicator, moment, language)), small))
    rows = [header, values]
    if contents.dimensions_of(indicator.id) and indicator.kind is IndicatorKind.QUANTITATIVE:
        rows = [header]
        for row in group_rows(contents, indicator):
            label = row.label or whole_label(indicator, language)
            cells = [Paragraph(escape(label), small)]
            for moment, value in zip(moments, row.values, strict=True):
                shown = number_text(value, language) if value is not None else "–"
                target = contents.target_at(indicator.id, moment.id, row.cell)
                if row.cell and target is not None and target.value is not None:
                    shown += f" (▸{number_text(target.value, language)})"
                cells.append(Paragraph(escape(shown), small))
            rows.append(cells)
    if any(contents.target_history(indicator.id, m.id) for m in moments):
        rows.append(targets)
    table = Table(rows, hAlign="LEFT", repeatRows=1)
    table.setStyle(_grid())
    return table


def baseline_text(contents: NetworkContents, indicator: Indicator, language: Language) -> str:
    """'nulmeting: 20 (1 december 2024, telling 2024)', or '' without a baseline value."""
    if indicator.baseline_value is None:
        return ""
    texts = words(language)
    when = []
    if indicator.baseline_date is not None:
        when.append(date_text(indicator.baseline_date, language))
    moment = next((m for m in contents.moments if m.id == indicator.baseline_moment_id), None)
    if moment is not None:
        when.append(moment.label)
    if indicator.baseline_note.strip():
        when.append(indicator.baseline_note.strip())
    shown = f"{texts['baseline']}: {number_text(indicator.baseline_value, language)}"
    return f"{shown} ({', '.join(when)})" if when else shown


def whole_label(indicator: Indicator, language: Language) -> str:
    """The whole's row: how it follows from the groups, or that it cannot."""
    texts = words(language)
    rule = indicator.whole_rule
    if rule is WholeRule.SUM:
        return texts["whole_sum"]
    if rule is WholeRule.MEAN:
        return texts["whole_mean"]
    return f"{texts['whole']} ({texts['whole_not_computable']})"


def split_by_text(contents: NetworkContents, indicator: Indicator, language: Language) -> str:
    """'verdeeld naar school (A, B, C) en leeftijd (12–16, 17–21)'."""
    texts = words(language)
    parts = [
        f"{d.name} ({', '.join(g.name for g in d.groups)})"
        for d in contents.dimensions_of(indicator.id)
    ]
    joiner = " en " if language == "nl" else " and "
    return f"{texts['split_by']} {joiner.join(parts)}"


def target_text(
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
                    Paragraph(plain(entry_text(told[m.id][row], language)), style.small)
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
