"""The overview report as an editable Word document (.docx, python-docx): the same content
as the A4 PDF report, for coordinators who paste it into their own yearly report for a
municipality, ZonMw or a ministry.

Word's own styles carry the structure (Title, Heading 1–3, List Bullet, Caption), so Word's
table of contents and navigation pane work and the document takes the reader's house style;
tables are real tables whose header row repeats on every page; the trend charts are pictures
(`trend_image`, the same geometry as on screen and in the PDF). Dutch or English.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.core.model import IndicatorKind, Language, Model
from app.core.reasoning import Step
from app.core.xml_text import xml_text
from app.poster.errors import PosterError
from app.poster.line_content import (
    line_name,
    moment_name,
    number_text,
    plausibility_text,
    step_title,
    wording_for,
)
from app.poster.page import date_text, today_text, write_pdf
from app.poster.report_indicators import (
    baseline_text,
    entry_text,
    split_by_text,
    target_text,
    whole_label,
)
from app.poster.texts import words
from app.poster.trend_image import trend_png
from db.records import Indicator, Line, NetworkContents
from db.trends import entries_at, group_rows, group_series, trend_points

_LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
CHART_WIDTH = 300.0  # points: the picture is placed 15 cm wide on the page
CHART_HEIGHT = 110.0


def render_docx_report(
    path: Path | str, model: Model, contents: NetworkContents, language: Language = "nl"
) -> Path:
    """Write the report as .docx (atomically, never onto the store) and return the path.

    Raises `PosterWriteError` if the file cannot be written, `PosterError` otherwise.
    """
    return write_pdf(docx_report_bytes(model, contents, language), Path(path))


def docx_report_bytes(model: Model, contents: NetworkContents, language: Language = "nl") -> bytes:
    """The report as the bytes of a .docx file."""
    try:
        document = _ReportDocument(model, contents, language).build()
        out = io.BytesIO()
        document.save(out)
    except (ValueError, KeyError, OSError) as error:  # python-docx's own refusals
        raise PosterError(f"the Word report could not be made: {error}") from error
    return out.getvalue()


class _ReportDocument:
    """Builds the document section by section, in the order of the PDF report."""

    def __init__(self, model: Model, contents: NetworkContents, language: Language) -> None:
        self.model = model
        self.contents = contents
        self.language = language
        self.texts = words(language)
        self.wording = wording_for(model, contents.network, language)
        self.doc: DocumentObject = Document()
        # python-docx looks for the document's default style among all styles whenever a
        # paragraph's style is set: the style ids, looked up once here, are written directly
        # (a report of hundreds of pages is several times faster).
        styles = self.doc.styles
        self.style_id = {
            name: styles[name].style_id
            for name in (
                "Title",
                "Heading 1",
                "Heading 2",
                "Heading 3",
                "List Bullet",
                "Caption",
                "Normal",
                "Table Grid",
            )
        }

    # --- building blocks ---------------------------------------------------------------------

    def heading(self, text: str, level: int) -> None:
        """A heading in Word's own style (Title for level 0), as `add_heading` makes it."""
        self.styled("Title" if level == 0 else f"Heading {level}").add_run(xml_text(text))

    def styled(self, style: str) -> Paragraph:
        """A new paragraph in a style of the document, by name."""
        paragraph = self.doc.add_paragraph()
        if style != "Normal":
            paragraph._p.style = self.style_id[style]
        return paragraph

    def paragraph(self, text: str, style: str | None = None, *, bold_prefix: str = "") -> None:
        """A paragraph per paragraph of `text` (blank lines part them); lines kept."""
        pieces = [piece for piece in xml_text(text).split("\n\n") if piece.strip()] or [""]
        for number, piece in enumerate(pieces):
            paragraph = self.styled(style or "Normal")
            if bold_prefix and number == 0:
                paragraph.add_run(xml_text(bold_prefix)).bold = True
            lines = piece.strip("\n").split("\n")
            for index, line in enumerate(lines):
                run = paragraph.add_run(line)
                if index < len(lines) - 1:
                    run.add_break()

    def muted(self, text: str) -> None:
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(xml_text(text))
        run.italic = True

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self.paragraph(item, "List Bullet")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
        """A real table with a header row that repeats on every page it runs over."""
        # Made at its full size at once: python-docx finds a row's cells by searching the
        # table, so adding rows one by one costs more with every row.
        table: Table = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table._tbl.tblStyle_val = self.style_id["Table Grid"]
        every = table.rows
        for cell, text in zip(every[0].cells, header, strict=True):
            cell.paragraphs[0].add_run(xml_text(text)).bold = True
        _repeat_as_header(every[0])
        for row, values in zip(every[1:], rows, strict=True):
            for cell, text in zip(row.cells, values, strict=True):
                lines = xml_text(text).split("\n")
                cell.paragraphs[0].add_run(lines[0])
                for more in lines[1:]:
                    cell.add_paragraph(more)
        return table

    # --- the document ------------------------------------------------------------------------

    def build(self) -> DocumentObject:
        self._page_and_language()
        self._title()
        self._core()
        self._lines()
        self._indicators()
        self._moments()
        self._notes()
        return self.doc

    def _page_and_language(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(20))
        tag = _LANGUAGE_TAGS.get(self.language, "nl-NL")
        normal = self.doc.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(10.5)
        properties = normal.element.get_or_add_rPr()
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), tag)
        properties.append(language)
        network = self.contents.network
        core = self.doc.core_properties
        core.title = xml_text(f"{network.name} — {self.texts['report_title']}")
        core.author = "Netwerkimpact"
        core.subject = self.texts["report_title"]
        core.language = tag
        footer = section.footer.paragraphs[0]
        footer.text = xml_text(f"{network.name} · {self.texts['made_with']}")

    def _title(self) -> None:
        network = self.contents.network
        self.heading(network.name, 0)
        self.muted(
            f"{self.texts['report_title']} · {self.model.name.in_(self.language)} · "
            f"{today_text(self.language)}"
        )
        if network.description.strip():
            self.paragraph(network.description)
        self.heading(self.texts["contents"], 1)
        _table_of_contents(self.doc, self.texts["toc_hint"])

    def _core(self) -> None:
        self.heading(f"{self.texts['core']} · {self.wording.core()}", 1)
        found = False
        for part in self.model.core.segments:
            texts = [e.text.strip() for e in self.contents.core if e.kind == part.key]
            texts = [text for text in texts if text]
            if texts:
                found = True
                self.paragraph("; ".join(texts), bold_prefix=f"{part.label.in_(self.language)}: ")
        if not found:
            self.muted(self.texts["nothing_yet"])

    def _lines(self) -> None:
        model, contents, texts = self.model, self.contents, self.texts
        self.heading(texts["lines"], 1)
        if not contents.lines:
            self.muted(texts["nothing_yet"])
        for number, line in enumerate(contents.lines, start=1):
            self.heading(f"{number}. {self.wording.line_name(line.title, line.segment_keys)}", 2)
            direction = model.directions[line.direction].label.in_(self.language)
            weakest = line.weakest_step
            weakest_name = step_title(
                model, contents.network, Step(weakest.key, weakest.segment_key), self.language
            ).name
            self.muted(
                f"{direction} · {texts['status']}: {texts[line.status.value]} · "
                f"{texts['weakest_step']}: {weakest_name} "
                f"({plausibility_text(weakest.plausibility, self.language)})"
            )
            for step in line.reasoning_line.steps(model):
                self._step(line, step)
            self.heading(texts["assumptions"], 3)
            items = [item.strip(" -•*\t") for item in line.assumptions.splitlines()]
            items = [item for item in items if item]
            if items:
                self.bullets(items)
            else:
                self.muted(texts["no_assumptions"])

    def _step(self, line: Line, step: Step) -> None:
        texts, contents = self.texts, self.contents
        self.heading(step_title(self.model, contents.network, step, self.language).one_line(), 3)
        story = line.story(step.ring_key) if step.ring_key in {s.key for s in line.steps} else ""
        if story.strip():
            self.paragraph(story)
        else:
            self.muted(texts["no_story"])
        try:
            level = line.step(step.ring_key).plausibility
        except KeyError:
            level = None
        self.paragraph(
            plausibility_text(level, self.language), bold_prefix=f"{texts['plausibility']}: "
        )
        moments = {moment.id: moment for moment in contents.moments}
        evidence = []
        for item in contents.evidence_of(line.id, step.ring_key):
            where = [item.source.strip()] if item.source.strip() else []
            if item.date is not None:
                where.append(date_text(item.date, self.language))
            if item.moment_id in moments:
                where.append(moments[item.moment_id].label)
            evidence.append(f"{item.text} — {', '.join(where)}" if where else item.text)
        if evidence:
            self.paragraph("", bold_prefix=f"{texts['evidence']}:")
            self.bullets(evidence)
        indicators = contents.indicators_of(line.id, step.ring_key)
        if indicators:
            self.paragraph("", bold_prefix=f"{texts['indicators']}:")
            self.bullets([indicator.name for indicator in indicators])

    def _indicators(self) -> None:
        texts = self.texts
        self.heading(texts["indicators"], 1)
        if not self.contents.indicators:
            self.muted(texts["no_indicators"])
        for indicator in self.contents.indicators:
            self._indicator(indicator)

    def _indicator(self, indicator: Indicator) -> None:
        contents, texts, language = self.contents, self.texts, self.language
        qualitative = indicator.kind is IndicatorKind.QUALITATIVE
        kind = texts["qualitative" if qualitative else "quantitative"]
        unit = f" ({indicator.unit.strip()})" if indicator.unit.strip() else ""
        self.heading(f"{indicator.name}{unit} · {kind}", 2)
        lines = {line.id: line for line in contents.lines}
        line = lines.get(indicator.line_id)
        if line is not None:
            self.muted(line_name(self.model, contents.network, line, language))
        baseline = baseline_text(contents, indicator, language)
        if baseline:
            self.paragraph(baseline)
        elif indicator.baseline.strip():
            self.paragraph(indicator.baseline, bold_prefix=f"{texts['baseline']}: ")
        if contents.dimensions_of(indicator.id):
            self.paragraph(split_by_text(contents, indicator, language))
        moments = contents.moments
        if not moments:
            self.muted(texts["nothing_yet"])
            return
        self.table(["", *(m.label for m in moments)], self._number_rows(indicator))
        series = group_series(contents, indicator)
        picture = trend_png(
            trend_points(contents, indicator),
            bars=qualitative,
            width=CHART_WIDTH,
            height=CHART_HEIGHT,
            decimal_comma=language == "nl",
            groups=series,
            baseline=indicator.baseline_value,
            baseline_label=texts["baseline"],
        )
        self.doc.add_picture(io.BytesIO(picture), width=Cm(15))
        caption = texts["story_count"] if qualitative else texts["chart_caption"]
        if series or indicator.baseline_value is not None:
            caption += " " + texts["groups_caption"]
        self.styled("Caption").add_run(xml_text(caption))
        told = {
            m.id: [e for e in entries_at(contents, indicator, m) if e.text.strip()] for m in moments
        }
        if any(told.values()):
            self.heading(texts["stories_per_moment"], 3)
            self.table(
                [m.label for m in moments],
                [["\n".join(entry_text(e, language) for e in told[m.id]) or "–" for m in moments]],
            )

    def _number_rows(self, indicator: Indicator) -> list[list[str]]:
        contents, texts, language = self.contents, self.texts, self.language
        moments = contents.moments
        rows: list[list[str]] = []
        if indicator.kind is IndicatorKind.QUALITATIVE:
            row = [texts["values"]]
            for moment in moments:
                entries = entries_at(contents, indicator, moment)
                told = sum(1 for e in entries if e.text.strip())
                row.append(f"{texts['stories']}: {told}" if entries else "–")
            rows.append(row)
        elif contents.dimensions_of(indicator.id):
            for found in group_rows(contents, indicator):
                row = [found.label or whole_label(indicator, language)]
                for moment, value in zip(moments, found.values, strict=True):
                    shown = number_text(value, language) if value is not None else "–"
                    target = contents.target_at(indicator.id, moment.id, found.cell)
                    if found.cell and target is not None and target.value is not None:
                        shown += f" (▸{number_text(target.value, language)})"
                    row.append(shown)
                rows.append(row)
        else:
            row = [texts["values"]]
            for moment in moments:
                entries = entries_at(contents, indicator, moment)
                numbers = [number_text(e.value, language) for e in entries if e.value is not None]
                row.append("; ".join(numbers) or "–")
            rows.append(row)
        if any(contents.target_history(indicator.id, m.id) for m in moments):
            rows.append(
                [texts["target"], *(target_text(contents, indicator, m, language) for m in moments)]
            )
        return rows

    def _moments(self) -> None:
        texts = self.texts
        self.heading(texts["moments"], 1)
        if not self.contents.moments:
            self.muted(texts["nothing_yet"])
        for moment in self.contents.moments:
            self.heading(moment_name(moment, self.language), 2)
            if moment.focus.strip():
                self.paragraph(moment.focus, bold_prefix=f"{texts['focus']}: ")
            self.paragraph(
                moment.learnings.strip() or texts["nothing_yet"],
                bold_prefix=f"{texts['learnings']}: ",
            )

    def _notes(self) -> None:
        contents = self.contents
        self.heading(self.texts["notes"], 1)
        if not contents.notes:
            self.muted(self.texts["nothing_yet"])
            return
        moments = {moment.id: moment for moment in contents.moments}
        for segment in self.model.segments():
            notes = [note for note in contents.notes if note.segment_key == segment.key]
            if not notes:
                continue
            self.heading(self.wording.place(segment.key), 2)
            self.bullets(
                [
                    f"{note.text} ({moments[note.moment_id].label})"
                    if note.moment_id in moments
                    else note.text
                    for note in notes
                ]
            )


def _repeat_as_header(row: object) -> None:
    """Mark a table row as its header: Word and LibreOffice repeat it on every page."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _table_of_contents(doc: DocumentObject, hint: str) -> None:
    """A table of contents field over the Heading 1–3 styles; Word fills it in when fields are
    updated (F9), LibreOffice on opening; until then it shows `hint`."""
    paragraph = doc.add_paragraph()
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), 'TOC \\o "1-3" \\h \\z \\u')
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = hint
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
