"""A phone's form, checked: what arrived, or a specific reason why not. Pure logic.

The body is `application/x-www-form-urlencoded` UTF-8, at most `MAX_BODY` bytes: enough for a
note and an answer of `MAX_NOTE` four-byte characters each, percent-encoded. The real limit is
in characters, after decoding. Everything typed is plain text: nothing here (or anywhere after)
reads markup in it. Texts are normalised (NFC) with bidi controls dropped, so the queue shows
them in the order they were typed; a text with nothing visible left is empty.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qs

from app.core.groups import MAX_DIMENSIONS
from app.core.limits import MAX_NOTE
from app.core.model import Text
from app.room.board import AskedQuestion, RoomBoard
from app.room.measures import (
    MAX_STORY_PART,
    MAX_STORY_SEGMENTS,
    AskedDimension,
    AskedIndicator,
    NotANumberError,
    StoryParts,
    parse_number,
    show_number,
)

MAX_PARTICIPANT_NAME = 60  # a first name or "Team Zuid"; it goes on the post-it
_ENCODED = 12  # bytes of one four-byte UTF-8 character percent-encoded: %F0%9F%98%80
# A note, an answer and a measurement of MAX_NOTE characters, a story, a name; + field names.
MAX_BODY = (3 * MAX_NOTE + 4 * MAX_STORY_PART + MAX_PARTICIPANT_NAME) * _ENCODED + 2048
# Bidi embeddings, overrides, isolates and marks: they reorder what is shown ("\u202eSIHT
# DAER" shows as "READ THIS"); a text from a phone is shown in the order it was typed.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Characters that show nothing though they are not spaces or formatting characters (Cf).
_BLANK_LOOKING = frozenset(
    "\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f"
)
STORY_FIELDS = ("changed", "for_whom", "why", "contribution")
GROUP_FIELDS = tuple(f"g{index}" for index in range(MAX_DIMENSIONS))  # a group per dimension
FIELDS = frozenset(
    {"n", "name", "segment", "text", "q", "answer", "i", "measure", "s"}
    | {*STORY_FIELDS, *GROUP_FIELDS}
)
# Given back to the phone when refused: nothing typed or chosen is lost.
TYPED_FIELDS = ("text", "answer", "measure", "s", *STORY_FIELDS, *GROUP_FIELDS)
MULTIPLE = frozenset({"s"})  # the story's segments: checkboxes, sent once per ticked box
_NONCE = re.compile(r"[A-Za-z0-9_-]{16,64}")


class Problem(StrEnum):
    """Why a form was refused; the phone page words each one for people."""

    MALFORMED = "malformed"  # not a form this page sends (bad encoding, fields, nonce)
    EMPTY = "empty"  # neither a note nor an answer
    NO_SEGMENT = "no_segment"  # a note without a segment
    UNKNOWN_SEGMENT = "unknown_segment"
    UNKNOWN_QUESTION = "unknown_question"
    UNKNOWN_INDICATOR = "unknown_indicator"  # the indicator is no longer asked
    UNKNOWN_GROUP = "unknown_group"  # a group that was not offered for the indicator
    NOT_A_NUMBER = "not_a_number"
    NO_STORIES = "no_stories"  # a story sent while the facilitator does not ask for them
    STORY_SEGMENTS = "story_segments"  # a story needs one to four segments
    TOO_LONG = "too_long"
    PHOTO_TOO_LARGE = "photo_too_large"


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
    indicator: AskedIndicator | None = None  # a measurement: `value` (numbers) or `text`
    value: float | None = None
    story: StoryParts | None = None  # a story of change; `text` is what changed
    photo: bytes | None = None  # a cleaned JPEG (app.room.photos), kept apart from the payload
    groups: tuple[str, ...] = ()  # a measurement's group per dimension as chosen ("": unknown)

    @property
    def is_answer(self) -> bool:
        return self.question is not None

    @property
    def is_measure(self) -> bool:
        return self.indicator is not None

    @property
    def is_story(self) -> bool:
        return self.story is not None

    def post_it_text(self) -> str:
        """What the post-it says: the text, and who wrote it if they gave a name."""
        return f"{self.text}\n— {self.name}" if self.name else self.text

    @property
    def kind(self) -> str:
        if self.indicator is not None:
            return "measure"
        if self.story is not None:
            return "story"
        return "answer" if self.question is not None else "note"

    def payload(self) -> dict[str, Any]:
        """What is kept of it in the store's queue (plain JSON values)."""
        payload: dict[str, Any] = {
            "segment": self.segment_key,
            "text": self.text,
            "name": self.name,
            "client": self.client,
        }
        if self.question is not None:
            question = self.question
            payload["question"] = {
                "id": question.id,
                "segment": question.segment_key,
                "step": [question.step.nl, question.step.en],
                "text": [question.text.nl, question.text.en],
            }
        if self.indicator is not None:
            asked = self.indicator
            payload["indicator"] = {
                "id": asked.id,
                "indicator": asked.indicator_id,
                "moment": asked.moment_id,
                "question": asked.question,
                "number": asked.number,
                "unit": asked.unit,
                "moment_label": asked.moment,
                "dimensions": [
                    {"name": d.name, "groups": [list(group) for group in d.groups]}
                    for d in asked.dimensions
                ],
            }
            payload["value"] = self.value
            payload["groups"] = list(self.groups)
        if self.story is not None:
            story = self.story
            payload["story"] = {
                "parts": list(story.parts()),
                "segments": list(story.segment_keys),
                "moment": story.moment_id,
            }
        return payload

    @classmethod
    def from_payload(cls, item_id: int, payload: Mapping[str, Any]) -> Incoming:
        """An arrival kept by `payload()` back (ValueError when it is not one)."""
        try:
            asked = payload.get("question")
            question = (
                AskedQuestion(
                    int(asked["id"]),
                    str(asked["segment"]),
                    Text(*map(str, asked["step"])),
                    Text(*map(str, asked["text"])),
                )
                if asked
                else None
            )
            measured = payload.get("indicator")
            indicator = (
                AskedIndicator(
                    int(measured["id"]),
                    int(measured["indicator"]),
                    int(measured["moment"]),
                    str(measured["question"]),
                    bool(measured["number"]),
                    str(measured["unit"]),
                    str(measured["moment_label"]),
                    tuple(
                        AskedDimension(
                            str(d["name"]), tuple((int(i), str(n)) for i, n in d["groups"])
                        )
                        for d in measured.get("dimensions", ())
                    ),
                )
                if measured
                else None
            )
            value = payload.get("value")
            told = payload.get("story")
            story = (
                StoryParts(
                    *_four(told["parts"]),
                    tuple(map(str, told["segments"])),
                    None if told.get("moment") is None else int(told["moment"]),
                )
                if told
                else None
            )
            return cls(
                item_id,
                str(payload["segment"]),
                str(payload["text"]),
                str(payload.get("name", "")),
                question,
                str(payload.get("client", "")),
                indicator,
                float(value) if value is not None else None,
                story,
                groups=tuple(map(str, payload.get("groups", ()))),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"not an arrival from the room: {error}") from None


