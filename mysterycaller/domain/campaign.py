"""A campaign as the app understands it: targets, catalogue, scenarios and rules.

These are immutable values. Files, the database and the GUI convert to and from them; the
scoring rules read them. Validation of untrusted input happens where the input is read
(``services.campaign_files``); constructing these objects assumes consistent data.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from mysterycaller.domain.timing_rules import TimingRule


class CriterionKind(enum.StrEnum):
    CHECK = "check"
    SCALE = "scale"
    CHOICE = "choice"
    TIMING = "timing"
    TEXT = "text"


@dataclass(frozen=True)
class Scale:
    low: int | float
    high: int | float
    labels: tuple[str, ...] = ()

    def credit(self, value: float) -> float:
        return (value - self.low) / (self.high - self.low)


@dataclass(frozen=True)
class ChoiceOption:
    id: str
    label: str
    credit: float


@dataclass(frozen=True)
class Criterion:
    id: str
    text: str
    kind: CriterionKind
    weight: float = 1.0
    knockout: bool = False
    na_allowed: bool = False
    help: str | None = None
    rule: TimingRule | None = None
    scale: Scale | None = None
    options: tuple[ChoiceOption, ...] = ()

    @property
    def scored(self) -> bool:
        return self.kind is not CriterionKind.TEXT

    def option(self, option_id: str) -> ChoiceOption | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    criteria: tuple[Criterion, ...]
    weight: float = 1.0


@dataclass(frozen=True)
class Catalogue:
    sections: tuple[Section, ...]

    def criteria(self) -> Iterator[tuple[Section, Criterion]]:
        for section in self.sections:
            for criterion in section.criteria:
                yield section, criterion

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for _, c in self.criteria() if c.id == criterion_id), None)

    def criterion_ids(self) -> list[str]:
        return [c.id for _, c in self.criteria()]


@dataclass(frozen=True)
class Target:
    id: str
    name: str
    phone: str
    hours: str | None = None
    competitor: bool = False


@dataclass(frozen=True)
class Persona:
    name: str
    details: str | None = None


@dataclass(frozen=True)
class ScriptStep:
    say: str
    expect: str | None = None
    note: str | None = None
    criteria: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    persona: Persona
    goal: str
    script: tuple[ScriptStep, ...]
    #: Ids of the targets this scenario is played on; empty means every target.
    targets: tuple[str, ...] = ()
    criteria_na: frozenset[str] = frozenset()

    def applies_to(self, target_id: str) -> bool:
        return not self.targets or target_id in self.targets


@dataclass(frozen=True)
class GradeBand:
    """A grade the wave report gives a mean score from ``min_score`` up (to the next band)."""

    grade: str
    min_score: float
    label: str | None = None


#: German school grades (IHK scale); labels come from the report's language when None.
DEFAULT_GRADES = (
    GradeBand("1", 92),
    GradeBand("2", 81),
    GradeBand("3", 67),
    GradeBand("4", 50),
    GradeBand("5", 30),
    GradeBand("6", 0),
)


def grade_of(score: float | None, bands: tuple[GradeBand, ...]) -> GradeBand | None:
    """The band a score falls in (the highest minimum it reaches); None without a score."""
    if score is None:
        return None
    reached = [b for b in bands if score >= b.min_score]
    return max(reached, key=lambda b: b.min_score) if reached else None


@dataclass(frozen=True)
class CampaignRules:
    max_wait_seconds: float = 300
    max_attempts: int = 3
    service_level_seconds: float = 20
    unreached_scores_zero: bool = True
    record_agent_names: bool = False
    #: No key finding or recommendation in a report rests on fewer calls.
    min_calls: int = 30
    grades: tuple[GradeBand, ...] = DEFAULT_GRADES


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    client: str
    language: str
    catalogue: Catalogue
    targets: tuple[Target, ...]
    scenarios: tuple[Scenario, ...]
    rules: CampaignRules = field(default_factory=CampaignRules)
    period_start: date | None = None
    period_end: date | None = None

    def target(self, target_id: str) -> Target | None:
        return next((t for t in self.targets if t.id == target_id), None)

    def scenario(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)
