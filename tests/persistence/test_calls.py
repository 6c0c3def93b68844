"""Calls round-trip through the database unchanged, with their cached scores."""

from __future__ import annotations

import copy
import dataclasses
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest

from mysterycaller.domain.call import CallStatus
from mysterycaller.domain.campaign_document import campaign_from_document
from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.campaigns import CampaignStore


def scored(call, document):
    return call, call.score(campaign_from_document(document))


def test_add_and_get_round_trip(db, saved_campaign, call_factory):
    call, score = scored(call_factory(saved_campaign), saved_campaign)
    with db.transaction() as session:
        CallStore(session).add(call, score)
    with db.transaction() as session:
        stored = CallStore(session).get(call.id)
    assert stored == call
    assert stored.started_at.utcoffset() == timedelta(hours=1)
    assert stored.started_at.isoformat() == "2027-01-12T09:14:03.120000+01:00"
    assert stored.completed_at is not None
    assert stored.completed_at.utcoffset() == timedelta(hours=1)
    assert stored.attempts[1].phases[2].phase == "talk"
    assert stored.results == call.results
    assert any(r.na for r in stored.results.values())


def test_summary_carries_cached_scores(db, saved_campaign, call_factory):
    call, score = scored(call_factory(saved_campaign), saved_campaign)
    with db.transaction() as session:
        CallStore(session).add(call, score)
    with db.transaction() as session:
        (summary,) = CallStore(session).list()
    assert summary.id == call.id
    assert summary.campaign_id == call.campaign_id
    assert summary.status == "completed"
    assert summary.reached is True
    assert summary.score == pytest.approx(score.score)
    assert summary.raw_score == pytest.approx(score.raw_score)
    assert summary.knocked_out == score.knocked_out
    assert summary.section_scores == pytest.approx(score.sections)
    assert summary.started_at == call.started_at
    assert summary.started_at.utcoffset() == timedelta(hours=1)


def test_in_progress_call_without_outcome(db, saved_campaign, call_factory):
    call = call_factory(saved_campaign)
    call = dataclasses.replace(
        call,
        status=CallStatus.IN_PROGRESS,
        attempts=(dataclasses.replace(call.attempts[0], outcome=None),),
        results={},
        notes=(),
        completed_at=None,
    )
    call, score = scored(call, saved_campaign)
    with db.transaction() as session:
        CallStore(session).add(call, score)
    with db.transaction() as session:
        assert CallStore(session).get(call.id) == call


def test_list_newest_first_with_paging_and_count(db, saved_campaign, call_factory):
    berlin, utc = timezone(timedelta(hours=1)), UTC
    # 09:30+01:00 is 08:30 UTC: earlier than 09:00 UTC despite the larger wall clock time.
    times = [
        datetime(2027, 1, 12, 9, 30, tzinfo=berlin),
        datetime(2027, 1, 12, 9, 0, tzinfo=utc),
        datetime(2027, 1, 13, 8, 0, tzinfo=berlin),
    ]
    calls = [call_factory(saved_campaign, started_at=t) for t in times]
    with db.transaction() as session:
        store = CallStore(session)
        for call in calls:
            store.add(*scored(call, saved_campaign))
    with db.transaction() as session:
        store = CallStore(session)
        ids = [s.id for s in store.list()]
        assert ids == [calls[2].id, calls[1].id, calls[0].id]
        assert [s.id for s in store.list(saved_campaign["id"], offset=1, limit=1)] == [calls[1].id]
        assert store.count() == 3
        assert store.count(saved_campaign["id"]) == 3
        assert store.count(str(uuid.uuid4())) == 0
        assert store.list(str(uuid.uuid4())) == []


def test_add_many_round_trip(db, saved_campaign, call_factory):
    start = datetime(2027, 1, 11, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    calls = [
        call_factory(saved_campaign, started_at=start + timedelta(minutes=7 * i)) for i in range(23)
    ]
    with db.transaction() as session:
        added = CallStore(session).add_many(
            (scored(call, saved_campaign) for call in calls), chunk=5
        )
    assert added == 23
    with db.transaction() as session:
        store = CallStore(session)
        assert store.count() == 23
        assert [store.get(call.id) for call in calls] == calls
        assert [s.id for s in store.list()] == [c.id for c in reversed(calls)]


def test_call_keeps_its_version_after_a_new_campaign_version(db, saved_campaign, call_factory):
    call, score = scored(call_factory(saved_campaign), saved_campaign)
    with db.transaction() as session:
        CallStore(session).add(call, score)
    changed = copy.deepcopy(saved_campaign)
    changed["name"] = "Welle 2"
    with db.transaction() as session:
        assert CampaignStore(session).save(changed).version == 2
    with db.transaction() as session:
        assert CallStore(session).get(call.id).campaign_version == 1
        newer = call_factory(saved_campaign, version=2)
        CallStore(session).add(newer, score)
    with db.transaction() as session:
        assert CallStore(session).get(newer.id).campaign_version == 2


def test_unknown_version_is_refused(db, saved_campaign, call_factory):
    call, score = scored(call_factory(saved_campaign, version=7), saved_campaign)
    with db.transaction() as session, pytest.raises(LookupError, match="no version 7"):
        CallStore(session).add(call, score)


def test_get_exists_resolve_delete(db, saved_campaign, call_factory):
    call, score = scored(call_factory(saved_campaign), saved_campaign)
    with db.transaction() as session:
        CallStore(session).add(call, score)
    with db.transaction() as session:
        store = CallStore(session)
        assert store.exists(call.id)
        assert not store.exists(str(uuid.uuid4()))
        assert not store.exists("garbage")
        assert store.resolve(call.id[:8]) == call.id
        with pytest.raises(LookupError, match="at least 8"):
            store.resolve(call.id[:4])
        store.delete(call.id)
    with db.transaction() as session:
        store = CallStore(session)
        assert not store.exists(call.id)
        with pytest.raises(LookupError, match="no call"):
            store.get(call.id)
        with pytest.raises(LookupError):
            store.delete(call.id)
    # Cascades removed every dependent row.
    with db.engine.connect() as connection:
        for table in ("attempts", "results", "notes"):
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0


def test_replace_keeps_id_and_log(db, saved_campaign, call_factory):
    from sqlalchemy import insert

    from mysterycaller.persistence.calls import CALL_LOG

    call, score = scored(call_factory(saved_campaign), saved_campaign)
    with db.transaction() as session:
        store = CallStore(session)
        store.add(call, score)
        session.execute(
            insert(CALL_LOG),
            [
                {
                    "id": uuid.uuid4(),
                    "call_id": uuid.UUID(call.id),
                    "logged_at": datetime(2027, 1, 12, 10, 0),
                    "action": "reopened",
                    "detail": None,
                }
            ],
        )
    changed = dataclasses.replace(call, tester="T-99", notes=call.notes[:1])
    with db.transaction() as session:
        store = CallStore(session)
        store.get(call.id)
        store.replace(*scored(changed, saved_campaign))
        assert store.get(call.id) == changed
    with db.transaction() as session:
        assert CallStore(session).get(call.id) == changed
        assert CallStore(session).count() == 1
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT action FROM call_log").scalars().all() == [
            "reopened"
        ]


def test_naive_start_is_refused(db, saved_campaign, call_factory):
    call = call_factory(saved_campaign, started_at=datetime(2027, 1, 12, 9, 0))
    with db.transaction() as session, pytest.raises(ValueError, match="offset"):
        CallStore(session).add(*scored(call, saved_campaign))
