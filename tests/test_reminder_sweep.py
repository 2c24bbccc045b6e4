"""The reminder sweep with frozen time: what is sent, to whom, when — and what is not."""

import datetime as dt
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from tenders.models import Heartbeat, Milestone, Notice
from tenders.reminders.models import Delivery, DigestDelivery
from tenders.reminders.sweep import sweep
from tenders.services import milestone_mark_done, milestone_reschedule, notice_create, notice_set_status
from tests.conftest import tokyo
from tests.reminder_helpers import announce

SUBJECT_1D = "【締切まで1日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託"


@pytest.fixture
def kuwana(kuwana, teammate):
    """Sample 002 with the teammate assigned too, who reads English."""
    kuwana.assignees.add(teammate)
    teammate.profile.language = "en"
    teammate.profile.save()
    announce(kuwana.team)
    return kuwana


def run_at(*moment):
    with time_machine.travel(tokyo(*moment), tick=False):
        return sweep()


def subjects(to=None):
    return [m.subject for m in mail.outbox if to is None or m.to == [to]]


def test_seven_days_before_both_people_get_one_reminder_each(kuwana, owner, teammate):
    report = run_at(2026, 4, 8, 16, 30)
    assert subjects(owner.email) == ["【締切まで7日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託"]
    assert subjects(teammate.email) == ["[7 day(s) left] 質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託"]
    assert report.sent == 2 and report.ok
    run_at(2026, 4, 8, 16, 31)
    run_at(2026, 4, 9, 13, 0)
    assert len(mail.outbox) == 2  # never twice


def test_the_email_says_when_how_and_where(kuwana, owner):
    run_at(2026, 4, 14, 16, 30)
    message = next(m for m in mail.outbox if m.to == [owner.email] and m.subject == SUBJECT_1D)
    body = message.body
    assert "2026年4月15日（水）16:30" in body
    assert "あと1日" in body
    assert "提出方法: メール" in body
    assert "4月24日（金）16:30 参加申込書等の提出期限" in body  # the notice's other coming milestones
    assert f"https://shimekiri.test/notices/{kuwana.pk}/" in body
    milestone = kuwana.milestones.get(label="質問の受付期限")
    assert f"https://shimekiri.test/milestones/{milestone.pk}/done/" in body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "<strong>2026年4月15日（水）16:30</strong>" in html
    due = int(tokyo(2026, 4, 15, 16, 30).timestamp())
    assert message.extra_headers["Message-ID"] == f"<shimekiri.{milestone.pk}.{owner.pk}.1d.{due}@shimekiri.test>"


def test_english_speaker_in_berlin_sees_english_and_local_time(kuwana, teammate):
    teammate.profile.time_zone = "Europe/Berlin"
    teammate.profile.save()
    announce(kuwana.team)
    run_at(2026, 4, 14, 16, 30)
    message = next(m for m in mail.outbox if m.to == [teammate.email] and "質問の受付期限" in m.subject)
    assert message.subject.startswith("[1 day(s) left]")
    assert "Wed 15 Apr 2026 09:30" in message.body  # 16:30 in Tokyo
    assert "1 day left" in message.body


def test_catch_up_sends_only_the_latest_overdue_offset(kuwana, owner):
    run_at(2026, 4, 14, 18, 0)  # down since before the 7-day and 3-day reminders
    mine = subjects(owner.email)
    assert SUBJECT_1D in mine
    assert not any("7日" in s and "質問の受付期限" in s for s in mine)
    assert not any("3日" in s and "質問の受付期限" in s for s in mine)
    assert not any("質問の回答" in s for s in mine)  # the issuer's answer is not the team's to meet: no reminder


