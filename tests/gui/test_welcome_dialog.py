"""The first start: a short welcome asks for the tester code and the language, once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from mysterycaller.app import run_gui
from mysterycaller.gui.main_window import MainWindow
from mysterycaller.gui.resume_dialog import ResumeDialog
from mysterycaller.gui.settings import Settings
from mysterycaller.gui.welcome_dialog import WelcomeChoice, WelcomeDialog, first_start


def close(window):
    """Close the window and end run_gui's event loop (Qt signals the last window closed only
    from the application's own exec, which a test's run_gui does not use)."""
    window.close()
    QApplication.instance().lastWindowClosed.emit()


def test_the_welcome_takes_the_tester_code_and_the_language(qtbot):
    dialog = WelcomeDialog("", "de")
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "de"
    qtbot.keyClicks(dialog.tester_edit, "  T-07 ")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == WelcomeChoice("T-07", "en", import_package=False)


def test_the_welcome_explains_the_demo_and_points_at_campaign_packages(qtbot):
    dialog = WelcomeDialog("T-01", "en")
    qtbot.addWidget(dialog)
    assert "demo campaign" in dialog.demo_label.text()
    assert "campaign package" in dialog.package_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == WelcomeChoice("T-01", "en", import_package=True)


def test_the_welcome_is_shown_once_and_its_choice_is_kept(qapp, monkeypatch):
    asked = []

    def ask(parent, tester, language):
        asked.append((tester, language))
        return WelcomeChoice("T-42", "de", import_package=False)

    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    settings = Settings()
    assert first_start(settings, "en") == WelcomeChoice("T-42", "de", False)
    assert first_start(settings, "en") is None
    assert asked == [("", "en")]
    stored = Settings()
    assert (stored.tester, stored.language, stored.welcomed) == ("T-42", "de", True)


def test_closing_the_welcome_keeps_the_defaults_and_does_not_ask_again(qapp, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a: None))
    settings = Settings()
    assert first_start(settings, "de") is None
    stored = Settings()
    assert (stored.tester, stored.language, stored.welcomed) == ("", "", True)


def test_a_user_of_an_earlier_version_is_not_welcomed_as_new(qapp, monkeypatch):
    asked = []
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    settings = Settings()
    settings.tester = "T-03"
    assert first_start(settings, "de") is None
    assert asked == []


def test_the_first_start_opens_in_the_language_chosen_in_the_welcome(qapp, tmp_path, monkeypatch):
    seen = {}

    def close_main_window():
        widgets = QApplication.topLevelWidgets()
        (window,) = [w for w in widgets if isinstance(w, MainWindow) and w.isVisible()]
        seen["menus"] = [action.text() for action in window.menuBar().actions()]
        seen["tester"] = window.settings.tester
        close(window)

    def ask(parent, tester, language):
        seen["asked_in"] = language
        QTimer.singleShot(0, close_main_window)
        return WelcomeChoice("T-42", "de", import_package=False)

    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    monkeypatch.setattr(ResumeDialog, "ask", classmethod(lambda cls, *a: None))
    monkeypatch.setattr("mysterycaller.gui.settings.system_language", lambda: "en")
    assert run_gui(tmp_path / "new.sqlite3", None) == 0
    assert seen["asked_in"] == "en"
    assert seen["menus"][0] == "&Datei"
    assert seen["tester"] == "T-42"
    # The second start asks nothing: the window opens at once, in German.
    assert run_gui(tmp_path / "new.sqlite3", None, exit_after_startup=True) == 0
    assert Settings().language == "de"


def test_the_welcome_can_start_the_import_of_a_campaign_package(qapp, tmp_path, monkeypatch):
    from mysterycaller.gui.sync_dialogs import SyncActions

    imports = []

    def import_bundle(self):
        imports.append(self)
        close(self.window)

    def ask(parent, tester, language):
        return WelcomeChoice("T-42", "en", import_package=True)

    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    monkeypatch.setattr(ResumeDialog, "ask", classmethod(lambda cls, *a: None))
    monkeypatch.setattr(SyncActions, "import_bundle", import_bundle)
    assert run_gui(tmp_path / "new.sqlite3", "en") == 0
    assert len(imports) == 1
