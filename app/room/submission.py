"""A phone's form, checked: what arrived, or a specific reason why not. Pure logic.

The body is `application/x-www-form-urlencoded` UTF-8, at most `MAX_BODY` bytes. Everything
typed is plain text: nothing here (or anywhere after) reads markup in it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qs

from app.core.limits import MAX_NOTE
from app.room.board import AskedQuestion, RoomBoard

MAX_BODY = 4096  # bytes: a note of MAX_NOTE plain characters and the other fields fit
MAX_PARTICIPANT_NAME = 60  # a first name or "Team Zuid"; it goes on the post-it
FIELDS = frozenset({"n", "name", "segment", "text", "q", "answer"})
_NONCE = re.compile(r"[A-Za-z0-9_-]{16,64}")


class Problem(StrEnum):
    """Why a form was refused; the phone page words each one for people."""

    MALFORMED = "malformed"  # not a form this page sends (bad encoding, fields, nonce)
    EMPTY = "empty"  # neither a note nor an answer
    NO_SEGMENT = "no_segment"  # a note without a segment
    UNKNOWN_SEGMENT = "unknown_segment"
    UNKNOWN_QUESTION = "unknown_question"
    TOO_LONG = "too_long"


class SubmissionError(ValueError):
    def __init__(self, problem: Problem, form: dict[str, str] | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.form = form or {}  # what was typed, to put back on the page: nothing is lost


@dataclass(frozen=True, slots=True)
class Incoming:
    """One post-it from a phone, waiting for the facilitator: a note, or an answer to a question."""

    id: int
    segment_key: str
    text: str
    name: str = ""
    question: AskedQuestion | None = None
    client: str = ""

    @property
    def is_answer(self) -> bool:
        return self.question is not None

    def post_it_text(self) -> str:
        """What the post-it says: the text, and who wrote it if they gave a name."""
        return f"{self.text}\n— {self.name}" if self.name else self.text


@dataclass(frozen=True, slots=True)
class Submission:
    """A checked form: its nonce (one per page shown, so a resend is noticed) and contents."""

    nonce: str
    name: str
    segment_key: str
    text: str
    question: AskedQuestion | None
    answer: str

    def items(self) -> tuple[tuple[str, str, AskedQuestion | None], ...]:
        """(segment, text, question) of each post-it this form makes: the note, the answer."""
        result: list[tuple[str, str, AskedQuestion | None]] = []
        if self.text:
            result.append((self.segment_key, self.text, None))
        if self.answer and self.question is not None:
            result.append((self.question.segment_key, self.answer, self.question))
        return tuple(result)


_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def parse_form(body: bytes) -> dict[str, str]:
    """The fields of a urlencoded UTF-8 body; MALFORMED on anything a browser would not send."""
    if len(body) > MAX_BODY:
        raise SubmissionError(Problem.TOO_LONG)
    try:
        text = body.decode("ascii")  # a urlencoded body is ASCII; UTF-8 hides in %XX
        if _BAD_ESCAPE.search(text):  # parse_qs would keep "%ZZ" as it is (issue 27)
            raise SubmissionError(Problem.MALFORMED)
        pairs = parse_qs(
            text,
            keep_blank_values=True,
            strict_parsing=bool(text),
            encoding="utf-8",
            errors="strict",
            max_num_fields=len(FIELDS),
        )
    except (UnicodeDecodeError, ValueError):
        raise SubmissionError(Problem.MALFORMED) from None
    if not set(pairs) <= FIELDS or any(len(values) != 1 for values in pairs.values()):
        raise SubmissionError(Problem.MALFORMED)
    return {field: values[0] for field, values in pairs.items()}


def clean_text(value: str) -> str:
    """Trimmed, with Windows line ends made plain and control characters (bar newline and
    tab) removed: they are invisible on a post-it and have no business in the store."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    kept = (
        character
        for character in value
        if character in "\n\t" or unicodedata.category(character) not in ("Cc", "Cs")
    )
    return "".join(kept).strip()


def check_form(
    form: dict[str, str], board: RoomBoard, asked: dict[int, AskedQuestion]
) -> Submission:
    """Check a parsed form against what the room offers; `asked` holds every question put."""
    nonce = form.get("n", "")
    if not _NONCE.fullmatch(nonce):
        raise SubmissionError(Problem.MALFORMED, form)
    name = " ".join(clean_text(form.get("name", "")).split())
    text = clean_text(form.get("text", ""))
    answer = clean_text(form.get("answer", ""))
    segment_key = form.get("segment", "")
    question: AskedQuestion | None = None
    if answer:
        try:
            question = asked[int(form.get("q", ""))]
        except (ValueError, KeyError):
            raise SubmissionError(Problem.UNKNOWN_QUESTION, form) from None
    if not text and not answer:
        raise SubmissionError(Problem.EMPTY, form)
    if text and not segment_key:
        raise SubmissionError(Problem.NO_SEGMENT, form)
    if segment_key and board.segment(segment_key) is None:
        raise SubmissionError(Problem.UNKNOWN_SEGMENT, form)
    signature = len(name) + 3 if name else 0  # "\n— " + name on the post-it
    if (
        len(name) > MAX_PARTICIPANT_NAME
        or len(text) + signature > MAX_NOTE
        or len(answer) + signature > MAX_NOTE
    ):
        raise SubmissionError(Problem.TOO_LONG, form)
    return Submission(nonce, name, segment_key, text, question, answer)
