"""The dashboard: late first, then the next 14 days by day, mine or my teams', done with undo."""

import datetime as dt

import time_machine
from django.urls import reverse

from tenders.models import Milestone
from tenders.services import MilestoneEdit, milestone_update, notice_update, profile_update
from tests.conftest import tokyo
from tests.web_helpers import count_queries, many_notices, simple_notice

DASHBOARD = reverse("tenders:dashboard")


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_team_view_shows_overdue_first_then_days_with_time_left(client, kuwana, teammate):
    client.force_login(teammate)
    content = client.get(DASHBOARD, {"scope": "teams"}).content.decode()
    overdue, coming = content.index('id="overdue-heading"'), content.index('id="coming-heading"')
    assert overdue < coming
    assert "公募開始" not in content and "超過" not in content  # 4/1, the issuer's step: past, never late
    # 4/15 is tomorrow: grouped under its day with the Japanese weekday, time left in words.
    assert coming < content.index("4月15日（水）") < content.index("質問の受付期限")
    assert "明日 16:30" in content and "urgency-soon" in content
    assert coming < content.index("質問の回答") and "発注者側の予定" in content  # 4/17, the issuer's: information
    assert "企画提案書等の提出期限" not in content  # 5/11: beyond 14 days
    assert "山田 一郎" in content  # the notice's owner


@time_machine.travel(tokyo(2026, 4, 15, 9, 0), tick=False)
def test_today_with_a_time_reads_as_the_notice_writes_it(client, team, owner):
    simple_notice(
        team, owner, "当日案件", ("submission", "企画提案書の提出期限", "datetime", dt.date(2026, 4, 15), dt.time(16, 30))
    )
    Milestone.objects.update(delivery_note="持参（16時必着）")
    client.force_login(owner)
    content = client.get(DASHBOARD).content.decode()
    assert "本日 16:30 必着" in content and "urgency-today" in content


@time_machine.travel(tokyo(2026, 5, 12, 9, 0), tick=False)
def test_fuzzy_dates_are_shown_as_written_not_as_a_day(client, kuwana, owner):
    client.force_login(owner)
    content = client.get(DASHBOARD).content.decode()
    assert "日付未確定（予定）" in content and "5月下旬（予定）" in content
    assert "5月21日" not in content  # the window's first day is not a deadline


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_mine_shows_only_what_the_person_owns_or_is_assigned(client, kuwana, owner, teammate):
    client.force_login(teammate)
    assert "質問の受付期限" not in client.get(DASHBOARD, {"scope": "mine"}).content.decode()
    notice_update(notice=kuwana, assignees=[teammate])
    assert "質問の受付期限" in client.get(DASHBOARD, {"scope": "mine"}).content.decode()
    # The choice is remembered for the next visit.
    client.get(DASHBOARD, {"scope": "teams"})
    assert client.get(DASHBOARD).context["scope"] == "teams"


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_counts_per_team(client, kuwana, owner):
    client.force_login(owner)
    (team,) = client.get(DASHBOARD).context["teams"]
    # Not late: 公募開始 (4/1) is the issuer's step. Within 14 days: 4/15, 4/17, 4/24, 4/27.
    assert team.counts == {"overdue": 0, "coming": 4}
    content = client.get(DASHBOARD).content.decode()
    assert "期限切れ 0件" in content and "14日以内 4件" in content


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_outsiders_see_nothing_of_other_teams(client, kuwana, outsider):
    client.force_login(outsider)
    content = client.get(DASHBOARD, {"scope": "teams"}).content.decode()
    assert "質問の受付期限" not in content and "営業一課" not in content


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_done_and_undo_swap_the_row_with_htmx(client, kuwana, teammate):
    client.force_login(teammate)
    question = kuwana.milestones.get(kind="question")
    url = reverse("tenders:milestone_done", args=[question.pk])
    response = client.post(url, {"next": DASHBOARD}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    row = response.content.decode()
    assert row.lstrip().startswith("<li") and f'id="milestone-{question.pk}"' in row
    assert "元に戻す" in row and "urgency-done" in row
    question.refresh_from_db()
    assert question.is_done and question.done_by == teammate
    response = client.post(url, {"undo": "1", "next": DASHBOARD}, HTTP_HX_REQUEST="true")
    question.refresh_from_db()
    assert not question.is_done and "元に戻す" not in response.content.decode()


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_done_without_javascript_returns_to_the_page(client, kuwana, teammate, outsider):
    question = kuwana.milestones.get(kind="question")
    url = reverse("tenders:milestone_done", args=[question.pk])
    client.force_login(outsider)
    assert client.post(url).status_code == 404
    client.force_login(teammate)
    response = client.post(url, {"next": DASHBOARD + "?scope=teams"})
    assert response.status_code == 302 and response["Location"] == DASHBOARD + "?scope=teams"
    response = client.post(url, {"undo": "1", "next": "https://evil.example/"})
    assert response["Location"] == reverse("tenders:notice_detail", args=[kuwana.pk])


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_dashboard_queries_do_not_grow_with_data(client, team, owner):
    client.force_login(owner)
    many_notices(team, owner, 2)
    small = count_queries(client, DASHBOARD + "?scope=teams", cold=True)
    many_notices(team, owner, 30)
    assert count_queries(client, DASHBOARD + "?scope=teams", cold=True) == small
    assert small <= 12
    assert count_queries(client, DASHBOARD + "?scope=teams") < small  # unchanged since the last view: kept


def lists(client, scope="teams"):
    """The part of the page that is kept (the form around it holds the per-request CSRF token)."""
    content = client.get(DASHBOARD + f"?scope={scope}").content.decode()
    start = content.index('<ul class="team-counts"')
    return content[start : content.index("</form>", start)]


def test_kept_lists_are_what_a_fresh_page_shows(client, kuwana, owner):
    from django.core.cache import cache

    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False):
        kept = lists(client), lists(client)
        cache.clear()
        fresh = lists(client)
    assert kept[0] == kept[1] == fresh
    assert "&lt;" not in fresh and '<li class="milestone' in fresh  # kept as HTML, not escaped again


