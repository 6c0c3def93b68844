"""Offline sync: which calls went into results bundles, and conflicts kept for review.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_exports",
        sa.Column("call_id", sa.Uuid(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("call_id", "content_sha256", name=op.f("pk_sync_exports")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("call_id", sa.Uuid(), nullable=False),
        sa.Column("campaign_id", sa.Uuid(), nullable=False),
        sa.Column("incoming", sa.JSON(), nullable=False),
        sa.Column("incoming_sha256", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("tester", sa.String(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("kept", sa.String(length=16), nullable=True),
        sa.Column("replaced", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("replaced_sha256", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "kept IS NULL OR kept IN ('existing', 'incoming')",
            name=op.f("ck_sync_conflicts_kept"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint(
            "call_id", "incoming_sha256", name=op.f("uq_sync_conflicts_call_id_incoming_sha256")
        ),
    )
    op.create_index(op.f("ix_sync_conflicts_call_id"), "sync_conflicts", ["call_id"])
    op.create_index(op.f("ix_sync_conflicts_resolved_at"), "sync_conflicts", ["resolved_at"])


def downgrade() -> None:
    op.drop_table("sync_conflicts")
    op.drop_table("sync_exports")
