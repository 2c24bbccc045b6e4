"""Deadlines that are not the team's to meet: 公募開始, 質問への回答, 審査結果の通知 and 契約 are the
issuer's steps. They get no reminders and are never overdue (dashboard, overdue page, digest,
notice page); they are shown as information. Each team chooses the kinds it acts on."""

import datetime as dt

import time_machine
from django.core import mail
from django.urls import reverse

from tenders.models import Milestone, Team
from tenders.models.milestones import ISSUER_KINDS
from tenders.reminders.models import Delivery
from tenders.reminders.plan import all_planned
from tenders.reminders.sweep import sweep
from tests.conftest import tokyo
from tests.reminder_helpers import announce
from tests.web_helpers import simple_notice

ISSUER_LABELS = ("公募開始", "質問の回答", "参加資格の確認通知", "契約の締結")


def test_by_default_only_the_teams_own_steps_are_reminded(kuwana, owner):
    milestones = list(kuwana.milestones.select_related("notice__team"))
    assert {m.label for m in milestones if not all_planned(m)} == set(ISSUER_LABELS)
    moments = [tokyo(2026, 4, 14, 17, 0), tokyo(2026, 4, 16, 17, 0), tokyo(2026, 4, 26, 17, 0), tokyo(2026, 5, 21, 9, 0)]
    for moment in moments:  # when the answer's 3-day, its 1-day, the result's 1-day and the contract's window mail were due
        with time_machine.travel(moment, tick=False):
            sweep()
    assert mail.outbox  # the team's own deadlines were reminded meanwhile
    assert not any(label in m.subject for m in mail.outbox for label in ISSUER_LABELS)
    assert not Delivery.objects.filter(milestone__kind__in=ISSUER_KINDS).exists()


def test_a_team_that_stops_acting_on_a_kind_gets_its_pending_reminders_cancelled(kuwana, team):
    with time_machine.travel(tokyo(2026, 4, 14, 16, 30), tick=False):
        assert Delivery.objects.filter(milestone__kind="question", status="pending").exists()
        team.actionable_kinds = ["application", "submission", "hearing", "other"]
        team.save()
        announce(team)
        sweep()
    assert mail.outbox == []
    cancelled = Delivery.objects.filter(milestone__kind="question")
    assert {d.status for d in cancelled} == {"cancelled"}
    assert all("対象外" in d.last_error for d in cancelled)


def test_the_rule_follows_each_teams_choice(kuwana, team, other_team, outsider):
    other_team.actionable_kinds = ["published", "submission"]
    other_team.save()
    announce(other_team)
    theirs = simple_notice(
        other_team,
        outsider,
        "他チームの案件",
        ("published", "公示", "date", dt.date(2026, 4, 1), None),
        ("question", "質問期限", "date", dt.date(2026, 4, 2), None),
    )
    now, today = tokyo(2026, 4, 14, 9, 0), dt.date(2026, 4, 14)
    actionable = set(Milestone.objects.actionable().values_list("notice__title", "label"))
    assert (theirs.title, "公示") in actionable and (theirs.title, "質問期限") not in actionable
    assert (kuwana.title, "公募開始") not in actionable and (kuwana.title, "質問の受付期限") in actionable
    overdue = set(Milestone.objects.overdue(now, today).values_list("label", flat=True))
    assert overdue == {"公示"}
    for milestone in Milestone.objects.select_related("notice__team"):  # one rule, row by row and in SQL
        assert milestone.is_overdue(now, today) == (milestone.label in overdue)
    assert Team.objects.get(pk=team.pk).acts_on("question") and not team.acts_on("answer")


def test_overdue_page_and_team_counts_hold_only_the_teams_steps(client, kuwana, owner):
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 20, 9, 0), tick=False):
        page = client.get(reverse("tenders:overdue") + "?scope=teams").content.decode()
        (team,) = client.get(reverse("tenders:dashboard")).context["teams"]
    assert "発注者側の予定（既定では公募開始・質問への回答・結果通知・契約）は期限切れになりません" in page
    page = page[page.index('<ul class="milestones">') :]
    assert "質問の受付期限" in page  # 4/15 16:30, the team's: overdue
    assert not any(label in page for label in ("公募開始", "質問の回答"))  # 4/1 and 4/17, the issuer's
    assert team.counts["overdue"] == 1


def test_the_notice_page_shows_the_issuers_steps_as_information(client, kuwana, owner):
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 20, 9, 0), tick=False):
        page = client.get(reverse("tenders:notice_detail", args=[kuwana.pk])).content.decode()

    def row(label):
        start = page.rindex("<li", 0, page.index(f"<strong>{label}</strong>"))
        return page[start : page.index("</li>", start)]

    assert "urgency-info" in row("公募開始") and "発注者側（経過）" in row("公募開始") and "超過" not in row("公募開始")
    assert "発注者側（経過）" in row("質問の回答")
    assert "urgency-info" in row("参加資格の確認通知") and "発注者側の予定" in row("参加資格の確認通知")
    assert "urgency-overdue" in row("質問の受付期限") and "5日超過" in row("質問の受付期限")


def test_the_dashboard_shows_coming_issuer_steps_as_information(client, kuwana, owner):
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 20, 9, 0), tick=False):
        page = client.get(reverse("tenders:dashboard") + "?scope=teams").content.decode()
    overdue, coming = page.split('id="coming-heading"')
    assert "質問の受付期限" in overdue and "公募開始" not in overdue and "質問の回答" not in overdue
    start = coming.rindex("<li", 0, coming.index("参加資格の確認通知"))
    assert "urgency-info" in coming[start : start + 200] and "発注者側の予定" in coming[start : coming.index("</li>", start)]


def settings_post(team, **changes):
    data = {
        "name": team.name,
        "deadline_time": "17:00",
        "offsets": "7日前, 3日前, 1日前, 3時間前",
        "actionable_kinds": ["question", "application", "submission", "hearing", "other"],
    }
    return {**data, **changes}


def test_leads_choose_the_kinds_on_the_team_settings_page(client, kuwana, team, owner):
    client.force_login(owner)
    url = reverse("tenders:team_settings", args=[team.pk])
    page = client.get(url).content.decode()
    assert "チームが対応する日程" in page and 'value="contract"' in page
    response = client.post(url, settings_post(team, actionable_kinds=["submission", "contract"]))
    assert response.status_code == 302
    team.refresh_from_db()
    assert sorted(team.actionable_kinds) == ["contract", "submission"]
    with time_machine.travel(tokyo(2026, 5, 21, 9, 0), tick=False):  # the contract's window opens
        sweep()
    assert "【日程確認】契約の締結は5月下旬（予定） —「世界を目指す若者応援事業」旅行手配業務委託" in [
        m.subject for m in mail.outbox
    ]
    response = client.post(url, settings_post(team, actionable_kinds=[]))
    assert "チームが対応する日程の種類を1つ以上選んでください。" in response.content.decode()
    response = client.post(url, settings_post(team, actionable_kinds=["deadline"]))
    assert response.status_code == 200 and "deadline" not in Team.objects.get(pk=team.pk).actionable_kinds
