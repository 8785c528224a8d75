"""The first look at a store: what the wheel shows of a network, read with the standard library's
`sqlite3` alone, so the window can paint it before SQLAlchemy is imported (issue 11); and the
whole network read the same way (`first_contents`, as `Store.load_network` gives it), which
the window is furnished with and answers on while the store is still to come (issue 21,
`db.arriving`).

The store is opened properly right after (checks, migrations, the ORM); the first look only
has to be right when it is given at all. It is given only for a file that is our store at
this program's schema revision and holds the network; anything else, and any error, gives
None and the window waits for the proper open. Nothing is written or created: only SQLite
opens the file (never Python's `open()`, which would drop SQLite's locks, see `db.locks`),
read-only, in one read transaction. No integrity check: the proper open does that.

Its queries come from the schema without loading it. The first look names no columns: it reads
whole rows (`SELECT *`) of a file it has checked is at this program's head revision, whose
tables are exactly those `db.schema` declares, and `db.convert` reads those rows by the same
names as it reads the ORM's objects (every column is named after its attribute). The table
names are the constants of `db.schema_names`, which `db.schema` names its tables with too.
So a column added, renamed or dropped is one change in `db.schema` (and its migration), and a
table renamed one change in `db.schema_names`; nothing here repeats them. (Generating the
queries from `Base.metadata` at run time would import SQLAlchemy, which the first look exists
to avoid; a generated copy of the names would be a second place to keep in step.)
A column the look reads that a damaged file lacks shows as a row without it, and the look
is None; where no row of that table is read, the proper open finds the damage right after.

The whole read names what ties a table to the one above it (`network_id`, `line_id`, …: the
keys the store's own statements in `db.reading` join on), and the measurements' columns
that `db.convert` reads by position (`MEASUREMENT_COLUMNS`, one tuple for both). Its values
are those SQLAlchemy hands out, by the types the file declares its columns with (timestamps
as aware UTC, dates, booleans). `tests/db/test_glance.py` holds it equal to `load_network`.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, cast

from app.core.model import Model
from db import convert
from db.files import reading_uri
from db.records import NetworkContents, WheelState
from db.revisions import APPLICATION_ID, HEAD_REVISION
from db.schema_names import (
    CORE_ENTRIES,
    DIMENSION_GROUPS,
    INDICATOR_DIMENSIONS,
    INDICATOR_TARGETS,
    INDICATORS,
    LINE_STEPS,
    MEASUREMENTS,
    MOMENTS,
    NETWORKS,
    NOTES,
    REASONING_LINES,
    RING_POSITIONS,
    STAKEHOLDER_GROUPS,
    STEP_EVIDENCE,
)

_T = TypeVar("_T")

WheelNote = tuple[int, str, str, str]
"""A post-it on the wheel: (note id, segment key, text, colour "#RRGGBB")."""


@dataclass(frozen=True, slots=True)
class FirstLook:
    """What the wheel shows of a network as it opens.

    The mappings are plain dicts in the order given below (equal whatever their order, like
    every dict), so a look is compared, not hashed.
    """

    network_id: int
    name: str
    core: Mapping[str, tuple[str, ...]]
    """Core part key (kind) → its entries' texts in the store's order; only parts with entries."""
    stakeholder_names: Mapping[str, str]
    """Every stakeholder segment key of the model, in model order → the network's own name
    for it ('' = none, the model's label)."""
    wheel: WheelState
    notes: tuple[WheelNote, ...]
    """All the network's notes, in id order."""

    @classmethod
    def of(cls, contents: NetworkContents) -> FirstLook:
        """The same look from the store's records (`store.networks.load_network`)."""
        return cls(
            network_id=contents.network.id,
            name=contents.network.name,
            core=_core_texts(contents.core),
            stakeholder_names=_names(contents.network.stakeholders),
            wheel=contents.wheel,
            notes=tuple(_wheel_note(note) for note in contents.notes),
        )


def first_look(path: Path, network_id: int, model: Model) -> FirstLook | None:
    """The first look at network `network_id` in the store at `path`; None when it cannot be
    trusted (no file, not our store, another schema revision, no such network, an error)."""
    return _read(path, lambda connection: _look(connection, network_id, model))


def first_contents(path: Path, network_id: int, model: Model) -> NetworkContents | None:
    """Everything of network `network_id` in the store at `path`, as `Store.load_network`
    gives it, read the first look's way: the window is furnished with it and answers while
    the store's layer is still to load (`db.arriving`). None when it cannot be trusted."""
    return _read(path, lambda connection: _contents(connection, network_id, model))


def _read(path: Path, read: Callable[[sqlite3.Connection], _T | None]) -> _T | None:
    """What `read` makes of the store at `path`, read-only in one read transaction; None when
    the file cannot be read so (or `read` finds it is not ours at this revision)."""
    try:
        uri = _read_only_uri(path)
        if uri is None:
            return None
        connection = sqlite3.connect(
            uri, uri=True, timeout=0, isolation_level=None, detect_types=sqlite3.PARSE_DECLTYPES
        )
        try:
            connection.row_factory = _named_row
            connection.execute("BEGIN")  # one read transaction: one consistent view
            if not _ours(connection):
                return None
            return read(connection)
        finally:
            connection.close()
    # A value of another type than the schema says (SQLite keeps whatever it is given) or a
    # path Python cannot pass to the system (a NUL byte) raise ValueError or TypeError; a
    # column missing from a table (the whole rows read have no such attribute) AttributeError.
    except (sqlite3.Error, OSError, ValueError, TypeError, AttributeError):
        return None


def _read_only_uri(path: Path) -> str | None:
    """How SQLite reads `path` without creating a file; None when it cannot.

    A `-wal` without its `-shm` is a crash's leftover that SQLite would recover by creating
    a `-shm`; a `-journal` may be a hot rollback journal that a read-only (or immutable)
    reader would not roll back. The proper open deals with both.
    """
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        return None
    if Path(f"{path}-journal").exists():
        return None
    if Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists():
        return None
    return reading_uri(path)


TABLES = (NETWORKS, STAKEHOLDER_GROUPS, RING_POSITIONS, CORE_ENTRIES, NOTES)
"""The tables the first look reads, whole rows of one network each."""
OWNER = "network_id"  # the column that ties every table but `networks` to its network


def _rows(table: str, where: str = f"{OWNER} = ?", order_by: str | None = None) -> str:
    """One table's query for the first look: its whole rows, as the schema has them."""
    sql = f"SELECT * FROM {table} WHERE {where}"
    return f"{sql} ORDER BY {order_by}" if order_by else sql


def _ours(connection: sqlite3.Connection) -> bool:
    """The file is our store at this program's schema revision."""
    if connection.execute("PRAGMA application_id").fetchone().application_id != APPLICATION_ID:
        return False
    revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    return [row.version_num for row in revisions] == [HEAD_REVISION]


def _look(connection: sqlite3.Connection, network_id: int, model: Model) -> FirstLook | None:
    network = connection.execute(_rows(NETWORKS, "id = ?"), (network_id,)).fetchone()
    if network is None:
        return None
    groups = connection.execute(_rows(STAKEHOLDER_GROUPS), (network_id,))
    positions = connection.execute(_rows(RING_POSITIONS), (network_id,))
    entries = connection.execute(_rows(CORE_ENTRIES), (network_id,))
    notes = connection.execute(_rows(NOTES, order_by="id"), (network_id,))
    return FirstLook(
        network_id=network.id,
        name=network.name,
        core=_core_texts(sorted(entries, key=lambda entry: convert.core_order(entry, model))),
        stakeholder_names=_names(convert.stakeholders_from(groups, model)),
        wheel=convert.wheel_from(network, positions, model),
        notes=tuple(_wheel_note(note) for note in notes),
    )


def _contents(
    connection: sqlite3.Connection, network_id: int, model: Model
) -> NetworkContents | None:
    rows = {
        name: connection.execute(query, (network_id,)).fetchall()
        for name, query in _CONTENTS.items()
    }
    if not rows["network"]:
        return None
    return convert.network_contents(rows, model)


# The rows of one network, as `db.reading`'s statements select them (the network's id bound
# once per query); the columns named are the keys that tie a table to the one above it.
_LINE_IDS = f"SELECT id FROM {REASONING_LINES} WHERE network_id = ?"
_INDICATOR_IDS = f"SELECT id FROM {INDICATORS} WHERE line_id IN ({_LINE_IDS})"
_MOMENT_IDS = f"SELECT id FROM {MOMENTS} WHERE network_id = ?"
_CONTENTS = {
    "network": _rows(NETWORKS, "id = ?"),
    "groups": _rows(STAKEHOLDER_GROUPS),
    "positions": _rows(RING_POSITIONS),
    "core": _rows(CORE_ENTRIES),
    "lines": _rows(REASONING_LINES),
    "steps": _rows(LINE_STEPS, f"line_id IN ({_LINE_IDS})"),
    "evidence": f"SELECT {STEP_EVIDENCE}.*, {LINE_STEPS}.line_id, {LINE_STEPS}.step_key "
    f"FROM {STEP_EVIDENCE} JOIN {LINE_STEPS} ON {LINE_STEPS}.id = {STEP_EVIDENCE}.step_id "
    f"WHERE {LINE_STEPS}.line_id IN ({_LINE_IDS})",
    "indicators": _rows(INDICATORS, f"line_id IN ({_LINE_IDS})"),
    "dimensions": _rows(INDICATOR_DIMENSIONS, f"indicator_id IN ({_INDICATOR_IDS})"),
    "dimension_groups": f"SELECT {DIMENSION_GROUPS}.* FROM {DIMENSION_GROUPS} "
    f"JOIN {INDICATOR_DIMENSIONS} ON {INDICATOR_DIMENSIONS}.id = {DIMENSION_GROUPS}.dimension_id "
    f"WHERE {INDICATOR_DIMENSIONS}.indicator_id IN ({_INDICATOR_IDS})",
    "moments": _rows(MOMENTS),
    "measurements": f"SELECT {', '.join(convert.MEASUREMENT_COLUMNS)} FROM {MEASUREMENTS} "
    f"WHERE moment_id IN ({_MOMENT_IDS})",
    "targets": _rows(INDICATOR_TARGETS, f"moment_id IN ({_MOMENT_IDS})"),
    "notes": _rows(NOTES),
}


@cache
def _row_type(columns: tuple[str, ...]) -> Callable[[Iterable[Any]], Any]:
    make: Callable[[Iterable[Any]], Any] = cast(Any, namedtuple("row", columns))._make
    return make


def _named_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> Any:
    """A result row whose columns are attributes, as `db.convert` reads ORM objects."""
    return _row_type(tuple(column[0] for column in cursor.description))(values)


# The values SQLAlchemy hands out for the schema's column types, by the type each column is
# declared with in the file (`detect_types`): its timestamps as aware UTC (`UTCDateTime`),
# its dates and its booleans. SQLAlchemy's own connections do not ask for these.
sqlite3.register_converter(
    "DATETIME", lambda text: datetime.fromisoformat(text.decode()).replace(tzinfo=UTC)
)
sqlite3.register_converter("DATE", lambda text: date.fromisoformat(text.decode()))
sqlite3.register_converter("BOOLEAN", lambda text: bool(int(text)))


# Each of these reads the store's records (`FirstLook.of`) as well as the first look's plain
# rows, which name their columns as the records name their fields.


def _core_texts(entries_in_order: Iterable[Any]) -> dict[str, tuple[str, ...]]:
    texts: dict[str, list[str]] = {}
    for entry in entries_in_order:
        texts.setdefault(entry.kind, []).append(entry.text)
    return {kind: tuple(kind_texts) for kind, kind_texts in texts.items()}


def _names(groups: Iterable[Any]) -> dict[str, str]:
    return {group.key: group.name for group in groups}


def _wheel_note(note: Any) -> WheelNote:
    return (note.id, note.segment_key, note.text, note.colour)
