"""The call session: every action is in the database the moment the method returns."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone

import pytest

from mysterycaller.domain.call import CallStatus
from mysterycaller.domain.timing import Outcome, Phase
from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.database import Database
from mysterycaller.persistence.live_calls import LiveCallStore
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.call_session_types import CallSessionError, NotSavedError
from mysterycaller.services.demo import add_demo

DEMO = "5e0c9b7a-1d2f-4c3b-9a8e-7f6d5c4b3a21"
SCENARIO, TARGET = "waermepumpe-tarif", "mte-vertrieb"
BERLIN = timezone(timedelta(hours=1))


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "calls.sqlite3"
    database = Database.open(path)
    add_demo(database, calls=0)
    database.close()
    return path


@pytest.fixture
def database(db_path):
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def session(database, clock):
    return CallSession.start(
        database, DEMO, SCENARIO, TARGET, "T-01",
        clock=clock, wall_clock=lambda: datetime(2027, 3, 2, 10, 0, tzinfo=BERLIN),
    )  # fmt: skip


def stored(db_path, call_id):
    """The call as another connection sees it: only what was committed."""
    other = Database.open(db_path)
    try:
        with other.transaction() as transaction:
            return CallStore(transaction).get(call_id)
    finally:
        other.close()


def test_a_started_call_is_in_progress_in_the_database(session, db_path):
    call = stored(db_path, session.call_id)
    assert call.status is CallStatus.IN_PROGRESS
    assert call.started_at == datetime(2027, 3, 2, 10, 0, tzinfo=BERLIN)
    assert len(call.attempts) == 1 and call.attempts[0].phases == ()


def test_each_action_is_committed_before_it_returns(session, db_path, clock):
    session.dial()
    assert [m.phase for m in stored(db_path, session.call_id).attempts[0].phases] == [Phase.RINGING]
    clock.advance(5)
    session.enter_phase(Phase.QUEUE)
    clock.advance(25.5)
    session.enter_phase(Phase.TALK)
    call = stored(db_path, session.call_id)
    assert [(m.phase, m.start) for m in call.attempts[0].phases] == [
        (Phase.RINGING, 0.0), (Phase.QUEUE, 5.0), (Phase.TALK, 30.5),
    ]  # fmt: skip

    clock.advance(3)
    assert session.toggle_check("firmenname") is True
    result = stored(db_path, session.call_id).results["firmenname"]
    assert (result.value, result.at) == (True, 33.5)

    clock.advance(10)
    session.set_result("freundlichkeit", 4)
    session.set_result("einwandbehandlung", "verstaendnis")
    session.mark_na("halten-angekuendigt")
    note = session.add_note("Wartemusik sehr laut")
    call = stored(db_path, session.call_id)
    assert call.results["freundlichkeit"].value == 4
    assert call.results["einwandbehandlung"].value == "verstaendnis"
    assert call.results["halten-angekuendigt"].na is True
    assert (
        [(n.at, n.text) for n in call.notes]
        == [(43.5, "Wartemusik sehr laut")]
        == [(note.at, note.text)]
    )

    assert session.toggle_check("firmenname") is False
    assert stored(db_path, session.call_id).results["firmenname"].value is False
    session.clear_result("firmenname")
    assert "firmenname" not in stored(db_path, session.call_id).results


def test_a_whole_answered_call_completes_with_the_scoring_rules(session, db_path, clock, database):
    session.dial()
    clock.advance(12)
    session.enter_phase(Phase.TALK)
    for criterion in ("firmenname", "eigener-name", "grussformel", "auskunft-korrekt"):
        session.toggle_check(criterion)
    session.set_result("freundlichkeit", 5)
    clock.advance(60)
    assert session.live_score().reached
    with pytest.raises(CallSessionError):
        session.complete()  # no outcome yet
    session.hang_up()
    assert session.awaiting_outcome
    session.set_outcome(Outcome.ANSWERED)
    review = session.review()
    assert [c.id for c in review.missing_answers] == ["einwandbehandlung"]
    assert "bedarfsermittlung" in [c.id for c in review.unticked_checks]
    assert "firmenname" not in [c.id for c in review.unticked_checks]
    with pytest.raises(CallSessionError, match="answer these first"):
        session.complete()
    session.set_result("einwandbehandlung", "loesung")

    score = session.complete(agent="  freundliche Mitarbeiterin, Mitte 30 ", impression="gut")
    call = stored(db_path, session.call_id)
    assert call.status is CallStatus.COMPLETED
    assert call.agent == "freundliche Mitarbeiterin, Mitte 30"
    with database.transaction() as transaction:
        summary = next(c for c in CallStore(transaction).list() if c.id == session.call_id)
        campaign_score = call.score(session.campaign)
    assert summary.score == pytest.approx(score.score) == pytest.approx(campaign_score.score)
    assert call.attempts[0].timings().time_to_answer == 12.0
    assert not score.knocked_out and 0 < score.score < 100


def test_a_completed_call_is_locked_and_reopening_is_logged(session, clock):
    session.dial()
    clock.advance(3)
    session.set_outcome(Outcome.BUSY)
    for _ in range(session.max_attempts - 1):
        session.new_attempt()
        session.dial()
        clock.advance(3)
        session.set_outcome(Outcome.NO_ANSWER)
    assert not session.can_retry and session.can_complete
    score = session.complete()
    assert score.reached is False and score.score == 0
    with pytest.raises(CallSessionError, match="completed"):
        session.toggle_check("firmenname")
    with pytest.raises(CallSessionError):
        session.reopen("   ")
    session.reopen("Ergebnis nachgetragen")
    assert not session.completed
    assert [(action, detail) for _, action, detail in session.history()] == [
        ("completed", None), ("reopened", "Ergebnis nachgetragen"),
    ]  # fmt: skip


def test_failed_attempts_lead_to_new_attempts_until_max(session, db_path, clock):
    session.dial()
    clock.advance(40)
    assert not session.can_complete
    session.set_outcome(Outcome.NO_ANSWER)  # hangs up as well
    assert session.can_retry and not session.can_complete
    session.new_attempt()
    assert session.attempt_number == 2 and not session.stopwatch.started
    session.dial()
    clock.advance(8)
    session.enter_phase(Phase.TALK)
    clock.advance(30)
    session.set_outcome(Outcome.ANSWERED)
    assert not session.can_retry and session.can_complete
    attempts = stored(db_path, session.call_id).attempts
    assert [a.outcome for a in attempts] == [Outcome.NO_ANSWER, Outcome.ANSWERED]
    assert attempts[0].phases[-1].phase is Phase.ENDED


def test_wrong_actions_are_refused_and_change_nothing(session, db_path):
    with pytest.raises(CallSessionError):
        session.set_outcome(Outcome.ANSWERED)  # not dialled
    session.dial()
    with pytest.raises(CallSessionError, match="talk phase"):
        session.set_outcome(Outcome.ANSWERED)
    with pytest.raises(CallSessionError, match="outside the scale"):
        session.set_result("freundlichkeit", 9)
    with pytest.raises(CallSessionError, match="unknown option"):
        session.set_result("einwandbehandlung", "maybe")
    with pytest.raises(CallSessionError, match="not applicable"):
        session.mark_na("firmenname")
    with pytest.raises(CallSessionError, match="stopwatch"):
        session.set_result("annahme-20s", True)
    assert session.enter_phase(Phase.RINGING) is False
    call = stored(db_path, session.call_id)
    assert call.results == {} and call.attempts[0].outcome is None


def test_a_failed_commit_leaves_the_screen_state_as_the_database_has_it(session, monkeypatch):
    session.dial()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(LiveCallStore, "save_attempt", broken)
    with pytest.raises(NotSavedError, match="disk full"):
        session.enter_phase(Phase.TALK)
    assert session.stopwatch.phase is Phase.RINGING
    monkeypatch.setattr(LiveCallStore, "save_result", broken)
    with pytest.raises(NotSavedError):
        session.toggle_check("firmenname")
    assert "firmenname" not in session.results


def test_waiting_past_the_campaign_maximum_is_flagged(session, clock):
    session.dial()
    clock.advance(session.campaign.rules.max_wait_seconds - 1)
    assert not session.over_max_wait()
    clock.advance(1)
    assert session.over_max_wait()
    session.enter_phase(Phase.TALK)
    assert session.waiting_seconds() is None and not session.over_max_wait()


KILLED_SCRIPT = textwrap.dedent(
    """
    import sys
    from mysterycaller.domain.timing import Phase
    from mysterycaller.persistence.database import Database
    from mysterycaller.services.call_session import CallSession

    session = CallSession.start(Database.open(sys.argv[1]), *sys.argv[2:5], "T-02")
    print(session.call_id, flush=True)
    session.dial()
    session.enter_phase(Phase.QUEUE)
    session.enter_phase(Phase.TALK)
    session.toggle_check("firmenname")
    session.add_note("kurz vor dem Absturz")
    print("recorded", flush=True)
    sys.stdin.read()  # wait to be killed
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_app_loses_nothing_and_the_call_resumes(db_path, tmp_path, clock):
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_SCRIPT, str(db_path), DEMO, SCENARIO, TARGET],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    call_id = process.stdout.readline().strip()
    assert process.stdout.readline().strip() == "recorded"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stdin.close()

    database = Database.open(db_path)
    try:
        assert [c.id for c in CallSession.interrupted_calls(database)] == [call_id]
        resumed = CallSession.resume(database, call_id, clock=clock)
        assert resumed.results["firmenname"].value is True
        assert [n.text for n in resumed.notes] == ["kurz vor dem Absturz"]
        assert resumed.stopwatch.interrupted and resumed.awaiting_outcome
        timings = resumed.current_timings()
        assert timings.talk_seconds is None and timings.total_seconds is None
        assert timings.time_to_answer is not None  # known: it came before the crash
        assert resumed.call_time() is None  # later stamps would be invented
        resumed.toggle_check("eigener-name")
        assert resumed.results["eigener-name"].at is None
        resumed.set_outcome(Outcome.ANSWERED)
        attempt = stored(db_path, call_id).attempts[0]
        assert attempt.interrupted and attempt.outcome is Outcome.ANSWERED
    finally:
        database.close()


