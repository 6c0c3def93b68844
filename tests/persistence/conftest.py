"""Fixtures for the persistence tests: an open database and a real campaign document."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml

from mysterycaller.domain.call import Attempt, CallStatus, Note, TestCall
from mysterycaller.domain.campaign_document import campaign_from_document, normalise_document
from mysterycaller.domain.scoring import Result
from mysterycaller.domain.timing import Outcome, Phase, PhaseMark
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database

# A copy of shared/examples, so the tests run from any clone.
EXAMPLE = Path(__file__).parents[1] / "data" / "examples" / "campaign-stadtwerke.yaml"


@pytest.fixture
def campaign_document() -> dict[str, Any]:
    """The example Stadtwerke campaign as a normalised document with an id."""
    document = normalise_document(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")))
    document.setdefault("id", str(uuid.uuid4()))
    return document


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new database, created by the migrations."""
    database = Database.open(tmp_path / "data" / "mysterycaller.sqlite3")
    yield database
    database.close()


@pytest.fixture
def saved_campaign(db: Database, campaign_document: dict[str, Any]) -> dict[str, Any]:
    """The example campaign, stored as version 1."""
    with db.transaction() as session:
        CampaignStore(session).save(campaign_document)
    return campaign_document


def make_call(
    document: dict[str, Any],
    *,
    started_at: datetime | None = None,
    version: int = 1,
    call_id: str | None = None,
) -> TestCall:
    """A completed, reached call on the example campaign with results for every criterion."""
    campaign = campaign_from_document(document)
    scenario = campaign.scenarios[0]
    start = started_at or datetime(2027, 1, 12, 9, 14, 3, 120000, timezone(timedelta(hours=1)))
    results: dict[str, Result] = {}
    for _, criterion in campaign.catalogue.criteria():
        if criterion.kind == "check":
            results[criterion.id] = Result(value=True, at=43.0)
        elif criterion.kind == "scale" and criterion.scale is not None:
            results[criterion.id] = Result(value=criterion.scale.high, at=200.1)
        elif criterion.kind == "choice":
            results[criterion.id] = Result(value=criterion.options[0].id, at=210.0)
        elif criterion.kind == "text":
            results[criterion.id] = Result(value="freundlich, kompetent", at=None)
    if any(c.na_allowed for _, c in campaign.catalogue.criteria()):
        na_id = next(c.id for _, c in campaign.catalogue.criteria() if c.na_allowed)
        results[na_id] = Result(value=None, na=True)
    return TestCall(
        id=call_id or str(uuid.uuid4()),
        campaign_id=campaign.id,
        campaign_version=version,
        scenario_id=scenario.id,
        target_id=campaign.targets[0].id,
        tester="T-07",
        status=CallStatus.COMPLETED,
        started_at=start,
        attempts=(
            Attempt(
                phases=(PhaseMark(Phase.RINGING, 0.0), PhaseMark(Phase.ENDED, 30.0)),
                outcome=Outcome.NO_ANSWER,
            ),
            Attempt(
                phases=(
                    PhaseMark(Phase.RINGING, 0.0),
                    PhaseMark(Phase.QUEUE, 6.2),
                    PhaseMark(Phase.TALK, 41.9),
                    PhaseMark(Phase.HOLD, 120.4),
                    PhaseMark(Phase.TALK, 151.0),
                    PhaseMark(Phase.ENDED, 302.7),
                ),
                outcome=Outcome.ANSWERED,
            ),
        ),
        results=results,
        notes=(
            Note(at=130.0, text="Wartemusik sehr laut"),
            Note(at=None, text="Gesamteindruck gut"),
        ),
        agent=None,
        impression="solide",
        completed_at=start + timedelta(minutes=6),
    )


@pytest.fixture
def call_factory() -> Any:
    """``make_call``, for tests (conftest modules are not imported by name)."""
    return make_call
