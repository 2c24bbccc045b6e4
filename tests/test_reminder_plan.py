"""What is due next is stored the moment the core changes: a pending row per milestone, person,
offset and due moment, at its send time. The sweep only sends what is stored and due."""

import datetime as dt
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from tenders.changes import touched
from tenders.models import Membership
from tenders.reminders.models import Delivery
from tenders.reminders.sweep import sweep
from tenders.services import milestone_mark_done, milestone_reopen, milestone_reschedule, team_join
from tests.conftest import tokyo
from tests.reminder_helpers import announce

QUESTION = "質問の受付期限"


@pytest.fixture
def kuwana(kuwana, teammate):
    kuwana.assignees.add(teammate)
    announce(kuwana.team)
    return kuwana


def run_at(*moment):
    with time_machine.travel(tokyo(*moment), tick=False):
        return sweep()


def question_mail(to):
    return [m.subject for m in mail.outbox if m.to == [to] and QUESTION in m.subject]


def test_a_notice_entered_has_its_reminders_stored_at_their_send_times(kuwana, owner, teammate):
    question = kuwana.milestones.get(label=QUESTION)  # due 4/15 16:30, the team's 7d, 3d, 1d, 3h
    for person in (owner, teammate):
        planned = Delivery.objects.filter(milestone=question, recipient=person, status="pending").order_by("next_attempt_at")
        assert [(d.code, d.next_attempt_at) for d in planned] == [
            ("7d", tokyo(2026, 4, 8, 16, 30)),
            ("3d", tokyo(2026, 4, 12, 16, 30)),
            ("1d", tokyo(2026, 4, 14, 16, 30)),
            ("3h", tokyo(2026, 4, 15, 13, 30)),
        ]
    assert not Delivery.objects.filter(milestone__label="質問の回答").exists()  # the issuer's step: not ours


def test_a_reminder_arrives_at_its_time_once_and_not_a_minute_before(kuwana, owner):
    run_at(2026, 4, 8, 16, 29)
    assert question_mail(owner.email) == []
    run_at(2026, 4, 8, 16, 30)
    run_at(2026, 4, 8, 16, 31)
    assert question_mail(owner.email) == ["【締切まで7日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託"]


def test_a_moved_dates_old_reminders_never_arrive(kuwana, owner):
    question = kuwana.milestones.get(label=QUESTION)
    with time_machine.travel(tokyo(2026, 4, 1, 10, 0), tick=False):
        milestone_reschedule(
            milestone=question, precision="datetime", day=dt.date(2026, 4, 25), time=dt.time(16, 30), by=owner, reason="訂正公告"
        )
    old = Delivery.objects.filter(milestone=question, due=tokyo(2026, 4, 15, 16, 30))
    assert old.exists() and {d.status for d in old} == {"cancelled"}
    assert all("日付が変更" in d.last_error for d in old)
    for moment in [
        (2026, 4, 1, 10, 1),
        (2026, 4, 8, 16, 30),
        (2026, 4, 12, 16, 30),
        (2026, 4, 14, 16, 30),
        (2026, 4, 15, 13, 30),
    ]:
        run_at(*moment)
    assert [s for s in question_mail(owner.email) if "日程変更" not in s] == []  # nothing for the old date
    assert len([s for s in question_mail(owner.email) if "日程変更" in s]) == 1
    run_at(2026, 4, 18, 16, 30)
    assert "【締切まで7日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託" in question_mail(owner.email)


def test_a_member_who_left_gets_nothing_and_back_in_the_team_gets_them_again(kuwana, team, owner, teammate):
    Membership.objects.filter(team=team, user=teammate).delete()
    touched(teams=[team.pk], whole_teams=True)  # as the service that removes a member says
    run_at(2026, 4, 8, 16, 30)
    assert question_mail(owner.email) and question_mail(teammate.email) == []
    left = Delivery.objects.filter(recipient=teammate, milestone__label=QUESTION)
    assert {d.status for d in left} == {"cancelled"}
    team_join(team=team, user=teammate)
    run_at(2026, 4, 12, 16, 30)
    assert question_mail(teammate.email) == ["【締切まで3日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託"]


def test_a_done_milestone_gets_nothing_and_reopened_gets_its_reminders_again(kuwana, owner):
    question = kuwana.milestones.get(label=QUESTION)
    milestone_mark_done(milestone=question, by=owner)
    assert not Delivery.objects.filter(milestone=question, status="pending").exists()
    run_at(2026, 4, 8, 16, 30)
    assert question_mail(owner.email) == []
    milestone_reopen(milestone=question)
    run_at(2026, 4, 12, 16, 30)
    assert question_mail(owner.email) == ["【締切まで3日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託"]


def test_after_downtime_only_the_latest_reminder_whose_time_has_come_is_sent(kuwana, owner):
    run_at(2026, 4, 14, 18, 0)  # down since before the 7-day reminder
    assert question_mail(owner.email) == ["【締切まで1日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託"]
    skipped = Delivery.objects.filter(milestone__label=QUESTION, recipient=owner, status="skipped")
    assert sorted(d.code for d in skipped) == ["3d", "7d"]


def test_the_plan_reminders_command_plans_a_restored_database_again(kuwana, owner):
    Delivery.objects.all().delete()  # a restore of the core without the reminder rows
    out = StringIO()
    call_command("plan_reminders", stdout=out)
    assert "送信待ち" in out.getvalue()
    call_command("plan_reminders", stdout=StringIO())  # twice: nothing twice
    run_at(2026, 4, 8, 16, 30)
    assert question_mail(owner.email) == ["【締切まで7日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託"]
