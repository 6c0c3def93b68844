"""Faults of the database file: each classified with its own advice, none written into nowhere."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from mysterycaller.persistence import backups, faults, sqlite_files
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database, StoreError
from mysterycaller.persistence.faults import StoreFault


def _write(database: Database, document) -> None:
    with database.transaction() as session:
        CampaignStore(session).save(document)


def _corrupt(path: Path) -> None:
    """Overwrite the headers of every second page after the first (the schema page survives)."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    with path.open("r+b") as file:
        for page in range(2, pages, 2):
            file.seek(page * page_size)
            file.write(b"\xff" * 16)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "db.sqlite3"


@pytest.fixture
def filled(path: Path, campaign_document) -> Path:
    """A database with a campaign, closed, and opened once more so that it has a backup."""
    with Database.open(path) as database:
        _write(database, campaign_document)
    Database.open(path).close()
    return path


def test_a_write_after_the_file_was_deleted_is_refused_not_lost(path, campaign_document):
    database = Database.open(path)
    try:
        path.unlink()
        with pytest.raises(StoreFault) as raised:
            _write(database, campaign_document)
        assert raised.value.fault == faults.FILE_DELETED
        assert "deleted" in str(raised.value)
        assert "backup" not in str(raised.value)
    finally:
        database.close()


def test_a_write_after_the_file_was_replaced_is_refused(path, tmp_path, campaign_document):
    database = Database.open(path)
    try:
        other = tmp_path / "other.sqlite3"
        Database.open(other).close()
        os.replace(other, path)
        with pytest.raises(StoreFault) as raised:
            _write(database, campaign_document)
        assert raised.value.fault == faults.FILE_REPLACED
        # A StoreError as well: the call screen's existing handling catches it.
        assert isinstance(raised.value, StoreError)
    finally:
        database.close()


def test_a_write_after_the_file_was_truncated_is_refused(path, campaign_document):
    database = Database.open(path)
    try:
        os.truncate(path, 0)
        with pytest.raises(StoreFault) as raised:
            _write(database, campaign_document)
        assert raised.value.fault == faults.FILE_TRUNCATED
    finally:
        database.close()


def test_an_emptied_database_is_reported_not_silently_recreated(filled):
    os.truncate(filled, 0)

    with pytest.raises(StoreFault) as raised:
        Database.open(filled)

    assert raised.value.fault == faults.MISSING
    assert "--new-database" in str(raised.value)
    assert filled.stat().st_size == 0


def test_a_missing_database_is_reported_unless_a_new_one_is_asked_for(filled):
    filled.unlink()
    with pytest.raises(StoreFault, match="missing"):
        Database.open(filled)
    assert not filled.exists()

    with Database.open(filled, new_database=True) as database, database.reading() as session:
        assert CampaignStore(session).list() == []


def test_a_first_database_is_created_without_asking(path):
    with Database.open(path) as database:
        assert database.damage is None
    assert backups.had_database(path)


def test_a_damaged_database_opens_read_only_and_names_the_newest_good_backup(
    filled, campaign_document
):
    _corrupt(filled)

    database = Database.open(filled)
    try:
        assert database.damage is not None
        assert database.damage.fault == faults.DAMAGED
        good = backups.backups(filled)[0]
        assert database.damage.backup == good
        assert str(good) in str(database.damage)
        with pytest.raises(StoreFault, match="damaged"):
            _write(database, {**campaign_document, "id": "3f0c7f4e-0000-4000-8000-000000000001"})
        with pytest.raises(Exception, match="no backup"):
            database.backup(filled.with_name("copy.sqlite3"))
        assert not filled.with_name("copy.sqlite3").exists()
        database.backup(filled.with_name("copy.sqlite3"), force=True)
        assert any(problem.startswith("integrity") for problem in database.check())
    finally:
        database.close()


def test_a_damaged_database_gets_no_daily_backup(filled):
    _corrupt(filled)
    with Database.open(filled):
        pass
    Database.open(filled).close()
    assert all(backups._is_good(p) for p in backups.backups(filled))


