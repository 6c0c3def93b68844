"""Test calls with their attempts, results and notes; scores are cached beside each call.

Calls are read and written with Core statements on the tables (not ORM objects): bulk inserts
stay fast, and a call replaced within a transaction is never served stale from an identity map.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, desc, func, insert, select
from sqlalchemy.orm import Session

from mysterycaller.domain.call import CallStatus, TestCall
from mysterycaller.domain.scoring import CallScore
from mysterycaller.persistence import ids
from mysterycaller.persistence.call_reading import read_calls
from mysterycaller.persistence.call_tables import (
    ATTEMPTS,
    CALL_LOG,
    CALLS,
    NOTES,
    RESULTS,
    VERSIONS,
    from_stored_time,
    to_stored_time,
)

__all__ = [
    "ATTEMPTS",
    "CALLS",
    "CALL_LOG",
    "NOTES",
    "RESULTS",
    "SUMMARY_COLUMNS",
    "VERSIONS",
    "CallStore",
    "CallSummary",
    "from_stored_time",
    "summary_from_row",
    "to_stored_time",
]

SUMMARY_COLUMNS = (
    CALLS.c.id,
    CALLS.c.campaign_id,
    CALLS.c.scenario_id,
    CALLS.c.target_id,
    CALLS.c.tester,
    CALLS.c.status,
    CALLS.c.started_at,
    CALLS.c.utc_offset_minutes,
    CALLS.c.reached,
    CALLS.c.score,
    CALLS.c.raw_score,
    CALLS.c.knocked_out,
    CALLS.c.section_scores,
)


@dataclass(frozen=True)
class CallSummary:
    id: str
    campaign_id: str
    scenario_id: str
    target_id: str
    tester: str
    status: str
    #: Timezone-aware, in the offset the call was recorded with.
    started_at: datetime
    reached: bool
    score: float | None
    raw_score: float | None
    knocked_out: bool
    section_scores: dict[str, float] = field(default_factory=dict)


class CallStore:
    """Test calls in one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._version_ids: dict[tuple[uuid.UUID, int], uuid.UUID] = {}

    def add(self, call: TestCall, score: CallScore) -> None:
        """Store a new call with its score; LookupError if its campaign version is unknown."""
        self.add_many([(call, score)])

    def add_many(self, items: Iterable[tuple[TestCall, CallScore]], chunk: int = 5000) -> int:
        """Store many new calls with executemany inserts, ``chunk`` calls at a time."""
        batch = _Batch()
        total = 0
        for call, score in items:
            batch.add(call, score, self._version_id(call))
            total += 1
            if batch.size >= chunk:
                batch.write(self.session)
                batch = _Batch()
        batch.write(self.session)
        return total

    def get(self, call_id: str) -> TestCall:
        """The full call: attempts, results and notes in order, started_at in its offset."""
        key = ids.parse_uuid(call_id, "call")
        found = read_calls(self.session, [key]).get(key)
        if found is None:
            raise LookupError(f"no call with id {call_id!r}")
        return found

    def get_many(self, call_ids: Sequence[str]) -> builtins.list[TestCall]:
        """Full calls for many ids in four queries, in the order given; unknown ids are skipped."""
        keys = [ids.parse_uuid(call_id, "call") for call_id in call_ids]
        found = read_calls(self.session, keys)
        return [found[key] for key in keys if key in found]

    def ids_oldest_first(
        self, campaign_id: str, status: CallStatus | None = None
    ) -> builtins.list[str]:
        """The ids of a campaign's calls (with ``status``, if given) in the order they were made."""
        query = (
            select(CALLS.c.id)
            .where(CALLS.c.campaign_id == ids.parse_uuid(campaign_id, "campaign"))
            .order_by(CALLS.c.started_at, CALLS.c.id)
        )
        if status is not None:
            query = query.where(CALLS.c.status == status.value)
        return [str(key) for key in self.session.scalars(query)]

    def exists(self, call_id: str) -> bool:
        """Whether a call with this id is stored."""
        try:
            key = ids.parse_uuid(call_id, "call")
        except LookupError:
            return False
        return self.session.scalar(select(CALLS.c.id).where(CALLS.c.id == key)) is not None

    def resolve(self, id_or_prefix: str) -> str:
        """The full id for a full id or an unambiguous prefix of at least 8 hex characters."""
        return ids.resolve(self.session, CALLS.c.id, id_or_prefix, "call")

    def list(
        self,
        campaign_id: str | None = None,
        *,
        offset: int = 0,
        limit: int | None = None,
        status: CallStatus | None = None,
    ) -> builtins.list[CallSummary]:
        """Summaries of the calls (of one campaign, with one status, if given), newest first."""
        query = select(*SUMMARY_COLUMNS).order_by(desc(CALLS.c.started_at), desc(CALLS.c.id))
        if status is not None:
            query = query.where(CALLS.c.status == status.value)
        if campaign_id is not None:
            query = query.where(CALLS.c.campaign_id == ids.parse_uuid(campaign_id, "campaign"))
        query = query.offset(offset) if offset else query
        query = query.limit(limit) if limit is not None else query
        return [summary_from_row(row) for row in self.session.execute(query)]

    def summary(self, call_id: str) -> CallSummary:
        """The summary of one call; LookupError if there is none."""
        key = ids.parse_uuid(call_id, "call")
        row = self.session.execute(select(*SUMMARY_COLUMNS).where(CALLS.c.id == key)).first()
        if row is None:
            raise LookupError(f"no call with id {call_id!r}")
        return summary_from_row(row)

    def count(self, campaign_id: str | None = None) -> int:
        """How many calls are stored (for one campaign, if given)."""
        query = select(func.count()).select_from(CALLS)
        if campaign_id is not None:
            query = query.where(CALLS.c.campaign_id == ids.parse_uuid(campaign_id, "campaign"))
        return self.session.scalar(query) or 0

    def delete(self, call_id: str) -> None:
        """Remove a call with everything belonging to it; LookupError if there is none."""
        key = ids.parse_uuid(call_id, "call")
        deleted = self.session.execute(delete(CALLS).where(CALLS.c.id == key))
        if deleted.rowcount == 0:  # type: ignore[attr-defined]
            raise LookupError(f"no call with id {call_id!r}")

    def replace(self, call: TestCall, score: CallScore) -> None:
        """Store ``call`` in place of the stored call with its id (or add it); keeps its log."""
        key = ids.parse_uuid(call.id, "call")
        # The log is the call's history, which a re-import must not erase.
        log = [
            dict(row)
            for row in self.session.execute(
                select(CALL_LOG).where(CALL_LOG.c.call_id == key)
            ).mappings()
        ]
        self.session.execute(delete(CALLS).where(CALLS.c.id == key))
        self.add(call, score)
        if log:
            self.session.execute(insert(CALL_LOG), log)

    def _version_id(self, call: TestCall) -> uuid.UUID:
        campaign = ids.parse_uuid(call.campaign_id, "campaign")
        key = (campaign, call.campaign_version)
        found = self._version_ids.get(key)
        if found is None:
            found = self.session.scalar(
                select(VERSIONS.c.id).where(
                    VERSIONS.c.campaign_id == campaign, VERSIONS.c.number == call.campaign_version
                )
            )
            if found is None:
                raise LookupError(
                    f"campaign {call.campaign_id} has no version {call.campaign_version}"
                )
            self._version_ids[key] = found
        return found


