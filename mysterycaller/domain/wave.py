"""The figures of a wave (a campaign's calls), the client's own lines apart from competitors.

Each call is aggregated with its score and the campaign version it was made with, so the
rules (service level threshold) and target properties (competitor) of that version apply.
Every headline figure is the client's own (``WaveFigures.own``); the competitors' lines
(``competitor: true``) get the same figures on their own side (``WaveFigures.competitors``),
never blended in (spec/domain.md).

- Reachability: reached calls / calls; on the first attempt: calls whose first attempt was
  answered / calls.
- Service level: calls answered with time_to_answer <= the campaign's
  ``service_level_seconds`` / all calls dialled; a call that never got through counts as not
  answered in time (spec/domain.md).
- Average speed of answer: the mean time_to_answer of the reached calls.
- Gave up: calls in which the tester gave up at the maximum wait (an attempt ``abandoned``)
  / all calls dialled.
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
from mysterycaller.domain.campaign import Campaign, CriterionKind
from mysterycaller.domain.scoring import CallScore
from mysterycaller.domain.statistics import Distribution, Rate, describe, rate
from mysterycaller.domain.timing import Outcome
from mysterycaller.domain.verbatims import Verbatim, VerbatimCollector

#: The waiting-time measures a wave report describes, in the order it shows them.
WAIT_MEASURES = ("time_to_answer", "queue_seconds", "hold_seconds")


@dataclass(frozen=True)
class SectionFigure:
    """The mean score of one section over the calls in which it had a score."""

    section_id: str
    mean: float | None
    n: int
    summary: Distribution = field(default_factory=lambda: describe(()))


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
    gave_up: Rate = field(default_factory=lambda: rate(0, 0))
    knockouts: Rate = field(default_factory=lambda: rate(0, 0))
    competitor: bool = False


@dataclass(frozen=True)
class SideFigures:
    """Every figure of one side of a wave: the client's own lines, or the competitors'."""

    overall: GroupFigures
    attempts: int
    timings: dict[str, Distribution]
    #: Sorted time_to_answer of every reached call, for distribution charts.
    time_to_answer_values: tuple[float, ...]
    #: Sorted scores of the calls that have one, for the score distribution.
    scores: tuple[float, ...]
    sections: tuple[SectionFigure, ...]
    criteria: tuple[CriterionFigure, ...]
    weekdays: tuple[GroupFigures, ...]
    hours: tuple[GroupFigures, ...]
    scenarios: tuple[GroupFigures, ...]

    @property
    def knockouts(self) -> Rate:
        return self.overall.knockouts

    def criterion(self, criterion_id: str) -> CriterionFigure | None:
        return next((c for c in self.criteria if c.criterion_id == criterion_id), None)

    def section(self, section_id: str) -> SectionFigure | None:
        return self.overall.sections.get(section_id)


@dataclass(frozen=True)
class WaveFigures:
    """Everything a wave report shows about one campaign's calls."""

    own: SideFigures
    competitors: SideFigures
    #: Every target, own and competitor (``GroupFigures.competitor`` tells them apart).
    targets: tuple[GroupFigures, ...]
    #: The service level threshold of the latest campaign version aggregated.
    service_level_seconds: float
    #: The maximum wait of the latest campaign version aggregated.
    max_wait_seconds: float
    #: Observations, remarks and notes of the client's own calls (a bounded sample).
    verbatims: tuple[Verbatim, ...] = ()
    #: How many verbatims there were per criterion id ("" for notes), before sampling.
    verbatim_counts: dict[str, int] = field(default_factory=dict)

    @property
    def calls(self) -> int:
        return self.own.overall.calls + self.competitors.overall.calls


class _Group:
    """Running sums of one group of calls."""

    def __init__(self, key: str, competitor: bool = False) -> None:
        self.key = key
        self.competitor = competitor
        self.calls = 0
        self.reached = 0
        self.first = 0
        self.within = 0
        self.gave_up = 0
        self.knocked_out = 0
        self.scores: list[float] = []
        self.waits: list[float] = []
        self.sections: dict[str, list[float]] = {}

    def add(self, call: TestCall, score: CallScore, wait: float | None, within: bool) -> None:
        self.calls += 1
        self.reached += call.reached
        self.first += bool(call.attempts) and call.attempts[0].outcome is Outcome.ANSWERED
        self.within += within
        self.gave_up += any(a.outcome is Outcome.ABANDONED for a in call.attempts)
        self.knocked_out += score.knocked_out
        if wait is not None:
            self.waits.append(wait)
        if score.score is not None:
            self.scores.append(score.score)
        for section_id, value in score.sections.items():
            self.sections.setdefault(section_id, []).append(value)

    def figures(self, section_order: Iterable[str]) -> GroupFigures:
        sections = {}
        for section_id in section_order:
            summary = describe(self.sections.get(section_id, []))
            sections[section_id] = SectionFigure(section_id, summary.mean, summary.n, summary)
        return GroupFigures(
            key=self.key,
            calls=self.calls,
            reachability=rate(self.reached, self.calls),
            first_attempt=rate(self.first, self.calls),
            service_level=rate(self.within, self.calls),
            score=describe(self.scores),
            time_to_answer=describe(self.waits),
            sections=sections,
            gave_up=rate(self.gave_up, self.calls),
            knockouts=rate(self.knocked_out, self.reached),
            competitor=self.competitor,
        )