def test_every_refusal_carries_a_code_for_the_gui(session, monkeypatch, clock):
    codes = {}
    for name, action in {
        "not_dialled": lambda: session.set_outcome(Outcome.BUSY),
        "invalid_value": lambda: session.set_result("freundlichkeit", 9),
        "na_not_allowed": lambda: session.mark_na("firmenname"),
        "timing_measured": lambda: session.set_result("annahme-20s", True),
        "unknown_criterion": lambda: session.set_result("nope", True),
        "empty_note": lambda: session.add_note("  "),
        "not_completed": lambda: session.reopen("x"),
        "cannot_complete": session.complete,
    }.items():
        with pytest.raises(CallSessionError) as refused:
            action()
        codes[name] = refused.value.code
    assert codes == {name: name for name in codes}
    session.dial()
    with pytest.raises(CallSessionError) as refused:
        session.dial()
    assert refused.value.code == "already_dialled"
    session.enter_phase(Phase.TALK)
    session.set_outcome(Outcome.ANSWERED)
    with pytest.raises(CallSessionError) as refused:
        session.complete()
    assert refused.value.code == "missing_answers"
    assert refused.value.details["criteria"] == ("Freundlichkeit", "Einwandbehandlung") or all(
        isinstance(text, str) for text in refused.value.details["criteria"]
    )
    monkeypatch.setattr(LiveCallStore, "save_result", lambda *a, **k: (_ for _ in ()).throw(
        OSError("disk full")))  # fmt: skip
    with pytest.raises(NotSavedError) as refused:
        session.toggle_check("firmenname")
    assert refused.value.code == "not_saved" and refused.value.details["reason"] == "disk full"
    assert str(refused.value) == "not saved: disk full"  # English for the CLI and the logs
