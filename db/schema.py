"""The store's tables as SQLAlchemy 2.x typed ORM classes (the head revision of the migrations).

The tables' names are `db.schema_names` (shared with the first look, `db.glance`); each column
is named after its attribute, so a result row names its columns as the objects do.

Keys of the model (segments, rings, steps, core parts) are stored as text and checked by the
service layer against the model file; ids are AUTOINCREMENT so a deleted id is never reused,
which lets an undo put a deleted object back under its old id.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.core.model import Direction, IndicatorKind
from db import schema_names as names
from db.records import LineStatus, SourceKind

# Named constraints let Alembic's batch mode (SQLite) find and rebuild them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

AUTOINCREMENT: dict[str, Any] = {"sqlite_autoincrement": True}


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time, stored as naive UTC text and handed out as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def enum_column_type(enum: type[StrEnum], name: str) -> Enum:
    """A column of one of our string enums: stored as its values (not the members' names) in
    a VARCHAR(16) with a CHECK constraint named `name`, handed out as enum members."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def versioned_by(column: Any) -> dict[str, Any]:
    """The mapper arguments that make `column` SQLAlchemy's version counter of the rows:
    every ORM UPDATE and DELETE checks it and counts it up (a plain UPDATE must do so itself)."""
    return {"version_id_col": column}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class NetworkRow(Base):
    __tablename__ = names.NETWORKS
    __table_args__ = (UniqueConstraint("name"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Partial focus (revision 0002): one impact ring or one stakeholder group, or neither.
    focus_ring_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    focus_stakeholder_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Revision 0006: the network's activity in IATI (identifier, reporting organisation's ref).
    iati_identifier: Mapped[str] = mapped_column(Text, default="")
    iati_org_ref: Mapped[str] = mapped_column(Text, default="")
    # Revision 0007: optimistic concurrency (SQLAlchemy's version counter); an edit made
    # from an older version raises `EditConflictError` instead of overwriting (issue 22).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = versioned_by(version)
    # Issue 22: raised by every committed change inside the network (`StoreBase._touch`), so
    # bringing a network back can tell whether anyone changed it since it was taken along.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))

    stakeholder_groups: Mapped[list[StakeholderGroupRow]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )
    ring_positions: Mapped[list[RingPositionRow]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )
    core_entries: Mapped[list[CoreEntryRow]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )
    lines: Mapped[list[LineRow]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )
    moments: Mapped[list[MomentRow]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )
    notes: Mapped[list[NoteRow]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )


class StakeholderGroupRow(Base):
    __tablename__ = names.STAKEHOLDER_GROUPS
    __table_args__ = (UniqueConstraint("network_id", "stakeholder_key"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    stakeholder_key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")

    network: Mapped[NetworkRow] = relationship(back_populates="stakeholder_groups")


class RingPositionRow(Base):
    """Which segment of a ring lies on the focus sightline (an index, never an angle)."""

    __tablename__ = names.RING_POSITIONS
    __table_args__ = (
        UniqueConstraint("network_id", "ring_key"),
        CheckConstraint("segment_index >= 0", name="segment_index_not_negative"),
        AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    ring_key: Mapped[str] = mapped_column(String(64))
    segment_index: Mapped[int] = mapped_column(Integer)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)  # revision 0002

    network: Mapped[NetworkRow] = relationship(back_populates="ring_positions")


class CoreEntryRow(Base):
    __tablename__ = names.CORE_ENTRIES
    __table_args__ = (Index(None, "network_id", "kind", "position"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    # Revision 0007: the version counter, as NetworkRow's.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = versioned_by(version)

    network: Mapped[NetworkRow] = relationship(back_populates="core_entries")


class LineRow(Base):
    __tablename__ = names.REASONING_LINES
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text, default="")
    # Typed since revision 0003 (the same VARCHAR(16) and CHECK as before, now from the enums).
    direction: Mapped[Direction] = mapped_column(enum_column_type(Direction, "direction"))
    status: Mapped[LineStatus] = mapped_column(enum_column_type(LineStatus, "status"))
    assumptions: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Revision 0007: the version counter, as NetworkRow's.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = versioned_by(version)

    network: Mapped[NetworkRow] = relationship(back_populates="lines")
    steps: Mapped[list[LineStepRow]] = relationship(
        back_populates="line", cascade="all, delete-orphan", passive_deletes=True
    )
    indicators: Mapped[list[IndicatorRow]] = relationship(
        back_populates="line", cascade="all, delete-orphan", passive_deletes=True
    )


class LineStepRow(Base):
    """One step of a line: the segment it passes (None for the core) and its story."""

    __tablename__ = names.LINE_STEPS
    __table_args__ = (
        UniqueConstraint("line_id", "step_key"),
        CheckConstraint(
            "plausibility IS NULL OR plausibility IN "
            "('not_yet', 'partly', 'plausible', 'well_supported')",
            name="plausibility",
        ),
        AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("reasoning_lines.id", ondelete="CASCADE"))
    step_key: Mapped[str] = mapped_column(String(64))
    segment_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    story: Mapped[str] = mapped_column(Text, default="")
    # Revision 0004: how plausible the step is made (None = not judged yet).
    plausibility: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # Revision 0007: the version counter, as NetworkRow's.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = versioned_by(version)

    line: Mapped[LineRow] = relationship(back_populates="steps")
    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="step", cascade="all, delete-orphan", passive_deletes=True
    )


class IndicatorRow(Base):
    __tablename__ = names.INDICATORS
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_id: Mapped[int] = mapped_column(
        ForeignKey("reasoning_lines.id", ondelete="CASCADE"), index=True
    )
    step_key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[IndicatorKind] = mapped_column(enum_column_type(IndicatorKind, "kind"))
    unit: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    insight: Mapped[str] = mapped_column(Text, default="")
    insight_audience: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(Text, default="")
    source_kind: Mapped[SourceKind | None] = mapped_column(
        enum_column_type(SourceKind, "source"), nullable=True
    )
    source: Mapped[str] = mapped_column(Text, default="")
    valid: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    measurable: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    relevant: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    check_note: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(Text, default="")
    interpretation: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(Text, default="")
    communication: Mapped[str] = mapped_column(Text, default="")
    # Revision 0006: how the whole follows from the groups (sum, mean, none = not computable),
    # and a quantitative baseline as a value with a date or a moment and a note.
    whole_rule: Mapped[str | None] = mapped_column(String(16), nullable=True)
    baseline_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    baseline_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    baseline_moment_id: Mapped[int | None] = mapped_column(
        ForeignKey("moments.id", ondelete="SET NULL"), nullable=True
    )
    baseline_note: Mapped[str] = mapped_column(Text, default="")
    # Revision 0007: the version counter, as NetworkRow's.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = versioned_by(version)

    line: Mapped[LineRow] = relationship(back_populates="indicators")
    baseline_moment: Mapped[MomentRow | None] = relationship(foreign_keys=[baseline_moment_id])
    dimensions: Mapped[list[DimensionRow]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", passive_deletes=True
    )
    measurements: Mapped[list[MeasurementRow]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", passive_deletes=True
    )
    targets: Mapped[list[TargetRow]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", passive_deletes=True
    )


class MomentRow(Base):
    __tablename__ = names.MOMENTS
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    focus: Mapped[str] = mapped_column(Text, default="")
    learnings: Mapped[str] = mapped_column(Text, default="")
    # Revision 0004: an order set by hand (all 0 = by date, then label).
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Revision 0007: the version counter, as NetworkRow's.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = versioned_by(version)

    network: Mapped[NetworkRow] = relationship(back_populates="moments")
    measurements: Mapped[list[MeasurementRow]] = relationship(
        back_populates="moment", cascade="all, delete-orphan", passive_deletes=True
    )
    notes: Mapped[list[NoteRow]] = relationship(
        back_populates="moment", cascade="all, delete-orphan", passive_deletes=True
    )


class MeasurementRow(Base):
    __tablename__ = names.MEASUREMENTS
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE"), index=True
    )
    moment_id: Mapped[int] = mapped_column(ForeignKey("moments.id", ondelete="CASCADE"), index=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Revision 0004: who or what the entry came from, and when it was measured or told.
    source: Mapped[str] = mapped_column(Text, default="")
    measured_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Revision 0006: the group of each dimension the entry is of (both None: the whole).
    group_a_id: Mapped[int | None] = mapped_column(
        ForeignKey("dimension_groups.id", ondelete="CASCADE"), nullable=True, index=True
    )
    group_b_id: Mapped[int | None] = mapped_column(
        ForeignKey("dimension_groups.id", ondelete="CASCADE"), nullable=True, index=True
    )
    # Revision 0007: the version counter, as NetworkRow's.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = versioned_by(version)

    indicator: Mapped[IndicatorRow] = relationship(back_populates="measurements")
    moment: Mapped[MomentRow] = relationship(back_populates="measurements")
    group_a: Mapped[GroupRow | None] = relationship(foreign_keys=[group_a_id])
    group_b: Mapped[GroupRow | None] = relationship(foreign_keys=[group_b_id])


class NoteRow(Base):
    __tablename__ = names.NOTES
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    moment_id: Mapped[int | None] = mapped_column(
        ForeignKey("moments.id", ondelete="CASCADE"), nullable=True, index=True
    )
    segment_key: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(7))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Revision 0007: the version counter, as NetworkRow's.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = versioned_by(version)

    network: Mapped[NetworkRow] = relationship(back_populates="notes")
    moment: Mapped[MomentRow | None] = relationship(back_populates="notes")


class EvidenceRow(Base):
    """Revision 0004: one piece of evidence for a step (a text, a source or link, a date)."""

    __tablename__ = names.STEP_EVIDENCE
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step_id: Mapped[int] = mapped_column(
        ForeignKey("line_steps.id", ondelete="CASCADE"), index=True
    )
    moment_id: Mapped[int | None] = mapped_column(
        ForeignKey("moments.id", ondelete="CASCADE"), nullable=True, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Revision 0005: a photo that came with a story from the room (a cleaned JPEG, no EXIF).
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, default=None)

    step: Mapped[LineStepRow] = relationship(back_populates="evidence")
    moment: Mapped[MomentRow | None] = relationship()


class TargetRow(Base):
    """Revision 0004: a target of an indicator at a moment. Rows are only added, never changed:
    the latest is the target, the earlier ones its history (when and why it changed)."""

    __tablename__ = names.INDICATOR_TARGETS
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE"), index=True
    )
    moment_id: Mapped[int] = mapped_column(ForeignKey("moments.id", ondelete="CASCADE"), index=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Revision 0006: as for measurements, the group per dimension (both None: the whole).
    group_a_id: Mapped[int | None] = mapped_column(
        ForeignKey("dimension_groups.id", ondelete="CASCADE"), nullable=True, index=True
    )
    group_b_id: Mapped[int | None] = mapped_column(
        ForeignKey("dimension_groups.id", ondelete="CASCADE"), nullable=True, index=True
    )

    indicator: Mapped[IndicatorRow] = relationship(back_populates="targets")
    moment: Mapped[MomentRow] = relationship()
    group_a: Mapped[GroupRow | None] = relationship(foreign_keys=[group_a_id])
    group_b: Mapped[GroupRow | None] = relationship(foreign_keys=[group_b_id])


class DimensionRow(Base):
    """Revision 0006: a dimension an indicator is split by ("school", "leeftijd"); at most two,
    the first at position 1."""

    __tablename__ = names.INDICATOR_DIMENSIONS
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)

    indicator: Mapped[IndicatorRow] = relationship(back_populates="dimensions")
    groups: Mapped[list[GroupRow]] = relationship(
        back_populates="dimension", cascade="all, delete-orphan", passive_deletes=True
    )


class GroupRow(Base):
    """Revision 0006: one value of a dimension (a school, an age group), in its order."""

    __tablename__ = names.DIMENSION_GROUPS
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dimension_id: Mapped[int] = mapped_column(
        ForeignKey("indicator_dimensions.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)

    dimension: Mapped[DimensionRow] = relationship(back_populates="groups")


class RoomArrivalRow(Base):
    """Revision 0005: something a phone sent that waits for the facilitator (a post-it, an
    answer to an indicator, a story of change), kept the moment it arrives so a crash or a
    kill loses none. `payload` is the room's own JSON; the store only keeps it."""

    __tablename__ = names.ROOM_ARRIVALS
    __table_args__ = (AUTOINCREMENT,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    payload: Mapped[str] = mapped_column(Text)
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # a cleaned JPEG


class TakenAlongRow(Base):
    """Issue 22, in a team store: a network taken along to a laptop for offline use, until it
    is brought back. `token` is shared with the laptop's `NetworkOriginRow`."""

    __tablename__ = names.TAKEN_ALONG
    __table_args__ = (UniqueConstraint("token"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    token: Mapped[str] = mapped_column(String(36))
    taken_by: Mapped[str] = mapped_column(Text)  # the OS user name
    machine: Mapped[str] = mapped_column(Text)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revision: Mapped[int] = mapped_column(Integer)  # the network's revision when taken
    copy_id: Mapped[int] = mapped_column(Integer)  # the network's id in the laptop's store


class NetworkOriginRow(Base):
    """Issue 22, in a laptop store: where a network taken along came from. `source` names the
    team store without its password; `taken_document` is the network as taken (exchange JSON),
    the common ancestor when both sides changed; `id_map` maps the copy's ids to the source's
    per table (JSON)."""

    __tablename__ = names.NETWORK_ORIGINS
    __table_args__ = (UniqueConstraint("network_id"), AUTOINCREMENT)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(36))
    source: Mapped[str] = mapped_column(Text)
    source_network_id: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    taken_document: Mapped[str] = mapped_column(Text)
    id_map: Mapped[str] = mapped_column(Text)
