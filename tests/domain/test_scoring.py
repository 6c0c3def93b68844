"""The scoring rules of spec/scoring.md, with its worked example."""

from __future__ import annotations

import pytest

from mysterycaller.domain.campaign import (
    CampaignRules,
    Catalogue,
    ChoiceOption,
    Criterion,
    CriterionKind,
    Scale,
    Section,
)
from mysterycaller.domain.scoring import (
    Result,
    credit,
    round_display,
    score_call,
)
from mysterycaller.domain.timing import MEASURES, Phase, PhaseMark, compute_timings
from mysterycaller.domain.timing_rules import parse_rule

CHECK = CriterionKind.CHECK
SCALE = CriterionKind.SCALE
CHOICE = CriterionKind.CHOICE
TIMING = CriterionKind.TIMING
TEXT = CriterionKind.TEXT
RULES = CampaignRules()


def timings_answered_after(seconds: float, *, end: float = 300.0):
    return compute_timings(
        (
            PhaseMark(Phase.RINGING, 0.0),
            PhaseMark(Phase.QUEUE, min(5.0, seconds)),
            PhaseMark(Phase.TALK, seconds),
            PhaseMark(Phase.ENDED, end),
        )
    )


NOT_ANSWERED = compute_timings(
    (PhaseMark(Phase.RINGING, 0.0), PhaseMark(Phase.QUEUE, 5.0), PhaseMark(Phase.ENDED, 300.0))
)


def crit(cid: str, kind: CriterionKind = CHECK, **kwargs) -> Criterion:
    if kind is TIMING and isinstance(kwargs.get("rule"), str):
        kwargs["rule"] = parse_rule(kwargs["rule"], MEASURES)
    return Criterion(id=cid, text=cid, kind=kind, **kwargs)


def one_section(*criteria: Criterion) -> Catalogue:
    return Catalogue((Section("s", "S", criteria),))


def score(catalogue, results, timings=None, rules=RULES, **kwargs):
    return score_call(
        catalogue, results, timings, rules, reached=kwargs.pop("reached", True), **kwargs
    )


# --- the worked example -------------------------------------------------------------------

EXAMPLE = Catalogue(
    (
        Section(
            "A",
            "Begrüßung",
            (
                crit("a1", weight=1),
                crit("a2", weight=2),
                crit("a3", weight=1, na_allowed=True),
            ),
            weight=1,
        ),
        Section(
            "B",
            "Kompetenz",
            (
                crit("b1", SCALE, weight=2, scale=Scale(1, 5)),
                crit("b2", TIMING, weight=1, rule="time_to_answer <= 30"),
                crit("b3", knockout=True),
            ),
            weight=3,
        ),
    )
)
EXAMPLE_RESULTS = {
    "a1": Result(True),
    "a2": Result(False),
    "a3": Result(na=True),
    "b1": Result(4),
    "b3": Result(True),
}
EXAMPLE_TIMINGS = timings_answered_after(42.0)


def test_worked_example():
    assert EXAMPLE_TIMINGS.time_to_answer == 42.0

    result = score(EXAMPLE, EXAMPLE_RESULTS, EXAMPLE_TIMINGS)

    assert result.sections["A"] == pytest.approx(100 / 3, rel=1e-12)
    assert result.sections["B"] == pytest.approx(62.5, rel=1e-12)
    assert result.raw_score == pytest.approx((100 / 3 + 3 * 62.5) / 4, rel=1e-12)
    assert result.raw_score == pytest.approx(55.2083333333, rel=1e-10)
    assert result.score == result.raw_score
    assert result.knocked_out is False
    assert result.knockouts == ()
    assert result.reached is True
    assert str(round_display(result.score)) == "55.2"
    assert result.credits == {"a1": 1.0, "a2": 0.0, "b1": 0.75, "b2": 0.0, "b3": 1.0}


