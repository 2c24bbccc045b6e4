"""Nothing is sent after its deadline: a claim left by a killed sweep is taken back after the lease,
and closed as expired (a state of its own, shown on the notice page) when the deadline has passed."""

import datetime as dt
import os
import signal
import time

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from tenders import lease
from tenders.models import Membership, Team
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.reminders.models import Delivery
from tenders.reminders.sweep import sweep
from tenders.services import notice_create, staff_get_or_create, team_join
from tests.conftest import tokyo
from tests.reminder_helpers import announce
from tests.test_reminder_concurrency import (
    SlowRecorder,
    enqueue_sweep,
    postgres_only,
    start_worker,
    wait_until,
    worker_environment,
)

pytestmark = pytest.mark.usefixtures("no_morning_messages")

DEADLINE = tokyo(2026, 4, 15, 19, 4)


@pytest.fixture
def evening_deadline(team, owner):
    team.reminder_offsets = ["3h"]
    team.save()
    announce(team)
    return notice_create(
        team=team,
        owner=owner,
        proposal=NoticeProposal(
            title="夜間締切の案件",
            milestones=(
                MilestoneProposal(
                    kind="submission", label="提案書の提出期限", date=DEADLINE.date(), time=DEADLINE.time(), precision="datetime"
                ),
            ),
        ),
    )


def killed_sweep_at(moment):
    """What a sweep killed right after its claim leaves behind: its rows "sending", claimed at ``moment``."""
    with time_machine.travel(moment, tick=False):
        claimed = lease.claim(Delivery, list(Delivery.objects.filter(status="pending")), moment)
    assert claimed
    return claimed


def test_a_claim_left_by_a_killed_sweep_is_not_sent_after_the_deadline(evening_deadline, owner, client):
    (delivery,) = killed_sweep_at(tokyo(2026, 4, 15, 16, 4))  # 「締切まで3時間」 claimed, then the worker died
    with time_machine.travel(tokyo(2026, 4, 15, 19, 6), tick=False):  # back after the deadline (19:04)
        report = sweep()
    assert mail.outbox == [] and report.ok
    delivery.refresh_from_db()
    assert delivery.status == "expired" and delivery.sent_at is None
    assert "期限を過ぎた" in delivery.last_error
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 15, 19, 7), tick=False):
        page = client.get(f"/notices/{evening_deadline.pk}/").content.decode()
    assert "期限切れ（締切後は送信しません）" in page  # a state of its own on the notice page, not "cancelled"


def test_a_claim_left_by_a_killed_sweep_is_sent_after_the_lease_while_the_deadline_is_ahead(evening_deadline, owner, settings):
    (delivery,) = killed_sweep_at(tokyo(2026, 4, 15, 16, 4))
    with time_machine.travel(tokyo(2026, 4, 15, 16, 6), tick=False):  # inside the lease: still the dead sweep's
        sweep()
    assert mail.outbox == []
    with time_machine.travel(
        tokyo(2026, 4, 15, 16, 4) + dt.timedelta(seconds=settings.REMINDER_CLAIM_LEASE_SECONDS + 60), tick=False
    ):
        sweep()
        sweep()
    assert [m.subject for m in mail.outbox] == ["【締切まで3時間】提案書の提出期限 — 夜間締切の案件"]
    delivery.refresh_from_db()
    assert delivery.status == "sent" and delivery.attempts == 1  # the dead sweep's claim was no try


def test_a_pending_reminder_whose_deadline_passed_is_expired_not_cancelled(evening_deadline):
    with time_machine.travel(tokyo(2026, 4, 15, 19, 4), tick=False):  # the deadline itself: too late
        sweep()
    assert mail.outbox == []
    assert set(Delivery.objects.values_list("status", flat=True)) == {"expired"}


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_qcluster_killed_mid_sweep_and_back_after_the_deadline_sends_nothing_late(settings, tmp_path):
    """The sequence of the attack run: a worker killed mid-sweep, its claims released after the lease,
    and the deadline passed meanwhile. The restarted worker must send none of them."""
    from tests.smtp import SMTPServer

    server = SMTPServer()
    server.recorder = SlowRecorder()
    server.recorder.delay = 1.0  # 30 mails take 30 s: the sweep cannot finish before the deadline
    server.start()
    team = Team.objects.create(name="締切直前")
    user, _ = staff_get_or_create(email="late@example.jp")
    team_join(team=team, user=user, role=Membership.Role.LEAD)
    deadline = timezone.localtime(timezone.now() + dt.timedelta(seconds=25)).replace(microsecond=0)
    for i in range(30):
        notice_create(
            team=team,
            owner=user,
            proposal=NoticeProposal(
                title=f"直前案件{i}",
                milestones=(
                    MilestoneProposal(
                        kind="submission", label=f"提出期限{i}", date=deadline.date(), time=deadline.time(), precision="datetime"
                    ),
                ),
            ),
        )
    env = worker_environment(server.port)  # claim lease: 3 s
    log = (tmp_path / "worker.log").open("w")
    worker = start_worker(env, log)
    try:
        enqueue_sweep()
        assert wait_until(lambda: len(server.messages) >= 3, 20), (tmp_path / "worker.log").read_text()
        os.killpg(worker.pid, signal.SIGKILL)  # mid-sweep, before the deadline
        worker.wait(10)
        assert timezone.now() < deadline, "the worker was too slow to start for this test"
        delivered_before = len(server.messages)
        assert delivered_before < 30, "the sweep was not interrupted"

        while timezone.now() < deadline + dt.timedelta(seconds=4):  # the deadline and the lease pass
            time.sleep(0.5)
        worker = start_worker(env, log)
        enqueue_sweep()
        assert wait_until(lambda: not Delivery.objects.filter(status__in=["pending", "sending"]).exists(), 60), (
            tmp_path / "worker.log"
        ).read_text()
        time.sleep(2)  # a late mail, if any, would arrive now
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(10)
        server.stop()
    assert len(server.messages) == delivered_before  # nothing after the deadline
    statuses = dict.fromkeys(["sent", "expired"], 0) | {
        status: Delivery.objects.filter(status=status).count() for status in ("sent", "expired")
    }
    assert statuses["expired"] >= 30 - delivered_before  # the killed sweep's claims and the rest: closed, visibly
    assert statuses["sent"] + statuses["expired"] == 30


class ClockPassingRecorder(SlowRecorder):
    """Accepts a mail, then moves the frozen clock on: the sweep's next row is reached after the deadline."""

    traveller = None
    shift = dt.timedelta(minutes=5)

    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        if self.traveller is not None:
            self.traveller.shift(self.shift)
            self.traveller = None
        return reply


def test_a_row_the_sweep_reaches_after_the_deadline_is_expired_not_sent(evening_deadline, teammate, settings):
    from tests.smtp import SMTPServer

    evening_deadline.assignees.add(teammate)
    announce(evening_deadline.team)
    server = SMTPServer()
    server.recorder = ClockPassingRecorder()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 5
    try:
        with time_machine.travel(tokyo(2026, 4, 15, 19, 3), tick=False) as traveller:  # a minute before 19:04
            server.recorder.traveller = traveller
            report = sweep()
    finally:
        server.stop()
    assert len(server.messages) == 1  # the first mail went at 19:03; the clock then read 19:08
    assert sorted(Delivery.objects.values_list("status", flat=True)) == ["expired", "sent"]
    assert report.sent == 1 and report.ok
    assert any(line.startswith("期限切れ") for line in report.lines)
