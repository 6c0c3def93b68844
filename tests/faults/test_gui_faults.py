"""The GUI started on each broken database: a dialog that says what happened, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mysterycaller.app import run_gui
from mysterycaller.gui import fault_messages, prompts
from mysterycaller.gui.resume_dialog import ResumeDialog
from mysterycaller.persistence import backups, faults, sqlite_files
from mysterycaller.persistence.database import Database
from mysterycaller.services.demo import add_demo
from tests.faults.helpers import corrupt_pages


@pytest.fixture
def dialogs(monkeypatch):
    """Every error dialog and question the start-up shows, answered 'no' by default."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts,
        "show_error",
        lambda _parent, _title, text, details="": shown.append((text, details)),
    )
    answers = {"new": False}

    def ask(_parent, fault):
        shown.append(("ask new database", fault_messages.sentence(fault)))
        return answers["new"]

    monkeypatch.setattr(fault_messages, "ask_new_database", ask)
    monkeypatch.setattr(ResumeDialog, "ask", classmethod(lambda cls, parent, calls: None))
    shown_answers = answers
    return shown, shown_answers


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "db.sqlite3"
    with Database.open(path) as database:
        add_demo(database, calls=30)
    Database.open(path).close()  # today's backup
    assert backups.backups(path)
    return path


def test_a_damaged_database_shows_the_damage_and_the_newest_good_backup(qapp, filled, dialogs):
    shown, _ = dialogs
    corrupt_pages(filled)
    before = filled.read_bytes()

    status = run_gui(filled, "en", exit_after_startup=True)

    assert status in (0, 1)
    assert shown, "no dialog"
    text, details = shown[0]
    assert "damaged" in text + details
    assert str(backups.backups(filled)[0]) in details
    assert filled.read_bytes() == before  # no demo calls written into the damage


def test_a_database_damaged_beyond_reading_is_one_dialog(qapp, filled, dialogs):
    shown, _ = dialogs
    sqlite_files_header = filled.read_bytes()[:100]
    with filled.open("r+b") as file:
        file.write(b"\x00" * 100)  # the header is gone

    assert run_gui(filled, "en", exit_after_startup=True) == 1

    assert len(shown) == 1
    assert "damaged" in shown[0][1]
    assert sqlite_files_header != filled.read_bytes()[:100]


@pytest.mark.parametrize("how", ["deleted", "emptied"])
def test_a_missing_database_is_a_question_not_a_silent_new_one(qapp, filled, dialogs, how):
    shown, answers = dialogs
    for suffix in ("-wal", "-shm"):
        if os.path.exists(f"{filled}{suffix}"):
            os.unlink(f"{filled}{suffix}")
    if how == "deleted":
        filled.unlink()
    else:
        os.truncate(filled, 0)

    assert run_gui(filled, "en", exit_after_startup=True) == 1
    assert [text for text, _ in shown] == ["ask new database"]
    assert not filled.exists() or filled.stat().st_size == 0

    answers["new"] = True
    assert run_gui(filled, "en", exit_after_startup=True) == 0
    assert filled.stat().st_size > 0


def test_a_database_locked_by_another_process_says_so(qapp, filled, dialogs, monkeypatch):
    shown, _ = dialogs
    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT_MS", 100)
    code = (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(filled)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "c.execute('CREATE TABLE IF NOT EXISTS lock_scratch (x)')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert run_gui(filled, "en", exit_after_startup=True) == 1
    finally:
        holder.communicate("")

    ((_, details),) = shown
    assert f"process {holder.pid}" in details
    assert "backup" not in details and "damaged" not in details


def test_a_foreign_file_is_not_called_damaged(qapp, tmp_path, dialogs):
    shown, _ = dialogs
    path = tmp_path / "songs.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    connection.close()

    assert run_gui(path, "en", exit_after_startup=True) == 1

    ((_, details),) = shown
    assert "not a Mystery Caller database" in details
    assert "backup" not in details


def test_fault_sentences_are_german_in_the_german_gui(qapp, filled, dialogs):
    shown, _ = dialogs
    corrupt_pages(filled)

    run_gui(filled, "de", exit_after_startup=True)

    assert "beschädigt" in shown[0][1]


@pytest.mark.parametrize(
    ("fault", "german"),
    [
        (
            faults.StoreFault(faults.READ_ONLY, Path("/d/db.sqlite3"), place=("folder", "/d")),
            "der Ordner /d ist schreibgeschützt",
        ),
        (
            faults.StoreFault(faults.LOCKED, Path("/d/db.sqlite3"), process="python (process 7)"),
            "von python (process 7) benutzt",
        ),
        (
            faults.StoreFault(faults.DISK_FULL, Path("/d/db.sqlite3"), needed=3 * 1024 * 1024),
            "mindestens 3 MB",
        ),
        (faults.StoreFault(faults.FILE_DELETED, Path("/d/db.sqlite3")), "gelöscht"),
    ],
)
def test_each_fault_has_its_german_sentence_without_backup_advice(qapp, fault, german):
    from PySide6.QtCore import QLocale

    from mysterycaller.gui.application import install_translators

    previous_locale = QLocale()  # installing the translators makes German the default locale
    translators = install_translators(qapp, "de")
    try:
        text = fault_messages.describe(fault)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous_locale)

    assert german in text
    assert "Sicherung" not in text
