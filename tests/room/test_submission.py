"""A phone's form, checked: what becomes a post-it and what is refused, and why."""

from __future__ import annotations

import itertools

import pytest

from app.core.limits import MAX_NOTE
from app.room.measures import AskedDimension, AskedIndicator
from app.room.submission import (
    MAX_BODY,
    MAX_PARTICIPANT_NAME,
    Incoming,
    Problem,
    SubmissionError,
    check_form,
    clean_text,
    parse_form,
)
from tests.room.phones import board, line_keys, question

NONCE = "abcdefghijklmnop1234"


def form(**fields: str) -> dict[str, str]:
    return {"n": NONCE, **fields}


def items(submission) -> list[tuple]:
    """(segment, text, question) of each arrival the form makes."""
    arrivals = submission.arrivals(itertools.count(1), "127.0.0.1")
    return [(item.segment_key, item.text, item.question) for item in arrivals]


def asked() -> dict:
    return {1: question(1)}


def test_a_note_on_a_segment_of_the_line() -> None:
    key = line_keys()[2]
    submission = check_form(form(segment=key, text=" Meer samenwerking \r\n"), board(), asked())
    assert items(submission) == [(key, "Meer samenwerking", None)]


def test_a_note_and_an_answer_make_two_post_its_the_answer_on_the_questions_segment() -> None:
    key = line_keys()[0]
    submission = check_form(
        form(segment=key, text="noot", q="1", answer="antwoord", name="  Ans   de Vries "),
        board(),
        asked(),
    )
    assert submission.name == "Ans de Vries"
    assert items(submission) == [
        (key, "noot", None),
        (question().segment_key, "antwoord", question()),
    ]


def test_an_answer_alone_needs_no_segment() -> None:
    submission = check_form(form(q="1", answer="alleen een antwoord"), board(), asked())
    assert [item[1] for item in items(submission)] == ["alleen een antwoord"]


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({}, Problem.EMPTY),
        ({"text": "   \n "}, Problem.EMPTY),
        ({"text": "zonder segment"}, Problem.NO_SEGMENT),
        ({"text": "x", "segment": "ring9.nothing"}, Problem.UNKNOWN_SEGMENT),
        ({"text": "x", "segment": "<script>"}, Problem.UNKNOWN_SEGMENT),
        ({"answer": "x", "q": "7"}, Problem.UNKNOWN_QUESTION),
        ({"answer": "x", "q": "een"}, Problem.UNKNOWN_QUESTION),
        ({"answer": "x"}, Problem.UNKNOWN_QUESTION),
        ({"text": "x" * (MAX_NOTE + 1), "segment": "ring1.meeting_reach"}, Problem.TOO_LONG),
        ({"answer": "x" * (MAX_NOTE + 1), "q": "1"}, Problem.TOO_LONG),
        (
            {
                "text": "x",
                "segment": "ring1.meeting_reach",
                "name": "n" * (MAX_PARTICIPANT_NAME + 1),
            },
            Problem.TOO_LONG,
        ),
    ],
)
def test_refused_forms_say_why_and_keep_what_was_typed(fields, problem) -> None:
    typed = form(**fields)
    with pytest.raises(SubmissionError) as refused:
        check_form(typed, board(), asked())
    assert refused.value.problem is problem
    assert refused.value.form == typed


def test_a_note_with_a_name_still_fits_on_a_post_it() -> None:
    key = line_keys()[0]
    name = "Ans"
    fits = check_form(form(segment=key, text="x" * (MAX_NOTE - 6), name=name), board(), asked())
    item = Incoming(1, key, fits.text, fits.name)
    assert len(item.post_it_text()) == MAX_NOTE
    assert item.post_it_text().endswith("\n— Ans")
    with pytest.raises(SubmissionError):
        check_form(form(segment=key, text="x" * (MAX_NOTE - 5), name=name), board(), asked())


@pytest.mark.parametrize("nonce", ["", "short", "x" * 65, "bad nonce with spaces!"])
def test_a_form_without_the_pages_nonce_is_malformed(nonce) -> None:
    with pytest.raises(SubmissionError) as refused:
        check_form({"n": nonce, "text": "x", "segment": line_keys()[0]}, board(), asked())
    assert refused.value.problem is Problem.MALFORMED


def test_control_characters_are_dropped_newlines_kept() -> None:
    assert clean_text("a\x00b\x1b[31mc\td\r\ne\u200b") == "ab[31mc\td\ne\u200b"


def test_parse_form_reads_utf8_fields() -> None:
    body = b"n=abc&text=caf%C3%A9+%E2%80%94+%3Cb%3E&segment=ring1.meeting_reach"
    assert parse_form(body) == {"n": "abc", "text": "café — <b>", "segment": "ring1.meeting_reach"}
    assert parse_form(b"") == {}


@pytest.mark.parametrize(
    "body",
    [
        b"text=%FF%FE",  # not UTF-8
        "text=café".encode(),  # raw bytes outside ASCII: no browser sends that
        b"text=a&text=b",  # a field twice
        b"password=x",  # a field the page does not have
        b"text",  # no '='
        b"&".join([b"text=a"] * 7),  # too many fields
        b"\x00\x01\x02",
    ],
)
def test_parse_form_refuses_what_no_browser_sends(body: bytes) -> None:
    with pytest.raises(SubmissionError) as refused:
        parse_form(body)
    assert refused.value.problem is Problem.MALFORMED


def test_parse_form_refuses_a_body_over_the_limit() -> None:
    with pytest.raises(SubmissionError) as refused:
        parse_form(b"text=" + b"a" * MAX_BODY)
    assert refused.value.problem is Problem.TOO_LONG


def test_a_measurement_names_only_the_groups_it_was_offered() -> None:
    asked = AskedIndicator(
        1,
        10,
        20,
        "Contacten",
        True,
        "",
        "B",
        (
            AskedDimension("School", ((1, "Noord"), (2, "Zuid"))),
            AskedDimension("Leeftijd", ((3, "<18"), (4, "18+"))),
        ),
    )
    indicators = {1: asked}

    def check(**fields: str):
        return check_form(form(measure="4", i="1", **fields), board(), {}, indicators)

    assert check(g0="Zuid", g1="18+").groups == ("Zuid", "18+")
    assert asked.cell(("Zuid", "18+")) == (2, 4)
    assert check(g0="Noord").groups == ("Noord", "")
    assert asked.cell(("Noord", "")) == ()  # one dimension unknown: an entry of the whole
    assert check().groups == ()
    for wrong in ({"g0": "West"}, {"g1": "Noord"}, {"g0": "noord"}):
        with pytest.raises(SubmissionError) as refused:
            check(**wrong)
        assert refused.value.problem is Problem.UNKNOWN_GROUP
        assert refused.value.form["measure"] == "4"  # what was typed goes back to the phone