def _four(parts: Any) -> tuple[str, str, str, str]:
    changed, for_whom, why, contribution = map(str, parts)
    return changed, for_whom, why, contribution


@dataclass(frozen=True, slots=True)
class Submission:
    """A checked form: its nonce (one per page shown, so a resend is noticed) and contents."""

    nonce: str
    name: str
    segment_key: str
    text: str
    question: AskedQuestion | None
    answer: str
    indicator: AskedIndicator | None = None
    measure: str = ""  # the number as shown back, or the story told for the indicator
    value: float | None = None
    story: StoryParts | None = None
    photo: bytes | None = None  # cleaned; goes with the story, else with the measurement
    groups: tuple[str, ...] = ()  # the measurement's group per dimension ("": unknown)

    def arrivals(self, ids: Iterator[int], client: str) -> list[Incoming]:
        """What this form brings to the queue, each with the next of `ids`: the note, the
        answer, the measurement, the story of change."""
        result: list[Incoming] = []
        if self.text:
            result.append(Incoming(next(ids), self.segment_key, self.text, self.name, None, client))
        if self.answer and self.question is not None:
            result.append(
                Incoming(
                    next(ids),
                    self.question.segment_key,
                    self.answer,
                    self.name,
                    self.question,
                    client,
                )
            )
        if self.measure and self.indicator is not None:
            result.append(
                Incoming(
                    next(ids),
                    "",
                    self.measure,
                    self.name,
                    None,
                    client,
                    self.indicator,
                    self.value,
                    photo=self.photo if self.story is None else None,  # else the story's
                    groups=self.groups,
                )
            )
        if self.story is not None:
            story = self.story
            result.append(
                Incoming(
                    next(ids),
                    story.segment_keys[0],
                    story.changed,
                    self.name,
                    None,
                    client,
                    story=story,
                    photo=self.photo,
                )
            )
        return result


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
            max_num_fields=len(FIELDS) + MAX_STORY_SEGMENTS * 4,
        )
    except (UnicodeDecodeError, ValueError):
        raise SubmissionError(Problem.MALFORMED) from None
    if not set(pairs) <= FIELDS or any(
        len(values) != 1 for field, values in pairs.items() if field not in MULTIPLE
    ):
        raise SubmissionError(Problem.MALFORMED)
    return {field: ",".join(values) for field, values in pairs.items()}


