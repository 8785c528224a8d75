"""The scribe's rules: prefixes that pick a segment, pasted lines, sheet rows and refusals."""

from __future__ import annotations

from app.core.capture import (
    matching_segments,
    pasted_lines,
    read_quick_entry,
    read_sheet,
)
from app.core.limits import MAX_NOTE

CHOICES = [
    ("ring2.attitude_behaviour", "Houding & gedrag"),
    ("ring1.appreciation_engagement", "Waardering & betrokkenheid"),
    ("stakeholders.community", "Bredere community"),
    ("stakeholders.society", "Bredere maatschappij"),
    ("core.partners", "Partners & eigenaren"),
    ("ring3.physical_ecological", "Fysiek-ecologische effecten"),
]


def test_first_letters_pick_a_segment_word_by_word() -> None:
    assert matching_segments("hou", CHOICES) == ["ring2.attitude_behaviour"]
    assert matching_segments("HOUD", CHOICES) == ["ring2.attitude_behaviour"]
    assert matching_segments("bred", CHOICES) == ["stakeholders.community", "stakeholders.society"]
    assert matching_segments("bred m", CHOICES) == ["stakeholders.society"]
    assert matching_segments("fysiek eco", CHOICES) == ["ring3.physical_ecological"]
    assert matching_segments("core.partners", CHOICES) == ["core.partners"]
    assert matching_segments("xyz", CHOICES) == []
    assert matching_segments("  ", CHOICES) == []


def test_a_quick_entry_names_its_segment_or_takes_the_chosen_one() -> None:
    assert read_quick_entry("hou: meer ouders komen", CHOICES).segment_key == (
        "ring2.attitude_behaviour"
    )
    assert read_quick_entry("hou: meer ouders komen", CHOICES).text == "meer ouders komen"
    plain = read_quick_entry("  Meer ouders komen  ", CHOICES)
    assert (plain.segment_key, plain.text, plain.problem) == (None, "Meer ouders komen", "")
    assert read_quick_entry("bred: iets", CHOICES).problem == "ambiguous"
    assert read_quick_entry("xyz: iets", CHOICES).problem == "unknown"
    # A colon late in a sentence is part of the note.
    long = read_quick_entry("Wat we leerden van de tweede ronde: meer tijd", CHOICES)
    assert (long.segment_key, long.problem) == (None, "")
    assert read_quick_entry("   ", CHOICES).problem == "empty"
    assert read_quick_entry("x" * (MAX_NOTE + 1), CHOICES).problem == "too long"


def test_pasted_lines_become_one_note_each() -> None:
    text = "- eerste\n\n  • tweede  \n* derde\r\nvierde\n   \n"
    assert pasted_lines(text) == ["eerste", "tweede", "derde", "vierde"]
    assert pasted_lines("") == []


def test_a_sheet_reads_rows_and_says_why_each_bad_one_fails() -> None:
    rows = [
        ["Tekst", "Segment", "Kleur", "Moment"],
        ["Goed", "Houding & gedrag", "#b9f0b0", "Nulmeting"],
        ["Sleutel", "core.partners", None, None],
        ["", "hou", "", ""],
        ["Te lang " + "x" * MAX_NOTE, "hou", "", ""],
        ["Waar?", "nergens", "", ""],
        ["Twee", "bred", "", ""],
        ["Kleur", "hou", "groenig", ""],
        ["Wanneer", "hou", "", "Eindmeting"],
        [None, None, None, None],
        ["Zonder plek", "", "", ""],
    ]
    notes = read_sheet(rows, CHOICES, ["Nulmeting"], "#FFF27A")
    assert not isinstance(notes, str)
    by_row = {note.row: note for note in notes}
    assert by_row[2].segment_key == "ring2.attitude_behaviour" and by_row[2].problem == ""
    assert (by_row[2].colour, by_row[2].moment) == ("#B9F0B0", "Nulmeting")
    assert (by_row[3].segment_key, by_row[3].colour) == ("core.partners", "#FFF27A")
    assert {row: note.problem for row, note in by_row.items() if note.problem} == {
        4: "empty text",
        5: "text too long",
        6: "unknown segment",
        7: "ambiguous segment",
        8: "bad colour",
        9: "unknown moment",
        11: "no segment",
    }
    assert 10 not in by_row  # a blank row is skipped, not refused


def test_a_sheet_without_the_needed_columns_is_refused_whole() -> None:
    assert read_sheet([], CHOICES, [], "#FFF27A") == "empty sheet"
    assert read_sheet([["Kleur", "Segment"]], CHOICES, [], "#FFF27A") == "no text column"
    assert read_sheet([["text"], ["a"]], CHOICES, [], "#FFF27A") == "no segment column"
    english = read_sheet([["Note", "key"], ["a", "core.partners"]], CHOICES, [], "#FFF27A")
    assert not isinstance(english, str) and english[0].segment_key == "core.partners"
