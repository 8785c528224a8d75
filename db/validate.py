"""Checks of values and model keys before they reach the database; each raises a specific error."""

from __future__ import annotations

import math
import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

from app.core.limits import MAX_NAME, MAX_TEXT
from app.core.model import Model
from db.errors import InvalidValueError, UnknownKeyError, quoted

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")

E = TypeVar("E", bound=StrEnum)


def name(value: object, what: str, limit: int = MAX_NAME) -> str:
    """A non-empty single-line name of at most `limit` characters, trimmed."""
    if not isinstance(value, str):
        raise InvalidValueError(f"{what} must be text, not {type(value).__name__}")
    trimmed = value.strip()
    if not trimmed:
        raise InvalidValueError(f"{what} cannot be empty")
    if any(character in trimmed for character in "\r\n\0"):
        raise InvalidValueError(f"{what} must be a single line")
    return _sound(trimmed, what, limit)


def text(value: object, what: str, limit: int = MAX_TEXT) -> str:
    """Free text of at most `limit` characters, kept exactly as typed (no trimming, no HTML)."""
    if not isinstance(value, str):
        raise InvalidValueError(f"{what} must be text, not {type(value).__name__}")
    if "\0" in value:
        raise InvalidValueError(f"{what} contains a NUL character")
    return _sound(value, what, limit)


def _sound(value: str, what: str, limit: int) -> str:
    """`value` if it is within `limit` (app.core.limits) and has no broken characters."""
    if len(value) > limit:
        raise InvalidValueError(
            f"{what} is too long ({len(value):,} characters; the limit is {limit:,})"
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidValueError(f"{what} contains a broken character (a lone surrogate)") from None
    return value


def enum(value: object, kind: type[E], what: str) -> E:
    try:
        if not isinstance(value, str):  # an enum of strings has no other values
            raise ValueError(value)
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise InvalidValueError(f"{what} must be one of {allowed}, not {quoted(value)}") from None


def optional_enum(value: object, kind: type[E], what: str) -> E | None:
    return None if value is None else enum(value, kind, what)


def optional_number(value: object, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValueError(f"{what} must be a number, not {type(value).__name__}")
    try:
        number = float(value)
    except OverflowError:  # a whole number of hundreds of digits
        raise InvalidValueError(f"{what} is too large a number") from None
    if not math.isfinite(number):
        raise InvalidValueError(f"{what} must be a finite number")
    return number


def optional_bool(value: object, what: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidValueError(f"{what} must be true, false or not set")


def optional_date(value: object, what: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    raise InvalidValueError(f"{what} must be a date (not a date and time)")


def colour(value: object) -> str:
    if not isinstance(value, str) or not _COLOUR.fullmatch(value):
        raise InvalidValueError(f"a note colour is written #RRGGBB, not {quoted(value)}")
    return value.upper()


MAX_POSITION = 1_000_000  # places in a hand-made order; far more than a network ever holds


def position(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POSITION:
        raise InvalidValueError(f"{what} must be a whole number from 0 to {MAX_POSITION:,}")
    return value


# --- model keys ----------------------------------------------------------------------------


def core_kind(model: Model, key: object) -> str:
    if not isinstance(key, str) or key not in {part.key for part in model.core.segments}:
        known = ", ".join(part.key for part in model.core.segments)
        raise UnknownKeyError(f"{quoted(key)} is not a part of the core (known: {known})")
    return key


def step_key(model: Model, key: object) -> str:
    if not isinstance(key, str) or key not in model.step_keys:
        raise UnknownKeyError(
            f"{quoted(key)} is not a step of a reasoning line (known: {', '.join(model.step_keys)})"
        )
    return key


def ring_key(model: Model, key: object) -> str:
    if not isinstance(key, str) or key not in model.ring_keys:
        raise UnknownKeyError(f"{quoted(key)} is not a ring (known: {', '.join(model.ring_keys)})")
    return key


def impact_ring_key(model: Model, key: object) -> str:
    keys = tuple(ring.key for ring in model.impact_rings)
    if not isinstance(key, str) or key not in keys:
        raise UnknownKeyError(f"{quoted(key)} is not an impact ring (known: {', '.join(keys)})")
    return key


def stakeholder_key(model: Model, key: object) -> str:
    keys = tuple(segment.key for segment in model.stakeholder_ring.segments)
    if not isinstance(key, str) or key not in keys:
        raise UnknownKeyError(
            f"{quoted(key)} is not a stakeholder group (known: {', '.join(keys)})"
        )
    return key


def segment_key(model: Model, key: object) -> str:
    """Any segment a note can sit on: a core part or a segment of any ring."""
    if not isinstance(key, str) or not model.has_segment(key):
        raise UnknownKeyError(f"{quoted(key)} is not a segment of the model")
    return key


def line_segment_keys(model: Model, keys: object) -> tuple[str, ...]:
    """One segment key per ring, inside out, each a segment of its own ring."""
    if not isinstance(keys, tuple | list) or len(keys) != len(model.rings):
        raise UnknownKeyError(
            f"a reasoning line needs {len(model.rings)} segment keys, one per ring "
            f"({', '.join(model.ring_keys)})"
        )
    for ring, key in zip(model.rings, keys, strict=True):
        if not isinstance(key, str) or key not in {segment.key for segment in ring.segments}:
            raise UnknownKeyError(f"{quoted(key)} is not a segment of ring {ring.key!r}")
    return tuple(keys)


def id_from_text(text: str) -> int | None:
    """The record id a person typed (the command line's NAME-or-ID), or None when `text` is
    not one: only ASCII digits, and few enough for SQLite's integers (a hostile 10,000-digit
    argument is no id, not a traceback)."""
    digits = text.strip()
    if digits.isascii() and digits.isdigit() and len(digits) <= 18:
        return int(digits)
    return None
