"""The figures of a wave (a campaign's calls): reachability, waiting times, scores, groups.

Each call is aggregated with its score and the campaign version it was made with, so the
rules (service level threshold) and target properties (competitor) of that version apply.

- Reachability: reached calls / calls; on the first attempt: calls whose first attempt was
  answered / calls.
- Service level: answered attempts with time_to_answer <= the campaign's
  ``service_level_seconds`` / answered attempts (spec/domain.md).
- Waiting times (time_to_answer, queue_seconds, hold_seconds) are those of the answered
  attempt of each reached call.
- Mean score over the calls that have a score; section means over the calls with that section.
- Criterion fulfilment = sum of credits / calls where the criterion was applicable.
- Weekday (0 = Monday) and hour are those of ``started_at`` in the call's own UTC offset.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from mysterycaller.domain.call import TestCall
from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.scoring import CallScore
from mysterycaller.domain.statistics import Distribution, Rate, describe, rate
from mysterycaller.domain.timing import Outcome

#: The waiting-time measures a wave report describes, in the order it shows them.
WAIT_MEASURES = ("time_to_answer", "queue_seconds", "hold_seconds")


@dataclass(frozen=True)
class SectionFigure:
    """The mean score of one section over the calls in which it had a score."""

    section_id: str
    mean: float | None
    n: int


@dataclass(frozen=True)
class CriterionFigure:
    """The fulfilment rate of one criterion over the calls where it was applicable."""

    criterion_id: str
    section_id: str
    fulfilment: Rate


@dataclass(frozen=True)
class GroupFigures:
    """Reachability, service level, scores and waiting of a group of calls (target, hour...)."""

    key: str
    calls: int
    reachability: Rate
    first_attempt: Rate
    service_level: Rate
    score: Distribution
    time_to_answer: Distribution
    sections: dict[str, SectionFigure] = field(default_factory=dict)


@dataclass(frozen=True)
class WaveFigures:
    """Everything a wave report shows about one campaign's calls."""

    overall: GroupFigures
    attempts: int
    knockouts: Rate
    timings: dict[str, Distribution]
    #: Sorted time_to_answer of every reached call, for distribution charts.
    time_to_answer_values: tuple[float, ...]
    #: The service level threshold of the latest campaign version aggregated.
    service_level_seconds: float
    sections: tuple[SectionFigure, ...]
    criteria: tuple[CriterionFigure, ...]
    targets: tuple[GroupFigures, ...]
    own: GroupFigures
    competitors: GroupFigures
    weekdays: tuple[GroupFigures, ...]
    hours: tuple[GroupFigures, ...]


