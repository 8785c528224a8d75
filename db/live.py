"""Live changes on a team store: every committed write tells the other windows what it touched.

On PostgreSQL each write transaction ends with `pg_notify('netimpact', json)` inside the same
transaction, so the notice is delivered when (and only if) the transaction commits. It carries
the network, the parts (`app.core.changes.Part` names), the ids of the records written, how it
came about (`Origin`) and the sender: one id per open `Store`, so a window skips its own.

Other windows read the notices on a connection of their own that LISTENs (`Listener`, in
autocommit, read on the connection it listens on). It has no Qt: the window watches its
`fileno()` with a `QSocketNotifier` and calls `read()` when the socket has something
(`app.ui.store.live_watch`). A store file has no notices: `Live.for_engine` gives the file
engine a `Live` that sends nothing and has no listener, so nothing else asks which engine it is.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.core.changes import Origin, Part
from db.errors import ListenerLostError
from db.schema import (
    CoreEntryRow,
    DimensionRow,
    EvidenceRow,
    GroupRow,
    IndicatorRow,
    LineRow,
    LineStepRow,
    MeasurementRow,
    MomentRow,
    NetworkRow,
    NoteRow,
    RingPositionRow,
    StakeholderGroupRow,
    TakenAlongRow,
    TargetRow,
)

CHANNEL = "netimpact"
# PostgreSQL refuses a payload of 8000 bytes or more; past this the ids are left out (the
# windows then read the parts again instead of patching the records).
MAX_PAYLOAD = 7800

# Which part a row of each table belongs to (a step's story alone is STORIES, see `_parts_of`).
_PART_OF_ROW: dict[type[Any], Part] = {
    NetworkRow: Part.NETWORK,
    StakeholderGroupRow: Part.NETWORK,
    RingPositionRow: Part.WHEEL,
    CoreEntryRow: Part.CORE,
    LineRow: Part.LINES,
    LineStepRow: Part.LINES,
    EvidenceRow: Part.LINES,
    IndicatorRow: Part.INDICATORS,
    DimensionRow: Part.INDICATORS,
    GroupRow: Part.INDICATORS,
    TargetRow: Part.INDICATORS,
    MomentRow: Part.MOMENTS,
    MeasurementRow: Part.MEASUREMENTS,
    NoteRow: Part.NOTES,
    TakenAlongRow: Part.NETWORK,  # taken along or back: every window's warning says so
}
_WHEEL_COLUMNS = {"focus_ring_key", "focus_stakeholder_key"}
_STAMP_COLUMNS = {"updated_at"}

NOTHING = Part(0)
_WRITTEN = "netimpact.written"  # the key of a session's `Written` in `session.info`


@dataclass(frozen=True, slots=True)
class Notice:
    """One committed change as it travels between windows."""

    network_id: int
    parts: Part
    ids: Mapping[Part, frozenset[int]] = field(default_factory=dict)
    origin: Origin = Origin.EDIT
    sender: str = ""

    def encode(self) -> str:
        payload: dict[str, Any] = {
            "network": self.network_id,
            "parts": part_names(self.parts),
            "ids": {part.name: sorted(ids) for part, ids in self.ids.items() if ids},
            "origin": self.origin.value,
            "sender": self.sender,
        }
        encoded = json.dumps(payload, separators=(",", ":"))
        if len(encoded.encode("utf-8")) > MAX_PAYLOAD:
            payload["ids"] = {}
            encoded = json.dumps(payload, separators=(",", ":"))
        return encoded

    @classmethod
    def decode(cls, payload: str) -> Notice | None:
        """The notice in `payload`, or None for anything malformed (another program may use
        the channel; a notice is only ever a hint to read again, never data to trust)."""
        try:
            data = json.loads(payload)
            parts = Part(0)
            for name in data["parts"]:
                parts |= Part[name]
            ids = {
                Part[name]: frozenset(int(i) for i in values)
                for name, values in dict(data.get("ids", {})).items()
            }
            return cls(
                int(data["network"]), parts, ids, Origin(data["origin"]), str(data["sender"])
            )
        except (ValueError, KeyError, TypeError):
            return None


def part_names(parts: Part) -> list[str]:
    return [part.name for part in Part if part & parts and part.name]


class Written:
    """What one write transaction touched, per network: filled by the ORM's flushes and by the
    store's plain statements (`Written.of(session).add(...)`)."""

    def __init__(self) -> None:
        self.parts: dict[int, Part] = {}
        self.ids: dict[int, dict[Part, set[int]]] = {}
        self.unknown: dict[int, Part] = {}  # parts written by rows that name no record of it

    @staticmethod
    def of(transaction: Session | Connection) -> Written | None:
        """The record of a write transaction (a session, or a connection writing plain
        statements), if its changes are announced (a team store)."""
        written = transaction.info.get(_WRITTEN)
        return written if isinstance(written, Written) else None

    def add(self, network_id: int, parts: Part = NOTHING, ids: Iterable[int] | None = ()) -> None:
        """`parts` of `network_id` were written: the records `ids` of them (None: records
        not known, so the notice names none of that part's)."""
        self.parts[network_id] = self.parts.get(network_id, Part(0)) | parts
        if not parts:
            return
        if ids is None:
            self.unknown[network_id] = self.unknown.get(network_id, Part(0)) | parts
            return
        self.ids.setdefault(network_id, {}).setdefault(parts, set()).update(ids)

    def notices(self, origin: Origin, sender: str) -> list[Notice]:
        """One notice per network written; a network stamped without any part known (an undo
        put rows back with plain statements) tells every part."""
        return [
            Notice(
                network_id,
                parts or Part.everything(),
                {
                    part: frozenset(ids)
                    for part, ids in self.ids.get(network_id, {}).items()
                    if not part & self.unknown.get(network_id, Part(0))
                },
                origin,
                sender,
            )
            for network_id, parts in self.parts.items()
        ]


