"""SQL for the call list: count and page the calls of one campaign, filtered and sorted.

SQLAlchemy Core on the calls table, portable across databases. Target names and scenario titles
live in the campaign document, not in tables, so the caller turns typed words into ids
(``WordMatch``) and names into an order of ids (``name_order``); the SQL never sees a name.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, asc, case, desc, false, func, or_, select
from sqlalchemy.orm import Session

from mysterycaller.domain.call import CallStatus
from mysterycaller.persistence.call_tables import CALLS
from mysterycaller.persistence.calls import SUMMARY_COLUMNS, CallSummary, summary_from_row


class SortColumn(enum.StrEnum):
    """What the call list can be sorted by."""

    STATUS = "status"
    STARTED_AT = "started_at"
    TARGET = "target"
    SCENARIO = "scenario"
    TESTER = "tester"
    SCORE = "score"


@dataclass(frozen=True)
class WordMatch:
    """One typed word: a call matches when any of these does (tester text, ids, status codes)."""

    tester_text: str
    target_ids: frozenset[str] = frozenset()
    scenario_ids: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()


def count(session: Session, campaign_id: str, matches: Sequence[WordMatch] = ()) -> int:
    """How many calls of the campaign match every word."""
    query = select(func.count()).select_from(CALLS).where(*_conditions(campaign_id, matches))
    return session.scalar(query) or 0


def page(
    session: Session,
    campaign_id: str,
    matches: Sequence[WordMatch] = (),
    *,
    sort: SortColumn = SortColumn.STARTED_AT,
    descending: bool = True,
    name_order: Sequence[str] = (),
    offset: int = 0,
    limit: int = 200,
) -> list[CallSummary]:
    """``limit`` matching calls from ``offset`` on, sorted (ties: newest first).

    ``name_order`` lists target or scenario ids in the order of their names, for sorting by
    target or scenario (collations differ between databases, so Python sorts the names).
    """
    direction = desc if descending else asc
    keys = [direction(key) for key in _sort_keys(sort, name_order)]
    query = (
        select(*SUMMARY_COLUMNS)
        .where(*_conditions(campaign_id, matches))
        .order_by(*keys, desc(CALLS.c.started_at), desc(CALLS.c.id))
        .offset(offset)
        .limit(limit)
    )
    return _rows(session, query)


def in_progress(session: Session) -> list[CallSummary]:
    """Every call not yet completed, in any campaign, newest first."""
    query = (
        select(*SUMMARY_COLUMNS)
        .where(CALLS.c.status == CallStatus.IN_PROGRESS.value)
        .order_by(desc(CALLS.c.started_at), desc(CALLS.c.id))
    )
    return _rows(session, query)


def _rows(session: Session, query: Select[Any]) -> list[CallSummary]:
    return [summary_from_row(row) for row in session.execute(query)]


def _conditions(campaign_id: str, matches: Sequence[WordMatch]) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [CALLS.c.campaign_id == uuid.UUID(campaign_id)]
    conditions.extend(_word_condition(match) for match in matches)  # every word must match
    return conditions


def _word_condition(match: WordMatch) -> ColumnElement[bool]:
    text = match.tester_text
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    alternatives: list[ColumnElement[bool]] = [CALLS.c.tester.ilike(f"%{escaped}%", escape="\\")]
    if match.target_ids:
        alternatives.append(CALLS.c.target_id.in_(sorted(match.target_ids)))
    if match.scenario_ids:
        alternatives.append(CALLS.c.scenario_id.in_(sorted(match.scenario_ids)))
    if match.statuses:
        alternatives.append(CALLS.c.status.in_(sorted(match.statuses)))
    return or_(false(), *alternatives)


def _sort_keys(column: SortColumn, name_order: Sequence[str]) -> list[ColumnElement[Any]]:
    if column is SortColumn.STATUS:
        return [CALLS.c.status]
    if column is SortColumn.STARTED_AT:
        return [CALLS.c.started_at]
    if column is SortColumn.TARGET:
        return [_by_position(CALLS.c.target_id, name_order)]
    if column is SortColumn.SCENARIO:
        return [_by_position(CALLS.c.scenario_id, name_order)]
    if column is SortColumn.TESTER:
        return [CALLS.c.tester]
    # Score: not reached lowest, then knocked out, then the score itself.
    return [CALLS.c.reached, ~CALLS.c.knocked_out, func.coalesce(CALLS.c.score, -1.0)]


def _by_position(column: ColumnElement[Any], ordered: Sequence[str]) -> ColumnElement[Any]:
    """The position of each id in ``ordered`` as SQL; ids not in it come first."""
    if not ordered:
        return column
    return case({key: position for position, key in enumerate(ordered)}, value=column, else_=-1)
