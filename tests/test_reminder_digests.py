"""Morning digests are claimed, leased and retried like reminders, and fail like them."""

from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command

from tenders import lease
from tenders.reminders.digests import plan_digests
from tenders.reminders.models import Delivery, DigestDelivery
from tenders.reminders.sweep import sweep
from tests.conftest import tokyo
from tests.reminder_helpers import announce


@pytest.fixture
def kuwana(kuwana, owner, teammate):
    kuwana.assignees.add(teammate)
    for person in (owner, teammate):
        person.profile.reminders_enabled = False  # only digests in these tests
        person.profile.save()
    announce(kuwana.team)
    return kuwana


def digests(to=None):
    return [m for m in mail.outbox if "締切まとめ" in m.subject and (to is None or m.to == [to])]


def killed_digest_sweep_at(moment):
    """A sweep killed while sending the digests: every digest row left "sending"."""
    with time_machine.travel(moment, tick=False):
        plan_digests(moment)
        claimed = lease.claim(DigestDelivery, list(DigestDelivery.objects.filter(status="pending")), moment)
    assert claimed
    return claimed


def test_a_digest_left_sending_by_a_killed_worker_is_sent_after_the_lease(kuwana, owner, teammate):
    killed_digest_sweep_at(tokyo(2026, 4, 14, 8, 30))
    with time_machine.travel(tokyo(2026, 4, 14, 8, 32), tick=False):
        sweep()  # inside the lease: still the dead sweep's
    assert digests() == []
    for moment in (tokyo(2026, 4, 14, 8, 36), tokyo(2026, 4, 14, 8, 37), tokyo(2026, 4, 14, 11, 0)):
        with time_machine.travel(moment, tick=False):
            sweep()
    assert sorted(m.to[0] for m in digests()) == sorted([owner.email, teammate.email])  # each once, none lost
    assert set(DigestDelivery.objects.values_list("status", "attempts")) == {("sent", 1)}  # the dead sweep's claim was no try


def test_a_digest_not_sent_by_noon_is_closed_as_expired(kuwana):
    killed_digest_sweep_at(tokyo(2026, 4, 14, 11, 58))
    with time_machine.travel(tokyo(2026, 4, 14, 12, 5), tick=False):
        sweep()
    assert digests() == []
    assert set(DigestDelivery.objects.values_list("status", flat=True)) == {"expired"}


def test_a_digest_is_retried_with_backoff_while_the_server_is_away(smtp, kuwana, owner):
    smtp.stop()
    with time_machine.travel(tokyo(2026, 4, 14, 8, 30), tick=False), pytest.raises(CommandError) as failed:
        call_command("send_reminders", stdout=StringIO())
    assert "再送します" in str(failed.value) and "再送しません" not in str(failed.value)
    row = DigestDelivery.objects.get(recipient=owner)
    assert row.status == "pending" and row.attempts == 1 and row.next_attempt_at > tokyo(2026, 4, 14, 8, 30)
    smtp.start()
    for moment in (tokyo(2026, 4, 14, 8, 35), tokyo(2026, 4, 14, 8, 40)):
        with time_machine.travel(moment, tick=False):
            sweep()
    arrived = [m for m in smtp.messages if "締切まとめ" in m["Subject"] and m["To"] == owner.email]
    assert len(arrived) == 1
    row.refresh_from_db()
    assert row.status == "sent" and row.attempts == 2


def test_a_refused_digest_is_reported_like_a_refused_reminder(smtp, kuwana, owner, teammate):
    smtp.recorder.refuse.add(teammate.email)
    out = StringIO()
    with time_machine.travel(tokyo(2026, 4, 14, 8, 30), tick=False), pytest.raises(CommandError) as failed:
        call_command("send_reminders", stdout=out)
    line = next(line for line in out.getvalue().splitlines() if teammate.email in line)
    assert line.startswith("失敗 まとめメール") and "550" in line and line.endswith("（再送しません）")
    summary = str(failed.value)
    assert "1 通が送れませんでした" in summary and "再送しません" in summary and "再送します" not in summary
    row = DigestDelivery.objects.get(recipient=teammate)
    assert row.status == "failed" and "550" in row.last_error
    with time_machine.travel(tokyo(2026, 4, 14, 8, 31), tick=False):
        sweep()
        sweep()
    row.refresh_from_db()
    assert row.attempts == 1  # not tried again
    bounces = [m for m in smtp.messages if "配信失敗" in m["Subject"]]
    assert [m["To"] for m in bounces] == [owner.email]  # the team's lead, once
    assert teammate.email in bounces[0]["Subject"] and "550" in bounces[0].get_body(("plain",)).get_content()
    bounce = Delivery.objects.get(kind="bounce")
    assert (bounce.failed_digest, bounce.failed_delivery) == (row, None)  # what it is about, by a foreign key
