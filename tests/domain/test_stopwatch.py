"""The stopwatch derives every figure from its marks and one clock reading."""

import pytest

from mysterycaller.domain.stopwatch import Stopwatch, StopwatchError
from mysterycaller.domain.timing import Phase, PhaseMark, compute_timings


class FakeClock:
    def __init__(self):
        self.now = 500.0

    def __call__(self):
        return self.now


def test_figures_come_from_timestamps_not_ticks():
    clock = FakeClock()
    stopwatch = Stopwatch(clock)
    stopwatch.dial()
    clock.now += 4.25
    stopwatch.enter(Phase.QUEUE)
    clock.now += 600  # a long block of the event loop: one reading, no drift
    timings = stopwatch.timings()
    assert timings.total_seconds == 604.25
    assert timings.queue_seconds == 600.0
    assert stopwatch.waiting_seconds() == 604.25
    stopwatch.enter(Phase.TALK)
    assert stopwatch.waiting_seconds() is None
    clock.now += 10
    stopwatch.hang_up()
    clock.now += 99
    assert stopwatch.elapsed() == 614.25  # frozen at the hang-up
    assert stopwatch.timings().talk_seconds == 10.0


def test_the_same_phase_twice_adds_no_mark_and_actions_need_a_running_watch():
    stopwatch = Stopwatch(FakeClock())
    with pytest.raises(StopwatchError):
        stopwatch.enter(Phase.TALK)
    stopwatch.dial()
    with pytest.raises(StopwatchError):
        stopwatch.dial()
    assert stopwatch.enter(Phase.RINGING) is None
    stopwatch.hang_up()
    assert stopwatch.hang_up() is None
    with pytest.raises(StopwatchError):
        stopwatch.enter(Phase.TALK)


def test_undo_takes_back_only_the_latest_mark():
    clock = FakeClock()
    stopwatch = Stopwatch(clock)
    first = stopwatch.dial()
    clock.now += 2
    second = stopwatch.enter(Phase.TALK)
    with pytest.raises(StopwatchError):
        stopwatch.undo(first)
    stopwatch.undo(second)
    assert stopwatch.phase is Phase.RINGING
    stopwatch.undo(first)
    assert not stopwatch.started


def test_a_restored_running_attempt_is_interrupted_and_invents_nothing():
    marks = (
        PhaseMark(Phase.RINGING, 0.0),
        PhaseMark(Phase.QUEUE, 5.0),
        PhaseMark(Phase.TALK, 30.0),
        PhaseMark(Phase.HOLD, 90.0),
    )
    stopwatch = Stopwatch.restored(marks, FakeClock())
    assert stopwatch.interrupted and not stopwatch.running
    timings = stopwatch.timings()
    assert timings.time_to_answer == 30.0 and timings.queue_seconds == 25.0
    # More talk, holds and transfers may have followed the crash: none of their totals is known.
    assert timings.talk_seconds is None and timings.hold_count is None
    assert timings.hold_seconds is None and timings.longest_hold_seconds is None
    assert timings.transfers is None and timings.total_seconds is None
    with pytest.raises(StopwatchError, match="unknown"):
        stopwatch.enter(Phase.TALK)


def test_an_interrupted_wait_leaves_the_waiting_time_unknown():
    marks = (PhaseMark(Phase.RINGING, 0.0), PhaseMark(Phase.QUEUE, 5.0))
    timings = compute_timings(marks, interrupted=True)
    assert timings.queue_seconds is None and timings.ring_seconds == 5.0
    assert timings.time_to_answer is None


def test_a_restored_finished_attempt_is_simply_finished():
    marks = (
        PhaseMark(Phase.RINGING, 0.0),
        PhaseMark(Phase.TALK, 5.0),
        PhaseMark(Phase.ENDED, 65.0),
    )
    stopwatch = Stopwatch.restored(marks, FakeClock())
    assert stopwatch.ended and not stopwatch.interrupted
    assert stopwatch.timings().total_seconds == 65.0
