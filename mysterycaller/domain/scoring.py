"""The scoring rules of spec/scoring.md, as one pure function used by every part of the app."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from mysterycaller.domain.campaign import (
    Campaign,
    CampaignRules,
    Catalogue,
    Criterion,
    CriterionKind,
    Scenario,
)
from mysterycaller.domain.timing import Timings

ResultValue = bool | int | float | str | None


@dataclass(frozen=True)
class Result:
    """What the tester recorded for one criterion, stamped with the call time."""

    value: ResultValue = None
    na: bool = False
    at: float | None = None


@dataclass(frozen=True)
class CallScore:
    #: The score that counts (0 when knocked out); None for an unreached call left out of averages.
    score: float | None
    #: The score before knockouts; None when the call was not reached.
    raw_score: float | None
    knocked_out: bool
    reached: bool
    sections: dict[str, float] = field(default_factory=dict)
    #: Credit 0..1 of every applicable criterion; not-applicable ones are absent.
    credits: dict[str, float] = field(default_factory=dict)
    #: Ids of the knockout criteria that failed.
    knockouts: tuple[str, ...] = ()


def credit(criterion: Criterion, result: Result | None, timings: Timings | None) -> float | None:
    """The credit 0..1 of one criterion, or None when it is not applicable.

    An unanswered ``scale`` or ``choice`` is not applicable, so a half-filled call in progress
    scores what has been judged so far; completing a call requires those answers. An unticked
    ``check`` counts as "no" once the call is completed (and in the live score, which shows
    what the call would score if completed now).
    """
    if criterion.kind is CriterionKind.TEXT:
        return None
    if result is not None and result.na:
        return None
    if criterion.kind is CriterionKind.TIMING:
        if timings is None or criterion.rule is None:
            return None
        held = criterion.rule.evaluate(timings.measure)
        return None if held is None else float(held)
    value = None if result is None else result.value
    if criterion.kind is CriterionKind.CHECK:
        return 1.0 if value is True else 0.0
    if value is None:
        return None
    if criterion.kind is CriterionKind.SCALE:
        assert criterion.scale is not None
        return criterion.scale.credit(float(value))
    if criterion.kind is CriterionKind.CHOICE:
        option = criterion.option(str(value))
        return None if option is None else option.credit
    raise ValueError(f"unknown criterion kind {criterion.kind!r}")


def score_call(
    catalogue: Catalogue,
    results: Mapping[str, Result],
    timings: Timings | None,
    rules: CampaignRules,
    *,
    reached: bool,
    criteria_na: frozenset[str] = frozenset(),
) -> CallScore:
    """Score one test call; ``timings`` are those of the answered attempt."""
    if not reached:
        return CallScore(
            score=0.0 if rules.unreached_scores_zero else None,
            raw_score=None,
            knocked_out=False,
            reached=False,
        )

    credits: dict[str, float] = {}
    knockouts: list[str] = []
    sections: dict[str, float] = {}
    weighted_sections = 0.0
    section_weights = 0.0
    for section in catalogue.sections:
        weighted = 0.0
        weights = 0.0
        for criterion in section.criteria:
            if criterion.id in criteria_na:
                continue
            value = credit(criterion, results.get(criterion.id), timings)
            if value is None:
                continue
            credits[criterion.id] = value
            weighted += criterion.weight * value
            weights += criterion.weight
            if criterion.knockout and value == 0:
                knockouts.append(criterion.id)
        if weights == 0:
            continue
        # Divide before scaling to percent: the share is at most 1 (each weight x credit is at
        # most its weight), so a score never exceeds 100 by float noise (100.00000000000001).
        fraction = weighted / weights
        sections[section.id] = 100 * fraction
        weighted_sections += section.weight * fraction
        section_weights += section.weight

    raw = 100 * (weighted_sections / section_weights) if section_weights else None
    knocked_out = bool(knockouts)
    # Reached, but nothing applicable judged (raw None): there is nothing to score.
    score = None if raw is None else 0.0 if knocked_out else raw
    return CallScore(
        score=score,
        raw_score=raw,
        knocked_out=knocked_out,
        reached=True,
        sections=sections,
        credits=credits,
        knockouts=tuple(knockouts),
    )


def score_for_scenario(
    campaign: Campaign,
    scenario: Scenario | None,
    results: Mapping[str, Result],
    timings: Timings | None,
    *,
    reached: bool,
) -> CallScore:
    """Score a call of ``campaign`` played with ``scenario`` (its ``criteria_na`` apply)."""
    criteria_na = scenario.criteria_na if scenario is not None else frozenset()
    return score_call(
        campaign.catalogue,
        results,
        timings,
        campaign.rules,
        reached=reached,
        criteria_na=criteria_na,
    )


def round_display(value: float, places: int = 1) -> Decimal:
    """Round half away from zero on the decimal digits of the value, as reports show it."""
    quantum = Decimal(1).scaleb(-places)
    return Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
