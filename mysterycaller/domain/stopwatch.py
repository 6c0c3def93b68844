"""The phase stopwatch of one attempt: the clock is the truth, a display timer only repaints.

Every figure is derived from the marks and one reading of the clock, so the display cannot
drift, however late or seldom it is refreshed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from mysterycaller.domain.timing import Phase, PhaseMark, Timings, compute_timings

Clock = Callable[[], float]


class StopwatchError(RuntimeError):
    """An action the stopwatch cannot take in its state (a phase before dialling, say)."""


class Stopwatch:
    """Records the phase marks of one attempt as offsets from dialling on a monotonic clock."""

    def __init__(self, clock: Clock = time.monotonic):
        self._clock = clock
        self._origin: float | None = None
        self._marks: list[PhaseMark] = []
        # A restored stopwatch lost its clock origin (the app was restarted): it cannot run on.
        self._restored = False

    @classmethod
    def restored(cls, marks: tuple[PhaseMark, ...], clock: Clock = time.monotonic) -> Stopwatch:
        """The stopwatch of an attempt recorded earlier, e.g. before a crash."""
        stopwatch = cls(clock)
        stopwatch._marks = list(marks)
        stopwatch._restored = bool(marks)
        return stopwatch

    @property
    def marks(self) -> tuple[PhaseMark, ...]:
        return tuple(self._marks)

    @property
    def started(self) -> bool:
        return self._origin is not None or self._restored

    @property
    def running(self) -> bool:
        return self.started and not self.ended and not self._restored

    @property
    def interrupted(self) -> bool:
        """Restored while it was still running: what came after its last mark is unknown."""
        return self._restored and not self.ended

    @property
    def ended(self) -> bool:
        return bool(self._marks) and self._marks[-1].phase is Phase.ENDED

    @property
    def phase(self) -> Phase | None:
        """The phase the call is in now; None before dialling."""
        return self._marks[-1].phase if self._marks else None

    @property
    def answered(self) -> bool:
        return any(mark.phase is Phase.TALK for mark in self._marks)

    def elapsed(self) -> float:
        """Seconds since dialling; frozen at the hang-up."""
        if self._origin is None or self.ended:
            return self._marks[-1].start if self._marks else 0.0
        return round(self._clock() - self._origin, 3)

    def dial(self) -> PhaseMark:
        """Start the attempt: t = 0, ringing."""
        if self.started:
            raise StopwatchError("this attempt was already dialled")
        self._origin = self._clock()
        mark = PhaseMark(Phase.RINGING, 0.0)
        self._marks.append(mark)
        return mark

    def enter(self, phase: Phase) -> PhaseMark | None:
        """Mark the start of ``phase`` now; None when the call is already in it."""
        if not self.running:
            if self.interrupted:
                raise StopwatchError("the time after the interruption is unknown")
            raise StopwatchError("dial first" if not self.started else "the call has ended")
        if phase is self.phase:
            return None
        mark = PhaseMark(phase, max(self.elapsed(), self._marks[-1].start))
        self._marks.append(mark)
        return mark

    def hang_up(self) -> PhaseMark | None:
        """End the attempt now; None when it has ended already (or its end is unknown)."""
        if self.ended or self.interrupted:
            return None
        return self.enter(Phase.ENDED)

    def undo(self, mark: PhaseMark) -> None:
        """Take back ``mark``, the latest one, e.g. when it could not be saved."""
        if not self._marks or self._marks[-1] is not mark:
            raise StopwatchError("only the latest mark can be taken back")
        self._marks.pop()
        if not self._marks:
            self._origin = None

    def timings(self) -> Timings:
        """The live figures: a running phase lasts until now."""
        return compute_timings(self._marks, now=self.elapsed(), interrupted=self.interrupted)

    def waiting_seconds(self) -> float | None:
        """How long the caller has been waiting for a person; None once somebody answered."""
        if not self.running or self.answered:
            return None
        return self.elapsed()
