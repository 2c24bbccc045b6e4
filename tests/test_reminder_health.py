"""No side effect on a read: a page shows that reminders stopped, and sends nothing; the monitor
command (cron) mails the leads once per outage."""

import datetime as dt
import socket
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from tenders.models import Heartbeat
from tests.conftest import tokyo


@pytest.fixture
def listening_socket(settings):
    """A port that counts connections: Django's SMTP backend points at it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", sock.getsockname()[1], 1
    yield sock
    sock.close()


def connections(sock) -> int:
    count = 0
    while True:
        try:
            conn, _ = sock.accept()
        except BlockingIOError:
            return count
        conn.close()
        count += 1


def test_pages_show_a_stalled_worker_and_open_no_smtp_connection(client, kuwana, owner, listening_socket):
    Heartbeat.objects.filter(name=Heartbeat.SWEEP).update(beat_at=tokyo(2026, 4, 8, 9, 0), alerted_at=None)
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 8, 9, 30), tick=False):
        for name, args in [("tenders:dashboard", []), ("tenders:notice_detail", [kuwana.pk]), ("tenders:preferences", [])]:
            page = client.get(reverse(name, args=args)).content.decode()
            assert "5分" in page or "5 minutes" in page
    assert connections(listening_socket) == 0 and mail.outbox == []
    assert Heartbeat.objects.get(name=Heartbeat.SWEEP).alerted_at is None  # nothing claimed the alert either


def test_the_monitor_command_mails_the_leads_once_per_outage(kuwana, owner, teammate):
    with time_machine.travel(tokyo(2026, 4, 8, 9, 0), tick=False):
        Heartbeat.objects.filter(name=Heartbeat.SWEEP).update(beat_at=tokyo(2026, 4, 8, 9, 0), alerted_at=None)
        out = StringIO()
        call_command("check_worker", stdout=out)
        assert "動いています" in out.getvalue()
    assert mail.outbox == []
    with time_machine.travel(tokyo(2026, 4, 8, 9, 6), tick=False):
        with pytest.raises(CommandError) as stalled:
            call_command("check_worker", stdout=StringIO())
        assert stalled.value.returncode == 1 and "1 通" in str(stalled.value)
        with pytest.raises(CommandError):
            call_command("check_worker", stdout=StringIO())
    assert [m.to for m in mail.outbox] == [[owner.email]]  # the lead, once
    Heartbeat.objects.filter(name=Heartbeat.SWEEP).update(beat_at=tokyo(2026, 4, 8, 10, 0))  # back, then silent again
    with time_machine.travel(tokyo(2026, 4, 8, 10, 6) + dt.timedelta(minutes=1), tick=False), pytest.raises(CommandError):
        call_command("check_worker", stdout=StringIO())
    assert len(mail.outbox) == 2


# /healthz reports the chat sweep and the discovery run beside the reminder sweep (the same heartbeats).


def run_every_job():
    """One run of each job, as django-q2 calls them (nothing due: no mail, post or portal request)."""
    from tenders.chat.tasks import sweep_task as chat_task
    from tenders.discovery.tasks import discovery_task
    from tenders.reminders.tasks import sweep_task as reminder_task

    reminder_task()
    chat_task()
    discovery_task()


def test_healthz_reports_each_jobs_last_run(client, db):
    with time_machine.travel(tokyo(2026, 4, 8, 9, 0), tick=False):
        run_every_job()
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "last_sweep": "2026-04-08T00:00:00+00:00",
        "last_chat_sweep": "2026-04-08T00:00:00+00:00",
        "last_discovery_run": "2026-04-08T00:00:00+00:00",
        "silent": [],
    }


def test_healthz_names_the_jobs_silent_past_their_limit_and_only_the_reminder_sweep_sets_503(client, db):
    from tenders.chat.tasks import sweep_task as chat_task
    from tenders.reminders.tasks import sweep_task as reminder_task

    with time_machine.travel(tokyo(2026, 4, 8, 9, 0), tick=False):
        run_every_job()
    with time_machine.travel(tokyo(2026, 4, 8, 9, 20), tick=False):
        reminder_task()  # the reminders go on; chat has been silent 20 minutes, discovery 20 (its limit: 25)
        body = client.get("/healthz")
    assert body.status_code == 200 and body.json()["status"] == "ok"
    assert body.json()["silent"] == ["chat"] and body.json()["last_chat_sweep"] == "2026-04-08T00:00:00+00:00"
    with time_machine.travel(tokyo(2026, 4, 8, 9, 26), tick=False):
        reminder_task()
        chat_task()
        assert client.get("/healthz").json()["silent"] == ["discovery"]
    with time_machine.travel(tokyo(2026, 4, 8, 9, 32), tick=False):  # now the reminder sweep has been silent 6 minutes
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "stalled" and response.json()["silent"] == ["sweep", "chat", "discovery"]


def test_a_job_that_never_ran_is_reported_as_such(client, db):
    Heartbeat.objects.filter(name=Heartbeat.DISCOVERY).delete()
    body = client.get("/healthz").json()
    assert body["last_discovery_run"] is None and body["silent"] == ["discovery"] and body["status"] == "ok"


@pytest.mark.django_db(transaction=True)
def test_the_move_to_the_core_keeps_the_beats_and_gives_the_new_jobs_a_first_one():
    """An existing installation: the reminder sweep's row stays as it was; chat and discovery get a beat
    at migration time (their grace period, as the reminder sweep got when it came)."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    before = [("tenders", "0009_notice_change"), ("reminders", "0007_schedule_on_whole_minutes")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps.get_model("reminders", "Heartbeat")
    old.objects.all().delete()
    old.objects.create(name="sweep", beat_at=tokyo(2026, 4, 8, 9, 0))
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    with time_machine.travel(tokyo(2026, 4, 8, 9, 1), tick=False):
        executor.migrate(executor.loader.graph.leaf_nodes())
    beats = dict(Heartbeat.objects.values_list("name", "beat_at"))
    assert beats == {"sweep": tokyo(2026, 4, 8, 9, 0), "chat": tokyo(2026, 4, 8, 9, 1), "discovery": tokyo(2026, 4, 8, 9, 1)}
