"""The About dialog: version, where the data lives, the licences of fonts and libraries."""

from __future__ import annotations

from pathlib import Path

from mysterycaller import __version__
from mysterycaller.gui.about_dialog import AboutDialog, library_rows
from mysterycaller.gui.main_window import MainWindow
from mysterycaller.gui.settings import Settings


def test_the_about_dialog_names_version_data_and_licences(qtbot, tmp_path):
    database = tmp_path / "data" / "mysterycaller.sqlite3"
    settings = tmp_path / "config" / "settings.ini"
    dialog = AboutDialog(database, settings)
    qtbot.addWidget(dialog)
    assert f"Mystery Caller {__version__}" in dialog.summary_label.text()
    text = dialog.details.toPlainText()
    assert str(database) in text and str(settings) in text and str(database.parent) in text
    for name in ("Qt", "PySide6", "SQLAlchemy", "Alembic", "ReportLab", "cryptography"):
        assert name in text
    assert "LGPL-3.0" in text and "MIT" in text
    # The font licence in full, as the DejaVu licence asks.
    assert "Bitstream Vera" in text and "Permission is hereby granted" in text


def test_every_bundled_library_has_a_version():
    assert all(version for _, version, _ in library_rows())


def test_the_help_menu_opens_the_about_dialog(qtbot, db, monkeypatch):
    shown = []
    monkeypatch.setattr(AboutDialog, "ask", classmethod(lambda cls, *a: shown.append(a[1:])))
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.ui.about_action.trigger()
    assert shown == [(db.path, Settings().path)]
    assert isinstance(shown[0][0], Path)
