"""The demo data `make run` loads: five real notices, schedules in the coming days."""

import datetime as dt
from io import StringIO

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.test import override_settings

from tenders.models import Milestone, Notice
from tenders.moments import is_business_day
from tests.conftest import tokyo

NOW = tokyo(2026, 11, 23, 9, 0)  # a Monday and a holiday (勤労感謝の日)
DEADLINES = ("question", "application", "submission", "hearing")


def load_demo_at(now):
    with override_settings(DEBUG=True), time_machine.travel(now, tick=False):
        out = StringIO()
        call_command("load_demo", stdout=out)
        return out.getvalue()


@pytest.fixture
def demo(db):
    return load_demo_at(NOW)


def test_demo_has_the_five_notices_each_with_milestones_and_a_login(demo, client):
    assert Notice.objects.filter(team__name="デモチーム").count() == 5
    assert Milestone.objects.count() == 4 + 6 + 8 + 6 + 5
    assert all(notice.milestones.exists() for notice in Notice.objects.all())
    assert "demo / demo" in demo
    assert client.login(username="demo", password="demo")


@pytest.mark.parametrize("now", [NOW, tokyo(2026, 12, 21, 9, 0), tokyo(2027, 4, 26, 9, 0)], ids=str)
def test_every_dated_deadline_falls_on_a_business_day(db, now):
    load_demo_at(now)
    dated = Milestone.objects.filter(precision__in=["date", "datetime"])
    assert dated.count() > 15
    assert [str(m) for m in dated if not is_business_day(m.starts_on)] == []


@pytest.mark.parametrize("now", [NOW, tokyo(2026, 12, 21, 9, 0), tokyo(2027, 4, 26, 9, 0)], ids=str)
def test_a_submitted_notice_has_nothing_open_behind_it(db, now):
    load_demo_at(now)
    submitted = Notice.objects.get(status="submitted")
    question = submitted.milestones.get(kind="question")
    submission = submitted.milestones.get(kind="submission")
    assert question.is_done and submission.is_done and submission.due_at < now
    assert submitted.milestones.filter(done_at__isnull=True, starts_on__gt=now.date()).exists()  # the hearing is to come
    # nowhere in the demo is anything past left open
    open_past = [
        m for m in Milestone.objects.filter(done_at__isnull=True) if (m.due_at < now if m.due_at else m.ends_on < now.date())
    ]
    assert open_past == []


def test_each_schedule_starts_in_the_coming_days_with_its_intervals_kept(demo):
    today = NOW.date()
    for notice in Notice.objects.exclude(status="submitted").prefetch_related("milestones"):
        deadlines = [m for m in notice.milestones.all() if m.kind in DEADLINES and not m.is_done]
        first = min(m.starts_on for m in deadlines)
        assert today < first <= today + dt.timedelta(days=16), notice.title
    kuwana = {m.label: m for m in Milestone.objects.filter(notice__issuer="桑名市")}
    # In the notice: 質問 4/15 16:30, 参加申込 4/24 16:30, 提案書 5/11 16:30 — 9 and 26 days apart.
    question, application, submission = (
        kuwana["質問の受付期限"],
        kuwana["参加申込書等の提出期限"],
        kuwana["企画提案書等の提出期限"],
    )
    assert (application.starts_on - question.starts_on).days == 9
    assert (submission.starts_on - question.starts_on).days == 26
    assert question.due_time == dt.time(16, 30)
    assert kuwana["契約の締結"].precision == "late_month"


def test_loading_again_reuses_what_exists(demo):
    with override_settings(DEBUG=True):
        out = StringIO()
        call_command("load_demo", stdout=out)
    assert "読み込み済み" in out.getvalue()
    assert Notice.objects.count() == 5


def test_demo_login_is_refused_in_production(db):
    with pytest.raises(CommandError, match="DEBUG=1"):
        call_command("load_demo", stdout=StringIO())
    assert not Notice.objects.exists()
