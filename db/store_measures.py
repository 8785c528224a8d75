"""Many measurement entries at once (accepted from the room, imported from a file): every one
checked before any is written, one transaction, one snapshot to undo them all. An entry from
the room can take its waiting arrival out of the queue in the same transaction, so a crash
between the two never leaves an entry twice or an arrival lost."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select

from db import convert, snapshots
from db.errors import NotFoundError
from db.records import Measurement, NewMeasurement, Snapshot
from db.schema import IndicatorRow, LineRow, MeasurementRow, RoomArrivalRow
from db.store_groups import _slots
from db.store_learning import measurement_values
from db.store_sessions import StorePart


class MeasuresPart(StorePart):
    """Measurement entries in bulk: one part of `db.store.Store`."""

    def add_measurements(
        self, entries: Sequence[NewMeasurement], arrivals_done: Sequence[int] = ()
    ) -> tuple[Measurement, ...]:
        """Add `entries` in one transaction (all or none), and remove the room's arrivals
        `arrivals_done` in the same one."""
        checked = [
            (
                entry,
                measurement_values(
                    {
                        "value": entry.value,
                        "text": entry.text,
                        "note": entry.note,
                        "source": entry.source,
                        "measured_on": entry.measured_on,
                    }
                ),
            )
            for entry in entries
        ]
        with self._db.writing() as session, session.no_autoflush:
            networks: dict[int, int] = {}
            indicators: dict[int, IndicatorRow] = {}
            moments: set[tuple[int, int]] = set()
            for entry, _values in checked:  # each indicator and moment checked once
                network_id = networks.get(entry.indicator_id)
                if network_id is None:
                    indicator = self._db.get(session, IndicatorRow, entry.indicator_id, "indicator")
                    indicators[entry.indicator_id] = indicator
                    network_id = networks[entry.indicator_id] = indicator.line.network_id
                if (entry.moment_id, network_id) not in moments:
                    self._db.same_network_moment(session, entry.moment_id, network_id)
                    moments.add((entry.moment_id, network_id))
            # ORM bulk INSERT … RETURNING: one statement for all, not a unit of work per row.
            rows = (
                list(
                    session.scalars(
                        insert(MeasurementRow).returning(
                            MeasurementRow, sort_by_parameter_order=True
                        ),
                        [
                            {
                                "indicator_id": entry.indicator_id,
                                "moment_id": entry.moment_id,
                                **values,
                                **dict(
                                    zip(
                                        ("group_a_id", "group_b_id"),
                                        _slots(indicators[entry.indicator_id], entry.groups),
                                        strict=True,
                                    )
                                ),
                            }
                            for entry, values in checked
                        ],
                    )
                )
                if checked
                else []
            )
            if arrivals_done:
                session.execute(
                    delete(RoomArrivalRow).where(RoomArrivalRow.id.in_(list(arrivals_done)))
                )
            for network_id in set(networks.values()):
                self._db.touch(session, network_id)
            session.flush()
            return tuple(convert.measurement(row) for row in rows)

    def delete_measurements(self, measurement_ids: Sequence[int]) -> Snapshot:
        """Delete many entries in one transaction; one snapshot puts them all back. Entries
        have no rows that cascade from them, so they are read and deleted in bulk (1,000 in
        a fraction of a second, where one by one took seconds)."""
        table = snapshots.table_of(MeasurementRow)
        ids = list(dict.fromkeys(measurement_ids))
        taken: list[tuple[str, tuple[tuple[str, object], ...]]] = []
        with self._db.writing() as session:
            if snapshots.cascades_from(table):  # should the schema ever give them children
                for measurement_id in ids:
                    taken.extend(snapshots.take(session, table, measurement_id, "measurement").rows)
            else:
                found = session.execute(select(table).where(table.c.id.in_(ids))).mappings()
                taken = [(table.name, tuple((str(k), v) for k, v in row.items())) for row in found]
            if len(taken) < len(ids):
                raise NotFoundError("a measurement to delete is gone")
            networks = set(
                session.scalars(
                    select(LineRow.network_id)
                    .join(IndicatorRow, IndicatorRow.line_id == LineRow.id)
                    .join(MeasurementRow, MeasurementRow.indicator_id == IndicatorRow.id)
                    .where(MeasurementRow.id.in_(ids))
                )
            )
            session.execute(delete(MeasurementRow).where(MeasurementRow.id.in_(ids)))
            for network_id in networks:
                self._db.touch(session, network_id)
        return Snapshot("measurements", tuple(taken))
