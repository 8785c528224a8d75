"""Checks of values and model keys before they reach the database; each raises a specific error."""

from __future__ import annotations

import math
import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

from app.core.model import Model
from db.errors import InvalidValueError, UnknownKeyError

MAX_NAME = 200
MAX_TEXT = 1_000_000  # a story of a million characters is a mistake, not a story
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")

E = TypeVar("E", bound=StrEnum)


def name(value: object, what: str) -> str:
    """A non-empty single-line name, trimmed."""
    if not isinstance(value, str):
        raise InvalidValueError(f"{what} must be text, not {type(value).__name__}")
    trimmed = value.strip()
    if not trimmed:
        raise InvalidValueError(f"{what} cannot be empty")
    if len(trimmed) > MAX_NAME:
        raise InvalidValueError(f"{what} is longer than {MAX_NAME} characters")
    if any(character in trimmed for character in "\r\n\0"):
        raise InvalidValueError(f"{what} must be a single line")
    return trimmed


def text(value: object, what: str) -> str:
    """Free text, kept exactly as typed (no trimming, no HTML interpretation)."""
    if not isinstance(value, str):
        raise InvalidValueError(f"{what} must be text, not {type(value).__name__}")
    if len(value) > MAX_TEXT:
        raise InvalidValueError(f"{what} is longer than {MAX_TEXT:,} characters")
    if "\0" in value:
        raise InvalidValueError(f"{what} contains a NUL character")
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
        raise InvalidValueError(f"{what} must be one of {allowed}, not {value!r}") from None


def optional_enum(value: object, kind: type[E], what: str) -> E | None:
    return None if value is None else enum(value, kind, what)


def optional_number(value: object, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValueError(f"{what} must be a number, not {type(value).__name__}")
    if not math.isfinite(value):
        raise InvalidValueError(f"{what} must be a finite number")
    return float(value)


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
        raise InvalidValueError(f"a note colour is written #RRGGBB, not {value!r}")
    return value.upper()


def position(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(f"{what} must be a whole number ≥ 0")
    return value


# --- model keys ----------------------------------------------------------------------------


def core_kind(model: Model, key: object) -> str:
    if not isinstance(key, str) or key not in {part.key for part in model.core.segments}:
        known = ", ".join(part.key for part in model.core.segments)
        raise UnknownKeyError(f"{key!r} is not a part of the core (known: {known})")
    return key


def step_key(model: Model, key: object) -> str:
    if not isinstance(key, str) or key not in model.step_keys:
        raise UnknownKeyError(
            f"{key!r} is not a step of a reasoning line (known: {', '.join(model.step_keys)})"
        )
    return key


def ring_key(model: Model, key: object) -> str:
    if not isinstance(key, str) or key not in model.ring_keys:
        raise UnknownKeyError(f"{key!r} is not a ring (known: {', '.join(model.ring_keys)})")
    return key


def impact_ring_key(model: Model, key: object) -> str:
    keys = tuple(ring.key for ring in model.impact_rings)
    if not isinstance(key, str) or key not in keys:
        raise UnknownKeyError(f"{key!r} is not an impact ring (known: {', '.join(keys)})")
    return key


def stakeholder_key(model: Model, key: object) -> str:
    keys = tuple(segment.key for segment in model.stakeholder_ring.segments)
    if not isinstance(key, str) or key not in keys:
        raise UnknownKeyError(f"{key!r} is not a stakeholder group (known: {', '.join(keys)})")
    return key


def segment_key(model: Model, key: object) -> str:
    """Any segment a note can sit on: a core part or a segment of any ring."""
    if not isinstance(key, str) or not model.has_segment(key):
        raise UnknownKeyError(f"{key!r} is not a segment of the model")
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
            raise UnknownKeyError(f"{key!r} is not a segment of ring {ring.key!r}")
    return tuple(keys)
