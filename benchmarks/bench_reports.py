"""Report timings: per-call PDF against a plain reportlab page, wave report at 1k and 10k calls.

Run: .venv/bin/python benchmarks/bench_reports.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from mysterycaller.persistence.database import Database
from mysterycaller.services.calls import list_calls
from mysterycaller.services.demo import add_demo
from mysterycaller.services.exports import export_calls
from mysterycaller.services.reports import write_call_report, write_wave_report


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and best wall time in seconds over ``repeat`` runs."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), min(runs)


def plain_page() -> bytes:
    """A bare reportlab page with a bar chart and a 20-row table, as the floor to compare with."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    drawing = Drawing(400, 150)
    chart = VerticalBarChart()
    chart.data = [[3, 5, 2, 7, 4, 6]]
    drawing.add(chart)
    rows = [[f"Kriterium {i}", f"{i * 3.1:.1f}", "ja"] for i in range(20)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([drawing, Table(rows)])
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        small = Database.open(out / "small.sqlite3")
        add_demo(small, calls=50, seed=1)
        call_id = next(c.id for c in list_calls(small) if c.reached)
        write_call_report(small, call_id, out / "warm.pdf")  # fonts registered, modules loaded
        median, best = timed(plain_page, args.repeat)
        print(f"plain reportlab page (chart + table): median {median * 1000:7.1f} ms, best "
              f"{best * 1000:7.1f} ms")  # fmt: skip
        median, best = timed(lambda: write_call_report(small, call_id, out / "c.pdf"), args.repeat)
        print(f"per-call PDF (report call):           median {median * 1000:7.1f} ms, best "
              f"{best * 1000:7.1f} ms")  # fmt: skip
        small.close()
        for calls in (1_000, 10_000):
            database = Database.open(out / f"wave{calls}.sqlite3")
            campaign_id = add_demo(database, calls=calls, seed=2).campaign_id
            repeat = max(1, args.repeat // (5 if calls > 1000 else 1))
            median, best = timed(
                lambda db=database, cid=campaign_id: write_wave_report(db, cid, out / "w.pdf"),
                repeat,
            )
            print(f"wave report, {calls:>6} calls:          median {median:7.2f} s,  best "
                  f"{best:7.2f} s  ({repeat} runs)")  # fmt: skip
            median, best = timed(
                lambda db=database, cid=campaign_id: export_calls(db, cid, out / "e.xlsx", "xlsx"),
                repeat,
            )
            print(f"xlsx export, {calls:>6} calls:          median {median:7.2f} s,  best "
                  f"{best:7.2f} s")  # fmt: skip
            database.close()


if __name__ == "__main__":
    main()
