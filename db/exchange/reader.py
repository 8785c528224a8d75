"""The strict reader: a whole exchange document is checked before anything is written.

Every problem is one line naming the field (`network.lines[2].steps[1].segment: …`).
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, cast

from app.core.groups import MAX_DIMENSIONS, MAX_GROUPS, WholeRule
from app.core.limits import MAX_LABEL, MAX_NAME, MAX_NOTE, MAX_STORY, MAX_TEXT
from app.core.model import Direction, IndicatorKind, Model
from app.core.plausibility import Plausibility
from db import validate as check
from db.errors import ImportFormatError, StoreError, quoted
from db.exchange import photos
from db.exchange.document import (
    EARLIEST,
    FORMAT,
    LATEST,
    MAX_BYTES,
    READABLE_VERSIONS,
    VERSION,
    parse_timestamp,
)
from db.files import is_store_file
from db.group_specs import IatiIdentityError, check_iati_identity
from db.records import INDICATOR_PLAN_FIELDS, LineStatus, SourceKind

_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FLAGS = ("valid", "measurable", "relevant")


def read_file(path: Path) -> bytes:
    """The bytes of an exchange file, refusing anything larger than `MAX_BYTES` unread.

    An open store (or its -wal/-shm or a backup) is refused unopened: opening and closing one
    of its files would drop SQLite's locks on it (DESIGN.md 3a).
    """
    if is_store_file(path):
        raise ImportFormatError(
            f"{path} is the store (or one of its files or backups), not an exchange file"
        )
    try:
        if stat.S_ISDIR(os.stat(path).st_mode):
            raise ImportFormatError(f"{path} is a folder, not an exchange file")
        # Non-blocking and checked again once open: a FIFO would wait for a writer for ever,
        # a device such as /dev/zero never ends (issue 27). Only regular files are read.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise ImportFormatError(
                    f"{path} is not a regular file (a device or a named pipe?), "
                    "not an exchange file"
                )
            raw = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ImportFormatError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ImportFormatError(f"{path} is a folder, not an exchange file") from None
    except OSError as error:
        raise ImportFormatError(f"{path} cannot be read: {error.strerror or error}") from error
    return raw


def parse(raw: bytes | str, model: Model) -> dict[str, Any]:
    """Check a whole exchange document; returns it (JSON values) or raises `ImportFormatError`."""
    if isinstance(raw, str):
        try:
            raw = raw.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ImportFormatError(
                f"the text has a broken character (a lone surrogate) at {error.start}"
            ) from None
    if len(raw) > MAX_BYTES:
        raise ImportFormatError(
            f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB; "
            "that is not a Netwerkimpact exchange file"
        )
    if not raw.strip():
        raise ImportFormatError("the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFormatError(f"the file is not UTF-8 text (byte {error.start})") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            f"the file is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise ImportFormatError(
            "the file is not an exchange file: it is nested too deeply"
        ) from None
    except ValueError as error:  # from the hooks
        raise ImportFormatError(str(error)) from None
    _Checker(model).document(data)
    return upgrade(cast(dict[str, Any], data))  # the checker has just made sure it is one


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """A checked document in the current version: each older version gets the fields of the
    next with their empty values (version 2: no judgement, no evidence, no targets, no source;
    version 3: no groups, no baseline value, no IATI identity)."""
    network = data["network"]
    if data["version"] == 1:
        for moment in network["moments"]:
            moment["position"] = 0
        for line in network["lines"]:
            for step in line["steps"]:
                step["plausibility"] = None
                step["evidence"] = []
            for indicator in line["indicators"]:
                indicator["targets"] = []
                for measurement in indicator["measurements"]:
                    measurement["source"] = ""
                    measurement["date"] = None
        data["version"] = 2
    if data["version"] == 2:
        network["iati_identifier"] = network["iati_org_ref"] = ""
        for line in network["lines"]:
            for indicator in line["indicators"]:
                indicator.update(_NO_GROUPS_NOR_BASELINE)
                indicator["dimensions"] = []
                for entry in (*indicator["measurements"], *indicator["targets"]):
                    entry["groups"] = []
        data["version"] = VERSION
    return data


_NO_GROUPS_NOR_BASELINE: dict[str, Any] = {
    "whole_rule": None,
    "baseline_value": None,
    "baseline_date": None,
    "baseline_moment": None,
    "baseline_note": "",
}


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the field {quoted(key)} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number an exchange file may contain")


class _Checker:
    """Walks the parsed document with a path, so every error names its field."""

    def __init__(self, model: Model) -> None:
        self.model = model

    def fail(self, path: str, problem: str) -> ImportFormatError:
        return ImportFormatError(f"{path}: {problem}")

    def obj(self, value: Any, path: str, fields: dict[str, Callable[[Any, str], Any]]) -> None:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected an object, found {_kind(value)}")
        for key in value:
            if key not in fields:
                raise self.fail(path, f"unknown field {quoted(key)}")
        for key, checker in fields.items():
            if key not in value:
                raise self.fail(path, f"the field {quoted(key)} is missing")
            checker(value[key], f"{path}.{key}")

    def items(self, value: Any, path: str) -> Iterator[tuple[Any, str]]:
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list, found {_kind(value)}")
        for index, item in enumerate(value):
            yield item, f"{path}[{index}]"

    def guard(self, path: str, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except StoreError as error:  # InvalidValueError, UnknownKeyError from db.validate
            raise self.fail(path, str(error)) from None

    # leaf checkers (the limits are the store's, app.core.limits, so what imports can be edited)

    def text(self, value: Any, path: str) -> None:
        self.guard(path, lambda: check.text(value, "the value", MAX_TEXT))

    def long_text(self, value: Any, path: str) -> None:
        """A story, the assumptions, a moment's learnings."""
        self.guard(path, lambda: check.text(value, "the value", MAX_STORY))

    def note_text(self, value: Any, path: str) -> None:
        self.guard(path, lambda: check.text(value, "the value", MAX_NOTE))

    def title(self, value: Any, path: str) -> None:
        """A line's title or a stakeholder group's own name: a name that may be empty."""
        self.guard(path, lambda: check.text(value, "the value", MAX_NAME))

    def name(self, value: Any, path: str, limit: int = MAX_NAME) -> None:
        self.guard(path, lambda: check.name(value, "the name", limit))
        if value != value.strip():
            raise self.fail(path, "a name has no spaces around it")

    def label(self, value: Any, path: str) -> None:
        self.name(value, path, MAX_LABEL)

    def timestamp(self, value: Any, path: str) -> None:
        if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
            raise self.fail(
                path, f"expected a UTC time like 2024-03-01T09:30:00Z, not {quoted(value)}"
            )
        try:
            moment = parse_timestamp(value)
        except ValueError:
            raise self.fail(path, f"{quoted(value)} is not a real moment in time") from None
        if not EARLIEST <= moment <= LATEST:
            raise self.fail(
                path, f"{quoted(value)} is outside the years {EARLIEST.year}–{LATEST.year}"
            )

    def optional_date(self, value: Any, path: str) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            raise self.fail(path, f"expected a date like 2024-03-01 or null, not {quoted(value)}")
        try:
            date.fromisoformat(value)
        except ValueError:
            raise self.fail(path, f"{quoted(value)} is not a real date") from None

    def choice(self, allowed: tuple[str, ...]) -> Callable[[Any, str], None]:
        def checker(value: Any, path: str) -> None:
            if value not in allowed:
                raise self.fail(path, f"expected one of {', '.join(allowed)}, not {quoted(value)}")

        return checker

    def optional_choice(self, allowed: tuple[str, ...]) -> Callable[[Any, str], None]:
        def checker(value: Any, path: str) -> None:
            if value is not None:
                self.choice(allowed)(value, path)

        return checker

    # the document

    def document(self, data: Any) -> None:
        if not isinstance(data, dict):
            raise self.fail("(top)", f"expected an object, found {_kind(data)}")
        if data.get("format") != FORMAT:
            raise ImportFormatError(
                "this is not a Netwerkimpact exchange file "
                f"(format is {quoted(data.get('format'))}, expected {FORMAT!r})"
            )
        version = data.get("version")
        if type(version) is int and version > VERSION:
            raise ImportFormatError(
                f"the file has format version {version}; this program reads version {VERSION} "
                "(a newer Netwerkimpact wrote it)"
            )
        if type(version) is not int or version not in READABLE_VERSIONS:  # not true, not 1.0
            raise ImportFormatError(f"version: expected {VERSION}, not {quoted(version)}")
        self.v2 = version >= 2
        self.v3 = version >= 3
        self.dimensions: list[tuple[str, set[str]]] = []  # of the indicator being checked
        self.moment_ids: set[str] = set()
        self.obj(data, "(top)", {"format": _any, "version": _any, "network": self.network})

    def network(self, value: Any, path: str) -> None:
        # moments first: lines and notes refer to them
        if isinstance(value, dict) and "moments" in value:
            self.moments(value["moments"], f"{path}.moments")
        self.obj(
            value,
            path,
            {
                "name": self.name,
                "description": self.text,
                "created_at": self.timestamp,
                "updated_at": self.timestamp,
                **({"iati_identifier": _any, "iati_org_ref": _any} if self.v3 else {}),
                "stakeholders": self.stakeholders,
                "wheel": self.wheel,
                "core": self.core,
                "moments": _any,
                "lines": self.lines,
                "notes": self.notes,
            },
        )
        if self.v3:
            self.iati(value, path)

    def iati(self, network: dict[str, Any], path: str) -> None:
        identifier, org_ref = network["iati_identifier"], network["iati_org_ref"]
        for field, text in (("iati_identifier", identifier), ("iati_org_ref", org_ref)):
            if not isinstance(text, str):
                raise self.fail(f"{path}.{field}", f"expected a text, found {_kind(text)}")
        if identifier or org_ref:
            try:
                check_iati_identity(identifier, org_ref)
            except IatiIdentityError as error:
                field = "iati_org_ref" if error.field == "organisation" else "iati_identifier"
                raise self.fail(f"{path}.{field}", str(error)) from None
            if identifier != identifier.strip() or org_ref != org_ref.strip():
                raise self.fail(f"{path}.iati_identifier", "an identifier has no spaces around it")

    def stakeholders(self, value: Any, path: str) -> None:
        keys = tuple(s.key for s in self.model.stakeholder_ring.segments)
        seen: set[str] = set()
        for item, item_path in self.items(value, path):
            self.obj(
                item,
                item_path,
                {"key": self.choice(keys), "name": self.title, "description": self.text},
            )
            if item["key"] in seen:
                raise self.fail(item_path, f"stakeholder group {quoted(item['key'])} appears twice")
            seen.add(item["key"])

    def wheel(self, value: Any, path: str) -> None:
        impact = tuple(ring.key for ring in self.model.impact_rings)
        stakeholders = tuple(s.key for s in self.model.stakeholder_ring.segments)
        self.obj(
            value,
            path,
            {
                "arrangement": self.arrangement,
                "locked_rings": self.locked_rings,
                "focus_ring": self.optional_choice(impact),
                "focus_stakeholder": self.optional_choice(stakeholders),
            },
        )

    def arrangement(self, value: Any, path: str) -> None:
        fields = {}
        for ring in self.model.rings:
            fields[ring.key] = self._index_checker(ring.segment_count)
        self.obj(value, path, fields)

    def _index_checker(self, count: int) -> Callable[[Any, str], None]:
        def checker(value: Any, path: str) -> None:
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < count:
                raise self.fail(
                    path, f"expected a segment index 0 to {count - 1}, not {quoted(value)}"
                )

        return checker

    def locked_rings(self, value: Any, path: str) -> None:
        seen: set[str] = set()
        for item, item_path in self.items(value, path):
            self.choice(self.model.ring_keys)(item, item_path)
            if item in seen:
                raise self.fail(item_path, f"ring {quoted(item)} appears twice")
            seen.add(item)

    def core(self, value: Any, path: str) -> None:
        kinds = tuple(part.key for part in self.model.core.segments)
        for item, item_path in self.items(value, path):
            self.obj(item, item_path, {"kind": self.choice(kinds), "text": self.text})

    def moments(self, value: Any, path: str) -> None:
        for item, item_path in self.items(value, path):
            self.obj(
                item,
                item_path,
                {
                    "id": self.title,
                    "label": self.label,
                    "date": self.optional_date,
                    "focus": self.text,
                    "learnings": self.long_text,
                    **({"position": self.place} if self.v2 else {}),
                },
            )
            if not item["id"] or item["id"] in self.moment_ids:
                raise self.fail(
                    f"{item_path}.id", f"moment id {quoted(item['id'])} is empty or repeated"
                )
            self.moment_ids.add(item["id"])

    def moment_ref(self, value: Any, path: str) -> None:
        if value is not None and (not isinstance(value, str) or value not in self.moment_ids):
            raise self.fail(path, f"there is no moment with id {quoted(value)}")

    def lines(self, value: Any, path: str) -> None:
        for item, item_path in self.items(value, path):
            self.obj(
                item,
                item_path,
                {
                    "title": self.title,
                    "direction": self.choice(tuple(Direction)),
                    "status": self.choice(tuple(LineStatus)),
                    "assumptions": self.long_text,
                    "created_at": self.timestamp,
                    "updated_at": self.timestamp,
                    "steps": self.steps,
                    "indicators": self.indicators,
                },
            )

    def steps(self, value: Any, path: str) -> None:
        items = list(self.items(value, path))
        keys = self.model.step_keys
        if len(items) != len(keys):
            raise self.fail(path, f"a line has {len(keys)} steps ({', '.join(keys)})")
        for (item, item_path), key in zip(items, keys, strict=True):
            fields: dict[str, Callable[[Any, str], Any]] = {
                "step": _any,
                "segment": _any,
                "story": self.long_text,
            }
            if self.v2:
                fields["plausibility"] = self.optional_choice(tuple(Plausibility))
                fields["evidence"] = self.evidence
            self.obj(item, item_path, fields)
            if item["step"] != key:
                raise self.fail(
                    f"{item_path}.step", f"expected step {quoted(key)}, not {quoted(item['step'])}"
                )
            ring = self.model.ring(key)
            if ring is self.model.core:
                if item["segment"] is not None:
                    raise self.fail(f"{item_path}.segment", "the core step has no segment (null)")
            elif not isinstance(item["segment"], str) or item["segment"] not in {
                s.key for s in ring.segments
            }:
                raise self.fail(
                    f"{item_path}.segment",
                    f"{quoted(item['segment'])} is not a segment of ring {quoted(key)}",
                )

    def indicators(self, value: Any, path: str) -> None:
        fields: dict[str, Callable[[Any, str], Any]] = {
            "step": self.choice(self.model.step_keys),
            "name": self.name,
            "kind": self.choice(tuple(IndicatorKind)),
        }
        for field in INDICATOR_PLAN_FIELDS:
            fields[field] = self.text
        fields["source_kind"] = self.optional_choice(tuple(SourceKind))
        for flag in _FLAGS:
            fields[flag] = _optional_bool(self)
        if self.v3:
            fields["whole_rule"] = self.optional_choice(tuple(WholeRule))
            fields["baseline_value"] = self.number
            fields["baseline_date"] = self.optional_date
            fields["baseline_moment"] = self.moment_ref
            fields["baseline_note"] = self.text
            fields["dimensions"] = self.dimension_list
        fields["measurements"] = self.measurements
        if self.v2:
            fields["targets"] = self.targets
        for item, item_path in self.items(value, path):
            self.dimensions = []
            self.obj(item, item_path, fields)
            if (
                self.v3
                and item["kind"] == IndicatorKind.QUALITATIVE
                and item["baseline_value"] is not None
            ):
                raise self.fail(
                    f"{item_path}.baseline_value",
                    "a qualitative indicator's baseline is a text, not a number",
                )

    def dimension_list(self, value: Any, path: str) -> None:
        items = list(self.items(value, path))
        if len(items) > MAX_DIMENSIONS:
            raise self.fail(path, f"an indicator is split by at most {MAX_DIMENSIONS} dimensions")
        for item, item_path in items:
            self.obj(item, item_path, {"name": self.label, "groups": self.group_names})
            if any(item["name"].casefold() == name.casefold() for name, _ in self.dimensions):
                raise self.fail(
                    f"{item_path}.name", f"the dimension {item['name']!r} appears twice"
                )
            self.dimensions.append((item["name"], set(item["groups"])))

    def group_names(self, value: Any, path: str) -> None:
        items = list(self.items(value, path))
        if not items or len(items) > MAX_GROUPS:
            raise self.fail(path, f"a dimension has 1 to {MAX_GROUPS} groups")
        seen: set[str] = set()
        for item, item_path in items:
            self.label(item, item_path)
            if item.casefold() in seen:
                raise self.fail(item_path, f"the group {item!r} appears twice")
            seen.add(item.casefold())

    def groups_of_entry(self, value: Any, path: str) -> None:
        """One group of every dimension of the indicator, in order, or none (the whole)."""
        items = list(self.items(value, path))
        if items and len(items) != len(self.dimensions):
            raise self.fail(path, "name a group of every dimension of the indicator, or none")
        for (item, item_path), (dimension, groups) in zip(items, self.dimensions, strict=False):
            if item not in groups:
                raise self.fail(
                    item_path, f"{item!r} is not one of the groups of the dimension {dimension!r}"
                )

    def measurements(self, value: Any, path: str) -> None:
        fields: dict[str, Callable[[Any, str], Any]] = {
            "moment": self.required_moment,
            "value": self.number,
            "text": self.text,
            "note": self.text,
        }
        if self.v2:
            fields["source"] = self.within(MAX_NAME)
            fields["date"] = self.optional_date
        if self.v3:
            fields["groups"] = self.groups_of_entry
        for item, item_path in self.items(value, path):
            self.obj(item, item_path, fields)

    def evidence(self, value: Any, path: str) -> None:
        for item, item_path in self.items(value, path):
            if isinstance(item, dict) and "photo" in item:  # optional: checked on its own
                try:
                    photos.decode(item["photo"])
                except photos.PhotoFieldError as error:
                    raise self.fail(f"{item_path}.photo", str(error)) from None
                item = {key: field for key, field in item.items() if key != "photo"}
            self.obj(
                item,
                item_path,
                {
                    "text": self.within(MAX_TEXT),
                    "source": self.within(MAX_NOTE),
                    "date": self.optional_date,
                    "moment": self.moment_ref,
                },
            )
            if not item["text"].strip():
                raise self.fail(f"{item_path}.text", "a piece of evidence needs a text")

    def targets(self, value: Any, path: str) -> None:
        fields: dict[str, Callable[[Any, str], Any]] = {
            "moment": self.required_moment,
            "value": self.number,
            "text": self.within(MAX_NAME),
            "reason": self.within(MAX_TEXT),
            "set_at": self.timestamp,
        }
        if self.v3:
            fields["groups"] = self.groups_of_entry
        for item, item_path in self.items(value, path):
            self.obj(item, item_path, fields)
            if item["value"] is None and not item["text"].strip():
                # as the store refuses it (`set_target`): the window cannot make an empty target
                raise self.fail(item_path, "a target needs a number or a text")

    def within(self, limit: int) -> Callable[[Any, str], None]:
        """Text of at most `limit` characters (the limits of `app.core.limits`)."""

        def checker(value: Any, path: str) -> None:
            self.text(value, path)
            if len(value) > limit:
                raise self.fail(path, f"longer than {limit:,} characters")

        return checker

    def place(self, value: Any, path: str) -> None:
        self.guard(path, lambda: check.position(value, "the place"))

    def required_moment(self, value: Any, path: str) -> None:
        if value is None:
            raise self.fail(path, "a measurement belongs to a moment")
        self.moment_ref(value, path)

    def number(self, value: Any, path: str) -> None:
        self.guard(path, lambda: check.optional_number(value, "the value"))

    def notes(self, value: Any, path: str) -> None:
        for item, item_path in self.items(value, path):
            self.obj(
                item,
                item_path,
                {
                    "segment": lambda v, p: self.guard(p, lambda: check.segment_key(self.model, v)),
                    "moment": self.moment_ref,
                    "text": self.note_text,
                    "colour": lambda v, p: self.guard(p, lambda: check.colour(v)),
                    "created_at": self.timestamp,
                },
            )


def _any(value: Any, path: str) -> None:
    """Checked elsewhere (format and version up front, moments before the lines)."""


def _optional_bool(checker: _Checker) -> Callable[[Any, str], None]:
    def check_bool(value: Any, path: str) -> None:
        if value is not None and not isinstance(value, bool):
            raise checker.fail(path, f"expected true, false or null, not {quoted(value)}")

    return check_bool


def _kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)
