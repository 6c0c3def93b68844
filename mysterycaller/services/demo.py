"""The demo campaign and synthetic completed calls, reproducible from a seed.

The calls are meant to look like a real wave: targets that differ in quality, waiting times with
a long tail, calls that are never answered, holds, transfers, knockouts and notes.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from mysterycaller.domain.call import Attempt, CallStatus, Note, TestCall
from mysterycaller.domain.campaign import Campaign, Criterion, CriterionKind, Target
from mysterycaller.domain.campaign_document import campaign_from_document
from mysterycaller.domain.scoring import Result
from mysterycaller.domain.timing import Outcome, Phase, PhaseMark
from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database
from mysterycaller.services.campaign_files import demo_document

TESTERS = ("T-01 Anna Keller", "T-02 Jonas Brandt", "T-03 Mira Yilmaz", "T-04 Lukas Hoffmann")
# Central European winter time: the demo wave runs in January and February.
CET = timezone(timedelta(hours=1))
FAILED_OUTCOMES = (
    (Outcome.BUSY, 5),
    (Outcome.NO_ANSWER, 4),
    (Outcome.DROPPED, 3),
    (Outcome.CLOSED, 2),
    (Outcome.VOICEMAIL, 2),
    (Outcome.WRONG_NUMBER, 1),
)
NOTE_TEXTS = (
    "Wartemusik sehr laut",
    "Mitarbeiterin wirkte gestresst",
    "Sehr ausführliche Beratung",
    "Hintergrundgeräusche im Callcenter",
    "Rückfrage zur Kundennummer, obwohl nicht nötig",
    "Tarifname zunächst falsch genannt, dann korrigiert",
)


@dataclass(frozen=True)
class DemoResult:
    campaign_id: str
    added: int
    already_present: int


def add_demo(
    database: Database, calls: int = 200, seed: int = 1, *, campaign_id: str | None = None
) -> DemoResult:
    """Add (or update) the demo campaign and ``calls`` synthetic completed calls.

    With ``campaign_id`` the same campaign is stored under that id: data that behaves like a
    real campaign's (results bundles leave the demo campaign itself at home).
    """
    document = demo_document() | ({"id": campaign_id} if campaign_id else {})
    campaign = campaign_from_document(document)
    with database.transaction() as session:
        saved = CampaignStore(session).save(document)
    generated = generate_calls(campaign, saved.version, calls, seed)
    added = 0
    with database.transaction() as session:
        store = CallStore(session)
        existing = {summary.id for summary in store.list(campaign.id)}
        fresh = ((call, call.score(campaign)) for call in generated if call.id not in existing)
        added = store.add_many(fresh)
    return DemoResult(campaign.id, added, calls - added)


def generate_calls(campaign: Campaign, version: int, count: int, seed: int) -> Iterator[TestCall]:
    """``count`` completed calls for ``campaign``; the same seed gives the same calls."""
    rng = random.Random(seed)
    quality = {target.id: rng.uniform(0.55, 0.95) for target in campaign.targets}
    start = campaign.period_start or date(2027, 1, 11)
    end = campaign.period_end or start + timedelta(days=28)
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    workdays = [day for day in days if day.weekday() < 5] or days
    pairs = [(s, t) for s in campaign.scenarios for t in campaign.targets if s.applies_to(t.id)]
    for _ in range(count):
        scenario, target = rng.choice(pairs)
        call_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        started = datetime.combine(rng.choice(workdays), datetime.min.time(), CET) + timedelta(
            hours=rng.randint(8, 17), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
        )
        attempts = _attempts(rng, campaign, target, quality[target.id])
        answered = attempts[-1].outcome is Outcome.ANSWERED
        talk_span = _talk_span(attempts[-1]) if answered else None
        results = (
            _results(
                rng, campaign, scenario.criteria_na, quality[target.id], attempts[-1], talk_span
            )
            if answered
            else {}
        )
        notes: tuple[Note, ...] = ()
        if talk_span and rng.random() < 0.3:
            notes = (Note(at=round(rng.uniform(*talk_span), 1), text=rng.choice(NOTE_TEXTS)),)
        total = sum(a.phases[-1].start for a in attempts) + 60 * (len(attempts) - 1)
        yield TestCall(
            id=call_id,
            campaign_id=campaign.id,
            campaign_version=version,
            scenario_id=scenario.id,
            target_id=target.id,
            tester=rng.choice(TESTERS),
            status=CallStatus.COMPLETED,
            started_at=started,
            attempts=attempts,
            results=results,
            notes=notes,
            agent=None,
            impression=rng.choice(("positiv", "neutral", "verbesserungswürdig"))
            if answered
            else None,
            completed_at=started + timedelta(seconds=total + 120),
        )


def _attempts(
    rng: random.Random, campaign: Campaign, target: Target, quality: float
) -> tuple[Attempt, ...]:
    attempts = []
    for _ in range(campaign.rules.max_attempts):
        attempt = _attempt(rng, campaign, target, quality)
        attempts.append(attempt)
        if attempt.outcome is Outcome.ANSWERED:
            break
    return tuple(attempts)


def _attempt(rng: random.Random, campaign: Campaign, target: Target, quality: float) -> Attempt:
    ring = rng.uniform(2, 14)
    # Weaker hotlines fail more often: about 5 % of their calls stay unreached after 3 attempts.
    if rng.random() < 0.15 + 0.5 * (1 - quality):
        outcome = rng.choices([o for o, _ in FAILED_OUTCOMES], [w for _, w in FAILED_OUTCOMES])[0]
        if outcome in (Outcome.BUSY, Outcome.WRONG_NUMBER, Outcome.CLOSED):
            return _timeline(outcome, (Phase.RINGING, 0.0), (Phase.ENDED, rng.uniform(3, 20)))
        return _timeline(outcome, (Phase.RINGING, 0.0), (Phase.ENDED, ring + rng.uniform(10, 60)))
    marks: list[tuple[Phase, float]] = [(Phase.RINGING, 0.0)]
    now = ring
    if not target.competitor and rng.random() < 0.6:
        marks.append((Phase.IVR, now))
        now += rng.uniform(8, 35)
    # Queue times have a long tail: most calls wait under a minute, some give up.
    queue = rng.lognormvariate(3.2 - quality, 0.9)
    marks.append((Phase.QUEUE, now))
    if queue >= campaign.rules.max_wait_seconds:
        now += campaign.rules.max_wait_seconds
        return _timeline(Outcome.ABANDONED, *marks, (Phase.ENDED, now))
    now += queue
    marks.append((Phase.TALK, now))
    now += rng.uniform(30, 150)
    for _ in range(rng.choices((0, 1, 2), (5, 3, 1))[0]):
        marks.append((Phase.HOLD, now))
        now += rng.lognormvariate(3.3, 0.7)
        marks.append((Phase.TALK, now))
        now += rng.uniform(20, 90)
    if rng.random() < 0.15:
        marks.append((Phase.TRANSFER, now))
        now += rng.uniform(10, 60)
        marks.append((Phase.TALK, now))
        now += rng.uniform(30, 120)
    return _timeline(Outcome.ANSWERED, *marks, (Phase.ENDED, now))


def _timeline(outcome: Outcome, *marks: tuple[Phase, float]) -> Attempt:
    return Attempt(phases=tuple(PhaseMark(p, round(t, 1)) for p, t in marks), outcome=outcome)


def _talk_span(attempt: Attempt) -> tuple[float, float]:
    first_talk = next(m.start for m in attempt.phases if m.phase is Phase.TALK)
    return first_talk, attempt.phases[-1].start


def _results(
    rng: random.Random,
    campaign: Campaign,
    criteria_na: frozenset[str],
    quality: float,
    attempt: Attempt,
    talk_span: tuple[float, float] | None,
) -> dict[str, Result]:
    had_hold = any(m.phase is Phase.HOLD for m in attempt.phases)
    low, high = talk_span or (0.0, 0.0)
    results: dict[str, Result] = {}
    for _, criterion in campaign.catalogue.criteria():
        if criterion.kind is CriterionKind.TIMING or criterion.id in criteria_na:
            continue
        at = round(rng.uniform(low, high), 1)
        if criterion.na_allowed and (not had_hold or rng.random() < 0.1):
            results[criterion.id] = Result(na=True, at=at)
            continue
        value = _value(rng, criterion, quality)
        if value is not None:
            results[criterion.id] = Result(value=value, at=at)
    return results


def _value(rng: random.Random, criterion: Criterion, quality: float) -> bool | float | str | None:
    if criterion.kind is CriterionKind.CHECK:
        # Knockout items (correct information) fail less often, but they do fail.
        chance = quality + (0.35 * (1 - quality) if criterion.knockout else 0)
        return True if rng.random() < chance else None
    if criterion.kind is CriterionKind.SCALE and criterion.scale is not None:
        scale = criterion.scale
        value = scale.low + (scale.high - scale.low) * min(1.0, max(0.0, rng.gauss(quality, 0.2)))
        return round(value) if float(scale.low).is_integer() else round(value, 1)
    if criterion.kind is CriterionKind.CHOICE and criterion.options:
        weights = [0.2 + option.credit * quality * 2 for option in criterion.options]
        return rng.choices(criterion.options, weights)[0].id
    if criterion.kind is CriterionKind.TEXT:
        return rng.choice(NOTE_TEXTS) if rng.random() < 0.2 else None
    return None
