"""Every row of a store, on either engine: to show that a refused change left it as it was."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db import Store
from db.schema import Base


def dump(store: Store) -> list[tuple[str, tuple[Any, ...]]]:
    """Each table's rows in primary-key order, through the store's own engine."""
    rows = []
    with store._db._engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            for row in connection.execute(select(table).order_by(*order)):
                rows.append((table.name, tuple(row)))
    return rows
