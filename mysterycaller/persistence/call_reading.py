"""Reading whole calls (attempts, results, notes) for many ids with four queries in all.

One place turns rows into ``TestCall`` values, whether a screen opens one call or a report
reads ten thousand.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mysterycaller.domain.call import Attempt, CallStatus, Note, TestCall
from mysterycaller.domain.scoring import Result
from mysterycaller.domain.timing import Outcome, Phase, PhaseMark
from mysterycaller.persistence.call_tables import (
    ATTEMPTS,
    CALLS,
    NOTES,
    RESULTS,
    VERSIONS,
    from_stored_time,
)


def read_calls(session: Session, keys: Sequence[uuid.UUID]) -> dict[uuid.UUID, TestCall]:
    """The calls with these ids (missing ones are absent), each with everything recorded."""
    if not keys:
        return {}
    rows = session.execute(
        select(CALLS, VERSIONS.c.number.label("version_number"))
        .join(VERSIONS, VERSIONS.c.id == CALLS.c.campaign_version_id)
        .where(CALLS.c.id.in_(keys))
    ).all()
    attempts = _attempts(session, keys)
    results = _results(session, keys)
    notes = _notes(session, keys)
    return {row.id: _call(row, attempts, results, notes) for row in rows}


def _call(
    row: Any,
    attempts: dict[uuid.UUID, list[Attempt]],
    results: dict[uuid.UUID, dict[str, Result]],
    notes: dict[uuid.UUID, list[Note]],
) -> TestCall:
    offset = row.utc_offset_minutes
    return TestCall(
        id=str(row.id),
        campaign_id=str(row.campaign_id),
        campaign_version=row.version_number,
        scenario_id=row.scenario_id,
        target_id=row.target_id,
        tester=row.tester,
        status=CallStatus(row.status),
        started_at=from_stored_time(row.started_at, offset),
        attempts=tuple(attempts.get(row.id, ())),
        results=results.get(row.id, {}),
        notes=tuple(notes.get(row.id, ())),
        agent=row.agent,
        impression=row.impression,
        completed_at=from_stored_time(row.completed_at, offset) if row.completed_at else None,
    )


def _attempts(session: Session, keys: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Attempt]]:
    found: dict[uuid.UUID, list[Attempt]] = {}
    query = (
        select(ATTEMPTS.c.call_id, ATTEMPTS.c.outcome, ATTEMPTS.c.phases, ATTEMPTS.c.interrupted)
        .where(ATTEMPTS.c.call_id.in_(keys))
        .order_by(ATTEMPTS.c.call_id, ATTEMPTS.c.number)
    )
    for call_id, outcome, phases, interrupted in session.execute(query):
        found.setdefault(call_id, []).append(
            Attempt(
                phases=tuple(PhaseMark(Phase(p), float(s)) for p, s in phases),
                outcome=Outcome(outcome) if outcome is not None else None,
                interrupted=interrupted,
            )
        )
    return found


def _results(session: Session, keys: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Result]]:
    found: dict[uuid.UUID, dict[str, Result]] = {}
    query = (
        select(RESULTS.c.call_id, RESULTS.c.criterion_id, RESULTS.c.value, RESULTS.c.na)
        .add_columns(RESULTS.c.at)
        .where(RESULTS.c.call_id.in_(keys))
        .order_by(RESULTS.c.call_id, RESULTS.c.criterion_id)
    )
    for call_id, criterion_id, value, na, at in session.execute(query):
        found.setdefault(call_id, {})[criterion_id] = Result(value=value, na=na, at=at)
    return found


def _notes(session: Session, keys: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Note]]:
    found: dict[uuid.UUID, list[Note]] = {}
    query = (
        select(NOTES.c.call_id, NOTES.c.at, NOTES.c.text)
        .where(NOTES.c.call_id.in_(keys))
        .order_by(NOTES.c.call_id, NOTES.c.position)
    )
    for call_id, at, text in session.execute(query):
        found.setdefault(call_id, []).append(Note(at=at, text=text))
    return found
