"""Reworkable lines that keep their evidence: plausibility and evidence per step, measurement
entries with a source and a date, targets per moment with their history, moments in an order
set by hand.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
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
    with op.batch_alter_table("line_steps") as batch:
        batch.add_column(sa.Column("plausibility", sa.String(16), nullable=True))
        batch.create_check_constraint(
            "ck_line_steps_plausibility",  # the store's naming rule, spelt out (no ORM here)
            "plausibility IS NULL OR plausibility IN "
            "('not_yet', 'partly', 'plausible', 'well_supported')",
        )
    with op.batch_alter_table("measurements") as batch:
        batch.add_column(sa.Column("source", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("measured_on", sa.Date(), nullable=True))
    with op.batch_alter_table("moments") as batch:
        batch.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "step_evidence",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("step_evidence", "step_id", "line_steps"),
        _fk("step_evidence", "moment_id", "moments", nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        **AUTO,
    )
    op.create_index("ix_step_evidence_step_id", "step_evidence", ["step_id"])
    op.create_index("ix_step_evidence_moment_id", "step_evidence", ["moment_id"])
    op.create_table(
        "indicator_targets",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("indicator_targets", "indicator_id", "indicators"),
        _fk("indicator_targets", "moment_id", "moments"),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        **AUTO,
    )
    op.create_index("ix_indicator_targets_indicator_id", "indicator_targets", ["indicator_id"])
    op.create_index("ix_indicator_targets_moment_id", "indicator_targets", ["moment_id"])


def downgrade() -> None:
    op.drop_table("indicator_targets")
    op.drop_table("step_evidence")
    with op.batch_alter_table("moments") as batch:
        batch.drop_column("position")
    with op.batch_alter_table("measurements") as batch:
        batch.drop_column("measured_on")
        batch.drop_column("source")
    with op.batch_alter_table("line_steps") as batch:
        batch.drop_constraint("ck_line_steps_plausibility", type_="check")
        batch.drop_column("plausibility")
