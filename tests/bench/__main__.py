"""`python -m tests.bench`: build the data set in a database of its own, measure, print, write var/bench.json."""

import argparse
import os
import sys
from pathlib import Path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="data set size, 1 = 20,000 notices (default)")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per figure; the median is reported (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument("--output", type=Path, default=Path("var/bench.json"))
    parser.add_argument("--keep-database", action="store_true", help="leave the bench database for a look afterwards")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.test.utils import setup_databases, teardown_databases

    from tests.bench.run import GOALS, run

    Path(settings.WHITENOISE_ROOT).mkdir(parents=True, exist_ok=True)  # under var/bench, served by WhiteNoise
    databases = setup_databases(verbosity=0, interactive=False, keepdb=False)
    try:
        result = run(scale=args.scale, runs=args.runs, warmup=args.warmup, output=args.output)
    finally:
        if not args.keep_database:
            teardown_databases(databases, verbosity=0)
    print(f"written: {args.output}")
    missed = [goal.name for goal in GOALS if not result["goals"][goal.name]["met"]]
    if missed:
        print("goals missed: " + ", ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
