"""The database schema as SQLAlchemy declarative models; migrations must create exactly this.

Times are stored as naive UTC (portable across SQLite and PostgreSQL); a call keeps the offset
it was recorded with in ``utc_offset_minutes`` so it can be shown as the tester saw it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let Alembic's batch mode (SQLite table rebuilds) find and alter them later.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CALL_STATUSES = ("in_progress", "completed")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class CampaignRow(Base):
    __tablename__ = "campaigns"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    client: Mapped[str] = mapped_column(String)
    language: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CampaignVersionRow(Base):
    __tablename__ = "campaign_versions"
    __table_args__ = (UniqueConstraint("campaign_id", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    campaign_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("campaigns.id", ondelete="CASCADE")
    )
    number: Mapped[int] = mapped_column(Integer)
    #: The normalised campaign document (plain JSON) of this version.
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CallRow(Base):
    __tablename__ = "calls"
    __table_args__ = (
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in CALL_STATUSES) + ")", name="status"
        ),
        Index("ix_calls_campaign_id_started_at", "campaign_id", "started_at"),
        Index("ix_calls_status", "status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    campaign_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("campaigns.id"))
    campaign_version_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("campaign_versions.id"), index=True
    )
    scenario_id: Mapped[str] = mapped_column(String)
    target_id: Mapped[str] = mapped_column(String)
    tester: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    utc_offset_minutes: Mapped[int] = mapped_column(Integer)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    agent: Mapped[str | None] = mapped_column(String)
    impression: Mapped[str | None] = mapped_column(Text)
    # Cached results of scoring, so lists and reports need not rescore every call.
    reached: Mapped[bool]
    score: Mapped[float | None] = mapped_column(Float)
    raw_score: Mapped[float | None] = mapped_column(Float)
    knocked_out: Mapped[bool]
    section_scores: Mapped[dict[str, float]] = mapped_column(JSON)


class AttemptRow(Base):
    __tablename__ = "attempts"
    __table_args__ = (UniqueConstraint("call_id", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    call_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("calls.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(32))
    #: The timeline as a list of [phase, start_seconds] pairs.
    phases: Mapped[list[Any]] = mapped_column(JSON)
    #: The app stopped while this attempt ran; the time after its last mark is unknown.
    interrupted: Mapped[bool] = mapped_column(default=False)


class ResultRow(Base):
    __tablename__ = "results"

    call_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True
    )
    criterion_id: Mapped[str] = mapped_column(String, primary_key=True)
    # SQL NULL for "no value", so queries need not tell JSON null from SQL NULL.
    value: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    na: Mapped[bool]
    at: Mapped[float | None] = mapped_column(Float)


class NoteRow(Base):
    __tablename__ = "notes"
    __table_args__ = (UniqueConstraint("call_id", "position"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    call_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("calls.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    at: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)


class CallLogRow(Base):
    __tablename__ = "call_log"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    call_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("calls.id", ondelete="CASCADE"), index=True
    )
    logged_at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)


# The sync tables share this metadata; imported last because that module imports Base from here.
from mysterycaller.persistence import sync_models as _sync_models  # noqa: E402, F401
