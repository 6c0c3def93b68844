"""Storage for offline sync: campaign versions by number, bulk reads of calls, exports, conflicts.

Kept apart from ``campaigns`` and ``calls`` because only sync needs these: inserting a version
under the number another machine gave it, and reading thousands of calls in a few queries.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from mysterycaller.domain.call import CallStatus, TestCall
from mysterycaller.persistence import ids
from mysterycaller.persistence.calls import CALLS, CallStore
from mysterycaller.persistence.campaigns import CampaignStore, utc_now
from mysterycaller.persistence.models import CampaignVersionRow
from mysterycaller.persistence.sync_models import SyncConflictRow, SyncExportRow

#: Ids per IN (...) query: well under SQLite's oldest limit of 999 bound variables.
_CHUNK = 500


@dataclass(frozen=True)
class StoredConflict:
    """A conflict as stored: the incoming record that differed from the call with its id."""

    id: str
    call_id: str
    campaign_id: str
    #: The incoming call record (bundle form, without computed fields); a copy.
    incoming: dict[str, Any]
    incoming_sha256: str
    #: File name of the bundle it came from, and that bundle's SHA-256.
    source: str
    bundle_sha256: str
    tester: str
    #: When it was detected and resolved, in UTC.
    detected_at: datetime
    resolved_at: datetime | None
    #: "existing" or "incoming" once resolved.
    kept: str | None

    @classmethod
    def from_row(cls, row: SyncConflictRow) -> StoredConflict:
        return cls(
            id=str(row.id),
            call_id=str(row.call_id),
            campaign_id=str(row.campaign_id),
            incoming=copy.deepcopy(row.incoming),
            incoming_sha256=row.incoming_sha256,
            source=row.source,
            bundle_sha256=row.bundle_sha256,
            tester=row.tester,
            detected_at=row.detected_at.replace(tzinfo=UTC),
            resolved_at=row.resolved_at.replace(tzinfo=UTC) if row.resolved_at else None,
            kept=row.kept,
        )


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


class SyncStore:
    """Sync bookkeeping in one session (the caller's transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # Campaign versions ------------------------------------------------------------------

    def version_digest(self, campaign_id: str, number: int) -> str | None:
        """The content SHA-256 of a stored campaign version, or None if there is none."""
        return self.session.scalar(
            select(CampaignVersionRow.content_sha256).where(
                CampaignVersionRow.campaign_id == ids.parse_uuid(campaign_id, "campaign"),
                CampaignVersionRow.number == number,
            )
        )

    def version_numbers(self, campaign_id: str) -> list[int]:
        """The numbers of a campaign's stored versions, ascending."""
        rows = self.session.scalars(
            select(CampaignVersionRow.number)
            .where(CampaignVersionRow.campaign_id == ids.parse_uuid(campaign_id, "campaign"))
            .order_by(CampaignVersionRow.number)
        )
        return list(rows)

    def add_version(self, document: dict[str, Any], number: int) -> str:
        """Store a validated document as version ``number`` (which must be free); its digest."""
        return CampaignStore(self.session).insert_version(document, number)

    # Calls ----------------------------------------------------------------------------------

    def completed_call_ids(
        self, campaign_id: str | None = None, *, except_campaign: str | None = None
    ) -> list[str]:
        """Ids of the completed calls (of one campaign, if given), oldest first."""
        query = (
            select(CALLS.c.id)
            .where(CALLS.c.status == CallStatus.COMPLETED.value)
            .order_by(CALLS.c.started_at, CALLS.c.id)
        )
        if campaign_id is not None:
            query = query.where(CALLS.c.campaign_id == ids.parse_uuid(campaign_id, "campaign"))
        if except_campaign is not None:
            excluded = ids.parse_uuid(except_campaign, "campaign")
            query = query.where(CALLS.c.campaign_id != excluded)
        return [str(key) for key in self.session.scalars(query)]

    def existing_call_ids(self, call_ids: Iterable[str]) -> set[str]:
        """Those of ``call_ids`` that are stored."""
        keys = [uuid.UUID(c) for c in call_ids]
        found: set[str] = set()
        for chunk in _chunks(keys):
            found.update(
                str(k)
                for k in self.session.scalars(select(CALLS.c.id).where(CALLS.c.id.in_(chunk)))
            )
        return found

    def load_calls(self, call_ids: Sequence[str]) -> list[TestCall]:
        """The full calls in the order given, a chunk of ids at a time."""
        store = CallStore(self.session)
        calls: list[TestCall] = []
        for chunk in _chunks(list(call_ids)):
            found = store.get_many(chunk)
            if len(found) != len(chunk):
                missing = sorted(set(chunk) - {call.id for call in found})
                raise LookupError(f"no call with id {missing[0]}")
            calls.extend(found)
        return calls

    # Exports ----------------------------------------------------------------------------------

    def exported(self) -> set[tuple[str, str]]:
        """Every (call id, content SHA-256) already written to a results bundle."""
        rows = self.session.execute(select(SyncExportRow.call_id, SyncExportRow.content_sha256))
        return {(str(call_id), digest) for call_id, digest in rows}

    def mark_exported(self, items: Iterable[tuple[str, str]], bundle_sha256: str) -> None:
        """Note that these (call id, content SHA-256) went into the bundle with that digest."""
        known = self.exported()
        now = utc_now()
        rows = [
            {
                "call_id": uuid.UUID(c),
                "content_sha256": d,
                "bundle_sha256": bundle_sha256,
                "exported_at": now,
            }
            for c, d in dict.fromkeys(items)
            if (c, d) not in known
        ]
        if rows:
            self.session.execute(insert(SyncExportRow), rows)

    # Conflicts --------------------------------------------------------------------------------

    def known_conflicts(self) -> set[tuple[str, str]]:
        """Every (call id, content SHA-256) a conflict has seen: incoming, or replaced by it."""
        rows = self.session.execute(
            select(
                SyncConflictRow.call_id,
                SyncConflictRow.incoming_sha256,
                SyncConflictRow.replaced_sha256,
            )
        )
        known: set[tuple[str, str]] = set()
        for call_id, incoming, replaced in rows:
            known.add((str(call_id), incoming))
            if replaced is not None:
                known.add((str(call_id), replaced))
        return known

    def add_conflict(
        self,
        record: dict[str, Any],
        digest: str,
        *,
        source: str,
        bundle_sha256: str,
        detected_at: datetime | None = None,
    ) -> str:
        """Keep an incoming record that differs from the stored call with its id; the new id."""
        key = uuid.uuid4()
        self.session.add(
            SyncConflictRow(
                id=key,
                call_id=uuid.UUID(record["id"]),
                campaign_id=uuid.UUID(record["campaign_id"]),
                incoming=record,
                incoming_sha256=digest,
                source=source,
                bundle_sha256=bundle_sha256,
                tester=record.get("tester") or "",
                detected_at=detected_at or utc_now(),
            )
        )
        self.session.flush()
        return str(key)

    def open_conflicts(self) -> list[StoredConflict]:
        """The conflicts not yet resolved, oldest first."""
        rows = self.session.scalars(
            select(SyncConflictRow)
            .where(SyncConflictRow.resolved_at.is_(None))
            .order_by(SyncConflictRow.detected_at, SyncConflictRow.id)
        )
        return [StoredConflict.from_row(row) for row in rows]

    def conflict(self, conflict_id: str) -> StoredConflict:
        """One conflict by full id; LookupError if there is none."""
        row = self.session.get(SyncConflictRow, ids.parse_uuid(conflict_id, "conflict"))
        if row is None:
            raise LookupError(f"no conflict with id {conflict_id!r}")
        return StoredConflict.from_row(row)

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id of a conflict given by id or a prefix of at least 8 characters."""
        return ids.resolve(self.session, SyncConflictRow.id, id_or_prefix, "conflict")

    def close_conflict(
        self,
        conflict_id: str,
        kept: str,
        replaced: dict[str, Any] | None = None,
        replaced_sha256: str | None = None,
    ) -> None:
        """Mark a conflict resolved; the row stays so re-importing its bundle adds nothing."""
        self.session.execute(
            update(SyncConflictRow)
            .where(SyncConflictRow.id == ids.parse_uuid(conflict_id, "conflict"))
            .values(
                resolved_at=utc_now(),
                kept=kept,
                replaced=replaced,
                replaced_sha256=replaced_sha256,
            )
        )
