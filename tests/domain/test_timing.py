"""The measures the stopwatch derives from one attempt's phase marks (spec/domain.md)."""

from __future__ import annotations

import pytest

from mysterycaller.domain.timing import (
    MEASURES,
    Phase,
    PhaseMark,
    TimelineError,
    compute_timings,
    validate_timeline,
)


def timeline(*marks: tuple[str, float]) -> tuple[PhaseMark, ...]:
    return tuple(PhaseMark(Phase(phase), start) for phase, start in marks)


CLI_EXAMPLE = timeline(
    ("ringing", 0.0),
    ("queue", 6.2),
    ("talk", 41.9),
    ("hold", 120.4),
    ("talk", 151.0),
    ("ended", 302.7),
)


def test_cli_example_timeline_gives_exactly_the_documented_timings():
    timings = compute_timings(CLI_EXAMPLE)

    assert timings.as_dict() == {
        "time_to_answer": 41.9,
        "queue_seconds": 35.7,
        "hold_seconds": 30.6,
        "hold_count": 1,
        "longest_hold_seconds": 30.6,
        "talk_seconds": 230.2,
        "total_seconds": 302.7,
        "ring_seconds": 6.2,
        "ivr_seconds": 0.0,
        "transfer_seconds": 0.0,
        "transfers": 0,
    }


def test_timings_offer_every_rule_measure_by_name():
    timings = compute_timings(CLI_EXAMPLE)

    assert set(timings.as_dict()) == set(MEASURES)
    assert timings.measure("time_to_answer") == 41.9
    assert timings.measure("hold_count") == 1
    with pytest.raises(KeyError):
        timings.measure("wait_seconds")


def test_ivr_time_is_measured_and_part_of_time_to_answer():
    timings = compute_timings(
        timeline(("ringing", 0), ("ivr", 4.5), ("queue", 25.0), ("talk", 40.0), ("ended", 100.0))
    )

    assert timings.ring_seconds == 4.5
    assert timings.ivr_seconds == 20.5
    assert timings.queue_seconds == 15.0
    assert timings.time_to_answer == 40.0
    assert timings.time_to_answer == timings.ring_seconds + timings.ivr_seconds + (
        timings.queue_seconds
    )
    assert timings.talk_seconds == 60.0
    assert timings.total_seconds == 100.0


def test_several_holds_give_count_total_and_longest():
    timings = compute_timings(
        timeline(
            ("ringing", 0),
            ("talk", 10),
            ("hold", 20),  # 15 s
            ("talk", 35),
            ("hold", 50),  # 40 s
            ("talk", 90),
            ("hold", 100),  # 5 s
            ("talk", 105),
            ("ended", 130),
        )
    )

    assert timings.hold_count == 3
    assert timings.hold_seconds == 60.0
    assert timings.longest_hold_seconds == 40.0
    assert timings.talk_seconds == 10 + 15 + 10 + 25


def test_hold_before_the_first_talk_is_not_a_hold():
    timings = compute_timings(
        timeline(
            ("ringing", 0),
            ("hold", 5),  # "please hold" announcement before anybody answered
            ("queue", 15),
            ("talk", 30),
            ("hold", 40),
            ("talk", 50),
            ("ended", 60),
        )
    )

    assert timings.hold_count == 1
    assert timings.hold_seconds == 10.0
    assert timings.longest_hold_seconds == 10.0
    assert timings.time_to_answer == 30.0


def test_answered_call_without_holds_has_zero_holds_not_none():
    timings = compute_timings(timeline(("ringing", 0), ("talk", 8), ("ended", 60)))

    assert timings.hold_count == 0
    assert timings.hold_seconds == 0.0
    assert timings.longest_hold_seconds == 0.0


def test_repeated_marks_of_the_same_phase_are_one_period():
    timings = compute_timings(
        timeline(
            ("ringing", 0),
            ("talk", 10),
            ("hold", 20),
            ("hold", 25),  # double key press
            ("talk", 40),
            ("transfer", 50),
            ("transfer", 52),
            ("talk", 60),
            ("ended", 70),
        )
    )

    assert timings.hold_count == 1
    assert timings.hold_seconds == 20.0
    assert timings.longest_hold_seconds == 20.0
    assert timings.transfers == 1
    assert timings.transfer_seconds == 10.0


