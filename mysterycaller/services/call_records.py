"""Call records: the JSON shape of `calls show --json`, and strict JSON parsing for imports.

Reading records back in (with validation) is in ``services.call_record_reader``.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Any

from mysterycaller.domain.call import TestCall
from mysterycaller.domain.scoring import CallScore
from mysterycaller.services.errors import Problem, RefusedInput

Record = dict[str, Any]

#: Keys a record may carry that are computed on output and ignored on input.
COMPUTED_KEYS = frozenset({"reached", "score", "raw_score", "knocked_out", "sections"})
REQUIRED_KEYS = ("campaign_id", "scenario_id", "target_id", "started_at", "attempts", "results")
OPTIONAL_KEYS = frozenset(
    {"id", "tester", "status", "campaign_version", "notes", "agent", "impression", "completed_at"}
)


def call_to_record(call: TestCall, score: CallScore, *, include_agent: bool = True) -> Record:
    """The JSON-ready record of a call, as `calls show --json` prints it."""
    return {
        "id": call.id,
        "campaign_id": call.campaign_id,
        "campaign_version": call.campaign_version,
        "scenario_id": call.scenario_id,
        "target_id": call.target_id,
        "tester": call.tester,
        "status": str(call.status),
        "reached": call.reached,
        "started_at": _timestamp(call.started_at),
        "completed_at": _timestamp(call.completed_at) if call.completed_at else None,
        "attempts": [
            {
                "outcome": str(attempt.outcome) if attempt.outcome else None,
                "phases": [{"phase": str(m.phase), "start": m.start} for m in attempt.phases],
                "timings": attempt.timings().as_dict(),
            }
            | ({"interrupted": True} if attempt.interrupted else {})
            for attempt in call.attempts
        ],
        "results": {
            criterion_id: {"value": result.value, "at": result.at}
            | ({"na": True} if result.na else {})
            for criterion_id, result in call.results.items()
        },
        "score": score.score,
        "raw_score": score.raw_score,
        "knocked_out": score.knocked_out,
        "sections": dict(score.sections),
        "notes": [{"at": note.at, "text": note.text} for note in call.notes],
        "agent": call.agent if include_agent else None,
        "impression": call.impression,
    }


def _timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def parse_json_document(text: str | bytes, source: str) -> Any:
    """Parse JSON, refusing duplicate keys, NaN and syntax errors with their line."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise RefusedInput(
                source, [Problem("", None, f"not UTF-8 text (byte {error.start})")]
            ) from None
    if not text.strip():
        raise RefusedInput(source, [Problem("", None, "the file is empty")])

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        mapping = dict(pairs)
        if len(mapping) != len(pairs):  # linear: a file with many keys must not stall the app
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    raise ValueError(f"duplicate key {key!r}")
                seen.add(key)
        return mapping

    def no_constant(name: str) -> Any:
        raise ValueError(f"{name} is not a number JSON allows")

    def finite(literal: str) -> float:
        value = float(literal)
        if not math.isfinite(value):
            raise ValueError(f"{literal} is too large a number")
        return value

    try:
        return json.loads(
            text, object_pairs_hook=no_duplicates, parse_constant=no_constant, parse_float=finite
        )
    except RecursionError:
        raise RefusedInput(source, [Problem("", None, "nested too deeply")]) from None
    except json.JSONDecodeError as error:
        raise RefusedInput(
            source, [Problem("", error.lineno, f"invalid JSON: {error.msg} (column {error.colno})")]
        ) from None
    except ValueError as error:
        raise RefusedInput(source, [Problem("", None, f"invalid JSON: {error}")]) from None
