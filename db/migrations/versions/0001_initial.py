"""The first store: networks, core, reasoning lines, indicators, learning path and notes.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

AUTO = {"sqlite_autoincrement": True}


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _fk(child: str, column: str, parent: str, *, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(
        column,
        sa.Integer(),
        sa.ForeignKey(f"{parent}.id", ondelete="CASCADE", name=f"fk_{child}_{column}_{parent}"),
        nullable=nullable,
    )


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "networks",
        _id(),
        _text("name"),
        _text("description"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("name", name="uq_networks_name"),
        **AUTO,
    )
    op.create_table(
        "stakeholder_groups",
        _id(),
        _fk("stakeholder_groups", "network_id", "networks"),
        sa.Column("stakeholder_key", sa.String(64), nullable=False),
        _text("name"),
        _text("description"),
        sa.UniqueConstraint(
            "network_id", "stakeholder_key", name="uq_stakeholder_groups_network_id"
        ),
        **AUTO,
    )
    op.create_table(
        "ring_positions",
        _id(),
        _fk("ring_positions", "network_id", "networks"),
        sa.Column("ring_key", sa.String(64), nullable=False),
        sa.Column("segment_index", sa.Integer(), nullable=False),
        sa.UniqueConstraint("network_id", "ring_key", name="uq_ring_positions_network_id"),
        sa.CheckConstraint(
            "segment_index >= 0", name="ck_ring_positions_segment_index_not_negative"
        ),
        **AUTO,
    )
    op.create_table(
        "core_entries",
        _id(),
        _fk("core_entries", "network_id", "networks"),
        sa.Column("kind", sa.String(64), nullable=False),
        _text("text"),
        sa.Column("position", sa.Integer(), nullable=False),
        **AUTO,
    )
    op.create_index(
        "ix_core_entries_network_id", "core_entries", ["network_id", "kind", "position"]
    )
    op.create_table(
        "reasoning_lines",
        _id(),
        _fk("reasoning_lines", "network_id", "networks"),
        _text("title"),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _text("assumptions"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "direction IN ('inside_out', 'outside_in')", name="ck_reasoning_lines_direction"
        ),
        sa.CheckConstraint(
            "status IN ('idea', 'investigating', 'supported', 'let_go')",
            name="ck_reasoning_lines_status",
        ),
        **AUTO,
    )
    op.create_index("ix_reasoning_lines_network_id", "reasoning_lines", ["network_id"])
    op.create_table(
        "line_steps",
        _id(),
        _fk("line_steps", "line_id", "reasoning_lines"),
        sa.Column("step_key", sa.String(64), nullable=False),
        sa.Column("segment_key", sa.String(64), nullable=True),
        _text("story"),
        sa.UniqueConstraint("line_id", "step_key", name="uq_line_steps_line_id"),
        **AUTO,
    )
    op.create_table(
        "indicators",
        _id(),
        _fk("indicators", "line_id", "reasoning_lines"),
        sa.Column("step_key", sa.String(64), nullable=False),
        _text("name"),
        sa.Column("kind", sa.String(16), nullable=False),
        _text("unit"),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("insight"),
        _text("insight_audience"),
        _text("cost"),
        _text("form"),
        sa.Column("source_kind", sa.String(16), nullable=True),
        _text("source"),
        sa.Column("valid", sa.Boolean(), nullable=True),
        sa.Column("measurable", sa.Boolean(), nullable=True),
        sa.Column("relevant", sa.Boolean(), nullable=True),
        _text("check_note"),
        _text("frequency"),
        _text("owner"),
        _text("baseline"),
        _text("target"),
        _text("interpretation"),
        _text("audience"),
        _text("communication"),
        sa.CheckConstraint("kind IN ('quantitative', 'qualitative')", name="ck_indicators_kind"),
        sa.CheckConstraint(
            "source_kind IS NULL OR source_kind IN ('existing', 'new')",
            name="ck_indicators_source",
        ),
        **AUTO,
    )
    op.create_index("ix_indicators_line_id", "indicators", ["line_id"])
    op.create_table(
        "moments",
        _id(),
        _fk("moments", "network_id", "networks"),
        _text("label"),
        sa.Column("date", sa.Date(), nullable=True),
        _text("focus"),
        _text("learnings"),
        **AUTO,
    )
    op.create_index("ix_moments_network_id", "moments", ["network_id"])
    op.create_table(
        "measurements",
        _id(),
        _fk("measurements", "indicator_id", "indicators"),
        _fk("measurements", "moment_id", "moments"),
        sa.Column("value", sa.Float(), nullable=True),
        _text("text"),
        _text("note"),
        **AUTO,
    )
    op.create_index("ix_measurements_indicator_id", "measurements", ["indicator_id"])
    op.create_index("ix_measurements_moment_id", "measurements", ["moment_id"])
    op.create_table(
        "notes",
        _id(),
        _fk("notes", "network_id", "networks"),
        _fk("notes", "moment_id", "moments", nullable=True),
        sa.Column("segment_key", sa.String(64), nullable=False),
        _text("text"),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        **AUTO,
    )
    op.create_index("ix_notes_network_id", "notes", ["network_id"])
    op.create_index("ix_notes_moment_id", "notes", ["moment_id"])


def downgrade() -> None:
    for table in (
        "notes",
        "measurements",
        "moments",
        "indicators",
        "line_steps",
        "reasoning_lines",
        "core_entries",
        "ring_positions",
        "stakeholder_groups",
        "networks",
    ):
        op.drop_table(table)
