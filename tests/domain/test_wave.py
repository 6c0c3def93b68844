"""Wave figures of four hand-made calls, computed by hand."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from mysterycaller.domain.call import Attempt, CallStatus, TestCall
from mysterycaller.domain.campaign import (
    Campaign,
    CampaignRules,
    Catalogue,
    Criterion,
    CriterionKind,
    Persona,
    Scale,
    Scenario,
    Section,
    Target,
)
from mysterycaller.domain.scoring import Result
from mysterycaller.domain.timing import Outcome, Phase, PhaseMark
from mysterycaller.domain.wave import aggregate_wave, trend_point

CET = timezone(timedelta(hours=1))
CAMPAIGN = Campaign(
    id="c",
    name="Welle 1",
    client="K",
    language="de",
    catalogue=Catalogue(
        (
            Section(
                "s1",
                "Begrüßung",
                (
                    Criterion("c1", "Firmenname", CriterionKind.CHECK),
                    Criterion("c2", "Auskunft", CriterionKind.CHECK, knockout=True),
                ),
            ),
            Section(
                "s2",
                "Freundlichkeit",
                (Criterion("c3", "Ton", CriterionKind.SCALE, scale=Scale(1, 5)),),
            ),
        )
    ),
    targets=(Target("a", "Eigene Hotline", "1"), Target("b", "Wettbewerb", "2", competitor=True)),
    scenarios=(Scenario("s", "S", Persona("P"), "G", ()),),
    rules=CampaignRules(service_level_seconds=20),
)


def attempt(outcome: Outcome, *marks: tuple[Phase, float]) -> Attempt:
    return Attempt(tuple(PhaseMark(p, t) for p, t in marks), outcome)


def call(number, target, start, attempts, results=None) -> TestCall:
    return TestCall(
        id=str(number), campaign_id="c", campaign_version=1, scenario_id="s", target_id=target,
        tester="T", status=CallStatus.COMPLETED, started_at=start, attempts=attempts,
        results={k: Result(value=v) for k, v in (results or {}).items()},
    )  # fmt: skip


R, Q, T, H, E = Phase.RINGING, Phase.QUEUE, Phase.TALK, Phase.HOLD, Phase.ENDED
CALLS = [
    # Monday 09:10, own line: answered after 15 s (within 20 s); everything met: 100.
    call(1, "a", datetime(2027, 3, 1, 9, 10, tzinfo=CET),
         (attempt(Outcome.ANSWERED, (R, 0), (Q, 5), (T, 15), (E, 100)),),
         {"c1": True, "c2": True, "c3": 5}),
    # Monday 09:40, own line: busy, then answered after 30 s with a 20 s hold; 50.
    call(2, "a", datetime(2027, 3, 1, 9, 40, tzinfo=CET),
         (attempt(Outcome.BUSY, (R, 0), (E, 3)),
          attempt(Outcome.ANSWERED, (R, 0), (Q, 4), (T, 30), (H, 50), (T, 70), (E, 120))),
         {"c1": False, "c2": True, "c3": 3}),
    # Tuesday 14:05, competitor: answered after 10 s; knockout failed: 0 (raw 25).
    call(3, "b", datetime(2027, 3, 2, 14, 5, tzinfo=CET),
         (attempt(Outcome.ANSWERED, (R, 0), (T, 10), (E, 60)),),
         {"c1": True, "c2": False, "c3": 1}),
    # Tuesday 14:30, competitor: never answered; scores 0.
    call(4, "b", datetime(2027, 3, 2, 14, 30, tzinfo=CET),
         (attempt(Outcome.NO_ANSWER, (R, 0), (E, 30)),
          attempt(Outcome.NO_ANSWER, (R, 0), (E, 30)))),
]  # fmt: skip


@pytest.fixture
def figures():
    return aggregate_wave((c, c.score(CAMPAIGN), CAMPAIGN) for c in CALLS)


def test_headline_figures_are_the_own_lines_only(figures):
    own, comp = figures.own.overall, figures.competitors.overall
    assert own.calls == 2 and figures.own.attempts == 3
    assert (own.reachability.successes, own.reachability.n) == (2, 2)
    assert (own.first_attempt.successes, own.first_attempt.n) == (1, 2)
    # Within 20 s over all calls dialled: 15 s yes, 30 s no.
    assert (own.service_level.successes, own.service_level.n) == (1, 2)
    assert own.time_to_answer.mean == pytest.approx(22.5)  # average speed of answer
    assert figures.service_level_seconds == 20 and figures.max_wait_seconds == 300
    # The competitor's unreached call counts as not answered in time.
    assert (comp.service_level.successes, comp.service_level.n) == (1, 2)
    assert (comp.reachability.successes, comp.reachability.n) == (1, 2)
    assert figures.calls == 4


def test_gave_up_at_the_maximum_wait_over_all_calls():
    gave_up = call(5, "a", datetime(2027, 3, 3, 10, 0, tzinfo=CET),
                   (attempt(Outcome.ABANDONED, (R, 0), (Q, 5), (E, 300)),))  # fmt: skip
    calls = [*CALLS, gave_up]
    figures = aggregate_wave((c, c.score(CAMPAIGN), CAMPAIGN) for c in calls)
    own = figures.own.overall
    assert (own.gave_up.successes, own.gave_up.n) == (1, 3)
    assert (own.service_level.successes, own.service_level.n) == (1, 3)
    assert figures.competitors.overall.gave_up.successes == 0


def test_waiting_times(figures):
    wait = figures.own.timings["time_to_answer"]
    assert (wait.n, wait.median, wait.minimum, wait.maximum) == (2, 22.5, 15, 30)
    assert wait.p90 == pytest.approx(28.5)  # 15 + 0.9 x (30 - 15)
    assert figures.own.timings["queue_seconds"].mean == pytest.approx(18.0)  # 10, 26
    assert figures.own.timings["hold_seconds"].maximum == 20
    assert figures.own.time_to_answer_values == (15, 30)
    assert figures.competitors.time_to_answer_values == (10,)


def test_scores_sections_and_criteria(figures):
    own = figures.own
    assert own.overall.score.n == 2 and own.scores == (50, 100)
    assert own.overall.score.mean == pytest.approx(75.0)
    assert (own.knockouts.successes, own.knockouts.n) == (0, 2)
    assert (figures.competitors.knockouts.successes, figures.competitors.knockouts.n) == (1, 1)
    sections = {s.section_id: (s.mean, s.n) for s in own.sections}
    assert sections == {"s1": (75.0, 2), "s2": (75.0, 2)}
    assert own.sections[0].summary.sd == pytest.approx(35.355, abs=1e-3)
    rates = [(c.criterion_id, c.fulfilment.successes, c.fulfilment.n) for c in own.criteria]
    assert rates == [("c1", 1, 2), ("c3", 1.5, 2), ("c2", 2, 2)]  # weakest first
    assert figures.competitors.criterion("c2").fulfilment.successes == 0


def test_groups(figures):
    own = figures.own
    assert {t.key: (t.calls, t.competitor) for t in figures.targets} == {
        "a": (2, False),
        "b": (2, True),
    }
    assert [(g.key, g.calls) for g in own.weekdays] == [("0", 2)]
    assert [(g.key, g.calls) for g in own.hours] == [("9", 2)]
    assert [(g.key, g.calls) for g in figures.competitors.hours] == [("14", 2)]
    assert own.hours[0].sections["s1"].mean == pytest.approx(75.0)
    assert [(g.key, g.calls) for g in own.scenarios] == [("s", 2)]


def test_unreached_calls_left_out_of_scores_when_the_campaign_says_so():
    from dataclasses import replace

    lenient = replace(CAMPAIGN, rules=CampaignRules(unreached_scores_zero=False))
    figures = aggregate_wave((c, c.score(lenient), lenient) for c in CALLS)
    assert figures.competitors.overall.score.n == 1
    assert figures.competitors.overall.score.mean == 0


def test_empty_wave_and_trend_point():
    figures = aggregate_wave([])
    assert figures.own.overall.calls == 0 and figures.own.overall.reachability.value is None
    point = trend_point("c", "Welle 1", None, [(True, 80.0), (False, 0.0), (True, None)])
    assert point.calls == 3 and point.reachability.successes == 2
    assert point.score.mean == pytest.approx(40.0)


def test_levers_rank_weight_times_failure_and_need_enough_calls():
    from dataclasses import replace

    from mysterycaller.domain.call import Note
    from mysterycaller.domain.levers import criterion_shares, levers

    # c1 and c2 share section s1 (half the score), c3 is all of s2 (the other half).
    assert criterion_shares(CAMPAIGN) == {"c1": 0.25, "c2": 0.25, "c3": 0.5}
    noted = [replace(c, notes=(Note(3.0, f"Notiz {c.id}"),)) for c in CALLS]
    figures = aggregate_wave((c, c.score(CAMPAIGN), CAMPAIGN) for c in noted)
    assert levers(CAMPAIGN, figures.own, figures.verbatims) == []  # 2 calls < min_calls 30
    few = replace(CAMPAIGN, rules=CampaignRules(min_calls=2))
    found = levers(few, figures.own, figures.verbatims)
    # c3: 100 x 0.5 x (1 - 0.75) = 12.5; c1: 100 x 0.25 x (1 - 0.5) = 12.5; c2 never failed.
    assert [(lever.criterion_id, lever.effect) for lever in found] == [("c1", 12.5), ("c3", 12.5)]
    assert [v.text for v in found[0].evidence] == ["Notiz 2"]  # the call that failed c1


def test_verbatims_are_sampled_and_never_name_the_agent():
    from dataclasses import replace

    from mysterycaller.domain.call import Note
    from mysterycaller.domain.verbatims import NOTES

    calls = [
        replace(CALLS[0], id=str(i), agent="Frau Weber",
                notes=(Note(1.0, f"Frau weber war freundlich {i}"),))
        for i in range(NOTES + 3)
    ]  # fmt: skip
    figures = aggregate_wave((c, c.score(CAMPAIGN), CAMPAIGN) for c in calls)
    notes = [v for v in figures.verbatims if v.kind == "note"]
    assert len(notes) == NOTES and figures.verbatim_counts[""] == NOTES + 3
    assert notes[-1].text == f"[…] war freundlich {NOTES + 2}"
    assert all("weber" not in v.text.casefold() for v in figures.verbatims)


def test_change_between_waves_larger_than_chance_or_not():
    from mysterycaller.domain.statistics import describe, mean_difference, rate, rate_difference

    small = mean_difference(describe([70, 80, 90]), describe([72, 82, 92]))
    assert small.value == pytest.approx(2.0) and not small.beyond_chance
    large = mean_difference(describe([60, 61, 62] * 20), describe([70, 71, 72] * 20))
    assert large.beyond_chance and large.low > 9
    change = rate_difference(rate(40, 100), rate(60, 100))
    assert change.value == pytest.approx(0.2) and change.beyond_chance
    assert not rate_difference(rate(4, 10), rate(6, 10)).beyond_chance
    assert mean_difference(describe([1]), describe([2, 3])) is None