def test_daily_backups_rotate(path, campaign_document):
    with Database.open(path) as database:
        _write(database, campaign_document)
        first = date(2026, 1, 1)
        for day in range(backups.KEEP + 3):
            assert database.daily_backup(first + timedelta(days=day)) is not None
        assert database.daily_backup(first) is None or len(backups.backups(path)) <= backups.KEEP
    kept = backups.backups(path)
    assert len(kept) == backups.KEEP
    assert kept[0].name == f"daily-{(first + timedelta(days=backups.KEEP + 2)).isoformat()}.sqlite3"


def _hold_lock(path: Path, *, exclusive_mode: bool = False) -> subprocess.Popen[str]:
    """Another process holding the write lock (with ``exclusive_mode``, readers too)."""
    code = (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        + ("c.execute('PRAGMA locking_mode=EXCLUSIVE')\n" if exclusive_mode else "")
        + "c.execute('BEGIN EXCLUSIVE')\n"
        "c.execute('CREATE TABLE IF NOT EXISTS lock_scratch (x)')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


@pytest.fixture
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT_MS", 100)


@pytest.mark.usefixtures("short_busy_timeout")
def test_opening_a_database_locked_by_another_process_says_locked_not_damaged(filled):
    holder = _hold_lock(filled, exclusive_mode=True)
    try:
        with pytest.raises(StoreFault) as raised:
            Database.open(filled)
    finally:
        holder.communicate("")
    fault = raised.value
    assert fault.fault == faults.LOCKED
    assert f"process {holder.pid}" in str(fault)
    assert "backup" not in str(fault) and "damaged" not in str(fault)


@pytest.mark.usefixtures("short_busy_timeout")
def test_a_write_while_another_process_holds_the_lock_says_locked(filled, campaign_document):
    database = Database.open(filled)
    try:
        holder = _hold_lock(filled)
        try:
            with pytest.raises(StoreFault) as raised:
                _write(database, {**campaign_document, "name": "changed"})
        finally:
            holder.communicate("")
        assert raised.value.fault == faults.LOCKED
        assert "try again" in str(raised.value)
    finally:
        database.close()


@pytest.mark.parametrize(
    ("message", "name", "fault"),
    [
        ("database or disk is full", "SQLITE_FULL", faults.DISK_FULL),
        ("attempt to write a readonly database", "SQLITE_READONLY", faults.READ_ONLY),
        ("database disk image is malformed", "SQLITE_CORRUPT", faults.DAMAGED),
        ("database is locked", "SQLITE_BUSY", faults.LOCKED),
        ("something odd", "SQLITE_MISMATCH", faults.OTHER),
    ],
)
def test_each_sqlite_error_has_its_own_fault_and_no_sql(tmp_path, message, name, fault):
    error = sqlite3.OperationalError(message)
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"x")

    found = faults.classify(error, path)

    assert found.fault == fault
    assert ("backup" in str(found)) == (fault == faults.DAMAGED)
    assert "INSERT" not in str(found) and "SELECT" not in str(found)


def test_secure_delete_leaves_no_trace_of_overwritten_or_deleted_text(path, monkeypatch):
    from sqlalchemy import event

    from mysterycaller.persistence import database as database_module

    real_make_engine = database_module.make_engine

    def make_engine_like_a_plain_sqlite_build(url):
        # This SQLite is built with secure delete on; most are not. Start every connection
        # with it off, as they would, so only the app's own pragma can turn it on.
        engine = real_make_engine(url)
        event.listen(
            engine,
            "connect",
            lambda raw, _record: raw.execute("PRAGMA secure_delete=OFF"),
            insert=True,
        )
        return engine

    monkeypatch.setattr(database_module, "make_engine", make_engine_like_a_plain_sqlite_build)
    secret = "Frau Geheimname-Zwiebelkuchen"
    with Database.open(path) as database:
        with database.transaction() as session:
            session.connection().exec_driver_sql("CREATE TABLE scratch (t TEXT)")
            session.connection().exec_driver_sql(
                "INSERT INTO scratch VALUES (?), (?)", (secret + " 1", secret + " 2")
            )
        with database.transaction() as session:
            session.connection().exec_driver_sql(
                "UPDATE scratch SET t = 'x' WHERE t = ?", (secret + " 1",)
            )
            session.connection().exec_driver_sql("DELETE FROM scratch")
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    with sqlite3.connect(path) as raw:  # the last connection closed: checkpoint what is left
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )
    assert secret.encode() not in data
