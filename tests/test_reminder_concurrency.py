"""Real concurrency on PostgreSQL: parallel sweeps, and a qcluster killed with SIGKILL mid-sweep.

The one crash window (documented in tenders/reminders/sweep.py): a mail handed to the SMTP server
whose row was not yet marked sent when the worker died. It is sent again once the claim lease
expires; this test measures how many such duplicates a kill produces (at most one per sweep in
flight) and that nothing is lost.
"""

import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, connections
from django.utils import timezone

from tenders.models import Membership, Team
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.reminders.models import Delivery
from tenders.reminders.sweep import sweep
from tenders.reminders.sweep_job import SCHEDULE_NAME, ensure_schedule
from tenders.services import notice_create, staff_get_or_create, team_join
from tests.reminder_helpers import announce
from tests.smtp import Recorder, SMTPServer

pytestmark = pytest.mark.usefixtures("no_morning_messages")

ROOT = Path(__file__).resolve().parent.parent
postgres_only = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="real concurrency is tested on PostgreSQL"
)


class SlowRecorder(Recorder):
    delay = 0.0

    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        await asyncio.sleep(self.delay)  # the server takes its time to say 250
        return reply


@pytest.fixture
def slow_smtp(settings):
    server = SMTPServer()
    server.recorder = SlowRecorder()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 10
    yield server
    server.stop()


def due_notices(count: int, recipients: int = 1):
    """``count`` notices whose deadline is two hours away: the 3-hour reminder is due now."""
    team = Team.objects.create(name="並行テスト")
    people = []
    for i in range(recipients):
        user, _ = staff_get_or_create(email=f"staff{i}@example.jp")
        team_join(team=team, user=user, role=Membership.Role.LEAD if i == 0 else Membership.Role.MEMBER)
        people.append(user)
    due = timezone.localtime(timezone.now() + dt.timedelta(hours=2))
    for i in range(count):
        notice = notice_create(
            team=team,
            owner=people[0],
            proposal=NoticeProposal(
                title=f"案件{i}",
                milestones=(
                    MilestoneProposal(
                        kind="submission",
                        label=f"提出期限{i}",
                        date=due.date(),
                        time=due.time().replace(second=0, microsecond=0),
                        precision="datetime",
                    ),
                ),
            ),
        )
        notice.assignees.add(*people[1:])
    announce(team)
    return count * recipients


def run_at_once(work, count, *, timeout):
    """Run `work` in `count` threads released together; return its results and any errors raised."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(work())
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    return results, errors


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_send_each_reminder_once(slow_smtp):
    expected = due_notices(15, recipients=2)
    slow_smtp.recorder.delay = 0.01
    _, errors = run_at_once(sweep, 2, timeout=60)
    assert not errors
    ids = Counter(m["Message-ID"] for m in slow_smtp.messages)
    assert len(ids) == expected and set(ids.values()) == {1}
    assert Delivery.objects.filter(status="sent").count() == expected


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_sweep_slower_than_its_lease_keeps_its_claims(slow_smtp, settings):
    """A sweep claims a chunk at a time; a second sweep that starts while the first still works through
    its chunk, after the claim lease, must not take the rows the first renewed."""
    settings.REMINDER_CLAIM_LEASE_SECONDS = 1
    expected = due_notices(8)
    slow_smtp.recorder.delay = 0.25  # 8 mails take about 2 s: twice the lease
    errors = []

    def run(after):
        try:
            time.sleep(after)
            sweep()
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(after,)) for after in (0, 1.3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    ids = Counter(m["Message-ID"] for m in slow_smtp.messages)
    assert len(ids) == expected and set(ids.values()) == {1}


def test_the_schedule_is_created_once_and_repaired(db):
    from django_q.models import Schedule

    Schedule.objects.filter(name=SCHEDULE_NAME).delete()
    ensure_schedule(Schedule)
    ensure_schedule(Schedule)
    schedule = Schedule.objects.get(name=SCHEDULE_NAME)
    assert (schedule.func, schedule.schedule_type, schedule.minutes, schedule.repeats) == (
        "tenders.reminders.tasks.sweep_task",
        Schedule.MINUTES,
        1,
        -1,
    )


def worker_environment(smtp_port: int) -> dict:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        {
            # Tasks are signed with SECRET_KEY: the worker must share the enqueuing process's key.
            "DATABASE_URL": url,
            "SECRET_KEY": settings.SECRET_KEY,
            "SITE_URL": "https://shimekiri.test",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "REMINDER_CLAIM_LEASE_SECONDS": "3",
            "Q_WORKERS": "1",
            "PYTHONUNBUFFERED": "1",
            "REMINDER_DIGESTS": "0",  # no morning digest among the counted mails, whatever the hour of the run
            "CHAT_SUMMARIES": "0",
        }
    )
    env.pop("DEBUG", None)
    return env


def start_worker(env, log):
    return subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"], cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=subprocess.STDOUT
    )


def enqueue_sweep():
    from django_q.tasks import async_task

    async_task("tenders.reminders.tasks.sweep_task", sync=False)


def wait_until(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_qcluster_killed_mid_sweep_and_restarted_sends_nothing_twice_outside_the_crash_window(slow_smtp, tmp_path):
    expected = due_notices(30)
    slow_smtp.recorder.delay = 0.3
    env = worker_environment(slow_smtp.port)
    log = (tmp_path / "worker.log").open("w")
    worker = start_worker(env, log)
    try:
        enqueue_sweep()
        t0 = time.monotonic()
        assert wait_until(lambda: len(slow_smtp.messages) >= 8, 90), (tmp_path / "worker.log").read_text()
        print("first mails after", time.monotonic() - t0)
        os.killpg(worker.pid, signal.SIGKILL)  # the whole cluster, mid-sweep
        worker.wait(10)
        delivered_before_restart = len(slow_smtp.messages)
        assert delivered_before_restart < expected, "the sweep was not interrupted"

        time.sleep(3.5)  # the claim lease of the killed sweep's in-flight row runs out
        worker = start_worker(env, log)
        enqueue_sweep()
        assert wait_until(lambda: len({m["Message-ID"] for m in slow_smtp.messages}) >= expected, 120), (
            tmp_path / "worker.log"
        ).read_text()
        print("all mails after", time.monotonic() - t0)
        time.sleep(1)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(10)
    ids = Counter(m["Message-ID"] for m in slow_smtp.messages)
    duplicates = sum(count - 1 for count in ids.values())
    print(f"crash window: {duplicates} duplicate(s) after SIGKILL with {delivered_before_restart}/{expected} delivered")
    assert len(ids) == expected  # nothing lost
    assert duplicates <= 1  # at most the one mail in flight when the worker died
    assert Delivery.objects.filter(status="sent").count() == expected
