"""Phases, outcomes and the timing measures of one attempt (see spec/domain.md)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any


class Phase(enum.StrEnum):
    RINGING = "ringing"
    IVR = "ivr"
    QUEUE = "queue"
    TALK = "talk"
    HOLD = "hold"
    TRANSFER = "transfer"
    #: The hang-up: not a phase one spends time in, the end mark of the timeline.
    ENDED = "ended"


class Outcome(enum.StrEnum):
    ANSWERED = "answered"
    BUSY = "busy"
    NO_ANSWER = "no_answer"
    DROPPED = "dropped"
    ABANDONED = "abandoned"
    CLOSED = "closed"
    WRONG_NUMBER = "wrong_number"
    VOICEMAIL = "voicemail"


@dataclass(frozen=True)
class PhaseMark:
    """The moment a phase began, in seconds after dialling."""

    phase: Phase
    start: float


#: The measure names timing rules may use, in the order reports show them.
MEASURES: tuple[str, ...] = (
    "ring_seconds",
    "ivr_seconds",
    "queue_seconds",
    "time_to_answer",
    "hold_seconds",
    "hold_count",
    "longest_hold_seconds",
    "transfer_seconds",
    "transfers",
    "talk_seconds",
    "total_seconds",
)

#: Measures that only exist once somebody answered; without a talk phase they are None.
MEASURES_NEEDING_TALK = frozenset(
    {"time_to_answer", "hold_seconds", "hold_count", "longest_hold_seconds"}
)


@dataclass(frozen=True)
class Timings:
    # A measure is None when it does not exist for the attempt (no talk phase: no time to
    # answer) or is not known (the app was killed during the phase that it adds up).
    ring_seconds: float | None
    ivr_seconds: float | None
    queue_seconds: float | None
    time_to_answer: float | None
    hold_seconds: float | None
    hold_count: int | None
    longest_hold_seconds: float | None
    transfer_seconds: float | None
    transfers: int | None
    talk_seconds: float | None
    total_seconds: float | None

    def measure(self, name: str) -> float | None:
        """The value of a measure by its rule name; None when it does not exist for the call."""
        if name not in MEASURES:
            raise KeyError(name)
        value: float | None = getattr(self, name)
        return value

    def as_dict(self) -> dict[str, float | int | None]:
        return asdict(self)


class TimelineError(ValueError):
    """A phase timeline that cannot have happened (times going backwards, marks after hang-up)."""


def _ms(seconds: float) -> float:
    # Offsets are taken to the millisecond; rounding differences keep float noise
    # (41.9 - 6.2 = 35.699999...) out of stored and displayed figures.
    return round(seconds, 3)


def validate_timeline(marks: Sequence[PhaseMark]) -> None:
    """Raise TimelineError unless the marks form a timeline a stopwatch could record."""
    previous = 0.0
    for index, mark in enumerate(marks):
        if mark.start < 0:
            raise TimelineError(f"phase {index + 1} ({mark.phase}) starts before dialling")
        if mark.start < previous:
            raise TimelineError(f"phase {index + 1} ({mark.phase}) starts before the one before it")
        if index > 0 and marks[index - 1].phase is Phase.ENDED:
            raise TimelineError(f"phase {index + 1} ({mark.phase}) comes after the hang-up")
        previous = mark.start


def compute_timings(
    marks: Sequence[PhaseMark], now: float | None = None, *, interrupted: bool = False
) -> Timings:
    """Derive every measure of an attempt from its phase marks.

    A timeline without an ``ended`` mark is still running: its last phase lasts until ``now``
    (or has no length if ``now`` is not given), which is what the live stopwatch shows.
    An ``interrupted`` timeline (the app died during the call) has a last phase of unknown
    length: every measure that would add it up is None rather than a guess.
    """
    validate_timeline(marks)
    if interrupted and marks and marks[-1].phase is not Phase.ENDED:
        return _with_unknown_tail(compute_timings(marks), marks[-1].phase, marks)
    if marks and marks[-1].phase is Phase.ENDED:
        end = marks[-1].start
        spans = marks[:-1]
    else:
        last = marks[-1].start if marks else 0.0
        end = max(now, last) if now is not None else last
        spans = marks

    durations: dict[Phase, float] = {phase: 0.0 for phase in Phase}
    first_talk: float | None = None
    queue_before_talk = 0.0
    holds: list[float] = []
    transfers = 0
    previous_phase: Phase | None = None
    for index, mark in enumerate(spans):
        stop = spans[index + 1].start if index + 1 < len(spans) else end
        length = stop - mark.start
        durations[mark.phase] += length
        if mark.phase is Phase.TALK and first_talk is None:
            first_talk = mark.start
        if mark.phase is Phase.QUEUE and first_talk is None:
            queue_before_talk += length
        # Two marks of the same phase in a row are one period (a double key press).
        continuing = mark.phase is previous_phase
        if mark.phase is Phase.HOLD and first_talk is not None:
            if continuing and holds:
                holds[-1] += length
            else:
                holds.append(length)
        if mark.phase is Phase.TRANSFER and not continuing:
            transfers += 1
        previous_phase = mark.phase

    answered = first_talk is not None
    return Timings(
        ring_seconds=_ms(durations[Phase.RINGING]),
        ivr_seconds=_ms(durations[Phase.IVR]),
        queue_seconds=_ms(queue_before_talk),
        time_to_answer=_ms(first_talk) if first_talk is not None else None,
        hold_seconds=_ms(sum(holds)) if answered else None,
        hold_count=len(holds) if answered else None,
        longest_hold_seconds=_ms(max(holds, default=0.0)) if answered else None,
        transfer_seconds=_ms(durations[Phase.TRANSFER]),
        transfers=transfers,
        talk_seconds=_ms(durations[Phase.TALK]),
        total_seconds=_ms(end),
    )


def _with_unknown_tail(known: Timings, open_phase: Phase, marks: Sequence[PhaseMark]) -> Timings:
    unknown: dict[str, Any] = {"total_seconds": None}
    if any(m.phase is Phase.TALK for m in marks):
        # Once answered, more talk, holds and transfers may have followed the interruption:
        # only what ended before the answer (ringing, voice menu, queue) is still known.
        unknown.update(
            talk_seconds=None,
            hold_seconds=None,
            hold_count=None,
            longest_hold_seconds=None,
            transfer_seconds=None,
            transfers=None,
        )
    elif open_phase is Phase.RINGING:
        unknown["ring_seconds"] = None
    elif open_phase is Phase.IVR:
        unknown["ivr_seconds"] = None
    elif open_phase is Phase.QUEUE:
        unknown["queue_seconds"] = None
    elif open_phase is Phase.TRANSFER:
        unknown["transfer_seconds"] = None
    return replace(known, **unknown)
