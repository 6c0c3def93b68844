"""SQLite specifics: connection set-up, looking into a file without changing it, online backups.

Everything here is about SQLite files; the rest of the persistence layer stays portable.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

SQLITE_HEADER = b"SQLite format 3\x00"


class NotSQLiteError(Exception):
    """The file exists but is not a SQLite database (or is damaged beyond reading)."""


#: How long a connection waits for another one's lock before the write fails as "locked".
BUSY_TIMEOUT_MS = 5000

#: Execution option of the engine behind read-only sessions: their BEGIN takes no write lock.
READ_ONLY_OPTION = "mysterycaller_read_only"


def configure_engine(engine: Engine) -> None:
    """Set the pragmas on every new connection and make BEGIN (and so DDL) transactional."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's legacy mode skips BEGIN before DDL, which would leave a failed migration
        # half applied; we take over transaction control (SQLAlchemy's SQLite dialect docs).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            # busy_timeout first, so that switching to WAL waits for other connections.
            cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
            cursor.execute("PRAGMA journal_mode=WAL").fetchall()
            cursor.execute("PRAGMA synchronous=FULL")
            # Has no effect inside a transaction, hence here, before any BEGIN.
            cursor.execute("PRAGMA foreign_keys=ON")
            # Deleted and overwritten text (notes, agent names) is zeroed, not left in free pages.
            cursor.execute("PRAGMA secure_delete=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
            return
        # IMMEDIATE takes the write lock up front, so a second writer (the CLI beside the GUI)
        # waits out busy_timeout instead of failing with SQLITE_BUSY halfway through.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def looks_like_sqlite(path: Path) -> bool:
    """True if the file starts with the SQLite header (or is empty, which SQLite accepts)."""
    with path.open("rb") as file:
        head = file.read(len(SQLITE_HEADER))
    return head in (b"", SQLITE_HEADER)


def read_revisions(path: Path) -> set[str] | None:
    """The Alembic revisions recorded in an existing file, read-only; None for an empty database.

    Raises NotSQLiteError for a file SQLite cannot read and for a SQLite database that holds
    tables but no ``alembic_version`` (some other program's database).
    Other failures (locked, unreadable) are raised as they are, for the caller to classify:
    a locked database is not a damaged one.
    """
    if not looks_like_sqlite(path):
        raise NotSQLiteError(str(path))
    # Read-only, so a refused file stays byte-identical.
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise NotSQLiteError("it holds tables, but not those of Mystery Caller")
            return None
        return {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            raise NotSQLiteError(str(error)) from error
        raise
    finally:
        connection.close()


def is_damage(error: sqlite3.Error) -> bool:
    """True for the errors SQLite gives for a damaged file (not for locks or permissions)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    return (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in text
        or "not a database" in text
    )


def quick_check(connection: sqlite3.Connection, *, full: bool = False) -> list[str]:
    """SQLite's ``quick_check`` (or ``integrity_check`` with ``full``): empty when healthy."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return [str(error)]
        raise
    return [] if rows == ["ok"] else rows


def backup_connection(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database consistently to ``target``, via a temporary file and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        destination = sqlite3.connect(temp)
        try:
            source.backup(destination)
            # A self-contained file: no -wal/-shm needed to read the copy elsewhere.
            destination.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            destination.close()
        with temp.open("rb+") as file:
            os.fsync(file.fileno())
        os.replace(temp, target)
        _sync_directory(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def copy_file_bytes(source: Path, target: Path) -> None:
    """Copy a database file and its write-ahead log byte for byte (for a damaged database)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        part = Path(f"{source}{suffix}")
        if part.exists():
            shutil.copyfile(part, Path(f"{target}{suffix}"))


def backup_file(source: Path, target: Path) -> None:
    """Copy the SQLite database at ``source`` to ``target`` with the online backup API."""
    connection = sqlite3.connect(source)
    try:
        backup_connection(connection, target)
    finally:
        connection.close()


def _sync_directory(folder: Path) -> None:
    # Makes the rename durable on POSIX; Windows cannot open directories, and needs no such step.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
