"""The use case behind the call screen: one test call being made (docs/call-session-api.md).

Every action commits its own short transaction before it returns, so whatever the screen shows
as saved survives a crash or kill. The stopwatch runs on a monotonic clock; timings are derived
from its marks, never counted.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from mysterycaller.domain.call import Attempt, CallStatus, Note, TestCall
from mysterycaller.domain.campaign import Campaign, Criterion, CriterionKind, Scenario, Target
from mysterycaller.domain.completion import open_answers
from mysterycaller.domain.scoring import CallScore, Result, score_for_scenario
from mysterycaller.domain.stopwatch import Clock, Stopwatch, StopwatchError
from mysterycaller.domain.timing import Outcome, Phase, Timings
from mysterycaller.persistence.calls import CallStore, CallSummary
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database, StoreError
from mysterycaller.persistence.live_calls import LiveCallStore
from mysterycaller.services.call_record_reader import value_problem
from mysterycaller.services.call_session_types import (
    CallSessionError,
    CompletionReview,
    NotSavedError,
)

WallClock = Callable[[], datetime]


def local_now() -> datetime:
    return datetime.now().astimezone()


class CallSession:
    """One test call being made or reviewed; see docs/call-session-api.md."""

    def __init__(
        self,
        database: Database,
        call: TestCall,
        campaign: Campaign,
        *,
        clock: Clock = time.monotonic,
        wall_clock: WallClock = local_now,
    ):
        scenario = campaign.scenario(call.scenario_id)
        target = campaign.target(call.target_id)
        if scenario is None or target is None:
            raise CallSessionError(
                "the call's scenario or target is not in its campaign", "not_in_campaign"
            )
        self._database = database
        self._clock = clock
        self._wall_clock = wall_clock
        self.call_id = call.id
        self.campaign = campaign
        self.scenario: Scenario = scenario
        self.target: Target = target
        self.tester = call.tester
        self.started_at = call.started_at
        self._status = call.status
        self._results: dict[str, Result] = dict(call.results)
        self._notes: list[Note] = list(call.notes)
        self._finished: list[Attempt] = list(call.attempts[:-1])
        current = call.attempts[-1] if call.attempts else Attempt(phases=())
        self.stopwatch = Stopwatch.restored(current.phases, clock)
        self._outcome: Outcome | None = current.outcome
        self.agent = call.agent
        self.impression = call.impression

    # ---- construction ----------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        database: Database,
        campaign_id: str,
        scenario_id: str,
        target_id: str,
        tester: str,
        *,
        clock: Clock = time.monotonic,
        wall_clock: WallClock = local_now,
    ) -> CallSession:
        """Create a call in progress with its first attempt, not yet dialled."""
        import uuid

        with database.transaction() as session:
            campaigns = CampaignStore(session)
            version = campaigns.latest_version_number(campaign_id)
            campaign = campaigns.version(campaign_id, version)
            scenario = campaign.scenario(scenario_id)
            if scenario is None or campaign.target(target_id) is None:
                raise CallSessionError(
                    f"unknown scenario {scenario_id!r} or target {target_id!r}", "not_in_campaign"
                )
            if not scenario.applies_to(target_id):
                raise CallSessionError(
                    f"scenario {scenario_id!r} is not for target {target_id!r}",
                    "scenario_not_for_target",
                )
            call = TestCall(
                id=str(uuid.uuid4()),
                campaign_id=campaign.id,
                campaign_version=version,
                scenario_id=scenario_id,
                target_id=target_id,
                tester=tester,
                status=CallStatus.IN_PROGRESS,
                started_at=wall_clock(),
                attempts=(Attempt(phases=()),),
            )
            CallStore(session).add(call, call.score(campaign))
        return cls(database, call, campaign, clock=clock, wall_clock=wall_clock)

    @classmethod
    def resume(
        cls,
        database: Database,
        call_id: str,
        *,
        clock: Clock = time.monotonic,
        wall_clock: WallClock = local_now,
    ) -> CallSession:
        """Open a recorded call; an attempt that was running when the app died is interrupted."""
        with database.transaction() as session:
            call = CallStore(session).get(call_id)
            campaign = CampaignStore(session).version(call.campaign_id, call.campaign_version)
        resumed = cls(database, call, campaign, clock=clock, wall_clock=wall_clock)
        if resumed.stopwatch.interrupted and not resumed.completed:
            resumed._commit(lambda store: resumed._save_current(store), rescore=False)
        return resumed

    @staticmethod
    def interrupted_calls(database: Database) -> list[CallSummary]:
        """Calls left in progress (by a crash, a kill, or closing the app mid-call)."""
        with database.transaction() as session:
            store = CallStore(session)
            return [store.summary(call_id) for call_id in LiveCallStore(session).in_progress()]

    # ---- state -------------------------------------------------------------------------------

    @property
    def attempts(self) -> tuple[Attempt, ...]:
        return (*self._finished, self._current_attempt())

    @property
    def attempt_number(self) -> int:
        return len(self._finished) + 1

    @property
    def max_attempts(self) -> int:
        return self.campaign.rules.max_attempts

    @property
    def results(self) -> Mapping[str, Result]:
        return dict(self._results)

    @property
    def notes(self) -> tuple[Note, ...]:
        return tuple(self._notes)

    @property
    def completed(self) -> bool:
        return self._status is CallStatus.COMPLETED

    @property
    def outcome(self) -> Outcome | None:
        """The outcome of the current attempt, once chosen."""
        return self._outcome

    @property
    def awaiting_outcome(self) -> bool:
        stopped = self.stopwatch.ended or self.stopwatch.interrupted
        return stopped and self._outcome is None and not self.completed

    @property
    def reached(self) -> bool:
        return self._as_call().reached

    @property
    def can_retry(self) -> bool:
        failed = self._outcome is not None and self._outcome is not Outcome.ANSWERED
        return failed and self.attempt_number < self.max_attempts and not self.completed

    @property
    def can_complete(self) -> bool:
        if self.completed or self._outcome is None:
            return False
        return self._outcome is Outcome.ANSWERED or self.attempt_number >= self.max_attempts

    def current_timings(self) -> Timings:
        return self.stopwatch.timings()

    def waiting_seconds(self) -> float | None:
        return self.stopwatch.waiting_seconds()

    def over_max_wait(self) -> bool:
        waiting = self.waiting_seconds()
        return waiting is not None and waiting >= self.campaign.rules.max_wait_seconds

    def call_time(self) -> float | None:
        """The stamp for what the tester records now; None when the call time is not known."""
        return self.stopwatch.elapsed() if self.stopwatch.running else None

    def live_score(self) -> CallScore:
        """The score if the call were completed now, counting a call with talk as reached."""
        if self.reached or self._outcome is not None:
            return self._score()
        current = self._current_attempt()
        talking = Attempt(current.phases, Outcome.ANSWERED, current.interrupted)
        reached = self.stopwatch.answered
        timings = talking.timings(self.stopwatch.elapsed()) if reached else None
        return score_for_scenario(
            self.campaign, self.scenario, self._results, timings, reached=reached
        )

    # ---- the stopwatch -------------------------------------------------------------------------

    def dial(self) -> None:
        self._ensure_open()
        if self.stopwatch.started:
            raise CallSessionError("this attempt was already dialled", "already_dialled")
        self._save_mark(self._stopwatch_action(self.stopwatch.dial), rescore=False)

    def enter_phase(self, phase: Phase) -> bool:
        """Mark the start of ``phase``; False when the call is already in it."""
        self._ensure_open()
        if phase is Phase.ENDED:
            return self.hang_up()
        if not self.stopwatch.started:
            self.dial()
            if phase is Phase.RINGING:
                return True
        mark = self._stopwatch_action(lambda: self.stopwatch.enter(phase))
        if mark is None:
            return False
        self._save_mark(mark)
        return True

    def hang_up(self) -> bool:
        self._ensure_open()
        mark = self._stopwatch_action(self.stopwatch.hang_up)
        if mark is None:
            return False
        self._save_mark(mark)
        return True

    def set_outcome(self, outcome: Outcome) -> None:
        """End the current attempt with ``outcome`` (hanging up first if it still runs)."""
        self._ensure_open()
        if not self.stopwatch.started:
            raise CallSessionError("dial before choosing how the attempt ended", "not_dialled")
        if outcome is Outcome.ANSWERED and not self.stopwatch.answered:
            raise CallSessionError("an answered attempt needs a talk phase", "answered_needs_talk")
        hang_up = self.stopwatch.hang_up() if self.stopwatch.running else None
        self._outcome = outcome
        try:
            self._commit(self._save_current)
        except BaseException:
            self._outcome = None
            if hang_up is not None:
                self.stopwatch.undo(hang_up)
            raise

    def new_attempt(self) -> None:
        self._ensure_open()
        if not self.can_retry:
            raise CallSessionError("no further attempt is possible now", "no_retry")
        previous = (self.stopwatch, self._outcome)
        self._finished.append(self._current_attempt())
        self.stopwatch = Stopwatch(self._clock)
        self._outcome = None
        try:
            self._commit(self._save_current, rescore=False)
        except BaseException:
            self._finished.pop()
            self.stopwatch, self._outcome = previous
            raise

    # ---- criteria and notes ------------------------------------------------------------------

    def toggle_check(self, criterion_id: str) -> bool:
        current = self._results.get(criterion_id)
        ticked = not (current is not None and current.value is True and not current.na)
        self.set_result(criterion_id, ticked)
        return ticked

    def set_result(self, criterion_id: str, value: Any) -> None:
        criterion = self._criterion(criterion_id)
        problem = value_problem(criterion, value)
        if problem:
            raise CallSessionError(
                f"{criterion.text}: {problem}", "invalid_value", criterion=criterion.text
            )
        self._record(criterion_id, Result(value=value, at=self.call_time()))

    def mark_na(self, criterion_id: str) -> None:
        criterion = self._criterion(criterion_id)
        if not criterion.na_allowed:
            raise CallSessionError(
                "this criterion may not be marked not applicable",
                "na_not_allowed",
                criterion=criterion.text,
            )
        self._record(criterion_id, Result(na=True, at=self.call_time()))

    def clear_result(self, criterion_id: str) -> None:
        self._criterion(criterion_id)
        self._record(criterion_id, None)

    def add_note(self, text: str) -> Note:
        self._ensure_open()
        if not text.strip():
            raise CallSessionError("the note is empty", "empty_note")
        note = Note(at=self.call_time(), text=text.strip())
        self._commit(lambda store: store.add_note(self.call_id, note), rescore=False)
        self._notes.append(note)
        return note

    # ---- completion --------------------------------------------------------------------------

    def review(self) -> CompletionReview:
        reached = self.reached
        still_open = open_answers(
            self.campaign.catalogue, self.scenario, self._results, reached=reached
        )
        return CompletionReview(
            unticked_checks=still_open.unticked_checks,
            missing_answers=still_open.missing_answers,
            score=self._score(),
            agent_names_allowed=self.campaign.rules.record_agent_names,
            reached=self.reached,
            agent=self.agent,
            impression=self.impression,
            unreached_scores_zero=self.campaign.rules.unreached_scores_zero,
        )

    def complete(self, agent: str | None = None, impression: str | None = None) -> CallScore:
        """Lock the call; refused while an answered call lacks required answers."""
        self._ensure_open()
        if not self.can_complete:
            raise CallSessionError(
                "the call cannot be completed before its outcome is known", "cannot_complete"
            )
        review = self.review()
        if review.missing_answers:
            names = tuple(c.text for c in review.missing_answers)
            raise CallSessionError(
                f"answer these first (or mark them n/a): {', '.join(names)}",
                "missing_answers",
                criteria=names,
            )
        agent = (agent or "").strip() or None
        impression = (impression or "").strip() or None
        score = self._score()
        completed_at = self._wall_clock()

        def write(store: LiveCallStore) -> None:
            store.set_status(
                self.call_id,
                CallStatus.COMPLETED,
                completed_at=completed_at,
                agent=agent,
                impression=impression,
            )
            store.log(self.call_id, "completed")

        self._commit(write)
        self._status = CallStatus.COMPLETED
        self.agent, self.impression = agent, impression
        return score

    def reopen(self, reason: str) -> None:
        """Unlock a completed call for corrections; the reason goes into the call's history."""
        if not self.completed:
            raise CallSessionError("only a completed call can be reopened", "not_completed")
        if not reason.strip():
            raise CallSessionError("say why the call is reopened", "reason_required")

        def write(store: LiveCallStore) -> None:
            store.set_status(self.call_id, CallStatus.IN_PROGRESS)
            store.log(self.call_id, "reopened", reason.strip())

        self._commit(write, rescore=False)
        self._status = CallStatus.IN_PROGRESS

    def history(self) -> list[tuple[datetime, str, str | None]]:
        with self._database.transaction() as session:
            return LiveCallStore(session).history(self.call_id)

    # ---- internals ---------------------------------------------------------------------------

    def _current_attempt(self) -> Attempt:
        return Attempt(self.stopwatch.marks, self._outcome, self.stopwatch.interrupted)

    def _as_call(self) -> TestCall:
        """The call as recorded so far, for the rules that judge whole calls."""
        return TestCall(
            id=self.call_id,
            campaign_id=self.campaign.id,
            campaign_version=0,  # not needed for judging: the session holds the campaign
            scenario_id=self.scenario.id,
            target_id=self.target.id,
            tester=self.tester,
            status=self._status,
            started_at=self.started_at,
            attempts=self.attempts,
            results=self._results,
        )

    def _score(self) -> CallScore:
        return self._as_call().score(self.campaign)

    def _criterion(self, criterion_id: str) -> Criterion:
        self._ensure_open()
        criterion = self.campaign.catalogue.criterion(criterion_id)
        if criterion is None:
            raise CallSessionError(
                f"unknown criterion {criterion_id!r}", "unknown_criterion", criterion=criterion_id
            )
        if criterion.kind is CriterionKind.TIMING:
            raise CallSessionError(
                "timing criteria are measured by the stopwatch",
                "timing_measured",
                criterion=criterion.text,
            )
        return criterion

    def _record(self, criterion_id: str, result: Result | None) -> None:
        previous = self._results.get(criterion_id)
        if result is None:
            self._results.pop(criterion_id, None)
        else:
            self._results[criterion_id] = result
        try:
            self._commit(lambda store: store.save_result(self.call_id, criterion_id, result))
        except BaseException:
            # Not saved, so not shown: memory goes back to what the database holds.
            if previous is None:
                self._results.pop(criterion_id, None)
            else:
                self._results[criterion_id] = previous
            raise

    def _save_mark(self, mark: Any, *, rescore: bool = True) -> None:
        try:
            self._commit(self._save_current, rescore=rescore)
        except BaseException:
            self.stopwatch.undo(mark)
            raise

    def _save_current(self, store: LiveCallStore) -> None:
        store.save_attempt(self.call_id, self.attempt_number, self._current_attempt())

    def _commit(self, write: Callable[[LiveCallStore], None], *, rescore: bool = True) -> None:
        try:
            with self._database.transaction() as session:
                store = LiveCallStore(session)
                write(store)
                if rescore:
                    store.save_score(self.call_id, self._score())
        except (StoreError, OSError) as error:
            raise NotSavedError(error) from error

    def _ensure_open(self) -> None:
        if self.completed:
            raise CallSessionError(
                "the call is completed; reopen it to change anything", "completed"
            )

    def _stopwatch_action(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except StopwatchError as error:
            watch = self.stopwatch
            code = (
                "time_unknown"
                if watch.interrupted
                else "not_dialled"
                if not watch.started
                else "call_ended"
            )
            raise CallSessionError(str(error), code) from None
