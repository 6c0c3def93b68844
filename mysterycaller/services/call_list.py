"""The list of test calls in the main window: counted, filtered, sorted and paged by the database.

The GUI asks for the next 200 rows when the view scrolls near the end, so 100,000 calls cost no
more than 200. This use case adds what the SQL cannot know (``persistence.call_list_queries``):
target names and scenario titles from the campaign document, the words for a status in the
user's language, and what a typed filter means.

The queries run in a worker thread while the GUI thread may ask to forget cached names: the
status words are fixed at construction and the name cache is guarded by a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from mysterycaller.domain.campaign import Campaign
from mysterycaller.persistence import call_list_queries as queries
from mysterycaller.persistence.call_list_queries import SortColumn, WordMatch
from mysterycaller.persistence.calls import CallSummary
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database

__all__ = ["CallList", "CallListEntry", "SortColumn", "interrupted_calls"]


@dataclass(frozen=True)
class CallListEntry:
    """One row of the call list: codes and names, no ORM objects."""

    id: str
    status: str
    #: Timezone-aware, in the offset the call was recorded with.
    started_at: datetime
    target_id: str
    target_name: str
    scenario_id: str
    scenario_title: str
    tester: str
    reached: bool
    score: float | None
    knocked_out: bool


@dataclass(frozen=True)
class _Names:
    """Target names and scenario titles of one campaign, by id."""

    targets: Mapping[str, str]
    scenarios: Mapping[str, str]

    @classmethod
    def of(cls, campaign: Campaign) -> _Names:
        return cls(
            MappingProxyType({target.id: target.name for target in campaign.targets}),
            MappingProxyType({scenario.id: scenario.title for scenario in campaign.scenarios}),
        )

    def entry(self, row: CallSummary) -> CallListEntry:
        return CallListEntry(
            id=row.id,
            status=row.status,
            started_at=row.started_at,
            target_id=row.target_id,
            target_name=self.targets.get(row.target_id, row.target_id),
            scenario_id=row.scenario_id,
            scenario_title=self.scenarios.get(row.scenario_id, row.scenario_id),
            tester=row.tester,
            reached=row.reached,
            score=row.score,
            knocked_out=row.knocked_out,
        )


class CallList:
    """Queries for the call list of one database; each method runs its own short transaction."""

    def __init__(self, database: Database, status_labels: Mapping[str, str] | None = None) -> None:
        self.database = database
        #: Words a user may type to find a status (in the GUI's language), by status code.
        self.status_labels: Mapping[str, str] = MappingProxyType(dict(status_labels or {}))
        self._names: dict[str, _Names] = {}
        self._names_lock = threading.Lock()
        self._names_generation = 0

    def forget_campaigns(self) -> None:
        """Drop cached target and scenario names (after a campaign was imported)."""
        with self._names_lock:
            self._names.clear()
            self._names_generation += 1

    def count(self, campaign_id: str, filter_text: str = "") -> int:
        """How many calls of the campaign match the filter."""
        matches = self.word_matches(campaign_id, filter_text)
        with self.database.reading() as session:
            return queries.count(session, campaign_id, matches)

    def page(
        self,
        campaign_id: str,
        filter_text: str = "",
        sort_column: SortColumn | str = SortColumn.STARTED_AT,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[CallListEntry]:
        """``limit`` calls from ``offset`` on, filtered and sorted (ties: newest first)."""
        names = self._campaign_names(campaign_id)
        sort = SortColumn(sort_column)
        matches = self.word_matches(campaign_id, filter_text)
        with self.database.reading() as session:
            rows = queries.page(
                session,
                campaign_id,
                matches,
                sort=sort,
                descending=descending,
                name_order=_name_order(sort, names),
                offset=offset,
                limit=limit,
            )
        return [names.entry(row) for row in rows]

    def word_matches(self, campaign_id: str, filter_text: str) -> list[WordMatch]:
        """What each typed word may match: tester text, targets, scenarios, statuses."""
        words = filter_text.casefold().split()
        if not words:
            return []
        names = self._campaign_names(campaign_id)
        return [
            WordMatch(
                tester_text=word,
                target_ids=_ids_containing(word, names.targets),
                scenario_ids=_ids_containing(word, names.scenarios),
                statuses=frozenset(
                    code
                    for code, label in self.status_labels.items()
                    if word in label.casefold() or word in code
                ),
            )
            for word in words
        ]

    def _campaign_names(self, campaign_id: str) -> _Names:
        with self._names_lock:
            names = self._names.get(campaign_id)
            generation = self._names_generation
        if names is not None:
            return names
        with self.database.reading() as session:
            names = _Names.of(CampaignStore(session).latest(campaign_id))
        with self._names_lock:
            # Names read before a forget_campaigns may be stale: use them once, keep them not.
            if generation == self._names_generation:
                self._names[campaign_id] = names
        return names


def interrupted_calls(database: Database) -> list[CallListEntry]:
    """Calls left in progress (by a crash, a kill, or closing the app mid-call), newest first."""
    with database.reading() as session:
        rows = queries.in_progress(session)
        store = CampaignStore(session)
        names = {
            campaign_id: _Names.of(store.latest(campaign_id))
            for campaign_id in {row.campaign_id for row in rows}
        }
    return [names[row.campaign_id].entry(row) for row in rows]


def _ids_containing(word: str, names: Mapping[str, str]) -> frozenset[str]:
    return frozenset(key for key, name in names.items() if word in name.casefold())


def _name_order(sort: SortColumn, names: _Names) -> list[str]:
    """Target or scenario ids in the order of their names, when sorting by one of them."""
    by_id = {SortColumn.TARGET: names.targets, SortColumn.SCENARIO: names.scenarios}.get(sort)
    if not by_id:
        return []
    return sorted(by_id, key=lambda key: (by_id[key].casefold(), by_id[key], key))