def test_catch_up_of_a_date_only_milestone_the_team_acts_on(kuwana, owner, team):
    team.actionable_kinds = [*team.actionable_kinds, "answer"]
    team.save()
    announce(team)
    run_at(2026, 4, 14, 18, 0)
    assert "【締切まで3日】質問の回答 —「世界を目指す若者応援事業」旅行手配業務委託" in subjects(
        owner.email
    )  # 4/17 17:00 − 3 days = 4/14 17:00


def test_nothing_is_sent_for_a_milestone_already_past(kuwana, owner):
    run_at(2026, 4, 16, 9, 0)
    assert not any("質問の受付期限" in s for s in subjects())


def test_done_milestone_and_closed_notice_get_nothing_and_pending_is_cancelled(kuwana, owner):
    question = kuwana.milestones.get(label="質問の受付期限")
    with time_machine.travel(tokyo(2026, 4, 14, 16, 30), tick=False):
        assert (
            Delivery.objects.filter(milestone=question, status="pending", recipient__in=[owner, kuwana.assignees.get()]).count()
            == 8
        )  # 7d, 3d, 1d, 3h each
        milestone_mark_done(milestone=question, by=owner)
        sweep()
    assert not any("質問の受付期限" in s for s in subjects())
    assert set(Delivery.objects.filter(milestone=question).values_list("status", flat=True)) == {"cancelled"}
    mail.outbox.clear()
    notice_set_status(notice=kuwana, status=Notice.Status.WITHDRAWN)
    run_at(2026, 4, 23, 16, 30)
    assert mail.outbox == []


def test_a_corrected_date_recomputes_and_tells_the_owner_once(kuwana, owner, teammate):
    question = kuwana.milestones.get(label="質問の受付期限")
    run_at(2026, 4, 12, 17, 0)
    assert "【締切まで3日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託" in subjects(owner.email)
    mail.outbox.clear()
    with time_machine.travel(tokyo(2026, 4, 12, 18, 0), tick=False):
        milestone_reschedule(
            milestone=question,
            precision="datetime",
            day=dt.date(2026, 4, 20),
            time=dt.time(16, 30),
            by=owner,
            reason="訂正公告第1号",
        )
        sweep()
        sweep()
    changed = [m for m in mail.outbox if "日程変更" in m.subject]
    assert len(changed) == 1 and changed[0].to == [owner.email]
    assert (
        changed[0].subject
        == "【日程変更】質問の受付期限：2026年4月15日（水）16:30 → 2026年4月20日（月）16:30 —「世界を目指す若者応援事業」旅行手配業務委託"
    )
    assert "訂正公告第1号" in changed[0].body
    mail.outbox.clear()
    run_at(2026, 4, 13, 17, 0)  # 7 days before the new date: the 3-day mail sent for the old date does not block it
    assert "【締切まで7日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託" in subjects(owner.email)


def test_business_day_offsets_skip_golden_week(team, owner):
    team.reminder_offsets = ["3bd"]
    team.save()
    announce(team)
    from tenders.proposal import MilestoneProposal, NoticeProposal

    notice_create(
        team=team,
        owner=owner,
        proposal=NoticeProposal(
            title="GW明けの案件",
            milestones=(
                MilestoneProposal(
                    kind="submission", label="提案書提出期限", date=dt.date(2026, 5, 7), time=dt.time(12), precision="datetime"
                ),
            ),
        ),
    )
    run_at(2026, 4, 28, 11, 59)
    assert mail.outbox == []
    run_at(2026, 4, 28, 12, 0)
    assert subjects() == ["【締切まで3営業日】提案書提出期限 — GW明けの案件"]


def test_fuzzy_window_gets_one_confirm_the_date_reminder(kuwana, owner, team):
    team.actionable_kinds = [*team.actionable_kinds, "contract"]  # the contract is usually the issuer's step
    team.save()
    announce(team)
    run_at(2026, 5, 21, 8, 59)
    assert not any("契約の締結" in s for s in subjects())
    run_at(2026, 5, 21, 9, 0)
    run_at(2026, 5, 25, 9, 0)
    window = [s for s in subjects(owner.email) if "契約の締結" in s]
    assert window == ["【日程確認】契約の締結は5月下旬（予定） —「世界を目指す若者応援事業」旅行手配業務委託"]


