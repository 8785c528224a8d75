"""Fast capture of post-its: the rules behind the scribe's quick bar, a paste of many lines
and an import from a sheet, without any widget (the UI asks, these decide).

A *choice* is a segment a note can stick to: its key and the words shown for it (the
network's own name, else the model's label). Prefixes match the first letters of those words,
case and accents ignored, so "hou" finds "Houding & gedrag" and "bred m" "Bredere maatschappij".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.core.limits import MAX_NOTE

Choice = tuple[str, str]  # segment key, the words shown for it
BULLETS = ("- ", "* ", "• ", "– ")
PREFIX_MARK = ":"  # "hou: meer ouders komen" puts the note on "Houding & gedrag"
MAX_PREFIX = 24  # longer text before a colon is a note that happens to hold one


def _folded(text: str) -> str:
    """Lower case without accents, for matching what a hurried scribe types."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _words(text: str) -> list[str]:
    """The words of a name, folded, hyphens splitting, signs such as '&' left out."""
    return [word for word in _folded(text).replace("-", " ").split() if word.isalnum()]


def matching_segments(prefix: str, choices: Sequence[Choice]) -> list[str]:
    """The keys whose words start with `prefix`, word by word ("bred maat": the first word
    starts with "bred", the next with "maat"); a segment key or a whole name, typed out,
    matches that one segment alone."""
    by_key = [key for key, _ in choices if key == prefix.strip()]
    if by_key:
        return by_key
    wanted = _words(prefix)
    if not wanted:
        return []
    exact = [key for key, label in choices if _words(label) == wanted]
    if exact:
        return exact  # the whole name typed out: that one, even if it starts another
    found = []
    for key, label in choices:
        words = _words(label)
        by_words = len(words) >= len(wanted) and all(
            word.startswith(part) for word, part in zip(words, wanted, strict=False)
        )
        if by_words:
            found.append(key)
    return found


@dataclass(frozen=True, slots=True)
class QuickEntry:
    """A line of the quick bar read: the segment it names (None: the chosen one), its text,
    and why it cannot be added ("" when it can)."""

    segment_key: str | None
    text: str
    problem: str = ""


def example_prefix(choices: Sequence[Choice], letters: int = 3) -> str:
    """A prefix to show as an example in the language of `choices`: the first `letters` of the
    first segment's name that picks that segment alone ("hou" in Dutch, "att" in English)."""
    for key, shown in choices:
        words = _words(shown)
        if words and len(words[0]) >= letters:
            prefix = words[0][:letters]
            if matching_segments(prefix, choices) == [key]:
                return prefix
    return _words(choices[0][1])[0] if choices and _words(choices[0][1]) else ""


def read_quick_entry(line: str, choices: Sequence[Choice]) -> QuickEntry:
    """Read "text" or "prefix: text". A prefix that names no segment, or more than one, is a
    problem (nothing is added, the scribe's line stays); a colon after a long start is just
    part of the note."""
    text = line.strip()
    head, mark, rest = text.partition(PREFIX_MARK)
    if mark and head.strip() and len(head) <= MAX_PREFIX and rest.strip():
        keys = matching_segments(head, choices)
        if len(keys) == 1:
            return QuickEntry(keys[0], rest.strip())
        if len(keys) > 1:
            return QuickEntry(None, rest.strip(), "ambiguous")
        if len(head.split()) <= 2:
            return QuickEntry(None, rest.strip(), "unknown")
    if not text:
        return QuickEntry(None, "", "empty")
    if len(text) > MAX_NOTE:
        return QuickEntry(None, text, "too long")
    return QuickEntry(None, text)


def pasted_lines(text: str) -> list[str]:
    """One note per non-empty line, list bullets taken off."""
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        for bullet in BULLETS:
            if line.startswith(bullet):
                line = line[len(bullet) :].strip()
                break
        if line:
            lines.append(line)
    return lines


# --- import from a sheet ------------------------------------------------------------------

COLUMNS = ("text", "segment", "colour", "moment")
# Headings a sheet may use for each column (folded), Dutch and English.
HEADINGS: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "tekst", "note", "notitie", "post-it"),
    "segment": ("segment", "segment label", "segment key", "plek", "label", "key"),
    "colour": ("colour", "color", "kleur"),
    "moment": ("moment",),
}


@dataclass(frozen=True, slots=True)
class SheetNote:
    """A sheet row read as a note: where it goes, what it says, its colour, its moment's
    label ("" for none); or, when `problem` is set, why the row cannot be imported."""

    row: int  # the row's number in the sheet, headings being row 1
    segment_key: str
    text: str
    colour: str
    moment: str
    problem: str = ""


def column_order(headings: Sequence[str]) -> dict[str, int] | str:
    """Which column holds what (by index), or the problem: a missing text or segment column."""
    found: dict[str, int] = {}
    for index, heading in enumerate(headings):
        folded = _folded(str(heading or "")).strip()
        for column, names in HEADINGS.items():
            if folded in names and column not in found:
                found[column] = index
    for needed in ("text", "segment"):
        if needed not in found:
            return f"no {needed} column"
    return found


def read_sheet(
    rows: Sequence[Sequence[object]],
    choices: Sequence[Choice],
    moments: Sequence[str],
    default_colour: str,
) -> list[SheetNote] | str:
    """Every data row of a sheet (headings first) as a note or a refusal with its reason:
    an empty text, a text over the limit, a segment that matches none or several, a colour
    that is not #rrggbb, a moment the network does not have. A problem with the sheet as a
    whole (no rows, no text or segment column) comes back as a string."""
    if not rows:
        return "empty sheet"
    order = column_order([str(cell or "") for cell in rows[0]])
    if isinstance(order, str):
        return order
    known_moments = {_folded(label).strip(): label for label in moments}
    result = []
    for number, row in enumerate(rows[1:], start=2):

        def cell(column: str, row: Sequence[object] = row) -> str:
            index = order.get(column)
            if index is None or index >= len(row) or row[index] is None:
                return ""
            return str(row[index]).strip()

        if not any(str(value or "").strip() for value in row):
            continue  # a blank row is no note and no error
        text, place, colour, moment = (cell(column) for column in COLUMNS)
        problem = ""
        keys = [place] if any(key == place for key, _ in choices) else []
        keys = keys or matching_segments(place, choices)
        if not text:
            problem = "empty text"
        elif len(text) > MAX_NOTE:
            problem = "text too long"
        elif not place:
            problem = "no segment"
        elif not keys:
            problem = "unknown segment"
        elif len(keys) > 1:
            problem = "ambiguous segment"
        elif colour and not _is_colour(colour):
            problem = "bad colour"
        elif moment and _folded(moment).strip() not in known_moments:
            problem = "unknown moment"
        result.append(
            SheetNote(
                number,
                keys[0] if len(keys) == 1 else "",
                text,
                (colour or default_colour).upper(),
                known_moments.get(_folded(moment).strip(), ""),
                problem,
            )
        )
    return result


def _is_colour(text: str) -> bool:
    return (
        len(text) == 7 and text[0] == "#" and all(c in "0123456789abcdefABCDEF" for c in text[1:])
    )
