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

#: Records nest four levels deep and campaign documents about eight; far deeper is no document
#: of ours, and would only strain the checks that walk it.
MAX_DEPTH = 64
#: Lists and objects in one document: a call record has about 26, so this is room for some
#: 19,000 calls; a hostile file of millions of ``{}`` would cost gigabytes to parse.
MAX_CONTAINERS = 500_000
#: Characters of one number: timings and scores need a dozen; a longer one is hostile.
MAX_NUMBER_CHARACTERS = 40

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
    # Counted before parsing (in C, over the text as it is): brackets inside strings count too,
    # which only errs on the side of refusing a hostile file early.
    containers = text.count("{") + text.count("[")
    if containers > MAX_CONTAINERS:
        message = (
            f"holds {containers:,} lists and objects, more than the {MAX_CONTAINERS:,} allowed "
            "(split a file this large into several)"
        )
        raise RefusedInput(source, [Problem("", None, message)])

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
        if len(literal) > MAX_NUMBER_CHARACTERS:
            raise ValueError(f"a number with {len(literal)} characters is too long")
        value = float(literal)
        if not math.isfinite(value):
            raise ValueError(f"{literal} is too large a number")
        return value

    def integer(literal: str) -> int:
        if len(literal) > MAX_NUMBER_CHARACTERS:
            raise ValueError(f"a number with {len(literal)} digits is too long")
        return int(literal)

    too_deep = RefusedInput(
        source, [Problem("", None, f"nested too deeply (more than {MAX_DEPTH} levels)")]
    )
    try:
        value = json.loads(
            text,
            object_pairs_hook=no_duplicates,
            parse_constant=no_constant,
            parse_float=finite,
            parse_int=integer,
        )
    except RecursionError:
        raise too_deep from None
    except json.JSONDecodeError as error:
        raise RefusedInput(
            source, [Problem("", error.lineno, f"invalid JSON: {error.msg} (column {error.colno})")]
        ) from None
    except ValueError as error:
        raise RefusedInput(source, [Problem("", None, f"invalid JSON: {error}")]) from None
    if _depth_exceeds(value, MAX_DEPTH):
        raise too_deep
    return value


def _depth_exceeds(value: Any, limit: int) -> bool:
    """True if lists and objects nest deeper than ``limit`` (walked without recursion)."""
    if not isinstance(value, dict | list):
        return False
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > limit:
                    return True
                stack.append((child, depth + 1))
    return False