def clean_text(value: str) -> str:
    """Trimmed and NFC-normalised, with Windows line ends made plain, and control characters
    (bar newline and tab) and bidi controls removed: they are invisible on a post-it, can make
    it read backwards, and have no business in the store."""
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    kept = (
        character
        for character in value
        if character in "\n\t"
        or (unicodedata.category(character) not in ("Cc", "Cs") and character not in BIDI_CONTROLS)
    )
    return "".join(kept).strip()


def is_visible(character: str) -> bool:
    """Whether a character shows anything: not a space, a format character (zero-width space,
    joiner, BOM, soft hyphen), a variation selector, or a filler that draws blank."""
    if character in _BLANK_LOOKING or character.isspace():
        return False
    if "\ufe00" <= character <= "\ufe0f" or "\U000e0000" <= character <= "\U000e01ef":
        return False
    return unicodedata.category(character) not in ("Cf", "Cc", "Zs", "Zl", "Zp")


def has_visible(text: str) -> bool:
    return any(is_visible(character) for character in text)


def shown(text: str) -> str:
    """`text` as kept, or "" when nothing of it would show: such a text counts as empty."""
    return text if has_visible(text) else ""


def check_form(
    form: dict[str, str],
    board: RoomBoard,
    asked: dict[int, AskedQuestion],
    indicators: dict[int, AskedIndicator] | None = None,
) -> Submission:
    """Check a parsed form against what the room offers; `asked` holds every question put,
    `indicators` every indicator asked since the room opened."""
    nonce = form.get("n", "")
    if not _NONCE.fullmatch(nonce):
        raise SubmissionError(Problem.MALFORMED, form)
    name = shown(" ".join(clean_text(form.get("name", "")).split()))
    text = shown(clean_text(form.get("text", "")))
    answer = shown(clean_text(form.get("answer", "")))
    measure = shown(clean_text(form.get("measure", "")))
    parts = tuple(shown(clean_text(form.get(field, ""))) for field in STORY_FIELDS)
    segment_key = form.get("segment", "")
    question: AskedQuestion | None = None
    if answer:
        try:
            question = asked[int(form.get("q", ""))]
        except (ValueError, KeyError):
            raise SubmissionError(Problem.UNKNOWN_QUESTION, form) from None
    indicator: AskedIndicator | None = None
    value: float | None = None
    groups: tuple[str, ...] = ()
    if measure:
        try:
            indicator = (indicators or {})[int(form.get("i", ""))]
        except (ValueError, KeyError):
            raise SubmissionError(Problem.UNKNOWN_INDICATOR, form) from None
        if indicator.number:
            try:
                value = parse_number(measure)
            except NotANumberError:
                raise SubmissionError(Problem.NOT_A_NUMBER, form) from None
            measure = show_number(value)
        groups = chosen_groups(form, indicator)
    story: StoryParts | None = None
    if any(parts):
        if board.stories is None:
            raise SubmissionError(Problem.NO_STORIES, form)
        keys = tuple(dict.fromkeys(key for key in form.get("s", "").split(",") if key))
        if not keys or len(keys) > MAX_STORY_SEGMENTS or not parts[0]:
            raise SubmissionError(Problem.STORY_SEGMENTS if parts[0] else Problem.EMPTY, form)
        if any(board.segment(key) is None for key in keys):
            raise SubmissionError(Problem.UNKNOWN_SEGMENT, form)
        if any(len(part) > MAX_STORY_PART for part in parts):
            raise SubmissionError(Problem.TOO_LONG, form)
        changed, for_whom, why, contribution = parts
        story = StoryParts(changed, for_whom, why, contribution, keys, board.stories.moment_id)
    if not text and not answer and not measure and story is None:
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
        or len(measure) > MAX_NOTE
    ):
        raise SubmissionError(Problem.TOO_LONG, form)
    return Submission(
        nonce,
        name,
        segment_key,
        text,
        question,
        answer,
        indicator,
        measure,
        value,
        story,
        groups=groups,
    )


