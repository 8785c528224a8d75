"""Taking a network along from a team store to a laptop's store, and bringing it back (issue 22).

Taking along copies the network through the exchange format (the same path as export and
import, so everything travels: lines, steps, stories, evidence with photos, indicators with
their dimensions and groups, the learning path, measurements, targets, post-its, the wheel),
keeps in the copy's `network_origins` row where it came from, the network as it was taken and
the mapping of the copy's ids to the team store's, and marks the network in the team store as
taken along (`taken_along`: by whom, on which machine, when, from which revision).

Bringing back writes the laptop's version into the team store in one transaction when the
team store's revision is still the one taken, keeping the team store's ids (new rows get new
ids, rows deleted on the laptop are deleted). When someone changed the network meanwhile
nothing is overwritten: the laptop's version comes in as a new network beside it ("NAME
(meegenomen DATE)"), and the per-part differences between the three versions are returned
so the facilitator can choose which to keep.
"""

from __future__ import annotations

import getpass
import json
import socket
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.core.changes import Part
from app.core.limits import MAX_NAME
from app.core.three_way import PartDifference, compare
from db import convert, exchange, snapshots
from db.errors import StoreError, quoted
from db.records import Network, NetworkContents
from db.schema import (
    Base,
    LineStepRow,
    NetworkOriginRow,
    NetworkRow,
    RingPositionRow,
    StakeholderGroupRow,
    TakenAlongRow,
)
from db.server import is_server_target, without_password
from db.store import Store, _unique_name
from db.store_sessions import now

# Rows below a network that are not its contents: the room's queue stays where it arrived,
# and the take-along bookkeeping belongs to each store itself.
NOT_CONTENTS = frozenset({"room_arrivals", "taken_along", "network_origins"})

# The column of a row's version counter (optimistic concurrency), on the tables that have one.
VERSION = "version"

# How the laptop's version is named when it comes in beside a changed network.
KEPT_NAME = "{name} (meegenomen {date})"


