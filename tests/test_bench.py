"""`make bench` still works: a tiny run end to end, in its own database. No timing is asserted here."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.bench.dataset import Size
from tests.bench.run import GOALS

ROOT = Path(__file__).resolve().parent.parent
SCALE = 0.02  # 400 notices, 8,000 deliveries


def test_a_tiny_bench_measures_every_figure_and_writes_them(tmp_path):
    output = tmp_path / "bench.json"
    env = {**os.environ, "BENCH_DATABASE_TAG": "bench_smoke"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench", "--scale", str(SCALE), "--runs", "2", "--warmup", "1", "--output", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(output.read_text(encoding="utf-8"))
    size = Size.at(SCALE)
    assert (result["notices"], result["milestones"], result["deliveries"]) == (size.notices, size.milestones, size.deliveries)
    for goal in GOALS:
        assert result[goal.name] > 0 and goal.name in result["goals"]
        assert goal.name in done.stdout  # the printed table
    assert result["dashboard_queries"] == result["dashboard_queries_small"]  # the same at 1/100 of the size
    assert result["notice_list_queries"] == result["notice_list_queries_small"]
    assert result["database"] in ("sqlite", "postgresql")
