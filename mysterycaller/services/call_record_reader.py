"""Reading call records back in: every record checked against the campaign it names.

Every problem is collected before anything is written, so a refused file changes nothing.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from mysterycaller.domain.call import Attempt, CallStatus, Note, TestCall
from mysterycaller.domain.campaign import Campaign, Criterion, CriterionKind
from mysterycaller.domain.scoring import Result
from mysterycaller.domain.timing import Outcome, Phase, PhaseMark, TimelineError, validate_timeline
from mysterycaller.services.call_records import COMPUTED_KEYS, OPTIONAL_KEYS, REQUIRED_KEYS, Record
from mysterycaller.services.errors import Problem, RefusedInput

#: Problems collected before the check stops (the first ones are the useful ones).
MAX_PROBLEMS = 20

#: Finds a campaign by id and version number (None: the latest); returns it with its version.
CampaignLookup = Callable[[str, int | None], tuple[Campaign, int] | None]


class _RecordReader:
    """Turns one record into a TestCall, noting every problem instead of stopping at the first."""

    def __init__(self, where: str, problems: list[Problem]):
        self.where = where
        self.problems = problems

    def problem(self, field: str, message: str) -> None:
        self.problems.append(
            Problem(f"{self.where}.{field}" if field else self.where, None, message)
        )

    def read(self, record: Any, lookup: CampaignLookup, default_tester: str) -> TestCall | None:
        if not isinstance(record, dict):
            self.problem("", "a call record must be an object")
            return None
        before = len(self.problems)
        for key in REQUIRED_KEYS:
            if key not in record:
                self.problem(key, "is required")
        for key in record:
            if key not in REQUIRED_KEYS and key not in OPTIONAL_KEYS and key not in COMPUTED_KEYS:
                self.problem(key, "unknown field")
        if len(self.problems) > before:
            return None

        call_id = self._uuid(record.get("id"), "id") if "id" in record else str(uuid.uuid4())
        version = record.get("campaign_version")
        if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
            self.problem("campaign_version", "must be a whole number")
            version = None
        campaign_id = self._uuid(record["campaign_id"], "campaign_id")
        found = lookup(campaign_id, version) if campaign_id else None
        if campaign_id and found is None:
            what = f"version {version} of campaign" if version is not None else "campaign"
            self.problem("campaign_id", f"unknown {what} {campaign_id}")
            return None
        if found is None:
            return None
        campaign, version = found

        scenario = campaign.scenario(str(record["scenario_id"]))
        target = campaign.target(str(record["target_id"]))
        if scenario is None:
            self.problem(
                "scenario_id", f"unknown scenario {record['scenario_id']!r} in this campaign"
            )
        if target is None:
            self.problem("target_id", f"unknown target {record['target_id']!r} in this campaign")
        if scenario and target and not scenario.applies_to(target.id):
            self.problem(
                "target_id", f"scenario {scenario.id!r} is not played on target {target.id!r}"
            )

        started_at = self._moment(record["started_at"], "started_at")
        completed_at = (
            self._moment(record["completed_at"], "completed_at")
            if record.get("completed_at") is not None
            else None
        )
        status = self._status(record.get("status", "completed"))
        attempts = self._attempts(record["attempts"], campaign)
        if status is CallStatus.COMPLETED and attempts and attempts[-1].outcome is None:
            self.problem("attempts", "a completed call needs the outcome of its last attempt")
        results = self._results(record["results"], campaign)
        notes = self._notes(record.get("notes", []))
        tester = self._optional_text(record, "tester") or default_tester
        agent = self._optional_text(record, "agent")
        impression = self._optional_text(record, "impression")
        if len(self.problems) > before or started_at is None or status is None:
            return None
        return TestCall(
            id=call_id or "",
            campaign_id=campaign.id,
            campaign_version=version,
            scenario_id=scenario.id if scenario else "",
            target_id=target.id if target else "",
            tester=tester,
            status=status,
            started_at=started_at,
            attempts=attempts,
            results=results,
            notes=notes,
            agent=agent,
            impression=impression,
            completed_at=completed_at,
        )

    def _uuid(self, value: Any, field: str) -> str | None:
        try:
            return str(uuid.UUID(str(value)))
        except ValueError:
            self.problem(field, f"{value!r} is not a UUID")
            return None

    def _moment(self, value: Any, field: str) -> datetime | None:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            self.problem(field, f"{value!r} is not an ISO 8601 date and time")
            return None
        if moment.tzinfo is None:
            self.problem(field, f"{value!r} needs a UTC offset, e.g. +01:00")
            return None
        return moment

    def _status(self, value: Any) -> CallStatus | None:
        try:
            return CallStatus(value)
        except ValueError:
            known = ", ".join(s.value for s in CallStatus)
            self.problem("status", f"unknown status {value!r} (known: {known})")
            return None

    def _optional_text(self, record: Record, field: str) -> str | None:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            self.problem(field, "must be text")
            return None
        return value

    def _attempts(self, value: Any, campaign: Campaign) -> tuple[Attempt, ...]:
        if not isinstance(value, list) or not value:
            self.problem("attempts", "must be a non-empty list of attempts")
            return ()
        if len(value) > campaign.rules.max_attempts:
            self.problem(
                "attempts",
                f"{len(value)} attempts, but the campaign allows {campaign.rules.max_attempts}",
            )
        attempts = []
        for index, item in enumerate(value):
            attempt = self._attempt(item, f"attempts[{index}]")
            if attempt is None:
                continue
            last = index == len(value) - 1
            if attempt.outcome is Outcome.ANSWERED and not last:
                self.problem(f"attempts[{index}]", "an answered attempt must be the last one")
            if attempt.outcome is None and not last:
                self.problem(
                    f"attempts[{index}].outcome", "only the last attempt may be unfinished"
                )
            attempts.append(attempt)
        return tuple(attempts)

    def _attempt(self, item: Any, field: str) -> Attempt | None:
        if not isinstance(item, dict):
            self.problem(field, "must be an object with outcome and phases")
            return None
        unknown = set(item) - {"outcome", "phases", "timings", "interrupted"}
        for key in sorted(unknown):
            self.problem(f"{field}.{key}", "unknown field")
        try:
            outcome = None if item.get("outcome") is None else Outcome(str(item.get("outcome")))
        except ValueError:
            known = ", ".join(o.value for o in Outcome)
            self.problem(
                f"{field}.outcome", f"unknown outcome {item.get('outcome')!r} (known: {known})"
            )
            return None
        phases = item.get("phases")
        if outcome is None and phases == []:
            return Attempt(phases=(), outcome=None)  # the attempt of a call not yet dialled
        if not isinstance(phases, list) or not phases:
            self.problem(f"{field}.phases", "must be a non-empty list of phases")
            return None
        marks = []
        for index, phase in enumerate(phases):
            place = f"{field}.phases[{index}]"
            if not isinstance(phase, dict) or set(phase) != {"phase", "start"}:
                self.problem(place, "must be an object with exactly 'phase' and 'start'")
                continue
            start = phase["start"]
            if (
                isinstance(start, bool)
                or not isinstance(start, int | float)
                or not math.isfinite(start)
            ):
                self.problem(f"{place}.start", "must be a number of seconds")
                continue
            try:
                marks.append(PhaseMark(Phase(phase["phase"]), float(start)))
            except ValueError:
                known = ", ".join(p.value for p in Phase)
                self.problem(f"{place}.phase", f"unknown phase {phase['phase']!r} (known: {known})")
        if len(marks) != len(phases):
            return None
        try:
            validate_timeline(marks)
        except TimelineError as error:
            self.problem(f"{field}.phases", str(error))
            return None
        interrupted = item.get("interrupted", False)
        if not isinstance(interrupted, bool):
            self.problem(f"{field}.interrupted", "must be true or false")
            interrupted = False
        if marks[-1].phase is not Phase.ENDED and not interrupted and outcome is not None:
            self.problem(f"{field}.phases", "must end with the hang-up ('ended')")
        if outcome is Outcome.ANSWERED and not any(m.phase is Phase.TALK for m in marks):
            self.problem(f"{field}.phases", "an answered attempt needs a 'talk' phase")
        return Attempt(phases=tuple(marks), outcome=outcome, interrupted=interrupted)

    def _results(self, value: Any, campaign: Campaign) -> dict[str, Result]:
        if not isinstance(value, dict):
            self.problem("results", "must be an object keyed by criterion id")
            return {}
        results = {}
        for criterion_id, item in value.items():
            place = f"results.{criterion_id}"
            criterion = campaign.catalogue.criterion(criterion_id)
            if criterion is None:
                self.problem(place, f"unknown criterion {criterion_id!r} in this campaign")
                continue
            result = self._result(item, criterion, place)
            if result is not None:
                results[criterion_id] = result
        return results

    def _result(self, item: Any, criterion: Criterion, place: str) -> Result | None:
        if not isinstance(item, dict) or ("value" not in item and not item.get("na")):
            self.problem(place, "must be an object with 'value' (or 'na': true)")
            return None
        for key in sorted(set(item) - {"value", "at", "na"}):
            self.problem(f"{place}.{key}", "unknown field")
        at = item.get("at")
        if at is not None and not _is_call_time(at):
            self.problem(f"{place}.at", "must be seconds after dialling")
            return None
        na = item.get("na", False)
        if not isinstance(na, bool):
            self.problem(f"{place}.na", "must be true or false")
            return None
        if criterion.kind is CriterionKind.TIMING:
            self.problem(place, "timing criteria are computed from the phases, not recorded")
            return None
        if na:
            if not criterion.na_allowed:
                self.problem(place, "this criterion may not be marked not applicable")
                return None
            return Result(value=None, na=True, at=at)
        message = value_problem(criterion, item["value"])
        if message:
            self.problem(f"{place}.value", message)
            return None
        return Result(value=item["value"], na=False, at=at)

    def _notes(self, value: Any) -> tuple[Note, ...]:
        if not isinstance(value, list):
            self.problem("notes", "must be a list of {at, text}")
            return ()
        notes = []
        for index, item in enumerate(value):
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                self.problem(f"notes[{index}]", "must be an object with 'text'")
                continue
            at = item.get("at")
            if at is not None and not _is_call_time(at):
                self.problem(f"notes[{index}].at", "must be seconds after dialling")
                continue
            notes.append(Note(at=at, text=item["text"]))
        return tuple(notes)


def _is_call_time(value: Any) -> bool:
    """Seconds after dialling: a finite, non-negative number."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return number and math.isfinite(value) and value >= 0