def test_a_teammates_change_shows_on_the_next_view(client, kuwana, owner, teammate):
    from tenders.services import milestone_mark_done

    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False):
        assert "質問の受付期限" in lists(client)
        milestone_mark_done(milestone=kuwana.milestones.get(label="質問の受付期限"), by=teammate)
        assert "質問の受付期限" not in lists(client)
        milestone = kuwana.milestones.get(label="質問の回答")
        milestone.label = "質問に対する回答（訂正）"
        milestone_update(edit=MilestoneEdit(milestone))
        assert "質問に対する回答（訂正）" in lists(client)
        kuwana.owner.profile.display_name = "山田 部長"
        profile_update(profile=kuwana.owner.profile)
        assert "山田 部長" in lists(client)


def test_a_team_made_without_its_validity_row_still_shows_changes(client, kuwana, owner):
    """A team made by a bulk insert has no validity row; the first read adds it."""
    from tenders.models import TeamValidity

    TeamValidity.objects.filter(team=kuwana.team).delete()
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False):
        assert "質問の受付期限" in lists(client)
        milestone = kuwana.milestones.get(label="質問の受付期限")
        milestone.label = "質問の受付期限（訂正）"
        milestone_update(edit=MilestoneEdit(milestone))
        assert "質問の受付期限（訂正）" in lists(client)


def test_time_alone_moves_a_deadline_from_coming_to_overdue_and_tomorrow_to_today(client, kuwana, owner):
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 14, 23, 59), tick=False):
        before = lists(client)
    with time_machine.travel(tokyo(2026, 4, 15, 0, 1), tick=False):  # midnight passed
        after_midnight = lists(client)
    with time_machine.travel(tokyo(2026, 4, 15, 16, 31), tick=False):  # 質問の受付期限 was 16:30
        after_deadline = lists(client)
    overdue = lambda html: html[: html.index('id="coming-heading"')]  # noqa: E731
    assert "明日 16:30" in before and "本日 16:30" in after_midnight
    assert "質問の受付期限" not in overdue(after_midnight) and "質問の受付期限" in overdue(after_deadline)


def test_kept_lists_turn_over_at_the_viewers_own_midnight(client, team, owner):
    """In Los Angeles the day turns at 16:00 Tokyo time: the kept lists are not kept past it."""
    from tenders.models import Profile

    simple_notice(team, owner, "時差", ("question", "質問期限", "datetime", dt.date(2026, 4, 14), dt.time(20, 0)))
    Profile.objects.filter(user=owner).update(time_zone="America/Los_Angeles")  # the deadline: 4/14 04:00 there
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 14, 15, 59), tick=False):  # 4/13 23:59 in Los Angeles
        assert "明日 04:00" in lists(client)
    with time_machine.travel(tokyo(2026, 4, 14, 16, 1), tick=False):  # 4/14 00:01 there; 16:01 here
        assert "本日 04:00" in lists(client)


def test_many_overdue_show_the_ten_most_recent_and_a_link_to_all_of_them(client, team, owner, outsider):
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 1, 5, 9, 0), tick=False):
        for i in range(23):
            simple_notice(
                team,
                owner,
                f"放置された案件{i:02d}",
                ("question", f"質問期限{i:02d}", "date", dt.date(2026, 3, 1) + dt.timedelta(days=i), None),
            )
        simple_notice(
            outsider.teams.get(), outsider, "他チームの案件", ("question", "他チームの期限", "date", dt.date(2026, 3, 30), None)
        )
    with time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False):
        page = lists(client)
        overdue = client.get(reverse("tenders:overdue") + "?scope=teams").content.decode()
    shown = page[: page.index('id="coming-heading"')]
    assert [f"質問期限{i:02d}" in shown for i in range(23)] == [False] * 13 + [True] * 10  # the ten most recent
    assert "期限切れ 23件をすべて表示" in shown and 'href="/overdue/?scope=teams"' in shown
    assert all(f"質問期限{i:02d}" in overdue for i in range(23))
    assert overdue.index("質問期限22") < overdue.index("質問期限00")  # the most recent first
    assert "他チームの期限" not in overdue
