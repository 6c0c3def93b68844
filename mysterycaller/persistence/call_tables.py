"""The call tables and how their timestamps are stored (naive UTC plus the original offset)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import Table

from mysterycaller.persistence.models import Base

_tables = Base.metadata.tables
CALLS: Table = _tables["calls"]
ATTEMPTS: Table = _tables["attempts"]
RESULTS: Table = _tables["results"]
NOTES: Table = _tables["notes"]
CALL_LOG: Table = _tables["call_log"]
VERSIONS: Table = _tables["campaign_versions"]


def to_stored_time(moment: datetime) -> tuple[datetime, int]:
    """Naive UTC and the offset in minutes of an aware datetime."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError(f"{moment.isoformat()} has no UTC offset; calls need aware times")
    return moment.astimezone(UTC).replace(tzinfo=None), round(offset.total_seconds() / 60)


def from_stored_time(naive_utc: datetime, offset_minutes: int) -> datetime:
    """The aware datetime, in its original offset, of a stored naive UTC time."""
    return naive_utc.replace(tzinfo=UTC).astimezone(timezone(timedelta(minutes=offset_minutes)))
