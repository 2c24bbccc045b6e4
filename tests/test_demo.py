"""The demo data `make run` loads: five real notices, schedules in the coming days."""

import datetime as dt
from io import StringIO

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.test import override_settings

from tenders.models import Milestone, Notice
from tests.conftest import tokyo

NOW = tokyo(2026, 11, 23, 9, 0)


@pytest.fixture
def demo(db):
    with override_settings(DEBUG=True), time_machine.travel(NOW, tick=False):
        out = StringIO()
        call_command("load_demo", stdout=out)
        return out.getvalue()


def test_demo_has_the_five_notices_and_a_login(demo, client):
    assert Notice.objects.filter(team__name="デモチーム").count() == 5
    assert Milestone.objects.count() == 17
    assert "demo / demo" in demo
    assert client.login(username="demo", password="demo")


def test_each_schedule_starts_in_the_coming_days_with_its_intervals_kept(demo):
    today = NOW.date()
    for notice in Notice.objects.prefetch_related("milestones"):
        milestones = list(notice.milestones.all())
        if not milestones:
            continue
        first = min(m.starts_on for m in milestones)
        assert today < first <= today + dt.timedelta(days=14)
        assert all(m.done_at is None for m in milestones)
    kuwana = {m.label: m for m in Milestone.objects.filter(notice__issuer="桑名市")}
    # In the notice: 質問 4/15 16:30, 参加申込 4/24 16:30, 提案書 5/11 16:30 — 9 and 26 days apart.
    question, application, submission = kuwana["質問の受付期限"], kuwana["参加申込書等の提出期限"], kuwana["企画提案書等の提出期限"]
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
