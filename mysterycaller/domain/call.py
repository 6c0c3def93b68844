"""A test call: its attempts with their timelines, the results, the notes, and its score."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.scoring import CallScore, Result, score_for_scenario
from mysterycaller.domain.timing import Outcome, PhaseMark, Timings, compute_timings


class CallStatus(enum.StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


@dataclass(frozen=True)
class Attempt:
    phases: tuple[PhaseMark, ...]
    outcome: Outcome | None = None
    #: The app stopped (crash, kill) while this attempt ran: what came after its last mark
    #: is unknown.
    interrupted: bool = False

    def timings(self, now: float | None = None) -> Timings:
        return compute_timings(self.phases, now, interrupted=self.interrupted)


@dataclass(frozen=True)
class Note:
    at: float | None
    text: str


@dataclass(frozen=True)
class TestCall:
    id: str
    campaign_id: str
    #: The catalogue version the call was made with; its scores follow that version.
    campaign_version: int
    scenario_id: str
    target_id: str
    tester: str
    status: CallStatus
    started_at: datetime
    attempts: tuple[Attempt, ...] = ()
    results: dict[str, Result] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()
    agent: str | None = None
    impression: str | None = None
    completed_at: datetime | None = None

    __test__ = False  # not a pytest test class, despite the name

    @property
    def answered_attempt(self) -> Attempt | None:
        return next((a for a in self.attempts if a.outcome is Outcome.ANSWERED), None)

    @property
    def reached(self) -> bool:
        return self.answered_attempt is not None

    def evaluated_timings(self) -> Timings | None:
        """The timings that count: those of the answered attempt."""
        attempt = self.answered_attempt
        return attempt.timings() if attempt is not None else None

    def score(self, campaign: Campaign) -> CallScore:
        return score_for_scenario(
            campaign,
            campaign.scenario(self.scenario_id),
            self.results,
            self.evaluated_timings(),
            reached=self.reached,
        )