def test_date_only_milestone_is_due_at_the_teams_deadline_time(kuwana, owner, team):
    team.actionable_kinds = [*team.actionable_kinds, "answer"]
    team.deadline_time = dt.time(12, 0)
    team.save()
    announce(team)
    run_at(2026, 4, 16, 11, 59)
    assert "【締切まで1日】質問の回答 —「世界を目指す若者応援事業」旅行手配業務委託" not in subjects(owner.email)
    run_at(2026, 4, 16, 12, 0)
    assert "【締切まで1日】質問の回答 —「世界を目指す若者応援事業」旅行手配業務委託" in subjects(owner.email)


def test_daily_digest_once_each_morning_with_overdue_and_coming(kuwana, owner, teammate):
    teammate.profile.digest_enabled = False
    teammate.profile.save()
    announce(kuwana.team)
    run_at(2026, 4, 14, 8, 29)
    assert not any("まとめ" in s for s in subjects())
    run_at(2026, 4, 14, 8, 30)
    run_at(2026, 4, 14, 9, 30)
    digests = [m for m in mail.outbox if "締切まとめ" in m.subject]
    assert len(digests) == 1 and digests[0].to == [owner.email]
    body = digests[0].body
    assert digests[0].subject == "【締切まとめ】2026年4月14日（火）：期限切れ0件・7日以内2件"
    assert "期限切れ（未完了）" not in body and "公募開始" not in body  # the issuer's past step is not overdue
    coming = body.split("■ 7日以内")[1]
    assert "質問の受付期限 —" in coming and "質問の回答（発注者側の予定） —" in coming and "参加資格の確認通知" not in coming
    assert not any(m.to == [teammate.email] and "まとめ" in m.subject for m in mail.outbox)


def test_no_digest_when_there_is_nothing(team, owner):
    run_at(2026, 4, 14, 8, 45)
    assert mail.outbox == []
    assert DigestDelivery.objects.values_list("status", "attempts").get() == ("empty", 0)  # closed untried


def test_send_reminders_command_prints_a_line_per_mail(kuwana):
    out = StringIO()
    with time_machine.travel(tokyo(2026, 4, 8, 16, 30), tick=False):
        call_command("send_reminders", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and all(line.startswith("送信 ") and "質問の受付期限" in line for line in lines)
    out = StringIO()
    with time_machine.travel(tokyo(2026, 4, 8, 16, 31), tick=False):
        call_command("send_reminders", stdout=out)
    assert out.getvalue().strip() == "送信するリマインダーはありません。"


def test_notice_page_shows_sent_and_scheduled_reminders(client, kuwana, owner):
    run_at(2026, 4, 8, 16, 30)
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 9, 9, 0), tick=False):
        page = client.get(reverse("tenders:notice_detail", args=[kuwana.pk])).content.decode()
    assert "送信済み 4/8 16:30" in page or "sent 4/8 16:30" in page
    assert "予定 4/12 16:30 — 3日前 → 山田 一郎" in page


def test_notice_page_shows_the_stored_queue_not_a_plan_of_its_own(client, kuwana, owner):
    """What the page lists as scheduled is what the sweep will send: a stored row it will not send
    (cancelled) is not listed, even where the team's offsets would still give that moment."""
    client.force_login(owner)
    three_days = Delivery.objects.filter(milestone__notice=kuwana, code="3d", status=Delivery.Status.PENDING)
    first = three_days.order_by("send_at").first()
    with time_machine.travel(tokyo(2026, 4, 1, 9, 0), tick=False):
        page = client.get(reverse("tenders:notice_detail", args=[kuwana.pk])).content.decode()
        assert f"予定 {timezone.localtime(first.send_at):%-m/%-d %H:%M} — 3日前 → 山田 一郎" in page
        three_days.filter(send_at=first.send_at).update(status=Delivery.Status.CANCELLED)
        page = client.get(reverse("tenders:notice_detail", args=[kuwana.pk])).content.decode()
    assert f"予定 {timezone.localtime(first.send_at):%-m/%-d %H:%M} — 3日前" not in page