def _flushed(session: Session, _context: Any) -> None:
    """After each flush: note which parts and records of which networks it wrote."""
    written = Written.of(session)
    if written is None:
        return
    for row in (*session.new, *session.dirty, *session.deleted):
        part = _part_of(session, row)
        network_id = _network_id(row)
        if not part or network_id is None:
            continue
        written.add(network_id, part, _record_ids(row, part))


# The record a row of a part stands for, where it is not the row itself (a story: its line).
_RECORD_OF: dict[type[Any], str] = {LineStepRow: "line_id"}
_OWN_RECORDS = (CoreEntryRow, LineRow, IndicatorRow, MomentRow, MeasurementRow, NoteRow)


def _record_ids(row: Any, part: Part) -> tuple[int, ...] | None:
    if type(row) in _RECORD_OF:
        return (int(getattr(row, _RECORD_OF[type(row)])),)
    if isinstance(row, _OWN_RECORDS):
        return (int(row.id),)
    return None  # a group, a dimension, evidence, the wheel's rings: the part, not a record


# Once for every session: a session whose writes are not announced (a store file) has no
# `Written` and returns at once (cheaper than listening on each session of a team store).
event.listen(Session, "after_flush", _flushed)


def _part_of(session: Session, row: Any) -> Part | None:
    part = _PART_OF_ROW.get(type(row))
    if part is None:
        return None
    state = inspect(row)
    if state.pending or row in session.deleted:
        return part
    changed = {a.key for a in state.attrs if a.history.has_changes()}
    if isinstance(row, NetworkRow):
        if not changed - _STAMP_COLUMNS:
            return None  # only stamped as changed: the part that changed says so itself
        wheel = Part.WHEEL if changed & _WHEEL_COLUMNS else Part(0)
        rest = Part.NETWORK if changed - _WHEEL_COLUMNS - _STAMP_COLUMNS else Part(0)
        return wheel | rest
    if isinstance(row, LineRow) and not changed - _STAMP_COLUMNS:
        return None
    if isinstance(row, LineStepRow) and changed <= {"story", "version"}:
        return Part.STORIES
    return part


