"""The sweep's steps, each tested on its own: they return whether (or how much) they did."""

import time_machine
from django.core import mail

from tenders.reminders import digests, send
from tenders.reminders.models import Delivery, DigestDelivery
from tests.conftest import tokyo


def test_skipping_keeps_only_each_persons_latest_reminder_whose_time_has_come(kuwana, owner):
    assert send.skip_caught_up(tokyo(2026, 4, 8, 16, 29)) == 0
    assert send.skip_caught_up(tokyo(2026, 4, 14, 17, 0)) > 0  # 7d and 3d of 質問の受付期限, and others
    question = Delivery.objects.filter(milestone__label="質問の受付期限", recipient=owner)
    assert {d.code: d.status for d in question} == {"7d": "skipped", "3d": "skipped", "1d": "pending", "3h": "pending"}
    assert send.skip_caught_up(tokyo(2026, 4, 14, 17, 0)) == 0  # nothing more to do


def test_sending_sends_only_rows_whose_time_has_come(kuwana, owner):
    with time_machine.travel(tokyo(2026, 4, 8, 16, 30), tick=False):
        report = send.SweepReport()
        assert send.send_due(tokyo(2026, 4, 8, 16, 29), report, limit=100) is True and report.sent == 0
        send.send_due(tokyo(2026, 4, 8, 16, 30), report, limit=100)
    assert report.sent == 1 and [m.to for m in mail.outbox] == [[owner.email]]


def test_digests_are_planned_once_per_person_each_morning(kuwana, owner):
    digests.plan_digests(tokyo(2026, 4, 14, 8, 29))
    assert not DigestDelivery.objects.exists()
    digests.plan_digests(tokyo(2026, 4, 14, 8, 30))
    digests.plan_digests(tokyo(2026, 4, 14, 9, 0))
    assert list(DigestDelivery.objects.values_list("recipient", "status")) == [(owner.pk, "pending")]
