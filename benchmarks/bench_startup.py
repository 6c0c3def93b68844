"""Start-up to first paint: Mystery Caller against a bare PySide6 window, in the same run.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs 10]

Each figure is the wall time of a whole process (interpreter start, imports, database, window,
first paint, exit), the median of N runs. The database is made (with the demo) before timing, so
the runs measure an ordinary start; the first start on a new database is timed once, apart.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
quit_filter = Quit()
window.installEventFilter(quit_filter)
window.show()
sys.exit(app.exec())
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        env["HOME"] = folder
        env["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        db = Path(folder) / "bench.sqlite3"
        app = [sys.executable, "-m", "mysterycaller", "--exit-after-startup", "--db", str(db)]
        bare = [sys.executable, "-c", BARE]
        first = timed(app, env)  # new database: migrations and the demo campaign
        bare_times, app_times = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            bare_times.append(timed(bare, env))
            app_times.append(timed(app, env))
    bare_ms = statistics.median(bare_times) * 1000
    app_ms = statistics.median(app_times) * 1000
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}")
    print(f"bare PySide6 window, median:           {bare_ms:7.0f} ms")
    print(f"mysterycaller --exit-after-startup:    {app_ms:7.0f} ms  (+{app_ms - bare_ms:.0f} ms)")
    print(f"mysterycaller, first start (new db):   {first * 1000:7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
