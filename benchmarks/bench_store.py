"""How long add_many takes for 100,000 calls (about 2 attempts and 18 results each).

Run: .venv/bin/python benchmarks/bench_store.py [--calls N]
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from mysterycaller.domain.call import Attempt, CallStatus, TestCall
from mysterycaller.domain.scoring import CallScore, Result
from mysterycaller.domain.timing import Outcome, Phase, PhaseMark
from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database

CAMPAIGN = {
    "format": "mysterycaller-campaign/1",
    "id": "5f0c1d2e-0000-4000-8000-00000000b001",
    "name": "Benchmark",
    "client": "Bench GmbH",
    "language": "de",
    "targets": [{"id": "t1", "name": "Hotline", "phone": "+49 30 1"}],
    "scenarios": [
        {"id": "s1", "title": "Frage", "persona": {"name": "A"}, "goal": "", "script": []}
    ],
    "catalogue": {
        "sections": [
            {
                "id": "a",
                "title": "A",
                "criteria": [{"id": f"c{i}", "text": f"K{i}", "kind": "check"} for i in range(18)],
            }
        ]
    },
}


def make_calls(count: int) -> list[tuple[TestCall, CallScore]]:
    """Distinct calls sharing their (immutable) attempts and results."""
    attempts = (
        Attempt((PhaseMark(Phase.RINGING, 0.0), PhaseMark(Phase.ENDED, 25.0)), Outcome.BUSY),
        Attempt(
            (
                PhaseMark(Phase.RINGING, 0.0),
                PhaseMark(Phase.QUEUE, 6.2),
                PhaseMark(Phase.TALK, 41.9),
                PhaseMark(Phase.ENDED, 302.7),
            ),
            Outcome.ANSWERED,
        ),
    )
    results = {f"c{i}": Result(value=i % 3 != 0, at=40.0 + i) for i in range(18)}
    score = CallScore(66.7, 66.7, False, True, sections={"a": 66.7})
    start = datetime(2027, 1, 11, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    template = TestCall(
        id="",
        campaign_id=CAMPAIGN["id"],
        campaign_version=1,
        scenario_id="s1",
        target_id="t1",
        tester="T-01",
        status=CallStatus.COMPLETED,
        started_at=start,
        attempts=attempts,
        results=results,
    )
    return [
        (
            dataclasses.replace(
                template, id=str(uuid.uuid4()), started_at=start + timedelta(seconds=37 * n)
            ),
            score,
        )
        for n in range(count)
    ]


def main() -> None:
    """Print the time add_many takes, including the commit."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100_000)
    count = parser.parse_args().calls
    items = make_calls(count)
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(Path(folder) / "bench.sqlite3")
        with database.transaction() as session:
            CampaignStore(session).save(CAMPAIGN)
        began = time.perf_counter()
        with database.transaction() as session:
            CallStore(session).add_many(items)
        elapsed = time.perf_counter() - began
        database.close()
    rows = count * (1 + 2 + 18)
    print(
        f"add_many: {count:,} calls ({rows:,} rows) in {elapsed:.1f} s, "
        f"{count / elapsed:,.0f} calls/s"
    )


if __name__ == "__main__":
    main()
