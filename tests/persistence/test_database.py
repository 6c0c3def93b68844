"""Opening, migrating, checking and backing up the database file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from mysterycaller.persistence import sqlite_files
from mysterycaller.persistence.database import (
    HEAD_REVISION,
    Database,
    DatabaseError,
    DatabaseTooNewError,
    default_database_path,
    known_revisions,
)


def test_default_path_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("MYSTERYCALLER_DB", str(tmp_path / "x.sqlite3"))
    assert default_database_path() == tmp_path / "x.sqlite3"


def test_default_path_is_in_user_data_folder(private_home):
    path = default_database_path()
    assert path.name == "mysterycaller.sqlite3"
    assert path.is_relative_to(private_home)


def test_new_database_is_made_by_the_migrations(db):
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
        tables = set(
            connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        )
    assert {"campaigns", "campaign_versions", "calls", "attempts", "results", "notes"} <= tables
    assert "call_log" in tables


def test_head_revision_constant_matches_migrations():
    from alembic.script import ScriptDirectory

    from mysterycaller.persistence.database import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [HEAD_REVISION]
    assert HEAD_REVISION in known_revisions()


def test_pragmas_on_every_connection(db):
    # Two raw connections held at once are two distinct DB-API connections from the pool
    # (outside a transaction: BEGIN IMMEDIATE would make the second wait for the first).
    first, second = db.engine.raw_connection(), db.engine.raw_connection()
    try:
        for connection in (first, second):
            pragma = lambda name, c=connection: c.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("synchronous") == 2
            assert pragma("busy_timeout") == 5000
    finally:
        first.close()
        second.close()


def test_failed_transaction_writes_nothing(db, campaign_document):
    from mysterycaller.persistence.campaigns import CampaignStore

    with pytest.raises(RuntimeError), db.transaction() as session:
        CampaignStore(session).save(campaign_document)
        raise RuntimeError("boom")
    with db.transaction() as session:
        assert CampaignStore(session).list() == []


def test_failed_statement_rolls_back_earlier_writes(db, campaign_document):
    from sqlalchemy.exc import IntegrityError

    from mysterycaller.persistence.campaigns import CampaignStore

    with pytest.raises(IntegrityError), db.transaction() as session:
        CampaignStore(session).save(campaign_document)
        session.execute(
            text(
                "INSERT INTO notes (id, call_id, position, text) VALUES "
                "('0', 'no-such-call', 0, 'x')"
            )
        )
    with db.transaction() as session:
        assert CampaignStore(session).list() == []


def test_ddl_is_transactional(db):
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.execute(text("CREATE TABLE scratch (x INTEGER)"))
        raise RuntimeError("boom")
    with db.engine.connect() as connection:
        names = connection.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
    assert "scratch" not in names


def test_reopening_a_current_database_needs_no_backup(tmp_path):
    path = tmp_path / "db.sqlite3"
    Database.open(path).close()
    Database.open(path).close()
    assert not list(tmp_path.glob("*.bak"))


def test_unknown_revision_is_refused_and_file_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as raised:
        Database.open(path)
    assert str(path) in str(raised.value)
    assert "9999" in str(raised.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("just some text, not SQLite\n" * 20)
    with pytest.raises(DatabaseError) as raised:
        Database.open(path)
    assert not isinstance(raised.value, DatabaseTooNewError)
    assert str(path) in str(raised.value)


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    connection.close()
    with pytest.raises(DatabaseError, match="not a Mystery Caller database"):
        Database.open(path)


def test_backup_helper_copies_a_database(tmp_path):
    source = tmp_path / "source.sqlite3"
    with sqlite3.connect(source) as connection:
        connection.execute("CREATE TABLE t (x INTEGER)")
        connection.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(100)])
    connection.close()
    target = tmp_path / "source.sqlite3.before-0000.bak"
    sqlite_files.backup_file(source, target)
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM t").fetchone() == (100,)
    copy.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_check_is_healthy_on_a_new_database(db):
    assert db.check() == []


def test_check_reports_a_wrong_revision(db):
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    assert any("revision" in problem for problem in db.check())


def test_backup_produces_an_openable_copy(db, saved_campaign, tmp_path):
    from mysterycaller.persistence.campaigns import CampaignStore

    target = tmp_path / "copies" / "backup.sqlite3"
    # While a read transaction is open: the copy must still be consistent.
    with db.transaction() as session:
        CampaignStore(session).list()
        db.backup(target)
    copy = Database.open(target)
    try:
        assert copy.check() == []
        with copy.transaction() as session:
            assert [s.id for s in CampaignStore(session).list()] == [saved_campaign["id"]]
    finally:
        copy.close()


def test_open_url_with_sqlite_file(tmp_path):
    database = Database.open_url(f"sqlite:///{tmp_path / 'u.sqlite3'}")
    try:
        assert database.path == tmp_path / "u.sqlite3"
        assert database.check() == []
    finally:
        database.close()


def test_migrations_match_the_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mysterycaller.persistence.models import Base

    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"render_as_batch": True, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_backs_up_an_older_database(tmp_path):
    from alembic import command

    from mysterycaller.persistence.database import alembic_config, make_engine

    path = tmp_path / "db.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    upgraded = Database.open(path)
    assert upgraded.check() == []
    upgraded.close()
    backup = tmp_path / "db.sqlite3.before-0001.bak"
    assert backup.exists()
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()


def test_migrations_run_with_foreign_keys_off_and_keep_every_child_row(tmp_path, monkeypatch):
    """A batch migration copies and drops tables: with foreign keys on, the drop would cascade."""
    from alembic import command

    from mysterycaller.persistence.database import alembic_config, make_engine

    path = tmp_path / "db.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    with sqlite3.connect(path) as raw:  # a call with a child row, as a user's database has
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute(
            "INSERT INTO campaigns VALUES ('c1', 'C', 'K', 'de', '2026-01-01', '2026-01-01')"
        )
        raw.execute("INSERT INTO campaign_versions VALUES ('v1', 'c1', 1, '{}', 'x', '2026-01-01')")
        raw.execute(
            "INSERT INTO calls (id, campaign_id, campaign_version_id, scenario_id, target_id, "
            "tester, status, started_at, utc_offset_minutes, reached, knocked_out, "
            "section_scores) VALUES ('k1', 'c1', 'v1', 's', 't', 'T', 'completed', "
            "'2026-01-01', 60, 1, 0, '{}')"
        )
        raw.execute("INSERT INTO results VALUES ('k1', 'a1', 'true', 0, 1.0)")
    raw.close()

    seen = []
    real_upgrade = command.upgrade

    def upgrade(config, revision):
        connection = config.attributes["connection"]
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())
        # What Alembic's batch mode does to a parent table: copy, drop the original, rename.
        create = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'calls'"
        ).scalar()
        connection.exec_driver_sql(create.replace("calls", "_alembic_tmp_calls", 1))
        connection.exec_driver_sql("INSERT INTO _alembic_tmp_calls SELECT * FROM calls")
        connection.exec_driver_sql("DROP TABLE calls")
        connection.exec_driver_sql("ALTER TABLE _alembic_tmp_calls RENAME TO calls")
        real_upgrade(config, revision)

    monkeypatch.setattr(command, "upgrade", upgrade)
    database = Database.open(path)
    assert seen == [0]
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM results").fetchone() == (1,)
    raw.close()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.close()


def test_creates_parent_folders(tmp_path):
    path = tmp_path / "a" / "b" / "db.sqlite3"
    Database.open(path).close()
    assert path.exists()


@pytest.mark.parametrize("name", ["empty.sqlite3"])
def test_empty_file_becomes_a_new_database(tmp_path, name):
    path: Path = tmp_path / name
    path.touch()
    database = Database.open(path)
    try:
        assert database.check() == []
    finally:
        database.close()


def test_a_long_read_never_blocks_a_click_being_saved(db, campaign_document):
    """A report reading for seconds must not hold the lock a live call's commit needs."""
    from mysterycaller.persistence.campaigns import CampaignStore

    with db.reading() as report:
        assert CampaignStore(report).list() == []  # the read has begun and holds its snapshot
        with db.transaction() as click:  # would wait out busy_timeout, then fail, if blocked
            CampaignStore(click).save(campaign_document)
        assert CampaignStore(report).list() == []  # one consistent state for the whole read
    with db.reading() as later:
        assert len(CampaignStore(later).list()) == 1
