"""Opening the database: engine set-up, migrations with a backup first, transactions, checks."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from mysterycaller.persistence import backups, faults, sqlite_files
from mysterycaller.persistence.faults import DatabaseError, StoreFault
from mysterycaller.persistence.sqlite_files import READ_ONLY_OPTION

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest schema revision; keep in step with migrations/versions (a test checks it). Known
#: here so that opening an up-to-date database never has to import Alembic.
HEAD_REVISION = "0002"

MIGRATIONS = Path(__file__).with_name("migrations")


#: Any failure of a query or a commit (a locked or full disk, a broken connection). Layers
#: above persistence catch this name and never import SQLAlchemy themselves. Failures inside
#: ``transaction`` and ``reading`` arrive as ``StoreFault`` (a subclass), whose message is one
#: sentence for the user and whose ``fault`` code tells the GUI what happened.
StoreError = sa_exc.SQLAlchemyError

__all__ = ["Database", "DatabaseError", "DatabaseTooNewError", "StoreError", "StoreFault"]


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

    def __init__(
        self, engine: Engine, path: Path | None = None, *, damage: StoreFault | None = None
    ) -> None:
        self.engine = engine
        #: The SQLite file, or None for a server database.
        self.path = path
        #: Why the database is read-only (damaged, with the newest good backup), or None.
        self.damage = damage
        #: The copy ``open`` made before upgrading the schema, if it made one.
        self.backup_path: Path | None = None
        #: Why today's automatic backup could not be written, or None.
        self.backup_problem: StoreFault | None = None
        #: Device and inode of the file as opened: a write into a deleted or replaced file
        #: would be lost, so every write transaction checks them first.
        self._identity = faults.file_identity(path) if path is not None else None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Reads begin without taking the write lock: in WAL mode they see one consistent state
        # while a live call keeps committing beside them.
        self._read_sessions = sessionmaker(
            engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )

    @classmethod
    def open(cls, path: Path, *, new_database: bool = False, daily_backup: bool = True) -> Database:
        """Open (creating or upgrading as needed) the SQLite database at ``path``.

        A missing or empty file where backups show a database used to be is refused
        (``StoreFault`` "missing") unless ``new_database``. The file is checked with SQLite's
        ``quick_check``; a damaged one is opened read-only (``damage`` says why, every write
        transaction is refused). An existing healthy one gets today's backup (``daily_backup``).
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise faults.classify(error, path) from error
        size = path.stat().st_size if path.exists() else 0
        if size == 0 and not new_database and backups.had_database(path):
            raise StoreFault(faults.MISSING, path, backup=backups.backup_folder(path))
        revisions: set[str] | None = None
        backup: Path | None = None
        damage: StoreFault | None = None
        if size > 0:
            try:
                revisions = sqlite_files.read_revisions(path)
            except sqlite_files.NotSQLiteError as error:
                if not backups.had_database(path):
                    raise StoreFault(faults.NOT_OURS, path) from error
                damage = _damaged(path)
            except sqlite3.Error as error:
                raise faults.classify(error, path) from error
        if damage is None and revisions and revisions != {HEAD_REVISION}:
            _refuse_unknown(revisions, str(path))
            # Before touching the file, keep a copy of what the user had.
            (old,) = sorted(revisions)
            backup = path.with_name(f"{path.name}.before-{old}.bak")
            try:
                sqlite_files.backup_file(path, backup)
            except (OSError, sqlite3.Error) as error:
                if isinstance(error, sqlite3.Error) and sqlite_files.is_damage(error):
                    damage = _damaged(path)
                else:
                    raise faults.classify(error, path) from error
        engine = make_engine(URL.create("sqlite", database=str(path)))
        try:
            if damage is None and size > 0:
                damage = _quick_check(engine, path)
            if damage is None and revisions != {HEAD_REVISION}:
                _upgrade(engine)
            database = cls(engine, path, damage=damage)
            if damage is None:
                database.backup_path = backup
            if size == 0:
                with contextlib.suppress(OSError):  # without the mark, only the guard is lost
                    backups.mark_created(path)
            elif damage is None and daily_backup:
                # Only of what was there before this session: never an empty first copy.
                database.daily_backup(date.today())
        except sa_exc.DBAPIError as error:
            engine.dispose()
            fault = faults.classify(error, path)
            if fault.fault == faults.DAMAGED:
                return cls(
                    make_engine(URL.create("sqlite", database=str(path))),
                    path,
                    damage=_damaged(path),
                )
            raise fault from error
        except BaseException:
            engine.dispose()
            raise
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
            raise faults.classify(error, None) from error
        return cls(engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session for one short transaction: committed on success, rolled back on error.

        Refused with a ``StoreFault`` before anything is written when the database is damaged
        or its file was deleted, replaced or emptied since it was opened; a failure of SQLite
        itself arrives as a ``StoreFault`` too.
        """
        if self.damage is not None:
            raise self.damage
        self.check_file()
        with self._session_of(self._sessions) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads (reports, lists, exports), however long it takes.

        It never holds the write lock, so a tester's clicks are saved at once beside it. Writing
        through it is a bug; SQLite refuses it only when another writer is active.
        """
        with self._session_of(self._read_sessions) as session:
            yield session

    @contextmanager
    def _session_of(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        """One transaction of ``sessions``; failures of the file arrive as a ``StoreFault``."""
        try:
            with sessions.begin() as session:
                yield session
        except (sa_exc.IntegrityError, sqlite3.IntegrityError):
            raise  # a broken constraint is the caller's bug, not a fault of the file
        except (sa_exc.DBAPIError, sqlite3.Error) as error:
            raise self._fault(error) from error

    def check_file(self) -> None:
        """Raise a ``StoreFault`` if the file is no longer the one opened (or was emptied)."""
        if self.path is None:
            return
        if self._identity is None:
            # Created empty by this process: remember it once SQLite has written it.
            self._identity = faults.file_identity(self.path)
            return
        fault = faults.identity_fault(self.path, self._identity)
        if fault is not None:
            raise fault

    def _fault(self, error: BaseException) -> StoreFault:
        if self.path is not None:
            gone = faults.identity_fault(self.path, self._identity)
            if gone is not None:
                return gone
        fault = faults.classify(error, self.path)
        if fault.fault == faults.DAMAGED and self.path is not None:
            fault = _damaged(self.path)
        return fault

    def check(self) -> list[str]:
        """Problems found by SQLite's own checks and the schema revision; empty when healthy."""
        problems: list[str] = []
        try:
            with self.engine.connect() as connection:
                if self.engine.dialect.name == "sqlite":
                    raw = connection.connection.driver_connection
                    assert isinstance(raw, sqlite3.Connection)
                    rows = sqlite_files.quick_check(raw, full=True)
                    problems.extend(f"integrity: {row}" for row in rows)
                    if rows:
                        return problems
                    for table, rowid, parent, _ in connection.exec_driver_sql(
                        "PRAGMA foreign_key_check"
                    ):
                        problems.append(
                            f"foreign key: row {rowid} of {table} refers to a missing row "
                            f"of {parent}"
                        )
                revisions = current_revisions(connection)
        except (sa_exc.DBAPIError, sqlite3.Error) as error:
            fault = self._fault(error)
            if fault.fault != faults.DAMAGED:
                raise fault from error
            return [*problems, f"integrity: {fault.detail or 'the file is damaged'}"]
        if revisions != {HEAD_REVISION}:
            found = ", ".join(sorted(revisions)) or "none"
            problems.append(f"schema revision is {found}, expected {HEAD_REVISION}")
        return problems

    def backup(self, target: Path, *, force: bool = False) -> None:
        """Write a consistent copy of the database to ``target``, even while it is in use.

        A damaged database is not copied (a copy of damage is no backup) unless ``force``.
        """
        if self.engine.dialect.name != "sqlite":
            raise DatabaseError("Backups are made with the database server's own tools.")
        if self.damage is not None and not force:
            raise DatabaseError(
                f"The database {self.path} is damaged, so a copy of it would be no backup; "
                "nothing was written (use --force to copy it anyway)."
            )
        try:
            if self.damage is not None and self.path is not None:
                # SQLite's backup stops at the first damaged page: copy the bytes as they are.
                sqlite_files.copy_file_bytes(self.path, Path(target))
                return
            with self.engine.connect() as connection:
                raw = connection.connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                sqlite_files.backup_connection(raw, Path(target))
        except OSError as error:
            fault = faults.classify(error, Path(target))
            raise DatabaseError(f"Could not write the backup {target}: {fault}") from error
        except (sa_exc.DBAPIError, sqlite3.Error) as error:
            raise self._fault(error) from error

    def daily_backup(self, today: date) -> Path | None:
        """Today's rotating backup, unless one exists (see ``persistence.backups``).

        Best effort: a backup that cannot be written (a full disk, a read-only folder) must not
        stop the work; ``backup_problem`` keeps why, and the next start tries again.
        """
        if self.path is None or self.damage is not None:
            return None
        try:
            with self.engine.connect() as connection:
                raw = connection.connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                return backups.daily_backup(raw, self.path, today)
        except (OSError, sqlite3.Error, sa_exc.DBAPIError) as error:
            self.backup_problem = faults.classify(error, self.path)
            return None

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


def _damaged(path: Path) -> StoreFault:
    return StoreFault(faults.DAMAGED, path, backup=backups.newest_good_backup(path))


def _quick_check(engine: Engine, path: Path) -> StoreFault | None:
    """The damage SQLite's quick check finds (or that stops it), else None."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        problems = sqlite_files.quick_check(raw)
    return _damaged(path) if problems else None


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
