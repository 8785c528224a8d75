"""Results that funders accept: indicators split by one or two dimensions (their groups, and a
group per dimension on measurements and targets), how the whole follows from the groups,
baselines as values, and the network's IATI identifier and reporting organisation.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

AUTO = {"sqlite_autoincrement": True}


def _fk(child: str, column: str, parent: str, *, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(
        column,
        sa.Integer(),
        sa.ForeignKey(f"{parent}.id", ondelete="CASCADE", name=f"fk_{child}_{column}_{parent}"),
        nullable=nullable,
    )


def upgrade() -> None:
    op.create_table(
        "indicator_dimensions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("indicator_dimensions", "indicator_id", "indicators"),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        **AUTO,
    )
    op.create_index(
        "ix_indicator_dimensions_indicator_id", "indicator_dimensions", ["indicator_id"]
    )
    op.create_table(
        "dimension_groups",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("dimension_groups", "dimension_id", "indicator_dimensions"),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        **AUTO,
    )
    op.create_index("ix_dimension_groups_dimension_id", "dimension_groups", ["dimension_id"])
    for table in ("measurements", "indicator_targets"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(_fk(table, "group_a_id", "dimension_groups", nullable=True))
            batch.add_column(_fk(table, "group_b_id", "dimension_groups", nullable=True))
            batch.create_index(f"ix_{table}_group_a_id", ["group_a_id"])
            batch.create_index(f"ix_{table}_group_b_id", ["group_b_id"])
    with op.batch_alter_table("indicators") as batch:
        batch.add_column(sa.Column("whole_rule", sa.String(16), nullable=True))
        batch.add_column(sa.Column("baseline_value", sa.Float(), nullable=True))
        batch.add_column(sa.Column("baseline_date", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column(
                "baseline_moment_id",
                sa.Integer(),
                sa.ForeignKey(
                    "moments.id",
                    ondelete="SET NULL",
                    name="fk_indicators_baseline_moment_id_moments",
                ),
                nullable=True,
            )
        )
        batch.add_column(sa.Column("baseline_note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("networks") as batch:
        batch.add_column(sa.Column("iati_identifier", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("iati_org_ref", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("networks") as batch:
        batch.drop_column("iati_org_ref")
        batch.drop_column("iati_identifier")
    with op.batch_alter_table("indicators") as batch:
        batch.drop_column("baseline_note")
        batch.drop_column("baseline_moment_id")
        batch.drop_column("baseline_date")
        batch.drop_column("baseline_value")
        batch.drop_column("whole_rule")
    for table in ("indicator_targets", "measurements"):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_group_b_id")
            batch.drop_index(f"ix_{table}_group_a_id")
            batch.drop_column("group_b_id")
            batch.drop_column("group_a_id")
    op.drop_table("dimension_groups")
    op.drop_table("indicator_dimensions")
