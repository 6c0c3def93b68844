"""Ids at the boundary: domain strings to UUIDs, and resolving a typed prefix to one id."""

from __future__ import annotations

import string
import uuid

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

MIN_PREFIX = 8
_HEX = frozenset(string.hexdigits)


def parse_uuid(value: str | uuid.UUID, noun: str) -> uuid.UUID:
    """The UUID of a domain id; LookupError (as for an unknown id) when it is not one."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise LookupError(f"no {noun} with id {value!r}") from None


def resolve(
    session: Session,
    column: ColumnElement[uuid.UUID] | InstrumentedAttribute[uuid.UUID],
    id_or_prefix: str,
    noun: str,
) -> str:
    """The full id matching a full id or an unambiguous prefix of at least 8 hex characters."""
    typed = id_or_prefix.strip()
    digits = typed.replace("-", "").lower()
    if not digits or not set(digits) <= _HEX or len(digits) > 32:
        raise LookupError(f"no {noun} with id {typed!r}")
    if len(digits) < MIN_PREFIX:
        raise LookupError(f"give at least {MIN_PREFIX} characters of the {noun} id, not {typed!r}")
    # A prefix is the range of UUIDs it spans; this compares as UUIDs on every database (SQLite
    # stores hex text, PostgreSQL a native uuid) and can use the primary key index.
    low = uuid.UUID(digits.ljust(32, "0"))
    high = uuid.UUID(digits.ljust(32, "f"))
    matches = session.scalars(select(column).where(column >= low, column <= high)).all()
    if not matches:
        raise LookupError(f"no {noun} with id {typed!r}")
    if len(matches) > 1:
        raise LookupError(f"{typed!r} is ambiguous: matches {len(matches)} {noun}s")
    return str(matches[0])
