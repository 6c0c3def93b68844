"""A database of every released schema opens after an update, keeps its data, and is backed up.

tests/migrations/fixtures holds one small database per released schema, written by the code of
that release (tests/migrations/make_fixture.py): the demo campaign with completed calls, and from
0002 on an imported results bundle.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from mysterycaller.cli import main
from mysterycaller.persistence.database import HEAD_REVISION, Database

FIXTURES = Path(__file__).with_name("fixtures")
RELEASED = ("0001", "0002")


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    return str(revision)


def row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'alembic_version'"
            )
        ]
        counts = {
            t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
        }
    connection.close()
    return counts


@pytest.fixture(params=RELEASED, ids=lambda revision: f"schema-{revision}")
def old_database(request, tmp_path) -> tuple[str, Path]:
    """A copy of the fixture of one released schema."""
    revision = request.param
    copy = tmp_path / "mysterycaller.sqlite3"
    shutil.copyfile(FIXTURES / f"schema-{revision}.sqlite3", copy)
    return revision, copy


def test_there_is_a_fixture_of_every_released_schema_and_each_has_its_schema():
    assert sorted(p.stem for p in FIXTURES.glob("*.sqlite3")) == [
        f"schema-{revision}" for revision in RELEASED
    ]
    for revision in RELEASED:
        assert revision_of(FIXTURES / f"schema-{revision}.sqlite3") == revision


def test_an_old_database_is_upgraded_to_head_with_every_row_kept(old_database):
    _, path = old_database
    before = row_counts(path)
    assert before["calls"] >= 6 and before["results"] > 0 and before["attempts"] > 0
    with Database.open(path) as database:
        assert database.check() == []
    assert revision_of(path) == HEAD_REVISION
    after = row_counts(path)
    assert {table: after[table] for table in before} == before


def test_the_upgrade_keeps_a_backup_of_the_old_database_and_names_it(old_database):
    revision, path = old_database
    with Database.open(path) as database:
        backup = database.backup_path
    if revision == HEAD_REVISION:
        assert backup is None  # nothing to upgrade, nothing to back up
        return
    assert backup == path.with_name(f"mysterycaller.sqlite3.before-{revision}.bak")
    assert revision_of(backup) == revision
    assert row_counts(backup) == row_counts(FIXTURES / f"schema-{revision}.sqlite3")
    with Database.open(path) as again:
        assert again.backup_path is None  # upgraded once, not again


def test_the_calls_of_an_upgraded_database_read_and_report(old_database, capsys, tmp_path):
    _, path = old_database
    expected = row_counts(path)["calls"]
    assert main(["--db", str(path), "calls", "list", "--json"]) == 0
    calls = json.loads(capsys.readouterr().out)
    assert len(calls) == expected
    assert all(call["status"] == "completed" for call in calls)
    for call in calls:
        assert main(["--db", str(path), "calls", "show", call["id"], "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)
        assert shown["id"] == call["id"] and shown["results"]
    assert "Upgraded" not in capsys.readouterr().err  # upgraded once, by the first command
    pdf = tmp_path / "call.pdf"
    assert main(["--db", str(path), "report", "call", calls[0]["id"], "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_the_app_says_which_backup_the_update_made(qapp, old_database, monkeypatch):
    from mysterycaller.app import run_gui
    from mysterycaller.gui import prompts
    from mysterycaller.gui.settings import Settings

    revision, path = old_database
    shown = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: shown.append(text))
    Settings().welcomed = True
    assert run_gui(path, "en", exit_after_startup=True) == 0
    if revision == HEAD_REVISION:
        assert shown == []
    else:
        (message,) = shown
        assert str(path.with_name(f"mysterycaller.sqlite3.before-{revision}.bak")) in message


def test_the_command_line_says_which_backup_the_update_made(old_database, capsys):
    revision, path = old_database
    assert main(["--db", str(path), "campaign", "list", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)  # the JSON on stdout is untouched
    backup = path.with_name(f"mysterycaller.sqlite3.before-{revision}.bak")
    if revision == HEAD_REVISION:
        assert captured.err == ""
    else:
        assert (
            captured.err == f"Upgraded {path} for this version; the copy from before is {backup}.\n"
        )
