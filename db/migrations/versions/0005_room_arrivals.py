"""The room's queue in the store: what phones sent waits in `room_arrivals` until the
facilitator accepts or rejects it, so a crash or a kill of the program loses none; and a
photo (a cleaned JPEG) with a piece of evidence, kept in the store, not as a loose file.

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
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_room_arrivals_network_id", "room_arrivals", ["network_id"])
    with op.batch_alter_table("step_evidence") as batch:
        batch.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("step_evidence") as batch:
        batch.drop_column("photo")
    op.drop_table("room_arrivals")
