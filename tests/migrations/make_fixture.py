"""Make the fixture database of one released schema, with the code of that release.

    .venv/bin/python tests/migrations/make_fixture.py 0001 7873b67
    .venv/bin/python tests/migrations/make_fixture.py 0002 a787a5d

Exports the given commit (git archive) to a temporary folder and runs its own command line
there: the demo campaign with a few completed calls, and (from 0002 on, where sync exists) a
results bundle imported into it, so the sync tables have rows too. The result is
tests/migrations/fixtures/schema-<revision>.sqlite3, in rollback-journal mode (one file).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).with_name("fixtures")
DEMO = "5e0c9b7a-1d2f-4c3b-9a8e-7f6d5c4b3a21"  # the demo campaign (its calls export by name)


def main(revision: str, commit: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        archive = subprocess.run(
            ["git", "archive", commit], cwd=ROOT, check=True, capture_output=True
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(work / "src", filter="data")
        env = {**os.environ, "PYTHONPATH": str(work / "src"), "HOME": str(work)}

        def cli(*args: str) -> str:
            command = [sys.executable, "-c", "import sys; from mysterycaller.cli import main; "
                       "sys.exit(main())", *args]  # fmt: skip
            return subprocess.run(
                command, cwd=work, env=env, check=True, capture_output=True, text=True
            ).stdout

        target = work / "fixture.sqlite3"
        cli("--db", str(target), "demo", "--calls", "6", "--seed", "3")
        if revision >= "0002":
            other = work / "other.sqlite3"
            cli("--db", str(other), "demo", "--calls", "2", "--seed", "7")
            cli(
                "--db",
                str(other),
                "sync",
                "export",
                "--all",
                "--campaign",
                DEMO,
                "-o",
                str(work / "b.mcb"),
            )
            cli("--db", str(target), "sync", "import", str(work / "b.mcb"))
        with sqlite3.connect(target) as connection:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            if found != revision:
                raise SystemExit(f"commit {commit} writes schema {found}, not {revision}")
            connection.execute("PRAGMA journal_mode=DELETE")
        connection.close()
        with sqlite3.connect(target) as connection:
            connection.execute("VACUUM")
        connection.close()
        FIXTURES.mkdir(exist_ok=True)
        output = FIXTURES / f"schema-{revision}.sqlite3"
        output.write_bytes(target.read_bytes())
        print(f"wrote {output.relative_to(ROOT)} ({output.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
