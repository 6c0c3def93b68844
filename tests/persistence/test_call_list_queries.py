"""The call list's SQL: counting, filtering by words, sorting and paging one campaign's calls."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from mysterycaller.domain.call import CallStatus
from mysterycaller.domain.campaign_document import campaign_from_document
from mysterycaller.persistence import call_list_queries as queries
from mysterycaller.persistence.call_list_queries import SortColumn, WordMatch
from mysterycaller.persistence.calls import CallStore

START = datetime(2027, 1, 12, 9, 0, tzinfo=timezone(timedelta(hours=1)))
TESTERS = ("T-01 Anna", "T-02 Ben", "T-03 100%_sure", "T-04 anna", "T-05 Cem")


@pytest.fixture
def calls(db, saved_campaign, call_factory):
    """Five calls an hour apart (the last one in progress) on the first two targets."""
    campaign = campaign_from_document(saved_campaign)
    targets = [t.id for t in campaign.targets[:2]]
    made = []
    for number, tester in enumerate(TESTERS):
        call = dataclasses.replace(
            call_factory(saved_campaign, started_at=START + timedelta(hours=number)),
            tester=tester,
            target_id=targets[number % 2],
        )
        if number == 4:
            call = dataclasses.replace(call, status=CallStatus.IN_PROGRESS, completed_at=None)
        made.append(call)
    with db.transaction() as session:
        store = CallStore(session)
        for call in made:
            store.add(call, call.score(campaign))
    return made


def ids(rows):
    return [row.id for row in rows]


def test_count_and_a_page_newest_first(db, saved_campaign, calls):
    with db.reading() as session:
        assert queries.count(session, saved_campaign["id"]) == 5
        rows = queries.page(session, saved_campaign["id"], limit=2)
        rest = queries.page(session, saved_campaign["id"], offset=2, limit=10)
    assert ids(rows) + ids(rest) == [call.id for call in reversed(calls)]
    newest = calls[-1]
    assert rows[0].status == "in_progress" and rows[0].tester == newest.tester
    assert rows[0].started_at == newest.started_at  # aware, in the call's own offset
    assert rows[0].started_at.utcoffset() == timedelta(hours=1)
    assert rows[0].campaign_id == saved_campaign["id"]


def test_another_campaign_has_no_calls(db, calls):
    with db.reading() as session:
        assert queries.count(session, str(uuid.uuid4())) == 0


def test_every_word_must_match_somewhere(db, saved_campaign, calls):
    campaign_id = saved_campaign["id"]
    anna = WordMatch("anna")
    second_target = WordMatch("zzz", target_ids=frozenset({calls[1].target_id}))
    with db.reading() as session:
        assert queries.count(session, campaign_id, [anna]) == 2  # tester text ignores case
        assert queries.count(session, campaign_id, [second_target]) == 2
        assert queries.count(session, campaign_id, [anna, second_target]) == 1
        running = WordMatch("zzz", statuses=frozenset({"in_progress"}))
        assert ids(queries.page(session, campaign_id, [running])) == [calls[4].id]


def test_filter_text_is_not_a_pattern(db, saved_campaign, calls):
    with db.reading() as session:
        assert queries.count(session, saved_campaign["id"], [WordMatch("100%_")]) == 1
        assert queries.count(session, saved_campaign["id"], [WordMatch("%")]) == 1
        assert queries.count(session, saved_campaign["id"], [WordMatch("' or 1=1 --")]) == 0


def test_sorting_by_tester_and_by_a_name_order(db, saved_campaign, calls):
    campaign_id = saved_campaign["id"]
    with db.reading() as session:
        by_tester = queries.page(session, campaign_id, sort=SortColumn.TESTER, descending=False)
        first, second = calls[0].target_id, calls[1].target_id
        by_name = queries.page(
            session, campaign_id, sort=SortColumn.TARGET, descending=False, name_order=[second]
        )
    assert [row.tester for row in by_tester] == sorted(TESTERS)
    # Ids missing from the order come first; ties stay newest first.
    assert [row.target_id for row in by_name] == [first, first, first, second, second]
    assert by_name[0].id == calls[4].id


def test_sorting_by_score_puts_the_unscored_first(db, saved_campaign, calls):
    with db.reading() as session:
        rows = queries.page(session, saved_campaign["id"], sort=SortColumn.SCORE, descending=False)
    scores = [row.score for row in rows if row.reached and not row.knocked_out]
    assert scores == sorted(scores)


def test_in_progress_spans_campaigns(db, saved_campaign, calls):
    with db.reading() as session:
        rows = queries.in_progress(session)
    assert ids(rows) == [calls[4].id]
