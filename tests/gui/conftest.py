"""Fixtures for the call screen: a database with the demo campaign, a fake clock, a session."""

from __future__ import annotations

import pytest

from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.demo import add_demo

DEMO_CAMPAIGN = "5e0c9b7a-1d2f-4c3b-9a8e-7f6d5c4b3a21"
SCENARIO = "waermepumpe-tarif"
TARGET = "mte-vertrieb"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "t.sqlite3")
    add_demo(database, calls=0)
    yield database
    database.close()


@pytest.fixture
def fake_clock():
    return FakeClock()


@pytest.fixture
def session(db, fake_clock):
    return CallSession.start(db, DEMO_CAMPAIGN, SCENARIO, TARGET, "T-01", clock=fake_clock)


@pytest.fixture
def stored(db):
    """Read a call back through a fresh database session: what was committed."""

    def read(call_id: str):
        with db.transaction() as transaction:
            return CallStore(transaction).get(call_id)

    return read


@pytest.fixture
def stored_summary(db):
    """The committed list entry of a call: status, reached and the stored score."""

    def read(call_id: str):
        with db.transaction() as transaction:
            return next(c for c in CallStore(transaction).list() if c.id == call_id)

    return read


@pytest.fixture(autouse=True)
def no_blocking_prompts(monkeypatch):
    """A modal question a test did not expect fails the test instead of hanging it."""
    from mysterycaller.gui import prompts

    def unexpected(name):
        def fail(*args, **kwargs):
            raise AssertionError(f"unexpected prompts.{name}{args[1:]!r}")

        return fail

    for name in (
        "choose_save_path",
        "choose_open_path",
        "choose_color",
        "show_error",
        "show_info",
        "ask_to_open",
        "open_file",
    ):
        monkeypatch.setattr(prompts, name, unexpected(name))
