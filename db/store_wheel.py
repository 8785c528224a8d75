"""The store's part for the wheel of a network: a segment index per ring, locked rings and the
partial focus."""

from __future__ import annotations

from sqlalchemy import update

from app.core.changes import Part
from app.core.geometry import Arrangement
from db import convert
from db import validate as check
from db.errors import InvalidValueError
from db.live import Written
from db.records import WheelState
from db.schema import NetworkRow, RingPositionRow
from db.store_sessions import StorePart, now


class WheelPart(StorePart):
    """Reading and saving how a network's wheel stands."""

    def get_wheel(self, network_id: int) -> WheelState:
        with self._db.reading() as session:
            return convert.wheel(
                self._db.get(session, NetworkRow, network_id, "network"), self.model
            )

    def save_wheel(self, network_id: int, wheel: WheelState) -> WheelState:
        """The arrangement (a segment index per ring), locked rings and partial focus."""
        indices = wheel.arrangement.indices
        if len(indices) != len(self.model.rings):
            raise InvalidValueError(
                f"an arrangement needs {len(self.model.rings)} indices, one per ring"
            )
        for ring, index in zip(self.model.rings, indices, strict=True):
            if isinstance(index, bool) or not isinstance(index, int):
                raise InvalidValueError(f"the index of ring {ring.key!r} must be a whole number")
            if not 0 <= index < ring.segment_count:
                raise InvalidValueError(
                    f"ring {ring.key!r} has segments 0 to {ring.segment_count - 1}, not {index}"
                )
        for key in wheel.locked_rings:
            check.ring_key(self.model, key)
        if wheel.focus_ring is not None:
            check.impact_ring_key(self.model, wheel.focus_ring)
        if wheel.focus_stakeholder is not None:
            check.stakeholder_key(self.model, wheel.focus_stakeholder)
        with self._db.writing() as session:
            row = self._db.get(session, NetworkRow, network_id, "network")
            positions = {position.ring_key: position for position in row.ring_positions}
            for ring, index in zip(self.model.rings, indices, strict=True):
                position = positions.get(ring.key)
                if position is None:
                    position = RingPositionRow(ring_key=ring.key)
                    row.ring_positions.append(position)
                position.segment_index = index
                position.locked = ring.key in wheel.locked_rings
            # The wheel is no edit of the network's own fields: a bulk UPDATE, which leaves
            # the network's version alone (a turn never makes a description edit conflict);
            # a change inside the network all the same (its revision one up).
            session.execute(
                update(NetworkRow)
                .where(NetworkRow.id == network_id)
                .values(
                    focus_ring_key=wheel.focus_ring,
                    focus_stakeholder_key=wheel.focus_stakeholder,
                    updated_at=now(),
                    revision=NetworkRow.revision + 1,
                ),
                execution_options={"synchronize_session": "evaluate"},
            )
            heard = Written.of(session)
            if heard is not None:
                heard.add(network_id, Part.WHEEL)
            session.flush()
            return convert.wheel(row, self.model)

    def save_arrangement(self, network_id: int, arrangement: Arrangement) -> WheelState:
        """Only the arrangement; locks and focus stay as they are."""
        current = self.get_wheel(network_id)
        return self.save_wheel(
            network_id,
            WheelState(
                arrangement, current.locked_rings, current.focus_ring, current.focus_stakeholder
            ),
        )
