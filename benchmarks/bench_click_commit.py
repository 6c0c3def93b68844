"""Click to committed row: CallSession.toggle_check against a raw sqlite3 single-row commit.

Run: .venv/bin/python benchmarks/bench_click_commit.py [--clicks 1000]

A "click" here is what the call screen does when a criterion is ticked: one toggle_check, which
returns only after its transaction is committed (WAL, synchronous=FULL). The floor is a raw
sqlite3 UPDATE of one row and COMMIT with the same pragmas, on a file in the same folder.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from mysterycaller.domain.campaign import CriterionKind
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.campaign_files import DEMO_CAMPAIGN_ID
from mysterycaller.services.campaigns import latest_campaign
from mysterycaller.services.demo import add_demo


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1e6, p99 * 1e6


def session_clicks(folder: Path, clicks: int) -> list[float]:
    database = Database.open(folder / "app.sqlite3")
    add_demo(database, calls=1000)
    campaign = latest_campaign(database, DEMO_CAMPAIGN_ID)
    scenario = campaign.scenarios[0]
    target = next(t for t in campaign.targets if scenario.applies_to(t.id))
    session = CallSession.start(database, campaign.id, scenario.id, target.id, "bench")
    session.dial()
    checks = [
        c.id
        for _, c in campaign.catalogue.criteria()
        if c.kind is CriterionKind.CHECK and c.id not in scenario.criteria_na
    ]
    times = []
    for n in range(clicks):
        began = time.perf_counter()
        session.toggle_check(checks[n % len(checks)])
        times.append(time.perf_counter() - began)
    database.close()
    return times


def raw_commits(folder: Path, clicks: int) -> list[float]:
    connection = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE results (id INTEGER PRIMARY KEY, value INTEGER)")
    connection.executemany("INSERT INTO results VALUES (?, 0)", [(i,) for i in range(20)])
    times = []
    for n in range(clicks):
        began = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("UPDATE results SET value = 1 - value WHERE id = ?", (n % 20,))
        connection.execute("COMMIT")
        times.append(time.perf_counter() - began)
    connection.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        raw = raw_commits(folder, args.clicks)
        app = session_clicks(folder, args.clicks)
    rows = (("raw sqlite3 commit (WAL, FULL)", raw), ("CallSession.toggle_check", app))
    for label, samples in rows:
        p50, p99 = percentiles(samples)
        print(f"{label:32} p50 {p50:8.0f} µs   p99 {p99:8.0f} µs   (n={len(samples)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
