"""Campaigns and their versions: a new version whenever the document's content changes."""

from __future__ import annotations

import builtins
import copy
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.campaign_document import campaign_from_document, normalise_document
from mysterycaller.persistence import ids
from mysterycaller.persistence.models import CallRow, CampaignRow, CampaignVersionRow


@dataclass(frozen=True)
class CampaignSummary:
    id: str
    name: str
    client: str
    language: str
    #: Number of the latest version.
    version: int
    calls: int
    updated_at: datetime


@dataclass(frozen=True)
class SavedVersion:
    campaign_id: str
    version: int
    #: False when the content equalled the latest version and nothing was written.
    created: bool


def content_sha256(document: dict[str, Any]) -> str:
    """The SHA-256 of the document's canonical JSON (sorted keys, no insignificant spaces)."""
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def utc_now() -> datetime:
    """The current time as naive UTC, the form every timestamp column holds."""
    return datetime.now(UTC).replace(tzinfo=None)


class CampaignStore:
    """Campaigns in one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, document: dict[str, Any]) -> SavedVersion:
        """Store a (validated) campaign document; a new version only when its content changed."""
        if "id" not in document:
            raise ValueError("the campaign document has no id")
        campaign_id = uuid.UUID(str(document["id"]))
        document = normalise_document({**document, "id": str(campaign_id)})
        digest = content_sha256(document)
        latest = self._latest_row(campaign_id)
        if latest is not None and latest.content_sha256 == digest:
            return SavedVersion(str(campaign_id), latest.number, created=False)
        number = 1 if latest is None else latest.number + 1
        self.insert_version(document, number)
        return SavedVersion(str(campaign_id), number, created=True)

    def insert_version(self, document: dict[str, Any], number: int) -> str:
        """Store a validated document as version ``number`` (which must be free); its digest.

        The campaign's name, client and language follow its newest version.
        """
        campaign_id = uuid.UUID(str(document["id"]))
        document = normalise_document({**document, "id": str(campaign_id)})
        digest = content_sha256(document)
        now = utc_now()
        newest = self._latest_row(campaign_id)
        campaign = self.session.get(CampaignRow, campaign_id)
        if campaign is None:
            campaign = CampaignRow(id=campaign_id, created_at=now)
            self.session.add(campaign)
        if newest is None or number > newest.number:
            campaign.name = document["name"]
            campaign.client = document["client"]
            campaign.language = document["language"]
            campaign.updated_at = now
        self.session.add(
            CampaignVersionRow(
                id=uuid.uuid4(),
                campaign_id=campaign_id,
                number=number,
                document=document,
                content_sha256=digest,
                created_at=now,
            )
        )
        # Written now, so that calls added in the same transaction find the version.
        self.session.flush()
        return digest

    def latest(self, campaign_id: str) -> Campaign:
        """The campaign as its latest version describes it."""
        return campaign_from_document(self.document(campaign_id))

    def version(self, campaign_id: str, number: int) -> Campaign:
        """The campaign as version ``number`` describes it."""
        return campaign_from_document(self.document(campaign_id, number))

    def latest_version_number(self, campaign_id: str) -> int:
        """The number of the campaign's latest version."""
        row = self._latest_row(ids.parse_uuid(campaign_id, "campaign"))
        if row is None:
            raise LookupError(f"no campaign with id {campaign_id!r}")
        return row.number

    def document(self, campaign_id: str, version: int | None = None) -> dict[str, Any]:
        """A copy of the stored document of one version (the latest when not given)."""
        key = ids.parse_uuid(campaign_id, "campaign")
        if version is None:
            row = self._latest_row(key)
            if row is None:
                raise LookupError(f"no campaign with id {campaign_id!r}")
        else:
            row = self.session.scalar(
                select(CampaignVersionRow).where(
                    CampaignVersionRow.campaign_id == key, CampaignVersionRow.number == version
                )
            )
            if row is None:
                raise LookupError(f"campaign {campaign_id} has no version {version}")
        # A deep copy: callers may change what they get without touching the session's state.
        return copy.deepcopy(row.document)

    def list(self) -> builtins.list[CampaignSummary]:
        """Every campaign with its latest version number and number of calls, by name."""
        versions = (
            select(CampaignVersionRow.campaign_id, func.max(CampaignVersionRow.number).label("n"))
            .group_by(CampaignVersionRow.campaign_id)
            .subquery()
        )
        calls = (
            select(CallRow.campaign_id, func.count().label("n"))
            .group_by(CallRow.campaign_id)
            .subquery()
        )
        rows = self.session.execute(
            select(CampaignRow, versions.c.n, func.coalesce(calls.c.n, 0))
            .join(versions, versions.c.campaign_id == CampaignRow.id)
            .outerjoin(calls, calls.c.campaign_id == CampaignRow.id)
        ).all()
        summaries = [
            CampaignSummary(
                id=str(row.id),
                name=row.name,
                client=row.client,
                language=row.language,
                version=version,
                calls=count,
                updated_at=row.updated_at.replace(tzinfo=UTC),
            )
            for row, version, count in rows
        ]
        # Sorted here because SQL collations differ between databases and ignore umlauts.
        return sorted(summaries, key=lambda s: (s.name.casefold(), s.name, s.id))

    def resolve(self, id_or_prefix: str) -> str:
        """The full id for a full id or an unambiguous prefix of at least 8 hex characters."""
        return ids.resolve(self.session, CampaignRow.id, id_or_prefix, "campaign")

    def exists(self, campaign_id: str) -> bool:
        """Whether a campaign with this id is stored."""
        try:
            key = ids.parse_uuid(campaign_id, "campaign")
        except LookupError:
            return False
        return self.session.get(CampaignRow, key) is not None

    def _latest_row(self, campaign_id: uuid.UUID) -> CampaignVersionRow | None:
        return self.session.scalar(
            select(CampaignVersionRow)
            .where(CampaignVersionRow.campaign_id == campaign_id)
            .order_by(CampaignVersionRow.number.desc())
            .limit(1)
        )
