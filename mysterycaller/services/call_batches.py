"""Every completed call of a campaign with its score and campaign version, read in chunks.

Calls still in progress (or never dialled) are not results yet: no report or export counts them.

Reports and exports of a whole wave read thousands of calls; reading them a chunk at a time
(``CallStore.get_many``: four queries per chunk) in one transaction sees the wave as one
consistent state without one query per call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from mysterycaller.domain.call import CallStatus, TestCall
from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.scoring import CallScore
from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database

Progress = Callable[[int, int], None]
CHUNK = 500


@dataclass(frozen=True)
class ScoredCall:
    """A call, its score by the rules of its campaign version, and that version."""

    call: TestCall
    score: CallScore
    campaign: Campaign


def campaign_calls(
    database: Database,
    campaign_id: str,
    *,
    chunk: int = CHUNK,
    progress: Progress | None = None,
) -> Iterator[ScoredCall]:
    """The campaign's completed calls oldest first, scored; ``progress(done, total)`` per chunk."""
    with database.reading() as session:
        versions: dict[int, Campaign] = {}
        campaigns = CampaignStore(session)
        calls = CallStore(session)
        call_ids = calls.ids_oldest_first(campaign_id, CallStatus.COMPLETED)
        total = len(call_ids)
        if progress is not None:
            progress(0, total)
        for start in range(0, total, chunk):
            part = calls.get_many(call_ids[start : start + chunk])
            for call in part:
                number = call.campaign_version
                if number not in versions:
                    versions[number] = campaigns.version(campaign_id, number)
                yield ScoredCall(call, call.score(versions[number]), versions[number])
            if progress is not None:
                progress(start + len(part), total)
