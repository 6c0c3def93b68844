"""Reports from the GUI: the client PDF of a call, the wave report, CSV and Excel exports."""

from __future__ import annotations

import pytest

from mysterycaller.gui import prompts
from mysterycaller.services.call_session import CallSession
from tests.gui import fixtures_shell

demo_campaign_id = fixtures_shell.demo_campaign_id
demo_db = fixtures_shell.demo_db
shell_settings = fixtures_shell.shell_settings
shell_window = fixtures_shell.shell_window


@pytest.fixture
def saving(monkeypatch, tmp_path):
    """Answers every "save as" with tmp_path/<name> (no suffix) and records the question."""
    asked = []

    def choose(parent, title, suggested, file_filter):
        asked.append((title, suggested, file_filter))
        return tmp_path / "out"

    monkeypatch.setattr(prompts, "choose_save_path", choose)
    return asked


@pytest.fixture
def opening(monkeypatch):
    """Says yes to "Open the file?" and records what would have been opened."""
    opened = []
    monkeypatch.setattr(prompts, "ask_to_open", lambda parent, path: True)
    monkeypatch.setattr(prompts, "open_file", opened.append)
    return opened


def wait_for_report(qtbot, window):
    qtbot.waitUntil(
        lambda: window.reports.task is not None and window.reports.task.done, timeout=30000
    )


def test_pdf_for_the_client_of_the_selected_call(qtbot, shell_window, saving, opening, tmp_path):
    window = shell_window
    window.settings.agency = "Prüfagentur Nord"
    window.settings.logo = fixtures_shell.write_logo(tmp_path / "logo.png")
    window.settings.accent_color = "#2E7D32"
    table = window.ui.call_table
    assert not window.ui.call_report_action.isEnabled()  # nothing selected yet
    table.setCurrentIndex(window.model.index(2, 0))
    assert window.ui.call_report_action.isEnabled()
    assert window.ui.call_report_action in table.actions()  # the list's context menu
    window.ui.call_report_action.trigger()
    wait_for_report(qtbot, window)
    pdf = tmp_path / "out.pdf"
    assert opening == [pdf]
    assert pdf.read_bytes().startswith(b"%PDF")
    (title, suggested, file_filter) = saving[0]
    assert title == "PDF for the client" and suggested.endswith(".pdf") and "*.pdf" in file_filter
    assert window.model.call_at(2).target_id in suggested
    assert str(pdf) in window.ui.status_bar.currentMessage()


def test_pdf_for_the_client_is_only_for_completed_calls(
    qtbot, demo_db, shell_settings, demo_campaign_id
):
    session = CallSession.start(demo_db, demo_campaign_id, "waermepumpe-tarif", "mte-vertrieb", "T")
    window = fixtures_shell.open_window(qtbot, demo_db, shell_settings, demo_campaign_id)
    try:
        row = next(
            r
            for r in range(window.model.rowCount())
            if window.model.call_at(r).id == session.call_id
        )
        window.ui.call_table.setCurrentIndex(window.model.index(row, 0))
        assert not window.ui.call_report_action.isEnabled()
        window.ui.call_table.setCurrentIndex(window.model.index(0 if row else 1, 0))
        assert window.ui.call_report_action.isEnabled()
    finally:
        window.model.wait()


def test_pdf_from_the_call_screen_of_a_completed_call(
    qtbot, shell_window, saving, opening, tmp_path
):
    window = shell_window
    window.open_call(window.model.call_at(0).id)
    screen = window.call_screen
    assert screen.report_button.isVisibleTo(screen)
    screen.report_button.click()
    wait_for_report(qtbot, window)
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert opening == [tmp_path / "out.pdf"]
    # The menu's "PDF for the client" (Ctrl+P) means the call on screen, as the button does.
    (tmp_path / "out.pdf").unlink()
    assert window.ui.call_report_action.isEnabled()
    window.ui.call_report_action.trigger()
    wait_for_report(qtbot, window)
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    screen.leave()


def test_wave_report_from_the_menu_shows_progress(
    qtbot, shell_window, saving, monkeypatch, tmp_path
):
    window = shell_window
    monkeypatch.setattr(prompts, "ask_to_open", lambda parent, path: False)
    assert window.ui.wave_report_action in window.ui.reports_menu.actions()
    window.ui.wave_report_action.trigger()
    seen = []
    window.reports.task.progress.connect(lambda done, total: seen.append((done, total)))
    wait_for_report(qtbot, window)
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert seen and seen[-1] == (50, 50)
    assert window.campaign.name in saving[0][1]


@pytest.mark.parametrize(
    ("action", "suffix"), [("export_csv_action", ".csv"), ("export_xlsx_action", ".xlsx")]
)
def test_exports_from_the_menu(qtbot, shell_window, saving, opening, tmp_path, action, suffix):
    window = shell_window
    getattr(window.ui, action).trigger()
    seen = []
    window.reports.task.progress.connect(lambda done, total: seen.append((done, total)))
    wait_for_report(qtbot, window)
    output = tmp_path / f"out{suffix}"
    assert opening == [output]
    if suffix == ".csv":
        assert len(output.read_text(encoding="utf-8-sig").splitlines()) == 51  # header + calls
    else:
        assert output.read_bytes().startswith(b"PK")
    assert seen and seen[-1][0] == seen[-1][1] == 50


def test_a_bad_logo_is_a_readable_message(qtbot, shell_window, monkeypatch, tmp_path):
    window = shell_window
    bad = tmp_path / "logo.png"
    bad.write_text("not an image", encoding="utf-8")
    window.settings.logo = bad
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: shown.append(args))
    window.ui.call_table.setCurrentIndex(window.model.index(0, 0))
    window.ui.call_report_action.trigger()  # no file is asked for: the autouse seam would fail
    ((_parent, _title, text, details),) = shown
    assert "logo" in text and "Settings" in text
    assert str(bad) in details and "not a readable image" in details
    assert window.reports.task is None


def test_a_failed_export_says_what_went_wrong(qtbot, shell_window, monkeypatch, tmp_path):
    window = shell_window
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")  # a file where the folder should be
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a: blocker / "x.csv")
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: shown.append(args))
    window.ui.export_csv_action.trigger()
    wait_for_report(qtbot, window)
    ((_parent, _title, text, details),) = shown
    assert text == "The calls could not be exported."
    assert details
