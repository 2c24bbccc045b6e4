"""A reminder's bytes are those of the email package's compat32, which Django's messages use: the
policy that writes short ASCII headers as they are (tenders.reminders.email) changes only the time."""

import datetime as dt
from email.policy import compat32

import pytest
import time_machine
from django.core import mail

from tenders.models import Profile
from tenders.reminders.email import SHORT_HEADERS_AS_THEY_ARE
from tenders.reminders.sweep import sweep
from tenders.services import milestone_reschedule
from tests.conftest import tokyo
from tests.reminder_helpers import announce


@pytest.mark.parametrize(
    "value",
    [
        "",
        "All",
        "auto-generated",
        "Shimekiri <noreply@shimekiri.test>",
        "two  spaces, a trailing one ",
        " a leading one",
        "a\ttab",
        "x" * 68,  # "Message-ID: " and 66 characters: 78
        "x" * 67,
        "words " * 12,
        "=?utf-8?b?44CQ?=",
        "締切",
        "a\nline break",
        "a\x0bvertical tab",
    ],
)
def test_a_header_is_written_as_compat32_writes_it(value):
    for linesep in ("\n", "\r\n"):
        ours, theirs = (policy.clone(linesep=linesep) for policy in (SHORT_HEADERS_AS_THEY_ARE, compat32))
        assert ours.fold_binary("Message-ID", value) == theirs.fold_binary("Message-ID", value)


def test_every_kind_of_mail_is_written_as_compat32_writes_it(kuwana, owner, teammate):
    kuwana.assignees.add(teammate)
    announce(kuwana.team)
    Profile.objects.filter(user=teammate).update(language="en")
    with time_machine.travel(tokyo(2026, 4, 12, 18, 0), tick=False):
        milestone_reschedule(
            milestone=kuwana.milestones.get(label="質問の受付期限"),
            precision="datetime",
            day=dt.date(2026, 4, 20),
            time=dt.time(16, 30),
            by=owner,
            reason="訂正公告第1号",
        )
        sweep()  # the date change, with its calendar event
    for moment in [(2026, 4, 14, 8, 30), (2026, 4, 19, 16, 30)]:  # the digests; the reminders
        with time_machine.travel(tokyo(*moment), tick=False):
            sweep()
    subjects = [m.subject for m in mail.outbox]
    assert any("日程変更" in s for s in subjects) and any("締切まとめ" in s for s in subjects)
    assert any(s.startswith("[") for s in subjects) and any("【締切まで" in s for s in subjects)
    for sent in mail.outbox:
        message = sent.message()
        ours = message.as_bytes(linesep="\r\n")
        message.policy = compat32
        assert message.as_bytes(linesep="\r\n") == ours
        boundaries = [part.get_boundary() for part in message.walk() if part.is_multipart()]
        assert len(set(boundaries)) == len(boundaries) and all(f"\r\n--{b}".encode() in ours for b in boundaries)
