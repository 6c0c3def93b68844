"""What completing a call asks of the tester: the checks that will count as "no", and the
scale and choice answers still missing (spec/scoring.md: an unticked check is "no")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mysterycaller.domain.campaign import Catalogue, Criterion, CriterionKind, Scenario
from mysterycaller.domain.scoring import Result


@dataclass(frozen=True)
class OpenAnswers:
    #: Checks neither ticked nor marked n/a: they will count as "no".
    unticked_checks: tuple[Criterion, ...]
    #: Scales and choices with neither a value nor n/a: a completed call must answer them.
    missing_answers: tuple[Criterion, ...]


def open_answers(
    catalogue: Catalogue, scenario: Scenario, results: Mapping[str, Result], *, reached: bool
) -> OpenAnswers:
    """What is still open in a call; nothing is, for a call that never got through."""
    if not reached:
        return OpenAnswers((), ())
    unticked, missing = [], []
    for _, criterion in catalogue.criteria():
        if criterion.id in scenario.criteria_na:
            continue
        result = results.get(criterion.id) or Result()
        if criterion.kind is CriterionKind.CHECK and not (result.na or result.value is True):
            unticked.append(criterion)
        choosing = criterion.kind in (CriterionKind.SCALE, CriterionKind.CHOICE)
        if choosing and not (result.na or result.value is not None):
            missing.append(criterion)
    return OpenAnswers(tuple(unticked), tuple(missing))
