"""Alembic environment for the store, run programmatically by `db.engine` (no alembic.ini).

The caller passes an open connection in `config.attributes["connection"]`; batch mode lets
SQLite alter tables by rebuilding them (on PostgreSQL, `batch_alter_table` emits plain ALTERs).
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