def value_problem(criterion: Criterion, value: Any) -> str | None:
    """Why ``value`` cannot be a result of ``criterion``, or None if it can."""
    kind = criterion.kind
    if kind is CriterionKind.CHECK:
        return None if isinstance(value, bool) else "must be true or false"
    if kind is CriterionKind.SCALE:
        scale = criterion.scale
        assert scale is not None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "must be a number on the scale"
        if not scale.low <= value <= scale.high:
            return f"{value} is outside the scale {scale.low}..{scale.high}"
        return None
    if kind is CriterionKind.CHOICE:
        if criterion.option(str(value)) is None or not isinstance(value, str):
            known = ", ".join(o.id for o in criterion.options)
            return f"unknown option {value!r} (known: {known})"
        return None
    if kind is CriterionKind.TEXT:
        return None if isinstance(value, str) else "must be text"
    return "cannot be recorded"


def read_call_records(
    data: Any, source: str, lookup: CampaignLookup, default_tester: str = ""
) -> list[TestCall]:
    """Validate a parsed array of call records; raise RefusedInput listing every problem."""
    if not isinstance(data, list):
        raise RefusedInput(source, [Problem("", None, "expected a JSON array of call records")])
    problems: list[Problem] = []
    calls: list[TestCall] = []
    seen: dict[str, int] = {}
    for index, record in enumerate(data):
        if len(problems) >= MAX_PROBLEMS:
            # A million bad records must not cost a million problems: stop, and say so.
            problems.append(
                Problem("", None, f"and more problems (the check stopped after {MAX_PROBLEMS})")
            )
            break
        call = _RecordReader(f"[{index}]", problems).read(record, lookup, default_tester)
        if call is None:
            continue
        if call.id in seen:
            problems.append(
                Problem(f"[{index}].id", None, f"the same id as record [{seen[call.id]}]")
            )
        seen.setdefault(call.id, index)
        calls.append(call)
    if problems:
        raise RefusedInput(source, problems)
    return calls
