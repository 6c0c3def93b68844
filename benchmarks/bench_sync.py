"""Export and import of results bundles against raw sqlite3 executemany of the same rows.

Run: .venv/bin/python benchmarks/bench_sync.py [--calls 10000]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mysterycaller.persistence.database import Database
from mysterycaller.services.demo import add_demo
from mysterycaller.services.sync import crypto, export_results, import_bundle

TABLES = ("campaigns", "campaign_versions", "calls", "attempts", "results", "notes")


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def raw_copy(source: Path, target: Path) -> tuple[float, int]:
    """Insert every row of the source tables into an empty database with executemany."""
    Database.open(target).close()  # the same schema, made by the migrations
    with sqlite3.connect(source) as reader:
        data = {t: reader.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    reader.close()
    writer = sqlite3.connect(target, isolation_level=None)
    writer.execute("PRAGMA foreign_keys=ON")
    writer.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    writer.execute("BEGIN")
    for table in TABLES:
        rows = data[table]
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            writer.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    writer.execute("COMMIT")
    elapsed = time.perf_counter() - start
    writer.close()
    return elapsed, sum(len(rows) for rows in data.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=10_000)
    count = parser.parse_args().calls
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        tester = Database.open(folder / "tester.sqlite3")
        # A field copy of the demo campaign: results bundles leave the demo campaign at home.
        field = "6f1d0c8b-2e3a-4d4c-8b9f-1a2b3c4d5e6f"
        seconds, _ = timed(lambda: add_demo(tester, calls=count, seed=1, campaign_id=field))
        print(f"setup: {count} demo calls generated and stored in {seconds:.2f} s")
        for name, params in (("Argon2id 64 MiB t=3 p=4", crypto.DEFAULT_KDF),
                             ("scrypt n=2^15 r=8 p=1", crypto.SCRYPT_KDF)):  # fmt: skip
            seconds, _ = timed(lambda p=params: crypto._derive(b"password", b"s" * 16, p))
            print(f"KDF {name}: {seconds * 1000:.0f} ms")
        bundle = folder / "results.mcb"
        seconds, report = timed(lambda: export_results(tester, bundle, only_new=False))
        print(
            f"export {report.calls} calls (build, write, read back and verify, mark exported): "
            f"{seconds:.2f} s, {report.size / 1e6:.1f} MB"
        )
        sealed = folder / "sealed.mcb"
        seconds, _ = timed(lambda: export_results(tester, sealed, only_new=False, password=b"pw"))
        print(f"export encrypted (2 KDF runs included): {seconds:.2f} s")
        tester.close()
        coordinator = Database.open(folder / "coordinator.sqlite3")
        seconds, result = timed(lambda: import_bundle(coordinator, bundle))
        print(f"import into an empty database: {seconds:.2f} s, {result.total('added')} added")
        seconds, result = timed(lambda: import_bundle(coordinator, bundle))
        print(f"import again (all unchanged): {seconds:.2f} s, {result.total('unchanged')} same")
        seconds, _ = timed(lambda: import_bundle(coordinator, sealed, password=b"pw"))
        print(f"import encrypted again: {seconds:.2f} s")
        coordinator.close()
        seconds, rows = raw_copy(folder / "tester.sqlite3", folder / "raw.sqlite3")
        print(f"raw sqlite3 executemany of the same {rows} rows, one transaction: {seconds:.3f} s")


if __name__ == "__main__":
    main()
