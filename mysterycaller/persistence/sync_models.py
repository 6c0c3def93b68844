"""Tables of offline sync: calls handed out in results bundles, and conflicts kept for review.

They share ``Base.metadata`` with ``models`` (which imports this module at its end), so the
migrations and the metadata stay one schema.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, DateTime, Index, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from mysterycaller.persistence.models import Base

CONFLICT_CHOICES = ("existing", "incoming")


class SyncExportRow(Base):
    """One call, in one content state, written to a results bundle."""

    __tablename__ = "sync_exports"

    # No foreign key to calls: a call deleted later keeps its export history harmlessly.
    call_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    #: What the call looked like when exported: an edited call counts as not yet exported.
    content_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    exported_at: Mapped[datetime] = mapped_column(DateTime)


class SyncConflictRow(Base):
    """An imported call whose id was known with other content; the stored call stays as it was."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        # The same incoming content for the same call is one conflict, however often imported.
        UniqueConstraint("call_id", "incoming_sha256"),
        CheckConstraint("kept IS NULL OR kept IN ('existing', 'incoming')", name="kept"),
        Index("ix_sync_conflicts_resolved_at", "resolved_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    # No foreign key: the incoming version must survive even if the stored call is deleted.
    call_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    campaign_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    #: The incoming call record (bundle form, without computed fields).
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON)
    incoming_sha256: Mapped[str] = mapped_column(String(64))
    #: File name of the bundle it came from, and that bundle's SHA-256.
    source: Mapped[str] = mapped_column(String)
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    tester: Mapped[str] = mapped_column(String)
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    kept: Mapped[str | None] = mapped_column(String(16))
    #: When the incoming version was kept: the record it replaced, so nothing is lost.
    replaced: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    #: Its content SHA-256: a bundle bringing that version again is no new conflict.
    replaced_sha256: Mapped[str | None] = mapped_column(String(64))
