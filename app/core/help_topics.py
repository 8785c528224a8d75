"""The help's pages that come from the model itself: Bijlage 1 (what every part of the wheel
means) and Bijlage 2 (the six steps to meaningful indicators), and a search over pages.

A page's body is plain text with three line marks of our own: "# " starts a heading, "• " an
item of a list, "1. " a step. `page_html` turns that into the help window's formatted page
(headings, lists, links to related pages); every text is escaped there, so nothing the model
file or a network holds is ever read as markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.model import Direction, Language, Model, Ring


@dataclass(frozen=True, slots=True)
class HelpPage:
    """One page of the help: a stable key, its title and its body (plain text)."""

    key: str
    title: str
    body: str


def definition_pages(model: Model, language: Language) -> tuple[HelpPage, ...]:
    """Bijlage 1 as pages: the core and each ring, with every segment's definition and the
    guiding questions for both directions."""
    return tuple(_ring_page(model, ring, language) for ring in (model.core, *model.rings))


def _ring_page(model: Model, ring: Ring, language: Language) -> HelpPage:
    label, short = ring.label.in_(language), ring.short_label.in_(language)
    parts = [short] if short != label else []
    parts.append(ring.definition.in_(language))
    for segment in ring.segments:
        parts.append("")
        parts.append(f"# {segment.label.in_(language)}")
        parts.append(segment.definition.in_(language))
        for direction in Direction:
            questions = segment.questions(direction).in_(language)
            parts.append("")
            parts.append(f"{model.directions[direction].label.in_(language)}:")
            parts.extend(f"• {question}" for question in questions)
        examples = [example.name.in_(language) for example in segment.example_indicators]
        if examples:
            parts.append("")
            parts.append(
                ("Example indicators" if language == "en" else "Voorbeeldindicatoren") + ":"
            )
            parts.extend(f"• {name}" for name in examples)
    return HelpPage(f"definitions.{ring.key}", label, "\n".join(parts))


def indicator_plan_page(model: Model, language: Language, title: str) -> HelpPage:
    """Bijlage 2: the six steps in order, each with its question and its advice."""
    parts: list[str] = []
    if model.indicator_plan_note is not None:
        parts += [model.indicator_plan_note.in_(language), ""]
    for number, step in enumerate(model.indicator_plan, start=1):
        parts.append(f"# {number}. {step.label.in_(language)}")
        parts.append(step.question.in_(language))
        parts.append(step.help.in_(language))
        parts.append("")
    return HelpPage("indicator_plan", title, "\n".join(parts).strip())


def direction_text(model: Model, direction: Direction, language: Language) -> str:
    """How the model describes a direction (when to use it, the order of its questions)."""
    return model.directions[direction].description.in_(language)


def matching(pages: tuple[HelpPage, ...], query: str) -> tuple[HelpPage, ...]:
    """The pages holding every word of `query` (in any case, in title or body); all for ''."""
    words = query.casefold().split()
    return tuple(
        page
        for page in pages
        if all(word in f"{page.title}\n{page.body}".casefold() for word in words)
    )


_STEP = re.compile(r"^(\d+)\. (.*)$")


def page_html(page: HelpPage, related: Sequence[HelpPage], see_also: str) -> str:
    """The page as rich text: its title, headings, bulleted and numbered lists, paragraphs,
    and links ("help:KEY") to the `related` pages under `see_also`. All text is escaped."""
    out = [f"<h2>{html.escape(page.title)}</h2>"]
    open_list = ""

    def close() -> None:
        nonlocal open_list
        if open_list:
            out.append(f"</{open_list}>")
            open_list = ""

    def item(kind: str, text: str) -> None:
        nonlocal open_list
        if open_list != kind:
            close()
            out.append(f"<{kind}>")
            open_list = kind
        out.append(f"<li>{html.escape(text)}</li>")

    for raw in page.body.splitlines():
        line = raw.strip()
        step = _STEP.match(line)
        if not line:
            close()
        elif line.startswith("# "):
            close()
            out.append(f"<h3>{html.escape(line[2:])}</h3>")
        elif line.startswith("• "):
            item("ul", line[2:])
        elif step:
            item("ol", step.group(2))
        else:
            close()
            out.append(f"<p>{html.escape(line)}</p>")
    close()
    if related:
        links = " · ".join(
            f'<a href="help:{html.escape(other.key)}">{html.escape(other.title)}</a>'
            for other in related
        )
        out.append(f"<p><b>{html.escape(see_also)}</b> {links}</p>")
    return "\n".join(out)


def related_pages(pages: Sequence[HelpPage], key: str) -> tuple[HelpPage, ...]:
    """The topics a page links to: how a session goes links to everything, every other page to
    how a session goes, the indicator plan and the keys."""
    if key == "session":
        return tuple(page for page in pages if page.key != key)
    wanted = ("session", "indicator_plan", "keys")
    return tuple(page for page in pages if page.key in wanted and page.key != key)