class _Batch:
    """Rows of a chunk of calls, written table by table in the order foreign keys need."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.attempts: list[dict[str, Any]] = []
        self.results: list[dict[str, Any]] = []
        self.notes: list[dict[str, Any]] = []

    @property
    def size(self) -> int:
        return len(self.calls)

    def add(self, call: TestCall, score: CallScore, version_id: uuid.UUID) -> None:
        key = uuid.UUID(call.id)
        started_at, offset = to_stored_time(call.started_at)
        completed_at = to_stored_time(call.completed_at)[0] if call.completed_at else None
        self.calls.append(
            {
                "id": key,
                "campaign_id": uuid.UUID(call.campaign_id),
                "campaign_version_id": version_id,
                "scenario_id": call.scenario_id,
                "target_id": call.target_id,
                "tester": call.tester,
                "status": CallStatus(call.status).value,
                "started_at": started_at,
                "utc_offset_minutes": offset,
                "completed_at": completed_at,
                "agent": call.agent,
                "impression": call.impression,
                "reached": call.reached,
                "score": score.score,
                "raw_score": score.raw_score,
                "knocked_out": score.knocked_out,
                "section_scores": dict(score.sections),
            }
        )
        self.attempts.extend(
            {
                "id": uuid.uuid4(),
                "call_id": key,
                "number": number,
                "outcome": attempt.outcome.value if attempt.outcome is not None else None,
                "phases": [[mark.phase.value, mark.start] for mark in attempt.phases],
                "interrupted": attempt.interrupted,
            }
            for number, attempt in enumerate(call.attempts, start=1)
        )
        self.results.extend(
            {
                "call_id": key,
                "criterion_id": criterion_id,
                "value": result.value,
                "na": result.na,
                "at": result.at,
            }
            for criterion_id, result in call.results.items()
        )
        self.notes.extend(
            {"id": uuid.uuid4(), "call_id": key, "position": position, "at": n.at, "text": n.text}
            for position, n in enumerate(call.notes)
        )

    def write(self, session: Session) -> None:
        for table, rows in (
            (CALLS, self.calls),
            (ATTEMPTS, self.attempts),
            (RESULTS, self.results),
            (NOTES, self.notes),
        ):
            if rows:
                session.execute(insert(table), rows)


def summary_from_row(row: Any) -> CallSummary:
    """The summary of a call from a row of ``SUMMARY_COLUMNS``."""
    return CallSummary(
        id=str(row.id),
        campaign_id=str(row.campaign_id),
        scenario_id=row.scenario_id,
        target_id=row.target_id,
        tester=row.tester,
        status=row.status,
        started_at=from_stored_time(row.started_at, row.utc_offset_minutes),
        reached=row.reached,
        score=row.score,
        raw_score=row.raw_score,
        knocked_out=row.knocked_out,
        section_scores=dict(row.section_scores or {}),
    )
