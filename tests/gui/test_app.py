"""The composition root: first start, second start, resuming after a crash, a broken file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from mysterycaller.app import run_gui
from mysterycaller.gui.resume_dialog import ResumeDialog
from mysterycaller.gui.settings import Settings
from mysterycaller.persistence.database import Database
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
    ((call_id, label),) = no_resume[0]
    assert call_id == session.call_id
    assert target.name in label and scenario.title in label and "T-9" in label


def test_a_broken_database_file_is_reported(qapp, tmp_path, monkeypatch):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args))
    assert run_gui(path, "en", exit_after_startup=True) == 1
    assert str(path) in shown[0][2]
