"""Shared by the fault suite: breaking a database file the ways a disk or a user does."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

from mysterycaller.cli import main

#: The full-size suite runs with MYSTERYCALLER_FAULTS=full (300 kills instead of 30, ...).
FULL = os.environ.get("MYSTERYCALLER_FAULTS", "") == "full"


def run(capsys, *args: object) -> tuple[int, str, str]:
    """The command line in this process: (exit status, stdout, stderr)."""
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_process(*args: object, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    """The command line as its own process (for tracebacks that pytest would swallow)."""
    return subprocess.run(
        [sys.executable, "-m", "mysterycaller", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        **kwargs,
    )


def checkpoint(path: Path) -> None:
    """Move everything from the write-ahead log into the file itself."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def corrupt_pages(path: Path, seed: int = 1) -> None:
    """Overwrite the headers of pages after the schema page with random bytes.

    Random bytes anywhere in a page often land in unused space and harm nothing; the page
    header (its first bytes) is what SQLite reads on every visit.
    """
    checkpoint(path)
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    rng = random.Random(seed)
    with path.open("r+b") as file:
        for page in range(2, pages, 2):
            file.seek(page * page_size)
            file.write(bytes(rng.randrange(256) for _ in range(12)))
