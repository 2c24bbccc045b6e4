"""A burst of reminders: one sweep sends until nothing is due or its time budget is spent (no fixed
cap), parallel drains share it without sending anything twice, the minute's sweep asks other workers
to help only when there is more than a chunk, and mails of one chunk share what they can without
mixing up what is each mail's own."""

from collections import Counter

import pytest
from django.core import mail
from django.utils import timezone
from django_q.models import Schedule, Task

from tenders import lease
from tenders.models import Membership, Team
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.reminders.models import Delivery
from tenders.reminders.sweep import drain, sweep
from tenders.reminders.sweep_job import SCHEDULE_NAME, ensure_schedule
from tenders.reminders.tasks import sweep_task
from tenders.services import notice_create, staff_get_or_create, team_join
from tests.reminder_helpers import announce
from tests.smtp import SMTPServer
from tests.test_reminder_concurrency import SlowRecorder, due_notices, postgres_only, run_at_once

pytestmark = pytest.mark.usefixtures("no_morning_messages")


@pytest.fixture
def slow_smtp(settings):
    server = SMTPServer()
    server.recorder = SlowRecorder()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 10
    yield server
    server.stop()


def due_now(*statuses):
    """Rows of reminders whose time has come, in these states."""
    return Delivery.objects.filter(status__in=statuses, send_at__lte=timezone.now())


@pytest.mark.django_db
def test_one_sweep_sends_a_burst_larger_than_the_old_cap_of_500():
    expected = due_notices(130, recipients=5)  # 650 reminders due in the same minute
    report = sweep()
    assert report.sent == expected == 650 and report.ok
    assert len({m.extra_headers["Message-ID"] for m in mail.outbox}) == 650
    assert not due_now("pending", "sending").exists()  # the earlier offsets were skipped (catch-up)


@pytest.mark.django_db
def test_a_sweep_out_of_time_claims_nothing_and_the_next_sends_everything():
    expected = due_notices(3, recipients=2)
    report = sweep(seconds=0)  # the time budget is spent before the first chunk
    assert report.sent == 0 and mail.outbox == []
    assert due_now("pending").count() == expected and not due_now("sending").exists()
    assert sweep().sent == expected


@pytest.mark.django_db
def test_a_limited_sweep_leaves_the_rest_pending_for_the_next():
    due_notices(4, recipients=2)
    assert sweep(limit=5).sent == 5
    assert due_now("pending").count() == 3
    assert sweep().sent == 3


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_parallel_drains_share_a_burst_and_send_each_reminder_once(slow_smtp):
    expected = due_notices(40, recipients=5)  # 200: four chunks
    slow_smtp.recorder.delay = 0.005
    reports, errors = run_at_once(drain, 3, timeout=120)
    assert not errors
    ids = Counter(m["Message-ID"] for m in slow_smtp.messages)
    assert len(ids) == expected and set(ids.values()) == {1}
    assert sum(r.sent for r in reports) == expected
    assert sum(1 for r in reports if r.sent) >= 2  # shared, not one drain sending everything
    assert Delivery.objects.filter(status="sent").count() == expected


@pytest.mark.django_db
def test_the_minute_sweep_sends_a_few_reminders_alone(settings):
    settings.REMINDER_SENDERS = 3
    expected = due_notices(lease.CHUNK - 5)
    sweep_task()
    assert not Task.objects.filter(func="tenders.reminders.tasks.drain_task").exists()
    assert len(mail.outbox) == expected


@pytest.mark.django_db
def test_the_minute_sweep_asks_other_workers_to_drain_when_more_than_a_chunk_is_due(settings):
    settings.REMINDER_SENDERS = 3
    expected = due_notices(lease.CHUNK + 5)
    sweep_task()  # the test settings run django-q2 tasks at once, in this process
    drains = Task.objects.filter(func="tenders.reminders.tasks.drain_task")
    assert drains.count() == 2 and all(task.success for task in drains)
    assert Delivery.objects.filter(status="sent").count() == expected
    assert len({m.extra_headers["Message-ID"] for m in mail.outbox}) == len(mail.outbox) == expected


@pytest.mark.django_db
def test_mails_of_one_chunk_each_list_the_notices_other_milestones_without_their_own():
    team = Team.objects.create(name="日程共有")
    owner, _ = staff_get_or_create(email="owner@example.jp")
    reader, _ = staff_get_or_create(email="reader@example.jp")
    team_join(team=team, user=owner, role=Membership.Role.LEAD)
    team_join(team=team, user=reader, role=Membership.Role.MEMBER)
    reader.profile.language = "en"
    reader.profile.save()
    due = timezone.localtime(timezone.now() + timezone.timedelta(hours=2)).replace(second=0, microsecond=0)
    later = due + timezone.timedelta(minutes=20)
    notice = notice_create(
        team=team,
        owner=owner,
        proposal=NoticeProposal(
            title="共有の確認",
            milestones=(
                MilestoneProposal(kind="question", label="質問期限", date=due.date(), time=due.time(), precision="datetime"),
                MilestoneProposal(
                    kind="submission", label="提出期限", date=later.date(), time=later.time(), precision="datetime"
                ),
            ),
        ),
    )
    notice.assignees.add(reader)
    announce(team)
    assert sweep().sent == 4  # two milestones' 3-hour reminders, to two people, in one chunk

    def body(to, label):
        return next(m.body for m in mail.outbox if m.to == [to] and label in m.subject)

    for person in (owner.email, reader.email):
        coming_of_question = body(person, "質問期限").split("\n\n")
        coming_of_submission = body(person, "提出期限").split("\n\n")
        assert any(
            "提出期限" in part and "質問期限" not in part
            for part in coming_of_question
            if part.startswith(("この案件", "Other coming"))
        )
        assert any(
            "質問期限" in part and "提出期限" not in part
            for part in coming_of_submission
            if part.startswith(("この案件", "Other coming"))
        )
    assert "この案件の今後の日程" in body(owner.email, "質問期限")
    assert "この案件の今後の日程" not in body(reader.email, "質問期限")  # in the reader's language


@pytest.mark.django_db
def test_the_schedule_runs_on_whole_minutes():
    Schedule.objects.filter(name=SCHEDULE_NAME).delete()
    ensure_schedule(Schedule)
    schedule = Schedule.objects.get(name=SCHEDULE_NAME)
    assert schedule.next_run.second == 0 and schedule.next_run.microsecond == 0
    assert timezone.now() < schedule.next_run <= timezone.now() + timezone.timedelta(minutes=1)
    assert schedule.calculate_next_run(schedule.next_run).second == 0  # and stays there