class _Side:
    """Running sums of one side (own lines or competitors)."""

    def __init__(self, key: str) -> None:
        self.overall = _Group(key)
        self.weekdays: dict[int, _Group] = {}
        self.hours: dict[int, _Group] = {}
        self.scenarios: dict[str, _Group] = {}
        self.attempts = 0
        self.measures: dict[str, list[float]] = {name: [] for name in WAIT_MEASURES}
        self.credits: dict[str, list[float]] = {}

    def add(self, call: TestCall, score: CallScore, wait: float | None, within: bool) -> None:
        day, hour = call.started_at.weekday(), call.started_at.hour
        groups = [
            self.overall,
            self.weekdays.setdefault(day, _Group(str(day))),
            self.hours.setdefault(hour, _Group(str(hour))),
            self.scenarios.setdefault(call.scenario_id, _Group(call.scenario_id)),
        ]
        for group in groups:
            group.add(call, score, wait, within)
        self.attempts += len(call.attempts)
        timings = call.evaluated_timings()
        if timings is not None:
            for name in WAIT_MEASURES:
                value = timings.measure(name)
                if value is not None:
                    self.measures[name].append(value)
        for criterion_id, value in score.credits.items():
            self.credits.setdefault(criterion_id, []).append(value)

    def figures(self, order: list[str], criterion_section: dict[str, str]) -> SideFigures:
        overall = self.overall.figures(order)
        criteria = [
            CriterionFigure(
                cid, criterion_section.get(cid, ""), rate(min(math.fsum(v), len(v)), len(v))
            )
            for cid, v in self.credits.items()
        ]
        position = {cid: i for i, cid in enumerate(criterion_section)}
        criteria.sort(key=lambda c: (c.fulfilment.value or 0.0, position.get(c.criterion_id, 0)))
        return SideFigures(
            overall=overall,
            attempts=self.attempts,
            timings={name: describe(values) for name, values in self.measures.items()},
            time_to_answer_values=tuple(sorted(self.measures["time_to_answer"])),
            scores=tuple(sorted(self.overall.scores)),
            sections=tuple(overall.sections[s] for s in order if overall.sections[s].n),
            criteria=tuple(criteria),
            weekdays=_numbered(self.weekdays, order),
            hours=_numbered(self.hours, order),
            scenarios=tuple(g.figures(order) for g in self.scenarios.values()),
        )


class WaveAggregator:
    """Collects calls one by one (so they can be loaded in chunks), then gives WaveFigures."""

    def __init__(self) -> None:
        self._own = _Side("own")
        self._competitors = _Side("competitors")
        self._targets: dict[str, _Group] = {}
        self._criterion_section: dict[str, str] = {}
        self._section_order: dict[str, None] = {}
        self._seen_versions: set[tuple[str, int]] = set()
        self._threshold = 0.0
        self._max_wait = 0.0
        self._verbatims = VerbatimCollector()

    def add(self, call: TestCall, score: CallScore, campaign: Campaign) -> None:
        """Count one call, scored with ``campaign`` (the version it was made with)."""
        self._learn(call, campaign)
        timings = call.evaluated_timings()
        wait = timings.time_to_answer if timings is not None else None
        within = wait is not None and wait <= campaign.rules.service_level_seconds
        target = campaign.target(call.target_id)
        competitor = bool(target is not None and target.competitor)
        (self._competitors if competitor else self._own).add(call, score, wait, within)
        group = self._targets.setdefault(call.target_id, _Group(call.target_id, competitor))
        group.add(call, score, wait, within)
        if not competitor:
            self._verbatims.add(call, score, campaign)

    def _learn(self, call: TestCall, campaign: Campaign) -> None:
        key = (campaign.id, call.campaign_version)
        if key in self._seen_versions:
            return
        newest = max((v for _, v in self._seen_versions), default=0)
        self._seen_versions.add(key)
        if call.campaign_version >= newest:
            self._threshold = campaign.rules.service_level_seconds
            self._max_wait = campaign.rules.max_wait_seconds
        for section, criterion in campaign.catalogue.criteria():
            self._section_order.setdefault(section.id, None)
            if criterion.kind is not CriterionKind.TEXT:
                self._criterion_section.setdefault(criterion.id, section.id)

    def figures(self) -> WaveFigures:
        """The figures of every call added so far."""
        order = list(self._section_order)
        return WaveFigures(
            own=self._own.figures(order, self._criterion_section),
            competitors=self._competitors.figures(order, self._criterion_section),
            targets=tuple(g.figures(order) for g in self._targets.values()),
            service_level_seconds=self._threshold,
            max_wait_seconds=self._max_wait,
            verbatims=self._verbatims.verbatims(),
            verbatim_counts=self._verbatims.counts(),
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
    """One wave of a client in a trend: the own lines' reachability, scores and sections."""

    campaign_id: str
    name: str
    start: date | None
    calls: int
    reachability: Rate
    score: Distribution
    service_level: Rate = field(default_factory=lambda: rate(0, 0))
    sections: dict[str, Distribution] = field(default_factory=dict)


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


def side_trend_point(
    campaign_id: str, name: str, start: date | None, side: SideFigures
) -> TrendPoint:
    """The TrendPoint of one side of a wave (the client's own lines)."""
    overall = side.overall
    return TrendPoint(
        campaign_id,
        name,
        start,
        overall.calls,
        overall.reachability,
        overall.score,
        overall.service_level,
        {s.section_id: s.summary for s in side.sections},
    )
