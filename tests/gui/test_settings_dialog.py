"""The settings dialog's report branding: agency, logo and accent colour, stored and read back."""

from __future__ import annotations

from mysterycaller.gui import prompts
from mysterycaller.gui.settings import Settings
from mysterycaller.gui.settings_dialog import SettingsDialog, apply_choice
from tests.gui import fixtures_shell


def test_agency_logo_and_colour_round_trip(qtbot, tmp_path, monkeypatch):
    settings = Settings(tmp_path / "settings.ini")
    logo = fixtures_shell.write_logo(tmp_path / "logo.png")
    dialog = SettingsDialog(settings, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.ui.color_name_label.text() == "#1F4E79 (default)"
    assert not dialog.ui.logo_clear_button.isEnabled()
    dialog.ui.agency_edit.setText("  Prüfagentur Nord ")
    monkeypatch.setattr(prompts, "choose_open_path", lambda parent, title, filt: logo)
    monkeypatch.setattr(prompts, "choose_color", lambda parent, title, initial: "#2E7D32")
    dialog.ui.logo_button.click()
    dialog.ui.color_button.click()
    assert dialog.ui.logo_edit.text() == str(logo)
    assert not dialog.ui.logo_problem_label.isVisibleTo(dialog)
    assert dialog.ui.color_name_label.text() == "#2E7D32"
    apply_choice(settings, dialog.choice())

    again = Settings(tmp_path / "settings.ini")  # read from the file
    assert (again.agency, again.logo, again.accent_color) == ("Prüfagentur Nord", logo, "#2E7D32")
    shown = SettingsDialog(again, tmp_path)
    qtbot.addWidget(shown)
    assert shown.ui.agency_edit.text() == "Prüfagentur Nord"
    assert shown.choice() == dialog.choice()

    shown.ui.logo_clear_button.click()
    shown.ui.color_reset_button.click()
    apply_choice(again, shown.choice())
    assert (again.logo, again.accent_color) == (None, "")


def test_a_logo_that_is_no_image_is_explained_at_once(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "logo.jpg"
    bad.write_bytes(b"not a JPEG")
    dialog = SettingsDialog(Settings(tmp_path / "s.ini"), tmp_path)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(prompts, "choose_open_path", lambda *a: bad)
    dialog.ui.logo_button.click()
    assert dialog.ui.logo_problem_label.isVisibleTo(dialog)
    assert dialog.ui.logo_problem_label.text().startswith(
        "This logo cannot be used: not a readable"
    )
