"""The room's queue in the store: what phones sent waits in `room_arrivals` until the
facilitator accepts or rejects it, so a crash or a kill of the program loses none.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "room_arrivals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "network_id",
            sa.Integer(),
            sa.ForeignKey(
                "networks.id", ondelete="CASCADE", name="fk_room_arrivals_network_id_networks"
            ),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("arrived_at", sa.DateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_room_arrivals_network_id", "room_arrivals", ["network_id"])


def downgrade() -> None:
    op.drop_table("room_arrivals")