class TakeAlongError(StoreError):
    """Taking along or bringing back cannot be done; the message says why in plain words,
    `reason` which case it is (for the window's own translated sentence): "already_taken",
    "not_taken", "not_from_here", "no_network", "not_a_file" or "no_mark"."""

    def __init__(self, message: str, reason: str, name: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.name = name


@dataclass(frozen=True)
class TakenAlong:
    """A network of the team store that is taken along (shown there while it is away)."""

    network_id: int
    taken_by: str
    machine: str
    taken_at: datetime
    revision: int
    copy_id: int
    token: str
    """This taking along's own id, shared with the laptop's copy (what `release` names)."""


@dataclass(frozen=True)
class Origin:
    """Where a network in the laptop's store came from."""

    network_id: int
    source: str
    source_network_id: int
    revision: int
    taken_at: datetime


@dataclass(frozen=True)
class BroughtBack:
    """What bringing back did. `kept_network` is None when the laptop's version replaced the
    team store's (nobody changed it meanwhile); else the new network beside the team store's
    and `differences` says per part what differs (the team store's network is unchanged)."""

    network: Network
    kept_network: Network | None
    differences: tuple[PartDifference, ...]


def who_and_where() -> tuple[str, str]:
    """The OS user name and the machine's name (what the team store shows while it is away)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for the user id (a container)
        user = "?"
    return user, socket.gethostname() or "?"


def describe_store(location: str) -> str:
    """A store's location for keeping with a copy: a server's URL without its password,
    else the path as given."""
    return without_password(location) if is_server_target(location) else location


# --- taking along ---------------------------------------------------------------------------


def take_along(team: Store, laptop: Store, name_or_id: str, source: str) -> Network:
    """Copy a network of `team` into `laptop` and mark it in `team` as taken along.

    `source` says where `team` is (a URL or a path; a password in it is never kept). The
    laptop's commit comes last: if it fails, the mark in the team store is taken away again.
    """
    if laptop.path is None:
        raise TakeAlongError(
            "a network is taken along into this computer's store file, not into a server",
            "not_a_file",
        )
    wanted = team.networks.find_network(name_or_id)
    with laptop.sessions.reading() as session:
        already = session.scalar(
            select(NetworkOriginRow).where(
                NetworkOriginRow.source_network_id == wanted.id,
                NetworkOriginRow.source == describe_store(source),
            )
        )
        if already is not None:
            copy = session.get(NetworkRow, already.network_id)
            raise TakeAlongError(
                f"{quoted(wanted.name)} is already taken along to this computer"
                f" as {quoted(copy.name if copy else '?')}: bring that back first",
                "already_taken",
                copy.name if copy else "",
            )
    user, machine = who_and_where()
    token = str(uuid.uuid4())
    marked = False
    try:
        with laptop.sessions.writing() as here:
            with team.sessions.writing() as there:
                row = _locked_network(there, wanted.id)
                contents = team.networks._contents(team.networks._whole_network(there, row.id))
                data = exchange.export_data(contents, team.model)
                copy = exchange.write(here, data, laptop.model, _unique_name(here, row.name))
                copied = laptop.networks._contents(laptop.networks._whole_network(here, copy.id))
                ids = _id_map(here, copied, there, contents)
                stamp = now()
                here.add(
                    NetworkOriginRow(
                        network_id=copy.id,
                        token=token,
                        source=describe_store(source),
                        source_network_id=row.id,
                        revision=row.revision,
                        taken_at=stamp,
                        taken_document=exchange.dumps(data),
                        id_map=json.dumps(ids, sort_keys=True),
                    )
                )
                there.add(
                    TakenAlongRow(
                        network_id=row.id,
                        token=token,
                        taken_by=user,
                        machine=machine,
                        taken_at=stamp,
                        revision=row.revision,
                        copy_id=copy.id,
                    )
                )
                here.flush()
                result = convert.network(copy, laptop.model)
            marked = True  # the team store has committed; the laptop commits next
    except BaseException:
        if marked:
            _forget_mark(team, token)
        raise
    return result


def _forget_mark(team: Store, token: str) -> None:
    try:
        with team.sessions.writing() as session:
            session.execute(delete(TakenAlongRow).where(TakenAlongRow.token == token))
    except StoreError:
        pass  # the mark stays; the team store shows it taken along until it is released


def _locked_network(session: Session, network_id: int) -> NetworkRow:
    """The network's row, locked against other writers until the transaction ends (on a
    server; SQLite's write transaction already excludes them)."""
    row = session.scalar(select(NetworkRow).where(NetworkRow.id == network_id).with_for_update())
    if row is None:
        raise TakeAlongError(f"there is no network with id {network_id}", "no_network")
    return row


def _id_map(
    here: Session, copied: NetworkContents, there: Session, original: NetworkContents
) -> dict[str, dict[str, int]]:
    """Per table, the copy's row ids → the original's. The exchange path writes rows in the
    order it reads them, so the two `NetworkContents` list the same rows in the same order;
    rows the records do not carry an id for are paired by their keys."""
    pairs: dict[str, dict[str, int]] = {}

    def pair(table: str, mine: list[int], theirs: list[int]) -> None:
        pairs.setdefault(table, {}).update({str(a): b for a, b in zip(mine, theirs, strict=True)})

    pair("networks", [copied.network.id], [original.network.id])
    pair("core_entries", [e.id for e in copied.core], [e.id for e in original.core])
    pair("reasoning_lines", [x.id for x in copied.lines], [x.id for x in original.lines])
    pair("indicators", [x.id for x in copied.indicators], [x.id for x in original.indicators])
    pair("moments", [x.id for x in copied.moments], [x.id for x in original.moments])
    pair("measurements", [x.id for x in copied.measurements], [x.id for x in original.measurements])
    pair("notes", [x.id for x in copied.notes], [x.id for x in original.notes])
    pair("step_evidence", [x.id for x in copied.evidence], [x.id for x in original.evidence])
    pair("indicator_targets", [x.id for x in copied.targets], [x.id for x in original.targets])
    pair(
        "indicator_dimensions",
        [x.id for x in copied.dimensions],
        [x.id for x in original.dimensions],
    )
    pair(
        "dimension_groups",
        [g.id for d in copied.dimensions for g in d.groups],
        [g.id for d in original.dimensions for g in d.groups],
    )
    lines = pairs["reasoning_lines"]
    mine_steps = _keyed(here, LineStepRow, LineStepRow.line_id, [int(k) for k in lines])
    their_steps = _keyed(there, LineStepRow, LineStepRow.line_id, list(lines.values()))
    pairs["line_steps"] = {
        str(row_id): their_steps[(lines[str(line)], key)]
        for (line, key), row_id in mine_steps.items()
        if (lines[str(line)], key) in their_steps
    }
    for row_type in (StakeholderGroupRow, RingPositionRow):
        mine = _keyed(here, row_type, row_type.network_id, [copied.network.id])
        theirs = _keyed(there, row_type, row_type.network_id, [original.network.id])
        pairs[row_type.__tablename__] = {
            str(row_id): theirs[(original.network.id, key)]
            for (_, key), row_id in mine.items()
            if (original.network.id, key) in theirs
        }
    return pairs


def _keyed(
    session: Session, row_type: Any, parent: Any, parent_ids: list[int]
) -> dict[tuple[int, str], int]:
    """Rows of a table with a key unique under their parent: (parent id, key) → id."""
    key = {
        LineStepRow: LineStepRow.step_key,
        StakeholderGroupRow: StakeholderGroupRow.stakeholder_key,
        RingPositionRow: RingPositionRow.ring_key,
    }[row_type]
    rows = session.execute(select(parent, key, row_type.id).where(parent.in_(parent_ids)))
    return {(owner, name): row_id for owner, name, row_id in rows}


# --- what is away, where it came from -------------------------------------------------------


_marks, _origins = (cast(Table, row.__table__) for row in (TakenAlongRow, NetworkOriginRow))
# Plain statements over columns, built once: opening a network asks both (for the window's
# warning and its "Bring back"), and neither needs the ORM.
_TAKEN_ALONG = select(
    _marks.c.network_id,
    _marks.c.taken_by,
    _marks.c.machine,
    _marks.c.taken_at,
    _marks.c.revision,
    _marks.c.copy_id,
    _marks.c.token,
).order_by(_marks.c.taken_at, _marks.c.id)
_TAKEN_ALONG_OF = _TAKEN_ALONG.where(_marks.c.network_id == bindparam("network"))
_ORIGIN = select(
    _origins.c.network_id,
    _origins.c.source,
    _origins.c.source_network_id,
    _origins.c.revision,
    _origins.c.taken_at,
).where(_origins.c.network_id == bindparam("network"))


def taken_along(store: Store, network_id: int) -> tuple[TakenAlong, ...]:
    """Who has the network taken along now (empty when it is at home), oldest first."""
    with store.sessions.reading_statements() as connection:
        rows = connection.execute(_TAKEN_ALONG_OF, {"network": network_id}).all()
        return tuple(TakenAlong(*row) for row in rows)


def all_taken_along(store: Store) -> dict[int, tuple[TakenAlong, ...]]:
    """Every network of the store that is taken along now, by id (one query)."""
    found: dict[int, list[TakenAlong]] = {}
    with store.sessions.reading_statements() as connection:
        for row in connection.execute(_TAKEN_ALONG).all():
            found.setdefault(row.network_id, []).append(TakenAlong(*row))
    return {network_id: tuple(marks) for network_id, marks in found.items()}


def origin(store: Store, network_id: int) -> Origin | None:
    """Where a network of the laptop's store was taken along from (None: it was not)."""
    with store.sessions.reading_statements() as connection:
        row = connection.execute(_ORIGIN, {"network": network_id}).first()
        return None if row is None else Origin(*row)


def release(team: Store, mark: TakenAlong) -> None:
    """Take away one "taken along" mark of `team` whose copy will not come back (a laptop
    lost, its store or the copy deleted); marks of other laptops stay. Once no mark is left
    the network is at home again. Nothing of the network changes. The copy, should it turn
    up, can no longer be brought back (`bring_back` says it was not taken along from here);
    its work can come in by export and import. `TakeAlongError` ("no_mark") when the mark is
    gone already (brought back or released meanwhile)."""
    with team.sessions.writing() as session:
        gone = session.execute(
            delete(TakenAlongRow)
            .where(TakenAlongRow.token == mark.token)
            .returning(TakenAlongRow.id)
        ).first()
        team.sessions.wrote(session, mark.network_id, Part.NETWORK, None)
        if gone is None:
            name = team.networks.get_network(mark.network_id).name
            raise TakeAlongError(
                f"{quoted(name)} is no longer taken along by {mark.taken_by} ({mark.machine}):"
                " there is no such mark to release",
                "no_mark",
                name,
            )


def revision(store: Store, network_id: int) -> int:
    with store.sessions.reading() as session:
        found = session.scalar(select(NetworkRow.revision).where(NetworkRow.id == network_id))
        if found is None:
            raise TakeAlongError(f"there is no network with id {network_id}", "no_network")
        return found


# --- bringing back --------------------------------------------------------------------------


def bring_back(
    laptop: Store,
    team: Store,
    name_or_id: str,
    kept_name: str = KEPT_NAME,
    today: date | None = None,
) -> BroughtBack:
    """Write the laptop's network back into `team` (see the module's description).

    `kept_name` names the laptop's version when it comes in beside a changed network
    (`{name}` and `{date}` are filled in). Afterwards the laptop's copy is an ordinary network
    of the laptop's store: its origin is forgotten, so it cannot be brought back twice.
    """
    network = laptop.networks.find_network(name_or_id)
    with laptop.sessions.reading() as session:
        found = session.scalar(
            select(NetworkOriginRow).where(NetworkOriginRow.network_id == network.id)
        )
        if found is None:
            raise TakeAlongError(
                f"{quoted(network.name)} was not taken along from a team store:"
                " there is nothing to bring back",
                "not_taken",
                network.name,
            )
        token, taken_revision = found.token, found.revision
        taken_document = json.loads(found.taken_document)
        ids: dict[str, dict[str, int]] = json.loads(found.id_map)
        row = laptop.networks._whole_network(session, network.id)
        mine = exchange.export_data(laptop.networks._contents(row), laptop.model)
        rows = snapshots.take(session, snapshots.table_of(NetworkRow), network.id, "copy").rows
    with team.sessions.writing() as there:
        mark = there.scalar(select(TakenAlongRow).where(TakenAlongRow.token == token))
        if mark is None:
            raise TakeAlongError(
                f"{quoted(network.name)} was not taken along from this team store,"
                " or it was brought back already",
                "not_from_here",
                network.name,
            )
        target = _locked_network(there, mark.network_id)
        if target.revision == taken_revision:
            _write_rows(there, rows, ids)
            if target.name != network.name:
                target.name = _unique_name(there, network.name)
            team.sessions.touch(there, target.id)
            kept = None
            differences = compare(taken_document, mine, taken_document)
            result = target
        else:
            theirs = exchange.export_data(
                team.networks._contents(team.networks._whole_network(there, target.id)), team.model
            )
            differences = compare(taken_document, mine, theirs)
            name = kept_name.format(name=network.name, date=(today or date.today()).isoformat())
            copy = exchange.write(there, mine, team.model, _unique_name(there, name[:MAX_NAME]))
            kept = convert.network(copy, team.model)
            result = target
        there.delete(mark)
        there.flush()
        brought = convert.network(result, team.model)
    with laptop.sessions.writing() as here:
        here.execute(delete(NetworkOriginRow).where(NetworkOriginRow.network_id == network.id))
    return BroughtBack(brought, kept, differences)


def preview(laptop: Store, team: Store, network_id: int) -> tuple[PartDifference, ...]:
    """Per part, what differs between the network as taken, on the laptop now and in the team
    store now (reads only; what `bring_back` would report)."""
    with laptop.sessions.reading() as session:
        found = session.scalar(
            select(NetworkOriginRow).where(NetworkOriginRow.network_id == network_id)
        )
        if found is None:
            raise TakeAlongError("this network was not taken along from a team store", "not_taken")
        token, taken_document = found.token, json.loads(found.taken_document)
        mine = exchange.export_data(
            laptop.networks._contents(laptop.networks._whole_network(session, network_id)),
            laptop.model,
        )
    with team.sessions.reading() as there:
        mark = there.scalar(select(TakenAlongRow).where(TakenAlongRow.token == token))
        if mark is None:
            raise TakeAlongError(
                "this network was not taken along from this team store, or it was brought "
                "back already",
                "not_from_here",
            )
        theirs = exchange.export_data(
            team.networks._contents(team.networks._whole_network(there, mark.network_id)),
            team.model,
        )
    return compare(taken_document, mine, theirs)


def _write_rows(
    session: Session,
    rows: tuple[tuple[str, tuple[tuple[str, object], ...]], ...],
    ids: dict[str, dict[str, int]],
) -> None:
    """Make the team store's rows of the network those of the laptop's copy: rows the copy
    no longer has are deleted (children first), changed rows updated (the others left as they
    are), new rows added with
    new ids (parents first), every reference turned from the copy's ids to the team store's."""
    tables = [t for t in Base.metadata.sorted_tables if t.name not in NOT_CONTENTS]
    by_table: dict[str, list[dict[str, object]]] = {}
    for name, columns in rows:
        by_table.setdefault(name, []).append(dict(columns))
    network_id = ids["networks"][str(by_table["networks"][0]["id"])]
    present = {
        t.name: {ids.get(t.name, {}).get(str(v["id"])) for v in by_table.get(t.name, [])}
        for t in tables
    }
    theirs = snapshots.take(session, snapshots.table_of(NetworkRow), network_id, "team").rows
    now_there = {(name, dict(columns)["id"]): dict(columns) for name, columns in theirs}
    for table in reversed(tables):
        gone = [
            dict(columns)["id"]
            for name, columns in theirs
            if name == table.name and dict(columns)["id"] not in present[table.name]
        ]
        if gone:
            session.execute(delete(table).where(table.c.id.in_(gone)))
    for table in tables:
        mapping = ids.setdefault(table.name, {})
        for values in by_table.get(table.name, []):
            own_id = str(values.pop("id"))
            _translate(table, values, ids)
            if table.name == "networks":
                for kept in ("name", "revision", "created_at"):
                    values.pop(kept)
            # A row's version counter (where a table has one) is the team store's own: an
            # updated row counts one up from there, a new row starts at its default.
            values.pop(VERSION, None)
            if own_id in mapping:
                old = now_there.get((table.name, mapping[own_id]), {})
                if any(old.get(column) != value for column, value in values.items()):
                    if VERSION in table.c:
                        values[VERSION] = table.c[VERSION] + 1
                    session.execute(
                        update(table).where(table.c.id == mapping[own_id]).values(values)
                    )  # only rows that changed: a story typed in the room is one UPDATE
            else:
                added = session.execute(insert(table).values(values).returning(table.c.id))
                mapping[own_id] = int(added.scalar_one())
    session.expire_all()


def _translate(table: Table, values: dict[str, object], ids: dict[str, dict[str, int]]) -> None:
    """Turn the copy's ids in `values`' references into the team store's."""
    for key in table.foreign_keys:
        column = key.parent.name
        value = values.get(column)
        if value is not None:
            values[column] = ids[key.column.table.name][str(value)]
