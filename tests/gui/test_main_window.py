"""The main window's wiring: title, list, filter, new call, opening calls, menu actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mysterycaller.gui import prompts
from mysterycaller.gui.main_window import MainWindow
from mysterycaller.gui.new_call_dialog import NewCall, NewCallDialog
from mysterycaller.gui.settings_dialog import SettingsChoice, SettingsDialog
from mysterycaller.services.campaign_files import template_text
from mysterycaller.services.campaigns import latest_campaign, list_campaigns
from tests.gui import fixtures_shell

# Fixtures shared with the other shell tests (tests/gui/conftest.py belongs to the call screen).
demo_campaign_id = fixtures_shell.demo_campaign_id
demo_db = fixtures_shell.demo_db
fake_call_screen = fixtures_shell.fake_call_screen
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
    assert window.windowTitle() == f"Mystery Caller – {campaign.name}"
    assert window.model.rowCount() == 50
    assert window.ui.call_table.model() is window.model
    assert "50" in window.ui.count_label.text()
    assert str(demo_db.path) in window.path_label.text()


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


def test_f1_shows_the_call_screens_shortcuts(qtbot, window, monkeypatch, fake_call_screen):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args))
    window.ui.shortcuts_action.trigger()
    assert "F5" in shown[0][2] and "Dial" in shown[0][2]


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
