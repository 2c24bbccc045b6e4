"""Reminders over real SMTP (aiosmtpd on loopback): MIME, Japanese headers, outages, rejected addresses."""

import datetime as dt
from collections import Counter

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.urls import reverse

from tenders.reminders.models import Delivery
from tenders.reminders.sweep import sweep
from tests.conftest import tokyo
from tests.reminder_helpers import announce


@pytest.fixture
def kuwana(kuwana, teammate):
    """Sample 002 with the teammate assigned too: its mail goes to two people."""
    kuwana.assignees.add(teammate)
    announce(kuwana.team)
    return kuwana


def at(*moment):
    return time_machine.travel(tokyo(*moment), tick=False)


def test_mail_arrives_as_multipart_with_a_japanese_subject(smtp, kuwana, owner):
    with at(2026, 4, 14, 16, 30):
        sweep()
    arrived = [m for m in smtp.messages if m["To"] == owner.email and "質問の受付期限" in m["Subject"]]
    assert len(arrived) == 1
    message = arrived[0]
    assert message["Subject"] == "【締切まで1日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託"  # nothing to strip
    assert smtp.raw[0].count(b"=?utf-8?b?") >= 1  # RFC 2047 encoded words on the wire, no raw UTF-8 header
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "2026年4月15日（水）16:30" in plain and "<strong>2026年4月15日（水）16:30</strong>" in html
    assert message["Message-ID"].startswith(f"<shimekiri.{kuwana.milestones.get(label='質問の受付期限').pk}.{owner.pk}.1d.")
    assert message["Auto-Submitted"] == "auto-generated"


def test_server_down_then_back_nothing_lost_nothing_twice(smtp, kuwana, owner, teammate):
    smtp.stop()
    with at(2026, 4, 14, 16, 30), pytest.raises(CommandError) as failed:
        call_command("send_reminders")
    assert failed.value.returncode == 1
    pending = Delivery.objects.filter(status="pending")
    assert pending.exists() and all(d.attempts <= 1 for d in pending)
    assert pending.filter(attempts=1).count() == 1  # the one tried; the rest were given back untried
    assert not Delivery.objects.filter(status="sending").exists()
    assert all(d.claimed_at is None for d in pending.filter(attempts=0))
    assert any("Connection" in d.last_error or "refused" in d.last_error.lower() for d in pending)
    with at(2026, 4, 14, 16, 30, 30):
        sweep()  # the retry is not due yet (backoff)
    smtp.start()
    with at(2026, 4, 14, 16, 40):
        report = sweep()
        sweep()
    assert report.ok
    with at(2026, 4, 14, 16, 45):
        sweep()
    ids = Counter(m["Message-ID"] for m in smtp.messages)
    assert ids and all(count == 1 for count in ids.values())
    assert Delivery.objects.filter(status="sent").count() == len(ids)
    assert not Delivery.objects.filter(status="sending").exists()
    assert not Delivery.objects.filter(
        status="pending", next_attempt_at__lte=tokyo(2026, 4, 14, 16, 45)
    ).exists()  # only later reminders wait
    question = kuwana.milestones.get(label="質問の受付期限")
    assert {m["To"] for m in smtp.messages if "質問の受付期限" in m["Subject"]} == {owner.email, teammate.email}
    assert Delivery.objects.get(milestone=question, recipient=owner, code="1d").attempts == 2


def test_rejected_address_stops_is_shown_and_leads_are_told(smtp, client, kuwana, owner, teammate):
    smtp.recorder.refuse.add(teammate.email)
    with at(2026, 4, 14, 16, 30):
        report = sweep()
    assert not report.ok
    failed = Delivery.objects.get(recipient=teammate, milestone__label="質問の受付期限", code="1d")
    assert failed.status == "failed" and "550" in failed.last_error
    with at(2026, 4, 14, 16, 31):
        sweep()
        sweep()
    failed.refresh_from_db()
    assert failed.attempts == 1  # a permanent error is not retried
    bounces = [m for m in smtp.messages if "配信失敗" in m["Subject"]]
    assert {m["To"] for m in bounces} == {owner.email}  # the team's lead
    assert all(teammate.email in m["Subject"] for m in bounces)
    assert len([m for m in bounces if "質問の受付期限" in m["Subject"]]) == 1
    client.force_login(owner)
    with at(2026, 4, 14, 16, 32):
        page = client.get(reverse("tenders:notice_detail", args=[kuwana.pk])).content.decode()
    assert "失敗" in page and "550" in page


def test_retries_give_up_when_the_deadline_passes(smtp, kuwana, owner):
    smtp.stop()
    with at(2026, 4, 15, 13, 30):
        sweep()  # the 3-hour reminder fails
    for minute in range(0, 181, 20):
        with (
            at(2026, 4, 15, 13, 31)
            if minute == 0
            else time_machine.travel(tokyo(2026, 4, 15, 13, 30) + dt.timedelta(minutes=minute), tick=False)
        ):
            sweep()
    delivery = Delivery.objects.get(recipient=owner, milestone__label="質問の受付期限", code="3h")
    assert delivery.status in ("failed", "expired")
    assert "期限" in delivery.last_error


def test_a_mail_that_cannot_be_built_fails_once_and_the_others_still_go(smtp, kuwana, owner, teammate):
    """A row whose mail cannot be built (our bug) is failed and never retried; the mails before and
    after it in the same chunk (the next one is built while the current one is handed over) arrive."""
    question = kuwana.milestones.get(label="質問の受付期限")
    broken = Delivery.objects.get(milestone=question, recipient=teammate, code="1d")
    Delivery.objects.filter(pk=broken.pk).update(code="no-such-offset")
    with at(2026, 4, 14, 16, 30):
        report = sweep()
    broken.refresh_from_db()
    assert broken.status == "failed" and broken.attempts == 1
    arrived = [m for m in smtp.messages if "質問の受付期限" in m["Subject"] and "配信失敗" not in m["Subject"]]
    assert [m["To"] for m in arrived] == [owner.email]
    assert report.sent >= 1 and report.failed == 1
    with at(2026, 4, 14, 16, 31):
        sweep()
    broken.refresh_from_db()
    assert broken.attempts == 1  # never retried


@pytest.mark.django_db(transaction=True)
def test_the_sending_sessions_commits_wait_for_the_disk_again_after_the_sweep(smtp, kuwana, owner):
    """PostgreSQL: sent marks commit without waiting for the disk while a sweep sends (tenders.lease.
    unflushed_commits); the connection's other work afterwards waits for it again."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("synchronous_commit is PostgreSQL's")
    with at(2026, 4, 14, 16, 30):
        report = sweep()
    assert report.sent >= 1 and Delivery.objects.filter(status="sent").count() == report.sent
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone()[0] == "on"
