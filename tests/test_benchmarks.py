"""The benchmarks still run: each at a tiny size, so a change cannot break one unnoticed.

Their figures are not checked here (speed is measured, not asserted in tests).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.mark.parametrize(
    ("script", "arguments", "expected"),
    [
        ("bench_sync.py", ["--calls", "20"], "import into an empty database"),
        ("bench_store.py", ["--calls", "50"], "50"),
        ("bench_click_commit.py", ["--clicks", "20"], "toggle_check"),
        ("bench_exports.py", ["--calls", "20"], "xlsx export,      20 calls"),
    ],
)
def test_benchmark_runs(script, arguments, expected, tmp_path):
    finished = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *arguments],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr
    assert expected in finished.stdout
