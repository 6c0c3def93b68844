"""Export timings and peak memory: CSV and XLSX of a demo wave, each in its own process.

Run: .venv/bin/python benchmarks/bench_exports.py [--calls 100000]
The exports stream (constant memory): the peak stays flat however many calls a wave holds.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mysterycaller.persistence.database import Database
from mysterycaller.services.demo import add_demo


def run_export(fmt: str, database: Path, campaign_id: str, output: Path) -> tuple[float, float]:
    """Wall time in seconds and the peak resident memory (MB) of one export process."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mysterycaller", "--db", str(database), "export", fmt,
         "--campaign", campaign_id, "-o", str(output)],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    # The largest peak of any child so far; exports run one after another, each alone.
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        database = Database.open(out / "wave.sqlite3")
        campaign_id = add_demo(database, calls=args.calls, seed=2).campaign_id
        database.close()
        for fmt in ("csv", "xlsx"):
            seconds, peak = run_export(fmt, out / "wave.sqlite3", campaign_id, out / f"e.{fmt}")
            print(f"{fmt} export, {args.calls:>7} calls: {seconds:7.2f} s, peak memory so far "
                  f"{peak:6.1f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