def test_worked_example_knocked_out():
    results = {**EXAMPLE_RESULTS, "b3": Result(False)}

    result = score(EXAMPLE, results, EXAMPLE_TIMINGS)

    assert result.sections["A"] == pytest.approx(100 / 3, rel=1e-12)
    assert result.sections["B"] == pytest.approx(37.5, rel=1e-12)
    assert result.raw_score == pytest.approx((100 / 3 + 112.5) / 4, rel=1e-12)
    assert result.raw_score == pytest.approx(36.4583333333, rel=1e-10)
    assert result.knocked_out is True
    assert result.knockouts == ("b3",)
    assert result.score == 0


def test_worked_example_with_a3_answered_counts_a3():
    results = {**EXAMPLE_RESULTS, "a3": Result(True)}

    result = score(EXAMPLE, results, EXAMPLE_TIMINGS)

    assert result.sections["A"] == pytest.approx(50.0)


# --- what is applicable -------------------------------------------------------------------


def test_scenario_criteria_na_are_excluded_whatever_was_recorded():
    catalogue = one_section(crit("x"), crit("y", knockout=True), crit("z"))
    results = {"x": Result(True), "y": Result(False), "z": Result(False)}

    with_all = score(catalogue, results)
    excluded = score(catalogue, results, criteria_na=frozenset({"y", "z"}))

    assert with_all.knocked_out is True and with_all.score == 0
    assert excluded.knocked_out is False
    assert excluded.score == 100.0
    assert excluded.credits == {"x": 1.0}


def test_text_criteria_are_unscored():
    catalogue = one_section(crit("x"), crit("note", TEXT, weight=5))

    result = score(catalogue, {"x": Result(True), "note": Result("very loud hold music")})

    assert result.score == 100.0
    assert "note" not in result.credits


def test_na_results_are_left_out_of_every_sum():
    catalogue = one_section(
        crit("x"),
        crit("y", na_allowed=True, weight=3),
        crit("s", SCALE, scale=Scale(1, 5), na_allowed=True),
        crit("t", TIMING, rule="time_to_answer <= 10", na_allowed=True),
    )
    results = {
        "x": Result(True),
        "y": Result(na=True),
        "s": Result(1, na=True),
        "t": Result(na=True),
    }

    result = score(catalogue, results, timings_answered_after(60.0))

    assert result.score == 100.0
    assert result.credits == {"x": 1.0}


def test_na_on_a_failed_knockout_does_not_knock_out():
    catalogue = one_section(crit("x"), crit("k", knockout=True, na_allowed=True))

    result = score(catalogue, {"x": Result(True), "k": Result(False, na=True)})

    assert result.knocked_out is False
    assert result.score == 100.0


def test_unticked_check_counts_as_no():
    catalogue = one_section(crit("x"), crit("y"))

    result = score(catalogue, {"x": Result(True)})

    assert result.credits == {"x": 1.0, "y": 0.0}
    assert result.score == 50.0


def test_unticked_knockout_check_knocks_out():
    catalogue = one_section(crit("x"), crit("k", knockout=True))

    result = score(catalogue, {"x": Result(True)})

    assert result.knocked_out is True
    assert result.score == 0
    assert result.raw_score == 50.0


@pytest.mark.parametrize(
    ("scale", "value", "expected"),
    [
        (Scale(1, 5), 1, 0.0),
        (Scale(1, 5), 2, 0.25),
        (Scale(1, 5), 3, 0.5),
        (Scale(1, 5), 5, 1.0),
        (Scale(0, 10), 7, 0.7),
        (Scale(1, 3), 2, 0.5),
        (Scale(1, 5), 3.5, 0.625),
    ],
)
def test_scale_credit(scale, value, expected):
    criterion = crit("s", SCALE, scale=scale)

    assert credit(criterion, Result(value), None) == pytest.approx(expected)
    assert score(one_section(criterion), {"s": Result(value)}).score == pytest.approx(
        100 * expected
    )


