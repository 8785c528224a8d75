"""The team store (issue 22).

1. A version counter on the rows two people can edit at once: networks, core entries, lines
   and their steps, indicators, moments, measurements and post-its. SQLAlchemy's
   `version_id_col` checks it on every UPDATE and DELETE, so an edit made from an older version
   is refused instead of overwriting what someone else saved meanwhile.
2. Taking a network along: a revision per network, bumped by every committed change inside it;
   in a team store a record of each network taken along (by whom, on which machine, when, from
   which revision, the id of the laptop's copy); in a laptop store where a network came from
   (the source store without password, the source network's id, the revision taken, the
   network as it was taken and the mapping of the copy's ids to the source's).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
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
    # table_kwargs: batch mode rebuilds a table, and keeps AUTOINCREMENT only when told.
    with op.batch_alter_table("networks", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(
            sa.Column("revision", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
    for table in VERSIONED[1:]:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "taken_along",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "network_id",
            sa.Integer(),
            sa.ForeignKey(
                "networks.id", ondelete="CASCADE", name="fk_taken_along_network_id_networks"
            ),
            nullable=False,
        ),
        sa.Column("token", sa.String(36), nullable=False),
        sa.Column("taken_by", sa.Text(), nullable=False),
        sa.Column("machine", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.UniqueConstraint("token", name="uq_taken_along_token"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_taken_along_network_id", "taken_along", ["network_id"])
    op.create_table(
        "network_origins",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "network_id",
            sa.Integer(),
            sa.ForeignKey(
                "networks.id", ondelete="CASCADE", name="fk_network_origins_network_id_networks"
            ),
            nullable=False,
        ),
        sa.Column("token", sa.String(36), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_network_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("taken_document", sa.Text(), nullable=False),
        sa.Column("id_map", sa.Text(), nullable=False),
        sa.UniqueConstraint("network_id", name="uq_network_origins_network_id"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("network_origins")
    op.drop_index("ix_taken_along_network_id", "taken_along")
    op.drop_table("taken_along")
    for table in reversed(VERSIONED[1:]):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
    with op.batch_alter_table("networks", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.drop_column("revision")
        batch.drop_column("version")
