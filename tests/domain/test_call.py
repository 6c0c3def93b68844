"""A test call of the Stadtwerke example campaign: reached, evaluated attempt, timings, score."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from mysterycaller.domain.call import Attempt, CallStatus, Note, TestCall
from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.campaign_document import campaign_from_document, normalise_document
from mysterycaller.domain.scoring import Result, round_display
from mysterycaller.domain.timing import Outcome, Phase, PhaseMark

# A copy of shared/examples, so the tests run from any clone.
EXAMPLE_FILE = Path(__file__).parents[1] / "data" / "examples" / "campaign-stadtwerke.yaml"
CAMPAIGN_ID = "3f0b6f1e-5a39-4c1b-9d1e-0c6a2b7e4f10"


@pytest.fixture(scope="module")
def campaign() -> Campaign:
    document = yaml.safe_load(EXAMPLE_FILE.read_text(encoding="utf-8"))
    document["id"] = CAMPAIGN_ID
    return campaign_from_document(normalise_document(document))


def marks(*pairs: tuple[str, float]) -> tuple[PhaseMark, ...]:
    return tuple(PhaseMark(Phase(phase), start) for phase, start in pairs)


NO_ANSWER = Attempt(marks(("ringing", 0.0), ("queue", 4.0), ("ended", 290.0)), Outcome.NO_ANSWER)
BUSY = Attempt(marks(("ringing", 0.0), ("ended", 2.0)), Outcome.BUSY)
ANSWERED = Attempt(
    marks(
        ("ringing", 0.0),
        ("queue", 6.2),
        ("talk", 41.9),
        ("hold", 120.4),
        ("talk", 151.0),
        ("ended", 302.7),
    ),
    Outcome.ANSWERED,
)

#: Results for scenario oekostrom-neukunde, with the section scores they give (by hand):
#: Erreichbarkeit (weight 2): annahme-20s fails (41.9 s), annahme-60s holds (w 2),
#:   richtige-abteilung yes, wartemusik-info n/a            -> (0 + 2 + 1) / 4 = 75
#: Begrüßung (weight 1): yes, yes, no, anrede (w 2) yes     -> 4 / 5 = 80
#: Gesprächsführung (weight 2): freundlichkeit 4 of 1..5 (w 2) = 1.5, bedarf yes,
#:   halten-angekuendigt no, einwand "verstaendnis" 0.5     -> 3 / 5 = 60
#: Kompetenz (weight 3): auskunft yes (K.-o.), termin yes, zusammenfassung no,
#:   verabschiedung yes, beobachtung is text                -> 3 / 4 = 75
#: raw = (2 x 75 + 80 + 2 x 60 + 3 x 75) / 8 = 71.875
RESULTS = {
    "richtige-abteilung": Result(True, at=45.0),
    "wartemusik-info": Result(None, na=True),
    "firmenname": Result(True, at=43.0),
    "eigener-name": Result(True, at=43.5),
    "gruss": Result(False),
    "anrede-mit-namen": Result(True, at=60.0),
    "freundlichkeit": Result(4, at=200.1),
    "bedarf-erfragt": Result(True, at=70.0),
    "halten-angekuendigt": Result(False, at=120.5),
    "einwand": Result("verstaendnis", at=160.0),
    "auskunft-korrekt": Result(True, at=90.0),
    "termin-angeboten": Result(True, at=250.0),
    "zusammenfassung": Result(False),
    "verabschiedung": Result(True, at=300.0),
    "beobachtung": Result("Wartemusik sehr laut", at=130.0),
}

STARTED = datetime(2027, 1, 12, 9, 14, 3, 120000, tzinfo=timezone(timedelta(hours=1)))


def make_call(
    attempts: tuple[Attempt, ...],
    results: dict[str, Result] | None = None,
    scenario_id: str = "oekostrom-neukunde",
) -> TestCall:
    return TestCall(
        id="c0ffee00-0000-4000-8000-000000000001",
        campaign_id=CAMPAIGN_ID,
        campaign_version=1,
        scenario_id=scenario_id,
        target_id="swm-service",
        tester="T-07",
        status=CallStatus.COMPLETED,
        started_at=STARTED,
        attempts=attempts,
        results=dict(RESULTS if results is None else results),
        notes=(Note(130.0, "Hold music very loud"),),
        completed_at=STARTED + timedelta(minutes=12),
    )


def test_example_campaign_is_read(campaign):
    assert campaign.id == CAMPAIGN_ID
    assert campaign.rules.max_attempts == 2
    assert campaign.rules.unreached_scores_zero is True
    assert campaign.scenario("abschlag-beschwerde").criteria_na == {"auskunft-korrekt"}
    assert [s.weight for s in campaign.catalogue.sections] == [2, 1, 2, 3]


def test_call_answered_on_the_second_attempt_is_reached(campaign):
    call = make_call((NO_ANSWER, ANSWERED))

    assert call.reached is True
    assert call.answered_attempt is ANSWERED


def test_evaluated_timings_are_those_of_the_answered_attempt(campaign):
    call = make_call((NO_ANSWER, ANSWERED))

    timings = call.evaluated_timings()

    assert timings is not None
    assert timings.time_to_answer == 41.9
    assert timings.queue_seconds == 35.7
    assert timings.hold_count == 1
    assert timings.total_seconds == 302.7
    assert timings == ANSWERED.timings()
    # not the 286 s queue of the first attempt
    assert NO_ANSWER.timings().queue_seconds == 286.0


def test_score_of_a_reached_call(campaign):
    score = make_call((NO_ANSWER, ANSWERED)).score(campaign)

    assert score.reached is True
    assert score.knocked_out is False
    assert score.sections == pytest.approx(
        {"erreichbarkeit": 75.0, "begruessung": 80.0, "gespraech": 60.0, "kompetenz": 75.0}
    )
    assert score.raw_score == pytest.approx(71.875)
    assert score.score == score.raw_score
    assert str(round_display(score.score)) == "71.9"
    assert score.credits["annahme-20s"] == 0.0
    assert score.credits["annahme-60s"] == 1.0
    assert "wartemusik-info" not in score.credits
    assert "beobachtung" not in score.credits


def test_failed_knockout_scores_zero(campaign):
    results = {**RESULTS, "auskunft-korrekt": Result(False, at=90.0)}

    score = make_call((ANSWERED,), results).score(campaign)

    assert score.knocked_out is True
    assert score.knockouts == ("auskunft-korrekt",)
    assert score.sections["kompetenz"] == pytest.approx(50.0)
    assert score.raw_score == pytest.approx(62.5)
    assert score.score == 0


def test_scenario_criteria_na_apply_to_its_calls(campaign):
    # In the complaint scenario the tariff price is not asked: its knockout does not apply.
    results = {**RESULTS, "auskunft-korrekt": Result(False, at=90.0)}

    score = make_call((ANSWERED,), results, scenario_id="abschlag-beschwerde").score(campaign)

    assert score.knocked_out is False
    assert "auskunft-korrekt" not in score.credits
    assert score.sections["kompetenz"] == pytest.approx(200 / 3)
    assert score.raw_score == pytest.approx(68.75)
    assert score.score == score.raw_score


def test_timing_criteria_follow_the_answered_attempt(campaign):
    fast = Attempt(marks(("ringing", 0.0), ("talk", 12.0), ("ended", 200.0)), Outcome.ANSWERED)

    score = make_call((NO_ANSWER, fast)).score(campaign)

    assert score.credits["annahme-20s"] == 1.0
    assert score.credits["annahme-60s"] == 1.0
    assert score.sections["erreichbarkeit"] == pytest.approx(100.0)


def test_answered_attempt_without_talk_mark_makes_timing_criteria_na(campaign):
    forgot_talk = Attempt(marks(("ringing", 0.0), ("ended", 200.0)), Outcome.ANSWERED)

    score = make_call((forgot_talk,)).score(campaign)

    assert score.reached is True
    assert "annahme-20s" not in score.credits
    assert "annahme-60s" not in score.credits
    assert score.sections["erreichbarkeit"] == pytest.approx(100.0)


def test_call_without_answered_attempt_is_not_reached_and_scores_zero(campaign):
    call = make_call((BUSY, NO_ANSWER))

    assert call.reached is False
    assert call.answered_attempt is None
    assert call.evaluated_timings() is None
    score = call.score(campaign)
    assert score.reached is False
    assert score.score == 0
    assert score.raw_score is None
    assert score.knocked_out is False


def test_unreached_call_has_no_score_when_the_campaign_says_so(campaign):
    rules = dataclasses.replace(campaign.rules, unreached_scores_zero=False)
    campaign = dataclasses.replace(campaign, rules=rules)

    score = make_call((BUSY, NO_ANSWER)).score(campaign)

    assert score.score is None
    assert score.raw_score is None


def test_attempt_still_running_does_not_reach_the_call(campaign):
    running = Attempt(marks(("ringing", 0.0), ("queue", 5.0)))

    call = make_call((BUSY, running), results={})

    assert call.reached is False
    assert call.score(campaign).score == 0
    # the live stopwatch of the running attempt
    assert running.timings(now=65.0).queue_seconds == 60.0
    assert running.timings(now=65.0).total_seconds == 65.0


def test_call_without_attempts_is_not_reached(campaign):
    call = make_call(())

    assert call.reached is False
    assert call.evaluated_timings() is None
    assert call.score(campaign).raw_score is None
