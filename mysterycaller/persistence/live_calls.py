"""Small writes for a call in progress: one attempt, one result, one note at a time.

Each function runs inside the caller's transaction; the call session commits one action per
transaction so that a kill at any moment loses nothing that was shown as saved.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from mysterycaller.domain.call import Attempt, CallStatus, Note
from mysterycaller.domain.scoring import CallScore, Result
from mysterycaller.persistence import ids
from mysterycaller.persistence.calls import (
    ATTEMPTS,
    CALL_LOG,
    CALLS,
    NOTES,
    RESULTS,
    to_stored_time,
)
from mysterycaller.persistence.campaigns import utc_now


class LiveCallStore:
    """Writes the actions of a call being made, each into the session's current transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def save_attempt(self, call_id: str, number: int, attempt: Attempt) -> None:
        """Insert or update attempt ``number`` (1-based) of the call."""
        key = ids.parse_uuid(call_id, "call")
        values = {
            "outcome": attempt.outcome.value if attempt.outcome is not None else None,
            "phases": [[mark.phase.value, mark.start] for mark in attempt.phases],
            "interrupted": attempt.interrupted,
        }
        changed = self.session.execute(
            update(ATTEMPTS)
            .where(ATTEMPTS.c.call_id == key, ATTEMPTS.c.number == number)
            .values(**values)
        ).rowcount  # type: ignore[attr-defined]
        if not changed:
            self.session.execute(
                insert(ATTEMPTS).values(id=uuid.uuid4(), call_id=key, number=number, **values)
            )

    def save_result(self, call_id: str, criterion_id: str, result: Result | None) -> None:
        """Record (or with None, remove) the result of one criterion."""
        key = ids.parse_uuid(call_id, "call")
        where = (RESULTS.c.call_id == key, RESULTS.c.criterion_id == criterion_id)
        if result is None:
            self.session.execute(delete(RESULTS).where(*where))
            return
        values = {"value": result.value, "na": result.na, "at": result.at}
        updated = self.session.execute(update(RESULTS).where(*where).values(**values))
        if not updated.rowcount:  # type: ignore[attr-defined]
            self.session.execute(
                insert(RESULTS).values(call_id=key, criterion_id=criterion_id, **values)
            )

    def add_note(self, call_id: str, note: Note) -> None:
        key = ids.parse_uuid(call_id, "call")
        position = self.session.execute(
            select(func.coalesce(func.max(NOTES.c.position), 0)).where(NOTES.c.call_id == key)
        ).scalar_one()
        self.session.execute(
            insert(NOTES).values(
                id=uuid.uuid4(), call_id=key, position=position + 1, at=note.at, text=note.text
            )
        )

    def save_score(self, call_id: str, score: CallScore) -> None:
        """Keep the cached score columns in step with what was recorded."""
        self.session.execute(
            update(CALLS)
            .where(CALLS.c.id == ids.parse_uuid(call_id, "call"))
            .values(
                reached=score.reached,
                score=score.score,
                raw_score=score.raw_score,
                knocked_out=score.knocked_out,
                section_scores=dict(score.sections),
            )
        )

    def set_status(
        self,
        call_id: str,
        status: CallStatus,
        *,
        completed_at: datetime | None = None,
        agent: str | None = None,
        impression: str | None = None,
    ) -> None:
        values: dict[str, object] = {"status": status.value}
        if status is CallStatus.COMPLETED:
            values["completed_at"] = to_stored_time(completed_at)[0] if completed_at else None
            values["agent"] = agent
            values["impression"] = impression
        else:
            values["completed_at"] = None
        self.session.execute(
            update(CALLS).where(CALLS.c.id == ids.parse_uuid(call_id, "call")).values(**values)
        )

    def log(self, call_id: str, action: str, detail: str | None = None) -> None:
        """Append to the call's history (reopening a completed call, say)."""
        self.session.execute(
            insert(CALL_LOG).values(
                id=uuid.uuid4(),
                call_id=ids.parse_uuid(call_id, "call"),
                logged_at=utc_now(),
                action=action,
                detail=detail,
            )
        )

    def history(self, call_id: str) -> list[tuple[datetime, str, str | None]]:
        rows = self.session.execute(
            select(CALL_LOG.c.logged_at, CALL_LOG.c.action, CALL_LOG.c.detail)
            .where(CALL_LOG.c.call_id == ids.parse_uuid(call_id, "call"))
            .order_by(CALL_LOG.c.logged_at)
        )
        return [(at, action, detail) for at, action, detail in rows]

    def in_progress(self) -> list[str]:
        """Ids of the calls not yet completed, newest first."""
        rows = self.session.execute(
            select(CALLS.c.id)
            .where(CALLS.c.status == CallStatus.IN_PROGRESS.value)
            .order_by(CALLS.c.started_at.desc())
        )
        return [str(row[0]) for row in rows]