class _Group:
    """Running sums of one group of calls."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.calls = 0
        self.reached = 0
        self.first = 0
        self.answered = 0
        self.within = 0
        self.scores: list[float] = []
        self.waits: list[float] = []
        self.sections: dict[str, list[float]] = {}

    def add(self, call: TestCall, score: CallScore, wait: float | None, within: bool) -> None:
        self.calls += 1
        self.reached += call.reached
        self.first += bool(call.attempts) and call.attempts[0].outcome is Outcome.ANSWERED
        if call.reached:
            self.answered += 1
            self.within += within
        if wait is not None:
            self.waits.append(wait)
        if score.score is not None:
            self.scores.append(score.score)
        for section_id, value in score.sections.items():
            self.sections.setdefault(section_id, []).append(value)

    def figures(self, section_order: Iterable[str]) -> GroupFigures:
        sections = {}
        for section_id in section_order:
            values = self.sections.get(section_id, [])
            summary = describe(values)
            sections[section_id] = SectionFigure(section_id, summary.mean, summary.n)
        return GroupFigures(
            key=self.key,
            calls=self.calls,
            reachability=rate(self.reached, self.calls),
            first_attempt=rate(self.first, self.calls),
            service_level=rate(self.within, self.answered),
            score=describe(self.scores),
            time_to_answer=describe(self.waits),
            sections=sections,
        )


class WaveAggregator:
    """Collects calls one by one (so they can be loaded in chunks), then gives WaveFigures."""

    def __init__(self) -> None:
        self._overall = _Group("all")
        self._own = _Group("own")
        self._competitors = _Group("competitors")
        self._targets: dict[str, _Group] = {}
        self._weekdays: dict[int, _Group] = {}
        self._hours: dict[int, _Group] = {}
        self._attempts = 0
        self._knockouts = 0
        self._measures: dict[str, list[float]] = {name: [] for name in WAIT_MEASURES}
        self._credits: dict[str, list[float]] = {}
        self._criterion_section: dict[str, str] = {}
        self._section_order: dict[str, None] = {}
        self._seen_versions: set[tuple[str, int]] = set()
        self._threshold = 0.0

    def add(self, call: TestCall, score: CallScore, campaign: Campaign) -> None:
        """Count one call, scored with ``campaign`` (the version it was made with)."""
        self._learn(call, campaign)
        timings = call.evaluated_timings()
        wait = timings.time_to_answer if timings is not None else None
        within = wait is not None and wait <= campaign.rules.service_level_seconds
        target = campaign.target(call.target_id)
        groups = [
            self._overall,
            self._competitors if target is not None and target.competitor else self._own,
            self._targets.setdefault(call.target_id, _Group(call.target_id)),
            self._weekdays.setdefault(
                call.started_at.weekday(), _Group(str(call.started_at.weekday()))
            ),
            self._hours.setdefault(call.started_at.hour, _Group(str(call.started_at.hour))),
        ]
        for group in groups:
            group.add(call, score, wait, within)
        self._attempts += len(call.attempts)
        self._knockouts += score.knocked_out
        if timings is not None:
            for name in WAIT_MEASURES:
                value = timings.measure(name)
                if value is not None:
                    self._measures[name].append(value)
        for criterion_id, value in score.credits.items():
            self._credits.setdefault(criterion_id, []).append(value)

    def _learn(self, call: TestCall, campaign: Campaign) -> None:
        key = (campaign.id, call.campaign_version)
        if key in self._seen_versions:
            return
        newest = max((v for _, v in self._seen_versions), default=0)
        self._seen_versions.add(key)
        if call.campaign_version >= newest:
            self._threshold = campaign.rules.service_level_seconds
        for section, criterion in campaign.catalogue.criteria():
            self._section_order.setdefault(section.id, None)
            self._criterion_section.setdefault(criterion.id, section.id)

    def figures(self) -> WaveFigures:
        """The figures of every call added so far."""
        order = list(self._section_order)
        overall = self._overall.figures(order)
        criteria = [
            CriterionFigure(
                cid, self._criterion_section.get(cid, ""), rate(min(math.fsum(v), len(v)), len(v))
            )
            for cid, v in self._credits.items()
        ]
        position = {cid: i for i, cid in enumerate(self._criterion_section)}
        criteria.sort(key=lambda c: (c.fulfilment.value or 0.0, position.get(c.criterion_id, 0)))
        return WaveFigures(
            overall=overall,
            attempts=self._attempts,
            knockouts=rate(self._knockouts, self._overall.reached),
            timings={name: describe(values) for name, values in self._measures.items()},
            time_to_answer_values=tuple(sorted(self._measures["time_to_answer"])),
            service_level_seconds=self._threshold,
            sections=tuple(overall.sections[s] for s in order if overall.sections[s].n),
            criteria=tuple(criteria),
            targets=tuple(g.figures(order) for g in self._targets.values()),
            own=self._own.figures(order),
            competitors=self._competitors.figures(order),
            weekdays=_numbered(self._weekdays, order),
            hours=_numbered(self._hours, order),
        )


def _numbered(groups: dict[int, _Group], order: list[str]) -> tuple[GroupFigures, ...]:
    return tuple(groups[number].figures(order) for number in sorted(groups))


def aggregate_wave(items: Iterable[tuple[TestCall, CallScore, Campaign]]) -> WaveFigures:
    """The WaveFigures of (call, score, campaign version) triples."""
    aggregator = WaveAggregator()
    for call, score, campaign in items:
        aggregator.add(call, score, campaign)
    return aggregator.figures()


@dataclass(frozen=True)
class TrendPoint:
    """One wave of a client in a trend: reachability and mean score."""

    campaign_id: str
    name: str
    start: date | None
    calls: int
    reachability: Rate
    score: Distribution


def trend_point(
    campaign_id: str, name: str, start: date | None, calls: Iterable[tuple[bool, float | None]]
) -> TrendPoint:
    """A TrendPoint from (reached, score) of each call of a wave."""
    reached = 0
    count = 0
    scores: list[float] = []
    for was_reached, score in calls:
        count += 1
        reached += was_reached
        if score is not None:
            scores.append(score)
    return TrendPoint(campaign_id, name, start, count, rate(reached, count), describe(scores))