def test_transfers_are_counted_and_timed():
    timings = compute_timings(
        timeline(
            ("ringing", 0),
            ("talk", 5),
            ("transfer", 30),
            ("talk", 45),
            ("transfer", 60),
            ("queue", 70),  # queue after a transfer is not queue time before answer
            ("talk", 100),
            ("ended", 120),
        )
    )

    assert timings.transfers == 2
    assert timings.transfer_seconds == 25.0
    assert timings.queue_seconds == 0.0
    assert timings.time_to_answer == 5.0
    assert timings.talk_seconds == 25 + 15 + 20


def test_timeline_without_talk_has_no_answer_time_and_no_hold_measures():
    timings = compute_timings(timeline(("ringing", 0), ("ivr", 3), ("queue", 20), ("ended", 300)))

    assert timings.time_to_answer is None
    assert timings.hold_seconds is None
    assert timings.hold_count is None
    assert timings.longest_hold_seconds is None
    assert timings.measure("time_to_answer") is None
    # What did happen is still measured.
    assert timings.ring_seconds == 3.0
    assert timings.ivr_seconds == 17.0
    assert timings.queue_seconds == 280.0
    assert timings.talk_seconds == 0.0
    assert timings.total_seconds == 300.0


def test_running_timeline_lasts_until_now():
    running = timeline(("ringing", 0), ("queue", 6), ("talk", 20), ("hold", 50))

    timings = compute_timings(running, now=80.0)

    assert timings.total_seconds == 80.0
    assert timings.time_to_answer == 20.0
    assert timings.hold_count == 1
    assert timings.hold_seconds == 30.0
    assert timings.talk_seconds == 30.0


def test_running_timeline_while_waiting_counts_queue_up_to_now():
    timings = compute_timings(timeline(("ringing", 0), ("queue", 5)), now=65.5)

    assert timings.queue_seconds == 60.5
    assert timings.total_seconds == 65.5
    assert timings.time_to_answer is None


def test_running_timeline_without_now_stops_at_the_last_mark():
    timings = compute_timings(timeline(("ringing", 0), ("queue", 5)))

    assert timings.ring_seconds == 5.0
    assert timings.queue_seconds == 0.0
    assert timings.total_seconds == 5.0


def test_ended_timeline_ignores_now():
    assert compute_timings(CLI_EXAMPLE, now=1000.0) == compute_timings(CLI_EXAMPLE)


def test_figures_carry_no_float_noise():
    timings = compute_timings(
        timeline(("ringing", 0), ("queue", 0.1), ("talk", 0.3), ("ended", 0.7))
    )

    assert timings.ring_seconds == 0.1
    assert timings.queue_seconds == 0.2
    assert timings.talk_seconds == 0.4


@pytest.mark.parametrize(
    ("marks", "message"),
    [
        (timeline(("ringing", 0), ("queue", 10), ("talk", 9.5)), "before the one before"),
        (timeline(("ringing", -1.0), ("talk", 3)), "before dialling"),
        (timeline(("ringing", 0), ("talk", 5), ("ended", 30), ("talk", 31)), "after the hang-up"),
        (timeline(("ringing", 0), ("ended", 30), ("ended", 30)), "after the hang-up"),
    ],
    ids=["backwards", "negative", "talk-after-hang-up", "second-hang-up"],
)
def test_impossible_timelines_are_rejected(marks, message):
    with pytest.raises(TimelineError, match=message):
        validate_timeline(marks)
    with pytest.raises(TimelineError):
        compute_timings(marks)


def test_marks_at_the_same_moment_are_allowed():
    timings = compute_timings(timeline(("ringing", 0), ("talk", 0), ("ended", 12)))

    assert timings.time_to_answer == 0.0
    assert timings.talk_seconds == 12.0
