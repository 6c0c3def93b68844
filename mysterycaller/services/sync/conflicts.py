"""Conflicts from imports: list them side by side, and resolve them by keeping one version.

A resolved conflict stays in the database (marked resolved, with the replaced record when the
incoming version was kept), so importing the same bundles again brings it back neither way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from mysterycaller.domain.call import TestCall
from mysterycaller.domain.campaign import Campaign
from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database
from mysterycaller.persistence.sync_store import SyncStore
from mysterycaller.services.call_record_reader import read_call_records
from mysterycaller.services.call_records import Record, call_to_record
from mysterycaller.services.errors import Problem, RefusedInput
from mysterycaller.services.sync.records import bundle_record, call_sha256

Keep = Literal["existing", "incoming"]


@dataclass(frozen=True)
class Conflict:
    """An open conflict: the stored call and the differing incoming one, both as full records."""

    id: str
    call_id: str
    campaign_id: str
    campaign_name: str
    tester: str
    #: File name of the bundle the incoming version came from.
    source: str
    detected_at: datetime
    #: The stored call with its score; None if it has been deleted since.
    existing: Record | None
    #: The incoming call with the score it would get.
    incoming: Record


def list_conflicts(database: Database) -> list[Conflict]:
    """Every open conflict, oldest first, with both versions ready for side-by-side display."""
    with database.reading() as session:
        sync, calls, campaigns = SyncStore(session), CallStore(session), CampaignStore(session)
        conflicts = []
        for stored in sync.open_conflicts():
            call_id = stored.call_id
            existing = None
            if calls.exists(call_id):
                call = calls.get(call_id)
                campaign = campaigns.version(call.campaign_id, call.campaign_version)
                existing = call_to_record(
                    call, call.score(campaign), include_agent=campaign.rules.record_agent_names
                )
            incoming, campaign = _incoming(campaigns, stored.incoming, stored.id)
            conflicts.append(
                Conflict(
                    id=stored.id,
                    call_id=call_id,
                    campaign_id=stored.campaign_id,
                    campaign_name=campaign.name,
                    tester=stored.tester,
                    source=stored.source,
                    detected_at=stored.detected_at,
                    existing=existing,
                    incoming=call_to_record(
                        incoming,
                        incoming.score(campaign),
                        include_agent=campaign.rules.record_agent_names,
                    ),
                )
            )
    return conflicts


def resolve_conflict_id(database: Database, id_or_prefix: str) -> str:
    """The full id of a conflict given by id or prefix; LookupError if none or ambiguous."""
    with database.reading() as session:
        return SyncStore(session).resolve_id(id_or_prefix)


def resolve_conflict(database: Database, conflict_id: str, keep: Keep) -> None:
    """Keep the stored call or replace it with the incoming one, in one transaction."""
    if keep not in ("existing", "incoming"):
        raise ValueError(f"keep must be 'existing' or 'incoming', not {keep!r}")
    with database.transaction() as session:
        sync, calls = SyncStore(session), CallStore(session)
        stored = sync.conflict(conflict_id)
        if stored.resolved_at is not None:
            raise LookupError(f"conflict {conflict_id} was already resolved ({stored.kept} kept)")
        if keep == "existing":
            sync.close_conflict(conflict_id, "existing")
            return
        call, campaign = _incoming(CampaignStore(session), stored.incoming, conflict_id)
        replaced = replaced_sha = None
        if calls.exists(call.id):
            old = calls.get(call.id)
            replaced, replaced_sha = bundle_record(old), call_sha256(old)
        calls.replace(call, call.score(campaign))
        sync.close_conflict(conflict_id, "incoming", replaced, replaced_sha)


def _incoming(
    campaigns: CampaignStore, record: Record, conflict_id: str
) -> tuple[TestCall, Campaign]:
    def lookup(campaign_id: str, number: int | None) -> tuple[Campaign, int] | None:
        try:
            if number is None:
                number = campaigns.latest_version_number(campaign_id)
            return campaigns.version(campaign_id, number), number
        except LookupError:
            return None

    source = f"conflict {conflict_id}"
    try:
        (call,) = read_call_records([record], source, lookup)
    except ValueError:
        raise RefusedInput(source, [Problem("", None, "the stored record is unreadable")]) from None
    return call, campaigns.version(call.campaign_id, call.campaign_version)