OPTIONS = (
    ChoiceOption("loesung", "bietet eine Lösung an", 1.0),
    ChoiceOption("verstaendnis", "zeigt nur Verständnis", 0.5),
    ChoiceOption("abwehrend", "abwehrend", 0.0),
)


@pytest.mark.parametrize(
    ("option", "expected"), [("loesung", 100.0), ("verstaendnis", 50.0), ("abwehrend", 0.0)]
)
def test_choice_credit_is_the_option_credit(option, expected):
    catalogue = one_section(crit("c", CHOICE, options=OPTIONS))

    result = score(catalogue, {"c": Result(option)})

    assert result.score == expected
    assert result.knocked_out is False


def test_unanswered_scale_and_choice_are_not_yet_judged():
    catalogue = one_section(
        crit("x"), crit("s", SCALE, scale=Scale(1, 5)), crit("c", CHOICE, options=OPTIONS)
    )

    result = score(catalogue, {"x": Result(True)})

    assert result.credits == {"x": 1.0}
    assert result.score == 100.0


def test_weights_weigh_criteria():
    catalogue = one_section(crit("x", weight=3), crit("y", weight=1))

    assert score(catalogue, {"x": Result(True)}).score == 75.0
    assert score(catalogue, {"y": Result(True)}).score == 25.0


# --- knockouts ----------------------------------------------------------------------------


def test_knockout_on_a_scale_at_its_lowest_value():
    catalogue = one_section(crit("x"), crit("s", SCALE, scale=Scale(1, 5), knockout=True))

    low = score(catalogue, {"x": Result(True), "s": Result(1)})
    above = score(catalogue, {"x": Result(True), "s": Result(2)})

    assert low.knocked_out is True and low.score == 0 and low.raw_score == 50.0
    assert low.knockouts == ("s",)
    assert above.knocked_out is False and above.score == pytest.approx(62.5)


def test_knockout_on_a_choice_worth_zero():
    catalogue = one_section(crit("x"), crit("c", CHOICE, options=OPTIONS, knockout=True))

    zero = score(catalogue, {"x": Result(True), "c": Result("abwehrend")})
    half = score(catalogue, {"x": Result(True), "c": Result("verstaendnis")})

    assert zero.knocked_out is True and zero.score == 0 and zero.raw_score == 50.0
    assert half.knocked_out is False and half.score == 75.0


def test_knockout_on_a_failed_timing_rule():
    catalogue = one_section(
        crit("x"), crit("t", TIMING, rule="time_to_answer <= 30", knockout=True)
    )

    slow = score(catalogue, {"x": Result(True)}, timings_answered_after(31.0))
    fast = score(catalogue, {"x": Result(True)}, timings_answered_after(30.0))

    assert slow.knocked_out is True and slow.score == 0 and slow.raw_score == 50.0
    assert slow.knockouts == ("t",)
    assert fast.knocked_out is False and fast.score == 100.0


def test_knockouts_are_all_listed():
    catalogue = one_section(crit("k1", knockout=True), crit("k2", knockout=True), crit("x"))

    result = score(catalogue, {"x": Result(True)})

    assert result.knockouts == ("k1", "k2")
    assert result.score == 0


# --- timing criteria ----------------------------------------------------------------------


def test_timing_criterion_credit_follows_the_rule():
    catalogue = one_section(
        crit("t20", TIMING, rule="time_to_answer <= 20"),
        crit("t60", TIMING, rule="time_to_answer <= 60", weight=2),
    )

    assert score(catalogue, {}, timings_answered_after(15.0)).score == 100.0
    assert score(catalogue, {}, timings_answered_after(41.9)).score == pytest.approx(200 / 3)
    assert score(catalogue, {}, timings_answered_after(90.0)).score == 0.0


def test_timing_criterion_whose_measure_does_not_exist_is_na():
    catalogue = one_section(
        crit("x"), crit("t", TIMING, rule="time_to_answer <= 30", knockout=True)
    )

    result = score(catalogue, {"x": Result(True)}, NOT_ANSWERED)

    assert "t" not in result.credits
    assert result.knocked_out is False
    assert result.score == 100.0


