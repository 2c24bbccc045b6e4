"""Two chat sweeps at once on PostgreSQL: each post is claimed by one of them and arrives once;
the schedule is its own django-q2 row, created by the migration."""

import datetime as dt
import os
import signal
import threading
import time
from collections import Counter

import pytest
from django.db import connections
from django.utils import timezone
from django_q.models import Schedule

from tenders.chat.models import ChatDelivery
from tenders.chat.send import sweep
from tenders.chat.sweep_job import SCHEDULE_NAME, TASK
from tenders.reminders.sweep_job import SCHEDULE_NAME as REMINDERS_SCHEDULE
from tests.chat.stand_in import Answer
from tests.web_helpers import simple_notice

pytestmark = pytest.mark.usefixtures("no_morning_messages")

postgres_only = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="real concurrency is tested on PostgreSQL"
)


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_post_each_message_once(team, owner, add_channel, chat_services):
    team.reminder_offsets = ["3h"]
    team.save()
    add_channel("webhook")
    add_channel("slack")
    due = timezone.localtime(timezone.now() + dt.timedelta(hours=2))
    for i in range(12):
        simple_notice(
            team,
            owner,
            f"案件{i}",
            ("submission", f"提出期限{i}", "datetime", due.date(), due.time().replace(second=0, microsecond=0)),
        )
    chat_services.script("/hook/", *[Answer(204, "", delay=0.02) for _ in range(12)])  # slow enough for the sweeps to overlap
    barrier = threading.Barrier(2)
    errors = []

    def run():
        try:
            barrier.wait()
            sweep()
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    hooks = Counter(r.json()["items"][0]["heading"] for r in chat_services.took("/hook/"))
    slack = Counter(r.json()["blocks"][0]["text"]["text"] for r in chat_services.took("/slack/"))
    assert len(hooks) == 12 and set(hooks.values()) == {1}
    assert len(slack) == 12 and set(slack.values()) == {1}
    assert ChatDelivery.objects.filter(status="sent").count() == 24


def test_the_chat_sweep_has_its_own_schedule(db):
    schedule = Schedule.objects.get(name=SCHEDULE_NAME)
    assert schedule.func == TASK and schedule.minutes == 1 and schedule.repeats == -1
    assert Schedule.objects.filter(name=REMINDERS_SCHEDULE).exists()  # the reminders' sweep stays its own


def test_the_task_runs_the_sweep(db, add_channel, chat_services):
    from tenders.chat.tasks import sweep_task

    assert sweep_task() == "sent 0, failed 0"


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_the_chat_schedule_and_posts(team, owner, add_channel, chat_services, tmp_path):
    """A real qcluster picks up the chat schedule (as a migration creates it) and posts a due reminder once."""
    from django_q.models import Schedule

    from tenders.chat.sweep_job import ensure_schedule
    from tests.test_reminder_concurrency import start_worker, wait_until, worker_environment

    team.reminder_offsets = ["3h"]
    team.save()
    add_channel("slack", sends_summary=False)
    due = timezone.localtime(timezone.now() + dt.timedelta(hours=2))
    simple_notice(
        team,
        owner,
        "ワーカー案件",
        ("submission", "提出期限", "datetime", due.date(), due.time().replace(second=0, microsecond=0)),
    )
    Schedule.objects.all().delete()
    ensure_schedule(Schedule)  # the migration's row (the test database was flushed by earlier tests)
    env = worker_environment(smtp_port=1)
    env.update(
        ALLOW_LOOPBACK_URLS="1",
        CHAT_SECRET_KEY=os.environ["CHAT_SECRET_KEY"],
        CHAT_CHATWORK_API_URL=chat_services.base + "/v2",
    )
    log_path = tmp_path / "worker.log"
    worker = start_worker(env, log_path.open("w"))
    try:
        assert wait_until(lambda: chat_services.took("/slack/"), 60), log_path.read_text()
        time.sleep(2)
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(10)
    (post,) = chat_services.took("/slack/")
    assert "【締切まで3時間】提出期限" in post.body.decode()
    assert ChatDelivery.objects.get().status == "sent"
