"""Snapshots of what a delete removes, and putting them back with the same ids.

A snapshot holds plain column values of the deleted row and of every row that the delete
cascades to, gathered by following the foreign keys of the schema, so it stays right when a
table is added.
"""

from __future__ import annotations

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from db.records import Snapshot
from db.schema import Base


def _children(table: Table) -> list[tuple[Table, str]]:
    """Tables whose rows are deleted with a row of `table` (ON DELETE CASCADE), by column."""
    found = []
    for other in Base.metadata.sorted_tables:
        for key in other.foreign_keys:
            if key.column.table is table and key.ondelete == "CASCADE":
                found.append((other, key.parent.name))
    return found


def cascades_from(table: Table) -> bool:
    """Whether deleting a row of `table` deletes rows of other tables too."""
    return bool(_children(table))


def table_of(row_type: type[Base]) -> Table:
    """The table an ORM class maps (each of ours maps exactly one)."""
    table = row_type.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{row_type.__name__} does not map a single table")
    return table


def take(session: Session, table: Table, row_id: int, description: str) -> Snapshot:
    """Everything a delete of row `row_id` of `table` will remove, parents before children."""
    seen: set[tuple[str, int]] = set()
    rows: list[tuple[str, tuple[tuple[str, object], ...]]] = []
    level = [(table, [row_id])]
    while level:
        following: list[tuple[Table, list[int]]] = []
        for current, ids in level:
            if not ids:
                continue
            result = session.execute(select(current).where(current.c.id.in_(ids)))
            fresh: list[int] = []
            for mapping in result.mappings():
                identity = (current.name, mapping["id"])
                if identity in seen:
                    continue
                seen.add(identity)
                fresh.append(mapping["id"])
                rows.append((current.name, tuple((str(k), v) for k, v in mapping.items())))
            for child, column in _children(current):
                child_ids = session.scalars(
                    select(child.c.id).where(child.c[column].in_(fresh))
                ).all()
                following.append((child, list(child_ids)))
        level = following
    order = {t.name: index for index, t in enumerate(Base.metadata.sorted_tables)}
    rows.sort(key=lambda item: order[item[0]])
    return Snapshot(description=description, rows=tuple(rows))


def put_back(session: Session, snapshot: Snapshot) -> None:
    """Insert the rows of `snapshot` again, parents first (raises IntegrityError on conflicts)."""
    tables = Base.metadata.tables
    for table_name, values in snapshot.rows:
        session.execute(tables[table_name].insert().values(dict(values)))
