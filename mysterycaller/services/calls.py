"""Use cases around test calls: list, show, and import records made elsewhere."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mysterycaller.domain.call import TestCall
from mysterycaller.domain.campaign import Campaign
from mysterycaller.persistence.calls import CallStore, CallSummary
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_record_reader import read_call_records
from mysterycaller.services.call_records import Record, call_to_record, parse_json_document
from mysterycaller.services.files import read_capped

#: Call files larger than this are refused: 10,000 calls are about 15 MB of JSON.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class CallImportReport:
    added: int
    already_present: int
    by_campaign: Counter[str] = field(default_factory=Counter)


def list_calls(database: Database, campaign_id: str | None = None) -> list[CallSummary]:
    with database.reading() as session:
        return CallStore(session).list(campaign_id)


def resolve_call(database: Database, id_or_prefix: str) -> str:
    with database.reading() as session:
        return CallStore(session).resolve(id_or_prefix)


def load_call(database: Database, call_id: str) -> tuple[TestCall, Campaign]:
    """A call with the campaign version it was made with."""
    with database.reading() as session:
        call = CallStore(session).get(call_id)
        campaign = CampaignStore(session).version(call.campaign_id, call.campaign_version)
    return call, campaign


def show_call(database: Database, id_or_prefix: str) -> Record:
    """The full record of a call, with timings and scores computed from what was recorded."""
    call, campaign = load_call(database, resolve_call(database, id_or_prefix))
    # No agent text where the campaign does not record agent names (older data included).
    return call_to_record(
        call, call.score(campaign), include_agent=campaign.rules.record_agent_names
    )


def import_call_records(
    database: Database, path: Path, default_tester: str = ""
) -> CallImportReport:
    """Validate every record of a JSON file, then add the new calls in one transaction."""
    source = str(path)
    data = parse_json_document(read_capped(path, MAX_IMPORT_BYTES, source), source)

    with database.transaction() as session:
        campaigns = CampaignStore(session)
        cache: dict[tuple[str, int | None], tuple[Campaign, int] | None] = {}
        versions: dict[tuple[str, int], Campaign] = {}

        def lookup(campaign_id: str, version: int | None) -> tuple[Campaign, int] | None:
            key = (campaign_id, version)
            if key not in cache:
                cache[key] = _find_version(campaigns, campaign_id, version)
                if cache[key] is not None:
                    campaign, number = cache[key]  # type: ignore[misc]
                    versions[(campaign_id, number)] = campaign
            return cache[key]

        calls = read_call_records(data, source, lookup, default_tester)
        store = CallStore(session)
        new = [call for call in calls if not store.exists(call.id)]
        store.add_many(
            (call, call.score(versions[(call.campaign_id, call.campaign_version)])) for call in new
        )
    return CallImportReport(
        added=len(new),
        already_present=len(calls) - len(new),
        by_campaign=Counter(call.campaign_id for call in new),
    )


def _find_version(
    campaigns: CampaignStore, campaign_id: str, version: int | None
) -> tuple[Campaign, int] | None:
    if not campaigns.exists(campaign_id):
        return None
    try:
        number = campaigns.latest_version_number(campaign_id) if version is None else version
        return campaigns.version(campaign_id, number), number
    except LookupError:
        return None
