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

from tenders.reminders.models import Heartbeat
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