def test_heartbeat_healthz_banner_and_one_alert_to_leads(client, kuwana, owner, teammate):
    with time_machine.travel(tokyo(2026, 4, 8, 9, 0), tick=False):
        sweep()
        response = client.get("/healthz")
        assert response.status_code == 200 and response.json()["last_sweep"].startswith("2026-04-08T00:00:00")
    mail.outbox.clear()
    with time_machine.travel(tokyo(2026, 4, 8, 9, 6), tick=False):
        assert client.get("/healthz").status_code == 503
        client.force_login(teammate)
        page = client.get(reverse("tenders:dashboard")).content.decode()
        assert mail.outbox == []  # a page shows the stall and sends nothing
        for _ in range(2):
            with pytest.raises(CommandError):
                call_command("check_worker", stdout=StringIO())  # the monitor, from cron
    assert "5 minutes" in page or "5分" in page
    alerts = [m for m in mail.outbox if "止まっています" in m.subject]
    assert [m.to for m in alerts] == [[owner.email]]  # the lead, once
    with time_machine.travel(tokyo(2026, 4, 8, 9, 7), tick=False):
        sweep()
        assert client.get("/healthz").status_code == 200
        assert "5 minutes" not in client.get(reverse("tenders:dashboard")).content.decode()
    assert Heartbeat.objects.get(name=Heartbeat.SWEEP).beat_at == tokyo(2026, 4, 8, 9, 7)


def test_reminders_planned_once_arrive_each_once_on_time(owner, teammate, team):
    """Planned when the notice was entered, never again: sweeps at uneven steps over two months send
    each reminder of every milestone once, at the first sweep on or after its send time."""
    from random import Random

    from tenders.reminders.plan import all_planned
    from tests.web_helpers import sample_notice

    with time_machine.travel(tokyo(2026, 3, 20, 10, 0), tick=False):  # entered before the first sweep, never touched again
        team.reminder_offsets = ["7d", "3bd", "1d", "3h"]
        team.actionable_kinds = list(Milestone.Kind.values)  # every kind reminded: the most reminders to time
        team.save()
        announce(team)
        kuwana = sample_notice(team, owner)
        kuwana.assignees.add(teammate)
        for person in (owner, teammate):
            person.profile.digest_enabled = False
            person.profile.save()
        announce(team)
    start, moments, rng = tokyo(2026, 4, 6, 0, 0), [], Random(5)
    moment = start
    while moment < tokyo(2026, 5, 26, 0, 0):
        moments.append(moment)
        moment += dt.timedelta(minutes=rng.randrange(20, 170))  # under 3 hours: no two reminders of one milestone per step
    for moment in moments:
        with time_machine.travel(moment, tick=False):
            sweep()

    expected = {}
    for milestone in kuwana.milestones.select_related("notice__team"):
        for planned in all_planned(milestone):
            if start < planned.send_at <= moments[-1] and planned.send_at < planned.expires_at:
                first_sweep = next(m for m in moments if m >= planned.send_at)
                for person in (owner, teammate):
                    expected[(milestone.pk, person.pk, planned.code)] = first_sweep
    sent = {
        (d.milestone_id, d.recipient_id, d.code): d.sent_at
        for d in Delivery.objects.filter(kind__in=["reminder", "window"], status="sent")
    }
    assert len(expected) > 40
    assert sent == expected
    assert not Delivery.objects.filter(status__in=["failed", "sending"]).exists()
    assert not Delivery.objects.filter(status="pending", next_attempt_at__lte=moments[-1]).exists()