def _network_id(row: Any) -> int | None:
    if isinstance(row, NetworkRow):
        return row.id
    if getattr(row, "network_id", None) is not None:
        return int(row.network_id)
    for parent in ("line", "indicator", "step", "dimension"):
        above = getattr(row, parent, None)
        if above is not None:
            return _network_id(above)
    return None


class Live:
    """What a store of one engine does about live changes. This one is the file engine's:
    nothing is sent and there is nothing to listen to."""

    listens = False

    def watch(self, transaction: Session | Connection) -> None:
        """Start noting what a write transaction touches (nothing to note here)."""

    def announce(self, transaction: Session | Connection, origin: Origin, sender: str) -> None:
        """Just before the commit: send the transaction's notices (none here)."""

    @staticmethod
    def unwatch(transaction: Session | Connection) -> None:
        """The transaction ended: forget its record (a connection's `info` outlives it). A
        connection the server dropped cannot be asked (SQLAlchemy raises until it is rolled
        back): its record stays, and the next `watch` on it replaces it, so the fault that
        ended the transaction is the one reported."""
        with contextlib.suppress(SQLAlchemyError):
            transaction.info.pop(_WRITTEN, None)

    def listener(self) -> Listener | None:
        return None

    @staticmethod
    def for_engine(engine: Engine) -> Live:
        """The live changes of a store on `engine`: sent and heard on PostgreSQL only."""
        if engine.dialect.name == "postgresql":
            return ServerLive(engine)
        return Live()


class ServerLive(Live):
    """A team store's live changes: notices sent inside each write transaction."""

    listens = True
    _NOTIFY = text("SELECT pg_notify(:channel, :payload)")

    def __init__(self, engine: Engine) -> None:
        self._url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)

    def watch(self, transaction: Session | Connection) -> None:
        transaction.info[_WRITTEN] = Written()  # `_flushed` fills a session's

    def announce(self, transaction: Session | Connection, origin: Origin, sender: str) -> None:
        written = Written.of(transaction)
        if written is None:
            return
        if isinstance(transaction, Session):
            transaction.flush()
        for notice in written.notices(origin, sender):
            transaction.execute(self._NOTIFY, {"channel": CHANNEL, "payload": notice.encode()})

    def listener(self) -> Listener:
        return Listener(self._url)


class Listener:
    """A connection of its own that LISTENs on the store's channel; no Qt, no threads.

    `connect()` opens it (raises `ListenerLostError` while the server cannot be reached);
    watch `fileno()` for reading and call `read()`, which returns the notices that arrived
    and raises `ListenerLostError` when the connection broke."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._connection: Any = None

    @property
    def connected(self) -> bool:
        return self._connection is not None and not self._connection.closed

    def connect(self, timeout_seconds: int = 3) -> None:
        import psycopg  # the team store's driver; only a server store gets here

        self.close()
        try:
            connection = psycopg.connect(
                self._conninfo, autocommit=True, connect_timeout=timeout_seconds
            )
            connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise ListenerLostError(str(error)) from error
        self._connection = connection

    def fileno(self) -> int:
        if self._connection is None:
            raise ListenerLostError("not connected")
        return int(self._connection.pgconn.socket)

    def read(self) -> list[Notice]:
        """Every notice that has arrived (none if the socket woke for something else)."""
        import psycopg
        from psycopg import pq

        if self._connection is None:
            raise ListenerLostError("not connected")
        pgconn = self._connection.pgconn
        try:
            pgconn.consume_input()
        except psycopg.Error as error:
            self.close()
            raise ListenerLostError(str(error)) from error
        if pgconn.status != pq.ConnStatus.OK:
            self.close()
            raise ListenerLostError("the connection to the server was lost")
        notices = []
        while (arrived := pgconn.notifies()) is not None:
            if arrived.relname.decode() == CHANNEL:
                notice = Notice.decode(arrived.extra.decode("utf-8", "replace"))
                if notice is not None:
                    notices.append(notice)
        return notices

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):  # a broken connection may fail to close
                self._connection.close()
            self._connection = None


def new_sender() -> str:
    """An id for one open store: the notices it sends carry it, so its windows skip them."""
    return uuid.uuid4().hex[:12]
