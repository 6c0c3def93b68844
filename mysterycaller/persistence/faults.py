"""What went wrong with the database file, in one sentence the user can act on.

Every failure of SQLite (or of the file under it) becomes a ``StoreFault`` with a ``fault`` code:
locked, read-only, disk full, damaged, the file deleted/replaced/truncated under the app, a
database missing where one used to be, or other. Each has its own advice; only damage ever
suggests a backup. No message carries SQL, parameters or call data: they are built from the
error's code and the file's path alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from sqlalchemy import exc as sa_exc

LOCKED = "locked"
READ_ONLY = "read_only"
DISK_FULL = "disk_full"
DAMAGED = "damaged"
FILE_DELETED = "file_deleted"
FILE_REPLACED = "file_replaced"
FILE_TRUNCATED = "file_truncated"
MISSING = "missing"
NOT_OURS = "not_ours"
OTHER = "other"

FAULTS = (
    LOCKED,
    READ_ONLY,
    DISK_FULL,
    DAMAGED,
    FILE_DELETED,
    FILE_REPLACED,
    FILE_TRUNCATED,
    MISSING,
    NOT_OURS,
    OTHER,
)

_LOCKED_CODES = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_READ_ONLY_CODES = {"SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH"}
_FULL_CODES = {"SQLITE_FULL"}
_DAMAGED_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


class DatabaseError(Exception):
    """The database cannot be used; the message is meant for the user."""


class StoreFault(DatabaseError, sa_exc.SQLAlchemyError):
    """A classified failure of the database file (also a ``StoreError`` for existing callers).

    ``fault`` is one of ``FAULTS``; the GUI turns it and the fields below into a sentence of
    its own language, the command line prints ``str(fault)``.
    """

    def __init__(
        self,
        fault: str,
        path: Path | None,
        *,
        process: str | None = None,
        needed: int | None = None,
        backup: Path | None = None,
        detail: str | None = None,
        place: tuple[str, str] | None = None,
    ):
        self.fault = fault
        self.path = path
        #: The process holding the lock, e.g. "mysterycaller (pid 4711)", when known.
        self.process = process
        #: Bytes to free on the disk, when known.
        self.needed = needed
        #: The newest good backup, offered for damage only.
        self.backup = backup
        #: A short technical word (an SQLite error name), never SQL or data.
        self.detail = detail
        #: For read-only: what refuses writing, (kind of ``READ_ONLY_PHRASES``, path).
        self.place = place
        super().__init__(self.sentence())

    def read_only_phrase(self) -> str:
        if self.place is None:
            return "it is read-only"
        kind, where = self.place
        return READ_ONLY_PHRASES[kind].format(where)

    def sentence(self) -> str:
        """The English sentence the command line prints."""
        where = str(self.path) if self.path is not None else "the database"
        folder = str(self.path.parent) if self.path is not None else "its folder"
        if self.fault == LOCKED:
            holder = f" by {self.process}" if self.process else " by another program"
            return (
                f"The database {where} is locked{holder}; nothing was changed. "
                "Wait for it to finish (or close it) and try again."
            )
        if self.fault == READ_ONLY:
            return (
                f"The database {where} cannot be written: {self.read_only_phrase()}; "
                "nothing was changed. Make it writable (or choose another file with --db)."
            )
        if self.fault == DISK_FULL:
            need = f" at least {_megabytes(self.needed)}" if self.needed else " some space"
            return (
                f"The disk holding {folder} is full; nothing was changed. "
                f"Free{need} there and try again."
            )
        if self.fault == DAMAGED:
            advice = (
                f"the newest good backup is {self.backup}; copy it over the damaged file "
                "after closing Mystery Caller"
                if self.backup is not None
                else "no good backup was found; `mysterycaller db check` lists the damage"
            )
            return (
                f"The database {where} is damaged and was opened read-only, "
                f"so nothing can be saved; {advice}."
            )
        if self.fault == FILE_DELETED:
            return (
                f"The database {where} was deleted while Mystery Caller was using it; "
                "nothing more was saved. Restart Mystery Caller to find out what is there."
            )
        if self.fault == FILE_REPLACED:
            return (
                f"The database {where} was replaced by another file while Mystery Caller was "
                "using it; nothing more was saved. Restart Mystery Caller to open the new file."
            )
        if self.fault == FILE_TRUNCATED:
            return (
                f"The database {where} was emptied (truncated) while Mystery Caller was using "
                "it; nothing more was saved."
            )
        if self.fault == MISSING:
            return (
                f"The database {where} is missing or empty, but Mystery Caller had one there "
                f"(its backups are in {self.backup or folder}). Put the file back, or start "
                "a new, empty database on purpose (command line: --new-database)."
            )
        if self.fault == NOT_OURS:
            return f"The file {where} is not a Mystery Caller database; nothing was changed."
        detail = f" ({self.detail})" if self.detail else ""
        return f"The database {where} could not be used{detail}; nothing was changed."


def classify(error: BaseException, path: Path | None, *, backup: Path | None = None) -> StoreFault:
    """The fault behind ``error`` (a SQLAlchemy, sqlite3 or OS error) for the file ``path``."""
    if isinstance(error, StoreFault):
        return error
    original = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    if isinstance(original, OSError):
        return _classify_os(original, path)
    name = getattr(original, "sqlite_errorname", None) or ""
    base = name.split("_", 2)
    primary = "_".join(base[:2]) if len(base) >= 2 else name
    text = str(original).lower()
    if primary in _LOCKED_CODES or "locked" in text:
        return StoreFault(LOCKED, path, process=lock_holder(path), detail=name or None)
    if primary in _FULL_CODES or "disk is full" in text:
        return StoreFault(DISK_FULL, path, needed=space_needed(path), detail=name or None)
    if primary in _DAMAGED_CODES or "malformed" in text or "not a database" in text:
        return StoreFault(DAMAGED, path, backup=backup, detail=name or None)
    if primary in _READ_ONLY_CODES or "readonly" in text or "read-only" in text:
        return StoreFault(READ_ONLY, path, place=read_only_place(path))
    if primary == "SQLITE_IOERR" or "i/o error" in text:
        gone = identity_fault(path, None)
        if gone is not None:
            return gone
    return StoreFault(OTHER, path, detail=name or type(original).__name__)


def _classify_os(error: OSError, path: Path | None) -> StoreFault:
    if error.errno == errno.ENOSPC:
        return StoreFault(DISK_FULL, path, needed=space_needed(path), detail="ENOSPC")
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StoreFault(READ_ONLY, path, place=read_only_place(path))
    return StoreFault(OTHER, path, detail=error.strerror or type(error).__name__)


#: Where writing is refused, as ``StoreFault.place`` names it: (kind, path).
READ_ONLY_PHRASES = {
    "file_system": "the file system holding {} is mounted read-only",
    "file": "the file {} is read-only",
    "folder": "the folder {} is read-only",
    "file_or_folder": "the file {} or its folder is read-only",
}


def read_only_place(path: Path | None) -> tuple[str, str] | None:
    """Which of file system, file or folder refuses writing: (kind, path), None if unknown."""
    if path is None:
        return None
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return ("file_system", str(folder))
    except (OSError, AttributeError):
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return ("file", str(path))
    if not os.access(folder, os.W_OK):
        return ("folder", str(folder))
    return ("file_or_folder", str(path))


def space_needed(path: Path | None) -> int | None:
    """Bytes worth freeing: the size of the database and its journal (a copy needs as much)."""
    if path is None:
        return None
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += os.stat(f"{path}{suffix}").st_size
    return max(total, 1024 * 1024)


def lock_holder(path: Path | None) -> str | None:
    """The other process that has the database open, where the system tells (Linux /proc)."""
    if path is None or not Path("/proc/self/fd").is_dir():
        return None
    try:
        target = os.path.realpath(path)
    except OSError:
        return None
    own = os.getpid()
    try:
        pids = [int(entry) for entry in os.listdir("/proc") if entry.isdigit()]
    except OSError:
        return None
    for pid in pids:
        if pid == own:
            continue
        folder = f"/proc/{pid}/fd"
        try:
            links = os.listdir(folder)
        except OSError:
            continue
        for link in links:
            try:
                if os.readlink(f"{folder}/{link}") == target:
                    return f"{_process_name(pid)} (process {pid})"
            except OSError:
                continue
    return None


def _process_name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as file:
            return file.read().strip() or "a process"
    except OSError:
        return "a process"


FileIdentity = tuple[int, int]


def file_identity(path: Path) -> FileIdentity | None:
    """Device and inode of a non-empty file, or None when it is missing or empty."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    if status.st_size == 0:
        return None
    return (status.st_dev, status.st_ino)


def identity_fault(path: Path | None, expected: FileIdentity | None) -> StoreFault | None:
    """The fault if the file at ``path`` is no longer the one opened (``expected``), else None.

    With ``expected`` None, only a missing or empty file counts.
    """
    if path is None:
        return None
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return StoreFault(FILE_DELETED, path)
    except OSError:
        return None
    if expected is not None and (status.st_dev, status.st_ino) != expected:
        return StoreFault(FILE_REPLACED, path)
    if status.st_size == 0:
        return StoreFault(FILE_TRUNCATED, path)
    return None


def _megabytes(count: int | None) -> str:
    if not count:
        return "some space"
    return f"{max(1, round(count / (1024 * 1024)))} MB"
