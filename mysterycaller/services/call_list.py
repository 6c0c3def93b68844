"""The list of test calls in the main window: counted, filtered, sorted and paged in SQL.

A page is a short query on the calls table (SQLAlchemy Core, portable): the GUI asks for the
next 200 rows when the view scrolls near the end, so 100,000 calls cost no more than 200.
Target names and scenario titles live in the campaign document, not in tables; sorting by them
uses a CASE expression built from the campaign, filtering turns matching names into ids.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, asc, case, desc, false, func, or_, select

from mysterycaller.domain.campaign import Campaign
from mysterycaller.persistence.calls import CALLS, from_stored_time
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database


class SortColumn(enum.StrEnum):
    STATUS = "status"
    STARTED_AT = "started_at"
    TARGET = "target"
    SCENARIO = "scenario"
    TESTER = "tester"
    SCORE = "score"


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


_COLUMNS = (
    CALLS.c.id,
    CALLS.c.status,
    CALLS.c.started_at,
    CALLS.c.utc_offset_minutes,
    CALLS.c.target_id,
    CALLS.c.scenario_id,
    CALLS.c.tester,
    CALLS.c.reached,
    CALLS.c.score,
    CALLS.c.knocked_out,
)


class CallList:
    """Queries for the call list of one database; each method runs its own short transaction."""

    def __init__(self, database: Database, status_labels: Mapping[str, str] | None = None) -> None:
        self.database = database
        #: Words a user may type to find a status (in the GUI's language), by status code.
        self.status_labels = dict(status_labels or {})
        self._names: dict[str, tuple[dict[str, str], dict[str, str]]] = {}

    def forget_campaigns(self) -> None:
        """Drop cached target and scenario names (after a campaign was imported)."""
        self._names.clear()

    def count(self, campaign_id: str, filter_text: str = "") -> int:
        """How many calls of the campaign match the filter."""
        targets, scenarios = self._campaign_names(campaign_id)
        query = select(func.count()).select_from(CALLS)
        query = query.where(*self._conditions(campaign_id, filter_text, targets, scenarios))
        with self.database.reading() as session:
            return session.scalar(query) or 0

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
        targets, scenarios = self._campaign_names(campaign_id)
        direction = desc if descending else asc
        keys = [direction(key) for key in _sort_keys(SortColumn(sort_column), targets, scenarios)]
        query = (
            select(*_COLUMNS)
            .where(*self._conditions(campaign_id, filter_text, targets, scenarios))
            .order_by(*keys, desc(CALLS.c.started_at), desc(CALLS.c.id))
            .offset(offset)
            .limit(limit)
        )
        with self.database.reading() as session:
            rows = session.execute(query).all()
        return [
            CallListEntry(
                id=str(row.id),
                status=row.status,
                started_at=from_stored_time(row.started_at, row.utc_offset_minutes),
                target_id=row.target_id,
                target_name=targets.get(row.target_id, row.target_id),
                scenario_id=row.scenario_id,
                scenario_title=scenarios.get(row.scenario_id, row.scenario_id),
                tester=row.tester,
                reached=row.reached,
                score=row.score,
                knocked_out=row.knocked_out,
            )
            for row in rows
        ]

    def _campaign_names(self, campaign_id: str) -> tuple[dict[str, str], dict[str, str]]:
        names = self._names.get(campaign_id)
        if names is None:
            with self.database.reading() as session:
                campaign = CampaignStore(session).latest(campaign_id)
            names = self._names[campaign_id] = _names(campaign)
        return names

    def _conditions(
        self,
        campaign_id: str,
        filter_text: str,
        targets: Mapping[str, str],
        scenarios: Mapping[str, str],
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [CALLS.c.campaign_id == uuid.UUID(campaign_id)]
        words = filter_text.casefold().split()
        for word in words:  # every word must match somewhere
            conditions.append(self._word_condition(word, targets, scenarios))
        return conditions

    def _word_condition(
        self, word: str, targets: Mapping[str, str], scenarios: Mapping[str, str]
    ) -> ColumnElement[bool]:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        alternatives: list[ColumnElement[bool]] = [
            CALLS.c.tester.ilike(f"%{escaped}%", escape="\\")
        ]
        target_ids = [i for i, name in targets.items() if word in name.casefold()]
        if target_ids:
            alternatives.append(CALLS.c.target_id.in_(target_ids))
        scenario_ids = [i for i, title in scenarios.items() if word in title.casefold()]
        if scenario_ids:
            alternatives.append(CALLS.c.scenario_id.in_(scenario_ids))
        statuses = [
            code
            for code, label in self.status_labels.items()
            if word in label.casefold() or word in code
        ]
        if statuses:
            alternatives.append(CALLS.c.status.in_(statuses))
        return or_(false(), *alternatives)


def _names(campaign: Campaign) -> tuple[dict[str, str], dict[str, str]]:
    return (
        {target.id: target.name for target in campaign.targets},
        {scenario.id: scenario.title for scenario in campaign.scenarios},
    )


def _sort_keys(
    column: SortColumn, targets: Mapping[str, str], scenarios: Mapping[str, str]
) -> list[ColumnElement[object]]:
    if column is SortColumn.STATUS:
        return [CALLS.c.status]
    if column is SortColumn.STARTED_AT:
        return [CALLS.c.started_at]
    if column is SortColumn.TARGET:
        return [_by_name(CALLS.c.target_id, targets)]
    if column is SortColumn.SCENARIO:
        return [_by_name(CALLS.c.scenario_id, scenarios)]
    if column is SortColumn.TESTER:
        return [CALLS.c.tester]
    # Score: not reached lowest, then knocked out, then the score itself.
    return [CALLS.c.reached, ~CALLS.c.knocked_out, func.coalesce(CALLS.c.score, -1.0)]


def _by_name(column: ColumnElement[str], names: Mapping[str, str]) -> ColumnElement[Any]:
    """Sort positions of ids by their names, as SQL (collations differ between databases)."""
    ordered = sorted(names, key=lambda key: (names[key].casefold(), names[key], key))
    if not ordered:
        return column
    return case({key: position for position, key in enumerate(ordered)}, value=column, else_=-1)
