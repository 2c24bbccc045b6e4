"""Several machines, real parts: two django-q2 clusters (processes of their own, as on two worker
machines) on one PostgreSQL and the machine's Redis as the broker, mailing to aiosmtpd on loopback.

- The one every-minute schedule runs once per minute however many clusters look at it (django-q2
  locks the schedule row), and a burst is shared between the clusters (the sweep's drains, taken
  from Redis by whichever worker is free): every reminder arrives exactly once, within the minute.
- One cluster SIGKILLed mid-burst loses nothing: the other and the next sweep send the rest; only
  the documented crash window (a mail handed over whose row was not yet marked sent, at most one
  per sender in flight) may arrive twice.

Skipped without PostgreSQL (DATABASE_URL) or Redis (TEST_REDIS_URL, redis://127.0.0.1:6379/5 by
default); CI has both.
"""

import datetime as dt
import os
import signal
from collections import Counter

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from tenders.reminders.models import Delivery
from tenders.reminders.sweep_job import TASK
from tests import processes
from tests.smtp import SMTPServer
from tests.test_reminder_concurrency import SlowRecorder, due_notices

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/5")


def redis_available() -> bool:
    try:
        import redis

        return bool(redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except Exception:  # noqa: BLE001 — no package, no server: skipped
        return False


pytestmark = [
    pytest.mark.usefixtures("no_morning_messages"),
    pytest.mark.skipif(not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="several machines share PostgreSQL"),
    pytest.mark.skipif(not redis_available(), reason=f"no Redis at {REDIS_URL}"),
    pytest.mark.django_db(transaction=True),
]

BUDGET_SECONDS = 20  # a sweep's sending time, shorter than the minute's 50 s


@pytest.fixture
def smtp():
    server = SMTPServer()
    server.recorder = SlowRecorder()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def clusters(smtp, tmp_path):
    """start(name): a qcluster with a worker machine's environment; all are SIGKILLed at the end."""
    import redis

    redis.from_url(REDIS_URL).flushdb()  # this test's Redis database only: no task of an earlier run
    from django_q.models import Schedule

    from tenders.reminders.sweep_job import ensure_schedule

    ensure_schedule(Schedule)  # a transactional test starts from empty tables
    started = []
    env = processes.environment(
        database=processes.database_url(connection.settings_dict, connection.vendor),
        secret_key=settings.SECRET_KEY,
        smtp_port=smtp.port,
        Q_BROKER_URL=REDIS_URL,
        Q_WORKERS="2",
        REMINDER_SENDERS="4",  # two machines × two workers
        REMINDER_SWEEP_SECONDS=str(BUDGET_SECONDS),
        REMINDER_CLAIM_LEASE_SECONDS="5",
    )

    def start(name):
        log = (tmp_path / f"{name}.log").open("w")
        cluster = processes.qcluster(env, log)
        started.append(cluster)
        return cluster

    def logs():
        return "\n".join(path.read_text()[-3000:] for path in sorted(tmp_path.glob("*.log")))

    start.logs = logs
    yield start
    for cluster in started:
        processes.kill(cluster)


def sweeps_started():
    from django_q.models import Task

    return sorted(Task.objects.filter(func=TASK).values_list("started", flat=True))


def test_two_clusters_deliver_a_burst_exactly_once_within_the_minute(clusters, smtp):
    expected = due_notices(60, recipients=5)  # 300 reminders due now
    smtp.recorder.delay = 0.01
    clusters("one")
    clusters("two")
    assert processes.wait_until(lambda: len({m["Message-ID"] for m in smtp.messages}) >= expected, 150), clusters.logs()
    processes.wait_until(lambda: False, 2)  # a duplicate would arrive now
    # A task's row is saved by its cluster's monitor after the function returns, and a mail is marked
    # sent after the server took it: the last mail can arrive before either is written.
    assert processes.wait_until(lambda: sweeps_started() and Delivery.objects.filter(status="sent").count() >= expected, 30)
    first_sweep = sweeps_started()[0]
    last_sent = max(Delivery.objects.filter(status="sent").values_list("sent_at", flat=True))
    ids = Counter(m["Message-ID"] for m in smtp.messages)
    assert len(ids) == expected and set(ids.values()) == {1}
    assert Delivery.objects.filter(status="sent").count() == expected
    assert last_sent - first_sweep < dt.timedelta(seconds=60)  # the first sweep and its drains sent them all
    from django_q.models import Task

    drained = Task.objects.filter(func="tenders.reminders.tasks.drain_task", success=True)
    assert processes.wait_until(drained.exists, 10)  # shared (a drain's row, too, is saved after it returns)
    starts = sweeps_started()
    assert all(b - a > dt.timedelta(seconds=30) for a, b in zip(starts, starts[1:]))  # the schedule ran once a minute


def test_a_cluster_killed_mid_burst_loses_nothing(clusters, smtp):
    expected = due_notices(40, recipients=5)  # 200
    smtp.recorder.delay = 0.05  # slow enough to kill it in the middle
    one = clusters("one")
    clusters("two")
    assert processes.wait_until(lambda: len(smtp.messages) >= 20, 150), clusters.logs()
    os.killpg(one.pid, signal.SIGKILL)  # a worker machine gone, mid-burst
    one.wait(10)
    assert len({m["Message-ID"] for m in smtp.messages}) < expected, "the burst was over before the kill"
    assert processes.wait_until(lambda: len({m["Message-ID"] for m in smtp.messages}) >= expected, 200), clusters.logs()
    processes.wait_until(lambda: False, 2)
    ids = Counter(m["Message-ID"] for m in smtp.messages)
    duplicates = sum(count - 1 for count in ids.values())
    print(f"crash window: {duplicates} duplicate(s) after SIGKILL of one of two clusters")
    assert len(ids) == expected  # nothing lost
    assert duplicates <= 2  # at most one per sender of the killed cluster (two workers)
    assert Delivery.objects.filter(status="sent").count() == expected
    assert Delivery.objects.filter(sent_at__lt=timezone.now() - dt.timedelta(minutes=10)).count() == 0
