"""Calls in bundle form: the record without computed fields, and its content identity."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from mysterycaller.domain.call import TestCall
from mysterycaller.domain.scoring import CallScore
from mysterycaller.services.call_records import COMPUTED_KEYS, Record, call_to_record

# call_to_record wants a score; its fields are dropped right away, so any score will do.
_NO_SCORE = CallScore(score=None, raw_score=None, knocked_out=False, reached=False)


def bundle_record(call: TestCall, *, include_agent: bool = True) -> Record:
    """The record of a call as bundles carry it: no scores, no timings (computed on import).

    ``include_agent`` False (the campaign does not record agent names) leaves the agent field
    empty, whatever an older version may have stored in it.
    """
    record = call_to_record(call, _NO_SCORE, include_agent=include_agent)
    for key in COMPUTED_KEYS:
        record.pop(key, None)
    for attempt in record["attempts"]:
        attempt.pop("timings", None)
    return record


def _canonical(value: Any) -> Any:
    # Whole numbers as floats: a result's `at` of 43 comes back from the database as 43.0,
    # and the same call must hash the same on both machines.
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def record_sha256(record: Record) -> str:
    """The SHA-256 of a record's canonical JSON (sorted keys, numbers as floats, no spaces)."""
    text = json.dumps(_canonical(record), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def call_sha256(call: TestCall) -> str:
    """The content identity of a call: equal for the same call on any machine."""
    return record_sha256(bundle_record(call))
