"""A version counter on the rows two people can edit at once (a team store, issue 22):
networks, core entries, lines and their steps, indicators, moments, measurements and post-its.
SQLAlchemy's `version_id_col` checks it on every UPDATE and DELETE, so an edit made from an
older version is refused instead of overwriting what someone else saved meanwhile.

Revision ID: i22live
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i22live"
down_revision = "0006"
branch_labels = None
depends_on = None

VERSIONED = (
    "networks",
    "core_entries",
    "reasoning_lines",
    "line_steps",
    "indicators",
    "moments",
    "measurements",
    "notes",
)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
