"""The room's queue in the store: arrivals from phones are kept the moment the program takes
them from the server, and removed when the facilitator accepts or rejects them. A crash or a
kill of the program loses none; on the next start they wait in the queue again, once each.

The payload is the room's own JSON (a dict); the store checks its size and shape, not its
meaning (the store knows no phones).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, delete, select

from db.errors import InvalidValueError
from db.schema import EvidenceRow, NetworkRow, RoomArrivalRow
from db.store_sessions import StorePart, now

MAX_PAYLOAD = 64_000  # characters of JSON: a note and an answer of 2,000 characters fit easily
MAX_KIND = 16
MAX_PHOTO = 4_000_000  # bytes of a cleaned JPEG (1600 px): far more than it ever needs


@dataclass(frozen=True, slots=True)
class RoomArrival:
    """One arrival waiting in the store: its id (the queue's), kind, payload and time."""

    id: int
    network_id: int
    kind: str
    payload: Mapping[str, Any]
    arrived_at: datetime
    photo: bytes | None = None  # a cleaned JPEG that came with it


_arrivals = cast(Table, RoomArrivalRow.__table__)
_WAITING = (
    select(_arrivals).where(_arrivals.c.network_id == bindparam("network")).order_by(_arrivals.c.id)
)


def _row_record(row: RoomArrivalRow | Row[Any]) -> RoomArrival:
    return RoomArrival(
        row.id, row.network_id, row.kind, json.loads(row.payload), row.arrived_at, row.photo
    )


class RoomPart(StorePart):
    """Arrivals from the room waiting for the facilitator: one part of `db.store.Store`."""

    def keep_arrivals(
        self,
        network_id: int,
        arrivals: Sequence[tuple[str, Mapping[str, Any]]],
        photos: Sequence[bytes | None] = (),
    ) -> list[RoomArrival]:
        """Keep (kind, payload) pairs for `network_id` in one transaction, in this order,
        each with its photo (`photos`, in the same order; none when shorter)."""
        encoded = []
        for kind, payload in arrivals:
            if not kind or len(kind) > MAX_KIND:
                raise InvalidValueError(f"an arrival's kind must be 1 to {MAX_KIND} characters")
            text = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
            if len(text) > MAX_PAYLOAD:
                raise InvalidValueError("an arrival from the room is too large to keep")
            encoded.append((kind, text))
        if any(photo is not None and len(photo) > MAX_PHOTO for photo in photos):
            raise InvalidValueError("a photo from the room is too large to keep")
        if not encoded:
            return []
        with self._db.writing() as session:
            self._db.get(session, NetworkRow, network_id, "network")
            rows = [
                RoomArrivalRow(
                    network_id=network_id,
                    kind=kind,
                    payload=text,
                    arrived_at=now(),
                    photo=photos[index] if index < len(photos) else None,
                )
                for index, (kind, text) in enumerate(encoded)
            ]
            session.add_all(rows)
            session.flush()
            return [_row_record(row) for row in rows]

    def waiting_arrivals(self, network_id: int) -> list[RoomArrival]:
        """What waits for `network_id`, oldest first (a plain statement: opening a network
        asks this, and needs none of the ORM)."""
        with self._db.reading_statements() as connection:
            rows = connection.execute(_WAITING, {"network": network_id}).all()
            return [_row_record(row) for row in rows]

    def drop_arrivals(self, arrival_ids: Sequence[int]) -> None:
        """Remove arrivals that were accepted or rejected (ids that are gone are ignored)."""
        if not arrival_ids:
            return
        with self._db.writing() as session:
            session.execute(delete(RoomArrivalRow).where(RoomArrivalRow.id.in_(list(arrival_ids))))

    # --- photos with evidence ----------------------------------------------------------------

    def set_evidence_photo(self, evidence_id: int, photo: bytes | None) -> None:
        """Keep a (cleaned) photo with a piece of evidence, or remove it (None)."""
        if photo is not None and len(photo) > MAX_PHOTO:
            raise InvalidValueError("a photo is too large to keep")
        with self._db.writing() as session:
            row = self._db.get(session, EvidenceRow, evidence_id, "evidence")
            row.photo = photo
            self._db.touch(session, row.step.line.network_id)

    def evidence_photo(self, evidence_id: int) -> bytes | None:
        with self._db.reading() as session:
            row = self._db.get(session, EvidenceRow, evidence_id, "evidence")
            photo: bytes | None = row.photo
            return photo
