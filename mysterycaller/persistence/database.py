"""Opening the database: engine set-up, migrations with a backup first, transactions, checks."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from mysterycaller.persistence import sqlite_files
from mysterycaller.persistence.sqlite_files import READ_ONLY_OPTION

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest schema revision; keep in step with migrations/versions (a test checks it). Known
#: here so that opening an up-to-date database never has to import Alembic.
HEAD_REVISION = "0002"

MIGRATIONS = Path(__file__).with_name("migrations")


#: Any failure of a query or a commit (a locked or full disk, a broken connection). Layers
#: above persistence catch this name and never import SQLAlchemy themselves; its message is
#: technical, for the details below a sentence of the caller's own.
StoreError = sa_exc.SQLAlchemyError


class DatabaseError(Exception):
    """The database cannot be used; the message is meant for the user."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of the app."""


def default_database_path() -> Path:
    """Where the database lives: ``$MYSTERYCALLER_DB``, else the user data folder."""
    configured = os.environ.get("MYSTERYCALLER_DB")
    if configured:
        return Path(configured).expanduser()
    folder = platformdirs.user_data_path("MysteryCaller", appauthor=False)
    return folder / "mysterycaller.sqlite3"


def make_engine(url: str | URL) -> Engine:
    """An engine for ``url``; SQLite connections get the pragmas and transactional BEGIN."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        sqlite_files.configure_engine(engine)
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config  # costs 330 ms at import: only when migrating

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Every revision the packaged migrations know."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def current_revisions(connection: Connection) -> set[str]:
    """The revisions recorded in the database (empty when it has no ``alembic_version``)."""
    if not inspect(connection).has_table("alembic_version"):
        return set()
    return set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


class Database:
    """One database: an engine, its sessions and its upkeep (checks, backups)."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        #: The SQLite file, or None for a server database.
        self.path = path
        #: The copy ``open`` made before upgrading the schema, if it made one.
        self.backup_path: Path | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Reads begin without taking the write lock: in WAL mode they see one consistent state
        # while a live call keeps committing beside them.
        self._read_sessions = sessionmaker(
            engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )

    @classmethod
    def open(cls, path: Path) -> Database:
        """Open (creating or upgrading as needed) the SQLite database at ``path``."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        revisions: set[str] | None = None
        backup: Path | None = None
        if path.exists():
            try:
                revisions = sqlite_files.read_revisions(path)
            except sqlite_files.NotSQLiteError as error:
                raise DatabaseError(
                    f"{path} is damaged or not a Mystery Caller database ({error}); "
                    "restore it from a backup (mysterycaller db backup makes one)."
                ) from error
        if revisions and revisions != {HEAD_REVISION}:
            _refuse_unknown(revisions, str(path))
            # Before touching the file, keep a copy of what the user had.
            (old,) = sorted(revisions)
            backup = path.with_name(f"{path.name}.before-{old}.bak")
            try:
                sqlite_files.backup_file(path, backup)
            except (OSError, sqlite3.Error) as error:
                raise DatabaseError(
                    f"Could not back up {path} to {backup} before upgrading it: {error}"
                ) from error
        engine = make_engine(URL.create("sqlite", database=str(path)))
        try:
            if revisions != {HEAD_REVISION}:
                _upgrade(engine)
        except sa_exc.DBAPIError as error:
            engine.dispose()
            raise DatabaseError(f"Could not open the database {path}: {error.orig}") from error
        except BaseException:
            engine.dispose()
            raise
        database = cls(engine, path)
        database.backup_path = backup
        return database

    @classmethod
    def open_url(cls, url: str | URL) -> Database:
        """Open a database by SQLAlchemy URL (a SQLite file URL goes through ``open``)."""
        url = make_url(url)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return cls.open(Path(url.database))
        engine = make_engine(url)
        try:
            with engine.connect() as connection:
                revisions = current_revisions(connection)
            if revisions != {HEAD_REVISION}:
                _refuse_unknown(revisions, url.render_as_string(hide_password=True))
                _upgrade(engine)
        except sa_exc.DBAPIError as error:
            engine.dispose()
            raise DatabaseError(f"Could not open the database: {error.orig}") from error
        return cls(engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session for one short transaction: committed on success, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads (reports, lists, exports), however long it takes.

        It never holds the write lock, so a tester's clicks are saved at once beside it. Writing
        through it is a bug; SQLite refuses it only when another writer is active.
        """
        with self._read_sessions.begin() as session:
            yield session

    def check(self) -> list[str]:
        """Problems found by SQLite's own checks and the schema revision; empty when healthy."""
        problems: list[str] = []
        with self.engine.connect() as connection:
            if self.engine.dialect.name == "sqlite":
                rows = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
                if rows != ["ok"]:
                    problems.extend(f"integrity: {row}" for row in rows)
                for table, rowid, parent, _ in connection.exec_driver_sql(
                    "PRAGMA foreign_key_check"
                ):
                    problems.append(
                        f"foreign key: row {rowid} of {table} refers to a missing row of {parent}"
                    )
            revisions = current_revisions(connection)
        if revisions != {HEAD_REVISION}:
            found = ", ".join(sorted(revisions)) or "none"
            problems.append(f"schema revision is {found}, expected {HEAD_REVISION}")
        return problems

    def backup(self, target: Path) -> None:
        """Write a consistent copy of the database to ``target``, even while it is in use."""
        if self.engine.dialect.name != "sqlite":
            raise DatabaseError("Backups are made with the database server's own tools.")
        with self.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            try:
                sqlite_files.backup_connection(raw, Path(target))
            except (OSError, sqlite3.Error) as error:
                raise DatabaseError(f"Could not write the backup {target}: {error}") from error

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _refuse_unknown(revisions: set[str], where: str) -> None:
    unknown = revisions - known_revisions()
    if unknown or len(revisions) > 1:
        found = ", ".join(sorted(unknown or revisions))
        raise DatabaseTooNewError(
            f"The database {where} has schema revision {found}, which this version of "
            f"Mystery Caller does not know (it knows up to {HEAD_REVISION}). "
            "It was probably written by a newer version; please update Mystery Caller."
        )


def _upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        raw = connection.connection.driver_connection
        if sqlite and raw is not None:
            # A batch migration rebuilds a table by copy, drop and rename; with foreign keys on,
            # the drop would cascade and delete every call's attempts, results and notes. The
            # pragma only takes effect outside a transaction: on the driver's connection, before
            # SQLAlchemy begins one.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            # One transaction for the whole upgrade: a failure leaves the previous schema intact.
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(f"the upgrade broke {len(broken)} references")
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
