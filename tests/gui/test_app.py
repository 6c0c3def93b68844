"""The composition root: first start, second start, resuming after a crash, a broken file."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale

from mysterycaller.app import run_gui
from mysterycaller.gui import prompts
from mysterycaller.gui.resume_dialog import ResumeDialog
from mysterycaller.gui.settings import Settings
from mysterycaller.persistence.database import Database, StoreError
from mysterycaller.services.call_list import CallListEntry
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.campaign_files import (
    DEMO_CAMPAIGN_ID,
    demo_document,
    parse_campaign_text,
)
from mysterycaller.services.campaign_yaml import dump_campaign_yaml
from mysterycaller.services.campaigns import import_campaign_document, list_campaigns


@pytest.fixture
def no_resume(monkeypatch):
    offered = []

    def ask(parent, calls):
        offered.append(calls)
        return None

    monkeypatch.setattr(ResumeDialog, "ask", classmethod(lambda cls, p, c: ask(p, c)))
    return offered


def test_first_start_adds_the_demo_and_exits_after_the_first_paint(qapp, tmp_path, no_resume):
    path = tmp_path / "new.sqlite3"
    assert run_gui(path, "en", exit_after_startup=True) == 0
    with Database.open(path) as database:
        campaigns = list_campaigns(database)
    assert [c.id for c in campaigns] == [DEMO_CAMPAIGN_ID]
    assert campaigns[0].calls == 50
    assert Settings().last_campaign_id == DEMO_CAMPAIGN_ID
    assert no_resume == []


def test_second_start_opens_the_last_used_campaign(qapp, tmp_path, no_resume):
    path = tmp_path / "two.sqlite3"
    assert run_gui(path, "de", exit_after_startup=True) == 0
    other = demo_document()
    other.update(id="0b5d3c9a-4c1e-4e7a-8d1b-2f3a4b5c6d7e", name="Zweite Welle")
    with Database.open(path) as database:
        import_campaign_document(database, parse_campaign_text(dump_campaign_yaml(other), "x"))
    settings = Settings()
    settings.last_campaign_id = other["id"]
    settings.sync()
    assert run_gui(path, None, exit_after_startup=True) == 0
    assert Settings().last_campaign_id == other["id"]


def test_an_unknown_last_campaign_falls_back_to_the_demo(qapp, tmp_path, no_resume):
    path = tmp_path / "three.sqlite3"
    settings = Settings()
    settings.last_campaign_id = "0b5d3c9a-0000-4e7a-8d1b-2f3a4b5c6d7e"
    settings.sync()
    assert run_gui(path, "en", exit_after_startup=True) == 0
    assert Settings().last_campaign_id == DEMO_CAMPAIGN_ID


def test_an_interrupted_call_is_offered_for_resuming(qapp, tmp_path, no_resume):
    path = tmp_path / "crash.sqlite3"
    assert run_gui(path, "en", exit_after_startup=True) == 0
    with Database.open(path) as database:
        campaign = parse_campaign_text(dump_campaign_yaml(demo_document()), "x").campaign
        scenario = campaign.scenarios[0]
        target = next(t for t in campaign.targets if scenario.applies_to(t.id))
        session = CallSession.start(database, DEMO_CAMPAIGN_ID, scenario.id, target.id, "T-9")
        session.dial()
    # the process "dies" here: nothing completed the call
    assert run_gui(path, "en", exit_after_startup=True) == 0
    assert len(no_resume) == 1
    (call,) = no_resume[0]
    assert call.id == session.call_id and call.status == "in_progress"
    assert (call.target_name, call.scenario_title, call.tester) == (
        target.name,
        scenario.title,
        "T-9",
    )


def test_interrupted_calls_that_cannot_be_read_are_explained(
    qapp, tmp_path, monkeypatch, no_resume
):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: shown.append(args))

    def fail(database):
        raise StoreError("(sqlite3.OperationalError) disk I/O error")

    monkeypatch.setattr("mysterycaller.gui.call_opening.interrupted_calls", fail)
    assert run_gui(tmp_path / "io.sqlite3", "en", exit_after_startup=True) == 0
    ((_, _, headline, details),) = shown
    assert headline == "The interrupted calls could not be read."
    assert "disk I/O error" in details
    assert no_resume == []  # nothing to offer, and no exception out of the timer


def resumable(when, call_id="c1"):
    return CallListEntry(
        call_id,
        "in_progress",
        when,
        "t1",
        "Stadtwerke Nord",
        "s1",
        "Tarifwechsel",
        "T-9",
        False,
        None,
        False,
    )


def test_the_resume_dialog_shows_the_call_time_in_its_own_offset(qtbot):
    # 23:30 in New York is already the next day here and in UTC: show what the tester saw.
    when = datetime(2027, 3, 4, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    dialog = ResumeDialog([resumable(when)], None, german)
    qtbot.addWidget(dialog)
    label = dialog.call_list.item(0).text()
    assert label == "04.03.27 23:30 – Stadtwerke Nord – Tarifwechsel (T-9)"


def test_the_resume_dialog_uses_the_default_locale(qtbot):
    when = datetime(2027, 3, 4, 9, 5, tzinfo=timezone(timedelta(hours=1)))
    dialog = ResumeDialog([resumable(when), resumable(when, "c2")])
    qtbot.addWidget(dialog)
    assert dialog.call_list.count() == 2
    # The default locale here is not German: the English short form of the shared formats.
    assert QLocale().language() != QLocale.Language.German
    assert dialog.call_list.item(0).text().startswith("4 Mar 2027, 09:05 – ")


def test_a_broken_database_file_is_reported(qapp, tmp_path, monkeypatch):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: shown.append(args))
    assert run_gui(path, "en", exit_after_startup=True) == 1
    ((_, _, headline, details),) = shown
    assert headline == "The database could not be opened."
    assert str(path) in details
