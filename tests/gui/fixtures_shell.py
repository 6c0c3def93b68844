"""Fixtures for the tests of the main window, the call list and the app (import them by name).

The call screen's tests own tests/gui/conftest.py; these live here to keep the two apart.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mysterycaller.gui.settings import Settings
from mysterycaller.persistence.database import Database
from mysterycaller.services.campaign_files import DEMO_CAMPAIGN_ID
from mysterycaller.services.demo import add_demo

BIG_DEMO_CALLS = 5000


@pytest.fixture(scope="session")
def big_demo_file(tmp_path_factory) -> Path:
    """A database file with the demo campaign and 5,000 calls, made once per run."""
    path = tmp_path_factory.mktemp("bigdemo") / "demo.sqlite3"
    with Database.open(path) as database:
        add_demo(database, calls=BIG_DEMO_CALLS, seed=7)
    return path


@pytest.fixture
def big_demo_db(big_demo_file):
    """The 5,000-call database, open (tests only read it)."""
    database = Database.open(big_demo_file)
    yield database
    database.close()


@pytest.fixture
def demo_db(tmp_path):
    """A fresh database with the demo campaign and 50 calls (tests may change it)."""
    database = Database.open(tmp_path / "demo.sqlite3")
    add_demo(database, calls=50, seed=3)
    yield database
    database.close()


@pytest.fixture
def demo_campaign_id() -> str:
    return str(DEMO_CAMPAIGN_ID)


@pytest.fixture
def shell_settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings.ini")


class FakeCallScreen(QWidget):
    """Stands in for the call screen: records its session, closes on demand."""

    closed = Signal(str)
    report_requested = Signal(str)
    made: ClassVar[list[FakeCallScreen]] = []

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.shortcuts_shown = 0
        FakeCallScreen.made.append(self)

    def show_shortcuts(self):
        self.shortcuts_shown += 1


@pytest.fixture
def fake_call_screen(monkeypatch):
    """Replace mysterycaller.gui.call_screen with FakeCallScreen for wiring tests."""
    module = types.ModuleType("mysterycaller.gui.call_screen")
    module.CallScreen = FakeCallScreen  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "mysterycaller.gui.call_screen", module)
    FakeCallScreen.made = []
    return FakeCallScreen


def open_window(qtbot, database, settings, campaign_id=None):
    """A shown main window on ``database`` whose list has loaded (when there is a campaign)."""
    from mysterycaller.gui.main_window import MainWindow

    window = MainWindow(database, settings, "en")
    qtbot.addWidget(window)
    if campaign_id is None:
        window.load_campaigns()
    else:
        with qtbot.waitSignal(window.model.loaded, timeout=10000):
            window.load_campaigns(campaign_id)
    window.show()
    return window


@pytest.fixture
def shell_window(qtbot, demo_db, shell_settings, demo_campaign_id):
    """The main window on the 50-call demo database, list loaded."""
    window = open_window(qtbot, demo_db, shell_settings, demo_campaign_id)
    yield window
    window.model.wait()


@pytest.fixture
def german_locale():
    """German number and date formats (as the app sets them for German), restored after."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def display_name(qapp):
    """The application display name the app sets (Qt adds it to window titles), restored."""
    previous = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Mystery Caller")
    yield "Mystery Caller"
    qapp.setApplicationDisplayName(previous)


def write_logo(path: Path) -> Path:
    """A small real PNG image."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    assert image.save(str(path))
    return path