def test_timing_criterion_without_timings_is_na():
    catalogue = one_section(crit("x"), crit("t", TIMING, rule="talk_seconds >= 10"))

    result = score(catalogue, {"x": Result(True)}, None)

    assert result.credits == {"x": 1.0}
    assert result.score == 100.0


def test_timing_criterion_ignores_what_a_tester_typed_for_it():
    catalogue = one_section(crit("t", TIMING, rule="time_to_answer <= 30"))

    result = score(catalogue, {"t": Result(True)}, timings_answered_after(45.0))

    assert result.score == 0.0


# --- sections -----------------------------------------------------------------------------


def test_section_without_applicable_criterion_is_left_out():
    catalogue = Catalogue(
        (
            Section("a", "A", (crit("x"), crit("y")), weight=1),
            Section("b", "B", (crit("n", TEXT), crit("z", na_allowed=True)), weight=5),
            Section("c", "C", (crit("t", TIMING, rule="hold_count == 0"),), weight=5),
        )
    )

    result = score(catalogue, {"x": Result(True), "z": Result(na=True)}, NOT_ANSWERED)

    assert result.sections == {"a": 50.0}
    assert result.raw_score == 50.0
    assert result.score == 50.0


def test_section_weights_weigh_sections():
    catalogue = Catalogue(
        (
            Section("a", "A", (crit("x"),), weight=1),
            Section("b", "B", (crit("y"),), weight=3),
        )
    )

    assert score(catalogue, {"x": Result(True)}).score == 25.0
    assert score(catalogue, {"y": Result(True)}).score == 75.0


def test_sections_are_reported_per_section():
    result = score(EXAMPLE, EXAMPLE_RESULTS, EXAMPLE_TIMINGS)

    assert set(result.sections) == {"A", "B"}


# --- not reached --------------------------------------------------------------------------


def test_not_reached_scores_zero_by_default():
    result = score(EXAMPLE, {}, None, reached=False)

    assert result.reached is False
    assert result.score == 0
    assert result.raw_score is None
    assert result.knocked_out is False
    assert result.sections == {}


def test_not_reached_without_unreached_scores_zero_has_no_score():
    rules = CampaignRules(unreached_scores_zero=False)

    result = score(EXAMPLE, EXAMPLE_RESULTS, EXAMPLE_TIMINGS, rules=rules, reached=False)

    assert result.score is None
    assert result.raw_score is None
    assert result.reached is False


def test_not_reached_ignores_recorded_results():
    result = score(EXAMPLE, EXAMPLE_RESULTS, EXAMPLE_TIMINGS, reached=False)

    assert result.score == 0
    assert result.raw_score is None


# --- display ------------------------------------------------------------------------------


def test_round_display_rounds_the_decimal_digits_half_away_from_zero():
    # Python's round gives 12.2 and 2.67 here (binary floats, half to even).
    assert str(round_display(12.25)) == "12.3"
    assert str(round_display(-12.25)) == "-12.3"
    assert str(round_display(2.675, 2)) == "2.68"


# --- float noise --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "weights",
    [
        (21.03892630082309,),
        (43.62901366953695, 42.406722769535534, 45.30339862245921, 61.68691385303535),
        (0.1, 0.2, 0.7),
    ],
)
def test_a_call_that_fulfils_everything_scores_exactly_100(weights):
    catalogue = Catalogue(
        tuple(
            Section(
                f"s{i}", f"S{i}", (crit(f"x{i}", weight=w), crit(f"y{i}", weight=1.0)), weight=w
            )
            for i, w in enumerate(weights)
        )
    )
    results = {cid: Result(True) for cid in catalogue.criterion_ids()}

    result = score(catalogue, results)

    assert result.score == 100.0
    assert result.raw_score == 100.0
    assert set(result.sections.values()) == {100.0}
