"""kill -9 in the middle of scripted calls and of imports: nothing reported as saved is lost.

30 kills during calls and 5 during imports in the normal run; ``MYSTERYCALLER_FAULTS=full``
(``scripts/fault-suite``) runs 300 and 100. The children are forked from one zygote process,
so a kill costs milliseconds, not an interpreter start.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from mysterycaller.persistence.database import Database
from mysterycaller.services.calls import show_call
from mysterycaller.services.demo import add_demo
from tests.faults.helpers import FULL

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")

CALL_KILLS = 300 if FULL else 30
IMPORT_KILLS = 100 if FULL else 5
ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("scripted_calls.py")


class Zygote:
    """The forking server of scripted_calls.py."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.count = 0
        #: What the children say on stderr (tracebacks of a child that died on its own).
        self.log = (folder / "children.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(SCRIPT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            cwd=ROOT,
        )

    def fork(self, *command: object):
        """Start a child; returns its pid and its output (a FIFO opened for reading)."""
        self.count += 1
        fifo = self.folder / f"child-{self.count}.fifo"
        os.mkfifo(fifo)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(" ".join(map(str, (command[0], fifo, *command[1:]))) + "\n")
        self.process.stdin.flush()
        pid = int(self.process.stdout.readline())
        return pid, open(fifo, encoding="utf-8")

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait()
        self.process.stdout.close()
        self.log.close()


@pytest.fixture
def fast_folder(tmp_path) -> Iterator[Path]:
    """A folder in memory where there is one: a kill -9 keeps the page cache (only a power cut
    loses it), so fsync buys nothing here and would make each kill cost a disk flush."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="mysterycaller-faults-", dir=shm))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def zygote(tmp_path) -> Iterator[Zygote]:
    server = Zygote(tmp_path)
    yield server
    server.close()


def _stored(path: Path) -> tuple[set[str], set[tuple[str, str]], set[tuple[str, str]]]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        calls = {uuid.UUID(row[0]).hex for row in connection.execute("SELECT id FROM calls")}
        results = {
            (uuid.UUID(c).hex, k)
            for c, k in connection.execute("SELECT call_id, criterion_id FROM results")
        }
        notes = {
            (uuid.UUID(c).hex, t) for c, t in connection.execute("SELECT call_id, text FROM notes")
        }
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
    connection.close()
    return calls, results, notes


def test_killed_during_scripted_calls_nothing_reported_as_saved_is_lost(fast_folder, zygote):
    path = fast_folder / "calls.sqlite3"
    with Database.open(path) as database:
        add_demo(database, calls=0)
    rng = random.Random(9)
    acked_calls: set[str] = set()
    acked_results: set[tuple[str, str]] = set()
    acked_notes: set[tuple[str, str]] = set()
    for kill in range(CALL_KILLS):
        # Two children at once on the same file: they also meet each other's write locks.
        children = [zygote.fork("calls", path, f"k{kill}-{i}") for i in range(2)]
        lines: list[str] = []
        for pid, output in children:
            with output:
                lines += [output.readline() for _ in range(rng.randint(1, 12))]
                os.kill(pid, signal.SIGKILL)  # lands somewhere in the next action
                lines += output.readlines()  # written before the kill: reported as saved
        for line in filter(None, lines):
            kind, call_id, *rest = line.split()
            call_id = uuid.UUID(call_id).hex
            if kind == "call":
                acked_calls.add(call_id)
            elif kind == "result":
                acked_results.add((call_id, rest[0]))
            else:
                acked_notes.add((call_id, rest[0]))

    calls, results, notes = _stored(path)
    print(
        f"call kills: {CALL_KILLS}, actions reported saved: "
        f"{len(acked_calls) + len(acked_results) + len(acked_notes)}"
    )
    assert acked_calls <= calls
    assert acked_results <= results
    assert acked_notes <= notes
    assert len(acked_notes) >= CALL_KILLS  # the children did real work before the kills
    with Database.open(path) as database:  # the app opens it as healthy after all the kills
        assert database.damage is None
        assert database.check() == []


@pytest.fixture(scope="module")
def import_files(tmp_path_factory) -> tuple[Path, Path, int]:
    """A calls file of 150 demo calls, and an empty database with the demo campaign."""
    folder = tmp_path_factory.mktemp("imports")
    with Database.open(folder / "source.sqlite3") as source:
        add_demo(source, calls=150, seed=3)
        with source.reading() as session:
            ids = [row[0] for row in session.connection().exec_driver_sql("SELECT id FROM calls")]
        records = [show_call(source, call_id) for call_id in ids]
    (folder / "calls.json").write_text(json.dumps(records), encoding="utf-8")
    with Database.open(folder / "empty.sqlite3") as empty:
        add_demo(empty, calls=0)
    return folder / "calls.json", folder / "empty.sqlite3", len(records)


def test_killed_during_imports_each_import_is_all_or_nothing(fast_folder, zygote, import_files):
    calls_file, empty, total = import_files
    rng = random.Random(4)
    finished = 0
    outcomes = {"none": 0, "all": 0}
    for round_ in range(IMPORT_KILLS):
        path = fast_folder / f"import-{round_}.sqlite3"
        shutil.copyfile(empty, path)
        pid, output = zygote.fork("import", path, calls_file)
        with output:
            assert output.readline().strip() == "start"
            # Kill at a random moment of the import (or let it finish, now and then).
            ready, _, _ = select.select([output], [], [], rng.uniform(0.0, 0.25))
            if ready:
                finished += 1
            with contextlib.suppress(ProcessLookupError):  # it may just have finished
                os.kill(pid, signal.SIGKILL)
            output.readlines()
        calls, _, _ = _stored(path)
        assert len(calls) in (0, total)
        outcomes["all" if calls else "none"] += 1
    print(f"import kills: {IMPORT_KILLS}, finished first: {finished}, outcomes: {outcomes}")
    assert outcomes["none"] > 0  # some kills did land inside an import
