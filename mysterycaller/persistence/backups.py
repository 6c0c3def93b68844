"""Backups that rotate on their own: one a day (the newest few kept), through SQLite's backup API.

They live in a folder beside the database, ``<name>.backups``. Their presence also tells the app
that a database used to be there, so a missing or emptied file is reported instead of silently
re-created.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

from mysterycaller.persistence import sqlite_files

#: How many daily backups are kept; older ones are deleted after a new one was written.
KEEP = 5
_SUFFIX = ".sqlite3"


def backup_folder(path: Path) -> Path:
    """Where the backups of the database ``path`` go."""
    return path.with_name(f"{path.name}.backups")


def backups(path: Path) -> list[Path]:
    """The daily backups of ``path``, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith("daily-") and p.suffix == _SUFFIX]
    return sorted(found, key=lambda p: p.name, reverse=True)


def had_database(path: Path) -> bool:
    """True when the backup folder (made with the database) shows one used to be at ``path``."""
    return backup_folder(path).is_dir() or any(path.parent.glob(f"{path.name}.before-*.bak"))


def mark_created(path: Path) -> None:
    """Make the backup folder of a new database: the mark that there is one from now on."""
    backup_folder(path).mkdir(exist_ok=True)


def daily_backup(connection: sqlite3.Connection, path: Path, today: date) -> Path | None:
    """Write today's backup of the open database unless there is one; drop the oldest ones.

    Returns the new backup, or None when today's already existed.
    """
    target = backup_folder(path) / f"daily-{today.isoformat()}{_SUFFIX}"
    if target.exists():
        return None
    sqlite_files.backup_connection(connection, target)
    for old in backups(path)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def newest_good_backup(path: Path) -> Path | None:
    """The newest backup that passes SQLite's quick check (daily ones, then pre-upgrade ones)."""
    candidates = backups(path) + sorted(
        path.parent.glob(f"{path.name}.before-*.bak"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for candidate in candidates:
        if _is_good(candidate):
            return candidate
    return None


def _is_good(candidate: Path) -> bool:
    try:
        if not sqlite_files.looks_like_sqlite(candidate) or candidate.stat().st_size == 0:
            return False
        connection = sqlite3.connect(f"{candidate.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        return sqlite_files.quick_check(connection) == []
    except sqlite3.Error:
        return False
    finally:
        connection.close()
