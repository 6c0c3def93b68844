"""Properties of the scoring rules over generated catalogues, results and timelines."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mysterycaller.domain.campaign import (
    CampaignRules,
    Catalogue,
    ChoiceOption,
    Criterion,
    CriterionKind,
    Scale,
    Section,
)
from mysterycaller.domain.scoring import CallScore, Result, score_call
from mysterycaller.domain.timing import MEASURES, Phase, PhaseMark, Timings, compute_timings
from mysterycaller.domain.timing_rules import OPERATORS, parse_rule

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Strategies are built once: building them inside every draw makes the tests slow.
weights = st.floats(min_value=0.01, max_value=100, allow_nan=False, allow_infinity=False)
credits = st.floats(min_value=0, max_value=1, allow_nan=False)
kinds = st.sampled_from(list(CriterionKind))
scale_lows = st.integers(0, 3)
scale_spans = st.integers(1, 9)
option_credits = st.lists(credits, min_size=2, max_size=4)
simple_rules = st.builds(
    lambda measure, op, number: f"{measure} {op} {number}",
    st.sampled_from(MEASURES),
    st.sampled_from(sorted(OPERATORS)),
    st.integers(0, 120),
)
flags = st.booleans()


def draw_criterion(draw, cid: str) -> Criterion:
    kind = draw(kinds)
    extra: dict = {}
    if kind is CriterionKind.SCALE:
        low = draw(scale_lows)
        extra["scale"] = Scale(low, low + draw(scale_spans))
    elif kind is CriterionKind.CHOICE:
        extra["options"] = tuple(
            ChoiceOption(f"o{i}", f"option {i}", c) for i, c in enumerate(draw(option_credits))
        )
    elif kind is CriterionKind.TIMING:
        extra["rule"] = parse_rule(draw(simple_rules), MEASURES)
    return Criterion(
        id=cid,
        text=cid,
        kind=kind,
        weight=draw(weights),
        knockout=draw(flags),
        na_allowed=draw(flags),
        **extra,
    )


@st.composite
def catalogues(draw) -> Catalogue:
    sections = []
    for s in range(draw(st.integers(1, 4))):
        count = draw(st.integers(1, 6))
        crits = tuple(draw_criterion(draw, f"s{s}c{c}") for c in range(count))
        sections.append(Section(f"s{s}", f"Section {s}", crits, weight=draw(weights)))
    return Catalogue(tuple(sections))


texts = st.text(max_size=10)
timing_values = st.sampled_from([None, True, 5])  # timing: whatever the file says, ignored
hows = st.sampled_from(["absent", "value", "value", "value", "na"])


def value_for(draw, criterion: Criterion):
    kind = criterion.kind
    if kind is CriterionKind.CHECK:
        return draw(flags)
    if kind is CriterionKind.SCALE:
        assert criterion.scale is not None
        return draw(st.integers(int(criterion.scale.low), int(criterion.scale.high)))
    if kind is CriterionKind.CHOICE:
        return draw(st.sampled_from([o.id for o in criterion.options]))
    if kind is CriterionKind.TEXT:
        return draw(texts)
    return draw(timing_values)  # timing: whatever the file says, ignored


@st.composite
def results_for(draw, catalogue: Catalogue) -> dict[str, Result]:
    results = {}
    for _, criterion in catalogue.criteria():
        how = draw(hows)
        if how == "value":
            results[criterion.id] = Result(value_for(draw, criterion))
        elif how == "na":
            results[criterion.id] = Result(na=True)
    return results


phase_lists = st.lists(
    st.sampled_from(
        [Phase.RINGING, Phase.IVR, Phase.QUEUE, Phase.TALK, Phase.HOLD, Phase.TRANSFER]
    ),
    max_size=8,
)
durations = st.floats(min_value=0, max_value=120, allow_nan=False)


@st.composite
def timings(draw) -> Timings | None:
    if draw(st.integers(0, 9)) == 0:
        return None
    marks = [PhaseMark(Phase.RINGING, 0.0)]
    t = 0.0
    for phase in draw(phase_lists):
        t += draw(durations)
        marks.append(PhaseMark(phase, t))
    t += draw(durations)
    marks.append(PhaseMark(Phase.ENDED, t))
    return compute_timings(marks)


@st.composite
def calls(draw):
    catalogue = draw(catalogues())
    results = draw(results_for(catalogue))
    ids = catalogue.criterion_ids()
    criteria_na = frozenset(draw(st.lists(st.sampled_from(ids), max_size=3)))
    return catalogue, results, draw(timings()), criteria_na


DEFAULT_RULES = CampaignRules()


def score(catalogue, results, timings_, criteria_na) -> CallScore:
    return score_call(
        catalogue, results, timings_, DEFAULT_RULES, reached=True, criteria_na=criteria_na
    )


# -------------------------------------------------------------------------------------------


@SETTINGS
@given(calls(), st.booleans(), st.booleans())
def test_score_is_none_or_a_percentage(call, reached, unreached_zero):
    catalogue, results, timings_, criteria_na = call
    rules = CampaignRules(unreached_scores_zero=unreached_zero)

    result = score_call(
        catalogue, results, timings_, rules, reached=reached, criteria_na=criteria_na
    )

    for value in (result.score, result.raw_score, *result.sections.values()):
        assert value is None or 0 <= value <= 100
    for value in result.credits.values():
        assert 0 <= value <= 1


@SETTINGS
@given(calls())
def test_knocked_out_means_score_zero_and_otherwise_score_is_raw(call):
    result = score(*call)

    if result.knocked_out:
        assert result.score == 0
        assert result.raw_score is not None
        assert result.knockouts
    else:
        assert result.score == result.raw_score
        assert result.knockouts == ()


@SETTINGS
@given(calls())
def test_only_applicable_failed_knockouts_knock_out(call):
    catalogue, _, _, criteria_na = call
    result = score(*call)

    for cid in result.knockouts:
        criterion = catalogue.criterion(cid)
        assert criterion is not None and criterion.knockout
        assert cid not in criteria_na
        assert result.credits[cid] == 0


@SETTINGS
@given(calls(), st.data())
def test_marking_a_criterion_na_is_the_same_as_it_not_being_in_the_catalogue(call, data):
    catalogue, results, timings_, criteria_na = call
    chosen = set(data.draw(st.lists(st.sampled_from(catalogue.criterion_ids()), min_size=1)))

    marked = {**results, **{cid: Result(na=True) for cid in chosen}}
    without = Catalogue(
        tuple(
            dataclasses.replace(s, criteria=tuple(c for c in s.criteria if c.id not in chosen))
            for s in catalogue.sections
        )
    )

    assert score(catalogue, marked, timings_, criteria_na) == score(
        without, results, timings_, criteria_na
    )


@SETTINGS
@given(calls(), st.data())
def test_adding_na_results_for_criteria_that_do_not_apply_changes_nothing(call, data):
    catalogue, results, timings_, criteria_na = call
    before = score(catalogue, results, timings_, criteria_na)
    not_applicable = [cid for cid in catalogue.criterion_ids() if cid not in before.credits]
    chosen = data.draw(st.lists(st.sampled_from([*not_applicable, "not-in-catalogue"])))

    after = score(
        catalogue, {**results, **{cid: Result(na=True) for cid in chosen}}, timings_, criteria_na
    )

    assert after == before


@SETTINGS
@given(calls(), st.data())
def test_scenario_criteria_na_make_recorded_results_irrelevant(call, data):
    catalogue, results, timings_, _ = call
    ids = catalogue.criterion_ids()
    criteria_na = frozenset(data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3)))
    changed = dict(results)
    for cid in criteria_na:
        criterion = catalogue.criterion(cid)
        assert criterion is not None
        changed[cid] = Result(value_for(data.draw, criterion), na=data.draw(st.booleans()))

    assert score(catalogue, changed, timings_, criteria_na) == score(
        catalogue, results, timings_, criteria_na
    )


def _raised(criterion: Criterion, result: Result | None, draw) -> Result | None:
    """A result giving ``criterion`` a higher credit than ``result`` does, if there is one."""
    if result is not None and result.na:
        return None
    value = None if result is None else result.value
    if criterion.kind is CriterionKind.CHECK:
        return Result(True) if value is not True else None
    if criterion.kind is CriterionKind.SCALE and value is not None:
        assert criterion.scale is not None
        if value >= criterion.scale.high:
            return None
        return Result(draw(st.integers(int(value) + 1, int(criterion.scale.high))))
    if criterion.kind is CriterionKind.CHOICE and value is not None:
        current = criterion.option(value)
        assert current is not None
        better = [o.id for o in criterion.options if o.credit > current.credit]
        return Result(draw(st.sampled_from(better))) if better else None
    return None


@SETTINGS
@given(calls(), st.data())
def test_raising_one_credit_never_lowers_the_raw_score(call, data):
    catalogue, results, timings_, criteria_na = call
    candidates = [
        (criterion, raised)
        for _, criterion in catalogue.criteria()
        if criterion.id not in criteria_na
        and (raised := _raised(criterion, results.get(criterion.id), data.draw)) is not None
    ]
    assume(candidates)
    criterion, raised = data.draw(st.sampled_from(candidates))

    before = score(catalogue, results, timings_, criteria_na)
    after = score(catalogue, {**results, criterion.id: raised}, timings_, criteria_na)

    assert after.credits[criterion.id] > before.credits[criterion.id]
    assert before.raw_score is not None and after.raw_score is not None
    assert after.raw_score >= before.raw_score
    if not criterion.knockout:
        # Credit on a criterion that is not a knockout cannot cause or lift a knockout.
        assert after.knocked_out == before.knocked_out
        assert (after.score or 0) >= (before.score or 0)


@settings(max_examples=50, deadline=None)
@given(calls())
def test_unreached_call_scores_by_the_campaign_rule_only(call):
    catalogue, results, timings_, criteria_na = call

    zero = score_call(
        catalogue, results, timings_, CampaignRules(), reached=False, criteria_na=criteria_na
    )
    left_out = score_call(
        catalogue,
        results,
        timings_,
        CampaignRules(unreached_scores_zero=False),
        reached=False,
        criteria_na=criteria_na,
    )

    assert (zero.score, zero.raw_score, zero.knocked_out) == (0, None, False)
    assert (left_out.score, left_out.raw_score, left_out.knocked_out) == (None, None, False)
