"""Longest event-loop stall during a scripted call in the call screen (offscreen).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_event_loop.py

A 10 ms QTimer records the time between its ticks while a script drives a CallSession shown in
the CallScreen: dial, IVR, queue, talk, ticks and notes, hold, talk, hang up, outcome, complete.
Each step runs from the event loop, as a click would. The longest gap minus 10 ms is the worst
stall the user could have felt.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mysterycaller.domain.campaign import CriterionKind
from mysterycaller.domain.timing import Outcome, Phase
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.campaign_files import DEMO_CAMPAIGN_ID
from mysterycaller.services.campaigns import latest_campaign
from mysterycaller.services.demo import add_demo


def script_steps(session: CallSession) -> list:
    checks = [
        c.id
        for _, c in session.campaign.catalogue.criteria()
        if c.kind is CriterionKind.CHECK and c.id not in session.scenario.criteria_na
    ]
    steps = [session.dial, lambda: session.enter_phase(Phase.IVR)]
    steps += [lambda: session.enter_phase(Phase.QUEUE), lambda: session.enter_phase(Phase.TALK)]
    steps += [lambda c=c: session.toggle_check(c) for c in checks]
    steps += [lambda n=n: session.add_note(f"Beobachtung {n}") for n in range(5)]
    steps += [lambda: session.enter_phase(Phase.HOLD), lambda: session.enter_phase(Phase.TALK)]
    steps += [lambda c=c: session.toggle_check(c) for c in checks[:3]]
    steps += [session.hang_up, lambda: session.set_outcome(Outcome.ANSWERED)]
    return steps


def main() -> int:
    from mysterycaller.gui.call_screen import CallScreen

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(Path(folder) / "bench.sqlite3")
        add_demo(database, calls=1000)
        campaign = latest_campaign(database, DEMO_CAMPAIGN_ID)
        scenario = campaign.scenarios[0]
        target = next(t for t in campaign.targets if scenario.applies_to(t.id))
        session = CallSession.start(database, campaign.id, scenario.id, target.id, "bench")
        screen = CallScreen(session)
        screen.resize(1280, 800)
        screen.show()
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        ticker = QTimer(interval=10)
        ticker.timeout.connect(tick)
        steps = script_steps(session)

        def step() -> None:
            if steps:
                steps.pop(0)()
                screen.update()
                QTimer.singleShot(25, step)
            else:
                QTimer.singleShot(200, app.quit)

        ticker.start()
        QTimer.singleShot(100, step)
        app.exec()
        ticker.stop()
        screen.close()
        database.close()
    gaps_ms = sorted(g * 1000 for g in gaps[1:])
    print(f"ticks of a 10 ms timer during the scripted call: {len(gaps_ms)}")
    p99 = gaps_ms[int(0.99 * (len(gaps_ms) - 1))]
    print(f"median gap {statistics.median(gaps_ms):.1f} ms, p99 {p99:.1f} ms")
    print(f"longest gap {gaps_ms[-1]:.1f} ms  (worst stall {max(0.0, gaps_ms[-1] - 10):.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
