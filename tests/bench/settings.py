"""Settings for `make bench`: the test settings, production behaviour (DEBUG off), its own database.

The bench builds its data set in a database of its own (Django's test-database machinery) and
removes it afterwards. BENCH_DATABASE_TAG names it (the smoke run in the test suite uses another).
"""

import os  # noqa: E402

from tests.settings import *  # noqa: F403

# Its own database, never the test suite's: <name>_bench on PostgreSQL, a file under var/bench on SQLite.
TAG = os.environ.get("BENCH_DATABASE_TAG", "bench")
DATABASES["default"].setdefault("TEST", {})  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, as in production: an in-memory database would flatter every figure.
    DATABASES["default"]["TEST"]["NAME"] = str(VAR_DIR / "bench" / f"{TAG}.sqlite3")  # noqa: F405
else:
    DATABASES["default"]["TEST"]["NAME"] = f"{DATABASES['default']['NAME']}_{TAG}"  # noqa: F405

# The baseline of feed_warm_ratio: the same bytes as a file, served by WhiteNoise in the same process.
WHITENOISE_ROOT = VAR_DIR / "bench" / "www"  # noqa: F405

# Timings, not chatter: the sweep's per-mail log lines and aiosmtpd's session log stay quiet.
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405

# The measurement of a speed device (docs/performance.md): the same server without the feed middleware,
# so that a feed goes through every page middleware (bench figure feed_warm_without_middleware_ratio).
if os.environ.get("BENCH_WITHOUT_FEED_MIDDLEWARE") == "1":
    MIDDLEWARE = [m for m in MIDDLEWARE if m != "calendars.middleware.FeedMiddleware"]  # noqa: F405