def chosen_groups(form: dict[str, str], asked: AskedIndicator) -> tuple[str, ...]:
    """The group the phone chose for each dimension of the asked indicator ("" for "I don't
    know"), checked against the groups offered: a name that was not offered, or a group for
    a dimension that was not asked, is refused (the phone's word is never taken for it)."""
    count = len(asked.dimensions)
    if any(form.get(field) for field in GROUP_FIELDS[count:]):
        raise SubmissionError(Problem.UNKNOWN_GROUP, form)
    chosen = tuple(form.get(field, "") for field in GROUP_FIELDS[:count])
    for dimension, name in zip(asked.dimensions, chosen, strict=True):
        if name and dimension.group_id(name) is None:
            raise SubmissionError(Problem.UNKNOWN_GROUP, form)
    return chosen if any(chosen) else ()


async def read_multipart(request: Any) -> tuple[dict[str, str], bytes]:
    """The text fields and the photo's bytes of a multipart form (an aiohttp request), read
    with the same limits as a urlencoded one: known fields, once each (the story's segments
    may repeat), text at most MAX_BODY bytes in all, the photo at most MAX_UPLOAD bytes."""
    from app.room.photos import MAX_UPLOAD, PhotoProblem

    reader = await request.multipart()
    fields: dict[str, list[str]] = {}
    photo = b""
    too_large = False
    text_bytes = 0
    while (part := await reader.next()) is not None:
        name = part.name or ""
        if name == "photo":
            if photo or too_large:
                raise SubmissionError(Problem.MALFORMED)
            chunks: list[bytes] = []
            size = 0
            while chunk := await part.read_chunk(65_536):
                size += len(chunk)
                if size > MAX_UPLOAD + MAX_BODY:  # more than any form: stop reading
                    raise SubmissionError(Problem.TOO_LONG)
                if size > MAX_UPLOAD:
                    too_large, chunks = True, []  # read on (and drop) for the fields after it
                else:
                    chunks.append(chunk)
            photo = b"".join(chunks)
            continue
        if name not in FIELDS or (name in fields and name not in MULTIPLE):
            raise SubmissionError(Problem.MALFORMED)
        raw = b""
        while chunk := await part.read_chunk(8192):
            raw += chunk
            text_bytes += len(chunk)
            if text_bytes > MAX_BODY:
                raise SubmissionError(Problem.TOO_LONG)
        try:
            fields.setdefault(name, []).append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise SubmissionError(Problem.MALFORMED) from None
    form = {key: ",".join(values) for key, values in fields.items()}
    if too_large:  # refused with everything typed given back
        raise PhotoTooLargeError(PhotoProblem.TOO_LARGE.value, form)
    return form, photo


class PhotoTooLargeError(SubmissionError):
    """The photo is over the upload limit; what was typed before it comes back to the phone."""

    def __init__(self, key: str, form: dict[str, str]) -> None:
        ValueError.__init__(self, key)
        self.problem = Problem.PHOTO_TOO_LARGE
        self.form = form
