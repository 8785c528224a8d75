"""Whether a store's tables are the ones this program's ORM expects (a dropped table or column
is damage, found before any query trips over it)."""

from __future__ import annotations

import sqlite3

from db.schema import Base


def schema_problems(connection: sqlite3.Connection) -> list[str]:
    """What is missing from the store's schema compared with `db.schema`; empty when it matches."""
    problems = []
    for table in Base.metadata.sorted_tables:
        present = {row[1] for row in connection.execute(f'PRAGMA table_info("{table.name}")')}
        if not present:
            problems.append(f"the table {table.name} is missing")
            continue
        missing = sorted(column.name for column in table.columns if column.name not in present)
        if missing:
            problems.append(f"the table {table.name} lacks {', '.join(missing)}")
    return problems
