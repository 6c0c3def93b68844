"""The call list model: lazy pages, sorting and filtering in SQL, cell texts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QModelIndex, Qt

from mysterycaller.gui.call_list_model import COLUMNS, CallListModel
from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.services.call_list import CallList, CallListEntry, SortColumn
from mysterycaller.services.campaigns import latest_campaign
from tests.gui import fixtures_shell
from tests.gui.fixtures_shell import BIG_DEMO_CALLS

# Fixtures shared with the other shell tests (tests/gui/conftest.py belongs to the call screen).
big_demo_db = fixtures_shell.big_demo_db
big_demo_file = fixtures_shell.big_demo_file
demo_campaign_id = fixtures_shell.demo_campaign_id


@pytest.fixture
def model(qtbot, big_demo_db, demo_campaign_id):
    model = CallListModel(big_demo_db, "de")
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_campaign(demo_campaign_id)
    yield model
    model.wait()


def load(qtbot, model, action):
    with qtbot.waitSignal(model.loaded, timeout=10000):
        action()


def column_texts(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def summaries(database, campaign_id):
    with database.transaction() as session:
        return CallStore(session).list(campaign_id)


def test_first_fetch_is_one_page_and_fetch_more_grows_it(qtbot, model):
    assert model.total() == BIG_DEMO_CALLS
    assert model.rowCount() == CallListModel.PAGE_SIZE
    assert model.columnCount() == len(COLUMNS)
    assert model.canFetchMore(QModelIndex())
    load(qtbot, model, lambda: model.fetchMore(QModelIndex()))
    assert model.rowCount() == 2 * CallListModel.PAGE_SIZE


def test_rows_are_newest_first_by_default(model, big_demo_db, demo_campaign_id):
    expected = [s.id for s in summaries(big_demo_db, demo_campaign_id)[:200]]
    assert [model.call_at(row).id for row in range(200)] == expected


@pytest.mark.parametrize(
    ("column", "order", "expected"),
    [
        (SortColumn.STARTED_AT, Qt.SortOrder.DescendingOrder, ("score", "ko")),
        (SortColumn.SCORE, Qt.SortOrder.AscendingOrder, ("unreached",)),
    ],
)
def test_each_cell_shows_the_call(
    qtbot, model, big_demo_db, demo_campaign_id, column, order, expected
):
    load(qtbot, model, lambda: model.sort(COLUMNS.index(column), order))
    load(qtbot, model, lambda: model.fetchMore(QModelIndex()))
    campaign = latest_campaign(big_demo_db, demo_campaign_id)
    by_id = {s.id: s for s in summaries(big_demo_db, demo_campaign_id)}
    seen = {"score": False, "ko": False, "unreached": False}
    for row in range(model.rowCount()):
        summary = by_id[model.index(row, 0).data(Qt.ItemDataRole.UserRole)]
        cells = [model.index(row, column).data() for column in range(len(COLUMNS))]
        assert cells[0] == model.status_label("completed")
        # the time the tester dialled, in the call's own offset
        assert cells[1] == summary.started_at.strftime("%d.%m.%y %H:%M")
        assert cells[2] == campaign.target(summary.target_id).name
        assert cells[3] == campaign.scenario(summary.scenario_id).title
        assert cells[4] == summary.tester
        if not summary.reached:
            assert cells[5] in ("nicht erreicht", "not reached")
            seen["unreached"] = True
        elif summary.knocked_out:
            assert cells[5] == "KO"  # German "K.O." comes from the catalogue
            seen["ko"] = True
        else:
            assert cells[5] == f"{summary.score:.1f}".replace(".", ",")
            seen["score"] = True
    assert all(seen[kind] for kind in expected), seen


def test_headers_name_the_columns(model):
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert len(set(titles)) == len(COLUMNS) and all(titles)


def test_sorting_by_tester_happens_in_sql(qtbot, model, big_demo_db, demo_campaign_id):
    column = COLUMNS.index(SortColumn.TESTER)
    load(qtbot, model, lambda: model.sort(column, Qt.SortOrder.AscendingOrder))
    testers = sorted(s.tester for s in summaries(big_demo_db, demo_campaign_id))
    assert column_texts(model, column) == testers[:200]
    load(qtbot, model, lambda: model.sort(column, Qt.SortOrder.DescendingOrder))
    assert column_texts(model, column) == testers[::-1][:200]
    assert model.total() == BIG_DEMO_CALLS


def test_sorting_by_target_uses_the_names(qtbot, model):
    column = COLUMNS.index(SortColumn.TARGET)
    load(qtbot, model, lambda: model.sort(column, Qt.SortOrder.AscendingOrder))
    names = column_texts(model, column)
    assert names == sorted(names, key=str.casefold)


def test_sorting_by_score_puts_unreached_first(qtbot, model):
    column = COLUMNS.index(SortColumn.SCORE)
    load(qtbot, model, lambda: model.sort(column, Qt.SortOrder.AscendingOrder))
    assert not model.call_at(0).reached
    load(qtbot, model, lambda: model.sort(column, Qt.SortOrder.DescendingOrder))
    scores = [model.call_at(row).score for row in range(model.rowCount())]
    assert scores == sorted(scores, reverse=True)


def test_filter_by_tester_counts_in_sql(qtbot, model, big_demo_db, demo_campaign_id):
    expected = [s for s in summaries(big_demo_db, demo_campaign_id) if "Anna" in s.tester]
    load(qtbot, model, lambda: model.set_filter("anna"))
    assert model.total() == len(expected)
    assert set(column_texts(model, 4)) == {"T-01 Anna Keller"}


def test_filter_by_target_name_and_scenario_words(qtbot, model, big_demo_db, demo_campaign_id):
    campaign = latest_campaign(big_demo_db, demo_campaign_id)
    target = campaign.targets[0]
    word = target.name.split()[-1]
    matching = {t.id for t in campaign.targets if word.casefold() in t.name.casefold()}
    calls = summaries(big_demo_db, demo_campaign_id)
    load(qtbot, model, lambda: model.set_filter(word))
    assert model.total() == sum(1 for s in calls if s.target_id in matching)
    load(qtbot, model, lambda: model.set_filter("zzz-nothing"))
    assert model.total() == 0 and model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_filter_by_status_word(qtbot, model):
    load(qtbot, model, lambda: model.set_filter("complet"))
    assert model.total() == BIG_DEMO_CALLS
    load(qtbot, model, lambda: model.set_filter("in_progress"))
    assert model.total() == 0


def test_filter_text_is_not_sql(qtbot, model):
    load(qtbot, model, lambda: model.set_filter("%' OR 1=1 --"))
    assert model.total() == 0


def test_english_texts(qtbot, big_demo_db, demo_campaign_id):
    model = CallListModel(big_demo_db, "en")
    load(qtbot, model, lambda: model.set_campaign(demo_campaign_id))
    scored = next(
        r for r in range(200) if model.call_at(r).reached and not model.call_at(r).knocked_out
    )
    assert "." in model.index(scored, 5).data()
    knocked_out = next(
        r for r in range(200) if model.call_at(r).reached and model.call_at(r).knocked_out
    )
    assert model.index(knocked_out, 5).data() == "KO"
    model.wait()


def test_dates_are_short_locale_dates_in_the_calls_own_offset(qtbot, big_demo_db):
    # 23:30 in New York is the next day in UTC and in Europe: the list shows what was dialled.
    when = datetime(2027, 3, 4, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    german, english = CallListModel(big_demo_db, "de"), CallListModel(big_demo_db, "en")
    assert german._format(entry_at(when))[1] == "04.03.27 23:30"
    assert english._format(entry_at(when))[1] == "4 Mar 2027, 23:30"


def entry_at(when):
    return CallListEntry(
        "c1", "completed", when, "t", "Target", "s", "Scenario", "T-1", True, 80.0, False
    )


def test_the_status_words_are_fixed_when_the_model_is_made(qtbot, big_demo_db):
    model = CallListModel(big_demo_db, "en")
    labels = model.call_list.status_labels  # read by the worker thread while the GUI runs
    assert dict(labels) == {"in_progress": "In progress", "completed": "Completed"}
    with pytest.raises(TypeError):
        labels["completed"] = "Done"  # type: ignore[index]


def test_names_read_while_the_gui_forgets_them_are_not_kept(
    big_demo_db, demo_campaign_id, monkeypatch
):
    call_list = CallList(big_demo_db, {"completed": "Completed"})
    real_latest, reads = CampaignStore.latest, []

    def latest_while_forgetting(store, campaign_id):
        reads.append(campaign_id)
        campaign = real_latest(store, campaign_id)
        if len(reads) == 1:
            call_list.forget_campaigns()  # what the GUI thread does after an import
        return campaign

    monkeypatch.setattr(CampaignStore, "latest", latest_while_forgetting)
    assert len(call_list.page(demo_campaign_id, limit=3)) == 3
    assert len(call_list.page(demo_campaign_id, limit=3)) == 3
    assert len(call_list.page(demo_campaign_id, limit=3)) == 3
    # The first read may be stale and is used once; the second is kept; the third is cached.
    assert len(reads) == 2
