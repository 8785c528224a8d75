"""Partial focus: locked rings and one ring or stakeholder group in focus.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("networks") as batch:
        batch.add_column(sa.Column("focus_ring_key", sa.String(64), nullable=True))
        batch.add_column(sa.Column("focus_stakeholder_key", sa.String(64), nullable=True))
    with op.batch_alter_table("ring_positions") as batch:
        batch.add_column(
            sa.Column("locked", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("ring_positions") as batch:
        batch.drop_column("locked")
    with op.batch_alter_table("networks") as batch:
        batch.drop_column("focus_stakeholder_key")
        batch.drop_column("focus_ring_key")
