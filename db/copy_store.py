"""Moving a laptop's store to a team store (issue 22, `netimpact copy --from FILE --to URL`).

Every table is copied in the schema's dependency order (parents first, from
`Base.metadata.sorted_tables`), in batches of rows written with one statement each
(executemany), all in one transaction of the target: the copy is whole or not there at all.
Ids are kept, so references, undo snapshots and the ids the command line prints stay right; on
PostgreSQL each table's id sequence is set to the largest id afterwards, so the next new row
does not collide with a copied one.

Copying goes only into an empty store: a target that holds any network is refused with one
line and left as it was (running the copy a second time is refused, never doubled).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db.errors import StoreError
from db.schema import Base, NetworkRow
from db.store import Store

BATCH = 500


class TargetNotEmptyError(StoreError):
    """The store to copy into already holds networks."""


@dataclass(frozen=True)
class Copied:
    networks: int
    rows: int


def copy_store(source: Store, target: Store, batch: int = BATCH) -> Copied:
    """Copy every row of `source` into the empty `target`, ids kept (see the module)."""
    with target.sessions.reading() as session:
        present = session.scalar(select(func.count()).select_from(NetworkRow)) or 0
    if present:
        raise TargetNotEmptyError(
            f"{target.describe()} already holds {present} network"
            f"{'' if present == 1 else 's'}: copy only fills an empty store, nothing was copied"
        )
    rows = 0
    with source.sessions.reading() as reading, target.sessions.writing() as writing:
        into = writing.connection()
        for table in Base.metadata.sorted_tables:
            result = reading.execute(select(table).order_by(*table.primary_key.columns))
            while chunk := result.mappings().fetchmany(batch):
                into.execute(table.insert(), [dict(row) for row in chunk])
                rows += len(chunk)
        _set_sequences(writing)
        networks = writing.scalar(select(func.count()).select_from(NetworkRow)) or 0
    return Copied(networks, rows)


def _set_sequences(session: Session) -> None:
    """On PostgreSQL: each id sequence to its table's largest id (SQLite keeps its own)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
            ),
            {"table": table.name},
        )
