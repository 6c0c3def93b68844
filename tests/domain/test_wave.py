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


def test_reachability_and_service_level(figures):
    overall = figures.overall
    assert overall.calls == 4 and figures.attempts == 6
    assert (overall.reachability.successes, overall.reachability.n) == (3, 4)
    assert (overall.first_attempt.successes, overall.first_attempt.n) == (2, 4)
    # Answered attempts within 20 s: 15 s and 10 s, not 30 s.
    assert (overall.service_level.successes, overall.service_level.n) == (2, 3)
    assert figures.service_level_seconds == 20


def test_waiting_times(figures):
    wait = figures.timings["time_to_answer"]
    assert (wait.n, wait.median, wait.minimum, wait.maximum) == (3, 15, 10, 30)
    assert wait.mean == pytest.approx(55 / 3)
    assert wait.p90 == pytest.approx(27.0)  # 15 + 0.8 x (30 - 15)
    assert figures.timings["queue_seconds"].mean == pytest.approx(12.0)  # 10, 26, 0
    assert figures.timings["hold_seconds"].maximum == 20
    assert figures.time_to_answer_values == (10, 15, 30)


def test_scores_sections_and_criteria(figures):
    assert figures.overall.score.n == 4
    assert figures.overall.score.mean == pytest.approx(37.5)  # (100 + 50 + 0 + 0) / 4
    assert (figures.knockouts.successes, figures.knockouts.n) == (1, 3)
    sections = {s.section_id: (s.mean, s.n) for s in figures.sections}
    assert sections["s1"] == (pytest.approx(200 / 3), 3)  # 100, 50, 50
    assert sections["s2"] == (pytest.approx(50.0), 3)  # 100, 50, 0
    rates = [(c.criterion_id, c.fulfilment.successes, c.fulfilment.n) for c in figures.criteria]
    assert rates == [("c3", 1.5, 3), ("c1", 2, 3), ("c2", 2, 3)]  # weakest first


def test_groups(figures):
    assert figures.own.calls == 2 and figures.own.score.mean == pytest.approx(75.0)
    assert figures.competitors.reachability.successes == 1
    assert figures.competitors.score.mean == 0
    assert (figures.competitors.service_level.successes, figures.competitors.service_level.n) == (
        1, 1,
    )  # fmt: skip
    assert {t.key: t.calls for t in figures.targets} == {"a": 2, "b": 2}
    assert [(g.key, g.calls) for g in figures.weekdays] == [("0", 2), ("1", 2)]
    assert [(g.key, g.calls) for g in figures.hours] == [("9", 2), ("14", 2)]
    assert figures.hours[0].sections["s1"].mean == pytest.approx(75.0)


def test_unreached_calls_left_out_of_scores_when_the_campaign_says_so():
    from dataclasses import replace

    lenient = replace(CAMPAIGN, rules=CampaignRules(unreached_scores_zero=False))
    figures = aggregate_wave((c, c.score(lenient), lenient) for c in CALLS)
    assert figures.overall.score.n == 3
    assert figures.overall.score.mean == pytest.approx(50.0)


def test_empty_wave_and_trend_point():
    figures = aggregate_wave([])
    assert figures.overall.calls == 0 and figures.overall.reachability.value is None
    point = trend_point("c", "Welle 1", None, [(True, 80.0), (False, 0.0), (True, None)])
    assert point.calls == 3 and point.reachability.successes == 2
    assert point.score.mean == pytest.approx(40.0)
