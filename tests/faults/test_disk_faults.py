"""Faults of the disk and the file: full, read-only, locked, deleted, replaced, emptied.

Each is made to happen for real (a small tmpfs, ``chattr +i``, a read-only remount, another
process holding the lock) where the system allows it; a test that cannot set up its fault says
why it is skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mysterycaller.persistence import faults, sqlite_files
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.call_session_types import NotSavedError
from mysterycaller.services.calls import show_call
from mysterycaller.services.demo import add_demo
from tests.faults.helpers import run

SELFTEST = Path(__file__).parents[1] / "data" / "examples" / "campaign-selftest-en.yaml"
DEMO = "5e0c9b7a-1d2f-4c3b-9a8e-7f6d5c4b3a21"
SCENARIO, TARGET = "waermepumpe-tarif", "mte-vertrieb"


def _no_leak(err: str) -> None:
    assert "Traceback" not in err
    for word in ("INSERT", "SELECT", "UPDATE", "[SQL", "parameters"):
        assert word not in err
    assert len(err.strip().splitlines()) == 1


def _sh(*command: str) -> bool:
    return subprocess.run(command, capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A 1 MB tmpfs, mounted for the test (root only)."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or not _sh("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)):
        pytest.skip("mounting a small tmpfs needs root (and mount rights in this container)")
    try:
        yield folder
    finally:
        _sh("umount", "-l", str(folder))


@pytest.fixture(scope="module")
def calls_file(tmp_path_factory) -> Path:
    """150 demo calls as `calls import` reads them."""
    folder = tmp_path_factory.mktemp("calls")
    with Database.open(folder / "source.sqlite3") as source:
        add_demo(source, calls=150, seed=5)
        with source.reading() as session:
            ids = [row[0] for row in session.connection().exec_driver_sql("SELECT id FROM calls")]
        records = [show_call(source, call_id) for call_id in ids]
    path = folder / "calls.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def _count_calls(path: Path) -> int:
    with Database.open(path, daily_backup=False) as database, database.reading() as session:
        return session.connection().exec_driver_sql("SELECT count(*) FROM calls").scalar_one()


def test_disk_full_during_an_import_changes_nothing_and_says_so(capsys, small_disk, calls_file):
    db = small_disk / "db.sqlite3"
    with Database.open(db) as database:
        add_demo(database, calls=0)
    free = shutil.disk_usage(small_disk).free
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * (free - 48 * 1024))  # the import needs some 400 KB

    status, _, err = run(capsys, "calls", "import", calls_file, "--db", db)

    assert status == 1
    _no_leak(err)
    assert "is full" in err and "Free at least" in err
    assert "backup" not in err
    filler.unlink()
    assert _count_calls(db) == 0
    assert run(capsys, "db", "check", "--db", db)[0] == 0
    assert run(capsys, "calls", "import", calls_file, "--db", db)[0] == 0  # room again: it works


@pytest.fixture
def immutable(tmp_path) -> Iterator[list[Path]]:
    """Paths made immutable with chattr +i (so that even root cannot write), undone after."""
    made: list[Path] = []
    if os.geteuid() != 0 or shutil.which("chattr") is None:
        pytest.skip("chattr +i needs root: a root process ignores file permissions otherwise")
    yield made
    for path in made:
        _sh("chattr", "-i", str(path))


def _chattr(made: list[Path], path: Path) -> None:
    if not _sh("chattr", "+i", str(path)):
        pytest.skip(f"the file system under {path} does not support chattr +i")
    made.append(path)


@pytest.fixture
def closed_db(tmp_path) -> Path:
    path = tmp_path / "data" / "db.sqlite3"
    with Database.open(path) as database:
        add_demo(database, calls=5)
    Database.open(path).close()
    assert not Path(f"{path}-wal").exists()
    return path


def test_a_read_only_file_is_named_and_not_called_damaged(capsys, closed_db, immutable):
    _chattr(immutable, closed_db)

    status, _, err = run(capsys, "campaign", "import", SELFTEST, "--db", closed_db)

    assert status == 1
    _no_leak(err)
    assert f"the file {closed_db} is read-only" in err
    assert "damaged" not in err and "backup" not in err


def test_a_read_only_folder_is_named_and_not_called_damaged(capsys, closed_db, immutable):
    _chattr(immutable, closed_db.parent)

    status, _, err = run(capsys, "campaign", "import", SELFTEST, "--db", closed_db)

    assert status == 1
    _no_leak(err)
    assert f"the folder {closed_db.parent} is read-only" in err
    assert "damaged" not in err and "backup" not in err


def test_a_read_only_file_system_is_named(capsys, small_disk):
    db = small_disk / "db.sqlite3"
    with Database.open(db) as database:
        add_demo(database, calls=2)
    if not _sh("mount", "-o", "remount,ro", str(small_disk)):
        pytest.skip("cannot remount the tmpfs read-only here")

    status, _, err = run(capsys, "campaign", "import", SELFTEST, "--db", db)

    assert status == 1
    _no_leak(err)
    assert "mounted read-only" in err
    assert "damaged" not in err


def test_a_lock_held_longer_than_the_timeout_is_one_sentence(capsys, closed_db, monkeypatch):
    monkeypatch.setattr(sqlite_files, "BUSY_TIMEOUT_MS", 200)
    code = (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(closed_db)!r}, isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        status, _, err = run(capsys, "campaign", "import", SELFTEST, "--db", closed_db)
    finally:
        holder.communicate("")

    assert status == 1
    _no_leak(err)
    assert f"locked by python (process {holder.pid})" in err
    assert "damaged" not in err and "backup" not in err


@pytest.fixture
def live_call(closed_db) -> Iterator[tuple[Path, CallSession]]:
    database = Database.open(closed_db)
    session = CallSession.start(database, DEMO, SCENARIO, TARGET, "T-01")
    session.add_note("before the fault")
    yield closed_db, session
    database.close()


def _replace(path: Path) -> None:
    other = path.with_name("other.sqlite3")
    shutil.copyfile(path, other)
    os.replace(other, path)


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (lambda path: path.unlink(), faults.FILE_DELETED),
        (_replace, faults.FILE_REPLACED),
        (lambda path: os.truncate(path, 0), faults.FILE_TRUNCATED),
    ],
    ids=["deleted", "replaced", "truncated"],
)
def test_a_live_call_stops_saving_when_its_file_goes_away(live_call, fault, code):
    path, session = live_call
    fault(path)

    for text in ("one", "two", "three"):
        with pytest.raises(NotSavedError) as raised:
            session.add_note(text)
        assert raised.value.__cause__.fault == code

    assert [note.text for note in session.notes] == ["before the fault"]
