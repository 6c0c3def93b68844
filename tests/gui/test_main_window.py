"""The main window's wiring: title, list, filter, new call, opening calls, menu actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt, QTranslator

from mysterycaller.gui import prompts
from mysterycaller.gui.main_window import MainWindow
from mysterycaller.gui.new_call_dialog import NewCall, NewCallDialog
from mysterycaller.gui.settings_dialog import SettingsChoice, SettingsDialog
from mysterycaller.persistence.database import DatabaseError, StoreError
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.call_session_types import CallSessionError
from mysterycaller.services.campaign_files import template_text
from mysterycaller.services.campaigns import latest_campaign, list_campaigns
from tests.gui import fixtures_shell

# Fixtures shared with the other shell tests (tests/gui/conftest.py belongs to the call screen).
big_demo_db = fixtures_shell.big_demo_db
big_demo_file = fixtures_shell.big_demo_file
demo_campaign_id = fixtures_shell.demo_campaign_id
demo_db = fixtures_shell.demo_db
display_name = fixtures_shell.display_name
fake_call_screen = fixtures_shell.fake_call_screen
german_locale = fixtures_shell.german_locale
shell_settings = fixtures_shell.shell_settings


@pytest.fixture
def window(qtbot, demo_db, shell_settings, demo_campaign_id):
    window = MainWindow(demo_db, shell_settings, "en")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.load_campaigns(demo_campaign_id)
    window.show()
    yield window
    window.model.wait()


def test_title_names_the_campaign_and_the_list_is_filled(window, demo_db, demo_campaign_id):
    campaign = latest_campaign(demo_db, demo_campaign_id)
    assert window.windowTitle() == campaign.name
    assert window.model.rowCount() == 50
    assert window.ui.call_table.model() is window.model
    assert window.ui.count_label.text() == "50 call(s)"
    assert str(demo_db.path) in window.path_label.text()


def test_the_app_name_is_left_to_qt_and_appears_once(
    qtbot, display_name, demo_db, shell_settings, demo_campaign_id
):
    window = MainWindow(demo_db, shell_settings, "en")
    qtbot.addWidget(window)
    # No campaign yet: the app's name alone (Qt does not add it to a title ending in it).
    assert window.windowTitle() == display_name
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.load_campaigns(demo_campaign_id)
    # Qt adds " — Mystery Caller" where the platform wants it; the title must not repeat it.
    assert window.windowTitle() == window.campaign.name
    assert display_name not in window.windowTitle()
    window.model.wait()


def test_the_count_is_a_localized_number(window, german_locale):
    window.model.total_changed.emit(1234)
    assert window.ui.count_label.text().startswith("1.234 ")
    window.model.total_changed.emit(100000)
    assert window.ui.count_label.text().startswith("100.000 ")


def test_a_big_german_list_counts_with_separators(
    qtbot, german_locale, big_demo_db, shell_settings, demo_campaign_id
):
    window = fixtures_shell.open_window(qtbot, big_demo_db, shell_settings, demo_campaign_id)
    assert window.ui.count_label.text().startswith("5.000 ")
    window.model.wait()


def test_the_new_call_button_shows_its_key(window):
    assert window.ui.new_call_action.shortcut().toString() == "Ctrl+N"
    assert window.ui.new_call_button.text() == "New call [Ctrl+N]"


def test_the_new_call_key_is_named_in_the_users_language(qtbot, qapp, demo_db, shell_settings):
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_german = QTranslator()
    assert qt_german.load(str(Path(folder) / "qtbase_de.qm"))
    qapp.installTranslator(qt_german)
    try:
        window = MainWindow(demo_db, shell_settings, "de")
        qtbot.addWidget(window)
        assert window.ui.new_call_button.text().endswith("[Strg+N]")
    finally:
        qapp.removeTranslator(qt_german)


def test_typing_a_filter_narrows_the_list(qtbot, window):
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        qtbot.keyClicks(window.ui.filter_edit, "Anna")
    assert 0 < window.model.rowCount() < 50
    testers = {window.model.call_at(r).tester for r in range(window.model.rowCount())}
    assert testers == {"T-01 Anna Keller"}


def test_clicking_a_header_sorts(qtbot, window):
    header = window.ui.call_table.horizontalHeader()
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        header.sectionClicked.emit(4)
        window.ui.call_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    testers = [window.model.call_at(r).tester for r in range(window.model.rowCount())]
    assert testers == sorted(testers)


def test_new_call_starts_a_session_and_returns_to_a_refreshed_list(
    qtbot, window, monkeypatch, fake_call_screen, demo_db, demo_campaign_id
):
    campaign = latest_campaign(demo_db, demo_campaign_id)
    scenario = campaign.scenarios[0]
    target = next(t for t in campaign.targets if scenario.applies_to(t.id))
    monkeypatch.setattr(
        NewCallDialog,
        "ask",
        classmethod(lambda cls, parent, c, tester="": NewCall(scenario.id, target.id, "T-77")),
    )
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (screen,) = fake_call_screen.made
    assert window.ui.page_stack.currentWidget() is screen
    assert screen.session.tester == "T-77" and screen.session.target.id == target.id
    assert window.settings.tester == "T-77"
    assert not window.ui.new_call_action.isEnabled()
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        screen.closed.emit(screen.session.call_id)
    assert window.ui.page_stack.currentWidget() is window.ui.list_page
    assert window.model.total() == 51
    in_progress = [r for r in range(51) if window.model.call_at(r).status == "in_progress"]
    assert len(in_progress) == 1


def test_a_cancelled_new_call_changes_nothing(qtbot, window, monkeypatch, fake_call_screen):
    monkeypatch.setattr(NewCallDialog, "ask", classmethod(lambda cls, *a, **k: None))
    window.ui.new_call_button.click()
    assert fake_call_screen.made == []


def test_activating_a_completed_call_shows_it_read_only(qtbot, window, fake_call_screen):
    table = window.ui.call_table
    table.setCurrentIndex(window.model.index(3, 0))
    table.activated.emit(window.model.index(3, 0))
    (screen,) = fake_call_screen.made
    assert screen.session.call_id == window.model.call_at(3).id
    assert screen.session.completed


def test_enter_opens_the_current_call(qtbot, window, fake_call_screen):
    table = window.ui.call_table
    table.setFocus()
    table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(fake_call_screen.made) == 1


def test_importing_a_campaign_runs_in_a_worker(qtbot, window, tmp_path, demo_db):
    path = tmp_path / "new.yaml"
    path.write_text(template_text("en"), encoding="utf-8")
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.import_campaign(path)
        qtbot.waitUntil(lambda: window.import_task.done, timeout=10000)
    assert len(list_campaigns(demo_db)) == 2
    assert window.ui.campaign_combo.count() == 2
    assert window.campaign is not None and window.campaign.name in window.windowTitle()
    assert window.model.total() == 0  # the new campaign is shown: no calls yet
    assert window.settings.last_campaign_id == window.campaign.id


def test_a_broken_campaign_file_is_reported(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "broken.yaml"
    path.write_text("name: [unclosed\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: shown.append(args))
    window.import_campaign(path)
    qtbot.waitUntil(lambda: window.import_task.done, timeout=10000)
    assert str(path) in shown[0][2]
    assert window.ui.import_campaign_action.isEnabled()


def test_settings_are_stored(window, monkeypatch):
    seen = []

    def ask(cls, parent, settings, folder):
        seen.append(folder)
        return SettingsChoice(tester="T-05", language="de", hide_agent_names=False)

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(ask))
    window.ui.settings_action.trigger()
    assert seen == [Path(window.database.path).parent]
    assert (window.settings.tester, window.settings.language) == ("T-05", "de")
    assert window.settings.hide_agent_names is False


def test_settings_dialog_shows_the_data_folder(qtbot, shell_settings, tmp_path):
    dialog = SettingsDialog(shell_settings, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.ui.data_folder_edit.text() == str(tmp_path)
    assert dialog.ui.data_folder_edit.isReadOnly()
    assert dialog.choice().hide_agent_names is True


def test_f1_lists_the_windows_keys(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_info", lambda *args: shown.append(args))
    window.ui.shortcuts_action.trigger()
    ((_, title, body),) = shown
    assert title == "Keyboard shortcuts"
    assert "Ctrl+N" in body and "New call" in body and "F1" in body
    assert "During a call, F1 shows the call screen" in body


def test_during_a_call_the_call_screen_shows_its_own_keys(
    qtbot, window, monkeypatch, fake_call_screen
):
    monkeypatch.setattr(NewCallDialog, "ask", classmethod(lambda cls, *a, **k: first_choice(a[1])))
    window.new_call()
    (screen,) = fake_call_screen.made
    window.show_shortcuts()  # from the menu: F1 itself belongs to the call screen then
    assert screen.shortcuts_shown == 1


def first_choice(campaign, tester="T-1"):
    scenario = campaign.scenarios[0]
    target = next(t for t in campaign.targets if scenario.applies_to(t.id))
    return NewCall(scenario.id, target.id, tester)


@pytest.fixture
def shown_errors(monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: shown.append(args))
    return shown


@pytest.mark.parametrize(
    "error",
    [
        DatabaseError("Could not open the database: disk I/O error"),
        StoreError("(sqlite3.OperationalError) database is locked"),
        LookupError("no campaign with id '5e0c'"),
        CallSessionError("unknown scenario 'x' or target 'y'", "unknown_choice"),
        OSError(28, "No space left on device"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_a_call_that_cannot_start_is_explained(
    qtbot, window, monkeypatch, fake_call_screen, shown_errors, error
):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(CallSession, "start", fail)
    monkeypatch.setattr(NewCallDialog, "ask", classmethod(lambda cls, *a, **k: first_choice(a[1])))
    window.ui.new_call_button.click()  # an exception out of the slot would fail the test
    ((parent, title, headline, details),) = shown_errors
    assert parent is window and title == "New call"
    assert headline == "The call could not be started."
    assert details and details in str(error)  # the service's words only as the details
    assert fake_call_screen.made == []
    assert window.ui.page_stack.currentWidget() is window.ui.list_page
    assert window.ui.new_call_action.isEnabled()


def test_a_call_that_is_gone_is_explained(qtbot, window, fake_call_screen, shown_errors):
    window.open_call("00000000-0000-4000-8000-000000000000")  # the real service, no such call
    ((_, title, headline, details),) = shown_errors
    assert (title, headline) == ("Open call", "The call could not be opened.")
    assert "00000000-0000-4000-8000-000000000000" in details
    assert fake_call_screen.made == []


def test_a_call_that_cannot_be_resumed_is_explained(
    qtbot, window, monkeypatch, fake_call_screen, shown_errors
):
    def fail(*args, **kwargs):
        raise StoreError("(sqlite3.OperationalError) disk I/O error")

    monkeypatch.setattr(CallSession, "resume", fail)
    table = window.ui.call_table
    table.setCurrentIndex(window.model.index(0, 0))
    table.activated.emit(window.model.index(0, 0))
    ((_, _, headline, details),) = shown_errors
    assert headline == "The call could not be opened." and "disk I/O error" in details
    assert window.call_screen is None and fake_call_screen.made == []


def test_new_call_dialog_offers_targets_of_the_scenario(qtbot, demo_db, demo_campaign_id):
    campaign = latest_campaign(demo_db, demo_campaign_id)
    dialog = NewCallDialog(campaign, "T-1")
    qtbot.addWidget(dialog)
    for index in range(dialog.ui.scenario_combo.count()):
        dialog.ui.scenario_combo.setCurrentIndex(index)
        scenario = campaign.scenarios[index]
        offered = [
            dialog.ui.target_combo.itemData(i) for i in range(dialog.ui.target_combo.count())
        ]
        assert offered == [t.id for t in campaign.targets if scenario.applies_to(t.id)]
        assert dialog.choice() == NewCall(scenario.id, offered[0], "T-1")
    dialog.ui.tester_edit.clear()
    assert dialog.choice() is None


def test_the_real_call_screen_opens_and_closes(qtbot, window, monkeypatch, demo_db):
    campaign = window.campaign
    scenario = campaign.scenarios[0]
    target = next(t for t in campaign.targets if scenario.applies_to(t.id))
    monkeypatch.setattr(
        NewCallDialog,
        "ask",
        classmethod(lambda cls, parent, c, tester="": NewCall(scenario.id, target.id, "T-1")),
    )
    window.new_call()
    screen = window.ui.page_stack.currentWidget()
    assert screen is window.call_screen and screen is not window.ui.list_page
    assert window.ui.shortcuts_action.shortcut().isEmpty()  # F1 belongs to the call screen
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        screen.closed.emit(screen.session.call_id if hasattr(screen, "session") else "")
    assert window.ui.page_stack.currentWidget() is window.ui.list_page
    assert window.ui.shortcuts_action.shortcut().toString() == "F1"
