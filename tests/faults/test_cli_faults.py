"""The command line on broken databases: one sentence and exit status 1, never a traceback."""

from __future__ import annotations

import os

import pytest

from mysterycaller.persistence import backups
from tests.faults.helpers import corrupt_pages, run, run_process


@pytest.fixture
def db(tmp_path):
    return tmp_path / "data" / "test.sqlite3"


@pytest.fixture
def filled(capsys, db):
    """A database with demo calls, opened twice so that it has a good daily backup."""
    assert run(capsys, "demo", "--calls", "20", "--db", db)[0] == 0
    assert run(capsys, "db", "check", "--db", db)[0] == 0
    assert backups.backups(db)
    return db


def _one_sentence(err: str) -> None:
    assert "Traceback" not in err
    assert "SELECT" not in err and "INSERT" not in err and "[SQL" not in err
    assert len(err.strip().splitlines()) <= 2


@pytest.mark.parametrize(
    "command",
    [
        ("calls", "list"),
        ("calls", "list", "--json"),
        ("campaign", "list"),
        ("db", "check"),
        ("db", "backup", "-o", "{tmp}/copy.sqlite3"),
        ("demo", "--calls", "1"),
        ("campaign", "import", "tests/data/examples/campaign-selftest-en.yaml"),
    ],
)
def test_every_command_on_a_damaged_database_gives_one_sentence(capsys, filled, tmp_path, command):
    corrupt_pages(filled)
    before = filled.read_bytes()
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]

    status, out, err = run(capsys, *args, "--db", filled)

    assert status == 1, out
    _one_sentence(err)
    assert "damaged" in err
    assert filled.read_bytes() == before
    assert not (tmp_path / "copy.sqlite3").exists()


def test_db_check_names_the_newest_good_backup(capsys, filled):
    corrupt_pages(filled)
    good = backups.backups(filled)[0]

    status, _, err = run(capsys, "db", "check", "--db", filled)

    assert status == 1
    assert "integrity" in err
    assert str(good) in err


def test_db_backup_copies_a_damaged_database_only_with_force(capsys, filled, tmp_path):
    corrupt_pages(filled)
    copy = tmp_path / "copy.sqlite3"

    assert run(capsys, "db", "backup", "-o", copy, "--db", filled)[0] == 1
    assert not copy.exists()
    assert run(capsys, "db", "backup", "-o", copy, "--force", "--db", filled)[0] == 0
    assert copy.read_bytes()[:4096] == filled.read_bytes()[:4096]


def test_a_report_on_a_damaged_database_is_one_sentence(capsys, filled, tmp_path):
    campaign = run(capsys, "campaign", "list", "--json", "--db", filled)[1]
    campaign_id = campaign.split('"id": "')[1][:36]
    corrupt_pages(filled)

    result = run_process(
        "report", "campaign", campaign_id, "-o", tmp_path / "r.pdf", "--db", filled
    )

    assert result.returncode == 1
    _one_sentence(result.stderr)
    assert not (tmp_path / "r.pdf").exists()


def test_an_emptied_database_is_not_silently_replaced_by_a_new_one(capsys, filled):
    os.truncate(filled, 0)

    status, _, err = run(capsys, "calls", "list", "--db", filled)

    assert status == 1
    assert "--new-database" in err
    assert filled.stat().st_size == 0
    status, out, _ = run(capsys, "calls", "list", "--json", "--new-database", "--db", filled)
    assert status == 0
    assert out.strip() == "[]"


def test_an_internal_error_is_one_sentence_not_a_traceback(capsys, monkeypatch, db):
    from mysterycaller.cli import maintenance_commands

    def broken(_args):
        raise TypeError("a bug with 'Frau Privat' in its message")

    monkeypatch.setattr(maintenance_commands, "check", broken)
    monkeypatch.delenv("MYSTERYCALLER_TRACEBACK", raising=False)
    from mysterycaller.cli import build_parser

    parser = build_parser()
    args = parser.parse_args(["db", "check"])
    assert args.handler is not None
    monkeypatch.setattr("mysterycaller.cli.build_parser", lambda: _Patched(parser, broken))

    status, _, err = run(capsys, "db", "check", "--db", db)

    assert status == 1
    assert "internal error (TypeError)" in err
    assert "Frau Privat" not in err


class _Patched:
    def __init__(self, parser, handler):
        self.parser = parser
        self.handler = handler

    def parse_args(self, argv):
        args = self.parser.parse_args(argv)
        args.handler = self.handler
        return args
