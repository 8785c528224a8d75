"""The phone page's sections for measuring with the room: the indicator asked (a number with
its unit, or a story) and a story of change with the segments it belongs to. HTML text; every
word typed or named by people goes through `html.escape`."""

from __future__ import annotations

from html import escape

from app.core.limits import MAX_NOTE
from app.core.model import Language
from app.room.board import RoomBoard, SegmentChoice
from app.room.measures import MAX_STORY_PART, AskedIndicator
from app.room.phone_texts import words
from app.room.submission import GROUP_FIELDS

STORY_PARTS = (
    ("changed", "story_changed"),
    ("for_whom", "story_for_whom"),
    ("why", "story_why"),
    ("contribution", "story_contribution"),
)


def measure_section(board: RoomBoard, language: Language, form: dict[str, str]) -> str:
    """The indicator the facilitator asks, with a number field (and its unit) or a story."""
    asked = board.indicator
    if asked is None:
        return ""
    typed = escape(form.get("measure", ""))
    # One photo per form: with the story when stories are asked too, else with the answer.
    photo = photo_field(language) if board.stories is None else ""
    moment = (
        f"<p>{escape(words('measure_moment', language))}: {escape(asked.moment)}</p>"
        if asked.moment
        else ""
    )
    if asked.number:
        unit = f'<span class="unit">{escape(asked.unit)}</span>' if asked.unit else ""
        field = (
            f'<label for="measure">{escape(words("measure_number", language))}</label>'
            f'<input type="text" inputmode="decimal" id="measure" name="measure" '
            f'maxlength="40" autocomplete="off" value="{typed}">{unit}'
        )
    else:
        field = (
            f'<label for="measure">{escape(words("measure_story", language))}</label>'
            f'<textarea id="measure" name="measure" maxlength="{MAX_NOTE}" rows="4">'
            f"{typed}</textarea>"
        )
    return (
        f'<div class="ask measure"><p><strong>{escape(words("measure_title", language))}'
        f"</strong></p><p>{escape(asked.question)}</p>{moment}"
        f'<input type="hidden" name="i" value="{asked.id}">{field}'
        f"{group_question(asked, language, form)}{photo}</div>\n"
    )


def group_question(asked: AskedIndicator, language: Language, form: dict[str, str]) -> str:
    """Per dimension of an indicator split by group, a list of its groups to choose from,
    "I don't know / the whole" first (and chosen unless the phone chose a group)."""
    parts = []
    for index, dimension in enumerate(asked.dimensions):
        field = GROUP_FIELDS[index]
        chosen = form.get(field, "")
        options = [f'<option value="">{escape(words("group_whole", language))}</option>']
        for _group_id, name in dimension.groups:
            selected = " selected" if name == chosen else ""
            options.append(f'<option value="{escape(name)}"{selected}>{escape(name)}</option>')
        parts.append(
            f'<label for="{field}">{escape(dimension.name)}</label>'
            f'<select id="{field}" name="{field}">{"".join(options)}</select>'
        )
    if not parts:
        return ""
    return (
        f'<fieldset class="groups"><legend>{escape(words("group_for", language))}</legend>'
        f"{''.join(parts)}</fieldset>"
    )


def _box(choice: SegmentChoice, language: Language, chosen: set[str]) -> str:
    checked = " checked" if choice.key in chosen else ""
    return (
        f'<label class="chip story-chip"><input type="checkbox" name="s" '
        f'value="{escape(choice.key)}"{checked}><span><small>{escape(choice.ring.in_(language))}'
        f"</small>{escape(choice.label.in_(language))}</span></label>"
    )


def story_section(board: RoomBoard, language: Language, form: dict[str, str]) -> str:
    """A story of change: four questions and the segments the teller says it belongs to."""
    if board.stories is None:
        return ""
    chosen = set(form.get("s", "").split(","))
    fields = "".join(
        f'<label for="{field}">{escape(words(key, language))}</label>'
        f'<textarea id="{field}" name="{field}" maxlength="{MAX_STORY_PART}" rows="2">'
        f"{escape(form.get(field, ''))}</textarea>"
        for field, key in STORY_PARTS
    )
    boxes = "".join(_box(choice, language, chosen) for choice in board.segments)
    moment = f"<p>{escape(board.stories.moment)}</p>" if board.stories.moment else ""
    return (
        f'<div class="ask story"><p><strong>{escape(words("story_title", language))}</strong>'
        f"</p>{moment}{fields}<fieldset><legend>{escape(words('story_segments', language))}"
        f'</legend><div class="chips">{boxes}</div></fieldset>'
        f"{photo_field(language)}</div>\n"
    )


def photo_field(language: Language) -> str:
    return (
        f'<label for="photo">{escape(words("story_photo", language))}</label>'
        f'<input type="file" id="photo" name="photo" accept="image/jpeg,image/png,image/heic,'
        f'image/heif,image/*">'
    )
