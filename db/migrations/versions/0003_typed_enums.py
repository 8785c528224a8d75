"""Typed enum columns: a line's direction and status, an indicator's kind and source kind.

The columns keep their shape (VARCHAR(16) holding the enum's value), but their CHECK
constraints are now generated from the enums in `app.core.model` and `db.records`, so the
schema and the ORM's `Enum` types cannot list different values. The old hand-written checks
are dropped and the tables rebuilt (batch mode). Values outside an enum cannot be present: the
old checks refused them already.

The value lists are written out here, not imported: a migration describes the schema of its
own day, whatever the enums become later.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DIRECTIONS = ("inside_out", "outside_in")
STATUSES = ("idea", "investigating", "supported", "let_go")
KINDS = ("quantitative", "qualitative")
SOURCE_KINDS = ("existing", "new")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    """The column type whose CHECK constraint is called `name` (the store's naming rule, spelt
    out: migrations run without the ORM's naming convention)."""
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=16)


def upgrade() -> None:
    with op.batch_alter_table("reasoning_lines") as batch:
        batch.drop_constraint("ck_reasoning_lines_direction", type_="check")
        batch.drop_constraint("ck_reasoning_lines_status", type_="check")
        batch.alter_column(
            "direction",
            type_=_enum(DIRECTIONS, "ck_reasoning_lines_direction"),
            existing_nullable=False,
        )
        batch.alter_column(
            "status", type_=_enum(STATUSES, "ck_reasoning_lines_status"), existing_nullable=False
        )
    with op.batch_alter_table("indicators") as batch:
        batch.drop_constraint("ck_indicators_kind", type_="check")
        batch.drop_constraint("ck_indicators_source", type_="check")
        batch.alter_column(
            "kind", type_=_enum(KINDS, "ck_indicators_kind"), existing_nullable=False
        )
        batch.alter_column(
            "source_kind", type_=_enum(SOURCE_KINDS, "ck_indicators_source"), existing_nullable=True
        )


def downgrade() -> None:
    with op.batch_alter_table("indicators") as batch:
        batch.alter_column(
            "source_kind",
            type_=sa.String(16),
            existing_type=_enum(SOURCE_KINDS, "ck_indicators_source"),
            existing_nullable=True,
        )
        batch.alter_column(
            "kind",
            type_=sa.String(16),
            existing_type=_enum(KINDS, "ck_indicators_kind"),
            existing_nullable=False,
        )
        batch.create_check_constraint(
            "ck_indicators_kind", "kind IN ('quantitative', 'qualitative')"
        )
        batch.create_check_constraint(
            "ck_indicators_source", "source_kind IS NULL OR source_kind IN ('existing', 'new')"
        )
    with op.batch_alter_table("reasoning_lines") as batch:
        batch.alter_column(
            "status",
            type_=sa.String(16),
            existing_type=_enum(STATUSES, "ck_reasoning_lines_status"),
            existing_nullable=False,
        )
        batch.alter_column(
            "direction",
            type_=sa.String(16),
            existing_type=_enum(DIRECTIONS, "ck_reasoning_lines_direction"),
            existing_nullable=False,
        )
        batch.create_check_constraint(
            "ck_reasoning_lines_direction", "direction IN ('inside_out', 'outside_in')"
        )
        batch.create_check_constraint(
            "ck_reasoning_lines_status",
            "status IN ('idea', 'investigating', 'supported', 'let_go')",
        )
